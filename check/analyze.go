package check

import (
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/clausecheck/clausecheck/document"
	"github.com/clausecheck/clausecheck/rules"
)

// Input is the document as the policies see it (input in Rego): sentences
// that match a topic, indexed by topic id, each with its polarity, binding
// force, elements, typed facts and scope, plus the thresholds in force.
type Input struct {
	Document   DocInfo            `json:"document"`
	Thresholds map[string]float64 `json:"thresholds"`
	// Topics maps every topic id of the rules to its hits (possibly none).
	Topics map[string][]Hit `json:"topics"`
}

// DocInfo describes the draft as a whole.
type DocInfo struct {
	Path string `json:"path"`
	// Provider is "bedrock" (an AWS/Bedrock contract), "other" (another AI
	// provider's contract: Azure OpenAI, Vertex AI, …) or "unknown".
	Provider string `json:"provider"`
}

// Hit is one sentence relevant to a topic.
type Hit struct {
	Clause string `json:"clause"`
	// Parent is the clause's parent ID; Anchor the clause that makes this
	// one about the topic (itself, or the ancestor naming the topic).
	Parent  string `json:"parent"`
	Anchor  string `json:"anchor"`
	Page    int    `json:"page"`
	Heading string `json:"heading"`
	Kind    string `json:"kind"`
	Quote   string `json:"quote"`
	// Term is the topic term found ("" when the sentence is only an element
	// sentence inside a clause about the topic).
	Term string `json:"term"`
	// Polarity of the term: affirmed, negated or permitted.
	Polarity string `json:"polarity"`
	// Party permitted or bound before the term: vendor, customer or "".
	Party string `json:"party"`
	// Binding is false for recitals, preamble, "discuss in good faith".
	Binding    bool   `json:"binding"`
	Nonbinding string `json:"nonbinding"` // recital | preamble | definition | good_faith | ""
	// Omitted: the clause is "[Intentionally Omitted]" / "Reserved".
	Omitted bool `json:"omitted"`
	// Elements addressed by the sentence; NegatedElements those of them
	// under a negation ("no per-import fee": fee).
	Elements        []string `json:"elements"`
	NegatedElements []string `json:"negated_elements"`
	// AffirmedElements are Elements minus NegatedElements.
	AffirmedElements []string `json:"affirmed_elements"`
	// PermittedElements are those of Elements only permitted to the vendor
	// ("AWS may issue a service credit": credits), not promised.
	PermittedElements []string `json:"permitted_elements"`
	Facts             HitFacts `json:"facts"`
	Scope             Scope    `json:"scope"`
	// MissingRefs are cross-references of the sentence to sections that
	// are not in the draft: such a sentence satisfies nothing.
	MissingRefs []string `json:"missing_refs"`
	// SupersededBy is the clause that overrides this one ("" if effective);
	// Basis says why (amendment, precedence, later part).
	SupersededBy string `json:"superseded_by"`
	// AmendedFrom is the clause whose amended text the sentence is (the
	// hit is cited as the amending clause, ranked as the clause amended).
	AmendedFrom string `json:"amended_from"`
	Basis       string `json:"basis"`
	// Exception: the term is carved out of a negated term of the same
	// sentence ("will not use prompts to train, except as required to
	// improve service quality"): its polarity is then permitted.
	Exception bool `json:"exception"`
	// Hypothetical: the term follows "even if" and grants nothing ("…
	// non-cancellable, so you are charged even if you terminate").
	Hypothetical bool `json:"hypothetical"`
	// Usable: binding, not omitted, not superseded, no missing reference —
	// the hit can support a verdict.
	Usable bool `json:"usable"`
}

// HitFacts are the typed values in the sentence.
type HitFacts struct {
	Percent []float64 `json:"percent"`
	Days    []float64 `json:"days"`
	Money   []Money   `json:"money"`
	Dates   []string  `json:"dates"`
}

// Money is a money fact.
type Money struct {
	Value    float64 `json:"value"`
	Currency string  `json:"currency"`
	Unit     string  `json:"unit"`
	Period   string  `json:"period"`
}

// Scope says what the sentence (or, failing that, its headings) is about.
type Scope struct {
	Provisioned  bool `json:"provisioned"`
	OnDemand     bool `json:"on_demand"`
	Bedrock      bool `json:"bedrock"`
	OtherService bool `json:"other_service"`
}

