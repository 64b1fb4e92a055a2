package interpret

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/clausecheck/clausecheck/rules"
)

// Role says where in a sentence a concept was read.
type Role string

// Roles. Main is the statement's own predicate and object; Subject its
// grammatical subject; Condition, Exception and Proviso the subordinate
// parts attached to it ("if …", "except …", "provided that …");
// Concessive a hypothesis ("even if …"); Other the predicate of another
// statement of the same sentence.
const (
	RoleMain       Role = "main"
	RoleSubject    Role = "subject"
	RoleCondition  Role = "condition"
	RoleException  Role = "exception"
	RoleProviso    Role = "proviso"
	RoleConcessive Role = "concessive"
	RoleOther      Role = "other"
)

// Modalities of a statement.
const (
	Obligation    = "obligation"     // shall, will, must, agrees to
	Permission    = "permission"     // may, is entitled to, has the right to
	NonObligation = "non_obligation" // is not required to, need not
	Declarative   = "declarative"    // is, are, applies (a statement of fact binds in a contract)
)

// Actors.
const (
	Vendor   = "vendor"
	Customer = "customer"
	Both     = "both"
)

// Occ is one concept read in a sentence.
type Occ struct {
	Concept string
	Tok     int // first token
	End     int // one past the last token
	Role    Role
	// Neg: the concept is negated where it stands ("will not use prompts",
	// "no import fee", "non-cancellable", "without notice").
	Neg bool
	// Paren: inside brackets ("(after removal of Customer's name)").
	Paren bool
	// Part is the index of the subordinate part it is in (-1 for the main
	// predicate), so concepts of one condition can be told apart from
	// those of another ("if A, or if B").
	Part int
	// Head: the concept is the statement's verb or its complement right
	// after the modal ("may not be cancelled", "are non-cancellable",
	// "will not use"), not an object further on.
	Head bool
	// Local: the negation is the concept's own ("no Customer Data",
	// "without notice", "non-cancellable"), not only the verb's.
	Local bool
	// Label: in a verbless label before a colon ("Use of Content to
	// Improve Services: We do not use …"): named, not asserted.
	Label bool
}

// Sub is a subordinate part of a sentence attached to a statement.
type Sub struct {
	Role       Role
	Start, End int // tokens
	// Joint: "both … and …", "each of": the events of the part must all
	// happen.
	Joint bool
	// Alt: the part is introduced as an alternative to the previous one
	// ("…, or if …").
	Alt bool
}

// parsed is the grammatical reading of one sentence.
type parsed struct {
	text  string
	toks  []rules.Token
	depth []int // bracket depth per token
	// matches resolved: concepts (after false friends), cues, parties
	concepts []match
	cues     map[string][]match
	parties  []match
	props    []*prop
}

type match struct {
	name       string
	start, end int
}

// prop is one statement: a main predicate with its subject, modality and
// the subordinate parts attached to it.
type prop struct {
	start, end   int // token span of its main chunks
	subjStart    int // start of the subject
	modalTok     int // token of the modal or verb (-1 none)
	actor        string
	modality     string
	negated      bool
	passive      bool
	restrictive  bool
	proviso      bool // a proviso with a predicate of its own
	subs         []Sub
	occs         []Occ
	mainChunks   [][2]int
	leadChunkEnd int
	barred       int // the "nothing … prevents" negation turned permission ends here (0 none)
	// procuredNo: 1 + the token of the "no" in "shall procure that no …",
	// read as the verb's negation (0 none)
	procuredNo int
	// refused: the predicate is a rejection ("A per-import fee was a
	// non-starter", "the credit was declined"): its subject was asked
	// for and refused, no term
	refused bool
}

// reader reads sentences with a vocabulary.
type reader struct {
	rs  *rules.Rules
	lex *rules.Lexicon
	ids struct {
		concept map[int]string // list id → concept name
		not     map[int]string // list id → concept whose false friend it is
		cue     map[int]string
		party   map[int]string
	}
}

func newReader(rs *rules.Rules) *reader {
	r := &reader{rs: rs, lex: rs.Lexicon()}
	r.ids.concept, r.ids.not, r.ids.cue, r.ids.party = map[int]string{}, map[int]string{}, map[int]string{}, map[int]string{}
	for _, n := range r.lex.Names() {
		id := r.lex.ID(n)
		kind, name, _ := strings.Cut(n, ":")
		switch kind {
		case "concept":
			r.ids.concept[id] = name
		case "not":
			r.ids.not[id] = name
		case "cue":
			r.ids.cue[id] = name
		case "party":
			r.ids.party[id] = name
		}
	}
	return r
}

// scan tokenizes a sentence and resolves its phrase matches: a concept
// match covered by one of its false friends is dropped; within one list the
// leftmost longest match wins.
func (r *reader) scan(text string) *parsed {
	p := &parsed{text: text, toks: rules.Tokenize(text), cues: map[string][]match{}}
	p.depth = make([]int, len(p.toks))
	d := 0
	for i, t := range p.toks {
		if t.Kind == rules.Punct && (t.Lower == ")" || t.Lower == "]") && d > 0 {
			d--
		}
		p.depth[i] = d
		if t.Kind == rules.Punct && (t.Lower == "(" || t.Lower == "[") {
			d++
			p.depth[i] = d - 1
		}
	}
	all := r.lex.Scan(p.toks, text)
	nots := map[string][]match{}
	for _, m := range all {
		if c, ok := r.ids.not[m.List]; ok {
			nots[c] = append(nots[c], match{c, m.Start, m.End})
		}
	}
	lastEnd := map[int]int{}
	for _, m := range all {
		if e, ok := lastEnd[m.List]; ok && m.Start < e {
			continue // overlaps a longer or earlier match of the same list
		}
		switch {
		case r.ids.concept[m.List] != "":
			c := r.ids.concept[m.List]
			if covered(nots[c], m.Start, m.End) {
				continue
			}
			if c == "train" && p.trainingReceived(m.Start, m.End) {
				continue
			}
			lastEnd[m.List] = m.End
			p.concepts = append(p.concepts, match{c, m.Start, m.End})
		case r.ids.cue[m.List] != "":
			c := r.ids.cue[m.List]
			if c == "negation" && p.numberAbbrev(m.Start) {
				continue // "Amendment No. 1", "No 4": a number, no negation
			}
			lastEnd[m.List] = m.End
			p.cues[c] = append(p.cues[c], match{c, m.Start, m.End})
		case r.ids.party[m.List] != "":
			lastEnd[m.List] = m.End
			p.parties = append(p.parties, match{r.ids.party[m.List], m.Start, m.End})
		}
	}
	// Negations that are limits ("no later than") are no negations; nor
	// is a comparison split by its object ("you'll pay no more for the
	// successor model than you paid for the retired one")
	p.cues["not_negation"] = append(p.cues["not_negation"], p.splitComparisons()...)
	p.cues["negation"] = minus(p.cues["negation"], p.cues["not_negation"])
	p.negatedAgreement()
	return p
}

// splitComparisons finds "no more … than", "not higher … than": a
// negation with a comparative after it and "than" a few words on, in the
// same clause.
func (p *parsed) splitComparisons() []match {
	var out []match
	for _, m := range p.cues["negation"] {
		if w := p.word(m.start); w != "no" && w != "not" || m.end >= len(p.toks) {
			continue
		}
		switch p.word(m.end) {
		case "more", "less", "higher", "greater", "lower", "fewer", "later", "earlier", "longer", "shorter":
		default:
			continue
		}
		for k := m.end + 1; k < len(p.toks) && k <= m.end+12; k++ {
			if p.toks[k].Kind == rules.Punct {
				break
			}
			if p.word(k) == "than" {
				out = append(out, match{"not_negation", m.start, m.end + 1})
				break
			}
		}
	}
	return out
}

// negatedAgreement reads an agreement cue that a negation governs ("the
// parties did not agree how …", "has not yet been agreed") as a refusal:
// what it names is unsettled, not agreed.
func (p *parsed) negatedAgreement() {
	agreed := p.cues["agreed"][:0:0]
	for _, a := range p.cues["agreed"] {
		i := a.start - 1
		for i >= 0 && agreementFiller[p.toks[i].Lower] {
			i--
		}
		neg := -1
		for _, n := range p.cues["negation"] {
			if n.end == i+1 && i >= 0 {
				neg = n.start
			}
		}
		if neg < 0 {
			agreed = append(agreed, a)
			continue
		}
		if !overlaps(p.cues["rejected"], neg, a.end) {
			p.cues["rejected"] = append(p.cues["rejected"], match{"rejected", neg, a.end})
		}
	}
	if len(agreed) < len(p.cues["agreed"]) {
		p.cues["agreed"] = agreed
		slices.SortFunc(p.cues["rejected"], func(a, b match) int { return a.start - b.start })
	}
}

// agreementFiller: the words that may stand between a negation and the
// agreement it negates ("not yet been formally agreed").
var agreementFiller = map[string]bool{"yet": true, "been": true, "be": true, "formally": true, "finally": true, "fully": true, "expressly": true}

