// Package interpret reads an extracted draft the way a reviewer does before
// any check is applied: it applies the draft's own amendments, works out
// which parts prevail over which (only from express language), follows the
// draft's definitions, groups lead-ins with their items and tables into
// records, and parses each sentence into statements (who does what, under
// which modality, with which negations, conditions and exceptions). The
// result, a Reading, is the effective document the policies judge; frames.go
// turns it into the typed records of the Bedrock playbook.
//
// It knows the vocabulary (rules) and the document model; it knows nothing
// of Rego or of report formats.
package interpret

import (
	"fmt"
	"sort"
	"strings"

	"github.com/clausecheck/clausecheck/document"
	"github.com/clausecheck/clausecheck/extract"
	"github.com/clausecheck/clausecheck/internal/lazyre"
	"github.com/clausecheck/clausecheck/rules"
)

// Reading is the effective document.
type Reading struct {
	Path string
	// memos: answers about the draft computed once (see cached)
	memos map[string]bool
	// amendedParts: the parts the draft's own text amends (amendedCopy)
	amendedParts map[string]bool
	// comments: the bracketed comments of each clause (insideComment)
	comments map[string][]string
	// Provider is "aws" (an AWS / Amazon Bedrock contract), "other" (another
	// AI provider's) or "unknown".
	Provider     string
	ProviderName string
	// Statements in document order.
	Statements []*Statement
	// Definitions the draft makes, with the concepts they resolve to.
	Definitions []Definition
	// Omitted are clauses that are reserved, deleted or left to be agreed.
	Omitted []Omission
	// Overrides are the precedence decisions applied ("5.3 is replaced by
	// Amendment 1 §4").
	Overrides []Override
	// Notices are problems the reader could not resolve (an amendment
	// whose target is not in the draft …); Unresolved lists the concepts
	// such a notice touches ("*" for all).
	Notices    []string
	Unresolved map[string][]string
	// Subject: concepts the document as a whole is about (from its title
	// and parties): "bedrock", "provisioned".
	Subject map[string]bool
	// NonBinding: the whole document declares itself non-binding.
	NonBinding bool
	// memo: the document is a paper about a deal (a board or decision
	// paper, a legal memo) that quotes its terms: its own narrative of the
	// negotiation states none.
	memo bool
	// emptyBoxAgreed: the draft's legend says an unticked box marks a
	// term agreed all the same ("[ ] ✗ = mandate not achieved (fallback
	// accepted)")
	emptyBoxAgreed bool
	// tested: the answers of tests made once per text (once)
	tested map[string]textMemo
	// partDefined caches partDefinedAs by name.
	partDefined map[string]string
	// variantAt: the clause variant in force where each clause starts;
	// variantLine: the variant each label line opens; variantOut: the
	// variants the draft records as not chosen (see readVariants). All nil
	// when the draft records no choice.
	variantAt   map[string]string
	variantLine map[variantPos]string
	variantOut  map[string]bool
	// footnotes: the draft's notes by their number (see readFootnotes)
	footnotes map[string]string
	// towers: sections for other services among parallel per-service
	// sections (see readTowers), read once
	towers map[string]bool
	// items: the values of a cover sheet's Items (see readItems)
	items      map[string]coverItem
	itemTables []itemTable
	// issues: 0 not yet known, 1 no issues list, 2 the draft is one (see
	// issuesList)
	issues    int
	itemsUsed map[string]map[string]bool // table clause → Item numbers the clauses apply
	// prevailing: the language whose version prevails, when not English
	prevailing string
	// prevailed: the English sentences whose figures were read as the
	// prevailing version states them (see usePrevailing)
	prevailed map[string][]figureSwap
	// clauseIndex: each clause's place in the document, numbered: the
	// places of the clauses under each number (built when needed)
	clauseIndex map[string]int
	numbered    map[string][]int
	// namedParts: the parts each clause's text names (see clauseNames)
	namedParts map[string][]string
	// infoBlocks: blocks the draft names as for information only;
	// infoColumns: table columns, by header, it says bind nobody
	infoBlocks  map[string]bool
	infoColumns map[string]bool
	// figureDefs: the definitions whose words state a figure
	figureDefs []Definition
	// carried: the header row of a table whose rows stand under topic
	// headings of their own (a lone header row in clause carriedFrom)
	carried     []string
	carriedFrom string
	// infoColumnNotes: the sentences (lower case, one space between
	// words) that say columns they name without quotes bind nobody
	infoColumnNotes []string
	// defGaps: the defined terms whose definitions refer to a part the
	// draft does not hold ("Service Credit" means a credit calculated in
	// accordance with Schedule 4, with no Schedule 4), by term
	defGaps []defGap
	// tableCaptions: the numbers of the tables the draft captions
	// ("Table 4 — Service credits"), read once
	tableCaptions map[string]bool
	// titledParts: partTitled's answers, by title
	titledParts map[string]bool
	// attached: a thread's attachment has started (a block of its own);
	// thread: a message header or separator was read
	attached, thread bool

	precedenceNotes []string
	// bindingBySection: a draft that says which of its sections bind
	// ("Sections 1 to 8 are binding; Section 9 is not").
	bindingBySection map[string]bool
	// listedIntent: the sections the draft says do not bind record the
	// parties' intentions (an MOU's), not a negotiation's history
	listedIntent bool
	// restated: clause numbers an amended clause's new wording restates
	restated map[string]bool
	// statusOpen: clauseStatusOpen by clause ID, read once
	statusOpen map[string]bool

	doc   *document.Document
	block int // message block of a negotiation record in progress
	// partBlock: the block in progress was opened by a part's heading, not
	// by a message; blockParts: the labels of the parts each block holds
	// ("Schedule 1"), which a message's reference can call in
	partBlock  bool
	blockParts map[int][]string
	// msgHeader: the lines read last were a message's header
	msgHeader bool
	// newestFirst: the messages are replies over the messages they quote
	// ("-----Original Message-----", "On 2 May, Ana wrote:"): the first
	// is the latest
	newestFirst bool
	// pronouns: the party each pronoun names where the draft says so, or
	// as the sender of the message being read implies (pronounsGiven: the
	// draft said so)
	pronouns      map[string]string
	pronounsGiven bool
	// partyNames: the short names the draft gives its parties, and whose
	partyNames map[string]string
	sureParty  map[string]bool // parties the preamble names unmistakably
	refReader  *extract.RefReader
	eff        map[string]*effective
	// choiceRecords: clauses that record which side's bracketed
	// alternatives were accepted (see applyAlternatives)
	choiceRecords map[string]bool
	byID          map[string]*document.Clause
	byNumber      map[string][]string // clause number → clause IDs
	parts         map[string]partInfo
	// note: the sections of an opening note that is no part of the
	// contract
	note   map[string]bool
	prec   *precedence
	reader *reader
}

