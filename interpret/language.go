package interpret

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/clausecheck/clausecheck/document"
	"github.com/clausecheck/clausecheck/extract"
	"github.com/clausecheck/clausecheck/internal/lazyre"
)

// Bilingual drafts. A draft in two languages says which version prevails
// where they differ. The vocabulary reads English; where the other
// language prevails, a figure of an English sentence that its counterpart
// states otherwise ("99.5%" against "99.9%(구십구점구 퍼센트)") is read as the
// prevailing text states it, and a notice says so.

// rePrevails: "the Korean text prevails", "the Japanese version shall
// prevail", "the French version governs".
var rePrevails = lazyre.New(`(?i)\b(english|french|spanish|castilian|portuguese|italian|german|dutch|japanese|chinese|korean|arabic)\s+(?:language\s+)?(?:version|text)s?\b[^.;]{0,60}?\b(?:prevails?|shall\s+prevail|will\s+prevail|governs?|shall\s+govern|controls?|shall\s+control)\b`)

// readPrevailing finds the language whose version prevails; "" when the
// draft names none, or names English.
func (rg *Reading) readPrevailing() {
	for i := range rg.doc.Clauses {
		c := &rg.doc.Clauses[i]
		if c.Kind == document.KindRecital {
			continue
		}
		if !containsFold(c.Text, "version", "text") {
			continue // (the words the pattern needs)
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
		"pelo", "il", "lo", "gli", "della", "è", "sono", "per", "der", "die", "das", "und", "ist", "sind", "für", "mit", "eine",
		"het", "een", "van", "en", "voor", "met", "op", "te", "niet", "wordt", "worden", "zijn", "bij", "door", "aan"),
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
		if unicode.In(r, unicode.Hangul, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Arabic) {
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

// durations are the periods an English sentence states, in calendar days.
func durations(s string) []float64 {
	var out []float64
	for _, f := range readFacts(s, nil) {
		if f.Kind == document.FactDuration && (len(out) == 0 || out[len(out)-1] != f.Value) {
			out = append(out, f.Value)
		}
	}
	return out
}

// reForeignDuration: a period in the other language of a bilingual draft,
// by its figure in digits ("六十（60）日", "nove (9) semanas", "30 영업일").
var reForeignDuration = lazyre.New(`(?i)(\d{1,4})\s*[)）]?\s*(営業日|영업일|工作日|個營業日|个工作日|d[ií]as\s+h[aá]biles|dias\s+[úu]teis|jours\s+ouvr(?:ables|[ée]s)|giorni\s+lavorativi|werkdagen|kalenderdagen|werktage|arbeitstage|gesch[äa]ftstage|日|天|일|d[ií]as|jours|giorni|dagen|tage|週間|週|周|주|semanas|semaines|settimane|wochen|weken|か月|ヶ月|个月|個月|개월|meses|mois|mesi|monate|maanden|أيام عمل|يوم عمل|يوماً|يوما|يوم|أيام|أسابيع|أسبوع|أشهر|شهراً|شهر)`)

// foreignDurations are the periods a sentence of the other language
// states, in calendar days.
func foreignDurations(s string) []float64 {
	var out []float64
	for _, m := range reForeignDuration.FindAllStringSubmatchIndex(s, -1) {
		if before := strings.TrimRight(s[:m[0]], " "); strings.HasSuffix(before, "月") || strings.HasSuffix(before, "월") {
			continue // "7月1日", "7월 1일": a date
		}
		m := []string{s[m[0]:m[1]], s[m[2]:m[3]], s[m[4]:m[5]]}
		n := 0.0
		fmt.Sscan(m[1], &n)
		u := strings.ToLower(m[2])
		switch {
		case strings.ContainsAny(u, "営영工") || strings.Contains(u, "h") && strings.HasPrefix(u, "d") || strings.Contains(u, "teis") || strings.Contains(u, "ouvr") || strings.Contains(u, "lavor") || strings.HasSuffix(u, "tage") && u != "tage" || strings.HasPrefix(u, "werkd") || strings.Contains(u, "عمل"):
			n = n * 7 / 5 // business days
		case strings.ContainsAny(u, "週周주") || strings.HasPrefix(u, "sem") || strings.HasPrefix(u, "sett") || strings.HasPrefix(u, "woch") || strings.HasPrefix(u, "wek") || strings.Contains(u, "سبوع") || strings.Contains(u, "سابيع"):
			n *= 7
		case strings.ContainsAny(u, "月월") || strings.HasPrefix(u, "mes") || strings.HasPrefix(u, "mo") || strings.HasPrefix(u, "maand") || strings.Contains(u, "شهر"):
			n *= 30
		}
		if len(out) == 0 || out[len(out)-1] != n {
			out = append(out, n)
		}
	}
	return out
}

// figureKind is one kind of figure the versions of a sentence are compared
// on: how an English sentence states it, and how the other language does.
type figureKind struct {
	kind             string // the facts it sets: document.FactPercent, FactDuration
	english, foreign func(string) []float64
}

var figureKinds = []figureKind{
	{document.FactPercent, percents, percents},
	{document.FactDuration, durations, foreignDurations},
}

// prevailingFigures returns, for sentence i of sents, the figures of kind
// k its counterpart in the prevailing language states where they differ
// from its own (nil when the draft's English prevails, when i is not
// English, or when no counterpart states as many of them).
func (rg *Reading) prevailingFigures(k figureKind, sents []string, i int) []float64 {
	if rg.prevailing == "" || !isEnglish(sents[i]) {
		return nil
	}
	own := k.english(sents[i])
	if len(own) == 0 {
		return nil
	}
	// the nearest sentence in the other language, the one before first
	for d := 1; d <= 3; d++ {
		for _, j := range []int{i - d, i + d} {
			if j < 0 || j >= len(sents) || isEnglish(sents[j]) {
				continue
			}
			if theirs := k.foreign(sents[j]); len(theirs) == len(own) {
				if slices.Equal(theirs, own) {
					return nil
				}
				return theirs
			}
		}
	}
	return nil
}

// twinFigures is prevailingFigures for a clause given twice, once in each
// language, under one number ("7.01 AWS s'engage …" then "7.01 AWS
// commits …"): sentence i of the English clause against sentence i of
// its twin.
func (rg *Reading) twinFigures(k figureKind, c *document.Clause, sents []string, i int) []float64 {
	if rg.prevailing == "" || c.Number == "" || !isEnglish(sents[i]) {
		return nil
	}
	own := k.english(sents[i])
	if len(own) == 0 {
		return nil
	}
	at := rg.indexOf(c.ID)
	// the twin is the nearest clause under the same number: beside it
	// (paragraph by paragraph), or in the other language's block
	twin, dist := -1, len(rg.doc.Clauses)
	for _, j := range rg.numbered[c.Number] {
		if d := max(j-at, at-j); j != at && d < dist {
			twin, dist = j, d
		}
	}
	for _, j := range []int{twin} {
		if j < 0 {
			continue
		}
		twin := rg.doc.Clauses[j].Text
		var ts []string
		for _, sp := range splitSentences(twin) {
			ts = append(ts, twin[sp.start:sp.end])
		}
		for _, d := range []int{0, -1, 1} {
			if t := i + d; t >= 0 && t < len(ts) && !isEnglish(ts[t]) {
				if theirs := k.foreign(ts[t]); len(theirs) == len(own) {
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

// figureSwap: figures of one kind an English sentence states, and as the
// prevailing version states them.
type figureSwap struct {
	kind        string
	own, theirs []float64
}

func (sw figureSwap) apply(sts []*Statement) {
	for _, st := range sts {
		for f := range st.Facts {
			if st.Facts[f].Kind != sw.kind {
				continue
			}
			if n := slices.Index(sw.own, st.Facts[f].Value); n >= 0 {
				st.Facts[f].Value = sw.theirs[n]
			}
		}
	}
}

// usePrevailing reads the figures of the statements of one English
// sentence as the prevailing version states them.
func (rg *Reading) usePrevailing(c *document.Clause, sts []*Statement, sents []string, i int) {
	for _, k := range figureKinds {
		theirs := rg.prevailingFigures(k, sents, i)
		if theirs == nil {
			theirs = rg.twinFigures(k, c, sents, i)
		}
		if theirs == nil {
			continue
		}
		own := k.english(sents[i])
		sw := figureSwap{k.kind, own, theirs}
		sw.apply(sts)
		if rg.prevailed == nil {
			rg.prevailed = map[string][]figureSwap{}
		}
		// (its items read it as their lead-in: they read it so too)
		rg.prevailed[strings.TrimSpace(sents[i])] = append(rg.prevailed[strings.TrimSpace(sents[i])], sw)
		rg.Notices = append(rg.Notices, fmt.Sprintf("clause %s: the %s version prevails: %v read as %v (%q)", c.ID, rg.prevailing,
			own, theirs, strings.TrimSpace(sents[i])))
	}
}

// indexOf is a clause's place in the document.
func (rg *Reading) indexOf(id string) int {
	if rg.clauseIndex == nil {
		rg.clauseIndex = make(map[string]int, len(rg.doc.Clauses))
		rg.numbered = map[string][]int{}
		for n := range rg.doc.Clauses {
			rg.clauseIndex[rg.doc.Clauses[n].ID] = n
			rg.numbered[rg.doc.Clauses[n].Number] = append(rg.numbered[rg.doc.Clauses[n].Number], n)
		}
	}
	return rg.clauseIndex[id]
}