// trainingReceived: the noun "training" at s:e is what people receive
// ("members of its personnel … have followed training in data protection":
// after a verb of receiving, a few words before it), no use of data to
// train a model. (What fine-tuning is billed by, "training charges",
// "training tokens", the vocabulary's "not" phrases set apart.)
func (p *parsed) trainingReceived(s, e int) bool {
	if e-s != 1 || p.toks[s].Lower != "training" {
		return false
	}
	for i := s - 1; i >= 0 && i >= s-3; i-- {
		w := p.toks[i].Lower
		if receiveVerb[w] {
			return true
		}
		if !trainingAdjective[w] {
			break
		}
	}
	return false
}

var (
	receiveVerb = map[string]bool{"followed": true, "follow": true, "received": true, "receive": true, "completed": true,
		"complete": true, "undergone": true, "undergo": true, "underwent": true, "attended": true, "attend": true, "undertaken": true}
	trainingAdjective = map[string]bool{"appropriate": true, "adequate": true, "regular": true, "specific": true, "annual": true,
		"suitable": true, "relevant": true, "mandatory": true, "the": true, "a": true, "an": true, "any": true, "such": true}
)

func covered(ms []match, s, e int) bool {
	for _, m := range ms {
		if m.start <= s && e <= m.end {
			return true
		}
	}
	return false
}

func overlaps(ms []match, s, e int) bool {
	for _, m := range ms {
		if m.start < e && s < m.end {
			return true
		}
	}
	return false
}

func minus(a, b []match) []match {
	var out []match
	for _, m := range a {
		if !overlaps(b, m.start, m.end) {
			out = append(out, m)
		}
	}
	return out
}

// cueAt returns the cue of the given list starting at token i, if any.
func (p *parsed) cueAt(list string, i int) (match, bool) {
	for _, m := range p.cues[list] {
		if m.start == i {
			return m, true
		}
	}
	return match{}, false
}

func (p *parsed) cueIn(list string, s, e int) bool {
	for _, m := range p.cues[list] {
		if m.start >= s && m.end <= e {
			return true
		}
	}
	return false
}

func (p *parsed) word(i int) string {
	if i < 0 || i >= len(p.toks) {
		return ""
	}
	return p.toks[i].Lower
}

// chunk is a piece of a sentence between boundaries.
type chunk struct {
	start, end int
	role       Role // "" for a plain chunk
	verb       bool
	alt        bool // starts with "or"
	lead       bool // ends with ":" (a lead-in)
	clause     bool // opens with a subject and its verb (splitLeadingCondition)
}

// conditions whose words start a condition only at the head of a chunk
// ("the Region where data is stored" is no condition).
var headOnly = map[string]bool{"where": true, "when": true, "upon": true, "on": true, "following": true, "once": true,
	"should": true, "after": true, "on the occurrence": true, "other": true, "excluding": true, "apart": true,
	"but": true}

var auxiliaries = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true,
	"has": true, "have": true, "does": true, "do": true, "did": true, "shall": true, "will": true, "may": true,
	"must": true, "can": true, "cannot": true, "could": true, "would": true, "should": true, "might": true,
	"won't": true, "applies": true, "includes": true, "means": true, "charges": true, "receives": true,
	"grants": true, "agrees": true, "commits": true, "undertakes": true, "acknowledges": true, "warrants": true,
	"retains": true, "uses": true, "stores": true, "processes": true, "trains": true, "prevails": true,
	"governs": true, "counts": true, "draws": true, "bears": true, "pays": true, "covers": true, "provides": true,
	"offers": true, "gives": true, "keeps": true, "remains": true, "expires": true, "ends": true, "runs": true,
	"lasts": true, "continues": true, "accrues": true, "exceeds": true, "reduces": true, "becomes": true,
	"constitutes": true, "represents": true, "excludes": true, "permits": true, "allows": true, "prohibits": true,
	"requires": true, "entitles": true, "limits": true, "survives": true, "lapses": true, "gets": true,
	"needs": true, "owes": true, "flexes": true, "confirms": true, "sells": true, "bills": true, "honours": true,
	"honors": true, "promises": true, "guarantees": true, "covenants": true, "reserves": true, "waives": true,
	"issues": true, "treats": true, "sends": true, "moves": true, "transfers": true, "cancels": true,
	"terminates": true, "imports": true, "isn't": true, "aren't": true, "doesn't": true, "don't": true,
	"shan't": true, "can't": true, "stays": true, "resides": true, "operates": true, "handles": true, "owns": true,
	"benefits": true, "drops": true, "forms": true, "applies,": true, "amounts": true, "equals": true, "falls": true,
	"sits": true, "belongs": true, "decreases": true, "increases": true, "renews": true, "matches": true}

// parse splits a sentence into statements.
func (r *reader) parse(text string, hook func(*parsed)) *parsed {
	p := r.scan(text)
	if hook != nil {
		hook(p)
	}
	chunks := p.chunks()
	p.assemble(chunks)
	for _, pr := range p.props {
		p.readProp(pr)
	}
	p.placeOccs()
	return p
}

// chunks splits the sentence at top-level commas, semicolons, colons and
// dashes, and before a condition, exception, proviso or concessive cue.
// taxWords: the taxes an amount is stated without ("excluding VAT").
var taxWords = map[string]bool{"vat": true, "gst": true, "hst": true, "tax": true, "taxes": true, "iva": true, "tva": true, "mwst": true, "ust": true, "sst": true}

func (p *parsed) chunks() []chunk {
	n := len(p.toks)
	if n == 0 {
		return nil
	}
	// subordinator cues at depth 0, with their roles
	subAt := map[int]Role{}
	subEnd := map[int]int{}
	for list, role := range map[string]Role{"condition": RoleCondition, "exception": RoleException, "proviso": RoleProviso, "concessive": RoleConcessive} {
		for _, m := range p.cues[list] {
			if p.depth[m.start] > 0 {
				continue
			}
			if role == RoleException && m.end < n && taxWords[p.toks[m.end].Lower] {
				continue // "1 250 000,00 € excluding VAT": the amount's tax, no exception
			}
			if prev, ok := subAt[m.start]; ok && subEnd[m.start] >= m.end && prev != "" {
				continue
			}
			subAt[m.start] = role
			subEnd[m.start] = m.end
		}
	}
	var out []chunk
	start := 0
	cut := func(end int) {
		if end > start {
			out = append(out, chunk{start: start, end: end})
		}
		start = end
	}
	inCue := -1
	lastCueEnd := -1
	for i := 0; i < n; i++ {
		t := p.toks[i]
		if e, ok := subEnd[i]; ok && i == lastCueEnd {
			// "except to the extent", "unless and until": one cue goes on
			inCue, lastCueEnd = e, e
			continue
		}
		if e, ok := subEnd[i]; ok && i > start {
			// a cue starts a new chunk where it stands at the head of a
			// clause: after a boundary, a conjunction or at any point for
			// the unambiguous ones ("if", "unless", "except").
			w := p.word(i)
			// "… on 60 days' notice where the model is deprecated": a
			// condition, unless "where" follows a place ("the Region where")
			headed := !headOnly[w] || p.isHead(i, start) || (w == "where" || w == "when") && !placeNoun[p.word(i-1)]
			if headed {
				cut(i)
			}
			inCue, lastCueEnd = e, e
		} else if _, ok := subEnd[i]; ok {
			inCue, lastCueEnd = subEnd[i], subEnd[i]
		}
		if i < inCue {
			continue
		}
		if w := p.word(i); (w == "and" || w == "but") && p.depth[i] == 0 && i > start && p.coordinateClause(i, start) {
			// "The Commitment is allocated as follows and amounts may not
			// be moved": a second clause with its own subject and modal
			cut(i)
		}
		if t.Kind == rules.Punct && p.depth[i] == 0 {
			switch t.Lower {
			case ",", ";", ":", "—":
				cut(i)
				start = i + 1
				if t.Lower == ":" && len(out) > 0 {
					out[len(out)-1].lead = true
				}
			}
		}
	}
	cut(n)
	if len(out) > 0 {
		out = p.splitLeadingCondition(out, subAt, subEnd)
	}
	for k := range out {
		c := &out[k]
		s := c.start
		for s < c.end && (p.word(s) == "and" || p.word(s) == "or" || p.word(s) == "but" || p.word(s) == "and/or") {
			if p.word(s) == "or" {
				c.alt = true
			}
			s++
		}
		if role, ok := subAt[s]; ok {
			if !headOnly[p.word(s)] || p.isHead(s, c.start) || s == c.start || (p.word(s) == "where" || p.word(s) == "when") && !placeNoun[p.word(s-1)] {
				c.role = role
			}
		}
		// "only if", "only where": a condition
		if c.role == "" && p.word(s) == "only" {
			if role, ok := subAt[s+1]; ok && role == RoleCondition {
				c.role = role
			}
		}
		// after the first chunk a new clause needs a modal or an auxiliary,
		// not a word that may be a noun ("request counts"); a relative
		// clause ("which does not include …") qualifies what precedes it
		if k == 0 {
			c.verb = p.hasVerb(c.start, c.end)
		} else {
			c.verb = c.clause || p.hasModal(c.start, c.end) || p.hasAux(c.start, c.end) || p.partyVerb(s, c.end) || p.pronounVerb(s, c.end)
			// "…, model weights which Customer has derived from …": a noun
			// with a relative clause, the object of the clause before it;
			// the verb is the relative clause's own
			if r := p.relativeAt(s+1, c.end); c.verb && r > s && !p.hasModal(c.start, r) && !p.hasAux(c.start, r) && !p.partyVerb(s, r) && !p.pronounVerb(s, r) {
				c.verb = false
			}
		}
		switch p.word(s) {
		case "that":
			// "Customer acknowledges that …, and that AWS may deprecate
			// any model at any time": a second clause the verb before
			// takes, with its own subject and modal; a bare "that" opens
			// a relative clause
			if s == c.start || !p.hasModal(s, c.end) || !p.assentBefore(s) {
				c.verb = false
			}
		case "which", "who", "whose", "whom", "including", "such", "namely", "being":
			c.verb = false
		case "each", "either", "any", "all", "both", "one", "none", "some":
			// "each of which shall be sufficient": a relative clause
			if p.word(s+1) == "of" && (p.word(s+2) == "which" || p.word(s+2) == "whom") {
				c.verb = false
			}
		}
	}
	return out
}