// Statement is one proposition of the draft: a main predicate with its
// subject, modality, negation, subordinate parts and the concepts read in
// each role.
type Statement struct {
	ID     int
	Clause string // the clause cited as evidence
	Page   int
	Part   string // the part it belongs to ("" for the body)
	// Heading is the clause's heading path (own heading first).
	Heading string
	// Text is the sentence read (a list item is read with its lead-in);
	// Quote what is shown as evidence.
	Text  string
	Quote string
	// Sentence numbers the sentence within the unit (clause and items):
	// statements of one sentence share it.
	Unit     string
	Sentence int

	Actor       string // vendor, customer, both or ""
	Modality    string // obligation, permission, non_obligation, declarative
	Negated     bool
	Passive     bool
	Restrictive bool // "only", "solely"
	Proviso     bool
	Subs        []Sub
	Occs        []Occ
	Facts       []Fact

	// Binding is false for recitals, the preamble, definitions, headings,
	// negotiation records and "discuss in good faith" text; Nonbinding
	// says which.
	Binding    bool
	Nonbinding string
	// Placeholder: "TBD", "to be agreed".
	Placeholder bool
	// Table: the statement is a table row read with its header; Row: a
	// row of any table (a row stands for itself, not for its table).
	Table bool
	Row   bool
	// MissingRefs are references to parts of the draft that do not exist;
	// Deferred: the sentence leaves its terms to another document.
	MissingRefs []string
	Deferred    bool
	// Amended names the clause whose amendment produced this text.
	Amended string
	// SupersededBy is the statement that overrides this one (-1 none).
	SupersededBy int
	Basis        string
	// OutOfScope: the statement is an item under an "out of scope" or
	// "does not apply to" lead-in.
	OutOfScope bool
	// Cells: a table row's cells with their headers.
	Cells []Cell

	block int
	toks  []rules.Token
	// propStart, propEnd: the tokens of the sentence's proposition this
	// statement reads
	propStart, propEnd int
	rank               int
	order              int
	// lead: the lead-in a list item is read with, and how many of the
	// statement's tokens it takes
	lead     string
	leadToks int
	leadUnit string // the clause whose text is the lead-in
	// otherTower: the statement is in a section for another service
	// among parallel sections, one per service
	otherTower bool
	// notwithstandingCue: the sentence has a "notwithstanding" cue
	notwithstandingCue bool
}

