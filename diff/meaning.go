package diff

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/clausecheck/clausecheck/document"
	"github.com/clausecheck/clausecheck/extract"
	"github.com/clausecheck/clausecheck/rules"
)

// lexicon folds a clause's words for the reworded test (rules' redline
// vocabulary, compiled).
type lexicon struct {
	function  map[string]bool
	counted   map[string]bool   // folded forms
	countedAs map[string]bool   // the written forms that count: the list's words and their equivalents, not words of the same stem ("provide" is no "provided")
	canon     map[string]string // word or its stem → the first word of its group
	heads     map[string]bool   // the first words of the groups, folded
	phrases   []phrase
	furniture []furniturePhrase
	scope     map[string]bool // the concepts of scope (rules.Redline.ScopeConcepts)
}

var (
	defaultLexOnce sync.Once
	defaultLex     *lexicon
	defaultLexErr  error
)

// lexiconFor compiles r, or returns the embedded vocabulary's lexicon.
func lexiconFor(r *rules.Redline) (*lexicon, error) {
	if r != nil {
		return newLexicon(r), nil
	}
	defaultLexOnce.Do(func() {
		var r *rules.Redline
		if r, defaultLexErr = rules.DefaultRedline(); defaultLexErr == nil {
			defaultLex = newLexicon(r)
		}
	})
	return defaultLex, defaultLexErr
}

func newLexicon(r *rules.Redline) *lexicon {
	lx := &lexicon{function: map[string]bool{}, canon: map[string]string{}, heads: map[string]bool{}}
	for _, w := range r.FunctionWords {
		lx.function[strings.ToLower(w)] = true
	}
	for _, g := range r.Equivalent {
		head := stem(strings.ToLower(g[0]))
		lx.heads[head] = true
		for _, w := range g {
			w = strings.ToLower(w)
			lx.canon[w] = head
			lx.canon[stem(w)] = head
		}
	}
	for _, p := range r.Phrases {
		lx.phrases = append(lx.phrases, phrase{from: strings.Fields(strings.ToLower(p[0])), to: p[1]})
	}
	// longest first, so "give written notice" is taken before "give notice"
	slices.SortStableFunc(lx.phrases, func(a, b phrase) int { return len(b.from) - len(a.from) })
	lx.counted, lx.countedAs = map[string]bool{}, map[string]bool{}
	for _, w := range r.CountedWords {
		lx.counted[lx.fold(w)] = true
		lx.countedAs[strings.ToLower(w)] = true
	}
	for _, g := range r.Equivalent {
		if lx.counted[lx.fold(g[0])] {
			for _, w := range g {
				lx.countedAs[strings.ToLower(w)] = true
			}
		}
	}
	lx.furniture = compileFurniture(r.Furniture)
	lx.scope = map[string]bool{}
	for _, c := range r.ScopeConcepts {
		lx.scope[c] = true
	}
	return lx
}

// phrase is a phrase of the vocabulary and what it is rewritten to.
type phrase struct {
	from []string // lower-case words
	to   string
}