// assentBefore: before token i, a verb of assent takes a clause ("The
// Customer acknowledges that …", "Customer agrees that …"), which a second
// "and that …" continues.
func (p *parsed) assentBefore(i int) bool {
	for k := 0; k+1 < i; k++ {
		if p.depth[k] == 0 && assentVerbs[p.word(k)] && p.word(k+1) == "that" {
			return true
		}
	}
	return false
}

// assentVerbs: the verbs by which a party accepts what a clause says.
var assentVerbs = map[string]bool{"acknowledges": true, "acknowledge": true, "agrees": true, "agree": true,
	"accepts": true, "accept": true, "confirms": true, "confirm": true, "understands": true, "understand": true,
	"recognises": true, "recognise": true, "recognizes": true, "recognize": true}

// splitLeadingCondition ends a sentence's opening condition where the main
// clause's subject and verb begin, when no comma marks it ("After each
// Sunset Event you get a Migration Credit"): at a party or pronoun that
// follows a noun, is followed by a verb, and after which the chunk has no
// verb of its own ("If the model you use is deprecated" stays whole).
func (p *parsed) splitLeadingCondition(out []chunk, subAt map[int]Role, subEnd map[int]int) []chunk {
	c := out[0]
	if subAt[c.start] != RoleCondition {
		return out
	}
	from := subEnd[c.start]
	for i := from + 1; i < c.end-1; i++ {
		if p.depth[i] > 0 {
			continue
		}
		subject := false
		switch p.word(i) {
		case "we", "you", "they":
			subject = true
		default:
			for _, m := range p.parties {
				if m.start == i && !p.modifier(m) {
					subject = true
				}
			}
		}
		if !subject {
			continue
		}
		prev, next := p.toks[i-1], p.toks[i+1]
		if prev.Kind != rules.Word || notVerbAfterPronoun[prev.Lower] || next.Kind != rules.Word ||
			notVerbAfterPronoun[next.Lower] && !verbAfterPronoun[next.Lower] || p.hasVerb(from, i) {
			continue
		}
		later := false
		for j := i + 2; j < c.end; j++ {
			if p.depth[j] == 0 && (trueAux[p.word(j)] || p.isModalAt(j)) {
				later = true
			}
		}
		if later {
			return out
		}
		return append([]chunk{{start: c.start, end: i}, {start: i, end: c.end, clause: true}}, out[1:]...)
	}
	return out
}

// sentenceEnd: the stop at i ends a sentence (stopEnds, a capital after
// it; a number after it is read as a figure here).
func (p *parsed) sentenceEnd(i int) bool { return stopEnds(p.toks, p.text, i, false) }

// stopEnds: token i of toks (read from text) is a stop that ends a
// sentence: a word of two letters or more before it, a space and a
// capital or an item's label ("(b)") after it, or, with numbers, a clause
// number ("6.2 The Service Provider …").
func stopEnds(toks []rules.Token, text string, i int, numbers bool) bool {
	if i == 0 || i+1 >= len(toks) || toks[i].Kind != rules.Punct || toks[i].Lower != "." && toks[i].Lower != "?" && toks[i].Lower != "!" ||
		toks[i-1].Kind != rules.Word || len(toks[i-1].Lower) < 2 {
		return false
	}
	next := toks[i+1]
	if toks[i].End == next.Start {
		return false // "e.g.", "1.5": no space after the stop
	}
	if next.Lower == "(" && i+3 < len(toks) && toks[i+2].Kind == rules.Word && len(toks[i+2].Lower) <= 3 && toks[i+3].Lower == ")" {
		return true // "… any foundation model. (b) AWS will host …": the next item
	}
	if next.Kind != rules.Word {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[next.Start:])
	return unicode.IsUpper(r) || numbers && unicode.IsDigit(r) && !abbrevBefore(text[:toks[i].Start])
}

// numberAbbrev: the token i is "No" abbreviating "number": a capital N,
// and a number after it, with or without a period ("Amendment No. 1",
// "Order Form No 4").
func (p *parsed) numberAbbrev(i int) bool {
	if p.word(i) != "no" || p.text[p.toks[i].Start] != 'N' {
		return false
	}
	j := i + 1
	if p.word(j) == "." {
		j++
	}
	if j >= len(p.toks) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(p.text[p.toks[j].Start:])
	return unicode.IsDigit(r)
}

// sentenceEndIn: a sentence ends between tokens s and e.
func (p *parsed) sentenceEndIn(s, e int) bool {
	for i := max(s, 0); i < e; i++ {
		if p.depth[i] == 0 && p.sentenceEnd(i) {
			return true
		}
	}
	return false
}

// coordinateClause: the conjunction at i joins a second clause with a
// subject of its own (a word or a few, no verb) and a modal, to a first
// clause that has its verb.
func (p *parsed) coordinateClause(i, start int) bool {
	if !p.hasVerb(start, i) {
		return false
	}
	for j := i + 2; j <= i+5 && j < len(p.toks); j++ {
		t := p.toks[j-1]
		if t.Kind != rules.Word || trueAux[t.Lower] || t.Lower == "to" || t.Lower == "not" {
			return false
		}
		if p.isModalAt(j) {
			return true
		}
	}
	return false
}

// trueAux: the auxiliary verbs proper.
var trueAux = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "has": true, "have": true,
	"had": true, "does": true, "do": true, "did": true, "will": true, "shall": true, "may": true, "must": true, "can": true,
	"could": true, "would": true, "should": true}

// hasAux reports an auxiliary verb at bracket depth 0 ("is", "are", "does").
func (p *parsed) hasAux(s, e int) bool {
	for i := s; i < e; i++ {
		if p.depth[i] > 0 {
			continue
		}
		switch p.word(i) {
		case "is", "are", "was", "were", "has", "have", "does", "do", "did", "isn't", "aren't", "doesn't", "don't":
			return true
		}
	}
	return false
}

// isHead reports whether token i begins a clause: the first token of the
// chunk, or after a conjunction that does.
func (p *parsed) isHead(i, chunkStart int) bool {
	j := i - 1
	for j >= chunkStart && (p.word(j) == "and" || p.word(j) == "or" || p.word(j) == "but" || p.word(j) == "only" || p.word(j) == "and/or") {
		j--
	}
	return j < chunkStart || p.toks[j].Kind == rules.Punct
}

// partyInfinitive finds a term sheet's "AWS not to use …", "Customer to
// share …" in the span: the index of the "to" or "not" after the party, -1
// if none.
func (p *parsed) partyInfinitive(s, e int) int {
	for _, m := range p.parties {
		if m.start < s || m.end >= e || p.depth[m.start] > 0 || p.modifier(m) {
			continue
		}
		j := m.end
		if p.word(j) == "to" && j+1 < e || p.word(j) == "not" && p.word(j+1) == "to" && j+2 < e {
			return j
		}
	}
	return -1
}

func (p *parsed) hasVerb(s, e int) bool {
	if p.partyInfinitive(s, e) >= 0 {
		return true
	}
	for i := s; i < e; i++ {
		if p.depth[i] > 0 {
			continue
		}
		if auxiliaries[p.word(i)] && p.finiteAt(i) {
			return true
		}
		if barVerbs[p.word(i)] && strings.HasSuffix(p.word(i), "s") && i > s {
			return true // "Nothing in this Agreement prevents X from …"
		}
		if grantVerbs[p.word(i)] && i > s && negativeQuantifier[p.word(s)] {
			return true // "Nothing in this SOW entitles the Government to …"
		}
	}
	for _, l := range []string{"obligation", "permission", "non_obligation"} {
		for _, m := range p.cues[l] {
			if m.start >= s && m.end <= e && p.depth[m.start] == 0 {
				return true
			}
		}
	}
	return false
}