type sentence struct {
	text  string
	start int // byte offset in clause text
}

// Analyze turns a document into the policy input.
func Analyze(doc *document.Document, rs *rules.Rules, thresholds map[string]float64) *Input {
	in := &Input{
		Document:   DocInfo{Path: doc.Path, Provider: provider(doc, rs)},
		Thresholds: thresholds,
		Topics:     make(map[string][]Hit, len(rs.Topics())),
	}
	for _, t := range rs.Topics() {
		in.Topics[t.ID] = []Hit{}
	}
	byID := make(map[string]*document.Clause, len(doc.Clauses))
	for i := range doc.Clauses {
		byID[doc.Clauses[i].ID] = &doc.Clauses[i]
	}
	prec := precedenceOf(doc, rs, byID)
	about := map[string]map[string]string{}
	for _, t := range rs.Topics() {
		about[t.ID] = map[string]string{}
	}
	dc := &docContext{rs: rs, byID: byID, about: about, bedrock: bedrockAliases(doc, rs)}
	for i := range doc.Clauses {
		dc.analyzeClause(&doc.Clauses[i], "", in)
	}
	for _, a := range amendedClauses(prec, byID) {
		n := map[string]int{}
		for id, hits := range in.Topics {
			n[id] = len(hits)
		}
		dc.analyzeClause(a.clause, a.note, in)
		for id, hits := range in.Topics {
			for i := n[id]; i < len(hits); i++ {
				hits[i].AmendedFrom = a.target
			}
		}
	}
	applyPrecedence(in, prec)
	for _, hits := range in.Topics {
		for i := range hits {
			h := &hits[i]
			h.Usable = h.Binding && !h.Omitted && h.SupersededBy == "" && len(h.MissingRefs) == 0
			h.AffirmedElements = []string{}
			for _, e := range h.Elements {
				if !slices.Contains(h.NegatedElements, e) {
					h.AffirmedElements = append(h.AffirmedElements, e)
				}
			}
		}
	}
	return in
}

func provider(doc *document.Document, rs *rules.Rules) string {
	var aws, other int
	for i := range doc.Clauses {
		c := &doc.Clauses[i]
		t := c.Heading + "\n" + c.Text
		aws += len(rs.Scope("bedrock").Find(t)) + len(rs.Scope("aws").Find(t))
		other += len(rs.Scope("other_provider").Find(t))
	}
	switch {
	case aws > 0 && aws >= other:
		return "bedrock"
	case other > 0:
		return "other"
	}
	return "unknown"
}

// headings returns the clause heading and those of its ancestors.
func headings(c *document.Clause, byID map[string]*document.Clause) string {
	var parts []string
	seen := map[string]bool{}
	for p := c; p != nil && !seen[p.ID]; p = byID[p.ParentID] {
		seen[p.ID] = true
		if p.Heading != "" {
			parts = append(parts, p.Heading)
		}
		if p.Kind == document.KindPart && p.Number != "" {
			parts = append(parts, p.Number)
		}
		if p.ParentID == "" {
			break
		}
	}
	return strings.Join(parts, " / ")
}