// rewrite replaces the vocabulary's phrases in text, matched on whole
// words whatever their case and the spacing between them.
func (lx *lexicon) rewrite(text string) string {
	if len(lx.phrases) == 0 {
		return text
	}
	type span struct{ start, end int }
	var words []span
	for i := 0; i < len(text); {
		j := nextToken(text, i)
		if r, _ := utf8.DecodeRuneInString(text[i:]); isWordRune(r) {
			words = append(words, span{i, j})
		}
		i = j
	}
	var b strings.Builder
	last := 0
	for k := 0; k < len(words); {
		matched := false
		for _, p := range lx.phrases {
			if k+len(p.from) > len(words) {
				continue
			}
			ok := true
			for x, w := range p.from {
				s := words[k+x]
				if !strings.EqualFold(text[s.start:s.end], w) {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			b.WriteString(text[last:words[k].start])
			b.WriteString(p.to)
			last = words[k+len(p.from)-1].end
			k += len(p.from)
			matched = true
			break
		}
		if !matched {
			k++
		}
	}
	if last == 0 {
		return text
	}
	b.WriteString(text[last:])
	return b.String()
}

// fold returns the comparable form of one word ("" for a function word).
func (lx *lexicon) fold(w string) string {
	w = strings.ToLower(w)
	if lx.function[w] {
		return ""
	}
	if c, ok := lx.canon[w]; ok {
		return c
	}
	s := stem(w)
	if c, ok := lx.canon[s]; ok {
		return c
	}
	return s
}

// irregular verb forms and their base form (contract English).
var irregular = map[string]string{
	"made": "make", "given": "give", "gave": "give", "paid": "pay", "sent": "send",
	"held": "hold", "taken": "take", "took": "take", "written": "write", "wrote": "write",
	"brought": "bring", "sold": "sell", "bought": "buy", "kept": "keep", "met": "meet",
	"chosen": "choose", "chose": "choose", "begun": "begin", "began": "begin",
	"done": "do", "did": "do", "gone": "go", "went": "go", "borne": "bear", "bore": "bear",
	"bound": "bind", "understood": "understand", "set": "set", "put": "put", "let": "let",
}

// refNouns name what a cross-reference points at.
var refNouns = set("section sections clause clauses article articles paragraph paragraphs para schedule schedules " +
	"exhibit exhibits annex annexes appendix appendices part parts item items table tables §")

// negations a stem must never turn into.
var negationStems = map[string]bool{"no": true, "not": true, "nor": true, "non": true}

// stem reduces an English word to a crude stem, the same way on both
// sides of a comparison: British spellings to American, then plural and
// verb endings, then a final "e". Words with digits are kept whole.
func stem(w string) string {
	if strings.IndexFunc(w, unicode.IsDigit) >= 0 || len(w) < 3 {
		return w
	}
	if base, ok := irregular[w]; ok {
		w = base
	}
	orig := w
	switch {
	case strings.HasSuffix(w, "isation"), strings.HasSuffix(w, "isations"):
		w = strings.Replace(w, "isation", "ization", 1)
	case strings.HasSuffix(w, "ise"), strings.HasSuffix(w, "ised"), strings.HasSuffix(w, "ises"), strings.HasSuffix(w, "ising"),
		strings.HasSuffix(w, "iser"), strings.HasSuffix(w, "isers"):
		if i := strings.LastIndex(w, "is"); i > 1 {
			w = w[:i] + "iz" + w[i+2:]
		}
	case len(w) > 4 && strings.HasSuffix(w, "our"), len(w) > 5 && strings.HasSuffix(w, "ours"):
		w = strings.Replace(w, "our", "or", 1)
	case strings.HasSuffix(w, "tre"), strings.HasSuffix(w, "tres"):
		w = strings.Replace(w, "tre", "ter", 1)
	}
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		w = w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		w = w[:len(w)-1]
	}
	switch {
	case strings.HasSuffix(w, "ing") && len(w) > 4:
		w = w[:len(w)-3]
	case strings.HasSuffix(w, "ied") && len(w) > 4:
		w = w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ed") && len(w) > 3:
		w = w[:len(w)-2]
	}
	if len(w) > 2 && w[len(w)-1] == 'e' && !negationStems[w[:len(w)-1]] {
		w = w[:len(w)-1] // ("note" is not "not")
	}
	// a doubled final consonant left by an ending: "committed" → "commit"
	if n := len(w); n > 4 && w[n-1] == w[n-2] && !strings.ContainsRune("aeiouls", rune(w[n-1])) && orig != w {
		w = w[:n-1]
	}
	if negationStems[w] {
		return orig
	}
	return w
}

// meaning is what the reworded test compares of a clause: its folded
// content words (a set: order and repetition are not compared), its
// strong words and its typed facts. Strong words are those no rewording
// changes: figures that are not facts ("#6.2"), the words of defined
// terms ("=fees") and names written with a capital inside a sentence
// ("Sydney"), which the other text must hold too; a party's name aside,
// which comes and goes with the voice ("by AWS"). The counted words
// are counted; those the reader's atoms say the effect of (modals,
// negations, conditions, "only") are not strong: "shall" for "must", or
// "unaffected" for "shall not affect", is the reader's to judge.
type meaning struct {
	words  map[string]bool
	strong map[string]bool
	count  map[string]int // the counted words' uses
	uses   map[string]int // every content word's uses (party names aside)
	names  map[string]bool
	facts  []string
}

// meaningOf reads text (heading and body) with its facts. Fact texts are
// taken out of the words and compared as values, so "sixty (60) days" and
// "60 days" are the same; figures that are not facts stay words, mapped
// through mapNum (a cross-reference's old number → its new number, given
// the word before it: "schedule", "2").
//
// A word of a term either draft defines ("Fees") is compared as written,
// never stemmed or folded: "Fee" and "Fees" may be two defined terms.
func (lx *lexicon) meaningOf(text string, facts []document.Fact, mapNum func(ref, num string) string, terms map[string]bool) meaning {
	m := meaning{words: map[string]bool{}, strong: map[string]bool{}, count: map[string]int{}, uses: map[string]int{}, names: map[string]bool{}}
	for _, f := range facts {
		if f.Text != "" {
			text = strings.ReplaceAll(text, f.Text, " ")
		}
		m.facts = append(m.facts, factKey(f))
	}
	// a value stated twice is the same value
	slices.Sort(m.facts)
	m.facts = slices.Compact(m.facts)
	text = lx.rewrite(text)
	initial := true // the next word starts a sentence
	last := ""      // the word before, lower case
	for i := 0; i < len(text); {
		j := nextToken(text, i)
		w := text[i:j]
		i = j
		if r, _ := utf8.DecodeRuneInString(w); !isWordRune(r) {
			if strings.ContainsAny(w, ".:;!?") {
				initial = true
			}
			continue
		}
		first := initial
		initial = false
		prev := last
		last = strings.ToLower(w)
		if refNouns[last] {
			// "Section", "Schedule": the reference is its target's number
			continue
		}
		if strings.IndexFunc(w, unicode.IsDigit) >= 0 || refNouns[prev] && len(w) <= 2 && unicode.IsUpper([]rune(w)[0]) {
			// a figure, or a part's letter ("Schedule B")
			if mapNum != nil {
				w = mapNum(prev, w)
			}
			for _, part := range strings.Fields(w) {
				if refNouns[strings.ToLower(part)] {
					continue
				}
				k := "#" + strings.ToLower(part)
				m.words[k] = true
				m.strong[k] = true
			}
			continue
		}
		if terms[w] {
			k := "=" + strings.ToLower(w)
			m.words[k] = true
			// a party's name comes and goes with the voice ("by AWS"):
			// who does what is the reader's to compare
			if !partyWords[strings.ToLower(w)] {
				m.strong[k] = true
			}
			continue
		}
		// "end-of-life" is "end of life"; "Customer's" is "Customer"
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "\u2019s")
		for _, part := range strings.Split(w, "-") {
			f := lx.fold(part)
			if f == "" {
				continue
			}
			m.words[f] = true
			lw := strings.ToLower(part)
			switch {
			case lx.counted[f] && lx.countedAs[lw]:
				m.count[f]++
				if !readWords[lw] {
					// "or", "any", "each", "both": the reader's atoms do
					// not say what they join or quantify
					m.strong[f] = true
				}
			case lw == "one" || lw == "once" && !frequencyNext(text[i:]):
				// "one single pool" is "a single pool", "once signed" is
				// "when signed": an article, a conjunction ("once per
				// quarter" is a count; "two pools" has its own figure)
			case durationWords[lw] || numberWords[lw] || amountWords[lw]:
				// "monthly" → "weekly", "one pool" → "two pools"; "monthly"
				// and "in a month" name one period
				m.strong[periodBase(lw)] = true
			case !partyWords[lw]:
				m.uses[f]++
			}
			if r, _ := utf8.DecodeRuneInString(part); !first && unicode.IsUpper(r) && !lx.canonical(f) && !partyWords[lw] {
				m.names[f] = true
			}
		}
	}
	return m
}

