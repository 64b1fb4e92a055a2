package pdftext

import (
	"bytes"
	"fmt"
	"io"
	"strconv"

	"github.com/ledongthuc/pdf"
)

// A damaged content stream stops the library's interpreter at the first
// token it cannot read (a stray byte in a hex string, a lone ")"), and the
// rest of the page is lost. salvageContent reads the decoded content as far
// as it goes and keeps only its well-formed tokens, as pdftotext skips what
// it cannot parse, so that the text after the damage is read. The page
// stays damaged (it is reported so): this only recovers more of its words.

// salvageContent returns a stream of the well-formed tokens of a page's
// Contents (a stream or an array of them), false when nothing is left.
func salvageContent(v pdf.Value) (strm pdf.Value, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	var data []byte
	read := func(s pdf.Value) {
		defer func() { _ = recover() }() // keep what was decoded before the damage
		rc := s.Reader()
		defer rc.Close()
		b, _ := io.ReadAll(io.LimitReader(rc, maxStreamBytes-int64(len(data))))
		data = append(data, b...)
	}
	if v.Kind() == pdf.Array {
		for i := 0; i < v.Len() && len(data) < maxStreamBytes; i++ {
			read(v.Index(i))
			data = append(data, '\n')
		}
	} else {
		read(v)
	}
	clean := cleanContent(data)
	if len(bytes.TrimSpace(clean)) == 0 {
		return pdf.Value{}, false
	}
	return streamValue(clean)
}

// streamValue makes data a stream the library can interpret: the one
// object of a small PDF of its own (the library has no other way in).
func streamValue(data []byte) (pdf.Value, bool) {
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	at := b.Len()
	fmt.Fprintf(&b, "1 0 obj\n<< /Length %d >>\nstream\n", len(data))
	b.Write(data)
	b.WriteString("\nendstream\nendobj\n")
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 2\n0000000000 65535 f \n%010d 00000 n \ntrailer\n<< /Size 2 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", at, xref)
	r, err := newReader(b.Bytes())
	if err != nil {
		return pdf.Value{}, false
	}
	s := r.Trailer().Key("Root")
	return s, s.Kind() == pdf.Stream
}

// cleanContent rewrites content-stream bytes as the tokens the library's
// lexer reads without failing: strings, hex strings, names, numbers,
// brackets and operators, each as written where it is well formed, mended
// where a byte can go (a stray character in a hex string, an invalid
// escape), dropped where it cannot (a lone ")" or ">", a control byte in
// an operator).
func cleanContent(data []byte) []byte {
	out := make([]byte, 0, len(data))
	// sep parts a token from the one before where both are words (a
	// number, an operator): delimiters part themselves
	word := func(c byte) bool { return !isDelimByte(c) && !isPDFSpace(c) }
	sep := func(next byte) {
		if n := len(out); n > 0 && word(out[n-1]) && word(next) {
			out = append(out, ' ')
		}
	}
	for i := 0; i < len(data); {
		c := data[i]
		switch {
		case c == '\n' || c == '\r':
			if n := len(out); n > 0 && out[n-1] == ' ' {
				out[n-1] = '\n'
			} else if n > 0 && out[n-1] != '\n' {
				out = append(out, '\n')
			}
			i++
		case isPDFSpace(c):
			if n := len(out); n > 0 && out[n-1] != ' ' && out[n-1] != '\n' {
				out = append(out, ' ')
			}
			i++
		case c == '%':
			for i < len(data) && data[i] != '\n' && data[i] != '\r' {
				i++
			}
		case c == '(':
			var s []byte
			s, i = literalString(data, i+1)
			out = append(out, s...)
		case c == '<' && i+1 < len(data) && data[i+1] == '<', c == '>' && i+1 < len(data) && data[i+1] == '>':
			out = append(out, c, c)
			i += 2
		case c == '<':
			end := bytes.IndexByte(data[i+1:], '>')
			if end < 0 {
				return out // an open hex string: nothing after it can be read
			}
			var hex []byte
			for _, h := range data[i+1 : i+1+end] {
				if unhexByte(h) >= 0 {
					hex = append(hex, h)
				}
			}
			if len(hex)%2 == 1 {
				hex = append(hex, '0') // as PDF reads an odd final digit
			}
			out = append(out, '<')
			out = append(out, hex...)
			out = append(out, '>')
			i += end + 2
		case c == '[' || c == ']' || c == '{' || c == '}':
			out = append(out, c)
			i++
		case c == '/':
			j := i + 1
			for j < len(data) && !isDelimByte(data[j]) && !isPDFSpace(data[j]) {
				j++
			}
			out = append(out, '/')
			for k := i + 1; k < j; k++ {
				switch b := data[k]; {
				case b == '#' && k+2 < j && unhexByte(data[k+1]) >= 0 && unhexByte(data[k+2]) >= 0:
					out = append(out, data[k:k+3]...)
					k += 2
				case b == '#' || b < '!' || b > '~':
					// a byte the lexer would misread: gone
				default:
					out = append(out, b)
				}
			}
			i = j
		case isDelimByte(c):
			i++ // a lone ")" or ">": the lexer stops on it
		default:
			j := i
			for j < len(data) && !isDelimByte(data[j]) && !isPDFSpace(data[j]) {
				j++
			}
			if tok := data[i:j]; wellFormedWord(tok) {
				sep(tok[0])
				out = append(out, tok...)
			}
			i = j
		}
	}
	return out
}