// assemble groups chunks into statements: a plain chunk with a verb starts
// a statement; a chunk without one continues what precedes it; a
// subordinate chunk attaches to the statement before it, or, at the head
// of the sentence, to the one after it.
func (p *parsed) assemble(chunks []chunk) {
	var cur *prop
	var pending []Sub // subordinate parts before the first statement
	var lead [][2]int // verbless chunks before the first statement
	role := Role("")  // role of the run of chunks in progress
	var curSub *Sub
	// provisoProp: the statement of its own that the proviso in progress
	// makes ("provided that AWS may use Content, including prompts, to
	// improve the Service"): it runs as far as the proviso does
	var provisoProp *prop
	extendSub := func(c chunk) {
		curSub.End = c.end
		if provisoProp != nil {
			provisoProp.end = c.end
			provisoProp.mainChunks = append(provisoProp.mainChunks, [2]int{c.start, c.end})
		}
	}
	// addSub adds a subordinate part to the statement in progress, or to
	// those pending before the first, and makes it the one in progress
	addSub := func(s Sub) {
		if cur == nil {
			pending = append(pending, s)
			curSub = &pending[len(pending)-1]
		} else {
			cur.subs = append(cur.subs, s)
			curSub = &cur.subs[len(cur.subs)-1]
		}
	}
	prevLead := false
	// dangling: a statement whose verb phrase ends at its modal ("AWS
	// shall not, and shall cause each provider not to, use …"): the verb
	// phrase after the interposed clause completes it too
	var dangling *prop
	leadLabel := false // the verbless chunks before the first statement end with a colon
	for _, c := range chunks {
		afterLead := prevLead
		prevLead = c.lead
		if afterLead && c.role == "" {
			// an item after a lead-in: the lead's condition goes on ("in
			// either of the following cases: (a) …"), or the lead's verb
			// takes the item as its object ("AWS shall not: (a) use …")
			if role == RoleConcessive && curSub != nil {
				// "…, provided that one of the following events has
				// occurred, … whether or not the other has also occurred:
				// (a) the model has been deprecated": a concessive ends at
				// the colon; the item goes on with the condition or
				// proviso before it, else with the main clause
				role, curSub = "", nil
				subs := pending
				if cur != nil {
					subs = cur.subs
				}
				for k := len(subs) - 1; k >= 0; k-- {
					if subs[k].Role != RoleConcessive {
						role = subs[k].Role
						break
					}
				}
				if role != "" {
					addSub(Sub{Role: role, Start: c.start, End: c.end, Alt: c.alt})
					continue
				}
			}
			if role != "" && curSub != nil {
				extendSub(c)
				continue
			}
			if cur != nil && p.leadEndsInVerb(cur) {
				cur.mainChunks = append(cur.mainChunks, [2]int{c.start, c.end})
				cur.end = c.end
				continue
			}
		}
		switch {
		case c.role != "":
			provisoProp = nil
			s := Sub{Role: c.role, Start: c.start, End: c.end, Alt: c.alt}
			s.Joint = p.cueIn("joint", c.start, c.end) && !p.cueIn("several", c.start, c.end)
			// "… for its term and, save as provided in 6.2, may not be
			// cancelled": a part set off after "and" belongs to the clause
			// that follows it
			if w := p.word(c.start - 1); c.start >= 2 && p.word(c.start-1) == "," {
				w = p.word(c.start - 2)
				if (w == "and" || w == "or" || w == "but") && cur != nil {
					pending = append(pending, s)
					curSub = &pending[len(pending)-1]
					role = c.role
					continue
				}
			}
			addSub(s)
			role = c.role
			if c.role == RoleProviso && p.ownClause(c.start, c.end) {
				// "provided that AWS may use …": also a statement of its own
				np := &prop{start: c.start, end: c.end, proviso: true, mainChunks: [][2]int{{c.start, c.end}}}
				p.props = append(p.props, np)
				provisoProp = np
			}
		case c.verb && (role == "" || !p.continuesSub(c, curSub)):
			if cur != nil && dangling == nil && p.endsAtModal(cur.end) {
				dangling = cur
			}
			cur = &prop{start: c.start, end: c.end, mainChunks: [][2]int{{c.start, c.end}}}
			if len(p.props) == 0 || (len(pending) > 0 && lead == nil) {
				cur.subs = append(cur.subs, pending...)
				pending = nil
			}
			for _, l := range lead {
				cur.mainChunks = append(cur.mainChunks, l)
				if l[0] < cur.start {
					cur.start = l[0]
				}
			}
			if len(lead) > 0 && leadLabel {
				cur.leadChunkEnd = lead[len(lead)-1][1]
			}
			lead = nil
			p.props = append(p.props, cur)
			role = ""
			curSub = nil
			provisoProp = nil
		default:
			// no verb: continues the run in progress
			switch {
			case role != "" && curSub != nil && cur == nil && negativeQuantifier[p.word(c.start)]:
				// "Save as provided in this Article, no credit, refund or
				// compensation shall be payable": after the opening
				// exception, "no credit" begins the main clause's subject
				lead = append(lead, [2]int{c.start, c.end})
				leadLabel = c.lead
				role, curSub = "", nil
			case role != "" && curSub != nil:
				extendSub(c)
			case cur != nil:
				cur.mainChunks = append(cur.mainChunks, [2]int{c.start, c.end})
				cur.end = c.end
				if dangling != nil && dangling != cur {
					dangling.mainChunks = append(dangling.mainChunks, [2]int{c.start, c.end})
					dangling = nil
				}
			default:
				lead = append(lead, [2]int{c.start, c.end})
				leadLabel = c.lead
			}
		}
	}
	if cur == nil {
		// no verb anywhere: a heading, a table row, a fragment. One
		// declarative statement over the whole sentence.
		cur = &prop{start: 0, end: len(p.toks), mainChunks: [][2]int{{0, len(p.toks)}}}
		cur.subs = pending
		p.props = append(p.props, cur)
	} else if len(pending) > 0 {
		p.props[0].subs = append(p.props[0].subs, pending...)
	}
}

// negativeQuantifier: the words that open a denied subject ("no credit",
// "neither party").
var negativeQuantifier = map[string]bool{"no": true, "neither": true, "none": true, "nothing": true}

// endsAtModal: the tokens before end are a modal, maybe negated, with no
// verb after it ("AWS shall not", "Customer may").
func (p *parsed) endsAtModal(end int) bool {
	i := end - 1
	if i >= 0 && (p.word(i) == "not" || p.word(i) == "never") {
		i--
	}
	if i < 0 {
		return false
	}
	switch p.word(i) {
	case "shall", "will", "must", "may", "can", "cannot", "won't", "shan't", "should":
		return true
	}
	return false
}

// continuesSub reports whether a chunk with a verb still belongs to the
// subordinate part before it: "if the model is deprecated, withdrawn or
// changed" has verbs in every piece, but no new subject with a modal.
func (p *parsed) continuesSub(c chunk, s *Sub) bool {
	if s == nil || c.clause {
		return false
	}
	// "…, or its pricing is materially changed": a chunk joined by a
	// conjunction continues the condition unless it has a modal of its own
	if w := p.word(c.start); w == "or" || w == "and" || w == "and/or" {
		return !p.hasModal(c.start, c.end)
	}
	// "…, save as provided in 6.2, may not be cancelled": a predicate
	// opening with its modal
	if p.isModalAt(c.start) {
		return false
	}
	if s.Start > 0 && auxiliaries[p.word(c.start)] && p.finiteAt(c.start) {
		// "Each PT commitment, whether or not drawn from the credit, is
		// non-cancellable": the predicate of the subject the part broke
		// off from
		return false
	}
	// "If availability falls below 99.9%, Customer receives a credit": a
	// clause of its own after the condition is the main statement
	// ("…, the Customer obtains a reduction"): a party and its verb too
	return !p.ownClause(c.start, c.end) && !p.partyVerb(c.start, c.end)
}

func (p *parsed) hasModal(s, e int) bool {
	for _, l := range []string{"obligation", "permission", "non_obligation"} {
		for _, m := range p.cues[l] {
			if w := p.word(m.start); w == "at" || w == "in" {
				// "…, at any time at its discretion and without prior
				// notice": an adverb of the verb before, no verb of its own
				continue
			}
			if m.start >= s && m.end <= e && p.depth[m.start] == 0 {
				return true
			}
		}
	}
	return false
}

// ownClause reports whether the tokens hold a subject followed by a modal
// or auxiliary verb of their own ("AWS may use …", "Customer will …").
func (p *parsed) ownClause(s, e int) bool {
	for i := s; i < e && i < s+12; i++ {
		if p.depth[i] > 0 {
			continue
		}
		w := p.word(i)
		if i > s && (auxiliaries[w] && p.finiteAt(i) || p.isModalAt(i)) {
			return true
		}
	}
	return false
}