// canonical reports whether a folded word is one of the vocabulary's
// equivalents or counted words ("Shall" in a heading is no name).
func (lx *lexicon) canonical(f string) bool { return lx.counted[f] || lx.heads[f] }

// factKey is a fact's value with its unit (a duration's day basis
// included), not its wording.
func factKey(f document.Fact) string {
	v := fmt.Sprintf("%g", f.Value)
	unit := strings.ToLower(f.Unit)
	switch {
	case f.Kind == document.FactDate && f.Date != "":
		v = f.Date
	case f.Kind == document.FactDuration:
		// a duration's value is in calendar days: "two months" is "60
		// days"; only business or working days differ in kind
		if strings.Contains(unit, "business") || strings.Contains(unit, "working") {
			unit = "business"
		} else {
			unit = ""
		}
	}
	return strings.Join([]string{f.Kind, v, unit, strings.ToUpper(f.Currency), strings.ToLower(f.Period)}, "|")
}

// equal: the same words, strong words and facts, and the counted words
// used as often.
func (m meaning) equal(o meaning) bool {
	return m.strongEqual(o) && maps.Equal(m.words, o.words) && maps.Equal(m.count, o.count)
}

// strongEqual: the same strong words and facts; only weak content words
// may differ.
func (m meaning) strongEqual(o meaning) bool {
	return slices.Equal(m.facts, o.facts) && maps.Equal(m.strong, o.strong) && m.namesIn(o) && o.namesIn(m)
}