// Fact is a typed value of a statement.
type Fact struct {
	Kind  string  // percent, money, duration, date
	Value float64 // duration: calendar days (business days converted)
	Text  string
	Tok   int // token where it starts
	End   int // one past its last token
	// Business: a duration in business days (Value is already converted).
	Business bool
	Currency string
	Unit     string
	Period   string
}

// Definition is a term the draft defines.
type Definition struct {
	Term     string
	Clause   string
	Concepts []string // what the term stands for
	Excludes []string // what the definition leaves out
	body     string   // the words of the definition
}

// Omission is a clause that commits nothing: reserved, deleted, "TBD".
type Omission struct {
	Clause   string
	Heading  string
	Why      string // omitted, deleted, placeholder
	Concepts []string
	Page     int
}

// Override is one precedence decision.
type Override struct {
	Winner, Loser string // clause ids
	Basis         string
}

// Reader interprets drafts with one vocabulary. It is safe for concurrent
// use.
type Reader struct{ r *reader }

// New prepares a reader; it fails when the vocabulary lacks a concept the
// playbook frames need.
func New(rs *rules.Rules) (*Reader, error) {
	var missing []string
	for _, c := range RequiredConcepts {
		if !rs.HasConcept(c) {
			missing = append(missing, c)
		}
	}
	if len(missing) > 0 {
		return nil, fmt.Errorf("%w: the vocabulary lacks concepts the playbook needs: %s", rules.ErrInvalid, strings.Join(missing, ", "))
	}
	return &Reader{r: newReader(rs)}, nil
}

// Read interprets one draft.
func (rd *Reader) Read(doc *document.Document) *Reading {
	rg := &Reading{Path: doc.Path, doc: doc, reader: rd.r, byID: map[string]*document.Clause{},
		Unresolved: map[string][]string{}, Subject: map[string]bool{}}
	for i := range doc.Clauses {
		rg.byID[doc.Clauses[i].ID] = &doc.Clauses[i]
	}
	rg.parts = partsOf(doc, rg.byID)
	rg.emptyBoxAgreed = emptyBoxAgreed(doc)
	eff := rg.applyAmendments()
	rg.eff = eff
	rg.readDefinitions(eff)
	rg.readSubject()
	rg.readVariants()
	rg.readPrevailing()
	rg.readItems()
	rg.readFootnotes()
	rg.buildStatements(eff)
	rg.applyDayBasis()
	rg.applyNegotiationRecord()
	rg.applyListedStatus()
	rg.applyIncorporationExceptions()
	rg.applyAgreedPart()
	rg.applyOperativePart()
	rg.applyInactiveParts()
	rg.applyOnlyBindingPart()
	rg.applyReproducedPart()
	rg.prec = rg.readPrecedence()
	rg.applyPrecedence()
	sort.Strings(rg.Notices)
	return rg
}

// defGap is a defined term and the missing parts its definition cites.
type defGap struct {
	term string
	refs []string
}

// effective is a clause as it stands after the draft's amendments.
type effective struct {
	c       *document.Clause
	text    string
	deleted bool
	amended string // amending clause
	// instruction: the clause is an amendment instruction whose new
	// wording was moved to its target; its own text is not read.
	instruction bool
	extra       []string // inserted passages, read with the clause
}

// buildStatements reads every clause in force into statements.
func (rg *Reading) buildStatements(eff map[string]*effective) {
	doc := rg.doc
	for i := range doc.Clauses {
		c := &doc.Clauses[i]
		e := eff[c.ID]
		if e == nil || c.Kind == document.KindFootnote {
			continue
		}
		heading := rg.headings(c)
		if e.deleted {
			rg.Omitted = append(rg.Omitted, Omission{Clause: c.ID, Heading: c.Heading, Why: "deleted by " + e.amended,
				Concepts: rg.conceptsOf(c.Heading), Page: c.Page})
			continue
		}
		if e.instruction {
			continue
		}
		body := stripHeading(e.text, c.Heading)
		if isOmitted(withoutBracketNotes(body), rg.reader) || len(body) < 200 && strings.Contains(body, "\n[") && isOmitted(body, rg.reader) || body == "" && len(e.extra) == 0 && strings.Contains(c.Heading, ". ") && isOmitted(c.Heading, rg.reader) {
			// ("6. Model Deprecation. Reserved." read as a heading; "Art.
			// 3 – Token counting methodology" over "[Reserved.]", its
			// heading read as its first line)
			rg.Omitted = append(rg.Omitted, Omission{Clause: c.ID, Heading: c.Heading, Why: "omitted",
				Concepts: rg.conceptsOf(c.Heading + " . " + strings.ReplaceAll(heading, " / ", " . ")), Page: c.Page})
			continue
		}
		rg.readClause(c, e, heading)
	}
	for i, s := range rg.Statements {
		s.ID = i
		s.order = i
		s.SupersededBy = -1
	}
}

