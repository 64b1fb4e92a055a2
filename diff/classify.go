package diff

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/clausecheck/clausecheck/document"
	"github.com/clausecheck/clausecheck/internal/lazyre"
)

var (
	numberWords = set("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen " +
		"fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety " +
		"hundred thousand million billion half quarter once twice")
	durationWords  = set("day days month months year years week weeks hour hours minute minutes business calendar annual annually monthly quarterly")
	amountWords    = set("$ € £ ¥ usd eur gbp dollar dollars euro euros")
	percentWords   = set("% percent per cent")
	negationWords  = set("not no never neither nor without cannot none nothing non")
	modalWords     = set("shall may must will should can might need required entitled")
	exceptionWords = set("except exception exceptions unless provided notwithstanding subject save excluding exclude excludes other than only solely")
	partyWords     = set("customer provider supplier vendor licensee licensor company client contractor buyer seller purchaser party parties aws amazon we us you your yours our ours")
	modalNegation  = set("shall may must will should can might need required entitled not no never cannot")
	provisoWords   = set("except unless provided notwithstanding subject save excluding only solely if where")
	refWords       = set("section sections clause clauses article articles paragraph paragraphs schedule exhibit annex appendix § and or to through")
)

func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// hunk is one run of deleted and inserted text between equal text.
type hunk struct {
	del, ins      string
	before, after string
}

func hunks(segs []Segment) []hunk {
	var out []hunk
	var cur *hunk
	prevEqual := ""
	for _, s := range segs {
		switch s.Op {
		case OpEqual:
			if cur != nil {
				cur.after = s.Text
				out = append(out, *cur)
				cur = nil
			}
			prevEqual = s.Text
		default:
			if cur == nil {
				cur = &hunk{before: prevEqual}
			}
			if s.Op == OpDelete {
				cur.del += s.Text
			} else {
				cur.ins += s.Text
			}
		}
	}
	if cur != nil {
		out = append(out, *cur)
	}
	return out
}

// classifyWhy returns the reasons the redline of a clause pair is
// substantive; cross-references that follow the renumbering are recorded
// as cosmetic instead. With the reasons come one line per substantive hunk saying what it
// changed ("modal: shall → may", "new exception: 'except …'").
func (bd *builder) classifyWhy(segs []Segment, o, n *clause, labels map[string]bool) ([]string, []string) {
	var why []string
	reasons := map[string]bool{}
	for _, h := range hunks(segs) {
		// In a split or merge, labels of the pieces ("(b)", or "2." written
		// inline in the other draft) are cosmetic.
		d, i, dropped := dropLabels(h, labels)
		if labels != nil && (dropped || hasWord(tokenize(d)) || hasWord(tokenize(i))) && labelOnly(d) && labelOnly(i) {
			bd.cosmetic(CosmeticLabel, o, n, strings.TrimSpace(h.del)+" → "+strings.TrimSpace(h.ins))
			continue
		}
		h.del, h.ins = d, i
		if !hasWord(tokenize(h.del)) && !hasWord(tokenize(h.ins)) {
			bd.cosmetic(CosmeticPunct, o, n, strings.TrimSpace(h.del)+" → "+strings.TrimSpace(h.ins))
			continue
		}
		if bd.followsRenumbering(h, o) {
			bd.cosmetic(CosmeticReference, o, n, strings.TrimSpace(h.del)+" → "+strings.TrimSpace(h.ins))
			continue
		}
		rs := bd.hunkReasons(h)
		for _, r := range rs {
			reasons[r] = true
		}
		if w := hunkWhy(h, rs); w != "" && !slices.Contains(why, w) {
			why = append(why, w)
		}
	}
	return sortedSet(reasons), why
}