// balanced reports whether the content words that m and o do not share
// replace each other: some go and about as many come, as when a word is
// put for its synonym or a phrase is turned round. Words are compared as
// a set, and a word and its derivative are one ("develop", "development";
// "cancel", "cancellation"): a noun said again for "it" or "which", or a
// verb turned into its noun, adds nothing, while "maintain and provide the
// Services (including development and improvement …)" → "develop and
// improve the Services" takes two words out and puts none in. A phrase
// added or taken out whole ("or reproduce the training data") is
// phraseWhole's to see.
func (m meaning) balanced(o meaning) bool {
	var added, deleted []string
	for w := range o.uses {
		if m.uses[w] == 0 {
			added = append(added, w)
		}
	}
	for w := range m.uses {
		if o.uses[w] == 0 {
			deleted = append(deleted, w)
		}
	}
	add, del := unmatched(added, deleted), unmatched(deleted, added)
	if add == 0 && del == 0 {
		return true
	}
	d := add - del
	if d < 0 {
		d = -d
	}
	return add > 0 && del > 0 && d <= max(1, (add+del)/3)
}

// unmatched counts the words of a that are no derivative of a word of b:
// neither begins the other with five letters or more in common.
func unmatched(a, b []string) int {
	n := 0
	for _, x := range a {
		if !slices.ContainsFunc(b, func(y string) bool { return derivative(x, y) }) {
			n++
		}
	}
	return n
}

// derivative reports whether one folded word begins the other, at least
// five letters long: "develop" and "development", "improv" and
// "improvement", "determin" and "determination".
func derivative(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return len(a) >= 5 && strings.HasPrefix(b, a)
}

