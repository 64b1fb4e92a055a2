package pdftext

import (
	"strings"
	"unicode"
)

// A page gives its glyphs in visual order, left to right. Text in a script
// written right to left (Arabic, Hebrew) is then backwards: the words of a
// bilingual UAE or Israeli contract come out letter by letter reversed,
// and a figure in brackets in it ("تسعين (90) يوماً") with its brackets
// turned round and far from its words. A word processor that lays out a
// whole document right to left does the same to the brackets of its
// English paragraphs: "sixty (60) days" is drawn as "sixty )60( days",
// "(a)" as ")a(". logicalOrder puts a right-to-left line back in the order
// it was written; unmirror turns round the brackets of a document drawn
// so.

// logicalOrder returns a line in the order it was written: a line whose
// letters are mostly right-to-left is reversed, its left-to-right runs
// (Latin words, figures) kept as they read; in a left-to-right line, each
// right-to-left run is reversed in place. Tab-separated cells are each
// their own line. A line without right-to-left letters is returned as is.
func logicalOrder(s string) string {
	if !hasRTL(s) {
		return s
	}
	cells := strings.Split(s, "\t")
	for i, c := range cells {
		cells[i] = logicalCell(c)
	}
	return strings.Join(cells, "\t")
}

func hasRTL(s string) bool {
	for _, r := range s {
		if r >= 0x0590 && isRTL(r) {
			return true
		}
	}
	return false
}

// isRTL: a letter or mark of a script written right to left.
func isRTL(r rune) bool {
	return unicode.In(r, unicode.Arabic, unicode.Hebrew, unicode.Syriac, unicode.Thaana, unicode.Nko) && !unicode.IsDigit(r)
}

// isLTR: a letter of a script written left to right, or a figure (figures
// read left to right in either direction) or a sign that goes with one
// ("99.9%", "$100").
func isLTR(r rune) bool {
	switch r {
	case '%', '‰', '$', '€', '£', '¥':
		return true
	}
	return unicode.IsDigit(r) || unicode.IsLetter(r) && !isRTL(r)
}

func logicalCell(c string) string {
	rs := []rune(c)
	rtl, ltr := 0, 0
	for _, r := range rs {
		switch {
		case isRTL(r) && unicode.IsLetter(r):
			rtl++
		case isLTR(r) && unicode.IsLetter(r):
			ltr++
		}
	}
	if rtl == 0 {
		return c
	}
	if rtl > ltr {
		// a right-to-left line: reversed whole, then each run that reads
		// left to right turned back
		reverseRunes(rs)
		reverseRuns(rs, isLTR, isRTL)
	} else {
		// a left-to-right line with right-to-left words in it
		reverseRuns(rs, isRTL, isLTR)
	}
	return string(rs)
}

// reverseRuns reverses, in place, each run of rs that starts and ends with
// a rune in, holds no rune of the opposite direction (out), and may hold
// neutral runes (spaces, punctuation) between.
func reverseRuns(rs []rune, in, out func(rune) bool) {
	for i := 0; i < len(rs); {
		if !in(rs[i]) {
			i++
			continue
		}
		end, j := i, i+1 // end: the last rune of the run that is in
		for ; j < len(rs) && !out(rs[j]); j++ {
			if in(rs[j]) {
				end = j
			}
		}
		reverseRunes(rs[i : end+1])
		i = end + 1
	}
}

func reverseRunes(rs []rune) {
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
}

// mirroredDocument: a document whose left-to-right lines draw their short
// bracketed items with the brackets turned round (")a(", ")60(") more often
// than not, at least three times (its headings, laid out left to right,
// may keep theirs).
func mirroredDocument(pages []Page) bool {
	mirrored, straight := 0, 0
	for _, p := range pages {
		for _, l := range p.Lines {
			for _, cell := range strings.Split(l.Text, "\t") {
				if hasRTL(cell) {
					continue // (put in order by logicalOrder)
				}
				m, s := shortPairs(cell)
				mirrored += m
				straight += s
			}
		}
	}
	return mirrored >= 3 && mirrored > straight
}

// shortPairs counts the brackets in s around a short item of letters or
// figures, turned round (")a(") and straight ("(a)").
func shortPairs(s string) (mirrored, straight int) {
	for i := 0; i < len(s); i++ {
		open, close := s[i], byte(0)
		switch open {
		case '(':
			close = ')'
		case ')':
			close = '('
		default:
			continue
		}
		j := i + 1
		for j < len(s) && j-i <= 7 && isWordByte(s[j]) {
			j++
		}
		if j > i+1 && j < len(s) && s[j] == close {
			if open == '(' {
				straight++
			} else {
				mirrored++
			}
			i = j
		}
	}
	return mirrored, straight
}

func isWordByte(b byte) bool {
	return b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '.'
}

// unmirror turns round the brackets of a left-to-right line of a document
// drawn with them turned round (mirroredDocument), each cell of a line on
// its own: a line that draws a short item so (")60(") and none straight, or
// whose brackets pair up only read the other way. (Its headings, laid out
// left to right, keep their brackets.)
func unmirror(s string) string {
	if !strings.ContainsAny(s, "()[]") {
		return s
	}
	if strings.Contains(s, "\t") {
		cells := strings.Split(s, "\t")
		for i, c := range cells {
			cells[i] = unmirror(c)
		}
		return strings.Join(cells, "\t")
	}
	if hasRTL(s) {
		return s
	}
	m, st := shortPairs(s)
	if st > 0 || m == 0 && (!pairs(s, ')', '(', ']', '[') || pairs(s, '(', ')', '[', ']')) {
		return s
	}
	b := []byte(s)
	for i, c := range b {
		switch c {
		case '(':
			b[i] = ')'
		case ')':
			b[i] = '('
		case '[':
			b[i] = ']'
		case ']':
			b[i] = '['
		}
	}
	return string(b)
}

// pairs reports whether the brackets of s, opened by open1 or open2 and
// closed by close1 or close2, all pair up.
func pairs(s string, open1, close1, open2, close2 byte) bool {
	var stack []byte
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case open1, open2:
			stack = append(stack, c)
		case close1, close2:
			want := open1
			if c == close2 {
				want = open2
			}
			if len(stack) == 0 || stack[len(stack)-1] != want {
				return false
			}
			stack = stack[:len(stack)-1]
		}
	}
	return len(stack) == 0
}