// analyzeClause adds the clause's sentences to the topics they are about.
// A sentence is a hit when it contains a topic term, or when it names an
// element of the topic inside a clause about the topic (a clause with a
// term, a topical heading, or a sub-clause of such a clause).
func (dc *docContext) analyzeClause(c *document.Clause, note string, in *Input) {
	rs, byID, about := dc.rs, dc.byID, dc.about
	text := c.Text
	heading := c.Heading
	hd := headings(c, byID)
	omitted := isOmitted(stripHeading(text, heading), rs)
	sents := splitSentences(text)
	facts := clauseFacts(c)
	leadNegated := negatedLeadIn(byID[c.ParentID], rs)
	nonbindingKind := ""
	if c.Kind == document.KindRecital || c.Kind == document.KindPreamble {
		nonbindingKind = c.Kind
	}
	for _, t := range rs.Topics() {
		headTopic := heading != "" && t.Terms.Match(heading) && !t.Not.Match(heading)
		if omitted {
			if headTopic {
				in.Topics[t.ID] = append(in.Topics[t.ID], Hit{
					Clause: c.ID, Parent: c.ParentID, Anchor: c.ID, Page: c.Page, Heading: heading, Kind: c.Kind,
					Quote: quote(joinHeading(heading, text)), Polarity: "affirmed",
					Omitted: true, Elements: []string{}, NegatedElements: []string{}, PermittedElements: []string{}, MissingRefs: []string{},
					Facts: emptyFacts(),
				})
			}
			continue
		}
		type cand struct {
			s     sentence
			terms []rules.Span
		}
		var cands []cand
		anchor := c.ID
		clauseHasTerm := headTopic
		if a, ok := about[t.ID][c.ParentID]; ok && c.ParentID != "" {
			clauseHasTerm, anchor = true, a
		}
		for _, s := range sents {
			spans := termSpans(t, s.text)
			if len(spans) > 0 {
				clauseHasTerm = true
				anchor = c.ID
			}
			cands = append(cands, cand{s, spans})
		}
		if !clauseHasTerm {
			continue
		}
		about[t.ID][c.ID] = anchor
		for _, cd := range cands {
			els, neg, perm := elementsOf(t, cd.s.text, rs)
			if len(cd.terms) == 0 && len(els) == 0 {
				continue
			}
			base := Hit{
				Clause: c.ID, Parent: c.ParentID, Anchor: anchor, Page: c.Page, Heading: heading, Kind: c.Kind,
				Quote:    note + quote(cd.s.text),
				Binding:  true,
				Elements: els, NegatedElements: neg, PermittedElements: perm,
				Facts:       factsIn(facts, cd.s),
				Scope:       dc.scopeOf(cd.s.text, hd),
				MissingRefs: missingRefs(c, cd.s),
			}
			if rs.Cue("placeholder").Match(cd.s.text) {
				// "Token counting: TBD": named, nothing stated — as omitted.
				base.Omitted = true
			}
			if nonbindingKind != "" {
				base.Binding, base.Nonbinding = false, nonbindingKind
			} else if definitionRe.MatchString(cd.s.text) {
				// "“Customer Claim” means …": a definition grants nothing.
				base.Binding, base.Nonbinding = false, "definition"
			} else if rs.Cue("nonbinding").Match(cd.s.text) {
				base.Binding, base.Nonbinding = false, "good_faith"
			}
			if len(cd.terms) == 0 {
				base.Polarity = "affirmed"
				if headTopic {
					// The heading names the topic: the sentence is about it.
					base.Term = heading
					if sp := firstElementSpan(t, cd.s.text); sp != nil {
						base.Polarity, base.Party = polarity(cd.s.text, *sp, rs)
					}
				}
				in.Topics[t.ID] = append(in.Topics[t.ID], base)
				continue
			}
			seen := map[string]bool{}
			prevPol, prevParty, prevEnd := "", "", 0
			for _, sp := range cd.terms {
				pol, party := polarity(cd.s.text, sp, rs)
				exception := false
				// "will not use X to train …, except as required to
				// improve …": the exception permits what was negated.
				if pol == "affirmed" && prevPol == "negated" && rs.Cue("exception").Match(cd.s.text[prevEnd:sp.Start]) {
					pol, exception = "permitted", true
					if prevParty != "" {
						party = prevParty
					}
				}
				// "will not use X to train, fine-tune or improve": a term
				// coordinated with a negated one shares its negation.
				if pol == "affirmed" && prevPol == "negated" && !rs.Cue("boundary").Match(cd.s.text[prevEnd:sp.Start]) {
					pol = "negated"
				}
				// "AWS shall not: (a) use prompts … to train": a list item
				// shares the negation of its lead-in.
				if pol == "affirmed" && leadNegated && !rs.Cue("boundary").Match(cd.s.text[:sp.Start]) {
					pol = "negated"
				}
				if !exception {
					prevPol, prevParty, prevEnd = pol, party, sp.End
				}
				key := pol + "/" + party
				if seen[key] {
					continue
				}
				seen[key] = true
				h := base
				h.Term = cd.s.text[sp.Start:sp.End]
				h.Polarity, h.Party, h.Exception = pol, party, exception
				h.Hypothetical = rs.Cue("concessive").Match(cd.s.text[lastWordsStart(cd.s.text[:sp.Start], 6):sp.Start])
				in.Topics[t.ID] = append(in.Topics[t.ID], h)
			}
		}
	}
}