func (p *parsed) isModalAt(i int) bool {
	for _, l := range []string{"obligation", "permission", "non_obligation"} {
		if _, ok := p.cueAt(l, i); ok {
			return true
		}
	}
	return false
}

// readProp finds the subject, actor, modality and negation of a statement.
func (p *parsed) readProp(pr *prop) {
	pr.modalTok = -1
	first := pr.mainChunks[0]
	for _, ch := range pr.mainChunks {
		if ch[0] < first[0] {
			first = ch
		}
	}
	// the main chunk holding the verb
	var verbChunk [2]int
	found := false
	// (not a relative clause between commas, when a chunk after it has a
	// verb: "For Global deployments, which Harrowgate will use for its
	// batch workload, Microsoft may process prompts … in any region")
	for _, relOK := range []bool{false, true} {
		for _, ch := range sortedChunks(pr.mainChunks) {
			if !relOK && relativeWords[p.word(ch[0])] {
				continue
			}
			if p.hasVerb(ch[0], ch[1]) {
				verbChunk, found = ch, true
				break
			}
		}
		if found {
			break
		}
	}
	if !found {
		pr.modality = Declarative
		pr.actor = ""
		pr.subjStart = first[0]
		// a verbless proposition (a row's "Infrastructure charges only")
		// is restricted wherever its cue stands
		pr.restrictive = p.cueIn("restrictive", first[0], pr.end)
		return
	}
	// modality: the earliest modal cue of the verb chunk, the longest of
	// those starting there ("shall be entitled to" is a permission)
	best, bestLen := -1, 0
	for _, l := range []string{"obligation", "permission", "non_obligation"} {
		for _, m := range p.cues[l] {
			if m.start < verbChunk[0] || m.end > verbChunk[1] || p.depth[m.start] > 0 {
				continue
			}
			if m.start > verbChunk[0] && (p.word(m.start-1) == "who" || p.word(m.start-1) == "which") {
				// "AWS personnel who may access Customer data receive …":
				// the modal of a relative clause, not of the sentence
				continue
			}
			if best < 0 || m.start < best || (m.start == best && m.end-m.start > bestLen) {
				best, bestLen = m.start, m.end-m.start
				pr.modality = map[string]string{"obligation": Obligation, "permission": Permission, "non_obligation": NonObligation}[l]
			}
		}
	}
	if best < 0 {
		pr.modality = Declarative
		for i := verbChunk[0]; i < verbChunk[1]; i++ {
			if p.depth[i] == 0 && auxiliaries[p.word(i)] && p.finiteAt(i) {
				best = i
				break
			}
		}
	}
	if best < 0 {
		// a term sheet's infinitive: "AWS not to use prompts for training",
		// "Customer to share its quotation": an obligation of the party
		if j := p.partyInfinitive(verbChunk[0], verbChunk[1]); j >= 0 {
			pr.modality = Obligation
			best = j
		}
	}
	if best < 0 {
		// "Nothing in this Agreement prevents X from …": a bar verb is a verb
		for i := verbChunk[0]; i < min(verbChunk[1], verbChunk[0]+8); i++ {
			if p.depth[i] == 0 && barVerbs[p.word(i)] && strings.HasSuffix(p.word(i), "s") {
				best = i - 1
				break
			}
		}
	}
	if best < 0 {
		// "Nothing in this SOW entitles the Government to a credit": a verb
		// that grants or requires, after a subject the loop below reads for
		// a negative quantifier
		for i := verbChunk[0] + 1; i < min(verbChunk[1], verbChunk[0]+10); i++ {
			if p.depth[i] == 0 && grantVerbs[p.word(i)] && negativeQuantifier[p.word(verbChunk[0])] {
				best = i
				break
			}
		}
	}
	if best < 0 {
		// no verb the reader knows: the subject is the party the chunk opens with
		best = verbChunk[0]
		for i := verbChunk[0]; i < min(verbChunk[1], verbChunk[0]+4); i++ {
			if a := p.partyAt(i); a != "" {
				best = i + 1
				break
			}
		}
	}
	pr.modalTok = best
	// subject: back from the verb to the start of the clause (a "that",
	// "which", "who" or "whereby" begins an embedded clause)
	s := verbChunk[0]
	for i := best - 1; i >= verbChunk[0]; i-- {
		w := p.word(i)
		if w == "that" || w == "which" || w == "who" || w == "whereby" || w == "whom" || w == "whether" {
			s = i + 1
			break
		}
	}
	if best >= 0 && first[0] < verbChunk[0] && p.subjectEmpty(s, best) {
		// "Nothing you send to a model, and nothing it sends back, will be
		// used …": the subject is the verbless lead before the verb's chunk
		s = first[0]
	}
	pr.subjStart = s
	pr.actor = p.actorIn(s, best)
	if pr.actor == "" && best >= 0 && p.subjectEmpty(s, best) {
		// "…, and will keep them in the Region": the subject of the
		// statement before goes on
		for i, q := range p.props {
			if q == pr && i > 0 {
				pr.actor = p.props[i-1].actor
			}
		}
	}
	// negation of the verb
	for i := best; i < min(best+4, verbChunk[1]); i++ {
		if i < 0 {
			break
		}
		w := p.word(i)
		switch w {
		case "not", "never", "cannot", "won't", "can't", "shan't", "isn't", "aren't", "doesn't", "don't", "neither", "nor":
			if !p.inNotNegation(i) && pr.modality != NonObligation {
				pr.negated = true
			}
			// "may not refuse to apply the credit", "shall not fail to
			// notify": a negated verb of refusal is a duty to do it
			if j := i + 1; j < len(p.toks) && refusalVerb[p.word(j)] && j+1 < len(p.toks) && (p.word(j+1) == "to" || p.word(j+1) == "the" || p.word(j+1) == "any") {
				pr.negated = false
				if pr.modality == Permission {
					pr.modality = Obligation
				}
				i = j
			}
		}
	}
	if best >= 2 && !pr.negated && (p.word(best-1) == "not" || p.word(best-1) == "never" || p.word(best-1) == "no") && beOrHave[p.word(best-2)] && !p.inNotNegation(best-1) {
		// "Customer is not entitled to any service credit", "has no right
		// to cancel": the negation splits the modal's phrase ("is
		// entitled to"), and what is left of it ("entitled to") follows
		// the "not"
		pr.negated = true
	}
	if pr.modality == NonObligation {
		pr.negated = false
	}
	if pr.modality == Obligation && best >= 0 && !pr.negated {
		// "shall procure that no model provider uses any Prompt … to train":
		// a duty to bring about that nobody acts is a duty not to act
		for i := best + 1; i < min(best+6, verbChunk[1]); i++ {
			if procureVerb[p.word(i)] {
				j := i + 1
				if j < len(p.toks) && p.word(j) == "that" {
					j++
				}
				if j < len(p.toks) && negativeQuantifier[p.word(j)] {
					pr.negated, pr.procuredNo = true, j+1
				}
				break
			}
		}
	}
	// a negative subject: "No fee", "Nothing in this Addendum", "Neither AWS nor …"
	for i := s; i < best && i >= 0; i++ {
		if p.numberAbbrev(i) {
			continue // "(As amended by Amendment No. 1.) The commitment …"
		}
		switch p.word(i) {
		case "no", "nothing", "neither", "none", "nobody":
			if !p.inNotNegation(i) {
				pr.negated = true
			}
		}
		if p.depth[i] == 0 && (p.word(i) == "no" || p.word(i) == "neither" || p.word(i) == "nothing" || p.word(i) == "none") {
			break
		}
	}
	// passive: "be used by AWS", "are retained"
	for i := best; i >= 0 && i < min(best+5, verbChunk[1]); i++ {
		w := p.word(i)
		if w == "be" || w == "been" || w == "being" || ((w == "is" || w == "are") && i == best) {
			if i+1 < len(p.toks) && isParticiple(p.word(i+1)) || (i+2 < len(p.toks) && p.word(i+1) == "not" && isParticiple(p.word(i+2))) {
				pr.passive = true
			}
		}
	}
	if pr.passive {
		// the agent: "may be used by AWS" (not "the Regions selected by
		// Customer"); it is the actor even where the subject names a party
		// ("Nothing you send will be used by us")
		agent := false
		for i := best; i >= 0 && i+1 < min(best+7, len(p.toks)); i++ {
			if p.word(i) == "by" && p.depth[i] == 0 {
				if a := p.partyAt(i + 1); a != "" {
					pr.actor, agent = a, true
				} else if p.word(i+1) == "us" {
					pr.actor, agent = p.partyName(i+1), true // "used by us"
				}
				break
			}
			if p.toks[i].Kind == rules.Punct {
				break
			}
		}
		// "Kestrel prompts and completions are not used to train models":
		// the subject is the data, the party only says whose; no one is
		// named as acting
		if !agent && pr.actor != "" && p.dataSubject(pr.subjStart, best) {
			pr.actor = ""
		}
	}
	// "Nothing … permits AWS to …": the party after the verb
	if pr.actor == "" && pr.negated {
		for i := best; i < min(best+4, verbChunk[1]); i++ {
			if a := p.partyAt(i); a != "" && (p.word(i+1) == "to" || p.word(i+1) == "from") {
				pr.actor = a
			}
		}
	}
	// "AWS shall not be relieved of its obligation to issue the credit": a
	// denied release keeps the duty
	if pr.negated && best >= 0 {
		for i := best + 1; i < min(best+5, verbChunk[1]); i++ {
			if releaseVerbs[p.word(i)] && (p.word(i+1) == "of" || p.word(i+1) == "from") {
				pr.negated = false
				pr.barred = i + 1
				break
			}
		}
	}
	// "Nothing shall prevent Customer from cancelling": a denied bar is a
	// permission of the party it would have barred
	if pr.negated && best >= 0 {
		for i := best + 1; i < min(best+5, verbChunk[1]); i++ {
			if barVerbs[p.word(i)] {
				// the party barred may be several words: "restrict AWS or
				// its affiliates from using …"
				for j := i + 1; j < min(i+9, verbChunk[1]); j++ {
					if p.word(j) == "from" {
						if a := p.actorIn(i+1, j); a != "" {
							pr.actor = a
						}
						pr.negated, pr.modality = false, Permission
						pr.modalTok = j
						pr.barred = j
						break
					}
				}
				break
			}
		}
	}
	// "The Customer is not precluded from terminating …": a denied bar in
	// the passive is a permission of its subject
	if pr.negated && best >= 0 {
		for i := max(verbChunk[0], best-1); i < min(best+3, verbChunk[1]); i++ {
			if !barredVerbs[p.word(i)] || i == 0 || !auxiliaries[p.word(i-1)] && p.word(i-1) != "not" {
				continue
			}
			if j := i + 1; j < len(p.toks) && p.word(j) == "from" {
				pr.negated, pr.modality = false, Permission
				pr.modalTok = j
				pr.barred = j
			}
			break
		}
	}
	pr.restrictive = p.cueIn("restrictive", verbChunk[0], pr.end)
	pr.refused = p.refusedPredicate(verbChunk)
}

