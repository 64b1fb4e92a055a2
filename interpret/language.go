package interpret

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/clausecheck/clausecheck/document"
	"github.com/clausecheck/clausecheck/extract"
)

// Bilingual drafts. A draft in two languages says which version prevails
// where they differ. The vocabulary reads English; where the other
// language prevails, a figure of an English sentence that its counterpart
// states otherwise ("99.5%" against "99.9%(구십구점구 퍼센트)") is read as the
// prevailing text states it, and a notice says so.

// rePrevails: "the Korean text prevails", "the Japanese version shall
// prevail", "the French version governs".
var rePrevails = regexp.MustCompile(`(?i)\b(english|french|spanish|castilian|portuguese|italian|german|dutch|japanese|chinese|korean)\s+(?:language\s+)?(?:version|text)s?\b[^.;]{0,60}?\b(?:prevails?|shall\s+prevail|will\s+prevail|governs?|shall\s+govern|controls?|shall\s+control)\b`)

// readPrevailing finds the language whose version prevails; "" when the
// draft names none, or names English.
func (rg *Reading) readPrevailing() {
	for i := range rg.doc.Clauses {
		c := &rg.doc.Clauses[i]
		if c.Kind == document.KindRecital {
			continue
		}
		if m := rePrevails.FindStringSubmatch(c.Text); m != nil {
			if l := strings.ToLower(m[1]); l != "english" {
				rg.prevailing = l
			}
			return
		}
	}
}

var stopwords = map[string]map[string]bool{
	"english": set("the", "and", "of", "shall", "will", "any", "to", "is", "are", "with", "for", "this", "by", "or", "may", "be"),
	"other": set("le", "la", "les", "des", "et", "du", "est", "sont", "pour", "avec", "dans", "une", "aux", "el", "los", "las", "del",
		"y", "es", "son", "para", "con", "una", "por", "o", "os", "as", "do", "da", "dos", "das", "e", "é", "são", "com", "uma",
		"pelo", "il", "lo", "gli", "della", "è", "sono", "per", "der", "die", "das", "und", "ist", "sind", "für", "mit", "eine"),
}

func set(ws ...string) map[string]bool {
	m := map[string]bool{}
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// isEnglish reports whether a sentence is written in English: no letters
// of another script, and more English function words than others.
func isEnglish(s string) bool {
	for _, r := range s {
		if unicode.In(r, unicode.Hangul, unicode.Han, unicode.Hiragana, unicode.Katakana) {
			return false
		}
	}
	en, other := 0, 0
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if stopwords["english"][w] {
			en++
		} else if stopwords["other"][w] {
			other++
		}
	}
	return en > other
}

// percents are the percentages a sentence states, in order, a figure
// restated in words ("99.5% (ninety-nine point five percent)") once.
func percents(s string) []float64 {
	var out []float64
	for _, f := range extract.ReadFacts(s) {
		if f.Kind == document.FactPercent && (len(out) == 0 || out[len(out)-1] != f.Value) {
			out = append(out, f.Value)
		}
	}
	return out
}

// prevailingPercents returns, for sentence i of sents, the percentages its
// counterpart in the prevailing language states where they differ from its
// own (nil when the draft's English prevails, when i is not English, or
// when no counterpart states the same number of them).
func (rg *Reading) prevailingPercents(sents []string, i int) []float64 {
	if rg.prevailing == "" || !isEnglish(sents[i]) {
		return nil
	}
	own := percents(sents[i])
	if len(own) == 0 {
		return nil
	}
	// the nearest sentence in the other language, the one before first
	for d := 1; d <= 3; d++ {
		for _, j := range []int{i - d, i + d} {
			if j < 0 || j >= len(sents) || isEnglish(sents[j]) {
				continue
			}
			if theirs := percents(sents[j]); len(theirs) == len(own) {
				if slices.Equal(theirs, own) {
					return nil
				}
				return theirs
			}
		}
	}
	return nil
}

// twinPercents is prevailingPercents for a clause given twice, once in
// each language, under one number ("7.01 AWS s'engage …" then "7.01 AWS
// commits …"): sentence i of the English clause against sentence i of
// its twin.
func (rg *Reading) twinPercents(c *document.Clause, sents []string, i int) []float64 {
	if rg.prevailing == "" || c.Number == "" || !isEnglish(sents[i]) {
		return nil
	}
	own := percents(sents[i])
	if len(own) == 0 {
		return nil
	}
	if rg.clauseIndex == nil {
		rg.clauseIndex = make(map[string]int, len(rg.doc.Clauses))
		for n := range rg.doc.Clauses {
			rg.clauseIndex[rg.doc.Clauses[n].ID] = n
		}
	}
	k := rg.clauseIndex[c.ID]
	for _, j := range []int{k - 1, k + 1} {
		if j < 0 || j >= len(rg.doc.Clauses) || rg.doc.Clauses[j].Number != c.Number {
			continue
		}
		twin := rg.doc.Clauses[j].Text
		var ts []string
		for _, sp := range splitSentences(twin) {
			ts = append(ts, twin[sp.start:sp.end])
		}
		for _, d := range []int{0, -1, 1} {
			if t := i + d; t >= 0 && t < len(ts) && !isEnglish(ts[t]) {
				if theirs := percents(ts[t]); len(theirs) == len(own) {
					if slices.Equal(theirs, own) {
						return nil
					}
					return theirs
				}
			}
		}
	}
	return nil
}

// usePrevailing sets the percentages of the statements read from one
// English sentence to those of the prevailing version.
func (rg *Reading) usePrevailing(c *document.Clause, sts []*Statement, quote string, theirs []float64) {
	own := percents(quote)
	for _, st := range sts {
		for i := range st.Facts {
			if st.Facts[i].Kind != document.FactPercent {
				continue
			}
			if k := slices.Index(own, st.Facts[i].Value); k >= 0 {
				st.Facts[i].Value = theirs[k]
			}
		}
	}
	rg.Notices = append(rg.Notices, fmt.Sprintf("clause %s: the %s version prevails: %v read as %v (%q)", c.ID, rg.prevailing,
		own, theirs, strings.TrimSpace(quote)))
}