// negatedLeadIn reports whether a parent clause ends in a negated lead-in
// to a list ("AWS shall not:").
func negatedLeadIn(p *document.Clause, rs *rules.Rules) bool {
	if p == nil {
		return false
	}
	t := strings.TrimSpace(p.Text)
	if !strings.HasSuffix(t, ":") && !strings.HasSuffix(t, "—") && !strings.HasSuffix(t, "-") {
		return false
	}
	tail := t[lastWordsStart(t, 8):]
	tail = blank(tail, rs.Cue("not_negation").Find(tail))
	return rs.Cue("lead_in_negation").Match(tail)
}

func firstElementSpan(t *rules.Topic, s string) *rules.Span {
	var best *rules.Span
	for _, name := range t.ElementNames {
		for _, sp := range t.Elements[name].Find(s) {
			if best == nil || sp.Start < best.Start {
				sp := sp
				best = &sp
			}
		}
	}
	return best
}

func emptyFacts() HitFacts {
	return HitFacts{Percent: []float64{}, Days: []float64{}, Money: []Money{}, Dates: []string{}}
}

func termSpans(t *rules.Topic, s string) []rules.Span {
	spans := t.Terms.Find(s)
	if len(spans) == 0 {
		return nil
	}
	nots := t.Not.Find(s)
	if len(nots) == 0 {
		return spans
	}
	var out []rules.Span
	for _, sp := range spans {
		inside := false
		for _, n := range nots {
			if sp.Start < n.End && n.Start < sp.End {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, sp)
		}
	}
	return out
}

func elementsOf(t *rules.Topic, s string, rs *rules.Rules) (els, neg, perm []string) {
	els, neg, perm = []string{}, []string{}, []string{}
	all := make(map[string][]rules.Span, len(t.ElementNames))
	for _, name := range t.ElementNames {
		all[name] = t.Elements[name].Find(s)
	}
	for _, name := range t.ElementNames {
		// A match inside a longer match of another element is part of
		// that one: "Enterprise Discount Program" is the EDP, no discount.
		var spans []rules.Span
		for _, sp := range all[name] {
			if !insideOther(sp, name, all) {
				spans = append(spans, sp)
			}
		}
		if len(spans) == 0 {
			continue
		}
		els = append(els, name)
		allNeg, allPerm := true, true
		for _, sp := range spans {
			p, party := polarity(s, sp, rs)
			if p != "negated" {
				allNeg = false
			}
			if p != "permitted" || party == "customer" {
				allPerm = false
			}
		}
		if allNeg {
			neg = append(neg, name)
		}
		if allPerm {
			perm = append(perm, name)
		}
	}
	return els, neg, perm
}

func insideOther(sp rules.Span, name string, all map[string][]rules.Span) bool {
	for other, spans := range all {
		if other == name {
			continue
		}
		for _, o := range spans {
			if o.Start <= sp.Start && sp.End <= o.End && o.End-o.Start > sp.End-sp.Start {
				return true
			}
		}
	}
	return false
}

