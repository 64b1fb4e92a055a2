package pdftext

import (
	"bytes"
	"github.com/clausecheck/clausecheck/internal/lazyre"
	"strconv"
)

// repairSyntax repairs, in front of the library, the object syntax that
// pdftotext tolerates and the library does not (it gives up on the whole
// object, and so loses a page or a font):
//   - stray bytes (controls, bytes over 0x7e) between the tokens of an
//     object, outside strings, comments and stream data: made spaces;
//   - an "endobj" keyword with one byte damaged: restored;
//   - a stray byte inside a name: made "_", so that the name stays one;
//   - a number with one byte damaged ("79M" in a MediaBox): the byte made
//     a zero, so that the object, and the page it is, can be read;
//
// and, unless inPlace (the result then keeps every offset, so the file's
// own cross-reference table still holds):
//   - an object without "endobj" before the next object: given one;
//   - a stream whose /Length (direct or indirect) does not reach its
//     "endstream": given its true length, directly.
//
// Streams are skipped whole (to their endstream), so an "N G obj" inside
// stream data is not taken for an object. changed tells whether anything
// was repaired.
func repairSyntax(buf []byte, inPlace bool) (out []byte, changed bool) {
	var ints map[int]int
	if !inPlace {
		ints = intObjects(buf)
	}
	var b bytes.Buffer
	if !inPlace {
		b.Grow(len(buf) + len(buf)/64)
	}
	work := append([]byte(nil), buf...) // byte repairs land here
	at := 0                             // work[:at] is settled
	copied := 0                         // work[:copied] is written to b
	for at < len(work) {
		loc := objRe.FindSubmatchIndex(work[at:])
		if loc == nil {
			break
		}
		hdr, val := at+loc[0], at+loc[1]
		if hdr > 0 && work[hdr-1] >= '0' && work[hdr-1] <= '9' {
			at = val
			continue
		}
		end, kind := scanObject(work, val, &changed)
		switch kind {
		case endStream:
			dictEnd := end // the "stream" keyword
			data := end + len("stream")
			if data < len(work) && work[data] == '\r' {
				data++
			}
			if data < len(work) && work[data] == '\n' {
				data++
			}
			es := bytes.Index(work[data:], []byte("endstream"))
			if es < 0 {
				at = len(work)
				continue
			}
			es += data
			trueLen := es - data
			for trueLen > 0 && (work[data+trueLen-1] == '\n' || work[data+trueLen-1] == '\r') {
				trueLen--
			}
			if !inPlace {
				if lenAt, lenEnd, declared, ok := streamLength(work[val:dictEnd], ints); ok && !lengthFits(work, data, declared, es) {
					b.Write(work[copied : val+lenAt])
					b.WriteString("/Length " + strconv.Itoa(trueLen))
					copied = val + lenEnd
					changed = true
				}
			}
			at = es + len("endstream")
		case endObj:
			at = end + len("endobj")
		case endNone:
			if !inPlace {
				b.Write(work[copied:end])
				b.WriteString("\nendobj\n")
				copied = end
				changed = true
			}
			at = end
		}
	}
	if !changed {
		return buf, false
	}
	if inPlace {
		return work, true
	}
	b.Write(work[copied:])
	return b.Bytes(), true
}

const (
	endObj = iota
	endStream
	endNone
)

// scanObject reads an object's value from at as the library's lexer would
// and returns where it ends: at its "endobj", its "stream" keyword, or
// (endNone) where the next object, or the xref table or trailer, starts.
// Stray bytes on the way are made spaces in buf.
func scanObject(buf []byte, at int, changed *bool) (end, kind int) {
	i := at
	for i < len(buf) {
		c := buf[i]
		switch {
		case c == '%':
			for i < len(buf) && buf[i] != '\n' && buf[i] != '\r' {
				i++
			}
			continue
		case c == '(':
			i = skipString(buf, i)
			continue
		case c == '<' && i+1 < len(buf) && buf[i+1] == '<':
			i += 2
			continue
		case c == '<':
			j := bytes.IndexByte(buf[i:min(len(buf), i+1<<16)], '>')
			if j < 0 {
				return i, endNone
			}
			i += j + 1
			continue
		case c == '/':
			for i++; i < len(buf); i++ {
				if !isRegular(buf[i]) {
					if !strayInName(buf, i) {
						break
					}
					buf[i] = '_' // "/DA\xedAAA+Font": one name still, not two tokens
					*changed = true
				}
			}
			continue
		case c >= 0x7f || c < 0x20 && !isPDFSpace(c):
			buf[i] = ' '
			*changed = true
		case c >= 'a' && c <= 'z' && (i == 0 || !isRegular(buf[i-1])):
			// a keyword with a damaged byte: "endo\xa0j"
			if w := i + 6; w <= len(buf) && (w == len(buf) || !isRegular(buf[w])) && oneOff(buf[i:w], "endobj") {
				copy(buf[i:], "endobj")
				*changed = true
				return i, endObj
			}
			w := i
			for w < len(buf) && isRegular(buf[w]) {
				w++
			}
			word := buf[i:w]
			switch {
			case string(word) == "endobj":
				return i, endObj
			case string(word) == "stream":
				return i, endStream
			case string(word) == "xref" || string(word) == "trailer" || string(word) == "startxref":
				return i, endNone
			}
			i = w
			continue
		case c >= '0' && c <= '9' && (i == 0 || !isRegular(buf[i-1])):
			if m := objRe.FindIndex(buf[i:min(len(buf), i+32)]); m != nil && m[0] == 0 {
				return i, endNone
			}
			w := i
			for w < len(buf) && isRegular(buf[w]) {
				w++
			}
			if k := damagedDigit(buf[i:w]); k >= 0 {
				buf[i+k] = '0' // "79M": a number with one byte damaged
				*changed = true
			}
			i = w
			continue
		}
		i++
	}
	return len(buf), endNone
}

