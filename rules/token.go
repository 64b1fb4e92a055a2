package rules

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// TokenKind says what a token is.
type TokenKind uint8

// Token kinds. Words include numbers ("99.9", "1,000", "2.1A"); every
// other printable character that is not a word separator is a
// punctuation token of its own.
const (
	Word TokenKind = iota
	Punct
)

// Token is one word or punctuation mark of a text, with its byte span.
// Spaces, hyphens, slashes and apostrophes separate words without being
// tokens: "on-demand" is the two words "on" and "demand" (Joined records
// that "demand" was glued to "on" by a hyphen, slash or apostrophe).
type Token struct {
	Start, End int
	Kind       TokenKind
	// Lower is the lowercased word (or the punctuation mark, with curly
	// quotes folded to straight ones).
	Lower string
	// Caps: every letter of the word is a capital ("PT", "EDP").
	Caps bool
	// Joined: no space before the token, only a hyphen, slash or apostrophe.
	Joined bool
	// Hyphen: the separator before the token was a hyphen.
	Hyphen bool
}

// wordSep are characters that separate words without being tokens.
func wordSep(r rune) bool {
	switch r {
	case '-', '‐', '‑', '/', '\'', '’', '‘':
		return true
	}
	return unicode.IsSpace(r)
}

func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }

// Tokenize splits s into word and punctuation tokens. A number keeps its
// inner separators ("99.9", "1,000,000", "99,9"), a word keeps nothing but
// letters, digits and marks.
func Tokenize(s string) []Token {
	toks := make([]Token, 0, len(s)/5+1)
	sepBefore, hyphen, space := false, false, true
	i := 0
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case wordRune(r):
			start := i
			digits := true
			for i < len(s) {
				r, w := utf8.DecodeRuneInString(s[i:])
				if wordRune(r) {
					if !unicode.IsDigit(r) {
						digits = false
					}
					i += w
					continue
				}
				// "99.9", "1,000", "99,9": a separator between digits.
				if (r == '.' || r == ',') && digits && i+1 < len(s) && isDigitByte(s[i+1]) && i > start {
					i++
					continue
				}
				break
			}
			word := s[start:i]
			toks = append(toks, Token{Start: start, End: i, Kind: Word, Lower: strings.ToLower(word),
				Caps: isCaps(word), Joined: sepBefore && !space, Hyphen: hyphen && !space})
			sepBefore, hyphen, space = false, false, false
			continue
		case wordSep(r):
			if unicode.IsSpace(r) {
				space = true
			} else {
				sepBefore = true
				hyphen = r == '-' || r == '‐' || r == '‑'
			}
		default:
			toks = append(toks, Token{Start: i, End: i + w, Kind: Punct, Lower: foldPunct(r)})
			sepBefore, hyphen, space = false, false, true
		}
		i += w
	}
	contractions(s, toks)
	return toks
}

// negContraction maps the first half of a negative contraction to its verb:
// "can't" is read "can not", "won't" "will not", "doesn't" "does not".
var negContraction = map[string]string{"can": "can", "won": "will", "don": "do", "doesn": "does", "didn": "did",
	"isn": "is", "aren": "are", "wasn": "was", "weren": "were", "shan": "shall", "wouldn": "would",
	"couldn": "could", "shouldn": "should", "mustn": "must", "needn": "need", "hasn": "has", "haven": "have",
	"hadn": "had", "mayn": "may"}

// auxContraction maps the contracted auxiliary after a pronoun to its
// word: "we'll", "you're", "they've".
var auxContraction = map[string]string{"ll": "will", "re": "are", "ve": "have"}

var pronoun = map[string]bool{"i": true, "we": true, "you": true, "they": true, "he": true, "she": true, "it": true}

// contractions spells out contractions in place, so that the
// vocabulary's "not" and its modals read them.
func contractions(s string, toks []Token) {
	for k := 1; k < len(toks); k++ {
		t, p := &toks[k], &toks[k-1]
		if v, ok := auxContraction[t.Lower]; ok && t.Joined && !t.Hyphen && p.Kind == Word && pronoun[p.Lower] && strings.ContainsAny(s[p.End:t.Start], "'’") {
			t.Lower = v // "we'll" is read "we will", "you're" "you are"
			continue
		}
		if t.Lower != "t" || !t.Joined || t.Hyphen || p.Kind != Word {
			continue
		}
		if v, ok := negContraction[p.Lower]; ok && strings.ContainsAny(s[p.End:t.Start], "'’") {
			p.Lower, t.Lower = v, "not"
		}
	}
}

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

func isCaps(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters > 0
}

func foldPunct(r rune) string {
	switch r {
	case '“', '”', '„', '«', '»':
		return `"`
	case '–', '—':
		return "—"
	}
	return string(r)
}