// withoutBracketNotes drops the lines after the first that are notes in
// brackets ("[Intentionally Omitted]" over "[FY26: AWS to give ninety
// days' notice.]"): what is left says whether the clause commits anything.
func withoutBracketNotes(body string) string {
	if t := strings.TrimSpace(body); strings.HasPrefix(t, "[") {
		// on one line: "[Intentionally Omitted] [FY26: …]"
		if i := strings.IndexByte(t, ']'); i > 0 && strings.TrimSpace(reBracketSeg.ReplaceAllString(t[i+1:], "")) == "" {
			return t[:i+1]
		}
	}
	lines := strings.Split(body, "\n")
	if len(lines) < 2 {
		return body
	}
	keep := lines[:1]
	for _, l := range lines[1:] {
		t := strings.Trim(strings.TrimSpace(l), "*_")
		if strings.HasPrefix(t, "[") && strings.HasSuffix(t, "]") || strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") {
			continue
		}
		keep = append(keep, l)
	}
	return strings.Join(keep, "\n")
}

var reBracketSeg = lazyre.New(`\[[^\]]*\]`)

// headings returns the clause heading and those of its ancestors, joined.
func (rg *Reading) headings(c *document.Clause) string {
	var parts []string
	seen := map[string]bool{}
	for p := c; p != nil && !seen[p.ID]; p = rg.byID[p.ParentID] {
		seen[p.ID] = true
		if p.Heading != "" {
			parts = append(parts, p.Heading)
		} else if p != c && isHeadingText(p.Text) {
			// "6. PT pre-purchase" over 6.1, 6.2: a short verbless parent
			// text is its heading
			parts = append(parts, strings.TrimSpace(p.Text))
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

func (rg *Reading) conceptsOf(text string) []string {
	p := rg.reader.scan(text)
	set := map[string]bool{}
	for _, c := range p.concepts {
		set[c.name] = true
	}
	return sortedSet(set)
}

func sortedSet(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k, v := range m {
		if v {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// readFacts reads the typed facts of a sentence and places them on tokens.
func readFacts(text string, toks []rules.Token) []Fact {
	var out []Fact
	facts := extract.ReadFacts(text)
	for i, f := range facts {
		if i+1 < len(facts) && replacedBy(text, f, facts[i+1]) {
			// "PT availability 99.5% -> 99.9%": the value it changed to
			// is the one that holds
			continue
		}
		// the first token at or after the fact, else the last one
		tok := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= f.Offset })
		if tok == len(toks) {
			tok = max(len(toks)-1, 0)
		}
		end := tok
		for ; end < len(toks) && toks[end].Start < f.Offset+len(f.Text); end++ {
		}
		fx := Fact{Kind: f.Kind, Value: f.Value, Text: f.Text, Tok: tok, End: end, Currency: f.Currency, Unit: f.Unit, Period: f.Period}
		if f.Kind == document.FactDuration && strings.HasPrefix(f.Unit, "business") || strings.HasPrefix(f.Unit, "working") {
			fx.Business = true
			fx.Value = f.Value * 7 / 5
		}
		out = append(out, fx)
	}
	return out
}

// replacedBy: fact a is changed into fact b, the next one in the text, by
// an arrow between them ("99.5% -> 99.9%", "30 days → 60 days"): a value
// of the same kind and unit.
func replacedBy(text string, a, b document.Fact) bool {
	from, to := a.Offset+len(a.Text), b.Offset
	if a.Kind != b.Kind || a.Unit != b.Unit || a.Currency != b.Currency || from > to || to > len(text) {
		return false
	}
	switch strings.TrimSpace(text[from:to]) {
	case "->", "-->", "→", "⇒", "=>", "⟶", "➔", "➜":
		return true
	}
	return false
}

// Block is the message of a negotiation record the statement is in (0 when
// the draft is not a record).
func (st *Statement) Block() int { return st.block }

// isHeadingText reports whether a clause's whole text reads as a heading:
// a few words, no sentence.
func isHeadingText(t string) bool {
	t = strings.TrimSpace(t)
	if t == "" || strings.ContainsAny(t, "\n;") || len(strings.Fields(t)) > 8 || strings.HasSuffix(t, ".") && len(strings.Fields(t)) > 4 {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(t)) {
		switch w {
		case "shall", "will", "may", "must", "is", "are", "means":
			return false
		}
	}
	return true
}

// refs reads cross-references against the draft, its numbers gathered once.
func (rg *Reading) refs() *extract.RefReader {
	if rg.refReader == nil {
		rg.refReader = extract.NewRefReader(rg.doc)
	}
	return rg.refReader
}
