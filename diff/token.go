package diff

import (
	"unicode"
	"unicode/utf8"
)

// tokenize splits normalised text into words, single spaces and single
// punctuation runes. Concatenating the tokens gives the text back.
//
// A word is a run of letters, digits and combining marks, kept together
// across an apostrophe or hyphen between letters ("Customer's",
// "forty-five") and a point or comma between digits ("42,000.00", "9.4"),
// so that an edit is always a whole-word edit.
func tokenize(s string) []string {
	toks := make([]string, 0, len(s)/4+1)
	for i := 0; i < len(s); {
		j := nextToken(s, i)
		toks = append(toks, s[i:j])
		i = j
	}
	return toks
}

// eachWord calls fn for every word token of s, without building the list.
func eachWord(s string, fn func(string)) {
	for i := 0; i < len(s); {
		j := nextToken(s, i)
		if r, _ := utf8.DecodeRuneInString(s[i:]); isWordRune(r) {
			fn(s[i:j])
		}
		i = j
	}
}

// nextToken returns the end of the token starting at byte i of s.
func nextToken(s string, i int) int {
	r, size := utf8.DecodeRuneInString(s[i:])
	if !isWordRune(r) {
		return i + size
	}
	j := i + size
	prev := r
	for j < len(s) {
		c, csize := utf8.DecodeRuneInString(s[j:])
		if isWordRune(c) {
			prev = c
			j += csize
			continue
		}
		if j+csize >= len(s) {
			break
		}
		next, nsize := utf8.DecodeRuneInString(s[j+csize:])
		if !joins(prev, c, next) {
			break
		}
		prev = next
		j += csize + nsize
	}
	return j
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// joins reports whether connector c keeps prev and next in one word.
func joins(prev, c, next rune) bool {
	switch c {
	case '\'', '\u2019', '-':
		return isWordRune(prev) && isWordRune(next)
	case '.', ',':
		return unicode.IsDigit(next) && (unicode.IsDigit(prev) || (c == '.' && unicode.IsLetter(prev)))
	}
	return false
}

// isWord reports whether a token is a word (not a space or punctuation).
func isWord(tok string) bool {
	r, _ := utf8.DecodeRuneInString(tok)
	return isWordRune(r)
}