// phraseWhole reports whether a redline adds or takes out a phrase whole:
// a hunk that only inserts (or only deletes) content words that the other
// side neither holds nor replaces. "to train {+or evaluate+} models"
// widens what the clause covers; "[-tokens -]metered{+ tokens+}" only
// moves a word; "{+relevant +}month[- concerned-]" puts one word for
// another; and a hunk that replaces words ("require written form" →
// "must be made in writing") is the reader's to judge.
func (lx *lexicon) phraseWhole(segs []Segment) bool {
	content := func(s string, fn func(string)) {
		eachWord(s, func(w string) {
			if strings.IndexFunc(w, unicode.IsDigit) >= 0 {
				return // figures are facts or strong words
			}
			w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "\u2019s")
			for _, part := range strings.Split(w, "-") {
				lp := strings.ToLower(part)
				if partyWords[lp] || refNouns[lp] || numberWords[lp] || durationWords[lp] || amountWords[lp] || percentWords[lp] {
					continue // parties come and go with the voice; figures are facts
				}
				if f := lx.fold(part); f != "" && !(lx.counted[f] && lx.countedAs[lp]) {
					fn(f)
				}
			}
		})
	}
	ins, del := map[string]int{}, map[string]int{}
	for _, sg := range segs {
		switch sg.Op {
		case OpInsert:
			content(sg.Text, func(f string) { ins[f]++ })
		case OpDelete:
			content(sg.Text, func(f string) { del[f]++ })
		}
	}
	// words on one side only, in any hunk (ui, ud) and in hunks that only
	// insert or only delete (pi, pd)
	ui, ud, pi, pd := 0, 0, 0, 0
	for f, n := range ins {
		ui += max(0, n-del[f])
	}
	for f, n := range del {
		ud += max(0, n-ins[f])
	}
	for _, h := range hunks(segs) {
		if h.del != "" && h.ins != "" {
			// a hunk that keeps all the content words it replaces and
			// adds others that no other hunk takes out ("Services" →
			// "Beta Services or Beta Regions") adds a phrase, and the
			// reverse takes one out; "Fees" → "AWS shall refund fees",
			// with "shall be refunded" deleted at the end, only turns the
			// sentence round
			hd, hi := map[string]bool{}, map[string]bool{}
			content(h.del, func(f string) { hd[f] = true })
			content(h.ins, func(f string) { hi[f] = true })
			if len(hd) > 0 && len(hi) > 0 && (grows(hd, hi, del) || grows(hi, hd, ins)) {
				return true
			}
			continue
		}
		if h.del == "" {
			content(h.ins, func(f string) {
				if del[f] == 0 {
					pi++
				}
			})
		}
		if h.ins == "" {
			content(h.del, func(f string) {
				if ins[f] == 0 {
					pd++
				}
			})
		}
	}
	return pi > ud || pd > ui
}

// namesIn reports whether every name of m is a word of o (written with a
// capital or not: "Amazon Bedrock" may start o's sentence).
func (m meaning) namesIn(o meaning) bool {
	for n := range m.names {
		if !o.words[n] {
			return false
		}
	}
	return true
}

// furniturePhrase is one line-start phrase of the furniture vocabulary:
// its words, "*" standing for any run of words.
type furniturePhrase struct {
	kind  string
	words []string
}

func compileFurniture(m map[string][]string) []furniturePhrase {
	var out []furniturePhrase
	kinds := make([]string, 0, len(m))
	for k := range m {
		kinds = append(kinds, k)
	}
	slices.Sort(kinds)
	for _, k := range kinds {
		for _, p := range m[k] {
			out = append(out, furniturePhrase{kind: k, words: strings.Fields(strings.ToLower(p))})
		}
	}
	return out
}

// furnitureOf returns the kind of document furniture a line is ("legend",
// "signature" …), or "".
func (lx *lexicon) furnitureOf(line string) string {
	t := strings.TrimSpace(line)
	if len(t) >= 5 && strings.Trim(t, "_ ") == "" {
		return "signature" // a line drawn to sign on
	}
	f := strings.Fields(strings.ToLower(strings.Trim(t, "*_#[]|")))
	if len(f) == 0 {
		return ""
	}
	sentence := strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "..")
	for _, p := range lx.furniture {
		if sentence && (p.kind == "legend" || p.kind == "stamp") {
			// "AWS will provide a draft plan." is a term, not a legend
			continue
		}
		if matchWords(p.words, f) {
			return p.kind
		}
	}
	return ""
}

// matchWords reports whether pattern matches a prefix of words; "*"
// matches any run of words, none included.
func matchWords(pattern, words []string) bool {
	if len(pattern) == 0 {
		return true
	}
	if pattern[0] == "*" {
		for i := 0; i <= len(words); i++ {
			if matchWords(pattern[1:], words[i:]) {
				return true
			}
		}
		return false
	}
	if len(words) == 0 {
		return false
	}
	w := words[0]
	p := pattern[0]
	if strings.HasSuffix(p, ":") || strings.HasSuffix(p, ".") {
		if w != p && !(strings.TrimRight(w, ":.") == strings.TrimRight(p, ":.") && strings.HasSuffix(w, p[len(p)-1:])) {
			return false
		}
	} else if strings.TrimRight(w, ".,:;") != p {
		return false
	}
	return matchWords(pattern[1:], words[1:])
}