// polarity classifies a match: negated when a negation occurs in the few
// words before it (or inside it: "non-cancellable") after the last
// boundary word; permitted when a permission does; affirmed otherwise. The
// party is the last party named before the permission or the match.
func polarity(s string, sp rules.Span, rs *rules.Rules) (pol, party string) {
	start := 0
	// A boundary may run into the term ("…, and keeps them in the Region").
	for _, b := range rs.Cue("boundary").Find(s[:sp.End]) {
		if b.Start < sp.Start {
			start = min(b.End, sp.Start)
		}
	}
	if i := strings.LastIndexByte(s[start:sp.Start], ';'); i >= 0 {
		start += i + 1
	}
	// ", Customer receives …": a comma then a party starts a new clause.
	for i := sp.Start - 1; i > start; i-- {
		if s[i] == ',' {
			// ", and Customer's charges will …" too: a conjunction then a party.
			rest := strings.TrimLeft(s[i+1:sp.Start], " ")
			for _, conj := range []string{"and ", "but ", "or ", "while "} {
				rest = strings.TrimPrefix(rest, conj)
			}
			rest = strings.TrimPrefix(rest, "the ")
			if p := rs.Party("vendor").Find(rest); len(p) > 0 && p[0].Start == 0 {
				start = i + 1
				break
			}
			if p := rs.Party("customer").Find(rest); len(p) > 0 && p[0].Start == 0 {
				start = i + 1
				break
			}
		}
	}
	// A negation reaches back twenty words ("We do not use Content that you
	// provide … to develop or improve"), a permission twelve.
	win := s[start:sp.Start]
	if idx := lastWordsStart(win, 20); idx > 0 {
		start += idx
		win = win[idx:]
	}
	permStart := start
	if idx := lastWordsStart(win, 12); idx > 0 {
		permStart = start + idx
	}
	scope := s[start:sp.End]
	scope = blank(scope, rs.Cue("not_negation").Find(scope))
	term := s[max(0, sp.Start-4):sp.End]
	term = blank(term, rs.Cue("not_negation").Find(term))
	// "noncancellable": a term written as one negative word.
	glued := strings.HasPrefix(strings.ToLower(s[sp.Start:sp.End]), "non")
	if rs.Cue("negation").Match(scope) || rs.Cue("negation_in_term").Match(term) || glued {
		return "negated", partyBefore(s, start, sp.Start, rs)
	}
	if perms := rs.Cue("permission").Find(s[permStart:sp.Start]); len(perms) > 0 {
		return "permitted", partyBefore(s, 0, permStart+perms[len(perms)-1].Start, rs)
	}
	return "affirmed", partyBefore(s, 0, sp.Start, rs)
}

// partyBefore returns the last party named in s[from:to].
func partyBefore(s string, from, to int, rs *rules.Rules) string {
	if from < 0 {
		from = 0
	}
	if from > to {
		from = to
	}
	seg := s[from:to]
	v := rs.Party("vendor").Find(seg)
	c := rs.Party("customer").Find(seg)
	switch {
	case len(v) == 0 && len(c) == 0:
		return ""
	case len(c) == 0:
		return "vendor"
	case len(v) == 0:
		return "customer"
	case v[len(v)-1].Start > c[len(c)-1].Start:
		return "vendor"
	}
	return "customer"
}

func lastWordsStart(s string, n int) int {
	count := 0
	inWord := false
	for i := len(s) - 1; i >= 0; i-- {
		space := s[i] == ' ' || s[i] == '\n' || s[i] == '\t'
		if !space && !inWord {
			inWord = true
		}
		if space && inWord {
			inWord = false
			count++
			if count == n {
				return i + 1
			}
		}
	}
	return 0
}

func blank(s string, spans []rules.Span) string {
	if len(spans) == 0 {
		return s
	}
	b := []byte(s)
	for _, sp := range spans {
		for i := sp.Start; i < sp.End; i++ {
			b[i] = ' '
		}
	}
	return string(b)
}

// docContext is what the analysis of one clause needs of the whole draft.
type docContext struct {
	rs    *rules.Rules
	byID  map[string]*document.Clause
	about map[string]map[string]string
	// bedrock matches the terms the draft defines as Amazon Bedrock
	// ("Services" means Amazon Bedrock …); nil when there are none.
	bedrock *regexp.Regexp
}

func (dc *docContext) isBedrock(s string) bool {
	return dc.rs.Scope("bedrock").Match(s) || (dc.bedrock != nil && dc.bedrock.MatchString(s))
}

func (dc *docContext) scopeOf(s, headings string) Scope {
	rs := dc.rs
	sc := Scope{
		Provisioned: provisionedIn(s, rs),
		OnDemand:    rs.Scope("on_demand").Match(s),
		Bedrock:     dc.isBedrock(s),
	}
	if !sc.Provisioned && !sc.OnDemand {
		sc.Provisioned = provisionedIn(headings, rs)
		sc.OnDemand = rs.Scope("on_demand").Match(headings)
	}
	if !sc.Bedrock {
		sc.Bedrock = dc.isBedrock(headings)
	}
	sc.OtherService = rs.Scope("other_service").Match(s) && !sc.Provisioned && !rs.Scope("bedrock").Match(s)
	return sc
}

var wsRe = regexp.MustCompile(`\s+`)