// copulas: forms of "be" a rejection follows as the predicate.
var copulas = map[string]bool{"is": true, "was": true, "are": true, "were": true, "been": true}

// refusedPredicate: the chunk's first verb is a form of "be" whose
// complement opens with a rejection ("was rejected", "was a
// non-starter", "has been withdrawn"), not a rejection in a condition
// or a modifier ("a model that is withdrawn" is a relative clause's).
func (p *parsed) refusedPredicate(ch [2]int) bool {
	for i := ch[0]; i < ch[1]; i++ {
		w := p.word(i)
		if w == "that" || w == "which" || w == "who" || w == "if" || w == "where" || w == "when" || w == "once" {
			return false
		}
		if !copulas[w] || p.depth[i] > 0 {
			continue
		}
		j := i + 1
		for j < ch[1] && (p.word(j) == "a" || p.word(j) == "an" || p.word(j) == "been") {
			j++
		}
		for _, m := range p.cues["rejected"] {
			if m.start == j {
				return true
			}
		}
		return false
	}
	return false
}

// relativeWords open a relative clause.
var relativeWords = map[string]bool{"which": true, "who": true, "whom": true, "whose": true}

// barredVerbs: the passive of barVerbs ("is not precluded from").
var barredVerbs = map[string]bool{"prevented": true, "precluded": true, "prohibited": true, "restricted": true,
	"barred": true, "stopped": true, "restrained": true, "impeded": true}

func sortedChunks(cs [][2]int) [][2]int {
	out := append([][2]int(nil), cs...)
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j][0] < out[j-1][0]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

func isParticiple(w string) bool {
	if len(w) < 4 {
		return false
	}
	switch w {
	case "made", "given", "taken", "held", "kept", "sent", "paid", "sold", "shown", "known", "built", "set", "put", "retained",
		"bound", "borne", "met", "done", "granted", "undertaken", "withdrawn", "chosen", "drawn", "brought", "read", "spent":
		return true
	}
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en")
}

func (p *parsed) inNotNegation(i int) bool {
	return overlaps(p.cues["not_negation"], i, i+1)
}

// actorIn returns the party that is the subject in tokens [s, e): the first
// party named at bracket depth 0 that is not a possessive ("Customer's
// data") or a modifier ("Customer Content", "AWS Region").
func (p *parsed) actorIn(s, e int) string {
	if e <= s {
		return ""
	}
	lw := map[string]bool{}
	for i := s; i < e; i++ {
		lw[p.word(i)] = true
	}
	if (lw["neither"] || lw["each"] || lw["both"]) && lw["party"] || lw["parties"] {
		return Both
	}
	var found []string
	for _, m := range p.parties {
		if m.start < s || m.end > e || p.depth[m.start] > 0 {
			continue
		}
		if p.modifier(m) {
			continue
		}
		// "by AWS" inside the subject ("use by AWS of …") names the actor
		found = append(found, m.name)
	}
	if len(found) == 0 {
		return ""
	}
	for _, f := range found[1:] {
		if f != found[0] {
			if lw["and"] && !lw["or"] {
				return Both
			}
		}
	}
	return found[0]
}

// dataSubject: the subject [s, e) names data (prompts, completions,
// content), which a passive verb is done to.
func (p *parsed) dataSubject(s, e int) bool {
	for _, c := range p.concepts {
		if c.start >= s && c.end <= e {
			switch c.name {
			case "prompts", "completions", "content", "data_generic":
				return true
			}
		}
	}
	return false
}

// modifier reports whether a party match is a possessive or a modifier
// rather than a party acting.
func (p *parsed) modifier(m match) bool {
	w := p.word(m.start)
	if w == "your" || w == "our" || w == "its" || w == "their" || w == "us" {
		return true
	}
	// "Customer's", "AWS’s"
	if m.end < len(p.toks) && p.toks[m.end].Joined && p.word(m.end) == "s" {
		return true
	}
	// a concept match covering the party: "Customer Content", "Amazon Bedrock"
	for _, c := range p.concepts {
		if c.start <= m.start && m.end <= c.end && c.end-c.start > m.end-m.start {
			return true
		}
	}
	// "AWS Region", "Customer Agreement": followed by a capitalised noun
	if m.end < len(p.toks) {
		t := p.toks[m.end]
		if t.Kind == rules.Word && !t.Joined && t.Start > 0 {
			nx := p.text[t.Start:t.End]
			if nx != "" && nx[0] >= 'A' && nx[0] <= 'Z' && !auxiliaries[t.Lower] && t.Lower != "and" && t.Lower != "or" && !p.isModalAt(m.end) {
				return true
			}
		}
	}
	return false
}

// partyName is the party a match at token i names, modifier or not.
func (p *parsed) partyName(i int) string {
	for _, m := range p.parties {
		if m.start == i {
			return m.name
		}
	}
	return ""
}

func (p *parsed) partyAt(i int) string {
	for _, m := range p.parties {
		if m.start == i && !p.modifier(m) {
			return m.name
		}
	}
	if p.word(i) == "the" {
		return p.partyAt(i + 1)
	}
	return ""
}

// placeOccs gives every concept its role and negation in each statement.
func (p *parsed) placeOccs() {
	for pi, pr := range p.props {
		for _, c := range p.concepts {
			o := Occ{Concept: c.name, Tok: c.start, End: c.end, Part: -1, Paren: p.depth[c.start] > 0}
			o.Role = RoleOther
			for si, s := range pr.subs {
				if c.start >= s.Start && c.start < s.End {
					o.Role, o.Part = s.Role, si
				}
			}
			if o.Role == RoleOther {
				for _, ch := range pr.mainChunks {
					if c.start >= ch[0] && c.start < ch[1] {
						o.Role = RoleMain
						if pr.modalTok >= 0 && c.start < pr.modalTok && c.start >= pr.subjStart {
							o.Role = RoleSubject
						}
					}
				}
			}
			if o.Role == RoleOther {
				continue
			}
			o.Neg = p.negatedAt(pr, o)
			o.Local = p.localNeg(pr, o)
			o.Head = o.Role == RoleMain && p.headOf(pr, c.start)
			o.Label = c.start < pr.leadChunkEnd
			pr.occs = append(pr.occs, o)
		}
		var prev *prop
		if pi > 0 {
			prev = p.props[pi-1]
		}
		p.resolveDataAnaphor(pr, prev)
	}
}

// dataConcepts: what a sentence can say is used, kept or moved.
var dataConcepts = map[string]bool{"prompts": true, "completions": true, "content": true, "data_generic": true}