// hunkWhy says in one line what a substantive hunk changed; figures are
// said from the facts (factWhy), so a hunk of figures says nothing here.
func hunkWhy(h hunk, reasons []string) string {
	del, ins := clip(strings.TrimSpace(h.del), 60), clip(strings.TrimSpace(h.ins), 60)
	has := func(r string) bool { return slices.Contains(reasons, r) }
	words := func(s string, set map[string]bool) string {
		var out []string
		for _, t := range tokenize(s) {
			if set[strings.ToLower(t)] {
				out = append(out, t)
			}
		}
		return strings.Join(out, " ")
	}
	onlyUnits := true // "months" → "weeks": said by the facts
	for _, t := range tokenize(h.del + " " + h.ins) {
		lt := strings.ToLower(t)
		if isWord(t) && !durationWords[lt] && !amountWords[lt] && !percentWords[lt] && !numberWords[lt] && strings.IndexFunc(t, unicode.IsDigit) < 0 {
			onlyUnits = false
		}
	}
	switch {
	case onlyUnits:
		return ""
	case has(ReasonNumber) && !has(ReasonObligation) && !has(ReasonNegation) && !has(ReasonException):
		return ""
	case has(ReasonObligation) && words(h.del, modalWords) != "" && words(h.ins, modalWords) != "" &&
		!strings.EqualFold(words(h.del, modalNegation), words(h.ins, modalNegation)):
		return "modal: " + words(h.del, modalNegation) + " → " + words(h.ins, modalNegation)
	case has(ReasonNegation) && ins != "" && del == "":
		return "negation added: '" + ins + "'"
	case has(ReasonNegation) && del != "" && ins == "":
		return "negation removed: '" + del + "'"
	case has(ReasonException) && del == "" && words(h.ins, provisoWords) != "":
		return "new exception or condition: '" + ins + "'"
	case has(ReasonException) && ins == "" && words(h.del, provisoWords) != "":
		return "exception or condition removed: '" + del + "'"
	case has(ReasonParty) && parties(tokenize(h.del)) != "" && parties(tokenize(h.ins)) != "":
		return "party: " + parties(tokenize(h.del)) + " → " + parties(tokenize(h.ins))
	case has(ReasonDefinedTerm) && del != "" && ins != "":
		return "defined term: '" + del + "' → '" + ins + "'"
	case del == "":
		return "added: '" + ins + "'"
	case ins == "":
		return "removed: '" + del + "'"
	}
	return "'" + del + "' → '" + ins + "'"
}

// clip shortens s to about n bytes at a word boundary, marking the cut.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndexByte(s[:n], ' ')
	if cut < n/2 {
		cut = n
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
	}
	return strings.TrimSpace(s[:cut]) + " …"
}

// factWhy says how the facts of a clause changed: "duration: sixty (60)
// days → sixty (60) Business Days (≈ 84 days)".
func factWhy(old, nw []document.Fact) []string {
	say := func(f *document.Fact) string {
		if f == nil {
			return "(none)"
		}
		t := strings.Join(strings.Fields(f.Text), " ")
		if f.Kind == document.FactDuration && (strings.Contains(strings.ToLower(f.Unit), "business") || strings.Contains(strings.ToLower(f.Unit), "working")) {
			t += fmt.Sprintf(" (≈ %d days)", int(math.Round(f.Value*7/5)))
		}
		return t
	}
	var out []string
	for _, p := range pairFacts(old, nw, factKey) {
		kind := p[0]
		if kind == nil {
			kind = p[1]
		}
		out = append(out, kind.Kind+": "+say(p[0])+" → "+say(p[1]))
	}
	return out
}

// followsRenumbering reports whether a hunk only replaces a cross-reference
// number by the new number of the clause it points to.
func (bd *builder) followsRenumbering(h hunk, o *clause) bool {
	d, i := strings.TrimSpace(h.del), strings.TrimSpace(h.ins)
	if d == "" || i == "" || strings.ContainsRune(d, ' ') || strings.ContainsRune(i, ' ') {
		return false
	}
	d, i = normNumber(d), normNumber(i)
	if to, ok := bd.nums[d]; !ok || to != i {
		return false
	}
	if w := lastToken(h.before); refWords[strings.ToLower(w)] {
		return true
	}
	for _, r := range o.c.Refs {
		if normNumber(r.Target) == d {
			return true
		}
	}
	return false
}

func lastToken(s string) string {
	toks := tokenize(s)
	for k := len(toks) - 1; k >= 0; k-- {
		if toks[k] != " " {
			return toks[k]
		}
	}
	return ""
}

// firstWords returns the lowercased tokens at the start of s up to and
// including the first word, at most n: ") days", "% of".
func firstWords(s string, n int) []string {
	var out []string
	for _, t := range tokenize(s) {
		if t == " " {
			continue
		}
		out = append(out, strings.ToLower(t))
		if len(out) == n || isWord(t) {
			break
		}
	}
	return out
}

func (bd *builder) hunkReasons(h hunk) []string {
	var r []string
	dw, iw := tokenize(h.del), tokenize(h.ins)
	all := append(append([]string{}, dw...), iw...)
	has := func(words map[string]bool, toks []string) bool {
		for _, t := range toks {
			if words[strings.ToLower(t)] {
				return true
			}
		}
		return false
	}
	count := func(words map[string]bool, toks []string) int {
		c := 0
		for _, t := range toks {
			if words[strings.ToLower(t)] {
				c++
			}
		}
		return c
	}
	numeric := false
	for _, t := range all {
		if numberWords[strings.ToLower(t)] || strings.IndexFunc(t, unicode.IsDigit) >= 0 {
			numeric = true
			break
		}
	}
	context := append(append([]string{lastToken(h.before)}, all...), firstWords(h.after, 2)...)
	if numeric {
		r = append(r, ReasonNumber)
		if has(durationWords, context) {
			r = append(r, ReasonDuration)
		}
		if has(amountWords, context) {
			r = append(r, ReasonAmount)
		}
		if has(percentWords, context) {
			r = append(r, ReasonPercent)
		}
	}
	if count(negationWords, dw) != count(negationWords, iw) {
		r = append(r, ReasonNegation)
	}
	if has(modalWords, all) {
		r = append(r, ReasonObligation)
	}
	if has(exceptionWords, all) {
		r = append(r, ReasonException)
	}
	if bd.touchesDefinedTerm(h) {
		r = append(r, ReasonDefinedTerm)
	}
	if pd, pi := parties(dw), parties(iw); pd != pi && hasWord(dw) && hasWord(iw) {
		r = append(r, ReasonParty)
	}
	if len(r) == 0 {
		r = append(r, ReasonWording)
	}
	return r
}