// definitionRe recognises a definition sentence: a quoted term, then
// "means" / "shall mean" / "has the meaning".
var definitionRe = regexp.MustCompile(`^[\W\d]*["“'‘*]+[^"”'’]{1,80}["”'’*]+[^.]{0,60}?\b(?:means|shall mean|has the meaning|refers to)\b`)

func quote(s string) string {
	s = strings.TrimSpace(wsRe.ReplaceAllString(s, " "))
	const max = 400
	if len(s) > max {
		cut := max
		for cut > 0 && !isRuneStart(s[cut]) {
			cut--
		}
		s = s[:cut] + "…"
	}
	return s
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

func joinHeading(h, t string) string {
	if h == "" || strings.HasPrefix(strings.TrimSpace(t), h) {
		return t
	}
	return h + ". " + t
}

// stripHeading removes a leading copy of the heading (and the label) from
// clause text, so "Token Counting. [Intentionally Omitted]" is seen as omitted.
func stripHeading(text, heading string) string {
	t := strings.TrimSpace(text)
	t = labelRe.ReplaceAllString(t, "")
	if heading != "" && strings.HasPrefix(strings.ToLower(t), strings.ToLower(heading)) {
		t = t[len(heading):]
	}
	return strings.TrimSpace(t)
}

var labelRe = regexp.MustCompile(`^(?:§\s*)?(?:\(?[0-9A-Za-z]{1,4}[.)]?)+(?:\.[0-9]+)*\.?\s+`)

var omitTrim = regexp.MustCompile(`^[\s\[\(\*_.:—–-]+|[\s\]\)\*_.:—–-]+$`)

func isOmitted(text string, rs *rules.Rules) bool {
	t := omitTrim.ReplaceAllString(text, "")
	if t == "" || len(t) > 40 {
		return false
	}
	spans := rs.Cue("omitted").Find(t)
	return len(spans) == 1 && spans[0].Start == 0 && spans[0].End == len(t)
}

// splitSentences splits clause text at sentence ends and blank lines.
func splitSentences(text string) []sentence {
	var out []sentence
	start := 0
	emit := func(end int) {
		s := text[start:end]
		trimmed := strings.TrimSpace(s)
		if trimmed != "" {
			off := start + strings.Index(s, trimmed)
			out = append(out, sentence{text: trimmed, start: off})
		}
		start = end
	}
	for i := 0; i < len(text); i++ {
		ch := text[i]
		if ch == '\n' && i+1 < len(text) {
			j := i + 1
			for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
				j++
			}
			if j < len(text) && text[j] == '\n' {
				emit(i)
				continue
			}
		}
		if ch != '.' && ch != '?' && ch != '!' {
			continue
		}
		// Followed by space then a capital, digit, quote or bracket.
		j := i + 1
		for j < len(text) && (text[j] == '"' || text[j] == '\'' || text[j] == ')') {
			j++
		}
		if j >= len(text) || (text[j] != ' ' && text[j] != '\n' && text[j] != '\t') {
			continue
		}
		k := j
		for k < len(text) && (text[k] == ' ' || text[k] == '\n' || text[k] == '\t') {
			k++
		}
		if k >= len(text) {
			continue
		}
		nx := text[k]
		if !(nx >= 'A' && nx <= 'Z') && !(nx >= '0' && nx <= '9') && nx != '(' && nx != '"' && nx != '[' && nx != 0xE2 {
			continue
		}
		if ch == '.' && abbrevBefore(text[:i]) {
			continue
		}
		emit(j)
	}
	emit(len(text))
	return out
}

var abbrevs = map[string]bool{"e.g": true, "i.e": true, "etc": true, "no": true, "inc": true, "ltd": true,
	"sec": true, "u.s": true, "vs": true, "approx": true, "co": true, "corp": true, "art": true, "para": true,
	"cl": true, "mr": true, "ms": true, "dr": true, "st": true, "p": true, "pp": true, "llc": true, "s.a": true}

func abbrevBefore(s string) bool {
	i := len(s)
	for i > 0 && s[i-1] != ' ' && s[i-1] != '\n' && s[i-1] != '(' {
		i--
	}
	w := strings.ToLower(s[i:])
	if abbrevs[w] {
		return true
	}
	// A single capital ("A.") or a clause number ("4.2.").
	if len(w) == 1 {
		return true
	}
	if _, err := strconv.ParseFloat(w, 64); err == nil {
		return true
	}
	return false
}