// resolveDataAnaphor: a statement whose object is a pronoun ("… may
// retain completions for 30 days and … may use them to improve the
// models") speaks of the data the statement before it in the sentence
// named as its object: those concepts stand where the pronoun does.
func (p *parsed) resolveDataAnaphor(pr, prev *prop) {
	if pr.modalTok < 0 || slices.ContainsFunc(pr.occs, func(o Occ) bool {
		return dataConcepts[o.Concept] && (o.Role == RoleMain || o.Role == RoleSubject)
	}) {
		return
	}
	at := -1
	for _, ch := range pr.mainChunks {
		for i := max(ch[0], pr.modalTok+1); i < ch[1] && at < 0; i++ {
			if w := p.word(i); (w == "them" || w == "it") && p.depth[i] == 0 {
				at = i
			}
		}
	}
	if at < 0 {
		return
	}
	// the data named before it: in the statement's own condition ("To the
	// extent Licensor obtains access to Prompts or Completions, Licensor
	// will not use them to train …"), else as the object of the statement
	// before it in the sentence
	var src []Occ
	for _, o := range pr.occs {
		if dataConcepts[o.Concept] && o.Tok < at && !o.Paren && o.Role == RoleCondition {
			src = append(src, o)
		}
	}
	if len(src) == 0 && prev != nil {
		for _, o := range prev.occs {
			if dataConcepts[o.Concept] && o.Role == RoleMain && !o.Paren {
				src = append(src, o)
			}
		}
	}
	for _, o := range src {
		o.Tok, o.End, o.Part, o.Role = at, at+1, -1, RoleMain
		o.Neg = p.negatedAt(pr, o)
		o.Local = false
		o.Head = false
		o.Label = false
		pr.occs = append(pr.occs, o)
	}
}

// negatedAt decides whether a concept is negated where it stands: under the
// statement's negated verb (in the predicate), or under a negation word
// close before it in the same chunk ("no fee", "without notice",
// "non-cancellable"). Two negations cancel ("shall not … without notice").
// refusalVerb: verbs whose negation affirms ("not refuse to apply" is to
// apply).
var refusalVerb = map[string]bool{"refuse": true, "decline": true, "withhold": true, "fail": true, "neglect": true, "omit": true}

func (p *parsed) negatedAt(pr *prop, o Occ) bool {
	neg := false
	if o.Role == RoleMain && pr.negated && (pr.modalTok < 0 || o.Tok > pr.modalTok) && !p.sentenceEndIn(pr.modalTok, o.Tok) {
		// (not past the end of the sentence, in a text read as one: a
		// table cell's "No licence fee is charged for an import. A
		// one-time onboarding fee … is payable")
		neg = true
	}
	// "No per-import fee shall be charged": the subject's own "no" is read
	// as a local negation below, not twice
	// local negation: a negation cue within four tokens before, with no
	// boundary between (comma, conjunction with a verb, "but")
	local := false
	for _, m := range p.cues["negation"] {
		// "not entitled to any credit, refund, compensation or other
		// remedy": the negation reaches down the list its object opens
		inList := p.listAfter(m.end, o.Tok)
		if m.end > o.Tok || m.end < o.Tok-9 && !inList {
			continue
		}
		if pr.modalTok >= 0 && m.start >= pr.modalTok && m.start <= pr.modalTok+3 && (o.Role == RoleMain || o.Role == RoleOther) && verbNegation[p.word(m.start)] {
			continue // the verb's own negation, counted above
		}
		if m.end < o.Tok-4 && !p.listBetween(m.end, o.Tok) && !inList {
			continue
		}
		if pr.barred > 0 && m.start < pr.barred {
			continue // "Nothing prevents X from using prompts": no negation left
		}
		if pr.procuredNo > 0 && m.start == pr.procuredNo-1 {
			continue // "procure that no provider uses": the verb's negation, counted above
		}
		if partOf(pr, m.start) != partOf(pr, o.Tok) {
			// "If the availability is not reached, the Customer obtains a
			// reduction": a condition's negation stays in the condition
			continue
		}
		blocked := p.sentenceEndIn(m.end, o.Tok)
		for i := m.end; i < o.Tok; i++ {
			w := p.word(i)
			if p.toks[i].Kind == rules.Punct && (w == ";" || w == ":" || w == "(" || w == ")") {
				blocked = true
			}
			if w == "," && !p.listBetween(m.end, o.Tok) && !inList {
				blocked = true
			}
			if w == "but" || w == "except" || w == "unless" || w == "however" {
				blocked = true
			}
		}
		if !blocked {
			local = true
			if p.clauseNegation(m.start) && o.Role == RoleMain && pr.modalTok >= 0 && m.start > pr.modalTok+3 {
				// "… does not count, and unused amounts cannot be
				// reallocated": the second verb's own negation, not a
				// double negative
				return true
			}
		}
	}
	// "non-cancellable" written as one word, or "un" / "non" glued by a hyphen
	// "non-cancellable" negates; "Non-API Content", with its capital, is a name
	if o.Tok > 0 && p.toks[o.Tok].Hyphen && (p.word(o.Tok-1) == "non" || p.word(o.Tok-1) == "un") && p.text[p.toks[o.Tok-1].Start] >= 'a' {
		local = true
	}
	// "noncancellable" as one word negates a concept whose own phrase does
	// not already carry the "non" (the concept non_cancellable does)
	if strings.HasPrefix(p.word(o.Tok), "non") && len(p.word(o.Tok)) > 6 && !strings.HasPrefix(p.word(o.Tok), "none") && !strings.HasPrefix(o.Concept, "non") {
		local = true
	}
	if local {
		neg = !neg
	}
	return neg
}

// localNeg reports whether a concept has a negation of its own.
// partOf returns the index of the subordinate part holding token i, -1
// for the main predicate (or outside every part).
func partOf(pr *prop, i int) int {
	for si, s := range pr.subs {
		if i >= s.Start && i < s.End {
			return si
		}
	}
	return -1
}

func (p *parsed) localNeg(pr *prop, o Occ) bool {
	q := o
	q.Role = RoleOther
	saved := pr.negated
	pr.negated = false
	n := p.negatedAt(pr, q)
	pr.negated = saved
	return n
}

// leadEndsInVerb reports whether a statement ends on its verb or a
// preposition, waiting for its object ("AWS shall not:", "Customer may,
// at its option:", "AWS agrees to:").
func (p *parsed) leadEndsInVerb(pr *prop) bool {
	last := pr.end - 1
	for last > pr.start && p.toks[last].Kind == rules.Punct {
		last--
	}
	w := p.word(last)
	if auxiliaries[w] || p.isModalAt(last) || w == "to" || w == "not" || w == "never" || w == "of" || w == "for" || w == "that" {
		return true
	}
	for _, l := range []string{"obligation", "permission", "non_obligation"} {
		for _, m := range p.cues[l] {
			if m.end == last+1 {
				return true
			}
		}
	}
	return false
}

// noVerbBefore are words after which a word like "charges" or "imports"
// is a noun, not a verb.
var noVerbBefore = map[string]bool{"the": true, "a": true, "an": true, "any": true, "such": true, "all": true,
	"of": true, "in": true, "for": true, "to": true, "per": true, "no": true, "each": true, "its": true,
	"their": true, "his": true, "her": true, "our": true, "your": true, "this": true, "that": true, "these": true,
	"those": true, "and": true, "or": true, "by": true, "with": true, "on": true, "at": true, "from": true,
	"other": true, "additional": true, "related": true, "applicable": true, "published": true, "usage": true,
	"service": true, "monthly": true, "annual": true, "standard": true, "inference": true, "storage": true,
	"hosting": true, "every": true, "both": true, "some": true, "further": true, "new": true, "model": true,
	"custom": true, "import": true, "migration": true, "subsequent": true, "future": true, "without": true,
	"against": true, "under": true, "into": true, "between": true, "over": true, "than": true, "as": true}

// finiteAt reports whether the verb-like word at i is used as a verb: the
// auxiliaries always; a third-person form ("charges", "imports") only
// after something that can be a subject.
func (p *parsed) finiteAt(i int) bool {
	w := p.word(i)
	switch w {
	case "is", "are", "was", "were", "has", "have", "does", "do", "did", "shall", "will", "may", "must", "can",
		"cannot", "could", "would", "should", "might", "won't", "isn't", "aren't", "doesn't", "don't", "shan't", "can't":
		return true
	case "be", "been":
		return i > 0 && (auxiliaries[p.word(i-1)] || p.word(i-1) == "not")
	}
	if i == 0 {
		return false
	}
	prev := p.toks[i-1]
	if prev.Kind == rules.Punct || prev.Joined && prev.Lower == "s" {
		return false
	}
	if noVerbBefore[prev.Lower] || isNumberish(prev.Lower) {
		return false
	}
	return true
}

// light words may stand between a modal and its verb.
var light = map[string]bool{"not": true, "be": true, "been": true, "being": true, "able": true, "to": true,
	"entitled": true, "permitted": true, "allowed": true, "have": true, "has": true, "the": true, "right": true,
	"any": true, "also": true, "further": true, "then": true, "only": true, "never": true, "at": true, "its": true,
	"option": true, "otherwise": true, "in": true, "no": true, "way": true, "event": true, "circumstances": true,
	"under": true, "a": true, "an": true, "free": true, "authorised": true, "authorized": true, "hereby": true,
	"nevertheless": true, "still": true, "thereafter": true, "itself": true, "directly": true, "or": true,
	"indirectly": true, "expressly": true, "unilaterally": true, "subsequently": true, "immediately": true}