// touchesDefinedTerm reports whether a hunk changes a term defined in
// either draft ("Fee" → "Fees" where "Fees" is defined).
func (bd *builder) touchesDefinedTerm(h hunk) bool {
	for _, d := range []*document.Document{bd.oldDoc, bd.newDoc} {
		for term := range d.Definitions {
			if term == "" {
				continue
			}
			if containsWord(h.del, term) || containsWord(h.ins, term) {
				return true
			}
		}
	}
	return false
}

// containsWord reports whether term occurs in s as whole words.
func containsWord(s, term string) bool {
	for i := 0; ; {
		k := strings.Index(s[i:], term)
		if k < 0 {
			return false
		}
		start, end := i+k, i+k+len(term)
		okStart := start == 0 || !isWordRune(lastRune(s[:start]))
		okEnd := end == len(s) || !isWordRune([]rune(s[end:])[0])
		if okStart && okEnd {
			return true
		}
		i = start + 1
	}
}

func lastRune(s string) rune {
	r := []rune(s)
	return r[len(r)-1]
}

func hasWord(toks []string) bool {
	for _, t := range toks {
		if isWord(t) {
			return true
		}
	}
	return false
}

// parties lists, sorted, the capitalised party words of a hunk side.
func parties(toks []string) string {
	var ps []string
	for _, t := range toks {
		if t != "" && unicode.IsUpper([]rune(t)[0]) && partyWords[strings.ToLower(t)] {
			ps = append(ps, t)
		}
	}
	slices.Sort(ps)
	return strings.Join(ps, " ")
}

// dropLabels removes piece labels ("(b)") written as whole words from a
// hunk's text, longest first; ok is false when there was none.
func dropLabels(h hunk, labels map[string]bool) (del, ins string, ok bool) {
	del, ins = h.del, h.ins
	ls := make([]string, 0, len(labels))
	for l := range labels {
		ls = append(ls, l)
	}
	slices.SortFunc(ls, func(a, b string) int {
		if len(a) != len(b) {
			return len(b) - len(a)
		}
		return strings.Compare(a, b)
	})
	for _, l := range ls {
		for _, p := range []*string{&del, &ins} {
			if r, n := replaceWord(*p, l); n > 0 {
				*p, ok = r, true
			}
		}
	}
	return del, ins, ok
}

// replaceWord replaces the whole-word occurrences of term in s by a space.
func replaceWord(s, term string) (string, int) {
	if term == "" {
		return s, 0
	}
	first, _ := utf8.DecodeRuneInString(term)
	last, _ := utf8.DecodeLastRuneInString(term)
	var b strings.Builder
	n, i := 0, 0
	for i < len(s) {
		k := strings.Index(s[i:], term)
		if k < 0 {
			break
		}
		start, end := i+k, i+k+len(term)
		before, _ := utf8.DecodeLastRuneInString(s[:start])
		after, _ := utf8.DecodeRuneInString(s[end:])
		okStart := start == 0 || !isWordRune(first) || !isWordRune(before)
		okEnd := end == len(s) || !isWordRune(last) || !isWordRune(after)
		b.WriteString(s[i:start])
		if okStart && okEnd {
			b.WriteByte(' ')
			n++
		} else {
			b.WriteString(term)
		}
		i = end
	}
	b.WriteString(s[i:])
	return b.String(), n
}

// labelShape is a clause label written inline: "2.", "(b)", "iv)", "A.1".
var labelShape = lazyre.New(`^\(?(?:[0-9]{1,3}|[A-Za-z]{1,2}|[ivxlcIVXLC]{1,6})(?:\.[0-9A-Za-z]{1,3})*[.):]?$`)

// labelOnly reports whether text holds nothing but punctuation and labels.
func labelOnly(s string) bool {
	for _, f := range strings.Fields(s) {
		if !hasWord(tokenize(f)) {
			continue
		}
		if !labelShape.MatchString(strings.Trim(f, ",;")) {
			return false
		}
	}
	return true
}