// clauseFact is a fact located in the clause text.
type clauseFact struct {
	f   document.Fact
	rel int
}

func clauseFacts(c *document.Clause) []clauseFact {
	facts := c.Facts
	if len(facts) == 0 {
		facts = scanFacts(c.Text)
		out := make([]clauseFact, len(facts))
		for i, f := range facts {
			out[i] = clauseFact{f, f.Offset}
		}
		return out
	}
	var out []clauseFact
	from := map[string]int{}
	for _, f := range facts {
		rel := f.Offset - c.Start
		if rel < 0 || rel >= len(c.Text) || !strings.HasPrefix(c.Text[rel:], f.Text) {
			idx := strings.Index(c.Text[min(from[f.Text], len(c.Text)):], f.Text)
			if idx < 0 {
				rel = -1
			} else {
				rel = from[f.Text] + idx
				from[f.Text] = rel + len(f.Text)
			}
		}
		out = append(out, clauseFact{f, rel})
	}
	return out
}

func factsIn(facts []clauseFact, s sentence) HitFacts {
	out := emptyFacts()
	for _, cf := range facts {
		if cf.rel < s.start || cf.rel >= s.start+len(s.text) {
			continue
		}
		f := cf.f
		switch f.Kind {
		case document.FactPercent:
			out.Percent = append(out.Percent, f.Value)
		case document.FactDuration:
			out.Days = append(out.Days, f.Value)
		case document.FactMoney:
			out.Money = append(out.Money, Money{Value: f.Value, Currency: f.Currency, Unit: f.Unit, Period: f.Period})
		case document.FactDate:
			out.Dates = append(out.Dates, f.Date)
		}
	}
	return out
}

// scanFacts reads percentages, durations and money when the extractor gave
// the clause no facts (hand-built documents, older extractors). It is a
// fallback, deliberately small: the extractor owns fact reading.
var (
	pctRe   = regexp.MustCompile(`(\d+(?:\.\d+)?)\s*(?:%|per ?cent\b)`)
	durRe   = regexp.MustCompile(`(?i)(?:\((\d+)\)|\b(\d+))\s*(?:calendar\s+|business\s+)?(day|month|year)s?\b`)
	moneyRe = regexp.MustCompile(`(?i)(?:USD|US\$|\$)\s?(\d[\d,]*(?:\.\d+)?)\s*(million|m|billion|bn|k)?\b`)
	perRe   = regexp.MustCompile(`(?i)^\s*(?:per|each|a|/)\s*(year|annum|month)`)
)

func scanFacts(text string) []document.Fact {
	var out []document.Fact
	for _, m := range pctRe.FindAllStringSubmatchIndex(text, -1) {
		v, _ := strconv.ParseFloat(text[m[2]:m[3]], 64)
		out = append(out, document.Fact{Kind: document.FactPercent, Text: text[m[0]:m[1]], Offset: m[0], Value: v})
	}
	for _, m := range durRe.FindAllStringSubmatchIndex(text, -1) {
		num := ""
		if m[2] >= 0 {
			num = text[m[2]:m[3]]
		} else {
			num = text[m[4]:m[5]]
		}
		v, _ := strconv.ParseFloat(num, 64)
		switch strings.ToLower(text[m[6]:m[7]]) {
		case "month":
			v *= 30
		case "year":
			v *= 365
		}
		out = append(out, document.Fact{Kind: document.FactDuration, Text: text[m[0]:m[1]], Offset: m[0], Value: v})
	}
	for _, m := range moneyRe.FindAllStringSubmatchIndex(text, -1) {
		v, err := strconv.ParseFloat(strings.ReplaceAll(text[m[2]:m[3]], ",", ""), 64)
		if err != nil {
			continue
		}
		if m[4] >= 0 {
			switch strings.ToLower(text[m[4]:m[5]]) {
			case "million", "m":
				v *= 1e6
			case "billion", "bn":
				v *= 1e9
			case "k":
				v *= 1e3
			}
		}
		f := document.Fact{Kind: document.FactMoney, Text: text[m[0]:m[1]], Offset: m[0], Value: math.Round(v*100) / 100, Currency: "USD"}
		if p := perRe.FindStringSubmatch(text[m[1]:]); p != nil {
			f.Period = strings.ToLower(p[1])
			if f.Period == "annum" {
				f.Period = "year"
			}
		}
		out = append(out, f)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Offset < out[j].Offset })
	return out
}