// literalString reads a literal string whose "(" is before data[i] and
// returns it written anew, closed, and where it ends.
func literalString(data []byte, i int) ([]byte, int) {
	out := []byte{'('}
	depth := 1
	for i < len(data) {
		c := data[i]
		i++
		switch c {
		case '(':
			depth++
			out = append(out, c)
		case ')':
			if depth--; depth == 0 {
				return append(out, ')'), i
			}
			out = append(out, c)
		case '\\':
			if i >= len(data) {
				break
			}
			e := data[i]
			i++
			switch {
			case bytes.IndexByte([]byte("nrbtf()\\\n"), e) >= 0:
				out = append(out, '\\', e)
			case e == '\r':
				out = append(out, '\\', '\n')
				if i < len(data) && data[i] == '\n' {
					i++
				}
			case e >= '0' && e <= '7':
				x := int(e - '0')
				for k := 0; k < 2 && i < len(data) && data[i] >= '0' && data[i] <= '7'; k++ {
					x = x*8 + int(data[i]-'0')
					i++
				}
				out = append(out, fmt.Sprintf("\\%03o", x&0xff)...)
			default:
				out = append(out, e) // an unknown escape: the character itself
			}
		default:
			out = append(out, c)
		}
	}
	for ; depth > 0; depth-- {
		out = append(out, ')')
	}
	return out, i
}

// wellFormedWord: a number the lexer parses, or an operator of printable
// characters (a byte of damage inside one drops it: it is no operator).
func wellFormedWord(tok []byte) bool {
	s := string(tok)
	if _, err := strconv.ParseFloat(s, 64); err == nil {
		return true
	}
	if looksNumeric(s) {
		return false // "1.2.3", "--5": the lexer would fail on it
	}
	for _, b := range tok {
		if b < '!' || b > '~' {
			return false
		}
	}
	return len(tok) > 0 && len(tok) <= 16
}

// looksNumeric: s starts as a number does (sign, digit or point), which
// the lexer then reads as one.
func looksNumeric(s string) bool {
	if s == "" {
		return false
	}
	c := s[0]
	return c == '+' || c == '-' || c == '.' || c >= '0' && c <= '9'
}

func isDelimByte(c byte) bool {
	return bytes.IndexByte([]byte("()<>[]{}/%"), c) >= 0
}

func unhexByte(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}