// headOf reports whether a concept starting at token t is the statement's
// verb: only light words between the modal (or verb) and it.
func (p *parsed) headOf(pr *prop, t int) bool {
	m := pr.modalTok
	if m < 0 || t <= m {
		return false
	}
	n := 0
	for i := m + 1; i < t; i++ {
		if p.toks[i].Kind == rules.Punct {
			if p.word(i) == "," {
				continue
			}
			return false
		}
		if !light[p.word(i)] {
			return false
		}
		n++
		if n > 6 {
			return false
		}
	}
	return true
}

// releaseVerbs free a party of a duty ("relieved of its obligation").
var releaseVerbs = map[string]bool{"relieved": true, "released": true, "excused": true, "exempted": true, "exempt": true,
	"discharged": true, "absolved": true}

// barVerbs keep a party from doing something ("prevent X from …").
var barVerbs = map[string]bool{"prevent": true, "prevents": true, "preclude": true, "precludes": true, "prohibit": true,
	"prohibits": true, "restrict": true, "restricts": true, "bar": true, "bars": true, "stop": true, "stops": true,
	"limit": true, "limits": true, "restrain": true, "restrains": true, "impede": true, "impedes": true}

// procureVerb: a verb of bringing about what its clause says ("shall
// procure that …", "shall ensure that …").
var procureVerb = map[string]bool{"procure": true, "ensure": true, "cause": true}

// grantVerbs give or require something of a party ("entitles X to",
// "obliges X to"): the verb of a statement with no modal.
var grantVerbs = map[string]bool{"entitles": true, "permits": true, "allows": true, "authorises": true, "authorizes": true,
	"obliges": true, "obligates": true, "requires": true, "grants": true, "confers": true, "gives": true, "creates": true}

// verbNegation are the words that negate a verb ("shall not", "will never").
var verbNegation = map[string]bool{"not": true, "never": true, "cannot": true, "won't": true, "can't": true,
	"shan't": true, "isn't": true, "aren't": true, "doesn't": true, "don't": true, "neither": true, "nor": true}

// clauseNegation: the negation at i negates a verb of its own ("cannot",
// "may not", "does not").
func (p *parsed) clauseNegation(i int) bool {
	switch p.word(i) {
	case "cannot", "can't", "won't", "shan't", "isn't", "aren't", "doesn't", "don't":
		return true
	case "not", "never":
		if i > 0 {
			w := p.word(i - 1)
			return auxiliaries[w] || p.isModalAt(i-1) || w == "can" || w == "may" || w == "must" || w == "shall" || w == "will"
		}
	}
	return false
}

// listBetween reports whether tokens [s, e) are a list of nouns ("no credit,
// refund or other compensation"): no verb, modal or clause word among them.
func (p *parsed) listBetween(s, e int) bool {
	if e-s > 8 {
		return false
	}
	for i := s; i < e; i++ {
		w := p.word(i)
		if p.toks[i].Kind == rules.Punct && w != "," {
			return false
		}
		if auxiliaries[w] || p.isModalAt(i) || w == "but" || w == "except" || w == "unless" || w == "which" || w == "that" || w == "to" {
			return false
		}
	}
	return true
}

// listAfter: token e ends a list of nouns whose first member stands
// within four words after s, with no stop between ("not entitled to any
// credit, refund, compensation or other remedy").
func (p *parsed) listAfter(s, e int) bool {
	for j := s + 1; j <= s+4 && j < e; j++ {
		if p.toks[j-1].Kind == rules.Punct {
			return false
		}
		if w := p.word(j); w == "," || w == "or" || w == "and" {
			return p.listBetween(j, e)
		}
	}
	return false
}

// placeNoun: "where" after one of these starts a relative clause, not a
// condition.
var placeNoun = map[string]bool{"region": true, "regions": true, "country": true, "countries": true, "location": true,
	"locations": true, "jurisdiction": true, "jurisdictions": true, "place": true, "places": true, "territory": true,
	"state": true, "site": true, "sites": true, "area": true, "areas": true, "centre": true, "center": true,
	"centres": true, "centers": true, "zone": true, "zones": true, "case": true, "cases": true, "circumstances": true,
	"extent": true, "event": true, "situation": true, "situations": true, "time": true, "date": true, "day": true,
	"month": true, "year": true, "moment": true, "period": true}

// partyVerb reports whether a chunk opens with a party and a verb in the
// third person ("…, Customer receives a credit", "AWS credits 10%").
func (p *parsed) partyVerb(s, e int) bool {
	for _, m := range p.parties {
		if m.start != s && !(m.start == s+1 && p.word(s) == "the") {
			continue
		}
		if p.modifier(m) || m.end >= e {
			return false
		}
		w := p.word(m.end)
		if w == "to" || w == "not" && p.word(m.end+1) == "to" {
			return true // "AWS not to use …"
		}
		return auxiliaries[w] || len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
	}
	return false
}

// pronounVerb finds, after a fronted phrase, a personal pronoun of a party
// with its verb: "…, and for every workload forced to change model we pay
// you $40,000". Only "we", "you" and "they", whose verb has no ending to
// recognise, and not after a preposition ("to you", "by you").
func (p *parsed) pronounVerb(s, e int) bool {
	for i := s + 1; i < e-1; i++ {
		if p.depth[i] > 0 {
			continue
		}
		switch p.word(i) {
		case "we", "you", "they":
		default:
			continue
		}
		if notVerbAfterPronoun[p.word(i-1)] || p.toks[i-1].Kind == rules.Punct {
			continue
		}
		nx := p.toks[i+1]
		if nx.Kind != rules.Word || notVerbAfterPronoun[nx.Lower] && !verbAfterPronoun[nx.Lower] {
			continue
		}
		return true
	}
	return false
}

// notVerbAfterPronoun: words that before a pronoun make it an object, or
// after it show no verb follows.
var notVerbAfterPronoun = map[string]bool{"to": true, "by": true, "for": true, "from": true, "with": true, "of": true,
	"and": true, "or": true, "than": true, "that": true, "which": true, "who": true, "the": true, "a": true, "an": true,
	"in": true, "on": true, "at": true, "as": true, "if": true, "unless": true, "when": true, "where": true, "give": true,
	"gives": true, "tell": true, "tells": true, "notify": true, "let": true, "lets": true, "allow": true, "allows": true,
	"help": true, "helps": true, "charge": true, "charges": true, "pay": true, "pays": true, "owe": true, "owes": true,
	"send": true, "sends": true, "offer": true, "offers": true, "bill": true, "bills": true, "show": true, "invoice": true,
	"all": true, "both": true, "each": true, "yourself": true, "ourselves": true, "themselves": true,
	// "by giving you eight weeks' notice": a pronoun after these is an object
	"giving": true, "providing": true, "sending": true, "telling": true, "notifying": true, "paying": true,
	"charging": true, "offering": true, "showing": true, "granting": true, "allowing": true, "letting": true,
	"helping": true, "owing": true, "billing": true, "invoicing": true,
	// nor is a number after a pronoun its verb
	"one": true, "two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true,
	"nine": true, "ten": true, "eleven": true, "twelve": true, "fifteen": true, "twenty": true, "thirty": true,
	"forty": true, "forty-five": true, "sixty": true, "ninety": true, "hundred": true}

// verbAfterPronoun: verbs that are also in notVerbAfterPronoun because a
// pronoun after them is their object ("pay you"), but after a pronoun are
// its verb ("we pay").
var verbAfterPronoun = map[string]bool{"give": true, "tell": true, "notify": true, "let": true, "allow": true, "help": true,
	"charge": true, "pay": true, "owe": true, "send": true, "offer": true, "bill": true, "show": true, "invoice": true}

// subjectEmpty: nothing but conjunctions and adverbs before the verb.
func (p *parsed) subjectEmpty(s, e int) bool {
	for i := s; i < e; i++ {
		switch p.word(i) {
		case "and", "or", "but", "also", "further", "then", "thereafter", ",":
		default:
			return false
		}
	}
	return true
}

// relativeAt finds a relative pronoun at bracket depth 0 in [s, e) that
// follows a word ("models which …"), -1 if none.
func (p *parsed) relativeAt(s, e int) int {
	for i := s; i < e; i++ {
		if p.depth[i] == 0 && relativeWords[p.word(i)] && p.toks[i-1].Kind == rules.Word {
			return i
		}
	}
	return -1
}

// beOrHave: the forms of "be" and "have" a negated modal phrase opens with
// ("is not entitled to", "has no right to").
var beOrHave = map[string]bool{"is": true, "are": true, "be": true, "been": true, "was": true, "were": true, "has": true, "have": true, "had": true}