// labelLike reports whether the text after a reference that opens a
// sentence reads as a clause body ("Section 6.1 Customer may …") rather
// than a statement about the section ("Section 6.1 is deleted").
func labelLike(rest string) bool {
	rest = strings.TrimLeft(rest, " .:")
	if rest == "" || rest[0] < 'A' || rest[0] > 'Z' {
		return false
	}
	return true
}

func missingRefs(c *document.Clause, s sentence) []string {
	out := []string{}
	for _, r := range c.Refs {
		if !r.Missing {
			continue
		}
		// "excluded from this Section 3" in clause 3.2: the section the
		// clause belongs to is in the draft, whatever its heading looks like.
		if r.Target != "" && (strings.HasPrefix(c.Number, r.Target+".") || strings.HasPrefix(c.ID, r.Target+".")) {
			continue
		}
		rel := r.Offset - c.Start
		inside := rel >= s.start && rel < s.start+len(s.text)
		if !inside && (rel < 0 || rel >= len(c.Text)) {
			inside = r.Text != "" && strings.Contains(s.text, r.Text)
		}
		// "Section 6.1 Customer may import …": a label the extractor did
		// not take for one, not a reference.
		if inside && strings.HasPrefix(s.text, r.Text) && labelLike(s.text[len(r.Text):]) {
			continue
		}
		if inside {
			out = append(out, r.Target)
		}
	}
	return out
}

// provisionedIn reports whether s names provisioned capacity that is not
// another service's ("Amazon DynamoDB Reserved Capacity" is DynamoDB's).
func provisionedIn(s string, rs *rules.Rules) bool {
	others := rs.Scope("other_service").Find(s)
	for _, p := range rs.Scope("provisioned").Find(s) {
		owned := false
		for _, o := range others {
			if o.End <= p.Start && strings.TrimSpace(s[o.End:p.Start]) == "" {
				owned = true
			}
		}
		if !owned {
			return true
		}
	}
	return false
}

// Definitions that make a defined term mean Amazon Bedrock: ""Services"
// means Amazon Bedrock and …" or "Amazon Bedrock (the "Services")".
var (
	meansRe  = regexp.MustCompile(`["“]([A-Z][^"“”]{0,60})["”]\s+(?:means|shall mean|refers to)\s+(?:the\s+)?`)
	parenDef = regexp.MustCompile(`\((?:together|collectively|each)?,?\s*(?:the\s+)?["“]([A-Z][^"“”]{0,60})["”]\)`)
)

// bedrockAliases returns a case-sensitive matcher of the terms the draft
// defines as Amazon Bedrock, or nil.
func bedrockAliases(doc *document.Document, rs *rules.Rules) *regexp.Regexp {
	br := rs.Scope("bedrock")
	var names []string
	for i := range doc.Clauses {
		t := doc.Clauses[i].Text
		for _, m := range meansRe.FindAllStringSubmatchIndex(t, -1) {
			// The definition must start with Bedrock: "Customer Content"
			// means data submitted to Amazon Bedrock is not Bedrock.
			if sp := br.Find(t[m[1]:min(len(t), m[1]+40)]); len(sp) > 0 && sp[0].Start == 0 {
				names = append(names, t[m[2]:m[3]])
			}
		}
		for _, m := range parenDef.FindAllStringSubmatchIndex(t, -1) {
			before := strings.TrimRight(t[max(0, m[0]-40):m[0]], " ")
			if sp := br.Find(before); len(sp) > 0 && sp[len(sp)-1].End == len(before) {
				names = append(names, t[m[2]:m[3]])
			}
		}
	}
	if len(names) == 0 {
		return nil
	}
	sort.Strings(names)
	names = slices.Compact(names)
	for i := range names {
		names[i] = regexp.QuoteMeta(names[i])
	}
	return regexp.MustCompile(`\b(?:` + strings.Join(names, "|") + `)\b`)
}
