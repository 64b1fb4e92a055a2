package diff

import (
	"unicode"
	"unicode/utf8"
)

// Cosmetic kinds: differences that never change the meaning of a clause.
// They are counted in Result.Cosmetic and never shown as a redline.
const (
	CosmeticWhitespace  = "whitespace"           // line wrapping, spacing
	CosmeticNBSP        = "nbsp"                 // no-break and other special spaces
	CosmeticQuotes      = "quotes"               // curly vs straight quotes
	CosmeticDashes      = "dashes"               // en/em dash vs hyphen
	CosmeticUnicode     = "unicode"              // NFC vs NFD, ligatures, invisible characters
	CosmeticHeading     = "heading-case"         // heading differs only in case
	CosmeticRenumber    = "renumbered"           // clause number changed with the text unchanged
	CosmeticNumStyle    = "numbering-style"      // "1." → "A.1.": label style changed
	CosmeticReference   = "reference-renumbered" // "Section 9.4" → "Section 10.4" following a renumbering
	CosmeticPunct       = "punctuation"          // only punctuation changed ("Region and" → "Region; and")
	CosmeticHeadingText = "heading-text"         // the same words, split differently between heading and text
	CosmeticLabel       = "label"                // the label of a piece of a split or merged clause
)

// foldClass is the cosmetic kind a folded rune belongs to.
type foldClass uint8

const (
	foldNone foldClass = iota
	foldSpace
	foldNBSP
	foldQuote
	foldDash
	foldUnicode
)

func (c foldClass) kind() string {
	switch c {
	case foldSpace:
		return CosmeticWhitespace
	case foldNBSP:
		return CosmeticNBSP
	case foldQuote:
		return CosmeticQuotes
	case foldDash:
		return CosmeticDashes
	case foldUnicode:
		return CosmeticUnicode
	}
	return ""
}

// foldRune maps one rune to its normalised spelling. An empty string drops
// the rune (zero-width characters, soft hyphen).
func foldRune(r rune) (string, foldClass) {
	switch r {
	case '\u00a0', '\u202f', '\u2007', '\u2009', '\u200a', '\u2002', '\u2003',
		'\u2004', '\u2005', '\u2006', '\u2008', '\u205f', '\u3000':
		return " ", foldNBSP
	case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad':
		return "", foldUnicode
	case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '\u00b4':
		return "'", foldQuote
	case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033', '\u00ab', '\u00bb':
		return `"`, foldQuote
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\ufe58', '\ufe63', '\uff0d':
		return "-", foldDash
	case '\ufb00':
		return "ff", foldUnicode
	case '\ufb01':
		return "fi", foldUnicode
	case '\ufb02':
		return "fl", foldUnicode
	case '\ufb03':
		return "ffi", foldUnicode
	case '\ufb04':
		return "ffl", foldUnicode
	case '\u2026':
		return "...", foldUnicode
	}
	if unicode.IsSpace(r) {
		return " ", foldSpace
	}
	return "", foldNone
}

// composeTable maps a base letter and a combining mark to the precomposed
// letter: enough NFC for the Latin scripts contracts are written in.
var composeTable = func() map[[2]rune]rune {
	type row struct {
		mark  rune
		bases string
		comp  string
	}
	rows := []row{
		{'\u0300', "AEIOUaeiou", "ÀÈÌÒÙàèìòù"},
		{'\u0301', "AEIOUYaeiouyCcNnSsZzLlRr", "ÁÉÍÓÚÝáéíóúýĆćŃńŚśŹźĹĺŔŕ"},
		{'\u0302', "AEIOUaeiouCcGgHhJjSsWwYy", "ÂÊÎÔÛâêîôûĈĉĜĝĤĥĴĵŜŝŴŵŶŷ"},
		{'\u0303', "ANOanoIiUu", "ÃÑÕãñõĨĩŨũ"},
		{'\u0308', "AEIOUaeiouyY", "ÄËÏÖÜäëïöüÿŸ"},
		{'\u030a', "AaUu", "ÅåŮů"},
		{'\u0327', "CcSsTtGgKkLlNnRr", "ÇçŞşŢţĢģĶķĻļŅņŖŗ"},
		{'\u030c', "CcDdEeNnRrSsTtZz", "ČčĎďĚěŇňŘřŠšŤťŽž"},
		{'\u0328', "AaEeIiUu", "ĄąĘęĮįŲų"},
		{'\u0304', "AaEeIiOoUu", "ĀāĒēĪīŌōŪū"},
		{'\u0306', "AaGgUu", "ĂăĞğŬŭ"},
		{'\u0307', "CcEeGgZzI", "ĊċĖėĠġŻżİ"},
		{'\u030b', "OoUu", "ŐőŰű"},
	}
	m := make(map[[2]rune]rune)
	for _, r := range rows {
		b, c := []rune(r.bases), []rune(r.comp)
		for i := range b {
			m[[2]rune{b[i], r.mark}] = c[i]
		}
	}
	return m
}()

// normalizer turns raw clause text into the spelling that is compared.
// Exact keeps quotes, dashes, special spaces and Unicode forms as they are
// and only collapses whitespace (line wrapping is never a change).
type normalizer struct {
	exact bool
}

// norm returns the normalised text and the set of cosmetic kinds folded
// away on the way (not counting plain whitespace collapsing, which
// happens on every text).
func (n normalizer) norm(s string) (string, map[string]bool) {
	out := make([]byte, 0, len(s))
	var kinds map[string]bool
	note := func(c foldClass) {
		if kinds == nil {
			kinds = map[string]bool{}
		}
		kinds[c.kind()] = true
	}
	space := false   // a space is pending
	prev := rune(-1) // last rune written, -1 after a space
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r < utf8.RuneSelf && r > ' ' {
			// Fast path: printable ASCII is kept as it is.
			if space && len(out) > 0 {
				out = append(out, ' ')
			}
			space = false
			out = append(out, byte(r))
			prev = r
			continue
		}
		if !n.exact && prev >= 0 && !space && r >= 0x300 && unicode.Is(unicode.Mn, r) {
			if c, ok := composeTable[[2]rune{prev, r}]; ok {
				out = out[:len(out)-utf8.RuneLen(prev)]
				out = utf8.AppendRune(out, c)
				prev = c
				note(foldUnicode)
				continue
			}
		}
		rep, class := foldRune(r)
		if n.exact && class != foldSpace {
			rep, class = "", foldNone
		}
		switch class {
		case foldSpace, foldNBSP:
			if class == foldNBSP {
				note(class)
			}
			space = true
			continue
		case foldNone:
			if r == utf8.RuneError && size <= 1 {
				r = '\ufffd'
			}
			rep = string(r)
		default:
			note(class)
		}
		if rep == "" {
			continue
		}
		if space && len(out) > 0 {
			out = append(out, ' ')
		}
		space = false
		out = append(out, rep...)
		prev, _ = utf8.DecodeLastRuneInString(rep)
	}
	return string(out), kinds
}