// furnitureLine is one line of document furniture and its kind.
type furnitureLine struct {
	kind, text string
}

// maxFurnitureWords bounds a furniture line: a legend, a stamp or a
// signature line is short; a longer line is a term, whatever its first
// words.
const maxFurnitureWords = 15

// stripFurniture takes the lines of document furniture out of a clause's
// text: lines the vocabulary names, and every short line after the start
// of a signature block.
func (lx *lexicon) stripFurniture(text string) (string, []furnitureLine) {
	if !strings.ContainsAny(text, "\n|") && !fewWords(text, maxFurnitureWords) && !strings.Contains(text, "..") {
		// (most clauses: one paragraph longer than any furniture line)
		return text, nil
	}
	lines := strings.Split(text, "\n")
	var keep []string
	var out []furnitureLine
	if n := coverNote(lines, lx); n > 0 {
		// a cover e-mail above the draft ("From: … Subject: …", its
		// message) up to the draft's legend or title
		for _, l := range lines[:n] {
			out = append(out, furnitureLine{kind: "cover", text: strings.TrimSpace(l)})
		}
		lines = lines[n:]
	}
	signing, contents := false, false
	for _, l := range lines {
		words := countWords(l)
		kind := ""
		if extract.IsContentsLine(l) {
			kind = "contents"
		} else if contents && words > 0 && words <= 3*maxFurnitureWords && !statesTerm(l) {
			// the entries under a "Contents" heading, leaders or not
			kind = "contents"
		} else if words > 0 && words <= maxFurnitureWords {
			kind = lx.furnitureOf(l)
			if kind == "" && signing {
				kind = "signature"
			}
		}
		if words > maxFurnitureWords {
			signing = false
		}
		if kind == "" && strings.Contains(l, "|") {
			// "Order Form No. 14 | Last updated: 3 March": a cell of a line
			// may be furniture on its own
			if rest, cells := lx.furnitureCells(l); len(cells) > 0 {
				out = append(out, cells...)
				l = rest
			}
		}
		if kind == "" {
			keep = append(keep, l)
			continue
		}
		signing = signing || kind == "signature"
		contents = kind == "contents"
		out = append(out, furnitureLine{kind: kind, text: strings.TrimSpace(l)})
	}
	if len(out) == 0 {
		return text, nil
	}
	return strings.Join(keep, "\n"), out
}

// termWords returns the capitalised words of the terms the documents
// define.
func termWords(docs ...*document.Document) map[string]bool {
	out := map[string]bool{}
	for _, d := range docs {
		for term := range d.Definitions {
			eachWord(term, func(w string) {
				if r := []rune(w)[0]; unicode.IsUpper(r) {
					out[w] = true
				}
			})
		}
	}
	return out
}

// countWords counts the words of s (punctuation between them aside).
func countWords(s string) int {
	n := 0
	eachWord(s, func(string) { n++ })
	return n
}

// furnitureCells takes the cells of a "|"-separated line that are
// furniture out of it.
func (lx *lexicon) furnitureCells(line string) (string, []furnitureLine) {
	cells := strings.Split(line, "|")
	var keep []string
	var out []furnitureLine
	kind := ""
	for _, c := range cells {
		if w := countWords(c); w > 0 && w <= maxFurnitureWords {
			if k := lx.furnitureOf(c); k != "" {
				out = append(out, furnitureLine{kind: k, text: strings.TrimSpace(c)})
				kind = k
				continue
			}
		}
		keep = append(keep, c)
	}
	if len(out) == 0 {
		return line, nil
	}
	// the other short cells of a line of furniture are part of it: "Version
	// 4.0 | 6 March 2026 | Ref: AWS-0091"
	var rest []string
	for _, c := range keep {
		if w := countWords(c); w > 0 && w <= 6 && !statesTerm(c) {
			out = append(out, furnitureLine{kind: kind, text: strings.TrimSpace(c)})
			continue
		}
		rest = append(rest, c)
	}
	return strings.Join(rest, "|"), out
}