// strayInName: buf[i] is a stray byte (a control or over 0x7e) inside a
// name, between two of its characters.
func strayInName(buf []byte, i int) bool {
	c := buf[i]
	return (c >= 0x7f || c < 0x20 && !isPDFSpace(c)) && i > 0 && isRegular(buf[i-1]) && i+1 < len(buf) && isRegular(buf[i+1])
}

// damagedDigit returns where a number token has its one damaged byte
// (a letter or sign among its digits: "79M", "6x2"), -1 when it is a
// number or more than a byte from one.
func damagedDigit(tok []byte) int {
	at := -1
	for k, c := range tok {
		if c >= '0' && c <= '9' || c == '.' {
			continue
		}
		if at >= 0 {
			return -1
		}
		at = k
	}
	return at
}

func isPDFSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0
}

// isRegular: a byte of a keyword, name or number token.
func isRegular(c byte) bool {
	return c > ' ' && c < 0x7f && !isDelimByte(c)
}

func oneOff(a []byte, b string) bool {
	d := 0
	for i := range a {
		if a[i] != b[i] {
			d++
		}
	}
	return d == 1
}

var lengthRe = lazyre.New(`/Length\s*(\d+)(\s+(\d+)\s+R)?`)

// intObjects maps the ids of objects that are a bare integer (indirect
// stream lengths) to their value: each "ID GEN obj VALUE endobj" (the ID
// at the start of a line or after a byte that is no digit, blanks as
// \s). It reads back from each "endobj", which is what the expression
// (?m)(?:^|[^0-9])(\d{1,10})\s+\d{1,5}\s+obj\s*(\d{1,12})\s*endobj
// finds, left to right and without overlaps (TestIntObjectsAsExpression,
// FuzzIntObjects), without trying it at every byte of the file.
func intObjects(buf []byte) map[int]int {
	out := map[int]int{}
	prevEnd := 0                // matches do not overlap: none starts before this
	digits := func(j int) int { // the start of the digits that end at j
		for j > prevEnd && buf[j-1] >= '0' && buf[j-1] <= '9' {
			j--
		}
		return j
	}
	blanks := func(j int) int {
		for j > prevEnd && isReSpace(buf[j-1]) {
			j--
		}
		return j
	}
	for i := 0; ; {
		k := bytes.Index(buf[i:], []byte("endobj"))
		if k < 0 {
			break
		}
		e := i + k
		i = e + len("endobj")
		ve := blanks(e)
		vs := digits(ve)
		if n := ve - vs; n < 1 || n > 12 {
			continue
		}
		j := blanks(vs)
		if j-3 < prevEnd || string(buf[j-3:j]) != "obj" {
			continue
		}
		ge := blanks(j - 3)
		if ge == j-3 {
			continue
		}
		gs := digits(ge)
		if n := ge - gs; n < 1 || n > 5 {
			continue
		}
		ie := blanks(gs)
		if ie == gs {
			continue
		}
		is := digits(ie)
		if n := ie - is; n < 1 || n > 10 {
			continue
		}
		// what is before the ID: the start, a line's start, or a byte
		// that is no digit and belongs to no earlier match
		if is > 0 && buf[is-1] != '\n' && (is-1 < prevEnd || buf[is-1] >= '0' && buf[is-1] <= '9') {
			continue
		}
		id, _ := strconv.Atoi(string(buf[is:ie]))
		if v, err := strconv.Atoi(string(buf[vs:ve])); err == nil {
			out[id] = v
		}
		prevEnd = i
	}
	return out
}

// isReSpace is \s of Go's regular expressions.
func isReSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }

// streamLength finds a stream dictionary's /Length and its value (an
// indirect one through ints, 0 when it is not there, as the library reads
// it); ok is false when the dictionary has no single /Length.
func streamLength(dict []byte, ints map[int]int) (at, end, n int, ok bool) {
	all := lengthRe.FindAllSubmatchIndex(dict, -1)
	if len(all) != 1 {
		return 0, 0, 0, false
	}
	m := all[0]
	v, err := strconv.Atoi(string(dict[m[2]:m[3]]))
	if err != nil {
		return 0, 0, 0, false
	}
	if m[4] >= 0 { // "/Length 17 0 R"; an object that cannot be found reads as 0
		v = ints[v]
	}
	return m[0], m[1], v, true
}

// lengthFits: the declared length ends where "endstream" follows (after an
// end of line at most).
func lengthFits(buf []byte, data, n, es int) bool {
	e := data + n
	if n < 0 || e > es {
		return false
	}
	return len(bytes.TrimLeft(buf[e:es], "\r\n \t")) == 0
}