// statesTerm reports whether a line reads as a term of the deal: a
// sentence, or words with a modal ("shall", "may" …).
func statesTerm(line string) bool {
	t := strings.TrimRight(strings.TrimSpace(line), "\"'”’)]*_")
	if strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "..") {
		return true
	}
	return hasModal(t)
}

// grows reports whether b holds every word of a and some word more that
// the other side of the redline (other) does not hold.
func grows(a, b map[string]bool, other map[string]int) bool {
	for k := range a {
		if !b[k] {
			return false
		}
	}
	for k := range b {
		if !a[k] && other[k] == 0 {
			return true
		}
	}
	return false
}

// readWords are the counted words that need not stand in both texts:
// those whose effect the reader's atoms state (modality, negation,
// conditions, exceptions and provisos, "only"), and the generic
// quantifiers, which in a contract name the same scope as a bare plural
// ("any amendment", "each amendment", "all amendments", "amendments").
// The words that join ("or", "both", "either", "jointly", "together")
// stay strong.
var readWords = func() map[string]bool {
	m := map[string]bool{"any": true, "each": true, "every": true, "all": true}
	for _, set := range []map[string]bool{modalWords, negationWords, exceptionWords, provisoWords} {
		for w := range set {
			m[w] = true
		}
	}
	return m
}()

// frequencyNext reports whether the words after "once" make it a count
// ("once per quarter", "once a year", "once in any month").
func frequencyNext(rest string) bool {
	// (the next word only: a long clause may say "once" many times)
	f := strings.Fields(strings.ToLower(rest[:min(len(rest), 24)]))
	if len(f) == 0 || strings.ContainsAny(f[0][:1], ".;,)") {
		return true // "… paid once."
	}
	switch strings.Trim(f[0], ".,;:") {
	case "per", "a", "an", "every", "each", "in", "during", "within", "only", "yearly", "annually", "monthly", "quarterly", "weekly", "daily":
		return true
	}
	return false
}

// periodBase is the period a word names: "monthly", "month" and "months"
// are "month".
func periodBase(w string) string {
	switch w {
	case "daily", "days":
		return "day"
	case "weekly", "weeks":
		return "week"
	case "monthly", "months":
		return "month"
	case "quarterly", "quarters":
		return "quarter"
	case "annual", "annually", "yearly", "years":
		return "year"
	case "hourly", "hours":
		return "hour"
	}
	return w
}

// fewWords reports whether s has at most n words, counting no further.
func fewWords(s string, n int) bool {
	words, in := 0, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		letter := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
		if letter && !in {
			words++
			if words > n {
				return false
			}
		}
		in = letter || in && (c == '\'' || c == '-' || c == '.' || c == ',')
	}
	return true
}

// coverNote returns how many lines at the start of a clause are a cover
// e-mail: a header line ("From: … Sent: … Subject: …") and the message
// under it, up to the first line in capitals or of furniture (the draft's
// legend or title). 0 when the text does not start so, or never reaches
// such a line.
func coverNote(lines []string, lx *lexicon) int {
	if len(lines) < 2 {
		return 0
	}
	first := strings.ToLower(strings.TrimSpace(lines[0]))
	if !strings.HasPrefix(first, "from:") || !strings.Contains(first, "subject:") && !strings.Contains(first, "sent:") {
		return 0
	}
	for i := 1; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		if t == "" {
			continue
		}
		if upperLine(t) || countWords(t) <= maxFurnitureWords && lx.furnitureOf(t) == "legend" {
			return i
		}
	}
	return 0
}

// upperLine reports whether a line has letters and none in lower case.
func upperLine(s string) bool {
	letters := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		letters = letters || unicode.IsLetter(r)
	}
	return letters
}
