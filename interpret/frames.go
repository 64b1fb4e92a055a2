package interpret

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/clausecheck/clausecheck/document"
	"github.com/clausecheck/clausecheck/internal/lazyre"
	"github.com/clausecheck/clausecheck/rules"
)

// RequiredConcepts are the concepts the playbook frames read; a vocabulary
// must define every one.
var RequiredConcepts = []string{"bedrock", "aws", "other_service", "other_provider", "provisioned", "on_demand", "model",
	"custom_model", "open_weight", "model_family", "prompts", "completions", "content", "metrics", "train", "consent",
	"opt_out", "customer_own", "safety", "region", "in_region", "out_of_region", "cross_region_inference", "move",
	"same_country", "deprecate", "material_change", "migrate", "notice", "remedy", "at_will", "cancel",
	"non_cancellable", "paid_exit", "availability", "credit", "best_effort", "excluded", "import", "fee", "import_fee",
	"per_model", "infrastructure", "discount", "published_rate", "commitment", "edp", "overall_spend", "pool", "flex",
	"split", "term_edp", "independent", "prepurchase", "pt_credit", "tiers", "alt_provider", "quote", "ocu", "cap",
	"growth", "guardrails", "sliding", "flat", "unit_rate", "token", "counting", "system_prompt", "tool_definition",
	"output_schema", "all_services", "people", "data_generic", "stay"}

// Base is what every frame says about where it comes from and whether it
// is in force.
type Base struct {
	Statement int    `json:"statement"`
	Clause    string `json:"clause"`
	Page      int    `json:"page"`
	Quote     string `json:"quote"`
	// Binding is false for recitals, negotiation records, "discuss in good
	// faith", placeholders and accounts of a term withdrawn; Nonbinding
	// says which.
	Binding    bool   `json:"binding"`
	Nonbinding string `json:"nonbinding"`
	// SupersededBy is the clause of a frame that prevails over this one.
	SupersededBy string `json:"superseded_by"`
	Basis        string `json:"basis"`
	// MissingRefs: the frame's terms sit behind references to sections
	// that are not in the draft; Deferred: behind another document.
	MissingRefs []string `json:"missing_refs"`
	Deferred    bool     `json:"deferred"`
	// Amended: the text is a clause as amended by this clause.
	Amended string `json:"amended"`
	// InForce: binding, not superseded, no missing reference.
	InForce bool `json:"in_force"`

	key, value string // what the frame states, for precedence
	st         *Statement
}

// Frames are the typed records of the Bedrock playbook, one list per kind.
type Frames struct {
	TokenCounting  []TokenCounting  `json:"token_counting"`
	ModelLifecycle []ModelLifecycle `json:"model_lifecycle"`
	PTCancellation []PTCancellation `json:"pt_cancellation"`
	Training       []Training       `json:"training"`
	Residency      []Residency      `json:"residency"`
	CustomImport   []CustomImport   `json:"custom_import"`
	PTSLA          []PTSLA          `json:"pt_sla"`
	Commitment     []Commitment     `json:"commitment"`
	Discount       []Discount       `json:"discount"`
	PTPrepurchase  []PTPrepurchase  `json:"pt_prepurchase"`
	AltQuote       []AltQuote       `json:"alt_quote"`
	VectorStorage  []VectorStorage  `json:"vector_storage"`
	Guardrails     []Guardrails     `json:"guardrails"`
	// Omitted: reserved, deleted or placeholder clauses, with the concepts
	// of their headings (for the reason of a missing check).
	Omitted []OmittedFrame `json:"omitted"`
}

// TokenCounting (C1): a statement about how billable tokens are counted.
type TokenCounting struct {
	Base
	// Counting: the statement says how tokens are counted or what is billable.
	Counting bool `json:"counting"`
	// Elements addressed: system_prompts, tool_definitions, output_schemas.
	Elements []string `json:"elements"`
}

// ModelLifecycle (C2): a statement about the deprecation of models.
type ModelLifecycle struct {
	Base
	Remedy       bool    `json:"remedy"`        // a credit or financial remedy for the migration
	NoRemedy     bool    `json:"no_remedy"`     // a remedy expressly ruled out
	Notice       bool    `json:"notice"`        // notice of a deprecation is given
	AtWill       bool    `json:"at_will"`       // the provider may deprecate at will / without notice
	CustomModels bool    `json:"custom_models"` // fine-tuned or custom models named
	NoticeDays   float64 `json:"notice_days,omitempty"`
	// discretion: at will only by a discretion or timing phrase ("at any
	// time", "at its discretion"), which a notice period stated elsewhere
	// qualifies; not "without notice" or "without liability"
	discretion bool
}

// PTCancellation (C3): a right to cancel Provisioned Throughput, or a
// statement that it cannot be cancelled.
type PTCancellation struct {
	Base
	Kind     string   `json:"kind"`   // right, denial
	Holder   string   `json:"holder"` // customer, vendor, ""
	Triggers []string `json:"triggers"`
	// Joint: both events must happen (one combined trigger).
	Joint      bool    `json:"joint"`
	NoticeDays float64 `json:"notice_days,omitempty"`
	Business   bool    `json:"business_days"`
	// NoticeUnstated: the right needs notice of a length the sentence
	// names but does not give ("on written notice of not less than the
	// Cancellation Notice Period", "on the notice period set out in the
	// Order Form"), and no figure is read for it.
	NoticeUnstated bool `json:"notice_unstated"`
	// PaidExit: the cancellation costs the rest of the commitment or a fee.
	PaidExit bool `json:"paid_exit"`
	// Qualified: a denial with an exception ("save as provided in 5.4").
	Qualified bool `json:"qualified"`
}

// Training (C4): a statement about using customer content to train models.
type Training struct {
	Base
	Effect string   `json:"effect"` // exclusion, permission
	Covers []string `json:"covers"` // prompts, completions
	// Swallowed: an exception lets the provider train or improve anyway.
	Swallowed bool   `json:"swallowed"`
	Actor     string `json:"actor"`
}

// Residency (C4): a statement about where customer data is kept.
type Residency struct {
	Base
	Effect string `json:"effect"` // promise, conflict
}

// CustomImport (C5): the right to import models, and what it costs.
type CustomImport struct {
	Base
	Right      bool `json:"right"`
	NoFee      bool `json:"no_fee"`      // no per-import or licence fee beyond infrastructure
	FeeCharged bool `json:"fee_charged"` // a per-import, per-model or licence fee
}

// PTSLA (C6): an availability commitment for Provisioned Throughput.
type PTSLA struct {
	Base
	// Levels committed to ("available 99.9% of the time"); Thresholds are
	// levels below which a credit is owed ("below 99.5%: 10%").
	Levels     []float64 `json:"levels"`
	Thresholds []float64 `json:"thresholds"`
	Credits    bool      `json:"credits"`
	// CreditsAbsent: credits are named but only behind a missing reference
	// or another document, or only at the provider's discretion.
	CreditsAbsent bool `json:"credits_absent"`
	BestEffort    bool `json:"best_effort"`
	Excluded      bool `json:"excluded"`
	// ExcludedAll: excluded from every service level, not one SLA only.
	ExcludedAll bool `json:"excluded_all"`
}

// reEverySLA: an exclusion from every service level ("any other service
// level commitment", "all SLAs").
var reEverySLA = lazyre.New(`(?i)\b(?:any|all|every)\s+(?:other\s+)?(?:service[- ]levels?|SLAs?|availability (?:commitments?|guarantees?)|uptime commitments?)\b`)

// Commitment (L1, L2, L7): a Bedrock spend commitment and its shape.
type Commitment struct {
	Base
	Bedrock bool    `json:"bedrock"` // Bedrock-specific (not overall AWS spend)
	Amount  float64 `json:"amount,omitempty"`
	// Pool: one pool across models; Split: allocated by model or family.
	Pool  bool `json:"pool"`
	Split bool `json:"split"`
	// Aligned: the term runs with the EDP or is set at its renewal;
	// Independent: a term stated to be independent of it.
	Aligned     bool `json:"aligned"`
	Independent bool `json:"independent"`
	EDP         bool `json:"edp"`
}

// Discount (L1): a Bedrock rate below the published on-demand rate.
type Discount struct {
	Base
	Percent float64 `json:"percent"`
}

// PTPrepurchase (L3): Provisioned Throughput bought in advance.
type PTPrepurchase struct {
	Base
	Tiered    bool      `json:"tiered"`
	Discounts []float64 `json:"discounts"`
}

// AltQuote (L4): a quote or price match against a named alternative.
type AltQuote struct {
	Base
	Provider string `json:"provider"`
}

// VectorStorage (L5): OCU pricing and its cap.
type VectorStorage struct {
	Base
	Priced bool `json:"priced"`
	Cap    bool `json:"cap"`
}

// Guardrails (L6): Guardrails pricing.
type Guardrails struct {
	Base
	Priced  bool   `json:"priced"`
	Sliding bool   `json:"sliding"`
	Flat    bool   `json:"flat"`
	band    bool   // a row of a volume band
	group   string // the table or list the band is in
	price   string // the band's price
}

// OmittedFrame is a clause that commits nothing.
type OmittedFrame struct {
	Clause   string   `json:"clause"`
	Heading  string   `json:"heading"`
	Why      string   `json:"why"`
	Concepts []string `json:"concepts"`
	Page     int      `json:"page"`
}

// CheckConcepts are the concepts each check depends on: an unresolved
// amendment touching one of them keeps the check from being met.
var CheckConcepts = map[string][]string{
	"C1": {"token", "system_prompt", "tool_definition", "output_schema", "counting"},
	"C2": {"deprecate", "remedy"},
	"C3": {"cancel", "non_cancellable"},
	"C4": {"train", "prompts", "completions", "content", "region", "in_region", "out_of_region"},
	"C5": {"import", "import_fee"},
	"C6": {"availability", "credit", "best_effort"},
	"L1": {"commitment", "discount"},
	"L2": {"pool", "flex", "split"},
	"L3": {"prepurchase", "pt_credit"},
	"L4": {"quote", "alt_provider"},
	"L5": {"ocu"},
	"L6": {"guardrails"},
	"L7": {"term_edp", "independent"},
}

// UnresolvedChecks returns, per check id, the notices of unresolved
// amendments that touch it.
func (rg *Reading) UnresolvedChecks() map[string][]string {
	out := map[string][]string{}
	var ids []string
	for id := range rg.Unresolved {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		cs := rg.Unresolved[id]
		for check, need := range CheckConcepts {
			hit := false
			for _, c := range cs {
				if c == "*" || contains(need, c) {
					hit = true
				}
			}
			if hit {
				out[check] = append(out[check], fmt.Sprintf("clause %s: an amendment that could not be applied", id))
			}
		}
	}
	return out
}

// Frames builds the playbook's typed records from the reading.
func (rg *Reading) Frames() *Frames {
	fb := &frameBuilder{rg: rg, units: map[string][]*Statement{}, unitConcepts: map[string]map[string]bool{}, commitUnits: map[string]bool{}}
	for _, st := range rg.Statements {
		fb.units[st.Unit] = append(fb.units[st.Unit], st)
	}
	for u, sts := range fb.units {
		set := map[string]bool{}
		for _, st := range sts {
			for _, o := range st.Occs {
				set[o.Concept] = true
			}
		}
		fb.unitConcepts[u] = set
	}
	f := &Frames{}
	parents := map[string]bool{}
	for i := range rg.doc.Clauses {
		parents[rg.doc.Clauses[i].ParentID] = true
	}
	for _, st := range rg.Statements {
		if st.OutOfScope {
			if st.has("availability", RoleSubject) && st.has("provisioned", core...) && st.Binding && fb.aboutPT(st) && !st.otherService() {
				// "This SLA does not apply to: (a) batch inference; …; (c)
				// Provisioned Throughput, which AWS provides on a
				// best-efforts basis only": what the SLA leaves out is out
				// of its scope, and PT among it is PT excluded from the SLA
				f.PTSLA = append(f.PTSLA, PTSLA{Base: fb.base(st, "c6", "excluded"), Levels: []float64{}, Thresholds: []float64{}, Excluded: true})
			}
			continue
		}
		if rg.Provider == "aws" && !st.has("bedrock") && !st.has("quote") && fb.headingHas(st, "other_provider") && !fb.headingHas(st, "bedrock") {
			// "4. AZURE OPENAI PROVISIONED THROUGHPUT UNITS (SCHEDULE 8
			// SERVICES ONLY)" in an AWS deal: the section's terms are the
			// other provider's service
			st.otherTower = true
		}
		if parents[st.Clause] && !st.Table && titleOnly(st.Quote) && sentenceIsWhole(rg.byID[st.Clause].Text, st.Quote) {
			// "A5. Data use and residency." over "(a) …" and "(b) …": a
			// heading left in the text of a clause with sub-clauses says
			// what they are about, no term of its own
			continue
		}
		fb.tokenCounting(f, st)
		fb.lifecycle(f, st)
		fb.cancellation(f, st)
		fb.training(f, st)
		fb.residency(f, st)
		fb.customImport(f, st)
		fb.sla(f, st)
		fb.commitment(f, st)
		fb.discount(f, st)
		fb.prepurchase(f, st)
		fb.altQuote(f, st)
		fb.vector(f, st)
		fb.guardrails(f, st)
	}
	fb.commitmentTerms(f)
	fb.noCommitmentNow(f)
	fb.provisionTriggers(f)
	fb.appliedUnitDefinitions(f)
	guardrailBands(f)
	for _, o := range rg.Omitted {
		f.Omitted = append(f.Omitted, OmittedFrame{Clause: o.Clause, Heading: o.Heading, Why: o.Why, Concepts: nonNil(o.Concepts), Page: o.Page})
	}
	fb.resolve(f)
	noticeQualifies(f)
	f.normalise()
	return f
}

// discretionPhrase: at-will words that say when or why, not that no
// notice is due ("at any time", "at its sole discretion").
var discretionPhrase = map[string]bool{"at any time": true, "at its sole discretion": true, "in its sole discretion": true,
	"at its discretion": true, "for any reason": true, "as it sees fit": true, "unilaterally": true, "at will": true,
	"for any or no reason": true}

// noticeQualifies: a right to deprecate "at any time" where the draft, in
// force, gives a notice period for a deprecation is a right on notice
// (labelling rule for C2: "at any time" with no notice period is at will).
func noticeQualifies(f *Frames) {
	notice := false
	for _, m := range f.ModelLifecycle {
		if m.InForce && m.NoticeDays > 0 && !m.AtWill {
			notice = true
		}
	}
	if !notice {
		return
	}
	for i := range f.ModelLifecycle {
		if m := &f.ModelLifecycle[i]; m.AtWill && m.discretion {
			m.AtWill = false
		}
	}
}

type frameBuilder struct {
	docAligned   *bool // docTermAligned, once read
	commitUnits  map[string]bool
	rg           *Reading
	units        map[string][]*Statement
	unitConcepts map[string]map[string]bool
	// headings: the concepts of each heading read so far (a section's
	// heading is asked about for every statement under it)
	headings map[string][]string
	// asked: the answers of unitAsk
	asked map[string]bool
}

// rowLabelHas: a short cell of the statement's table row, its label
// ("Subject: Benchmark and price match"), names the concept: what the row
// is about, whichever of its sentences the statement is.
func (fb *frameBuilder) rowLabelHas(st *Statement, concept string) bool {
	for _, c := range st.Cells {
		if t := strings.TrimSpace(c.Text); t != "" && len(t) <= 60 && slices.Contains(fb.headingConcepts(t), concept) {
			return true
		}
	}
	return false
}

// headingConcepts is conceptsOf for a heading, read once per heading.
func (fb *frameBuilder) headingConcepts(h string) []string {
	if cs, ok := fb.headings[h]; ok {
		return cs
	}
	if fb.headings == nil {
		fb.headings = map[string][]string{}
	}
	cs := fb.rg.conceptsOf(h)
	fb.headings[h] = cs
	return cs
}

// ---- helpers over a statement ----

func (st *Statement) has(concept string, roles ...Role) bool {
	for _, o := range st.Occs {
		if o.Concept == concept && roleIn(o.Role, roles) {
			return true
		}
	}
	return false
}

// feeInLaterSentence: the statement, a text of several sentences read as
// one, affirms a fee in a sentence after the one that denies a fee.
func (st *Statement) feeInLaterSentence() bool {
	denied := -1
	for _, o := range st.Occs {
		if o.Neg && (o.Concept == "fee" || o.Concept == "import_fee") && denied < 0 {
			denied = o.Tok
		}
	}
	if denied < 0 {
		return false
	}
	for _, o := range st.Occs {
		if o.Concept == "fee" && !o.Neg && o.Tok > denied && st.sentenceBreak(denied, o.Tok) {
			return true
		}
	}
	return false
}

// unsettledOnly: every occurrence of the concept stands in a sentence of
// the statement that says it was refused or left open ("The parties did
// not agree how structured output schemas are treated"), in a statement of
// several sentences.
func (fb *frameBuilder) unsettledOnly(st *Statement, concept string) bool {
	starts := st.sentenceStarts()
	if len(starts) == 0 {
		return false
	}
	seen := false
	for _, o := range st.Occs {
		if o.Concept != concept {
			continue
		}
		seen = true
		from, to := 0, len(st.toks)
		for _, b := range starts {
			if b <= o.Tok {
				from = b
			} else {
				to = b
				break
			}
		}
		p := fb.rg.reader.scan(st.Text[st.toks[from].Start:st.toks[to-1].End])
		if len(p.cues["rejected"]) == 0 && len(p.cues["open"]) == 0 {
			return false
		}
	}
	return seen
}

// sentenceBreak: a sentence ends between the statement's tokens a and b.
func (st *Statement) sentenceBreak(a, b int) bool {
	for i := max(a, 1); i < b && i+1 < len(st.toks); i++ {
		if st.stopAt(i) {
			return true
		}
	}
	return false
}

// sentenceStarts returns the tokens that begin a sentence after the
// first, in a text of several read as one.
func (st *Statement) sentenceStarts() []int {
	var out []int
	for i := 1; i+1 < len(st.toks); i++ {
		if st.stopAt(i) {
			out = append(out, i+1)
		}
	}
	return out
}

// stopAt: the statement's token i is a stop that ends a sentence
// (stopEnds, a clause number after it included).
func (st *Statement) stopAt(i int) bool { return stopEnds(st.toks, st.Text, i, true) }

// qualifiesFee: a qualifier concept stands, not negated, right before a
// fee ("a one-time registration charge"; not "one-time password …
// fee").
func (st *Statement) qualifiesFee(qualifier string) bool {
	for _, q := range st.Occs {
		if q.Concept != qualifier || q.Neg {
			continue
		}
		for _, f := range st.Occs {
			if f.Concept == "fee" && !f.Neg && f.Tok >= q.End && f.Tok <= q.End+3 {
				return true
			}
		}
	}
	return false
}

// affirms: the concept is read, not negated, in one of the roles.
func (st *Statement) affirms(concept string, roles ...Role) bool {
	for _, o := range st.Occs {
		if o.Concept == concept && !o.Neg && roleIn(o.Role, roles) {
			return true
		}
	}
	return false
}

// denies: the concept is read negated in one of the roles.
func (st *Statement) denies(concept string, roles ...Role) bool {
	for _, o := range st.Occs {
		if o.Concept == concept && o.Neg && roleIn(o.Role, roles) {
			return true
		}
	}
	return false
}

func (st *Statement) occ(concept string, roles ...Role) (Occ, bool) {
	for _, o := range st.Occs {
		if o.Concept == concept && roleIn(o.Role, roles) {
			return o, true
		}
	}
	return Occ{}, false
}

func roleIn(r Role, roles []Role) bool {
	if len(roles) == 0 {
		return r != RoleOther
	}
	for _, x := range roles {
		if x == r {
			return true
		}
	}
	return false
}

var (
	core     = []Role{RoleMain, RoleSubject}
	coreCond = []Role{RoleMain, RoleSubject, RoleCondition, RoleProviso}
)

// about reports whether the statement, its clause or its headings speak of
// a concept.
func (fb *frameBuilder) about(st *Statement, concept string) bool {
	if st.has(concept) {
		return true
	}
	if fb.unitConcepts[st.Unit][concept] {
		return true
	}
	return fb.headingHas(st, concept)
}

func (fb *frameBuilder) headingHas(st *Statement, concept string) bool {
	if st.Heading == "" {
		return false
	}
	// each heading of the path on its own: "Pool / COMMITMENT / Terms"
	// is no "commitment terms"
	for _, h := range strings.Split(st.Heading, " / ") {
		if contains(fb.headingConcepts(h), concept) {
			return true
		}
	}
	return false
}

// aboutPT: the statement concerns Provisioned Throughput: it says so, or
// its clause or headings do, or the whole document is about PT.
func (fb *frameBuilder) aboutPT(st *Statement) bool {
	if st.pt() {
		return true
	}
	if st.has("provisioned") {
		return false // only another service's reserved capacity
	}
	if st.has("on_demand", core...) || st.has("other_service", core...) {
		return false
	}
	return fb.unitAffirms(st.Unit, "provisioned") || fb.headingHas(st, "provisioned") || fb.rg.Subject["provisioned"]
}

// afterAvailability: the statement's clause follows, under the same
// parent, a clause that states an availability level ("3.3 Availability:
// 99.95%"; "3.4 Credits if missed: …"), and says what happens when it is
// missed: a figure below which a credit is owed.
func (fb *frameBuilder) afterAvailability(st *Statement) bool {
	c := fb.rg.byID[st.Clause]
	if c == nil {
		return false
	}
	low := strings.ToLower(st.Text)
	if !strings.Contains(low, "below") && !strings.Contains(low, "missed") && !strings.Contains(low, "falls short") && !strings.Contains(low, "not met") {
		return false
	}
	prev := ""
	for i := range fb.rg.doc.Clauses {
		k := &fb.rg.doc.Clauses[i]
		if k.ID == c.ID {
			break
		}
		if k.ParentID == c.ParentID {
			prev = k.ID
		}
	}
	return prev != "" && fb.unitAffirms(prev, "availability")
}

var reBelow = lazyre.New(`(?i)\b(below|under|less than|falls short)\b`)

// availabilityFigures reads the figures of an availability term whose
// words did not place them ("Monthly availability: 99.95%. Service credits:
// below 99.95% … 10%; below 99.00% … 25%"): a percentage of 90 or more is
// an availability figure, a threshold after "below", "under" or "less
// than", the level otherwise; smaller ones are credits.
func (st *Statement) availabilityFigures() (levels, thresholds []float64) {
	levels, thresholds = []float64{}, []float64{}
	for _, f := range st.Facts {
		if f.Kind != "percent" || f.Value < 90 || f.Value >= 100 {
			continue // 100% is a credit ("below 95%: 100%"), never a level
		}
		if f.End+1 < len(st.toks) && st.toks[f.End].Lower == "of" && !st.ofTime(f.End+1) {
			continue // "100% of the monthly fee": a credit ("99.9% of the minutes" is a level)
		}
		if st.belowAt(f.Tok) || st.bandBound(f.Value) {
			thresholds = append(thresholds, f.Value)
		} else {
			levels = append(levels, f.Value)
		}
	}
	return levels, thresholds
}

// ofTime: the words from token i name a span of time ("the minutes in
// each calendar month", "each month", "the time").
func (st *Statement) ofTime(i int) bool {
	for ; i < len(st.toks) && (st.toks[i].Lower == "the" || st.toks[i].Lower == "each" || st.toks[i].Lower == "all"); i++ {
	}
	return i < len(st.toks) && timeNoun[st.toks[i].Lower]
}

var timeNoun = map[string]bool{"time": true, "minutes": true, "minute": true, "hours": true, "hour": true, "month": true, "months": true, "period": true, "calendar": true, "billing": true, "measurement": true}

// reUnavailabilityRule: a sentence that says what counts as unavailable.
var reUnavailabilityRule = lazyre.New(`(?i)\b(?:minutes?|periods?|hours?)\s+of\s+(?:unavailability|downtime)\b|\bunavailable\s+minutes?\b|\bdowntime\s+minutes?\b|\b(?:treated|counted|deemed)\s+as\s+(?:unavailable|downtime)\b|\b(?:unavailability|downtime)["”]?\s*(?:=|means\b)`)

// afterBelow: the percentage v stands right after "below", "under", "less
// than" or "short of" ("increasing to 25% if availability falls below
// ninety-nine per cent"): the bound of a band, not the level promised.
func (st *Statement) afterBelow(v float64) bool {
	return slices.ContainsFunc(st.Facts, func(f Fact) bool { return f.Kind == "percent" && f.Value == v && st.belowAt(f.Tok) })
}

// belowAt: a word of "below" stands in the three tokens before token tok
// ("falls below 99%", "less than 99.9%"; not "not less than 99.9%", which
// is at least it).
func (st *Statement) belowAt(tok int) bool {
	for i := max(0, tok-3); i < tok; i++ {
		switch st.toks[i].Lower {
		case "below", "under", "less", "short", "beneath", "<":
			return i == 0 || st.toks[i-1].Lower != "not" && st.toks[i-1].Lower != "no"
		}
	}
	return false
}

// statedLevel: the percentage v is what the availability is said to be,
// a few words after it with no "below" between ("monthly availability of
// 99.85%, with service credits … when availability is below 99.9%").
func (st *Statement) statedLevel(v float64) bool {
	for _, f := range st.Facts {
		if f.Kind != "percent" || f.Value != v {
			continue
		}
		for i := f.Tok - 1; i >= 0 && f.Tok-i <= 4; i-- {
			switch st.toks[i].Lower {
			case "below", "under", "less", "short", "beneath", "<", "between", "than":
				return false
			}
			at := slices.IndexFunc(st.Occs, func(o Occ) bool { return o.Concept == "availability" && o.End == i+1 && !o.Neg })
			if at < 0 {
				continue
			}
			// not a band's condition ("10% where availability is at least
			// 99.0%", "if the Monthly Uptime Percentage is 99.0% or more")
			for j := st.Occs[at].Tok - 1; j >= 0 && st.Occs[at].Tok-j <= 5; j-- {
				switch st.toks[j].Lower {
				case "where", "if", "when", "whenever", "while", "unless", "once":
					return false
				case ",", ";", ":", ".":
					return true
				}
			}
			return true
		}
	}
	return false
}

// bandBound: the percentage v bounds a band of a credit scale from below
// ("below 99.0% but 95.0% or more: 25%", "below the service level but at
// least 99.0%"): a threshold of the scale, not the level promised.
func (st *Statement) bandBound(v float64) bool {
	for _, f := range st.Facts {
		if f.Kind != "percent" || f.Value != v {
			continue
		}
		bound := f.End+1 < len(st.toks) && st.toks[f.End].Lower == "or" &&
			(st.toks[f.End+1].Lower == "more" || st.toks[f.End+1].Lower == "above" || st.toks[f.End+1].Lower == "higher" || st.toks[f.End+1].Lower == "greater") ||
			f.Tok >= 2 && st.toks[f.Tok-2].Lower == "at" && st.toks[f.Tok-1].Lower == "least"
		if !bound {
			continue
		}
		// the band's upper side just before it: "below 99.0% but …"
		for i := f.Tok - 1; i >= 0 && f.Tok-i <= 10; i-- {
			switch w := st.toks[i].Lower; w {
			case "below", "under", "short":
				return true
			case "less":
				if i == 0 || st.toks[i-1].Lower != "not" && st.toks[i-1].Lower != "no" {
					return true
				}
			case ";", ".":
				i = -1
			}
		}
	}
	return false
}

// onlyOutside: every mention of the concept is what something lies outside
// of ("requests outside any PT Subscription").
func (st *Statement) onlyOutside(concept string) bool {
	return st.everyOcc(concept, func(o Occ) bool {
		return slices.ContainsFunc(st.Occs, func(x Occ) bool { return x.Concept == "outside" && x.End <= o.Tok && o.Tok-x.End <= 1 })
	})
}

// unitSpeaksOf: some statement of the unit that binds reads the concept
// as something the terms depend on (not "unrelated to the end of life of
// any model"; and a row of a negotiation table that binds nobody,
// "Guardrails pricing | … | Withdrawn by AWS", makes no other row of the
// table about a model's withdrawal).
func (fb *frameBuilder) unitSpeaksOf(unit, concept string) bool {
	return fb.unitAsk("speaks", unit, concept, func(st *Statement) bool { return st.Binding && st.hasRelated(concept, coreCond...) })
}

// unitAsk answers whether some statement of the unit has a property, once
// per unit and question (a long clause's every statement asks of it).
func (fb *frameBuilder) unitAsk(question, unit, concept string, f func(*Statement) bool) bool {
	key := question + "\x00" + unit + "\x00" + concept
	if v, ok := fb.asked[key]; ok {
		return v
	}
	if fb.asked == nil {
		fb.asked = map[string]bool{}
	}
	v := false
	for _, st := range fb.units[unit] {
		if f(st) {
			v = true
			break
		}
	}
	fb.asked[key] = v
	return v
}

// unitUnrelated: a statement of the unit says its terms do not depend on
// the concept ("… are unrelated to the end of life of any model").
func (fb *frameBuilder) unitUnrelated(unit, concept string) bool {
	return fb.unitAsk("unrelated", unit, concept, func(st *Statement) bool { return st.has(concept) && !st.hasRelated(concept) })
}

// unitAffirms: some statement of the unit reads the concept, not negated
// ("We do not offer reserved capacity" puts no PT in its clause).
func (fb *frameBuilder) unitAffirms(unit, concept string) bool {
	return fb.unitAsk("affirms", unit, concept, func(st *Statement) bool { return st.affirms(concept) })
}

// otherService: the statement is expressly about another service: it
// names one, or sits under a heading that names an AWS product other than
// Bedrock ("24. AWS Supply Chain"), and says nothing of Bedrock.
func (st *Statement) otherService() bool {
	if st.has("bedrock") || st.has("all_services") {
		return false
	}
	if st.otherTower {
		return true // (its "PTUs" are the other service's capacity)
	}
	if st.pt() {
		return false
	}
	if st.has("other_service", RoleMain, RoleSubject) {
		return true
	}
	return otherProduct(st.Heading) || otherProduct(st.Text)
}

// otherServiceData: the data is another service's ("Amazon Connect
// recordings may be used to improve Amazon Connect"). What the data may be
// used for does not decide: this draft's content used "to improve AWS AI
// services" is still its content used for training.
func (st *Statement) otherServiceData() bool {
	if !st.otherService() {
		return false
	}
	cut := len(st.Text)
	for _, o := range st.Occs {
		if o.Concept == "train" && o.Tok < len(st.toks) && st.toks[o.Tok].Start < cut {
			cut = st.toks[o.Tok].Start
		}
	}
	from := 0
	for _, sub := range st.Subs {
		// "unless it opted out under the AWS AI services opt-out policy,":
		// a condition names no data
		if (sub.Role == RoleCondition || sub.Role == RoleException) && sub.End > 0 && sub.End <= len(st.toks) {
			if e := st.toks[sub.End-1].End; e <= cut && e > from {
				from = e
			}
		}
	}
	head := st.Text[from:cut]
	return st.has("other_service", RoleSubject) || otherProduct(head) || otherProduct(st.Heading) || st.otherTower
}

// reProduct names an AWS product: "Amazon Connect", "AWS Supply Chain".
var reProduct = lazyre.New(`\b(?:Amazon|AWS)\s+([A-Z][A-Za-z0-9]+(?:\s+[A-Z][A-Za-z0-9]+)?)`)

// notProduct are words after "Amazon" or "AWS" that name no product.
var notProduct = map[string]bool{"Bedrock": true, "Web": true, "Region": true, "Regions": true, "Customer": true,
	"Service": true, "Services": true, "Account": true, "Accounts": true, "Enterprise": true, "EDP": true, "Affiliates": true,
	"Affiliate": true, "Agreement": true, "Content": true, "Site": true, "Marks": true, "Documentation": true, "Policies": true,
	"Policy": true, "Privacy": true, "Nova": true, "Titan": true, "Foundation": true, "Models": true, "Inc": true, "EMEA": true,
	"Canada": true, "Australia": true, "Japan": true, "India": true, "Support": false, "Data": true, "Network": true,
	"Partner": true, "Partners": true, "Responsible": true, "Acceptable": true, "Intellectual": true,
	"GovCloud": true, "European": true, "Sovereign": true} // (Region partitions: "AWS GovCloud (US-West)", "AWS European Sovereign Cloud")

func otherProduct(s string) bool {
	for _, m := range reProduct.FindAllStringSubmatchIndex(s, -1) {
		first := strings.Fields(s[m[2]:m[3]])[0]
		// (a heading in capitals: "AWS ENTERPRISE DISCOUNT PROGRAM")
		if notProduct[first] || notProduct[first[:1]+strings.ToLower(first[1:])] || reRegionAfter.MatchString(s[m[1]:]) {
			// ("the AWS Asia Pacific (Sydney) Region": a Region, no product)
			continue
		}
		if strings.HasPrefix(s[m[1]:], ":") {
			// "AWS Response: AWS does not use …": a column's name before its
			// cell in a table row, no product
			continue
		}
		return true
	}
	return false
}

// reRegionAfter: a Region's place and the word "Region" after a name
// ("AWS Asia Pacific" + " (Sydney) Region").
var reRegionAfter = lazyre.New(`^(?:\s+[A-Z][a-z]+)?\s*\([^()]{1,30}\)\s*Regions?\b`)

func (fb *frameBuilder) base(st *Statement, key, value string) Base {
	b := Base{Statement: st.ID, Clause: st.Clause, Page: st.Page, Quote: st.Quote, Binding: st.Binding,
		Nonbinding: st.Nonbinding, MissingRefs: nonNil(st.MissingRefs), Deferred: st.Deferred, Amended: st.Amended,
		key: key, value: value, st: st}
	if !st.Binding && st.Nonbinding == "recital" && reWithdrawnTerm.MatchString(st.Text) {
		// "paragraph 5 of the February Letter, which offered a PT
		// availability commitment of 99.9%, is withdrawn and is not
		// replaced": an account of a term taken away, no mention of one
		b.Nonbinding = "withdrawn"
	}
	return b
}

// reWithdrawnTerm: a sentence that takes a term away ("… is withdrawn",
// "… has been deleted", "… is revoked").
var reWithdrawnTerm = lazyre.New(`(?i)\b(?:is|are|has\s+been|have\s+been|shall\s+be|will\s+be)\s+(?:hereby\s+)?(?:withdrawn|deleted|revoked|rescinded|removed)\b`)

func nonNil(xs []string) []string {
	if xs == nil {
		return []string{}
	}
	return xs
}

// vendorSide: the statement's actor is the provider, or nobody is named (a
// passive or a statement of fact), but not the customer.
func vendorSide(st *Statement) bool { return st.Actor != Customer }

// durations of a statement; notice: the duration next to a notice word.
func (st *Statement) noticeDays() (float64, bool, bool) {
	best, business, found := 0.0, false, false
	for _, f := range st.Facts {
		if f.Kind != "duration" {
			continue
		}
		near := false
		for _, o := range st.Occs {
			// the gap between the figure and the word, on either side
			// ("sixty-one (61) days' written notice")
			gap := o.Tok - f.End
			if o.Tok < f.Tok {
				gap = f.Tok - o.End
			}
			if o.Concept == "notice" && gap <= 3 && !o.Paren && !st.inParens(f.Tok) {
				near = true
			}
		}
		if near && (!found || f.Value > best) {
			best, business, found = f.Value, f.Business, true
		}
	}
	if found {
		return best, business, true
	}
	for _, f := range st.Facts {
		if f.Kind == "duration" && f.Value > best && f.Value <= 400 {
			best, business, found = f.Value, f.Business, true
		}
	}
	return best, business, found
}

// inParens reports whether token i stands inside brackets: an aside
// ("(the sixty days Customer asked for)") states no term.
func (st *Statement) inParens(i int) bool {
	depth := 0
	for j := 0; j < i && j < len(st.toks); j++ {
		switch st.toks[j].Lower {
		case "(", "[":
			depth++
		case ")", "]":
			if depth > 0 {
				depth--
			}
		}
	}
	return depth > 0
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// percentsNear returns the percentages of the statement whose nearest
// concept among the given ones is target.
func (st *Statement) percentsNear(target string, among ...string) []float64 {
	var out []float64
	for _, f := range st.Facts {
		if f.Kind != "percent" {
			continue
		}
		// a figure belongs to a concept of its own part of the sentence
		// ("if availability falls below 99.5%, Customer receives a credit")
		part := st.partAt(f.Tok)
		samePart := false
		for _, o := range st.Occs {
			if contains(among, o.Concept) && o.Part == part {
				samePart = true
			}
		}
		best, bestD := "", 1<<30
		for _, o := range st.Occs {
			if !contains(among, o.Concept) || samePart && o.Part != part {
				continue
			}
			d := 0
			switch {
			case o.End <= f.Tok:
				d = f.Tok - o.End
			case o.Tok >= f.End:
				d = o.Tok - f.End
			}
			if d < bestD || (d == bestD && o.Concept == target) {
				best, bestD = o.Concept, d
			}
		}
		if best == target {
			out = append(out, f.Value)
		}
	}
	return out
}

// reClaimVerb: the customer's step to obtain a credit ("claim", "request",
// "submit a claim for").
var reClaimVerb = lazyre.New(`(?i)\b(?:claim|request|apply\s+for|ask\s+for|submit)\b`)

// reSoleRemedy: a sentence that makes something the only remedy.
var reSoleRemedy = lazyre.New(`(?i)\b(?:sole|only|exclusive)\s+(?:and\s+exclusive\s+|or\s+exclusive\s+)?(?:monetary\s+|financial\s+)?(?:remedy|remedies|recourse|compensation)\b`)

// ---- C1 ----

// treatment: the concepts that say how an element of a request is billed
// (counted, included, excluded, charged).
var treatment = []string{"counting", "included", "excluded", "excluded_from_count", "fee", "unit_rate"}

func (fb *frameBuilder) tokenCounting(f *Frames, st *Statement) {
	els := map[string]bool{}
	elements := map[string]string{"system_prompt": "system_prompts", "tool_definition": "tool_definitions", "output_schema": "output_schemas"}
	outside := map[string]bool{}
	for c := range elements {
		outside[c] = st.hasOutsideParens(c)
	}
	for c, name := range elements {
		if !st.has(c, RoleMain, RoleSubject, RoleCondition, RoleException, RoleProviso) {
			continue
		}
		if fb.unsettledOnly(st, c) {
			// "The parties did not agree how structured output schemas
			// are treated": named, and left open
			continue
		}
		if st.nestedElement(c) {
			// "Tool Schemas are excluded": the schema is the tool's, the
			// longer name of one element holds the other's word
			continue
		}
		if st.describesElement(c, elements) {
			// "tool definitions, including tool names, descriptions and
			// parameter schemas": what a tool definition holds, no
			// output schema of its own
			continue
		}
		if !outside[c] && (outside["system_prompt"] || outside["tool_definition"] || outside["output_schema"]) {
			// "Tool definitions (name, description and parameter schema
			// of each tool) are counted": the brackets say what a tool
			// definition is, they address no element of their own
			continue
		}
		els[name] = true
	}
	if len(els) > 0 && !slices.ContainsFunc(treatment, func(c string) bool {
		if c == "included" && !st.has("token", coreCond...) && st.includesOnlyAsList() {
			// "prompts or completions (including system prompts …) to
			// train any model": "including" lists what a term covers; it
			// says nothing of what is billed
			return false
		}
		return st.has(c) || fb.sentenceHas(st, c) || (st.Row || st.Table) && fb.unitConcepts[st.Unit][c]
	}) {
		// "Engineering says the agent sends a 1,800-token response schema
		// on every call": the element is named, its counting is not (a
		// table row's cells, or its table's header, may say it: "Tool
		// definitions | Yes - counted")
		clear(els)
	}
	tokenHere := st.has("token", coreCond...)
	context := tokenHere || fb.unitConcepts[st.Unit]["token"] || fb.headingHas(st, "token") || fb.headingHas(st, "counting")
	counting := tokenHere && slices.ContainsFunc(st.Occs, func(o Occ) bool {
		// ("does not count towards the Bedrock Commitment": a commitment's
		// draw-down, not how tokens are counted)
		return o.Concept == "counting" && !(o.End < len(st.toks) && reTowards.MatchString(strings.ToLower(st.Text[st.toks[o.End].Start:st.toks[o.End].End]))) &&
			!st.tokenCountNoun(o)
	})
	if len(els) > 0 && !context && !st.has("counting") && (!st.has("included") || st.includesOnlyAsList()) && !st.has("fee") {
		return
	}
	if len(els) > 0 && !tokenHere && !st.has("counting") && !st.has("fee") && !st.has("unit_rate") &&
		st.Actor == Customer && (st.Modality == Obligation || st.Modality == Permission) {
		// "The Client shall include a system message in each request":
		// what the customer sends, not how it is counted
		return
	}
	if len(els) == 0 && !counting {
		return
	}
	if len(els) == 0 && (st.otherService() || isHeadingText(reLeadingNumber.ReplaceAllString(st.Text, "")) || isPartTitle(st.Text)) {
		// "Tokens issued by AWS Security Token Service are not billable":
		// another service's tokens; "7.4 Token Metering.": a heading
		return
	}
	if len(els) == 0 && st.Negated && st.Modality != Permission && !st.has("excluded") && !st.has("excluded_from_count") {
		// "AWS does not offer customer-specific terms on token metering",
		// "the asks on token counting … will not appear in the
		// amendment": the topic named as absent, no rule of counting
		return
	}
	if len(els) == 0 && st.affirms("unrelated", RoleMain, RoleSubject) {
		// "such tokens are unrelated to the metering of Amazon Bedrock
		// usage", "Security tokens are unrelated to model tokens": other
		// tokens, set apart from the counting
		return
	}
	fr := TokenCounting{Base: fb.base(st, "c1", ""), Counting: counting || len(els) > 0, Elements: sortedSet(els)}
	f.TokenCounting = append(f.TokenCounting, fr)
}

// exceptedHas: the concept stands in what an exception keeps, right after
// "other than", "except", "save" or "apart from" ("no charge … other than
// Infrastructure Charges").
func (st *Statement) exceptedHas(concept string) bool {
	for _, o := range st.Occs {
		if o.Concept != concept {
			continue
		}
		for i := o.Tok - 1; i >= 0 && i >= o.Tok-3; i-- {
			switch w := st.toks[i].Lower; {
			case w == "than" && i > 0 && st.toks[i-1].Lower == "other", w == "except", w == "save", w == "excepting",
				w == "from" && i > 0 && st.toks[i-1].Lower == "apart":
				return true
			}
		}
	}
	return false
}

// includesOnlyAsList: the statement is about the use of data ("will not
// use … to train"), and every "included" of it is the word "including",
// which opens a list of what a term covers.
func (st *Statement) includesOnlyAsList() bool {
	if !st.has("use_data", RoleMain) && !st.has("train", RoleMain) {
		return false
	}
	n := 0
	for _, o := range st.Occs {
		if o.Concept != "included" {
			continue
		}
		n++
		if o.End-o.Tok != 1 || st.toks[o.Tok].Lower != "including" {
			return false
		}
	}
	return n > 0
}

// tokenCountNoun: the counting word is the head of the noun "token
// count(s)" or "request count(s)" ("request counts, latency and token
// counts"): a figure recorded, not how tokens are counted ("each token
// counts as input" is the verb).
func (st *Statement) tokenCountNoun(o Occ) bool {
	if o.End-o.Tok != 1 || o.Tok == 0 {
		return false
	}
	w := st.toks[o.Tok].Lower
	if w != "count" && w != "counts" || !countedThing[st.toks[o.Tok-1].Lower] {
		return false
	}
	// "each token counts as input", "usage counts towards": the verb
	return o.End >= len(st.toks) || !countVerbNext[st.toks[o.End].Lower]
}

var (
	// countedThing: what a recorded count is of ("token counts", "request
	// counts").
	countedThing = map[string]bool{"token": true, "request": true}
	// countVerbNext: the words after "count(s)" the verb takes.
	countVerbNext = map[string]bool{"as": true, "towards": true, "toward": true, "against": true, "for": true, "in": true,
		"double": true, "once": true, "twice": true, "separately": true, "only": true}
)

// titleOnly: the text is only a title, after any label ("Clause 6 Model
// end of life", "5.3 | Model lifecycle and end of life", "4. Model
// Lifecycle and EOL Remedies.").
func titleOnly(t string) bool {
	t = strings.TrimSpace(strings.ReplaceAll(t, " | ", " "))
	if m := reTitleLabel.FindStringIndex(t); m != nil {
		t = t[m[1]:]
	}
	t = strings.TrimSuffix(strings.TrimSpace(t), ".")
	if r, _ := utf8.DecodeRuneInString(t); t == "" || !unicode.IsUpper(r) || len(strings.Fields(t)) > 8 {
		return false
	}
	return isHeadingText(t)
}

// reTitleLabel: the label before a title ("Clause 6", "Issue 9.", "5.3",
// "(d)", "§ 4").
var reTitleLabel = lazyre.New(`^(?:(?i:clause|section|article|issue|item|part|paragraph|point)\s+[\w.]+\.?\s*|§\s*[\w.]+\s*|\(\w{1,4}\)\s*|\d{1,3}(?:\.\d{1,3})*\.?\s+)+`)

// isPartTitle: the text is only a part's label and title, as a list of the
// annexes gives it ("Annex IV – Token Metering Methodology.").
func isPartTitle(t string) bool {
	m := rePartLabelLead.FindStringIndex(t)
	return m != nil && isHeadingText(strings.TrimSuffix(strings.TrimSpace(t[m[1]:]), "."))
}

// rePartLabelLead: a part's label and the dash or colon after it.
var rePartLabelLead = lazyre.New(`^\s*(?i:annex(?:ure)?|schedule|exhibit|appendix|attachment|part)\s+[\w.-]{1,6}\s*[–—:-]\s*`)

// reTowards: the word after "count" that makes it a draw-down.
var reTowards = lazyre.New(`^(?:towards?|against)$`)

// addTrigger records the cancellation trigger a concept names.
func addTrigger(trig map[string]bool, concept string) {
	switch concept {
	case "deprecate", "material_change":
		trig["deprecation"] = true
	case "migrate":
		trig["migration"] = true
	}
}

// reLeadingNumber: a clause number opening a text ("7.4 ").
// (also "Change 2 — ", the label of an amending letter's item, before its
// title)
var reLeadingNumber = lazyre.New(`^\s*(?:\d{1,3}(?:\.\d{1,3})*\.?\s+|(?i:change|item|amendment|variation|point)\s+(?:no\.\s*)?[\w.]{1,6}\s*[—–:-]\s*)`)

// afterPreposition: the token at i is the object of a preposition ("not
// used at the date of cancellation", "not consumed as a result of
// termination"): a negation before the preposition denies the verb it
// governs, not the noun in the phrase.
func (st *Statement) afterPreposition(i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		switch st.toks[j].Lower {
		case "the", "a", "an", "its", "their", "such", "any":
			continue
		case "of", "on", "upon", "at", "after", "following", "from":
			return true
		}
		return false
	}
	return false
}

// reImperativeClaim: a sentence that tells the reader to claim ("Ask for
// a credit within 60 days …", "Submit your claim …").
var reImperativeClaim = lazyre.New(`(?i)^\W*(?:ask|apply|claim|request|submit|send)\b`)

// reBothLead: a lead-in whose items must all happen ("both of the
// following", "all of the following").
var reBothLead = lazyre.New(`(?i)\b(?:both|all)\s+of\s+the\s+following\b`)

// rePTWords: words that name Provisioned Throughput themselves.
var rePTWords = lazyre.New(`(?i)\bprovisioned\b|\bPT\b|\bmodel[- ]units?\b|\bPTUs?\b|\breserved\s+capacity`)

// ---- C2 ----

func (fb *frameBuilder) lifecycle(f *Frames, st *Statement) {
	here := st.hasRelated("deprecate", coreCond...)
	if !here && !(fb.unitSpeaksOf(st.Unit, "deprecate") || fb.headingHas(st, "deprecate")) {
		return
	}
	if !here && fb.unitUnrelated(st.Unit, "deprecate") {
		return // "MAP credits are unrelated to the end of life of any model"
	}
	if !fb.about(st, "model") && !fb.about(st, "custom_model") {
		return // "Customer plans to retire its on-premise cluster": no model retired
	}
	if st.otherTower && !st.has("bedrock") {
		return // "Where a laptop model reaches end of life" in the end-user computing tower
	}
	if here && st.has("infrastructure", RoleSubject) && !st.has("model") && !st.has("custom_model") {
		return // "Storage media reaching end-of-life are decommissioned"
	}
	if !here && !fb.headingHas(st, "deprecate") && !st.has("model") && !st.has("custom_model") && !st.has("migrate") {
		// a clause that speaks of retirement somewhere does not make each
		// of its sentences a lifecycle term ("AWS gives 30 days' notice of
		// new sub-processors")
		return
	}
	if st.has("cancel", RoleMain) && fb.aboutPT(st) {
		return // a PT cancellation right is C3's
	}
	if fb.sentenceAny(st, func(o *Statement) bool { return o.has("cancel", RoleMain) && !o.Proviso }) && fb.aboutPT(st) {
		// an item of a PT cancellation right: its trigger, C3's (a
		// proviso that saves the right to cancel, "provided that nothing
		// here affects the right to cancel PT", leaves the sentence C2's)
		return
	}
	if !here && fb.unitConcepts[st.Unit]["cancel"] && fb.aboutPT(st) {
		return // a refund on cancelling PT belongs to C3's clause (rule 6)
	}
	if fb.itemOfCancellation(st) {
		// "(a) the Foundation Model concerned is materially deprecated" under
		// "The Bank may cancel a PT Commitment … where:": a trigger of the
		// cancellation right, C3's (rule 6)
		return
	}
	if st.has("availability", coreCond...) && (!here || st.uptimeLevel()) || fb.unitConcepts[st.Unit]["availability"] && !here {
		// SLA credits are C6's ("If AWS ends the availability of a model
		// it used, AWS issues a credit of 10% of its charges": a
		// deprecation, with no uptime level, is C2's)
		return
	}
	if here && (fb.unitConcepts[st.Unit]["cancel"] || fb.headingHas(st, "provisioned")) && fb.aboutPT(st) && !fb.headingHas(st, "deprecate") {
		// "in the case of withdrawal under 5.3, AWS refunds the fee": a
		// term of the PT cancellation, not a migration remedy (a notice of
		// retirement beside a PT term is still a lifecycle term)
		if !st.has("migrate") && !st.has("custom_model") && st.has("remedy") && !st.affirms("notice") {
			return
		}
	}
	fr := ModelLifecycle{Base: fb.base(st, "c2", "")}
	// a remedy the vendor shall give, or one the customer may claim; what
	// the vendor only may give ("We may also give you a migration credit")
	// is its discretion, no remedy the customer holds
	remedyFor := st.Modality == Declarative || st.Modality == Permission && st.Actor == Customer || st.Modality != Permission && vendorSide(st)
	// ("you'll pay no more for the successor than for the retired model":
	// the customer's price for the successor held down, whoever the
	// sentence makes pay)
	capped := st.priceHold() && reCappedPrice.MatchString(st.Text)
	fr.Remedy = (st.affirms("remedy", RoleMain, RoleSubject) || st.priceHold()) && (remedyFor || capped) && !st.has("cancel", RoleMain) && !st.Negated
	if fr.Remedy && st.has("advice", RoleMain, RoleSubject) && !st.affirms("credit") && !st.priceHold() {
		// "free of charge with migration documentation and a technical
		// review": help, not a financial remedy (help named only in the
		// condition, "where end of support forces a move", is no such offer)
		fr.Remedy = false
	}
	// "provided, however, that AWS shall have no obligation to provide any
	// credit": a proviso that withdraws the remedy is a denial of it
	fr.NoRemedy = st.denies("remedy", RoleMain, RoleSubject, RoleProviso) && vendorSide(st)
	if fr.NoRemedy && (!st.denies("remedy", RoleMain, RoleSubject) || st.Proviso) && reNarrowingProviso.MatchString(st.Text) {
		// "Provided that no Migration Credit shall be issued where the
		// end-of-life is effected at the Customer's request": a proviso
		// that withholds the remedy in one case narrows it, it does not
		// rule it out
		fr.NoRemedy = false
	}
	if fr.NoRemedy && !st.Negated && st.affirms("remedy", RoleSubject) && !st.denies("remedy", RoleSubject) {
		// "the Migration Credit is calculated without counting any amount
		// refunded": the sentence is about the credit, which it grants;
		// what "without" leaves out is a figure of its calculation
		fr.NoRemedy = false
	}
	if fr.NoRemedy && reNotDiminish.MatchString(st.Text) {
		// "This does not reduce the migration credit": a negated verb
		// that takes away keeps the remedy, it does not rule it out
		fr.NoRemedy = false
	}
	if fr.NoRemedy && reNothingInThis.MatchString(st.Text) {
		// "Nothing in this clause 6 obliges AWS to provide any credit": the
		// clause grants none, which is a remedy absent, not one ruled out
		fr.NoRemedy = false
	}
	if st.has("remedy", RoleSubject) && !st.Negated && reSubjectExcluded.MatchString(st.Text) {
		// "Further claims of the Customer arising from the end of
		// availability, in particular claims to credits, are excluded":
		// what the sentence names and then excludes is ruled out
		fr.Remedy, fr.NoRemedy = false, true
	}
	if st.affirms("notice", coreCond...) {
		fr.Notice = true
		if d, _, ok := st.noticeDays(); ok {
			fr.NoticeDays = d
		}
	}
	atWill := st.affirms("at_will", RoleMain, RoleSubject, RoleCondition) && st.actorIsVendorish() &&
		(st.Modality == Permission || st.Modality == Declarative || st.Modality == Obligation) && !st.Negated
	if atWill && fr.Notice && fr.NoticeDays > 0 {
		atWill = false // "at any time on 90 days' notice" is notice
	}
	if st.Modality == NonObligation && st.has("notice") && st.actorIsVendorish() {
		atWill = true // "AWS is not required to give notice before retiring"
	}
	fr.AtWill = atWill && here
	if fr.AtWill && st.Modality != NonObligation {
		fr.discretion = true
		for _, o := range st.Occs {
			if o.Concept == "at_will" && !o.Neg && !discretionPhrase[strings.ToLower(st.Text[st.toks[o.Tok].Start:st.toks[o.End-1].End])] {
				fr.discretion = false
			}
		}
	}
	fr.CustomModels = st.has("custom_model")
	if !fr.Remedy && !fr.NoRemedy && !fr.Notice && !fr.AtWill && (!here || titleOnly(st.Quote)) {
		// ("Clause 6 Model end of life", "Issue 9. Foundation Model
		// deprecation and end-of-life": a title names the subject, it
		// addresses nothing)
		return
	}
	fr.value = fmt.Sprintf("%v/%v/%v", fr.Remedy, fr.NoRemedy || fr.AtWill, fr.Notice)
	if !fr.Remedy && !fr.NoRemedy && !fr.AtWill {
		fr.value = silent // a notice that says nothing of a remedy
	}
	f.ModelLifecycle = append(f.ModelLifecycle, fr)
}

// definedWithoutPT: the statement names a defined term whose definition
// leaves Provisioned Throughput out ("Covered Service" means on-demand
// inference "and does not include Provisioned Throughput").
func (fb *frameBuilder) definedWithoutPT(st *Statement) bool {
	for _, d := range fb.rg.Definitions {
		if d.Clause != st.Clause && contains(d.Excludes, "provisioned") && containsTerm(st.Text, d.Term) {
			return true
		}
	}
	return false
}

// itemOfCancellation: the statement is an item of a lead-in that gives a
// right to cancel Provisioned Throughput.
func (fb *frameBuilder) itemOfCancellation(st *Statement) bool {
	c := fb.rg.byID[st.Clause]
	if c == nil || c.ParentID == "" {
		return false
	}
	p := fb.rg.byID[c.ParentID]
	if p == nil || !strings.HasSuffix(strings.TrimSpace(p.Text), ":") {
		return false
	}
	cs := fb.rg.conceptsOf(p.Text)
	return contains(cs, "cancel") && (contains(cs, "provisioned") || fb.aboutPT(st))
}

// priceHold: the successor is offered at the rates of the model it
// replaces ("the successor model at the per-token rates that applied to the
// deprecated model"): a price term followed by a reference back to the old
// model is an equivalent financial remedy; a successor at its own list price
// is not.
func (st *Statement) priceHold() bool {
	if !st.affirms("migrate", RoleMain, RoleSubject) {
		return false
	}
	for _, o := range st.Occs {
		if (o.Concept != "fee" && o.Concept != "unit_rate") || o.Neg || !roleIn(o.Role, []Role{RoleMain, RoleSubject}) {
			continue
		}
		for _, b := range st.Occs {
			if b.Tok > o.Tok && !b.Neg && (b.Concept == "deprecate" || b.Concept == "prior_model") {
				return true
			}
		}
	}
	return false
}

// provisionTriggers: "Customer may cancel PT on 60 days' notice in either
// of the following events: (a) …; (b) …" is one right whose items are its
// triggers. Each item is read with the lead-in and gives one trigger; the
// right is the union, where the cancellation and its notice sit in the
// lead-in (an item with a notice of its own is a right of its own).
func (fb *frameBuilder) provisionTriggers(f *Frames) {
	type key struct{ parent, lead string }
	keyOf := func(st *Statement) (key, bool) {
		if st.lead != "" {
			for _, o := range st.Occs {
				if o.Concept == "cancel" && o.Tok >= st.leadToks {
					return key{}, false
				}
			}
			for _, fc := range st.Facts {
				if fc.Kind == "duration" && fc.Tok >= st.leadToks {
					return key{}, false
				}
			}
			return key{st.leadUnit, st.lead}, true
		}
		if strings.HasSuffix(strings.TrimSpace(st.Text), ":") {
			return key{st.Unit, strings.TrimSpace(st.Text)}, true
		}
		return key{}, false
	}
	groups := map[key][]int{}
	var order []key
	for i, fr := range f.PTCancellation {
		if fr.Kind != "right" || fr.st == nil {
			continue
		}
		k, ok := keyOf(fr.st)
		if !ok {
			continue
		}
		if _, seen := groups[k]; !seen {
			order = append(order, k)
		}
		groups[k] = append(groups[k], i)
	}
	for _, k := range order {
		idx := groups[k]
		if len(idx) < 2 {
			continue
		}
		trig := map[string]bool{}
		joint := false
		for _, i := range idx {
			for _, t := range f.PTCancellation[i].Triggers {
				trig[t] = true
			}
			// "but only where both of these have happened:" in the lead-in
			for _, s := range f.PTCancellation[i].st.Subs {
				if s.Role == RoleCondition && s.Joint {
					joint = true
				}
			}
		}
		for _, i := range idx {
			fr := &f.PTCancellation[i]
			if fr.Holder != f.PTCancellation[idx[0]].Holder || fr.NoticeDays != f.PTCancellation[idx[0]].NoticeDays {
				continue
			}
			fr.Triggers = sortedSet(trig)
			fr.Joint = fr.Joint || joint && trig["deprecation"] && trig["migration"]
			fr.value = fmt.Sprintf("%v/%v/%v", fr.Triggers, fr.NoticeDays, fr.Joint)
		}
	}
}

func (st *Statement) actorIsVendorish() bool {
	return st.Actor == Vendor || st.Actor == ""
}

// ---- C3 ----

func (fb *frameBuilder) cancellation(f *Frames, st *Statement) {
	nonCancel := false
	for _, o := range st.Occs {
		// ("No cancellation fee is payable": a fee denied, not the
		// cancellation)
		if o.Concept == "non_cancellable" && !o.Neg && (o.Role == RoleMain || o.Role == RoleSubject) && !st.feeAfter(o.End) {
			nonCancel = true
		}
	}
	cancel := st.has("cancel", RoleMain, RoleSubject)
	if !nonCancel && !cancel && !(st.has("notice") && reUnderClause.MatchString(st.Text)) {
		return
	}
	// "the notice period for a cancellation under paragraph 5.1 is forty
	// (40) business days", "the notice period for clause 6.3 is sixty (60)
	// Business Days": a term of the PT right the clause named holds
	named := fb.namedRights(f, st)
	if !nonCancel && !cancel && len(named) == 0 {
		return
	}
	if len(named) == 0 && (!fb.aboutPT(st) || st.otherService()) {
		return
	}
	if len(named) == 0 && !st.has("provisioned") && !fb.unitConcepts[st.Unit]["provisioned"] && !fb.headingHas(st, "provisioned") && !fb.rg.Subject["provisioned"] {
		return
	}
	if len(named) > 0 && !nonCancel && st.Actor == "" && st.Modality == Declarative && st.has("notice") {
		if d, b, ok := st.noticeDays(); ok {
			fr := named[0]
			fr.Base = fb.base(st, "c3", "right")
			fr.NoticeDays, fr.Business = d, b
			trig := map[string]bool{}
			for _, o := range named {
				for _, t := range o.Triggers {
					trig[t] = true
				}
				fr.Joint = fr.Joint || o.Joint
			}
			fr.Triggers = sortedSet(trig)
			fr.value = fmt.Sprintf("%v/%v/%v", fr.Triggers, fr.NoticeDays, fr.Joint)
			f.PTCancellation = append(f.PTCancellation, fr)
			return
		}
	}
	exceptions := reSubjectTo.MatchString(st.Text) // "Subject only to Clause 4.3, …"
	for _, s := range st.Subs {
		if s.Role == RoleException {
			exceptions = true
		}
	}
	// "there is no cancellation right when we move a workload to a
	// different model": the right denied for the events its condition
	// names (a concessive, "even if the model is deprecated", is none)
	deniedFor := []string{}
	if st.has("deprecate", RoleCondition) {
		deniedFor = append(deniedFor, "deprecation")
	}
	if st.has("migrate", RoleCondition) || st.has("move", RoleCondition) {
		deniedFor = append(deniedFor, "migration")
	}
	if st.Modality == Declarative && len(deniedFor) == 0 {
		// "Moving a workload to another Bedrock model is not a
		// cancellation event": the event the sentence is about is the one
		// denied as a trigger
		if st.has("deprecate", RoleSubject) {
			deniedFor = append(deniedFor, "deprecation")
		}
		if st.has("migrate", RoleSubject) || st.has("move", RoleSubject) {
			deniedFor = append(deniedFor, "migration")
		}
	}
	for _, sib := range fb.units[st.Unit] {
		// "Except as provided in Schedule B, the commitments … are
		// non-cancellable, and amounts paid are non-refundable": the
		// exception that opens the sentence qualifies each part of it
		if sib == st || !sameSentence(sib, st) {
			continue
		}
		for _, s := range sib.Subs {
			if s.Role == RoleException && s.Start <= 1 {
				exceptions = true
			}
		}
	}
	// a denial: the cancellation itself is negated ("may not cancel",
	// "cannot be terminated", "no right to cancel"), not an object of
	// another negated verb ("no charges accrue for the cancelled capacity")
	cancelNeg := false
	// "No early termination charge applies to a cancellation under 5(a)":
	// the charge is what is denied, not the cancellation
	chargeDenied := false
	for _, o := range st.Occs {
		if o.Role == RoleSubject && o.Neg && (o.Concept == "fee" || o.Concept == "paid_exit") {
			chargeDenied = true
		}
	}
	for _, o := range st.Occs {
		// ("No charges for the cancelled capacity accrue": the charges;
		// "No cancellation fee is payable": the fee)
		if o.Concept == "cancel" && o.Neg && !chargeDenied && (o.Head || o.Role == RoleSubject) && !st.feeAfter(o.End) && !st.afterPreposition(o.Tok) {
			cancelNeg = true
		}
	}
	if cancelNeg && st.Modality == Declarative && st.affirms("cancel", RoleSubject) && !st.denies("cancel", RoleSubject) {
		// "A termination under C.3.5.2 is not a termination for
		// convenience": what kind of cancellation it is, not a denial of it
		cancelNeg = false
	}
	// "Cancellation, reduction or early termination of a PT Commitment by
	// the Customer during its term is excluded": the cancellation the
	// sentence names and then excludes is denied
	excluded := st.has("cancel", RoleSubject) && !st.Negated && !chargeDenied && reSubjectExcluded.MatchString(st.Text)
	voidException := exceptions && fb.excepted(st)
	if voidException {
		// "non-cancellable, save as provided in row 3.5", where an
		// amendment deleted row 3.5: the exception is to nothing
		exceptions = false
	}
	// "Customer is not entitled to terminate, cancel or reduce …": a
	// permission to cancel, denied
	deniedRight := cancel && st.Modality == Permission && st.Negated && st.Actor == Customer && st.has("cancel", RoleMain)
	if nonCancel || excluded || deniedRight || (cancel && cancelNeg && !st.affirms("cancel", RoleMain)) {
		if st.Modality == NonObligation {
			return
		}
		if !nonCancel && reHowOften.MatchString(st.Text) {
			// "shall not cancel … under Clause 7.3(b) more than twice in
			// any Commitment Year": a limit on how often the right is
			// used, not a denial of it
			return
		}
		fr := PTCancellation{Base: fb.base(st, "c3", "denial"), Kind: "denial", Triggers: deniedFor, Qualified: exceptions}
		if voidException {
			fr.MissingRefs = []string{} // the deleted provision was only the exception's
		}
		f.PTCancellation = append(f.PTCancellation, fr)
		if exceptions && fb.exceptionGrantsCancel(st) {
			// "PT commitments are non-cancellable, except that the Company
			// may cancel … on forty-five (45) days' notice only where both
			// (i) … and (ii) …": the exception is the customer's right,
			// on the events its condition names
			r := PTCancellation{Base: fb.base(st, "c3", "right"), Kind: "right", Holder: Customer, Triggers: deniedFor}
			joint := false
			for _, s := range st.Subs {
				joint = joint || s.Role == RoleCondition && s.Joint
			}
			both := slices.Contains(deniedFor, "deprecation") && slices.Contains(deniedFor, "migration")
			r.Joint = both && (joint || st.triggersJoined())
			if d, b, ok := st.noticeDays(); ok {
				r.NoticeDays, r.Business = d, b
			}
			r.PaidExit = st.affirms("paid_exit", RoleException, RoleCondition)
			r.value = fmt.Sprintf("%v/%v/%v", r.Triggers, r.NoticeDays, r.Joint)
			f.PTCancellation = append(f.PTCancellation, r)
		}
		return
	}
	if !st.affirms("cancel", RoleMain, RoleSubject) {
		return
	}
	holder := st.Actor
	if holder == Vendor {
		// "AWS may terminate PT if Customer fails to pay": not Customer's right
		return
	}
	if st.endsDocument() {
		return // "Either party may terminate this Order Form if …": the whole contract, not PT
	}
	if st.Modality == Obligation && holder == Customer && !st.has("notice") {
		return
	}
	if st.Modality == Declarative && holder != Customer && !st.has("notice") {
		// "Such a termination leaves PT in place": a cancellation named,
		// no one given the right to it
		return
	}
	fr := PTCancellation{Base: fb.base(st, "c3", "right"), Kind: "right", Holder: holder, Triggers: []string{}}
	trig := map[string]bool{}
	jointParts := 0
	for _, o := range st.Occs {
		if o.Neg || (o.Role != RoleCondition && o.Role != RoleMain && o.Role != RoleProviso) {
			continue
		}
		addTrigger(trig, o.Concept)
	}
	if st.lead != "" {
		// an item naming a circumstance in a clause of its own ("in either
		// of the following circumstances: … (b) the Customer migrates the
		// workload to a different model"): the item's words are the trigger
		for _, sib := range fb.units[st.Unit] {
			if sib == st || !sameSentence(sib, st) {
				continue
			}
			from := fb.itemStart(sib)
			for _, o := range sib.Occs {
				if !o.Neg && from >= 0 && o.Tok > from {
					addTrigger(trig, o.Concept)
				}
			}
		}
	}
	for _, s := range st.Subs {
		if s.Role == RoleCondition && s.Joint {
			jointParts++
		}
	}
	fr.Joint = jointParts > 0 && trig["deprecation"] && trig["migration"] || trig["deprecation"] && trig["migration"] && st.triggersJoined()
	if st.lead != "" && reBothLead.MatchString(st.lead) && len(trig) > 0 {
		// "only where both of the following events have occurred: (i) …;
		// and (ii) …": the lead joins its items, whichever clause each
		// item was read as (a bilingual draft numbers them apart)
		fr.Joint = true
	}
	if len(trig) == 0 && reEventsIn.MatchString(st.Text) {
		// "on either event in section 6.1": the events of the clause named
		for _, r := range fb.rg.refs().Read(st.Text) {
			for _, id := range numberIDs(fb.rg.doc, r.Target) {
				for _, o := range f.PTCancellation {
					if o.Kind == "right" && (o.Clause == id || isAncestor(fb.rg.byID, id, o.Clause)) {
						for _, t := range o.Triggers {
							trig[t] = true
						}
						fr.Joint = fr.Joint || o.Joint
					}
				}
			}
		}
		if len(trig) == 0 {
			// "if either of the events in 5.3.2 or 5.3.3 occurs", the
			// events told by the rows (or clauses) so numbered
			for _, t := range fb.rg.numberedTexts(st) {
				for _, c := range fb.rg.conceptsOf(t) {
					addTrigger(trig, c)
				}
			}
		}
	}
	if len(trig) == 0 && st.Row {
		// "| 7.1 | Trigger A | The model … is materially deprecated … |"
		// and "| 7.3 | Notice | Customer may cancel … after Trigger A or
		// Trigger B occurs |": the events the rows so named tell
		for _, sib := range fb.units[st.Unit] {
			if sib == st || !sib.Row || sameSentence(sib, st) {
				continue
			}
			for _, name := range rowNames(sib.Text) {
				if containsTerm(st.Text, name) {
					for _, o := range sib.Occs {
						if !o.Neg {
							addTrigger(trig, o.Concept)
						}
					}
				}
			}
		}
	}
	fr.Triggers = sortedSet(trig)
	if d, b, ok := st.noticeDays(); ok {
		fr.NoticeDays, fr.Business = d, b
	} else if reNoticeLengthNamed.MatchString(st.Text) {
		// "notice of not less than the notice period in section 7.5": the
		// length stated where the sentence points, as that clause now
		// reads; else it is not stated
		if d, b, referred, ok := fb.referencedNotice(st); ok {
			fr.NoticeDays, fr.Business = d, b
		} else if !referred {
			// (a reference to a section whose figure is not read here is
			// left as a right without a stated notice, as before)
			fr.NoticeUnstated = true
		}
	}
	fr.PaidExit = st.affirms("paid_exit", RoleMain, RoleCondition, RoleProviso)
	fr.value = fmt.Sprintf("%v/%v/%v", fr.Triggers, fr.NoticeDays, fr.Joint)
	f.PTCancellation = append(f.PTCancellation, fr)
}

// referencedNotice: the longest duration stated in the clauses of this
// draft that the statement refers to, as they now read (business days
// counted as calendar days, as everywhere); referred is whether it refers
// to any, ok whether they state a duration.
func (fb *frameBuilder) referencedNotice(st *Statement) (days float64, business, referred, ok bool) {
	read := func(text string) {
		for _, f := range readFacts(text, nil) {
			if f.Kind == document.FactDuration && f.Value > days {
				days, business, ok = f.Value, f.Business, true
			}
		}
	}
	// a clause as it now reads (its own text where nothing amends it)
	now := func(c *document.Clause) (string, bool) {
		if e := fb.rg.eff[c.ID]; e != nil {
			return e.text, c.ID != st.Clause && !e.deleted && !e.instruction
		}
		return c.Text, c.ID != st.Clause
	}
	for _, r := range fb.rg.refs().Read(st.Text) {
		referred = true
		if r.Missing && r.In == "" {
			continue
		}
		if ids := fb.rg.byNumber[normNum(r.Target)]; len(ids) > 0 {
			for _, id := range ids {
				if c := fb.rg.byID[id]; c != nil {
					if text, live := now(c); live {
						read(text)
					}
				}
			}
			continue
		}
		// a row of a table so labelled ("7.5  PT cancellation notice (§
		// 7.4)  90 days" in a schedule of prices), as it now reads
		for i := range fb.rg.doc.Clauses {
			if text, live := now(&fb.rg.doc.Clauses[i]); live {
				for _, ln := range labelledLines(text, r.Target) {
					read(ln)
				}
			}
		}
	}
	return days, business, referred, ok
}

// reNoteMarks: note references in a cell ("none [5]", "n/a¹", "—*").
var reNoteMarks = lazyre.New(`\[\d{1,2}\]|[¹²³⁴⁵⁶⁷⁸⁹*†‡]`)

// reNoticeLengthNamed: a notice whose length the sentence refers to
// without giving it ("notice of not less than `pt_cancellation_notice`",
// "on the notice period specified in the Order Form").
var reNoticeLengthNamed = lazyre.New(`(?i)\bnotice\s+(?:period\s+)?of\s+(?:not\s+less\s+than|at\s+least|no\s+less\s+than|the)\b|\bnotice\s+periods?\s+(?:set\s+out|specified|stated|given|defined|agreed|shown|listed)\s+in\b`)

// rowNames are the short names a table row read as "Header: value; …"
// gives itself ("Item: Trigger A"): cells of one to four words with a word
// of three letters or more, not numbers.
func rowNames(text string) []string {
	var out []string
	for _, cell := range strings.Split(text, ";") {
		m := reRowCell.FindStringSubmatch(cell)
		if m == nil {
			continue
		}
		v := strings.TrimSpace(m[1])
		if n := len(strings.Fields(v)); n == 0 || n > 4 || !reNameWord.MatchString(v) {
			continue
		}
		out = append(out, v)
	}
	return out
}

var (
	reRowCell  = lazyre.New(`^\s*[^:]{1,30}:\s*([^:]{1,40}?)\s*$`)
	reNameWord = lazyre.New(`\p{Lu}\p{L}{2,}`)
)

// excepted reports whether every provision the statement cites is one the
// draft held and no longer holds (deleted, or left "[Reserved]"): an
// exception "save as provided in row 3.5" to a deleted row excepts nothing.
func (fb *frameBuilder) excepted(st *Statement) bool {
	refs := fb.rg.refs().Read(st.Text)
	// the exception's own references, where the sentence marks it ("PT
	// commitments (including the prepayment in 1.4) are non-cancellable,
	// save as provided in Annex C": Annex C, not 1.4)
	var spans [][2]int
	for _, s := range st.Subs {
		if s.Role == RoleException && s.Start < s.End && s.End <= len(st.toks) {
			spans = append(spans, [2]int{st.toks[s.Start].Start, st.toks[s.End-1].End})
		}
	}
	if len(spans) > 0 {
		refs = slices.DeleteFunc(refs, func(r document.Ref) bool {
			return !slices.ContainsFunc(spans, func(sp [2]int) bool { return r.Offset >= sp[0] && r.Offset < sp[1] })
		})
	}
	if len(refs) == 0 {
		return false
	}
	for _, r := range refs {
		ids := numberIDs(fb.rg.doc, r.Target)
		if len(ids) == 0 {
			// ("Save as set out in this clause 14.5": the clause the
			// sentence is in, however the draft numbers it)
			self := strings.HasSuffix(strings.ToLower(strings.TrimSpace(st.Text[:r.Offset])), "this")
			if r.Missing && !self && (slices.Contains(st.MissingRefs, r.Text) || slices.Contains(st.MissingRefs, r.Target)) {
				// "save as provided in Annex C", an annex the draft does
				// not hold (nor any amendment in it): an exception that
				// exists only as a reference to what is not there counts
				// as absent
				continue
			}
			return false
		}
		direct := false // a clause so numbered, not a row of a table
		for _, id := range ids {
			if c := fb.rg.byID[id]; c != nil && slices.Contains(numberKeys(c), normNum(r.Target)) {
				direct = true
			}
		}
		for _, o := range fb.rg.Statements {
			if o == st || !o.Binding {
				continue
			}
			if direct && slices.ContainsFunc(ids, func(id string) bool { return id == o.Clause || isAncestor(fb.rg.byID, id, o.Clause) }) {
				return false
			}
			if !direct && o.Row && rowLabelled(o.Text, r.Target) {
				return false
			}
		}
	}
	return true
}

// rowLabelled: a row read as "REF: 3.5; ITEM: …" carries the label n.
func rowLabelled(text, n string) bool {
	first, _, _ := strings.Cut(text, ";")
	_, v, ok := strings.Cut(first, ":")
	return ok && normNum(strings.TrimSpace(v)) == normNum(n)
}

// namedRights: the PT cancellation rights of the clauses a sentence names
// as the cancellation's ("a cancellation under paragraph 5.1").
func (fb *frameBuilder) namedRights(f *Frames, st *Statement) []PTCancellation {
	if !reUnderClause.MatchString(st.Text) {
		return nil
	}
	var out []PTCancellation
	for _, r := range fb.rg.refs().Read(st.Text) {
		for _, id := range numberIDs(fb.rg.doc, r.Target) {
			for _, o := range f.PTCancellation {
				if o.Kind == "right" && (o.Clause == id || isAncestor(fb.rg.byID, id, o.Clause)) {
					out = append(out, o)
				}
			}
		}
	}
	return out
}

// reUnderClause: a cancellation named by the clause that grants it.
// (or by its notice: "the notice period for clause 6.3 is sixty (60)
// Business Days")
var reUnderClause = lazyre.New(`(?i)\b(?:cancell?ation|termination)s?\s+(?:under|pursuant\s+to|in\s+accordance\s+with)\s+(?:section|clause|§|paragraph|article)|\bnotice\s+period\s+(?:for|under|in|of)\s+(?:section|clause|§|paragraph|article)`)

// reEventsIn: the events a sentence takes from another clause ("on
// either event in section 6.1", "in the cases set out in clause 5.2").
var reEventsIn = lazyre.New(`(?i)\b(?:events?|cases?|circumstances?|triggers?|grounds?)\s+(?:(?:set\s+out|described|listed|referred\s+to)\s+)?(?:in|under|of)\s+(?:section|clause|§|paragraph|article|items?|rows?|\d{1,3}(?:\.\d{1,3})+\b)`)

// reEventNumbers: the numbers of the clauses or rows a sentence takes its
// events from ("the events in 5.3.2 or 5.3.3").
var reEventNumbers = lazyre.New(`\b\d{1,3}(?:\.\d{1,3})+\b`)

// numberedTexts returns the texts of the clauses and table rows numbered
// as the sentence names them after reEventsIn.
func (rg *Reading) numberedTexts(st *Statement) []string {
	loc := reEventsIn.FindStringIndex(st.Text)
	if loc == nil {
		return nil
	}
	var out []string
	clause := rg.byID[st.Clause]
	for _, n := range reEventNumbers.FindAllString(st.Text[loc[0]:], 4) {
		for _, id := range numberIDs(rg.doc, n) {
			if id != st.Clause {
				out = append(out, rg.doc.Clause(id).Text)
			}
		}
		if clause == nil {
			continue
		}
		for _, ln := range strings.Split(clause.Text, "\n") {
			if cells := strings.Split(ln, "\t"); len(cells) >= 2 && strings.TrimSpace(cells[0]) == n {
				out = append(out, strings.Join(cells[1:], " "))
			}
		}
	}
	return out
}

// ---- C4 ----

// shareOfPrice reads a price stated as a share of another ("credits at
// sixty percent of the price you would otherwise pay"): the discount is
// the rest (40).
func (st *Statement) shareOfPrice() []float64 {
	var out []float64
	for _, f := range st.Facts {
		if f.Kind != "percent" || f.Value <= 0 || f.Value >= 100 {
			continue
		}
		i := f.End
		if i+1 < len(st.toks) && st.toks[i].Lower == "of" {
			for j := i + 1; j < min(len(st.toks), i+4); j++ {
				switch st.toks[j].Lower {
				case "price", "prices", "rate", "rates", "cost", "charge", "charges", "fee", "fees":
					out = append(out, 100-f.Value)
					j = len(st.toks)
				}
			}
		}
	}
	return out
}

// hasRelated: has, leaving out mentions after "independently of",
// "regardless of" (the term does not depend on them).
func (st *Statement) hasRelated(concept string, roles ...Role) bool {
	for _, o := range st.Occs {
		if o.Concept != concept || !roleIn(o.Role, roles) {
			continue
		}
		unrelated := false
		for _, u := range st.Occs {
			if u.Concept == "unrelated" && u.End <= o.Tok && o.Tok-u.End <= 2 {
				unrelated = true
			}
		}
		if !unrelated {
			return true
		}
	}
	return false
}

// endsDocument: the thing cancelled is the contract itself ("terminate
// this Order Form", "terminate the Agreement"), not a PT commitment.
func (st *Statement) endsDocument() bool {
	for _, o := range st.Occs {
		if o.Concept != "cancel" || o.Neg || !roleIn(o.Role, []Role{RoleMain, RoleSubject}) {
			continue
		}
		if o.End < len(st.toks) {
			rest := st.Text[st.toks[o.End-1].End:]
			if m := reEndsDoc.FindString(rest); m != "" && !reCapacityWord.MatchString(m) {
				return true
			}
		}
	}
	return false
}

// ("the Commercial Terms", "this Enterprise Order Form": a name or two
// before the document's word; not "the PT order")
var reEndsDoc = lazyre.New(`(?i)^\s*(this|the|these)\s+(?:(?:[a-z][\w-]*\s+){0,2}?)(agreement|addendum|contract|order form|order|amendment|side letter|letter|terms|term sheet|schedule|framework agreement|master agreement)\b`)
var reCapacityWord = lazyre.New(`(?i)\b(provisioned|pt|capacity|throughput|reservation|reserved|commitment|model units?)\b`)

// bringsModelIn: a verb of bringing in with a model of the customer's as
// its object ("may upload its own model weights", "may bring into Azure AI
// Foundry models it has fine-tuned").
func (st *Statement) bringsModelIn() bool {
	for _, b := range st.Occs {
		if b.Concept != "bring_in" || b.Neg || !roleIn(b.Role, []Role{RoleMain}) {
			continue
		}
		for _, m := range st.Occs {
			switch m.Concept {
			case "custom_model", "open_weight", "customer_own":
				if m.Tok >= b.End && m.Tok-b.End <= 16 {
					return true
				}
			}
		}
	}
	return false
}

// everyOcc: the statement names concept c, and every occurrence of it has
// property f.
func (st *Statement) everyOcc(c string, f func(o Occ) bool) bool {
	seen := false
	for _, o := range st.Occs {
		if o.Concept != c {
			continue
		}
		seen = true
		if !f(o) {
			return false
		}
	}
	return seen
}

// nestedElement: every occurrence of element c lies inside a longer
// occurrence of another element ("schemas" in "Tool Schemas"), as the
// name of a defined term does (nameConcepts).
func (st *Statement) nestedElement(c string) bool {
	return st.everyOcc(c, func(o Occ) bool {
		return slices.ContainsFunc(st.Occs, func(y Occ) bool {
			return y.Concept != c && tokenElements[y.Concept] && within(o.Tok, o.End, y.Tok, y.End)
		})
	})
}

// describesElement: every occurrence of the element concept c stands in
// an "including …" or "such as …" that follows another element, within a
// few words: it says what that element holds.
func (st *Statement) describesElement(c string, elements map[string]string) bool {
	return st.everyOcc(c, func(o Occ) bool {
		inList := false
		for _, y := range st.Occs {
			if y.Concept == c || elements[y.Concept] == "" || y.End > o.Tok || o.Tok-y.End > 12 {
				continue
			}
			for i := y.End; i < o.Tok; i++ {
				if w := st.toks[i].Lower; w == "including" || w == "includes" || w == "such" && i+1 < o.Tok && st.toks[i+1].Lower == "as" || w == "comprising" || w == "namely" {
					inList = true
				}
				if w := st.toks[i].Lower; w == ";" || w == "." {
					inList = false
					break
				}
			}
		}
		return inList
	})
}

func (st *Statement) hasOutsideParens(concept string) bool {
	for _, o := range st.Occs {
		if o.Concept == concept && !o.Paren && o.Role != RoleOther {
			return true
		}
	}
	return false
}

// uptimeLevel: the statement states a percentage that can only be a
// level of availability (isUptimeLevel).
func (st *Statement) uptimeLevel() bool {
	for _, f := range st.Facts {
		if f.Kind == "percent" && isUptimeLevel(f.Value) {
			return true
		}
	}
	return false
}

// isUptimeLevel: a percentage that can only be a level of availability
// (90% or more, short of 100%), not a credit's share.
func isUptimeLevel(p float64) bool { return p >= 90 && p < 100 }

func (st *Statement) hasFact(kind string) bool {
	for _, f := range st.Facts {
		if f.Kind == kind {
			return true
		}
	}
	return false
}

// reGrant: the customer gives the provider leave ("Customer grants that
// permission", "Customer consents to", "authorises AWS to").
var reGrant = lazyre.New(`(?i)\b(grants?|consents?|authori[sz]es|permits|allows|licen[sc]es|agrees that)\b`)

// feesElsewhere: the statement's missing reference is where its fees are
// ("Charges for imported models are set out in Exhibit C").
func (st *Statement) feesElsewhere() bool {
	low := strings.ToLower(st.Text)
	for _, ref := range st.MissingRefs {
		i := strings.Index(low, strings.ToLower(ref))
		if i < 0 {
			continue
		}
		before := low[max(0, i-80):i]
		if strings.Contains(before, "fee") || strings.Contains(before, "charge") || strings.Contains(before, "price") || strings.Contains(before, "rate") {
			return true
		}
	}
	return false
}

// affirmsAsserted: affirms, outside a label before a colon.
func (st *Statement) affirmsAsserted(concept string, roles ...Role) bool {
	for _, o := range st.Occs {
		if o.Concept == concept && !o.Neg && !o.Label && roleIn(o.Role, roles) {
			return true
		}
	}
	return false
}

// peopleTake: words before "training" when people take it.
var peopleTake = map[string]bool{"receive": true, "receives": true, "complete": true, "completes": true, "undergo": true,
	"undergoes": true, "attend": true, "attends": true, "annual": true, "regular": true, "mandatory": true, "security": true,
	"privacy": true, "compliance": true, "awareness": true, "periodic": true, "appropriate": true}

// takeTraining: verbs whose object "training" people take.
var takeTraining = map[string]bool{"receive": true, "receives": true, "received": true, "receiving": true, "undergo": true,
	"undergoes": true, "undergone": true, "underwent": true, "attend": true, "attends": true, "attended": true,
	"complete": true, "completes": true, "completed": true, "completing": true, "given": true}

// usesData: the statement has the data used for the training ("may use
// Customer Content to improve", "Inputs may be used to train", "trains on
// prompts"), not only both words.
func (st *Statement) usesData() bool {
	if st.has("use_data", RoleMain, RoleSubject, RoleProviso, RoleException) {
		return true
	}
	for _, o := range st.Occs {
		if o.Concept == "train" && !o.Neg && o.End < len(st.toks) {
			switch st.toks[o.End].Lower {
			case "on", "with", "using", "from":
				return true // "train on prompts"
			}
		}
	}
	return false
}

// trainsPeople: the object of the training is people ("train twenty of
// Customer's staff"), not "reviewed by personnel and used to improve …".
func (st *Statement) trainsPeople() bool {
	for _, t := range st.Occs {
		if t.Concept != "train" {
			continue
		}
		if !roleIn(t.Role, []Role{RoleMain, RoleSubject}) {
			// training named in a phrase of its own is still training
			// people take when a verb of taking governs it ("personnel who
			// may access Customer data receive annual privacy training")
			if t.Tok > 0 && !st.Negated && st.takenTraining(t.Tok) {
				return true
			}
			continue
		}
		// "Our staff … complete training on the DPDP Act", "personnel …
		// receive annual training": people take the training
		if t.Tok > 0 && peopleTake[st.toks[t.Tok-1].Lower] {
			for _, o := range st.Occs {
				if o.Concept == "people" && o.Tok < t.Tok {
					return true
				}
			}
		}
		// "persons … have received training on data protection", "receive
		// regular training": training received, undergone or attended is
		// taken by people, whoever they are
		if st.takenTraining(t.Tok) {
			return true
		}
		for _, o := range st.Occs {
			if o.Concept == "people" && roleIn(o.Role, []Role{RoleMain, RoleSubject}) && (o.Tok >= t.Tok && o.Tok-t.End <= 10 || o.End <= t.Tok && t.Tok-o.End <= 1) {
				return true
			}
		}
	}
	return false
}

// refsOnlyAfter: each of the references (by name) stands in the sentence
// after its first mention of the word ("… and service credits shall apply
// as set out in Schedule 4"); the sentence may be read as several
// statements, so the words are found in its text.
func (st *Statement) refsOnlyAfter(word string, refs []string) bool {
	lower := strings.ToLower(st.Text)
	first := strings.Index(lower, word)
	if first < 0 {
		return false
	}
	for _, r := range refs {
		off := strings.Index(lower, strings.ToLower(r))
		if off < 0 || off < first {
			return false
		}
	}
	return true
}

// neitherUsed: "Neither Requests nor Responses will be used … to train":
// the negation opens the subject, and the use is what it denies.
func (st *Statement) neitherUsed() bool {
	if !st.Negated || len(st.toks) == 0 || st.toks[0].Lower != "neither" || !st.has("use_data", RoleMain) {
		return false
	}
	for _, o := range st.Occs {
		if o.Role == RoleSubject && o.Neg && dataConcepts[o.Concept] {
			return true
		}
	}
	return false
}

// namesRegion: the sentence names a region by its name or code ("the
// South America (São Paulo) Region", "eu-central-1"), not "a Region".
func (st *Statement) namesRegion() bool {
	return reNamedRegion.MatchString(st.Text)
}

var reNamedRegion = lazyre.New(`\(\p{Lu}[\p{L} .-]{1,30}\)\s+Region|\b[a-z]{2}-[a-z]+-\d\b|\b\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?\s+Region\b`)

// unitPromisesRegion: another sentence of the statement's clause keeps the
// content in a region it names.
func (fb *frameBuilder) unitPromisesRegion(st *Statement) bool {
	for _, o := range fb.units[st.Unit] {
		if o != st && (o.Modality == Declarative || o.Modality == Obligation) && o.affirms("move", RoleMain) && o.namesRegion() && o.has("content", RoleSubject) {
			return true
		}
	}
	return false
}

// namesCommitmentAmount: the statement's subject is the Bedrock
// commitment's amount ("The USD 1.5M is a single dollar pool" after
// "Halvorsen commits to USD 1,500,000 of Amazon Bedrock spend").
func (fb *frameBuilder) namesCommitmentAmount(st *Statement, f *Frames) bool {
	for _, fx := range st.Facts {
		if fx.Kind != "money" || fx.Tok > 4 {
			continue
		}
		for _, d := range f.Commitment {
			if d.Bedrock && d.Amount > 0 && d.Amount == fx.Value {
				return true
			}
		}
	}
	return false
}

// exceptionGrantsCancel: an exception of the statement lets the customer
// cancel ("…, except that the Company may cancel a Provisioned Throughput
// commitment …"): a cancellation it affirms after "may", whose subject is
// no vendor.
func (fb *frameBuilder) exceptionGrantsCancel(st *Statement) bool {
	for _, s := range st.Subs {
		if s.Role != RoleException {
			continue
		}
		for _, o := range st.Occs {
			if o.Concept != "cancel" || o.Neg || o.Tok < s.Start || o.Tok >= s.End {
				continue
			}
			for k := o.Tok - 1; k > s.Start && k >= o.Tok-3; k-- {
				if st.toks[k].Lower != "may" {
					continue
				}
				if vendor, ok := fb.rg.partyWord(st.Text[st.toks[k-1].Start:st.toks[k-1].End]); !ok || !vendor {
					return true
				}
			}
		}
	}
	return false
}

// takenTraining: a verb of taking ("receive", "undergo", "complete") comes
// at most four words before the training at token i, the words between
// saying what training, none of them data ("receive annual privacy
// training").
func (st *Statement) takenTraining(i int) bool {
	if i > 0 && (st.toks[i-1].Lower == "including" || st.toks[i-1].Lower == "incl") {
		// "receive annual privacy training, including training on the
		// … Act": the training the list goes on from
		for k := i - 2; k >= 0 && k >= i-8; k-- {
			if strings.HasPrefix(st.toks[k].Lower, "training") && st.takenTraining(k) {
				return true
			}
		}
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if takeTraining[st.toks[k].Lower] {
			return true
		}
		if st.dataAt(k) && !st.genericDataAt(k) || st.toks[k].Kind != rules.Word {
			// (a generic word for data says what the training is about:
			// "complete AWS data-handling training")
			return false
		}
	}
	return false
}

// genericDataAt: the data at token k is named only by a generic word
// ("data", "information"), no prompts, completions or content.
func (st *Statement) genericDataAt(k int) bool {
	for _, o := range st.Occs {
		if o.Tok <= k && k < o.End && dataConcepts[o.Concept] && o.Concept != "data_generic" {
			return false
		}
	}
	return true
}

// dataAt: an occurrence of data (prompts, completions, content) covers
// token k.
func (st *Statement) dataAt(k int) bool {
	for _, o := range st.Occs {
		if o.Tok <= k && k < o.End && dataConcepts[o.Concept] {
			return true
		}
	}
	return false
}

func (st *Statement) dataCovered(roles ...Role) map[string]bool {
	// the object of a negated verb is still the object ("shall not use
	// prompts"): negation belongs to the action, not the data; but
	// "metrics that contain no Customer Data" are no data
	// a row's column header ("SUPPLIER RESPONSE: Prompts … are not used
	// to train …") names a column, not the data
	return st.dataOf(func(o Occ) bool { return roleIn(o.Role, roles) && !o.Local && !(o.Label && st.Row) })
}

// dataOf returns the kinds of data the occurrences that keep name.
func (st *Statement) dataOf(keep func(Occ) bool) map[string]bool {
	set := map[string]bool{}
	for _, o := range st.Occs {
		if !keep(o) {
			continue
		}
		switch o.Concept {
		case "prompts", "completions":
			set[o.Concept] = true
		case "content":
			set["prompts"], set["completions"] = true, true
		}
	}
	return set
}

// customerTrains: every training the statement names is done by the
// customer ("derivatives fine-tuned by Laurentide", "trained by Customer").
func (fb *frameBuilder) customerTrains(st *Statement) bool {
	seen := false
	for _, o := range st.Occs {
		if o.Concept != "train" {
			continue
		}
		seen = true
		if o.End+1 >= len(st.toks) || st.toks[o.End].Lower != "by" {
			return false
		}
		if vendor, ok := fb.rg.partyWord(st.Text[st.toks[o.End+1].Start:st.toks[o.End+1].End]); !ok || vendor {
			return false
		}
	}
	return seen
}

func (fb *frameBuilder) training(f *Frames, st *Statement) {
	// "AWS may use Outputs, after removal of direct identifiers, to
	// evaluate and improve the service": the purpose after a condition is
	// read into the condition; a permission to use data for it is still a
	// permission to train
	purpose := st.Modality == Permission && st.affirms("use_data", RoleMain) && st.actorIsVendorish() &&
		st.affirms("train", RoleCondition) && !st.has("train", RoleMain, RoleSubject, RoleProviso)
	// "The Solution Provider will not use Inputs or Outputs, and will
	// procure that neither the Distributor nor AWS uses Inputs or Outputs,
	// to train … any model": the purpose closes the sentence and belongs
	// to each denied use before it
	usedFor := !st.has("train", RoleMain, RoleSubject, RoleProviso) && st.denies("use_data", RoleMain) &&
		len(st.dataCovered(RoleMain, RoleSubject)) > 0 && fb.sentenceHas(st, "train", RoleMain) && !st.trainsPeople()
	if !st.has("train", RoleMain, RoleSubject, RoleProviso) && !purpose && !usedFor {
		return
	}
	// training people ("train twenty of Customer's staff") is not training models
	if st.trainsPeople() && !st.has("model", RoleMain, RoleSubject) && !st.has("custom_model", RoleMain) {
		return
	}
	if fb.customerTrains(st) {
		// "models … fine-tuned by Laurentide": the customer's own training
		// of its models, no use of its data by the provider
		return
	}
	data := st.dataCovered(RoleMain, RoleSubject, RoleProviso)
	if len(data) == 0 && st.neitherUsed() {
		// "Neither Requests nor Responses will be used …": the "neither"
		// denies the use, it does not leave the data out
		data = st.dataOf(func(o Occ) bool { return o.Role == RoleSubject })
	}
	if breaks := st.sentenceStarts(); len(breaks) > 0 {
		// a table cell of several sentences read as one ("AWS will not use
		// Inputs to train … . Inputs and Outputs are stored … only in the
		// Regions"), or a quoted new section with its items ("(a) AWS will
		// not use Customer Prompts to train … . (b) AWS will … process
		// Customer Prompts and model completions … only in the Region"):
		// the data trained on is named in the sentence that speaks of
		// training
		sentenceOf := func(o Occ) int {
			k, _ := slices.BinarySearch(breaks, o.Tok+1)
			return k
		}
		in := map[int]bool{} // the sentences that speak of training
		for _, o := range st.Occs {
			if k := sentenceOf(o); o.Concept == "train" && k >= 0 {
				in[k] = true
			}
		}
		if !usedFor && !slices.ContainsFunc(st.Occs, func(o Occ) bool { return o.Role == RoleMain && in[sentenceOf(o)] }) {
			// the statement's own verb stands elsewhere ("… to train … .
			// Inputs and Outputs are stored …": the storage sentence's reading)
			return
		}
		data = st.dataOf(func(o Occ) bool {
			return roleIn(o.Role, []Role{RoleMain, RoleSubject, RoleProviso}) && !o.Local && !(o.Label && st.Row) && in[sentenceOf(o)]
		})
	}
	trainNeg := st.denies("train", RoleMain, RoleSubject, RoleProviso) && !st.affirmsAsserted("train", RoleMain, RoleSubject) || usedFor
	if !trainNeg && st.useDeniedFor("train") {
		// "shall procure that AWS … does not use, any Buyer Content to
		// train …": the use is denied, training is what it is for, and the
		// data is what is not used (however the negation reads it)
		trainNeg = true
		for k := range st.dataOf(func(o Occ) bool { return o.Role == RoleMain && o.Local }) {
			data[k] = true
		}
	}
	// "Customer grants that permission for the purpose of improving the
	// provider's models unless it opts out": the customer's grant is the
	// provider's permission, over the data of the clause
	grant := st.Actor == Customer && !trainNeg && !st.Negated && reGrant.MatchString(st.Text)
	if len(data) == 0 && !trainNeg && (st.has("data_generic", RoleSubject) || grant) {
		// "Prompts and Completions may be stored … Content flagged by abuse
		// monitoring may be used to improve …": generic words for data in
		// a clause about prompts and completions mean those. Read so only
		// for a permission: a promise is never widened by reference.
		for _, o := range fb.units[st.Unit] {
			if o != st {
				for k := range o.dataCovered(RoleMain, RoleSubject) {
					data[k] = true
				}
			}
		}
	}
	if len(data) == 0 {
		return
	}
	if st.otherServiceData() {
		return
	}
	optOut := st.has("opt_out", RoleCondition, RoleException, RoleMain)
	if optOut && st.denies("train", RoleMain) && st.affirms("train", RoleException, RoleProviso) && !st.has("opt_out", RoleCondition, RoleMain) {
		// "AWS shall not use Content to train …; provided that nothing
		// prevents AWS, unless and until Customer has opted out, from
		// using Content to develop and improve models": the opt-out
		// qualifies the proviso's training, which the exclusion's
		// reading below finds swallowing it (G5)
		optOut = false
	}
	consent := st.affirms("consent", RoleCondition, RoleException, RoleMain, RoleProviso)
	own := st.affirms("customer_own", RoleMain, RoleProviso)
	fr := Training{Base: fb.base(st, "c4t", ""), Covers: sortedSet(data), Actor: st.Actor}
	if grant && !own {
		fr.Actor, fr.Effect, fr.value = Vendor, "permission", "permission"
		f.Training = append(f.Training, fr)
		return
	}
	switch {
	case trainNeg && !optOut:
		if st.Actor == Customer {
			return // the customer's own covenant is no promise of the provider's (G6)
		}
		fr.Effect = "exclusion"
		// an exception that lets the provider train or improve anyway; the
		// exception runs on through the parts after it ("save that AWS may
		// use Customer Content, to the extent necessary to … improve the
		// service")
		for _, s := range st.Subs {
			if s.Role != RoleException && s.Role != RoleProviso {
				continue
			}
			scope := Sub{Role: s.Role, Start: s.Start, End: s.End}
			for _, t := range st.Subs {
				if t.Start >= s.End && t.Start-scope.End <= 1 && t.Role == RoleCondition {
					scope.End = t.End
				}
			}
			for _, o := range st.Occs {
				if o.Tok >= scope.Start && o.Tok < scope.End && o.Concept == "train" && !o.Neg {
					if !st.affirmsIn("consent", scope) && !st.affirmsIn("customer_own", scope) {
						fr.Swallowed = true
					}
				}
			}
		}
	default:
		if st.Actor == Customer || own || (consent && !optOut) {
			return
		}
		if st.Modality == NonObligation {
			return
		}
		if !st.affirms("train", RoleMain, RoleSubject, RoleProviso) && !purpose {
			return
		}
		// aggregated metrics only, not content
		if st.has("metrics", RoleMain, RoleSubject) && !st.has("prompts", RoleMain, RoleSubject) && !st.has("completions", RoleMain, RoleSubject) && !st.has("content", RoleMain) {
			return
		}
		if st.Negated && !optOut {
			return
		}
		if !st.usesData() {
			// "the credit covers the cost of moving your prompts and any
			// fine-tuned model": no one uses the data to train
			return
		}
		fr.Effect = "permission"
	}
	fr.value = fr.Effect
	if fr.Swallowed {
		fr.value = "swallowed"
	}
	f.Training = append(f.Training, fr)
}

// affirmsIn: the concept is read, not negated, within a subordinate part.
func (st *Statement) affirmsIn(concept string, s Sub) bool {
	for _, o := range st.Occs {
		if o.Concept == concept && !o.Neg && o.Tok >= s.Start && o.Tok < s.End {
			return true
		}
	}
	return false
}

func (fb *frameBuilder) residency(f *Frames, st *Statement) {
	regionish := st.has("region", RoleMain, RoleSubject, RoleCondition) || st.has("in_region", RoleMain, RoleSubject) || st.has("out_of_region", RoleMain, RoleSubject)
	if !regionish {
		return
	}
	if !slices.ContainsFunc(st.Occs, func(o Occ) bool {
		return (o.Concept == "region" || o.Concept == "in_region" || o.Concept == "out_of_region") && o.Tok < len(st.toks) &&
			!strings.HasPrefix(st.toks[o.Tok].Lower, "resid")
	}) {
		return // "Issue: Training on Customer data; residency": the topic's name, no place named
	}
	data := len(st.dataCovered(RoleMain, RoleSubject)) > 0 || st.has("content", core...) || st.has("data_generic", core...) ||
		fb.sentenceData(st)
	if !data && !(startsWithPronoun(st) && (fb.unitConcepts[st.Unit]["content"] || fb.unitConcepts[st.Unit]["prompts"] || fb.unitConcepts[st.Unit]["data_generic"])) {
		return // where data is kept: the sentence must say which data ("It is stored …" may refer back)
	}
	if !st.has("move", RoleMain, RoleSubject) && !st.has("in_region", RoleMain, RoleSubject) && !st.has("stay", RoleMain, RoleSubject) {
		return
	}
	if st.otherService() || st.Actor == Customer && st.Modality != Declarative {
		return
	}
	if st.has("other_service", RoleCondition) && !st.has("bedrock") && !st.pt() {
		return // "Where Customer uses Amazon Q Business, its index data … only in eu-central-1": that service's data
	}
	// (the people may come before the verb in a phrase of their own, which
	// the subject's head misses: "Instructors for that training may be
	// located outside Japan"; no data named before the verb)
	peopleFirst := false
	if mv, ok := st.occ("move", RoleMain, RoleSubject); ok {
		dataBefore := slices.ContainsFunc(st.Occs, func(o Occ) bool {
			return !o.Neg && o.Tok < mv.Tok && (o.Concept == "content" || o.Concept == "data_generic" || o.Concept == "prompts" || o.Concept == "completions")
		})
		peopleFirst = !dataBefore && slices.ContainsFunc(st.Occs, func(o Occ) bool { return o.Concept == "people" && !o.Neg && o.Tok < mv.Tok })
	}
	if (st.has("people", RoleSubject) || peopleFirst) && !st.has("content", RoleSubject) && !st.has("data_generic", RoleSubject) &&
		len(st.dataCovered(RoleSubject)) == 0 {
		return // "Support personnel may be located outside the EU": where people sit, not data
	}
	if st.placesOnlyPeople() {
		return // "only AWS personnel located in the EU may access Customer Content": where people sit
	}
	effect := ""
	moveNeg := st.denies("move", RoleMain) || st.Negated
	outAff := st.affirms("out_of_region", RoleMain, RoleSubject) && !st.otherRegionsChosen()
	sameCountry := st.has("same_country", RoleMain, RoleCondition, RoleProviso)
	consent := st.affirms("consent", RoleCondition, RoleException, RoleMain)
	switch {
	case st.Modality == NonObligation && (st.has("in_region") || st.has("region")):
		effect = "conflict"
	case moveNeg && st.has("out_of_region"):
		effect = "promise" // "will not transfer it outside the Region"
	case st.Restrictive && (st.has("in_region") || st.has("region")) && !outAff:
		effect = "promise"
	case outAff && !moveNeg && !sameCountry && !consent && st.actorIsVendorish():
		effect = "conflict"
	case st.affirms("in_region", RoleMain, RoleSubject) && !outAff && (st.Modality == Obligation || st.Modality == Declarative):
		effect = "promise"
	case st.affirms("stay", RoleMain) && st.has("region", RoleMain) && !outAff && st.Modality != Permission:
		effect = "promise" // "Customer Content remains in the Region where it is submitted"
	case st.denies("stay", RoleMain) && st.has("region", RoleMain) && st.Modality != Permission:
		effect = "promise" // "never leaves the selected Region"
	case outAff && sameCountry:
		effect = "promise"
	case st.Modality == Permission && st.actorIsVendorish() && !moveNeg && st.affirms("move", RoleMain) && st.has("region", RoleMain) &&
		!st.has("in_region") && !st.has("same_country") && !consent && st.has("content", RoleMain, RoleSubject) && fb.unitPromisesRegion(st):
		// "Your content is stored and processed in the São Paulo Region.
		// When São Paulo capacity is constrained, we may move or process
		// your content in our US Regions": leave to take it elsewhere
		effect = "conflict"
	case (st.Modality == Declarative || st.Modality == Obligation) && !moveNeg && st.affirms("move", RoleMain) && st.has("region", RoleMain) &&
		st.has("content", RoleSubject) && !outAff && st.namesRegion():
		// "Your content is stored and processed in the South America (São
		// Paulo) Region": where it is kept, a place named
		effect = "promise"
	}
	if effect == "promise" && st.affirms("out_of_region", RoleException, RoleProviso) && !st.has("same_country", RoleException, RoleProviso) &&
		!st.affirms("consent", RoleException, RoleCondition, RoleProviso) {
		// "stays in the Regions you select, except that during high
		// demand we may process requests in any Region worldwide", or
		// "…, provided that AWS may … process Customer Content in any AWS
		// Region worldwide": the exception or proviso takes the promise
		// back
		effect = "conflict"
	}
	if effect == "promise" && st.exceptionMovesToOtherRegion() {
		// "only in … eu-west-1, save that AWS may replicate Customer
		// Content to … us-east-1 for backup": the exception names another
		// Region the data may go to
		effect = "conflict"
	}
	if effect == "" {
		return
	}
	fr := Residency{Base: fb.base(st, "c4r", effect), Effect: effect}
	f.Residency = append(f.Residency, fr)
}

// reRegionCode: an AWS Region's code ("eu-west-1", "us-gov-west-1").
var reRegionCode = lazyre.New(`\b[a-z]{2}(?:-gov|-iso[a-z]?)?-(?:north|south|east|west|central|northeast|southeast|northwest|southwest)-\d\b`)

// exceptionMovesToOtherRegion: the statement's exception lets the data be
// moved, copied or kept in a Region by code that the rest of the sentence
// does not name ("save that AWS may replicate Customer Content to …
// us-east-1"); inference routed within the same area is not such a move.
func (st *Statement) exceptionMovesToOtherRegion() bool {
	at := -1
	for _, o := range st.Occs {
		if o.Role == RoleException && (at < 0 || o.Tok < at) {
			at = o.Tok
		}
	}
	if at < 0 || at >= len(st.toks) || !st.has("move", RoleException) || st.has("cross_region_inference", RoleException) ||
		st.has("same_country", RoleException) || st.affirms("consent", RoleException, RoleCondition) {
		return false
	}
	cut := st.toks[at].Start
	named := map[string]bool{}
	for _, c := range reRegionCode.FindAllString(st.Text[:cut], -1) {
		named[c] = true
	}
	if len(named) == 0 {
		return false // (no Region named for the data: nothing to compare)
	}
	for _, c := range reRegionCode.FindAllString(st.Text[cut:], -1) {
		if !named[c] {
			return true
		}
	}
	return false
}

// feeAfter reports whether the words at token i name a charge ("…
// cancellation fee", "… termination charge").
func (st *Statement) feeAfter(i int) bool {
	if i < 0 || i >= len(st.toks) {
		return false
	}
	switch st.toks[i].Lower {
	case "fee", "fees", "charge", "charges", "penalty", "penalties", "payment", "payments", "costs", "cost":
		return true
	}
	return false
}

// reNarrowingProviso: a proviso that withholds something in a named case.
// reNotDiminish: a negated verb that takes away ("does not reduce", "shall
// not limit", "without prejudice to"): what it governs is kept.
var reNotDiminish = lazyre.New(`(?i)\b(?:not|never|n['’]t)\s+(?:\w+\s+)?(?:reduce|reduces|limit|limits|affect|affects|prejudice|impair|restrict|diminish|derogate\s+from)\b|\bwithout\s+prejudice\s+to\b`)

// reNothingInThis: a denial whose subject is the clause itself ("Nothing
// in this clause 6 obliges …", "Nothing in this SOW 4.5 entitles …").
var reNothingInThis = lazyre.New(`(?i)^\W*nothing\s+(?:contained\s+)?in\s+(?:this|these)\b`)

var reNarrowingProviso = lazyre.New(`(?i)\bprovided\s+(?:further\s+|always\s+|however,?\s+)?that\s+no\b[^.;:]{0,120}?\b(?:where|if|unless|in\s+the\s+event|when|to\s+the\s+extent|which|who)\b`)

// capRefused reports whether every cap the statement names is followed by
// words that say it was refused or is still open ("growth cap refused by
// AWS", "cap under discussion").
func (fb *frameBuilder) capRefused(st *Statement) bool {
	seen := false
	for _, o := range st.Occs {
		if o.Concept != "cap" || o.Neg {
			continue
		}
		if o.End >= len(st.toks) {
			return false
		}
		seen = true
		after := fb.rg.reader.scan(st.Text[st.toks[o.End].Start:st.toks[min(len(st.toks)-1, o.End+4)].End])
		verdict := false
		for _, l := range []string{"rejected", "open", "placeholder"} {
			for _, m := range after.cues[l] {
				// the verdict comes first: "cap refused", "cap was refused"
				if m.start == 0 || m.start == 1 && (after.word(0) == "was" || after.word(0) == "is" || after.word(0) == "were") {
					verdict = true
				}
			}
		}
		if !verdict {
			return false
		}
	}
	return seen
}

// capAsked: every cap the statement names is the object of an ask ("asked
// for an annual growth cap", "requested a cap of 24 billable OCUs").
func (fb *frameBuilder) capAsked(st *Statement) bool {
	seen := false
	for _, o := range st.Occs {
		if o.Concept != "cap" || o.Neg {
			continue
		}
		seen = true
		from := st.toks[max(0, o.Tok-6)].Start
		if !fb.rg.asked(st.Text[from:st.toks[o.Tok].Start]) {
			return false
		}
	}
	return seen
}

// reHowOften: a limit on how often something may be done.
// (or how many: "may not cancel more than two (2) PT commitments on this
// ground in any year")
var reHowOften = lazyre.New(`(?i)\bmore\s+than\s+(?:once|twice|thrice|\w+\s+(?:\(\d+\)\s+)?times|\d+\s+times|(?:\w+\s+)?(?:\(\d+\)\s+)?(?:PT\s+|provisioned\s+throughput\s+)?commitments?\b[^.;]{0,60}?\bin\s+any\b)`)

// otherRegionsChosen reports whether every "other Region" of the statement
// is one the customer chooses or the draft lists: "only in Sydney or any
// other Region Customer selects", "only in the other Regions listed in
// Item 16".
func (st *Statement) otherRegionsChosen() bool {
	seen := false
	for _, o := range st.Occs {
		if o.Concept != "out_of_region" || o.Neg {
			continue
		}
		seen = true
		other := false // "other Regions", not "outside the chosen Region"
		for i := o.Tok; i < o.End && i < len(st.toks); i++ {
			switch st.toks[i].Lower {
			case "other", "another", "additional", "further":
				other = true
			}
		}
		if !other {
			return false
		}
		chosen := false
		for i := o.End; i < min(o.End+6, len(st.toks)); i++ {
			if reChosenWord.MatchString(st.toks[i].Lower) {
				chosen = true
				break
			}
		}
		if !chosen {
			return false
		}
	}
	return seen
}

// reChosenWord: a word after "other Region" that makes it one chosen or
// named ("that Customer selects", "listed in Item 16").
var reChosenWord = lazyre.New(`^(?:select(?:s|ed)?|chooses?|chosen|designates?|designated|nominates?|nominated|approves?|approved|listed|named|specified|set)$`)

// ---- C5 ----

// rePercentCell: a cell that holds a percentage and nothing else.
var rePercentCell = lazyre.New(`^\s*\d{1,3}(?:[.,]\d{1,3})?\s?%\s*$`)

// reFeeDropped: a fee said to be taken away ("The USD 5,000 onboarding
// fee is dropped", "Import fee waived").
// reFeeRefunded: fees named as what is paid back ("refund the USD
// 12,000.00 of import fees charged", "reimburse Customer for the
// onboarding fees").
var reFeeRefunded = lazyre.New(`(?i)\b(?:refund|reimburse|repay|credit\s+back)(?:s|ed|ing)?\s+(?:to\s+)?(?:[\w$€£.,()-]+\s+){0,6}?(?:fees?|charges?)\b`)

var reFeeDropped = lazyre.New(`(?i)\b(?:fees?|charges?)\s+(?:(?:is|are|has\s+been|have\s+been|will\s+be|shall\s+be)\s+(?:hereby\s+)?)?(?:dropped|waived|removed|withdrawn|eliminated|abolished)\b`)

// reActiveNoCharge: a party's promise, in the active voice, not to charge
// ("shall not charge", "will not invoice").
var reActiveNoCharge = lazyre.New(`(?i)\b(?:shall|will|must|may|does|do|is\s+not\s+to)\s+not\s+(?:charge|invoice|bill|levy)\b`)

// partyWord reports whether the word names a party of the draft ("AWS",
// "Customer", a short name the draft gives, or its first word:
// "Laurentide" for "Laurentide Power"), and whether that party is the
// provider.
func (rg *Reading) partyWord(w string) (vendor, ok bool) {
	switch strings.ToLower(w) {
	case "customer", "client", "we":
		return false, true
	case "aws", "amazon", "vendor", "supplier", "provider":
		return true, true
	}
	// the whole name first; a first word only where every name it
	// begins names the same side (map order must not decide)
	first := 0 // 1 customer side, 2 provider, 3 both
	for name, role := range rg.partyNames {
		if strings.EqualFold(name, w) {
			return role == Vendor, true
		}
		if strings.EqualFold(strings.Fields(name + " x")[0], w) {
			if role == Vendor {
				first |= 2
			} else {
				first |= 1
			}
		}
	}
	if first == 1 || first == 2 {
		return first == 2, true
	}
	return false, false
}

// customerDoesNotCharge: the subject of "shall not charge" is the
// customer, named by its short name ("Laurentide shall not charge AWS any
// licence fee"), whatever the statement's actor (a table row that names
// both parties).
func (fb *frameBuilder) customerDoesNotCharge(st *Statement) bool {
	loc := reActiveNoCharge.FindStringIndex(st.Text)
	if loc == nil {
		return false
	}
	words := strings.Fields(st.Text[:loc[0]])
	if len(words) == 0 {
		return false
	}
	vendor, ok := fb.rg.partyWord(strings.Trim(words[len(words)-1], ".,;:()\"“”'’*_"))
	return ok && !vendor
}

func (fb *frameBuilder) customImport(f *Frames, st *Statement) {
	importHere := st.has("import", coreCond...) || st.bringsModelIn()
	// "no per-import or per-model licence fee": a fee for importing is
	// about import too
	importFee := st.has("import_fee", coreCond...) && (st.has("bring_in") || st.has("custom_model") || st.has("open_weight")) &&
		!st.has("deprecate") && !st.has("migrate")
	if !importHere && !importFee && !fb.unitConcepts[st.Unit]["import"] && !fb.headingHas(st, "import") {
		return
	}
	if !importHere && st.Row {
		return // a table's row stands for itself: a token row is no import term
	}
	if !importHere && !importFee && (st.has("output_schema") || st.has("token", RoleMain, RoleSubject)) {
		// "the tokens in that schema are not billed" beside an import
		// right in the same block: a term of token counting, no import fee
		return
	}
	if !fb.about(st, "model") && !fb.about(st, "custom_model") && !fb.about(st, "open_weight") {
		return
	}
	if st.otherService() {
		return // "deploy its own models on Amazon SageMaker"
	}
	fr := CustomImport{Base: fb.base(st, "c5", "")}
	if importHere && (st.affirms("import", RoleMain, RoleSubject) || st.bringsModelIn()) && st.Actor != Vendor && !st.Negated && st.Modality != NonObligation &&
		!isHeadingText(reLeadingNumber.ReplaceAllString(strings.TrimLeft(st.Quote, "¶§ "), "")) && !st.importsData() {
		// (not "¶7 Custom Model Import", a heading; not "may import
		// datasets … to fine-tune Gemini", data brought in, not a model)
		fr.Right = st.Modality == Permission || st.Modality == Declarative || st.Modality == Obligation
	}
	feeNeg := st.denies("fee", RoleMain, RoleSubject) || st.denies("import_fee", RoleMain, RoleSubject)
	if !feeNeg && st.has("import_fee", RoleSubject) && reFeeDropped.MatchString(st.Text) {
		// "The USD 5,000 onboarding fee is dropped", "… is waived": the
		// fee is taken away, not charged
		feeNeg = true
	}
	if feeNeg && !importHere && (st.feeForSomethingElse() || fb.chargedIsOther(st)) {
		// "No separate licence fee is payable for the Buyer's use of the
		// Supplier's onboarding scripts": a fee for something else
		feeNeg = false
	}
	// ("AWS's current public pricing charges only for Custom Model Units":
	// what the price list says today, no term of the draft)
	onlyInfra := st.Restrictive && st.has("infrastructure") && !st.has("published_rate", RoleSubject)
	if feeNeg && (st.Actor == Customer || fb.customerDoesNotCharge(st)) && reActiveNoCharge.MatchString(st.Text) {
		// "Party A [the customer] shall not charge Party B any licence fee
		// or per-import fee": the customer's own promise, not the
		// provider's fee term (unlike "Customer shall not be charged")
		feeNeg = false
	}
	if feeNeg || onlyInfra {
		fr.NoFee = true
	}
	// (a row "Custom Model Import charges | Infrastructure charges
	// only" names the fee it answers: the answer is no import fee)
	// ("AWS shall refund the USD 12,000.00 of import fees charged on the
	// three imported models": fees paid back, a remedy, no fee charged)
	refunded := containsFold(st.Text, "refund", "reimburs", "repay", "credit back") && reFeeRefunded.MatchString(st.Text)
	if st.affirms("import_fee", RoleMain, RoleSubject) && !feeNeg && !st.Negated && !(st.Row && onlyInfra) && !refunded {
		fr.FeeCharged = true
	}
	if feeNeg && st.exceptedHas("import_fee") {
		// "no charge is payable for Custom Model Import other than
		// Infrastructure Charges", where the Infrastructure Charges are
		// defined to include a Model Onboarding Fee per model: what the
		// exception keeps is a fee per import
		fr.FeeCharged, feeNeg = true, false
	}
	if feeNeg && st.has("import_fee", RoleException) && st.has("fee", RoleException) {
		// "Except for the Model Onboarding Fee (USD 12,500 per imported
		// model), AWS will not charge any import fee": the exception is a
		// fee per import
		fr.FeeCharged, feeNeg = true, false
	}
	// a fee per model ("USD 2,000 per model imported"; not the
	// infrastructure charged per model) or once ("a one-time
	// registration charge" beside the infrastructure it adds to)
	perModel := st.affirms("per_model", RoleMain, RoleSubject) && !st.has("infrastructure")
	if !fr.FeeCharged && (perModel || st.qualifiesFee("one_time")) &&
		st.affirms("fee", RoleMain, RoleSubject) && importHere && !feeNeg && !st.Negated && !refunded {
		fr.FeeCharged = true
	}
	if !fr.FeeCharged && feeNeg && st.feeInLaterSentence() && (st.qualifiesFee("one_time") || st.affirms("per_model", RoleMain, RoleSubject)) {
		// "No licence fee is charged for an import. A one-time onboarding
		// fee of USD 4,000 is payable for each imported model": a cell
		// read as one, whose second sentence charges what the first did
		// not
		fr.FeeCharged = true
	}
	if fr.FeeCharged {
		fr.NoFee = false
	}
	if !fr.Right && !fr.NoFee && !fr.FeeCharged {
		return
	}
	if fr.Right && len(fr.MissingRefs) > 0 && st.feesElsewhere() {
		// "Customer may import … Charges for imported models are set out
		// in Exhibit C" (not attached): the right stands, the fees are
		// unknown (G3: one element behind the reference)
		fr.MissingRefs = []string{}
		fr.NoFee = false
	}
	fr.value = fmt.Sprintf("%v/%v", fr.NoFee, fr.FeeCharged)
	if !fr.NoFee && !fr.FeeCharged {
		fr.value = silent // a right that says nothing of fees
	}
	f.CustomImport = append(f.CustomImport, fr)
}

// importsData: what the statement imports is data ("import datasets",
// "import training data"), not a model.
func (st *Statement) importsData() bool {
	for i, t := range st.toks {
		if !strings.HasPrefix(t.Lower, "import") {
			continue
		}
		for k := i + 1; k < len(st.toks) && k <= i+3; k++ {
			switch w := st.toks[k].Lower; {
			case w == "datasets" || w == "dataset" || w == "data" || w == "files" || w == "documents" || w == "records":
				return true
			case strings.HasPrefix(w, "model") || w == "custom" || w == "fine-tuned" || w == "weights":
				return false
			}
		}
	}
	return false
}

// feeForSomethingElse: the statement's fee is "for" or "in respect of" a
// thing that is neither a model nor its import ("a licence fee for the
// use of the Supplier's scripts").
// chargedIsOther: what the sentence says is not charged is something other
// than import or models ("Are AWS security tokens or session tokens
// charged? No."; "Credentials issued by AWS STS are not billable").
func (fb *frameBuilder) chargedIsOther(st *Statement) bool {
	m := reNotCharged.FindStringSubmatchIndex(st.Text)
	if m == nil {
		return false
	}
	for _, c := range fb.rg.conceptsOf(st.Text[:m[0]]) {
		switch c {
		case "import", "bring_in", "custom_model", "open_weight", "model", "fee", "import_fee":
			return false
		}
	}
	return m[0] > 0
}

// reCappedPrice: a price held at or below another ("no more … than", "not
// exceed").
var reCappedPrice = lazyre.New(`(?i)\b(?:no|not)\s+(?:more|higher|greater)\b[^.;]{0,80}?\bthan\b|\bnot\s+exceed`)

// reSubjectExcluded: a sentence that ends by excluding its subject ("…
// are excluded.", "… shall be waived"), not one that excludes it from
// something ("excluded from billable tokens").
var reSubjectExcluded = lazyre.New(`(?i)\b(?:are|is|shall\s+be|will\s+be|be)\s+(?:hereby\s+)?(?:expressly\s+|fully\s+|entirely\s+)?(?:excluded|waived|barred|precluded|ruled\s+out)\s*[.;]?\s*$`)

// reNotCharged: a passive denial of a charge ("… are not charged", "is not
// billable").
var reNotCharged = lazyre.New(`(?i)\b(?:are|is)\s+not\s+(?:\w+\s+){0,7}?(?:charged|billed|billable|chargeable)\b`)

func (st *Statement) feeForSomethingElse() bool {
	for _, o := range st.Occs {
		if o.Concept != "fee" && o.Concept != "import_fee" {
			continue
		}
		for k := o.End; k < len(st.toks) && k <= o.End+4; k++ {
			w := st.toks[k].Lower
			if w != "for" && w != "on" && w != "respect" {
				continue
			}
			if k+1 < len(st.toks) && anaphor[st.toks[k+1].Lower] {
				return false // "any import fee … for doing so": the import named before
			}
			end := min(len(st.toks), k+14)
			for j := k + 1; j < end; j++ {
				if st.toks[j].Kind == rules.Punct && st.toks[j].Lower != "'" && st.toks[j].Lower != "’" && st.toks[j].Lower != `"` {
					end = j
					break
				}
			}
			quoted := quotedSpans(st.Text)
			for _, m := range st.Occs {
				switch m.Concept {
				case "import", "bring_in", "custom_model", "open_weight", "model", "model_family":
					// (a product's name in quotes, "Bedrock Onboarding
					// Accelerator", is no import)
					if m.Tok > k && m.Tok < end && !inSpans(quoted, st.toks[m.Tok].Start) {
						return false
					}
				}
			}
			return true
		}
	}
	return false
}

// reSubjectTo: a term made subject to another ("subject to", "subject
// only to", "subject always to").
var reSubjectTo = lazyre.New(`(?i)\bsubject\s+(?:only\s+|always\s+|however\s+|in each case\s+)?to\b`)

// anaphor: words that point back to what the sentence named before.
var anaphor = map[string]bool{"doing": true, "it": true, "them": true, "this": true, "that": true, "such": true, "these": true, "those": true, "so": true}

// quotedSpans returns the byte spans of the quoted passages of s.
func quotedSpans(s string) [][2]int {
	var out [][2]int
	for _, m := range reQuotedSpan.FindAllStringIndex(s, -1) {
		out = append(out, [2]int{m[0], m[1]})
	}
	return out
}

var reQuotedSpan = lazyre.New(`["“][^"”]{1,80}["”]`)

func inSpans(spans [][2]int, at int) bool {
	for _, sp := range spans {
		if at >= sp[0] && at < sp[1] {
			return true
		}
	}
	return false
}

// useDeniedFor: a negated "use" of data in the main predicate whose
// purpose, after it, is the concept ("does not use, any Content to train").
func (st *Statement) useDeniedFor(purpose string) bool {
	for _, u := range st.Occs {
		if u.Concept != "use_data" || !u.Neg || u.Role != RoleMain {
			continue
		}
		for _, o := range st.Occs {
			if o.Concept == purpose && o.Role == RoleMain && o.Tok > u.Tok && o.Tok-u.End <= 12 {
				return true
			}
		}
	}
	return false
}

// nearGuardrails: an occurrence of the concept is said of Guardrails, close
// to where the statement names them (a summary's "uniform rate-card
// discount" is not Guardrails' flat rate); with no Guardrails named in the
// statement (its clause is about them), any occurrence is.
func (st *Statement) nearGuardrails(concept string) bool {
	var gs []Occ
	for _, o := range st.Occs {
		if o.Concept == "guardrails" {
			gs = append(gs, o)
		}
	}
	if len(gs) == 0 {
		return true
	}
	for _, o := range st.Occs {
		if o.Concept != concept || o.Neg {
			continue
		}
		for _, g := range gs {
			// the words between the two phrases, not between their starts
			if gap := max(o.Tok-g.End, g.Tok-o.End); gap <= 10 {
				return true
			}
		}
	}
	return false
}

// reReportDuty: a duty to deliver a report or statement, which may list
// credits among its contents.
var reReportDuty = lazyre.New(`(?i)\b(?:deliver|provide|submit|send|produce|prepare)\w*\s+(?:to\s+\w+\s+)?(?:a|an|the|its)?\s*(?:[\w-]+\s+){0,3}?(?:report|statement|summary|dashboard)s?\b`)

// ---- C6 ----

func (fb *frameBuilder) sla(f *Frames, st *Statement) {
	avail := st.has("availability", coreCond...)
	creditHere := st.has("credit", coreCond...)
	be := st.affirms("best_effort", core...)
	if !avail && !creditHere && !be {
		return
	}
	if !avail && !be && !(fb.unitConcepts[st.Unit]["availability"] || fb.headingHas(st, "availability") || fb.afterAvailability(st)) {
		return // credits of something else (a cancellation refund, a migration credit)
	}
	if !avail && !be && st.has("prepurchase") {
		return // credits bought in advance are capacity, not service credits
	}
	if !avail && !be && st.Row && !fb.headingHas(st, "availability") && (st.has("quote") || fb.rowLabelHas(st, "quote") && !fb.rowLabelHas(st, "availability")) {
		// "Obligation: Price benchmark credit" beside a row on PT
		// availability: a row stands for itself
		return
	}
	if !avail && !be && !st.has("provisioned") && (st.has("ocu", core...) || fb.unitConcepts[st.Unit]["ocu"] && !fb.unitConcepts[st.Unit]["provisioned"]) {
		return // "OCU charges above the cap are credited back": a price term's credit
	}
	if avail && !st.has("provisioned") && st.Binding && fb.definedWithoutPT(st) {
		// "AWS will make the Covered Service available at least 99.95% …"
		// where "Covered Service" means on-demand inference "and not
		// Provisioned Throughput": the SLA the draft gives leaves PT out
		f.PTSLA = append(f.PTSLA, PTSLA{Base: fb.base(st, "c6", "excluded"), Levels: []float64{}, Thresholds: []float64{}, Excluded: true})
		return
	}
	if !fb.aboutPT(st) || st.otherService() {
		return
	}
	if st.has("other_service", RoleMain, RoleSubject) && !st.affirms("provisioned") && !st.affirms("bedrock") {
		// "the Amazon Q Business SLA (99.9%, with service credits) applies
		// to Amazon Q Business only and does not extend to Amazon Bedrock
		// or to Provisioned Throughput": another service's level, which
		// names PT only to leave it out
		return
	}
	if avail && !st.has("provisioned") && !st.affirms("bedrock") && (st.has("ocu", core...) || st.has("guardrails", core...) || st.has("vector_storage", core...)) {
		// "Amazon OpenSearch Serverless (used for transaction search, not
		// for Bedrock): monthly availability of at least 99,9 %" beside a
		// PT item in the same block: the level of the service it names
		return
	}
	if st.Row && !st.has("provisioned") && st.hasFact("percent") && slices.ContainsFunc(fb.units[st.Unit], func(o *Statement) bool { return o.Row && o.has("provisioned") }) {
		// "Knowledge Bases (retrieval API) | 99,5 % | Yes" below the row
		// for Provisioned Throughput: a row stands for its own component
		return
	}
	// an SLA expressly for on-demand only is not PT's
	if st.affirms("on_demand", core...) && (!st.has("provisioned") || st.onlyOutside("provisioned")) {
		return
	}
	fr := PTSLA{Base: fb.base(st, "c6", ""), Levels: []float64{}, Thresholds: []float64{}}
	among := []string{"availability", "credit", "discount", "fee", "remedy"}
	if st.Table {
		for _, c := range st.Cells {
			for _, fx := range c.Facts {
				if fx.Kind != "percent" {
					continue
				}
				switch {
				case contains(c.Concepts, "availability"):
					fr.Thresholds = append(fr.Thresholds, fx.Value)
				case contains(c.Concepts, "credit"):
					fr.Credits = true
				case fx.Value >= 90 && rePercentCell.MatchString(c.Text) && fb.headingHas(st, "availability") && !avail:
					// "Schedule A — Service Levels" over "PT | 99.9% | 10%
					// below 99.9% …": the table is one of service levels,
					// and a cell that is only a percentage is the level its
					// row promises
					fr.Levels = append(fr.Levels, fx.Value)
				}
			}
		}
	}
	creditScale := st.has("credit") && reBelow.MatchString(st.Text)
	if len(fr.Levels) == 0 && len(fr.Thresholds) == 0 && creditScale && avail {
		// "below 99.9% but at or above 99.0%: a credit of 10%": every
		// availability figure bounds a band of the credit scale, unless
		// the availability is said to be it ("monthly availability of
		// 99.85%, with service credits … when availability is below
		// 99.9%": the level promised, and a scale that starts above it)
		lv, th := st.availabilityFigures()
		for _, v := range lv {
			if st.statedLevel(v) {
				fr.Levels = append(fr.Levels, v)
			} else {
				th = append(th, v)
			}
		}
		fr.Thresholds = th
	}
	if len(fr.Levels) == 0 && len(fr.Thresholds) == 0 {
		// a row whose headers say nothing ("Topic | Term") is read as text
		for _, v := range st.percentsNear("availability", among...) {
			if v < 50 {
				// "a minute in which more than 5% of requests fail", "a
				// credit of 10%": a share of something else, never the
				// share of time the service is available
				continue
			}
			if fb.inCondition(st, v) || st.has("credit", coreCond...) && strings.Contains(strings.ToLower(st.Text), "below") || st.bandBound(v) || st.afterBelow(v) {
				fr.Thresholds = append(fr.Thresholds, v)
			} else {
				fr.Levels = append(fr.Levels, v)
			}
		}
		if len(fr.Levels) == 0 && len(fr.Thresholds) == 0 && avail {
			fr.Levels, fr.Thresholds = st.availabilityFigures()
		}
	}
	if len(fr.Levels) > 0 && reUnavailabilityRule.MatchString(st.Text) {
		// "a minute in which a PT resource delivers less than 90% of its
		// throughput is a minute of unavailability", "Monthly Availability
		// = (total minutes − Unavailable Minutes) / …": how availability
		// is measured, not the level promised
		fr.Levels = fr.Levels[:0]
	}
	noCreditCell := false
	for _, c := range st.Cells {
		// "Service credit if missed | none [5]": the row's credit cell
		// says there is none
		if contains(c.Concepts, "credit") && len(c.Facts) == 0 && reHollowValue.MatchString(reNoteMarks.ReplaceAllString(c.Text, "")) {
			noCreditCell = true
		}
	}
	if creditHere && st.affirms("credit", coreCond...) {
		switch {
		case noCreditCell:
			fr.CreditsAbsent = true
		case len(st.MissingRefs) > 0 || st.Deferred:
			fr.CreditsAbsent = true
		case st.Actor == Vendor && st.Modality == Permission:
			fr.CreditsAbsent = true // only at AWS's discretion
		case st.Negated && st.affirms("credit", RoleSubject) && !st.affirms("credit", RoleMain):
			// "Service credits and other remedies do not apply to the
			// availability commitment in Table 3": the credits are denied
			fr.CreditsAbsent = true
		case st.Negated && st.Modality == Permission && st.Actor == Customer:
			// "Customer has no right to receive service credits", "is not
			// entitled to any service credit": the credits are denied
			fr.CreditsAbsent = true
		case reSoleRemedy.MatchString(st.Text):
			// "Service credits are the sole and exclusive remedy": it
			// limits the remedies to the credits granted elsewhere, it
			// grants none
		case (st.Actor == Customer && st.Modality == Obligation || reImperativeClaim.MatchString(st.Text)) && reClaimVerb.MatchString(st.Text) && !st.hasFact("percent") && !st.hasFact("money"):
			// (or, in plain English, "Ask for a credit within 60 days
			// after the end of the month concerned")
			// "Party B shall claim service credits within thirty (30) days":
			// how a credit granted elsewhere is claimed, no credit granted
		case reReportDuty.MatchString(st.Text) && !st.hasFact("percent") && !st.hasFact("money"):
			// "deliver a monthly service report … covering PT Availability
			// … and any credits applied": a report names credits, it grants
			// none
		default:
			fr.Credits = true
		}
	}
	if be && vendorSide(st) {
		fr.BestEffort = true
	}
	// "The SLA applies to the Services, save that Provisioned Throughput is
	// provided on a best-efforts basis and is excluded from that SLA"
	for _, sub := range st.Subs {
		if sub.Role != RoleException && sub.Role != RoleProviso {
			continue
		}
		if st.affirmsIn("provisioned", sub) && (st.affirmsIn("excluded", sub) || st.affirmsIn("best_effort", sub)) {
			fr.Excluded = true
		}
	}
	if st.affirms("excluded", core...) && st.has("provisioned", core...) && (avail || st.has("best_effort")) {
		fr.Excluded = true
	}
	if st.denies("availability", core...) && st.has("provisioned", core...) && !st.has("excluded") && len(fr.Levels) == 0 && st.Negated && st.Modality != Obligation {
		// "no SLA applies to Provisioned Throughput"
		fr.Excluded = true
	}
	if fr.Excluded {
		// "a separate 99.9% target under the X SLA, which does not apply to
		// PT": the figure is that SLA's, not PT's
		fr.Levels, fr.Thresholds, fr.Credits = []float64{}, []float64{}, false
		// "… excluded from the service level in Row S-2 and from any other
		// service level commitment of AWS": from every SLA
		// "… excluded from the Bedrock SLA and does not attract service
		// credits": PT earns no credit anywhere, which no other SLA can
		// grant without contradicting it
		fr.ExcludedAll = reEverySLA.MatchString(st.Text) || st.denies("credit", core...) && !st.has("prepurchase")
	}
	if len(fr.Levels) == 0 && len(fr.Thresholds) == 0 && !fr.Credits && !fr.CreditsAbsent && !fr.BestEffort && !fr.Excluded {
		return
	}
	if len(fr.Levels) > 0 && !fr.Credits && !fr.CreditsAbsent && len(fr.MissingRefs) > 0 && st.refsOnlyAfter("credit", fr.MissingRefs) {
		// "Reserved Capacity shall be available not less than 99,9 % …,
		// and service credits shall apply as set out in Schedule 4": the
		// schedule the draft lacks holds the credits (read as absent from
		// the same sentence's credit statement), not the level
		fr.MissingRefs = []string{} // (resolve sets InForce from it)
	}
	fr.value = fmt.Sprintf("%v/%v/%v", fr.Levels, fr.BestEffort, fr.Excluded)
	if len(fr.Levels) == 0 && !fr.BestEffort && !fr.Excluded {
		fr.key = "" // credits and credit scales complement, they do not restate
	}
	f.PTSLA = append(f.PTSLA, fr)
}

// inCondition reports whether a percentage sits in a condition ("if
// availability falls below 99.5%").
func (fb *frameBuilder) inCondition(st *Statement, v float64) bool {
	for _, fx := range st.Facts {
		if fx.Kind != "percent" || fx.Value != v {
			continue
		}
		for _, s := range st.Subs {
			if s.Role == RoleCondition && fx.Tok >= s.Start && fx.Tok < s.End {
				return true
			}
		}
	}
	return false
}

// ---- L1 L2 L7 ----

func (fb *frameBuilder) commitment(f *Frames, st *Statement) {
	if st.prepurchaseGrant() {
		return
	}
	if st.Row && fb.headingHas(st, "prepurchase") && st.has("provisioned") && !st.has("on_demand") {
		// a row of a table headed "PT PRE-PURCHASE CREDITS" ("Single |
		// €1.2m | 40% | …"): credits bought ahead, no spend commitment
		return
	}
	if st.has("alt_provider") && !st.has("bedrock") && !st.has("edp") && (fb.headingHas(st, "quote") || st.Row && st.has("quote")) {
		// a record of competing quotes ("Provider: Anthropic — direct
		// API; Offer: Enterprise commitment, 12 months"): the other
		// provider's terms, not this deal's commitment
		return
	}
	if st.Row && fb.rowOfAnotherProvider(st) {
		// "Provider: Anthropic (direct API) | … | Annual commitment USD
		// 1 200 000": a row of a comparison with other providers states
		// their terms, not this deal's
		return
	}
	if !st.affirms("commitment", core...) {
		if fb.impliedCommitment(st) {
			fr := Commitment{Base: fb.base(st, "commit", "")}
			fr.Bedrock = fb.rg.Provider == "aws"
			fr.EDP = st.has("edp") || fb.unitConcepts[st.Unit]["edp"]
			for _, fx := range st.Facts {
				if fx.Kind == "money" && fx.Value > fr.Amount {
					fr.Amount = fx.Value
				}
			}
			fb.commitShape(&fr, st)
			fr.value = fmt.Sprintf("%v/%v/%v/%v", fr.Pool, fr.Split, fr.Aligned, fr.Independent)
			fr.key = ""
			f.Commitment = append(f.Commitment, fr)
			fb.commitUnits[st.Unit] = true
		}
		return
	}
	describes0 := st.has("pool") || st.has("flex") || st.has("split") || st.has("term_edp") || st.has("independent")
	if st.Actor == Vendor && st.Modality != Declarative && !describes0 {
		return // "AWS commits to make PT available": no spend commitment
	}
	if st.otherService() || st.has("provisioned", RoleMain, RoleSubject) && !st.has("bedrock") || st.has("provisioned", RoleSubject) {
		return // a PT purchase is capacity, not the spend commitment
	}
	money := false
	for _, fx := range st.Facts {
		if fx.Kind == "money" {
			money = true
		}
	}
	describes := st.has("pool") || st.has("flex") || st.has("split") || st.has("term_edp") || st.has("independent")
	fr := Commitment{Base: fb.base(st, "commit", "")}
	for _, c := range st.Occs {
		if c.Concept != "commitment" || c.Neg || c.Role != RoleMain && c.Role != RoleSubject {
			continue
		}
		pt := false
		for _, o := range st.Occs {
			if o.Concept == "provisioned" && o.Tok >= c.Tok-2 && o.End <= c.End {
				pt = true // a "PT Commitment" is capacity, not spend
			}
		}
		if pt {
			continue
		}
		// "… shall count towards the Bedrock Commitment": spend drawing it
		// down is no commitment of its own
		drawn := false
		for _, o := range st.Occs {
			if o.Concept == "overall_spend" && o.Tok < c.Tok && c.Tok-o.End <= 6 {
				drawn = true
			}
		}
		if drawn {
			continue
		}
		// a spend commitment: money in the sentence, or the commitment
		// described (its pool, its term), or a defined term for it
		alias := false
		edpCommit := false
		bedrockNear := false
		for _, o := range st.Occs {
			if o.Concept == "bedrock" && o.Tok == c.Tok && o.End == c.End {
				alias = true // "Bedrock Commitment" defined
			}
			if o.Concept == "bedrock" && o.End <= c.Tok && c.Tok-o.End <= 3 && money && !c.Neg && !st.Negated && !st.has("all_services") &&
				!slices.ContainsFunc(st.Occs, func(e Occ) bool { return e.Concept == "edp" && e.Tok >= o.End && e.End <= c.Tok }) {
				// "Item: Bedrock on-demand commit; …: USD 1,650,000": the
				// commitment named, with its amount
				alias = true
			}
			if o.Concept == "edp" && o.End <= c.Tok && c.Tok-o.End <= 1 && strings.HasPrefix(st.toks[c.Tok].Lower, "commitment") {
				edpCommit = true // "Customer's EDP commitment"
			}
			if o.Concept == "bedrock" && (o.Role == RoleMain || o.Role == RoleSubject) && o.Tok >= c.Tok-3 && o.Tok <= c.End+25 {
				bedrockNear = true
			}
		}
		named := false // "a Bedrock-specific spend commitment": the lever named
		for _, o := range st.Occs {
			if o.Concept == "bedrock" && o.End <= c.Tok && c.Tok-o.End <= 3 {
				named = true
			}
		}
		if !money && !describes && !alias && !(named && !st.Binding && st.Nonbinding != "definition" && !st.Deferred && len(st.MissingRefs) == 0) {
			// (a recital or a good-faith discussion of "a Bedrock-specific
			// spend commitment" names the lever without binding it)
			continue
		}
		// an overall EDP commitment that Bedrock spend merely counts towards;
		// not an amount of Bedrock spend that counts towards the EDP
		// ("CAD 1,500,000 of Amazon Bedrock usage, counting toward the EDP
		// commitment")
		allSvc := st.has("all_services")
		bedrockAmount := alias || st.bedrockAmount()
		for _, o := range st.Occs {
			if o.Concept == "bedrock" && o.End == c.Tok && money {
				bedrockAmount = true // "Bedrock Commitment … AUD 4,500,000"
			}
		}
		for _, o := range st.Occs {
			if o.Concept != "overall_spend" {
				continue
			}
			if o.Tok >= c.End && o.Tok-c.End <= 3 && !bedrockAmount {
				allSvc = true // "commits to total AWS spend of …"
			}
			for _, e := range st.Occs {
				if e.Concept == "edp" && e.Tok >= o.End && e.Tok-o.End <= 6 && !bedrockAmount {
					allSvc = true
				}
			}
		}
		if fb.rg.Provider == "aws" && !edpCommit && !allSvc && (alias || bedrockNear || money && st.has("model_family") && !st.has("other_service")) {
			// ("Model family: Anthropic Claude; Annual commitment (USD): USD
			// 4,000,000": in an AWS deal, spend on a model family is spend
			// on Bedrock)
			fr.Bedrock = true
		}
		fr.EDP = st.has("edp") || fb.unitConcepts[st.Unit]["edp"]
	}
	if !fr.Bedrock && fb.impliedCommitment(st) {
		// "Customer shall incur not less than US$15M in Amazon Bedrock
		// charges (the "Commitment Period")": the word names the period,
		// the duty is the commitment
		fr.Bedrock = fb.rg.Provider == "aws"
	}
	if !fr.Bedrock && !fr.EDP && !money && !(describes && reDefinite.MatchString(st.Text)) {
		return // ("That commitment is one dollar amount" describes the one named before)
	}
	for _, fx := range st.Facts {
		if fx.Kind == "money" && fx.Value > fr.Amount {
			fr.Amount = fx.Value
		}
	}
	fb.commitUnits[st.Unit] = true
	fb.commitShape(&fr, st)
	// a commitment inside a draft whose own term runs with the EDP ("This
	// Addendum … is co-terminous with it") follows the EDP too, unless the
	// commitment has a term of its own ("Commit period: 12 months")
	if !fr.Independent && fb.docTermAligned() && !fb.commitOwnTerm() {
		fr.Aligned = true
	}
	fr.value = fmt.Sprintf("%v/%v/%v/%v", fr.Pool, fr.Split, fr.Aligned, fr.Independent)
	fr.key = ""
	f.Commitment = append(f.Commitment, fr)
	fb.commitUnits[st.Unit] = true
}

// commitmentTerms reads the statements that describe a Bedrock commitment
// without naming it: the other sentences of its clause ("It may be spent on
// any model"), and the clauses under a heading about it ("1. Bedrock
// commitment / 1.2 Pool: single pool across model families").
func (fb *frameBuilder) commitmentTerms(f *Frames) {
	bedrock := false
	for _, c := range f.Commitment {
		if c.Bedrock {
			bedrock = true
		}
	}
	seen := map[int]bool{}
	for i := range f.Commitment {
		c := &f.Commitment[i]
		seen[c.Statement] = true
		// "Of the commitment, USD 1,000,000 must be consumed by Claude
		// models": the commitment the draft has already named
		if !c.Bedrock && bedrock && reDefinite.MatchString(c.st.Text) && !c.st.edpCommitment() && !c.st.has("overall_spend") {
			c.Bedrock = true
		}
		// "Model family: Anthropic Claude; Annual commitment: EUR 2,000,000":
		// a sum allocated to a family of models divides the Bedrock
		// commitment the draft has named
		if !c.Bedrock && bedrock && c.Split && !c.st.has("overall_spend") && !c.st.has("all_services") {
			c.Bedrock = true
		}
		// "The commitment in Article 8.1 is co-terminous with the EDP": the
		// commitment of the clause it cites
		if !c.Bedrock && bedrock && fb.citesBedrockCommitment(c.st, f) {
			c.Bedrock = true
		}
	}
	// a statement of the same sentence as a Bedrock commitment describes it
	// ("The Bedrock Commitment is divided as follows: Model family: Claude;
	// amount: EUR 600,000" is read as two statements)
	for i := range f.Commitment {
		c := &f.Commitment[i]
		if c.Bedrock {
			continue
		}
		for _, d := range f.Commitment {
			if d.Bedrock && d.st.Unit == c.st.Unit && sameSentence(d.st, c.st) {
				c.Bedrock = fb.rg.Provider == "aws"
			}
		}
	}
	for _, st := range fb.rg.Statements {
		if seen[st.ID] || st.OutOfScope {
			continue
		}
		if !fb.commitUnits[st.Unit] && !fb.headingHas(st, "commitment") && !(bedrock && fb.citesBedrockCommitment(st, f)) {
			continue // (or "… counts towards the 1.1 commitment": the commitment it names)
		}
		if st.Row && !st.has("commitment") && !fb.headingHas(st, "commitment") && !st.hasFact("money") && fb.rowOnOther(st, "commitment") {
			// a row of a table of terms on another subject ("3.2 | Model
			// retirement | … any Foundation Model …") beside a row on the
			// commitment: a row stands for its own subject
			continue
		}
		if st.prepurchaseGrant() || st.Row && fb.rowOfAnotherProvider(st) {
			continue
		}
		if !fb.commitUnits[st.Unit] && st.has("provisioned", RoleSubject) && !st.has("bedrock") {
			// "Firm commitment. No right of cancellation applies to any
			// PT Commitment …": under a heading that names a commitment,
			// a sentence about PT commitments is about capacity bought,
			// not the spend commitment
			continue
		}
		fr := Commitment{Base: fb.base(st, "", ""), Bedrock: bedrock && fb.rg.Provider == "aws"}
		fb.commitShape(&fr, st)
		if fr.Split && !fb.speaksOfSpend(st) {
			// "A one-time fee of USD 4,000 is payable for each imported
			// model", "AWS makes Custom Models available only to …", "charges
			// are shown broken down by model family": a sentence beside the
			// commitment that divides something other than spend does not
			// divide the commitment
			fr.Split = false
		}
		if !fr.Pool && !fr.Split && !fr.Aligned && !fr.Independent {
			continue
		}
		f.Commitment = append(f.Commitment, fr)
	}
}

// noCommitmentNow: where the draft says in binding words that there is no
// Bedrock commitment ("There is no separate Bedrock commitment"), a
// non-binding word about one ("the parties will consider a
// Bedrock-specific commitment at the next renewal") is about a deal not
// made: it is set aside by the denial, and the lever is absent. (Not a
// recital's statement of intention.)
func (fb *frameBuilder) noCommitmentNow(f *Frames) {
	var denial *Statement
	last, says := "", false
	for _, st := range fb.rg.Statements {
		// (a long clause's sentence is the text of many statements: the
		// pattern is run once for it, and only where the word is)
		if st.Text != last {
			last = st.Text
			says = (strings.Contains(st.Text, "ommitment") || strings.Contains(st.Text, "OMMITMENT")) && reNoBedrockCommitment.MatchString(st.Text)
		}
		if st.Binding && !st.OutOfScope && says && !st.affirms("split") &&
			(st.has("bedrock") || fb.rg.Subject["bedrock"]) && st.Modality == Declarative {
			denial = st
			break
		}
	}
	if denial == nil {
		return
	}
	for i := range f.Commitment {
		b := &f.Commitment[i].Base
		switch {
		case b.Binding || b.SupersededBy != "":
			continue
		case b.Nonbinding == "recital":
			// (a recital states the parties' intention for the deal, which
			// the labelling rules count as the lever addressed)
			continue
		case b.Nonbinding == "definition" || b.Nonbinding == "placeholder" || b.Nonbinding == "negotiation" || b.Nonbinding == "note" || b.Nonbinding == "preamble" || b.Nonbinding == "withdrawn":
			continue // (no text on the topic to set aside)
		}
		b.SupersededBy, b.Basis = denial.Clause, "the draft says there is no such commitment"
	}
}

// independentOfTerm: an "independent" of the statement is about its term
// or the EDP ("a fixed term of 24 months", "independent of the EDP"), not
// about something else ("a single tariff, independent of the volume
// consumed").
func (st *Statement) independentOfTerm() bool {
	for _, o := range st.Occs {
		if o.Concept != "independent" || o.Neg || o.End < 1 || o.End > len(st.toks) {
			continue
		}
		termWord := false
		for i := o.Tok; i < o.End; i++ {
			if w := st.toks[i].Lower; w == "term" || w == "edp" {
				termWord = true
			}
		}
		switch st.toks[o.End-1].Lower {
		case "of", "from", "to", "linked", "tied":
			if termWord {
				return true // "fixed term of", "regardless of the EDP"
			}
		default:
			return true // "own term", "beyond the EDP": the term itself
		}
		for i := o.End; i < len(st.toks) && i < o.End+6; i++ {
			switch st.toks[i].Lower {
			case "edp", "term", "renewal", "renewals", "expiry", "agreement", "program", "programme", "period":
				return true
			}
		}
	}
	return false
}

// reNoBedrockCommitment: a sentence that says there is no Bedrock
// commitment ("There is no separate Bedrock commitment", "No
// Bedrock-specific commitment applies", "no separate commitment for Amazon
// Bedrock").
var reNoBedrockCommitment = lazyre.New(`(?i)\b(?:there\s+is\s+no|no)\s+(?:separate|bedrock[- ]specific|specific|dedicated|stand-?alone|bedrock)\s+(?:bedrock\s+)?(?:spend\s+)?commitment\b|\bno\s+(?:separate\s+)?(?:spend\s+)?commitment\s+(?:applies\s+|is\s+made\s+)?(?:to|for)\s+(?:amazon\s+)?bedrock\b`)

// prepurchaseGrant: the statement's verb is a pre-purchase ("Customer may
// pre-purchase Dedicated Throughput … at the following prices: Tier 1 |
// Amount pre-purchased in the EDP Commitment Year: …"): capacity bought
// ahead (L3), not the spend commitment, whatever its columns are called.
func (st *Statement) prepurchaseGrant() bool {
	for _, o := range st.Occs {
		if o.Concept == "prepurchase" && o.Head && !o.Neg {
			return true
		}
	}
	return false
}

// edpCommitment: the commitment the statement speaks of is the EDP's
// ("the EDP commitment", "the commitment under the EDP"), not one whose
// term is set by the EDP's ("The commitment runs congruent with the EDP
// Term").
func (st *Statement) edpCommitment() bool {
	c, ok := st.occ("commitment")
	if !ok {
		return st.has("edp")
	}
	for _, o := range st.Occs {
		if o.Concept != "edp" {
			continue
		}
		inTerm := false
		for _, t := range st.Occs {
			if t.Concept == "term_edp" && o.Tok >= t.Tok && o.End <= t.End {
				inTerm = true
			}
		}
		if inTerm {
			continue
		}
		if o.End <= c.Tok && c.Tok-o.End <= 1 || o.Tok >= c.End && o.Tok-c.End <= 3 {
			return true
		}
	}
	return false
}

// citesBedrockCommitment: the statement names its commitment by the
// clause that holds a Bedrock commitment ("the commitment in clause 4.1").
func (fb *frameBuilder) citesBedrockCommitment(st *Statement, f *Frames) bool {
	if fb.namesCommitmentAmount(st, f) {
		return true
	}
	c, ok := st.occ("commitment", RoleMain, RoleSubject)
	if !ok || st.toks == nil {
		return false
	}
	// "the commitment in clause 4.1", "The 3.7 commitment"
	from := st.toks[c.Tok].Start
	if c.Tok >= 2 {
		from = st.toks[c.Tok-2].Start
	}
	after := st.Text[from:]
	if len(after) > 80 {
		after = after[:80]
	}
	targets := []string{}
	for _, r := range fb.rg.refs().Read(after) {
		targets = append(targets, r.Target)
	}
	if m := reNumberedCommitment.FindStringSubmatch(after); m != nil {
		targets = append(targets, m[1]) // "The 3.7 commitment": a bare number before the noun
	}
	for _, target := range targets {
		for _, id := range fb.rg.byNumber[normNum(target)] {
			for _, d := range f.Commitment {
				if d.Bedrock && d.st != nil && d.st.Clause == id {
					return true
				}
			}
		}
	}
	return false
}

// reNumberedCommitment: a commitment named by the number of its clause,
// with no "clause" before it ("The 3.7 commitment is co-terminous …").
var reNumberedCommitment = lazyre.New(`(?i)\b(?:the|this|such|that)\s+(\d{1,3}(?:\.\d{1,3})+)\s+commitment\b`)

// bedrockAmount: a sum of Bedrock spend ("USD 3,000,000 of Amazon Bedrock
// spend", "Bedrock Commitment: CAD 1,500,000").
func (st *Statement) bedrockAmount() bool {
	for _, f := range st.Facts {
		if f.Kind != "money" || f.Unit != "" {
			continue
		}
		for _, o := range st.Occs {
			// ("Eligible Claude Charges of not less than SGD 9,600,000": a
			// floor's words may stand between the spend and its amount)
			gap := 3
			if st.has("minimum_spend") {
				gap = 5
			}
			if o.Concept == "bedrock" && (o.Tok >= f.End && o.Tok-f.End <= 3 || f.Tok >= o.End && f.Tok-o.End <= gap) {
				return true
			}
		}
	}
	return false
}

// impliedCommitment: a Bedrock spend commitment written without the word:
// a clause headed "Commit" that states an amount of Bedrock usage ("1.1
// Commit: AUD 2,600,000 of Amazon Bedrock usage"), or the customer's duty
// to spend at least an amount on Bedrock ("Customer shall incur not less
// than US$15,000,000 in Amazon Bedrock charges").
func (fb *frameBuilder) impliedCommitment(st *Statement) bool {
	if !st.Binding || st.Negated || !st.has("bedrock") || st.has("provisioned", RoleMain, RoleSubject) || st.otherService() ||
		st.has("all_services") || st.has("overall_spend") {
		return false
	}
	money := false
	for _, fx := range st.Facts {
		if fx.Kind == "money" && fx.Value >= 1000 {
			money = true
		}
	}
	if !money {
		return false
	}
	if c := fb.rg.byID[st.Clause]; c != nil && c.Heading != "" && contains(fb.headingConcepts(c.Heading), "commitment") {
		return true
	}
	return st.Actor == Customer && st.Modality == Obligation && st.affirms("minimum_spend", RoleMain)
}

// rowOfAnotherProvider: the row's provider cell names a provider other
// than AWS ("Provider | Anthropic (direct API)", "Google Vertex AI").
func (fb *frameBuilder) rowOfAnotherProvider(st *Statement) bool {
	for _, c := range st.Cells {
		if !reProviderCol.MatchString(c.Header) {
			continue
		}
		cs := fb.rg.conceptsOf(c.Text)
		other := slices.Contains(cs, "alt_provider") || slices.Contains(cs, "other_provider")
		return other && !slices.Contains(cs, "bedrock") && !slices.Contains(cs, "aws")
	}
	return false
}

// reProviderCol: a column naming whose offer a row is.
var reProviderCol = lazyre.New(`(?i)^\W*(?:provider|vendor|platform|supplier|source|offeror|bidder)\W*$`)

// poolOrFlex: the statement says the commitment is one pool or flexes
// across models; not "split between model families" (the split's
// "between"), nor "aggregate commitment under the EDP" (the EDP's).
func (st *Statement) poolOrFlex() bool {
	for _, o := range st.Occs {
		if o.Concept != "pool" && o.Concept != "flex" || o.Neg || !roleIn(o.Role, coreCond) || st.Negated && o.Role == RoleSubject && !st.denies("split", RoleSubject, RoleMain) {
			// (a sentence negated for its split, "… draws down the same
			// pool; no allocation by model or vendor applies", still pools)
			continue
		}
		afterSplit := false
		for _, sp := range st.Occs {
			if sp.Concept == "split" && !sp.Neg && sp.End <= o.Tok && o.Tok-sp.End <= 1 {
				afterSplit = true
			}
		}
		ofEDP := false
		if o.Concept == "pool" {
			for _, e := range st.Occs {
				if e.Concept == "edp" && (e.Tok >= o.End && e.Tok-o.End <= 4 || e.End <= o.Tok && o.Tok-e.End <= 2) {
					ofEDP = true
				}
			}
		}
		// "any Claude model you use": any model of one family named is no
		// flexibility across families
		oneFamily := false
		if o.Concept == "flex" {
			for _, m := range st.Occs {
				if m.Concept == "model_family" && !m.Neg && m.Tok > o.Tok && m.End < o.End && namedSpan(st, m) &&
					!strings.Contains(st.toks[m.End-1].Lower, "famil") {
					oneFamily = true
				}
			}
		}
		if !afterSplit && !ofEDP && !oneFamily {
			return true
		}
	}
	return false
}

// itemStart: where an item's own words begin, read after a lead-in that is
// a whole sentence ("The Bedrock Commitment is allocated as follows and
// amounts may not be moved between lines:" over "(a) Anthropic Claude
// models: USD 300,000"), or a row under its caption: the token of the
// lead-in's colon; -1 when the statement has no such lead-in, when the
// lead-in waits for its object ("AWS shall not:") or when the item denies
// something of its own. The lead's negation is not the item's.
func (fb *frameBuilder) itemStart(st *Statement) int {
	if st.lead == "" && !st.Row {
		return -1
	}
	p := fb.rg.reader.scan(st.Text)
	colon := -1
	for i, t := range p.toks {
		if t.Kind == rules.Punct && t.Lower == ":" {
			colon = i
			break
		}
	}
	if colon < 1 {
		return -1
	}
	last := colon - 1
	for last > 0 && p.toks[last].Kind == rules.Punct {
		last--
	}
	if w := p.word(last); auxiliaries[w] || p.isModalAt(last) || w == "to" || w == "not" || w == "never" || w == "of" || w == "for" || w == "that" {
		return -1
	}
	for _, m := range p.cues["negation"] {
		if m.start > colon {
			return -1
		}
	}
	return colon
}

// splitByModel: an allocation of the commitment to models, families or
// providers ("USD 1M reserved for Claude models"); a commitment "ring-fenced
// within the EDP" is separate from the EDP, not split by model.
func (st *Statement) splitByModel() bool {
	for _, sp := range st.Occs {
		if sp.Concept != "split" || sp.Neg || !roleIn(sp.Role, coreCond) || st.Negated && sp.Role == RoleSubject || st.negativeSubjectBefore(sp.Tok) {
			continue
		}
		for _, m := range st.Occs {
			switch m.Concept {
			case "model", "model_family", "alt_provider", "open_weight", "custom_model":
				if m.Tok >= sp.End && m.Tok-sp.End <= 8 || m.End <= sp.Tok && sp.Tok-m.End <= 4 {
					return true
				}
			}
		}
	}
	return false
}

// speaksOfSpend: the statement is about the money a commitment is (a
// commitment, spend counting toward one, a floor, a pool or where it may be
// spent), or allocates sums of money that are no fee or price ("Anthropic
// Claude | USD 3,600,000"); not a fee charged per model, a price per unit,
// or a service made available only to some.
func (fb *frameBuilder) speaksOfSpend(st *Statement) bool {
	if fb.headingHas(st, "commitment") {
		return true // "Q2. Which models can we spend the commitment on?"
	}
	for _, c := range []string{"commitment", "overall_spend", "minimum_spend", "pool", "flex"} {
		if st.has(c, coreCond...) {
			return true // (negated too: "does not count towards the Commitment")
		}
	}
	for _, o := range st.Occs {
		if o.Concept == "split" && reDivision.MatchString(st.Text[st.toks[o.Tok].Start:st.toks[o.End-1].End]) {
			return true // "Allocation by model family", "per-family buckets"
		}
	}
	for i, t := range st.toks {
		switch t.Lower {
		case "eligible":
			return true // "Eligible models: Claude only": what counts toward it
		case "amount":
			if i > 0 && (st.toks[i-1].Lower == "this" || st.toks[i-1].Lower == "that" || st.toks[i-1].Lower == "such") {
				return true // "This amount applies solely to …"
			}
		}
	}
	if st.has("fee", core...) || st.has("import_fee") || st.has("unit_rate") {
		return false
	}
	for _, fx := range st.Facts {
		if fx.Kind == "money" && fx.Unit == "" && fx.Value >= 1000 {
			return true
		}
	}
	return false
}

// reDivision: the words of a split that divide money by themselves
// ("allocated", "apportioned", "tranche", "bucket", "sub-limit"), unlike
// the ones that restrict anything ("per model", "only for", "broken down").
var reDivision = lazyre.New(`(?i)allocat|apportion|divided|tranche|bucket|sub.?(?:commit|limit)|earmark|ring.?fenc|reserved|split|separate commit`)

// negativeSubjectBefore: the clause holding token tok opens with a negative
// quantifier as its subject ("…; no part of it is allocated to a model",
// "none of the Commitment is reserved for …"): its verb is denied.
func (st *Statement) negativeSubjectBefore(tok int) bool {
	for i := tok - 1; i >= 0 && tok-i <= 8; i-- {
		switch w := st.toks[i].Lower; w {
		case ";", ".", ":", ",", "and", "but":
			return false
		case "no", "none", "nothing", "neither":
			return true
		}
	}
	return false
}

// affirmsNotNegatedSubject: the concept is read, not negated, and not as
// the subject of a negated verb ("spend on any other model family does not
// count", "an allocation to models does not take place").
func (st *Statement) affirmsNotNegatedSubject(concept string, roles ...Role) bool {
	for _, o := range st.Occs {
		if o.Concept == concept && !o.Neg && roleIn(o.Role, roles) && !(st.Negated && o.Role == RoleSubject) {
			return true
		}
	}
	return false
}

// namedSpan: an occurrence that names something ("the Anthropic Claude
// family"), not a kind of thing ("any model family").
func namedSpan(st *Statement, oc Occ) bool {
	for i := oc.Tok; i < oc.End && i < len(st.toks); i++ {
		w := st.Text[st.toks[i].Start:st.toks[i].End]
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) && !strings.EqualFold(w, "the") {
			return true
		}
	}
	return false
}

func (fb *frameBuilder) commitShape(fr *Commitment, o *Statement) {
	if o.poolOrFlex() && !(o.has("discount", coreCond...) && !o.has("commitment")) {
		// (not "17.5% off … for all models": a rate, not the commitment)
		fr.Pool = true
	}
	families := 0
	for _, oc := range o.Occs {
		// a family by name ("Claude models"), not "any model family"
		if oc.Concept == "model_family" && !oc.Neg && !strings.Contains(o.toks[oc.End-1].Lower, "famil") {
			families++
		}
	}
	if families == 0 && (o.lead != "" || o.Row) {
		// an item's own words read into the lead's last clause ("… and
		// amounts may not be moved between lines: Anthropic Claude models:
		// USD 300,000"): the family is the item's, whichever part holds it
		for _, sib := range fb.units[o.Unit] {
			if !sameSentence(sib, o) {
				continue
			}
			from := fb.itemStart(sib)
			for _, oc := range sib.Occs {
				if oc.Concept == "model_family" && from >= 0 && oc.Tok > from && !strings.Contains(sib.toks[oc.End-1].Lower, "famil") {
					families++
				}
			}
		}
	}
	money := 0
	for _, fx := range o.Facts {
		// sums, not rates ("$2.28 per million input tokens" is a price,
		// and so is "USD 2.70 input" of a competitor's quotation)
		if fx.Kind == "money" && fx.Unit == "" && fx.Value >= 1000 && !o.has("quote") {
			money++
		}
	}
	// a sum assigned to a model family ("Anthropic models: USD 2,000,000")
	// limited to one family by name ("Eligible models: Anthropic models only")
	limited := false
	for _, oc := range o.Occs {
		if oc.Concept != "model_family" || oc.Neg || strings.Contains(o.toks[oc.End-1].Lower, "famil") && !namedSpan(o, oc) {
			continue
		}
		// "Only usage of models of the Anthropic Claude family counts",
		// "may only be applied to the consumption of models of the
		// Anthropic Claude family"
		for i := max(0, oc.Tok-12); i < min(len(o.toks), oc.End+4); i++ {
			if w := o.toks[i].Lower; w == "only" || w == "exclusively" || w == "solely" {
				limited = true
			}
		}
	}
	if reOthersExcluded.MatchString(o.Text) {
		// "Usage of any other Foundation Model family does not count
		// towards the commitment": the commitment is limited to the
		// families it names
		limited = true
	}
	limited = limited && !o.affirmsNotNegatedSubject("flex", coreCond...)
	// (a sum per family under a heading about the commitment: "2.2 How
	// the commitment is divided" with a row "Anthropic Claude | US$3.6M")
	inCommit := fb.commitUnits[o.Unit] || fb.headingHas(o, "commitment") ||
		o.lead != "" && contains(fb.rg.conceptsOf(o.lead), "commitment")
	if o.splitByModel() || limited || (families >= 1 && money >= 2) || families >= 1 && money >= 1 && inCommit {
		// "You decide how that money is split between families, and you can
		// change the split whenever you like": a split the customer chooses
		// is flexibility
		flexHere := o.affirmsNotNegatedSubject("flex", coreCond...) && o.poolOrFlex()
		for _, sib := range fb.units[o.Unit] {
			if sib != o && sameSentence(sib, o) && sib.affirmsNotNegatedSubject("flex", coreCond...) && sib.Actor == Customer {
				flexHere = true
			}
		}
		if !flexHere && !o.denies("split", coreCond...) {
			fr.Split = true
		}
	}
	if o.affirms("term_edp", coreCond...) && !o.Negated {
		fr.Aligned = true
	}
	if !fr.Aligned && fb.namedTermAligned(o.Text) {
		// "EUR 2,400,000 of Bedrock usage over the Bedrock Term" where the
		// draft says the Bedrock Term "runs co-terminously with the EDP"
		fr.Aligned = true
	}
	// "These terms supplement the EDP … and apply for as long as that
	// agreement remains in force": "that agreement" is the EDP named before
	if t, ok := o.occ("term_anaphor", coreCond...); ok && !t.Neg && !o.Negated {
		for _, e := range o.Occs {
			if e.Concept == "edp" && e.Tok < t.Tok {
				fr.Aligned = true
			}
		}
	}
	// "… ends on the date on which the EDP term ends", "is reset when the EDP
	// is renewed": the commitment's term follows the EDP's end or renewal
	// (the sentence must speak of the commitment: "The EDP expires on 31
	// December 2028" alone links nothing; and not "irrespective of any
	// renewal of the EDP")
	unrelatedAt := -1
	if u, ok := o.occ("unrelated"); ok {
		unrelatedAt = u.Tok
	}
	if o.has("edp") && !o.Negated && !o.affirms("independent", coreCond...) && (o.has("commitment") || o.has("term_edp") || reDocSubject.MatchString(o.Text) || strings.Contains(strings.ToLower(o.Text), "commit")) {
		// "Its term is fixed and is not affected by any renewal … of the
		// EDP": a negation shortly before, in the same sentence
		sp := fb.rg.reader.scan(o.Text)
		deniedAt := func(i int) bool {
			for _, m := range sp.cues["negation"] {
				if m.start >= i || i-m.start > 15 {
					continue
				}
				stop := false // ("No.: A.4; … ends on the same day": another cell)
				for k := m.end; k < i && k < len(sp.toks); k++ {
					if w := sp.word(k); w == "." || w == ";" || w == ":" {
						stop = true
					}
				}
				if !stop {
					return true
				}
			}
			return false
		}
		for i, t := range o.toks {
			if unrelatedAt >= 0 && i > unrelatedAt {
				break
			}
			switch t.Lower {
			case "ends", "expires", "expire", "terminates", "coterminous", "renewed", "renewal", "renews", "reset", "prolonged":
				if i < len(sp.toks) && deniedAt(i) {
					fr.Independent = true // the EDP's renewal or end is denied any effect on it
				} else {
					fr.Aligned = true
				}
			}
		}
		if fr.Independent {
			fr.Aligned = false
		}
	}
	// (a negated sentence is independent of the EDP's term where it
	// speaks of the commitment or the document, "The Bedrock Commitment
	// is not co-terminous with the EDP Term"; not "The annual growth cap
	// on OCU charges will not be carried forward into the Renewed EDP")
	if o.affirms("independent", coreCond...) && o.independentOfTerm() && !(fr.Aligned && o.onlyTemporalIndependent()) ||
		o.has("term_edp", RoleMain) && o.Negated && (o.has("commitment") || reDocSubject.MatchString(o.Text)) {
		fr.Independent = true
	}
	if unrelatedAt >= 0 && o.has("edp") && (o.has("commitment") || o.has("term_edp")) && o.unrelatedToEDP(unrelatedAt) {
		// "runs for 24 months, irrespective of any renewal of the EDP"
		// (not "regardless of Model Provider or model family": what it
		// is unrelated to is no term of the EDP)
		fr.Independent, fr.Aligned = true, false
	}
}

// unrelatedToEDP: the EDP, or its term, renewal or end, follows the
// "irrespective of" at token at within a few words.
func (st *Statement) unrelatedToEDP(at int) bool {
	for _, o := range st.Occs {
		if (o.Concept == "edp" || o.Concept == "term_edp") && o.Tok > at && o.Tok-at <= 8 {
			return true
		}
	}
	for k := at + 1; k < len(st.toks) && k <= at+4; k++ {
		switch st.toks[k].Lower {
		case "renewal", "renewals", "extension", "expiry", "expiration", "termination", "term":
			return true
		}
	}
	return false
}

// reOthersExcluded: usage of the other model families is excluded from the
// commitment.
var reOthersExcluded = lazyre.New(`(?i)\b(?:any\s+)?other\s+(?:[\w-]+\s+){0,2}?models?\s*(?:famil\w+|providers?)?\b[^.;]{0,60}?\b(?:does|do|shall|will|may)\s+not\s+(?:count|be\s+counted|contribute|apply)\b`)

// placesOnlyPeople reports whether every place the statement names is
// where people are ("personnel located in the European Union"), not where
// data is kept.
func (st *Statement) placesOnlyPeople() bool {
	places := 0
	for _, o := range st.Occs {
		if o.Concept != "region" && o.Concept != "in_region" && o.Concept != "out_of_region" {
			continue
		}
		places++
		byPeople := false
		for _, q := range st.Occs {
			if q.Concept == "people" && q.End <= o.Tok && o.Tok-q.End <= 3 {
				byPeople = true
			}
		}
		if !byPeople {
			return false
		}
	}
	return places > 0
}

// bedrockWideDiscount: the sentence prices Bedrock usage as a whole
// below the on-demand rates, whatever lines it then lists ("All Bedrock
// usage is billed at … 18% below AWS's published on-demand prices …,
// applied line by line to token, Provisioned Throughput and model
// customisation charges"): Bedrock is its subject, PT is not, and the
// on-demand price follows the discount closely.
func (st *Statement) bedrockWideDiscount() bool {
	if !st.has("bedrock", RoleSubject) || st.has("provisioned", RoleSubject) {
		return false
	}
	for _, d := range st.Occs {
		if d.Concept != "discount" || d.Neg {
			continue
		}
		if slices.ContainsFunc(st.Occs, func(o Occ) bool {
			return o.Concept == "on_demand" && o.Tok >= d.End && o.Tok-d.End <= 6
		}) {
			return true
		}
	}
	return false
}

func (fb *frameBuilder) discount(f *Frames, st *Statement) {
	less := st.priceLess()
	if !st.has("discount", coreCond...) && !st.Table && len(less) == 0 {
		return
	}
	if st.has("availability") || st.has("credit", coreCond...) {
		return // "below 99.0%, a 30% credit": a credit scale, not a price
	}
	if st.denies("discount", coreCond...) && !st.affirms("discount", coreCond...) && len(less) == 0 {
		// "Bedrock usage is not eligible for the general EDP discount of
		// six per cent (6%)": a discount the usage does not get
		return
	}
	// (a provider named in a model family on Bedrock, "Anthropic Claude
	// Foundation Models", is no alternative to it)
	alt := st.has("other_provider") || slices.ContainsFunc(st.Occs, func(o Occ) bool {
		return o.Concept == "alt_provider" && !slices.ContainsFunc(st.Occs, func(m Occ) bool {
			return m.Concept == "model_family" && m.Tok <= o.Tok && m.End >= o.End
		})
	})
	if st.has("quote") && alt {
		return // "a quotation more than 5% below the Bedrock price": a price match (L4)
	}
	if (st.has("quote") || alt) && (st.has("more_than") || containsFold(st.Text, "match")) {
		// "if Anthropic's direct price is more than 3% below Customer's
		// Bedrock rate, AWS will match it", "exceeds the Benchmark Quote by
		// more than 5%": the margin that triggers a price match (L4)
		return
	}
	if st.has("remedy", coreCond...) && (st.has("deprecate") || st.has("migrate")) && !st.has("published_rate") && !st.has("on_demand") {
		// "a one-off migration credit of ten per cent (10%) of the Bedrock
		// charges": what a forced migration earns (C2), no price
		return
	}
	// ("at the Published Rate less 28%" for on-demand usage, where the
	// defined Published Rate is the on-demand or PT price: the words are
	// on-demand's, the PT only the definition's)
	onDemandOnly := st.affirms("on_demand", core...) && !rePTWords.MatchString(st.Text) || st.bedrockWideDiscount()
	if fb.aboutPT(st) && st.hasOutsideParens("provisioned") && !onDemandOnly || st.has("prepurchase") || st.has("guardrails") || st.has("ocu") || st.otherService() {
		return // ("per MU-hour" in brackets lists what the discount covers)
	}
	if !fb.about(st, "bedrock") && !fb.about(st, "on_demand") && !fb.about(st, "model") && !fb.about(st, "commitment") && !fb.rg.Subject["bedrock"] {
		return
	}
	if !st.Row && !(st.has("on_demand", core...) && st.has("bedrock", core...)) &&
		(fb.unitConcepts[st.Unit]["guardrails"] || fb.unitConcepts[st.Unit]["ocu"] || fb.unitConcepts[st.Unit]["prepurchase"]) {
		// the clause prices something else (a table's rows stand each for
		// itself; a sentence that prices Bedrock's on-demand usage by name
		// does too, whatever else its clause prices)
		return
	}
	if st.has("overall_spend", RoleSubject) && st.has("edp") && !st.affirms("bedrock", core...) && !st.Table {
		// "The existing EDP discount of 7% on eligible AWS spend is
		// unchanged and is not applied to Bedrock charges": the EDP's own
		// discount on all spend, no Bedrock rate
		return
	}
	if st.has("all_services", core...) && !st.Table {
		// "The all-services discount under the EDP Agreement (9%) also
		// applies to Bedrock": the EDP's own discount, no Bedrock term
		return
	}
	var pcts []float64
	if st.Table {
		pcts = ratePairDiscount(st)
	}
	if len(pcts) == 0 {
		pcts = less
	}
	if len(pcts) > 0 {
	} else if st.has("published_rate") || st.has("on_demand") || st.has("discount", RoleMain) && (st.has("bedrock") || st.has("model") || st.has("token")) {
		pcts = st.percentsNear("discount", "discount", "credit", "availability", "commitment", "growth", "cap")
	}
	for _, p := range pcts {
		if p <= 0 || p >= 100 {
			continue
		}
		fr := Discount{Base: fb.base(st, "discount", fmt.Sprint(p)), Percent: p}
		f.Discount = append(f.Discount, fr)
	}
}

// priceLess reads "at Public Pricing less twenty-two percent (22%)", "the
// on-demand rate minus 15%": a percentage taken off a published price.
func (st *Statement) priceLess() []float64 {
	if !st.has("published_rate") && !st.has("on_demand") {
		return nil
	}
	var out []float64
	for _, fx := range st.Facts {
		if fx.Kind != "percent" || fx.Tok == 0 {
			continue
		}
		if w := st.toks[fx.Tok-1].Lower; w == "less" || w == "minus" {
			out = append(out, fx.Value)
			continue
		}
		// "Customer pays 75% of the published on-demand rate", "eighty-two
		// per cent (82%) of the published on-demand price": the price is a
		// share of the published one, the discount the rest (not batch
		// inference "billed at fifty per cent of the Published Price for
		// on-demand inference": batch's own price)
		if fx.Value >= 50 && fx.Value < 100 && fx.End < len(st.toks) && st.toks[fx.End].Lower == "of" && !st.discountBefore(fx.Tok) && !st.batchPriced(fx.Tok) {
			for _, o := range st.Occs {
				if (o.Concept == "published_rate" || o.Concept == "on_demand") && o.Tok > fx.End && o.Tok-fx.End <= 4 {
					out = append(out, 100-fx.Value)
					break
				}
			}
			continue
		}
		// "at the prices of Annex I, which are twenty-five percent (25 %)
		// below the on-demand prices published by AWS"
		if fx.End < len(st.toks) && (st.toks[fx.End].Lower == "below" || st.toks[fx.End].Lower == "under" ||
			fx.End+1 < len(st.toks) && (st.toks[fx.End].Lower == "lower" || st.toks[fx.End].Lower == "less") && st.toks[fx.End+1].Lower == "than") {
			for _, o := range st.Occs {
				if (o.Concept == "published_rate" || o.Concept == "on_demand") && o.Tok > fx.End && o.Tok-fx.End <= 5 {
					out = append(out, fx.Value)
					break
				}
			}
		}
	}
	return out
}

// batchPriced: what is priced before token i is batch inference alone
// ("Batch inference is billed at fifty per cent of …"), not on-demand
// usage with it ("on-demand and batch inference | Customer pays 75% of
// …").
func (st *Statement) batchPriced(i int) bool {
	batch, onDemand := false, false
	if len(st.Cells) > 0 {
		// a row: what its other cells name, not the headers ("Bedrock
		// on-demand inference | Bedrock batch inference | 50 % of
		// on-demand")
		for _, c := range st.Cells {
			if strings.Contains(c.Text, "%") {
				continue
			}
			low := strings.ToLower(c.Text)
			batch = batch || strings.Contains(low, "batch")
			onDemand = onDemand || strings.Contains(low, "demand")
		}
		return batch && !onDemand
	}
	for _, t := range st.toks[:min(i, len(st.toks))] {
		batch = batch || t.Lower == "batch"
		onDemand = onDemand || t.Lower == "demand"
	}
	return batch && !onDemand
}

// discountBefore: a word of discount stands just before token i ("a
// discount of 60% of …", "reduced by 55% of …"): the share is taken off,
// not paid.
func (st *Statement) discountBefore(i int) bool {
	for _, o := range st.Occs {
		if o.Concept == "discount" && o.End <= i && i-o.End <= 3 {
			return true
		}
	}
	return false
}

// ratePairDiscount reads a rate-card row with a published and a discounted
// price: the discount is the share below the published price.
func ratePairDiscount(st *Statement) []float64 {
	var pub, own []float64
	for _, c := range st.Cells {
		vs := cellNumbers(c)
		if len(vs) == 0 {
			continue
		}
		h := strings.ToLower(c.Header)
		switch {
		case contains(c.Concepts, "published_rate") || strings.Contains(h, "list") || strings.Contains(h, "on-demand") || strings.Contains(h, "on demand") ||
			strings.Contains(h, "published") || strings.Contains(h, "standard"):
			pub = append(pub, vs...)
		case strings.Contains(h, "tier") || strings.Contains(h, "volume") || strings.Contains(h, "discount") || strings.Contains(h, "%") ||
			(strings.Contains(h, "commit") || reTermWord.MatchString(h)) && !strings.Contains(h, "rate") && !strings.Contains(h, "price"):
			// ("Committed Rate input" is the customer's price; "Commitment",
			// "Term" are not prices)
			// not a price
		default:
			// any other price column is the customer's own ("Your input",
			// "MRHN rate", "Addendum price")
			own = append(own, vs...)
		}
	}
	var out []float64
	for i := 0; i < len(pub) && i < len(own); i++ {
		if pub[i] > 0 && own[i] < pub[i] {
			d := (pub[i] - own[i]) / pub[i] * 100
			out = append(out, float64(int(d*10+0.5))/10)
		}
	}
	return out
}

var reTermWord = lazyre.New(`\bterms?\b`)

// cellNumbers reads the prices of a cell: "3.00", "$2.46", "3.00 / 15.00".
func cellNumbers(c Cell) []float64 {
	var out []float64
	for _, f := range c.Facts {
		if f.Kind == "money" {
			out = append(out, f.Value)
		}
	}
	if len(out) > 0 {
		return out
	}
	for _, part := range strings.Split(c.Text, "/") {
		t := strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(part), "$€£ USD"))
		var v float64
		if _, err := fmt.Sscanf(t, "%g", &v); err == nil && t != "" && reNumberOnly.MatchString(t) {
			out = append(out, v)
		}
	}
	return out
}

var reNumberOnly = lazyre.New(`^\d+(?:\.\d+)?$`)

// belowStandalone reads the discount of a table row's price from the
// standalone price its lead-in states: the share of it the row's price
// takes off.
func (st *Statement) belowStandalone() []float64 { return st.belowRate(st.standaloneRate(4)) }

// standaloneRate is the money figure the statement names as the standalone
// (list, published) price within the words before it, 0 if none.
func (st *Statement) standaloneRate(within int) float64 {
	for _, fx := range st.Facts {
		if fx.Kind != "money" || fx.Tok == 0 {
			continue
		}
		for k := max(0, fx.Tok-within); k < fx.Tok; k++ {
			switch st.toks[k].Lower {
			case "standalone", "list", "published", "standard", "undiscounted":
				return fx.Value
			}
		}
	}
	return 0
}

// unitStandalone is the standalone price a sentence of the unit states
// ("Standalone PT rate for the reference large model: USD 39.00 per
// model-unit hour", above the table of tiers priced per model-unit hour),
// 0 if none does.
func (fb *frameBuilder) unitStandalone(unit string) float64 {
	for _, o := range fb.units[unit] {
		if !o.Table {
			if v := o.standaloneRate(10); v > 0 {
				return v
			}
		}
	}
	return 0
}

// belowRate: the discounts below standalone that the statement's price
// cells give.
func (st *Statement) belowRate(standalone float64) []float64 {
	if standalone <= 0 {
		return nil
	}
	var out []float64
	for _, c := range st.Cells {
		h := strings.ToLower(c.Header)
		if !strings.Contains(h, "price") && !strings.Contains(h, "rate") {
			continue
		}
		for _, fx := range c.Facts {
			if fx.Kind == "money" && fx.Value > 0 && fx.Value < standalone {
				d := (standalone - fx.Value) / standalone * 100
				out = append(out, float64(int(d*10+0.5))/10)
			}
		}
	}
	return out
}

// onlyTemporalIndependent: every "independent" cue of the statement only
// places a period after the EDP ("Any Bedrock commitment for a period after
// the EDP Term will be set … at the renewal of the EDP"): it describes the
// period a later commitment covers, not a term cut loose from the EDP.
func (st *Statement) onlyTemporalIndependent() bool {
	seen := false
	for _, o := range st.Occs {
		if o.Concept != "independent" || o.Neg {
			continue
		}
		seen = true
		w := strings.ToLower(st.Text[st.toks[o.Tok].Start:st.toks[o.End-1].End])
		if !strings.HasPrefix(w, "after") && !strings.HasPrefix(w, "beyond") {
			return false
		}
	}
	return seen
}

// ---- L3 ----

func (fb *frameBuilder) prepurchase(f *Frames, st *Statement) {
	// ("published standalone PT rates less 10% (before any pre-purchase
	// credit)": a bracketed mention makes no pre-purchase term)
	// the clause speaks of pre-purchase, not only in brackets (a table's
	// row reads the clause's own words, its caption, not another row:
	// "Competitive benchmark" beside "PT credits")
	unitPre := fb.unitAsk("pre-prose", st.Unit, "", func(o *Statement) bool { return o.hasOutsideParens("prepurchase") && !o.Row })
	if !st.Row {
		unitPre = unitPre || fb.unitAsk("pre-any", st.Unit, "", func(o *Statement) bool { return o.hasOutsideParens("prepurchase") })
	}
	pre := st.hasOutsideParens("prepurchase") || ((unitPre || fb.headingHas(st, "prepurchase")) && (st.has("discount") || st.has("tiers") || st.Table))
	if !pre && st.Row && st.has("pt_credit") && st.has("provisioned") && st.has("tiers") && st.has("discount") && st.hasFact("percent") {
		// a row of a table of PT credit tiers ("Tier: 1; Aggregate PT
		// Credits purchased in Commitment Year: 500,000 – 1,499,999;
		// Discount below standalone PT rate: 35%"): credits bought ahead
		pre = true
	}
	if !pre || st.has("cancel") || st.otherService() || st.has("availability", core...) {
		return
	}
	if (st.has("on_demand") || st.has("guardrails") || st.has("ocu")) && !st.has("provisioned") && !st.has("pt_credit") {
		return // the on-demand rate table beside the PT credits
	}
	if !fb.aboutPT(st) && !st.has("pt_credit") {
		return
	}
	if st.denies("prepurchase", core...) && !st.priceWithout("prepurchase") && !st.deniedOnlyInParens("prepurchase") {
		return
	}
	if st.Negated && !st.hasFact("percent") && !st.has("tiers") && st.Modality != Permission {
		// "the asks on … PT pre-purchase credits … have been dropped and
		// will not appear in the amendment": named as absent, with no
		// price or tier of its own
		return
	}
	if st.Negated && st.Modality == Declarative && st.has("prepurchase", RoleMain) && !st.has("prepurchase", RoleSubject) {
		return // "No amount is prepaid under this Order", "Nothing is prepaid"
	}
	if st.affirms("excluded", core...) && !st.hasFact("percent") && !st.hasFact("money") && !st.has("tiers") {
		return // "Pre-purchase credits: not included in this arrangement."
	}
	fr := PTPrepurchase{Base: fb.base(st, "l3", ""), Discounts: []float64{}}
	fr.Tiered = st.affirms("tiers")
	if st.Table {
		for _, c := range st.Cells {
			cellDiscount := contains(fb.rg.conceptsOf(c.Text), "discount")
			for _, fx := range c.Facts {
				if fx.Kind == "percent" && (contains(c.Concepts, "discount") || cellDiscount || strings.Contains(strings.ToLower(c.Header), "discount") || strings.Contains(strings.ToLower(c.Header), "%")) {
					fr.Discounts = append(fr.Discounts, fx.Value)
				}
			}
		}
		if len(fr.Discounts) == 0 && st.has("discount") && st.has("tiers") {
			// "Item: PT pre-purchase credits — tiers (discount vs
			// standalone) | Term: Tier A: up to CHF 400 000 — 35 %; Tier B
			// …": the row names the discount, a cell lists the tiers
			for _, c := range st.Cells {
				for _, fx := range c.Facts {
					if fx.Kind == "percent" && fx.Value < 90 {
						fr.Discounts = append(fr.Discounts, fx.Value)
					}
				}
			}
		}
		if len(fr.Discounts) == 0 {
			// "(standalone rate US$39.00 per model-unit hour) at the
			// following prices: … Price per model-unit hour: US$25.35": the
			// discount follows from the two prices (35%)
			fr.Discounts = append(fr.Discounts, st.belowStandalone()...)
		}
		if len(fr.Discounts) == 0 && (st.has("pt_credit") || st.has("provisioned")) {
			// (the standalone price stated in the clause's prose, above
			// the table, for a row of PT credits; a price of another unit
			// beside it, storage per GB-month, is no tier of them)
			for _, d := range st.belowRate(fb.unitStandalone(st.Unit)) {
				if d < 90 {
					fr.Discounts = append(fr.Discounts, d)
				}
			}
		}
		fr.Tiered = true
	} else {
		fr.Discounts = append(fr.Discounts, st.percentsNear("discount", "discount", "credit", "availability", "growth", "cap")...)
		if len(fr.Discounts) == 0 {
			fr.Discounts = append(fr.Discounts, st.shareOfPrice()...)
		}
		if len(fr.Discounts) == 0 && st.has("tiers") && !st.has("growth") && !st.has("cap") {
			// "Tier A: EUR 100,000 – 399,999: thirty-five per cent (35 %)":
			// the figure of a tier of pre-purchase credits is its discount
			for _, fx := range st.Facts {
				if fx.Kind == "percent" && fx.Value < 90 {
					fr.Discounts = append(fr.Discounts, fx.Value)
				}
			}
		}
		if len(fr.Discounts) >= 2 && st.has("tiers") {
			fr.Tiered = true
		}
	}
	if len(fr.Discounts) == 0 && !st.has("prepurchase", core...) {
		return
	}
	fr.key = ""
	f.PTPrepurchase = append(f.PTPrepurchase, fr)
}

// priceWithout: every negated occurrence of concept is the "without" of a
// price it qualifies ("the list price for Reserved Capacity without advance
// purchase" is the standalone price the discount is taken from, no denial).
func (st *Statement) priceWithout(concept string) bool {
	seen := false
	for _, o := range st.Occs {
		if o.Concept != concept || !o.Neg {
			continue
		}
		seen = true
		ok := false
		for i := o.Tok - 1; i >= max(0, o.Tok-2); i-- {
			if st.toks[i].Lower == "without" {
				for j := i - 1; j >= max(0, i-8); j-- {
					if w := st.toks[j].Lower; w == "price" || w == "prices" || w == "rate" || w == "rates" || w == "pricing" {
						ok = true
					}
				}
			}
		}
		if !ok {
			return false
		}
	}
	return seen
}

// rateCeiling: every bound in the sentence ("not to exceed", "capped at")
// bounds a price per unit ("not to exceed US$0.17 per OCU-hour"), none a
// number of units, a sum or a share.
func rateCeiling(st *Statement) bool {
	bounds := 0
	for _, o := range st.Occs {
		if o.Concept != "cap" && o.Concept != "more_than" {
			continue
		}
		bounds++
		rate := false
		for _, fx := range st.Facts {
			if fx.Kind == "money" && fx.Unit != "" && fx.Tok >= o.End && fx.Tok-o.End <= 3 {
				rate = true
			}
		}
		if !rate {
			return false
		}
	}
	return bounds > 0
}

// ---- L4 ----

func (fb *frameBuilder) altQuote(f *Frames, st *Statement) {
	if !st.affirms("quote", coreCond...) && !fb.headingHas(st, "quote") {
		return
	}
	if !st.affirms("quote", coreCond...) && !st.Row && !st.Table && !st.has("fee") && !st.has("unit_rate") && !st.has("discount") && !st.hasFact("money") && !st.hasFact("percent") {
		// under a "Competitive benchmark" heading, "Customer is evaluating
		// Azure OpenAI" documents no quote: it names no price (a row of a
		// table of quotes does)
		return
	}
	if st.denies("quote", RoleMain, RoleSubject) || fb.sentenceDenies(st, "quote", RoleMain, RoleSubject) {
		// "the Azure OpenAI comparison was used in discussion only; no
		// benchmark or price-match mechanism has been agreed"
		return
	}
	var o Occ
	ok := false
	for _, x := range st.Occs {
		if x.Concept == "alt_provider" && !x.Neg && !fb.inFamilyList(st, x) && !st.familyName(x) {
			o, ok = x, true
			break
		}
	}
	if !ok {
		return
	}
	if st.Actor != Vendor && !st.Row && (st.anyQuote() || st.quoteToSeek()) && !st.hasFact("money") && !st.hasFact("date") && !fb.vendorAnswersQuote(st) {
		// "Laurentian may share with AWS any benchmark quotation it
		// obtains from Google Cloud": leave to pass on a quote it may get
		// documents none, and AWS promises nothing about it
		return
	}
	fr := AltQuote{Base: fb.base(st, "", ""), Provider: strings.TrimSpace(st.Text[st.toks[o.Tok].Start:st.toks[o.End-1].End])}
	if len(fr.MissingRefs) > 0 && (st.hasFact("date") || st.hasFact("money")) {
		// "Anthropic PBC quotation ANT-EU-22871 dated 2026-03-18
		// (attachment ATT-3 to this record)": the sentence documents the
		// quote itself; the part it cites holds a copy
		fr.MissingRefs = []string{}
	}
	f.AltQuote = append(f.AltQuote, fr)
}

// quoteToSeek: the quote is one a party may yet ask for ("it may request
// a quotation from Google Cloud", "We may ask Anthropic or Google for a
// quote"): none is documented.
func (st *Statement) quoteToSeek() bool {
	word := func(k int) string { return st.toks[k].Lower }
	for _, o := range st.Occs {
		if o.Concept != "quote" || o.Neg {
			continue
		}
		for k := o.Tok - 1; k >= max(0, o.Tok-6); k-- {
			switch word(k) {
			case "ask", "request", "seek", "obtain", "solicit", "get", "invite":
				for m := k - 1; m >= max(0, k-3); m-- {
					switch word(m) {
					case "may", "might", "could", "will", "would", "to":
						return true
					}
				}
			}
		}
	}
	return false
}

// familyName: the provider's name is part of a model family's ("Anthropic
// Claude models will be billed at 25% below the prices published by
// AWS"): models on Bedrock, no alternative to it.
func (st *Statement) familyName(x Occ) bool {
	for _, y := range st.Occs {
		if y.Concept == "model_family" && y.Tok <= x.Tok && y.End >= x.End && y.End-y.Tok > x.End-x.Tok {
			return true
		}
	}
	return false
}

// anyQuote: the quote is any one at all ("any benchmark quotation it
// obtains"), none in particular.
func (st *Statement) anyQuote() bool {
	for _, o := range st.Occs {
		if o.Concept != "quote" || o.Neg {
			continue
		}
		for k := max(0, o.Tok-3); k < o.Tok; k++ {
			if w := strings.ToLower(st.Text[st.toks[k].Start:st.toks[k].End]); w == "any" || w == "such" {
				return true
			}
		}
	}
	return false
}

// vendorAnswersQuote: the clause of the statement, or a clause beside it
// under the same parent, binds AWS to act on a quote: to match it, to
// change a price or give a credit ("AWS shall reduce the Bedrock rates to
// match any such quotation").
func (fb *frameBuilder) vendorAnswersQuote(st *Statement) bool {
	c := fb.rg.byID[st.Clause]
	if c == nil {
		return false
	}
	for _, o := range fb.rg.Statements {
		k := fb.rg.byID[o.Clause]
		if k == nil || k.ID != c.ID && (k.ParentID != c.ParentID || c.ParentID == "") && k.ID != c.ParentID {
			continue
		}
		if o.Binding && o.Actor == Vendor && !o.Negated && o.Modality == Obligation && o.affirms("quote") &&
			(o.has("discount") || o.has("fee") || o.has("unit_rate") || o.has("credit") || o.has("remedy") || reMatchPrice.MatchString(o.Text)) {
			return true
		}
	}
	return false
}

var reMatchPrice = lazyre.New(`(?i)\b(?:match|reduce|lower|adjust|align)\w*\b`)

// inFamilyList: the provider is one item of a list of the model families
// offered on Bedrock ("from any provider or model family (Anthropic, Meta,
// Amazon, Mistral, Cohere, AI21)"): a family of models, no alternative to
// Bedrock.
func (fb *frameBuilder) inFamilyList(st *Statement, o Occ) bool {
	start, end := st.toks[o.Tok].Start, st.toks[o.End-1].End
	from := strings.LastIndexAny(st.Text[:start], "([;:") + 1
	to := strings.IndexAny(st.Text[end:], ")];:")
	if to < 0 {
		to = len(st.Text)
	} else {
		to += end
	}
	items := reListSep.Split(st.Text[from:to], -1)
	if len(items) < 3 {
		return false
	}
	for _, it := range items {
		if len(strings.Fields(it)) > 4 {
			return false // a sentence with commas, no list of names
		}
	}
	for _, it := range items {
		c := fb.rg.conceptsOf(it)
		if (contains(c, "model_family") || contains(c, "open_weight")) && !contains(c, "alt_provider") {
			return true
		}
	}
	return false
}

// reListSep separates the items of a list of names.
var reListSep = lazyre.New(`\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+`)

// ---- L5 ----

func (fb *frameBuilder) vector(f *Frames, st *Statement) {
	ocu := st.has("ocu") || (fb.unitConcepts[st.Unit]["ocu"] || fb.headingHas(st, "ocu")) && !st.has("guardrails") && !fb.unitConcepts[st.Unit]["guardrails"]
	if !ocu {
		return
	}
	fr := VectorStorage{Base: fb.base(st, "", "")}
	money := false
	for _, fx := range st.Facts {
		// (a percentage beside an availability is an uptime, no price:
		// "covered by the OpenSearch SLA (99.9% monthly uptime, with
		// service credits)")
		if fx.Kind == "money" || fx.Kind == "percent" && !st.has("availability") {
			money = true
		}
	}
	fr.Priced = st.has("ocu") && (money || st.has("unit_rate") || st.has("fee") || st.has("discount"))
	if fr.Priced && !money && (st.has("published_rate") || reStandardCharges.MatchString(st.Text) || reOutsideThis.MatchString(st.Text)) {
		// "OpenSearch Serverless … is outside the scope of this Addendum
		// and is charged at AWS published rates": no price agreed for it
		fr.Priced = false
	}
	// "AWS will not bill more than 32 OCUs in any hour", "charges will not
	// be more than 15% higher than the year before": a negated excess
	negBound := st.Negated && st.has("more_than", RoleMain) || st.denies("more_than", RoleMain)
	fr.Cap = (st.affirms("cap", coreCond...) || negBound) && (st.has("growth") || st.has("ocu") || fb.unitConcepts[st.Unit]["ocu"]) && !st.affirms("flat", core...)
	if fr.Cap && fb.capRefused(st) {
		// "(growth cap refused by AWS)", "cap under discussion": a cap
		// named to say it was not agreed
		fr.Cap = false
	}
	if fr.Cap && fb.capAsked(st) {
		// "PCE asked for an annual growth cap on OCU charges": a cap a
		// party asked for is not one agreed
		fr.Cap = false
	}
	if fr.Cap && !st.has("growth") && rateCeiling(st) {
		// "billed at a rate not to exceed US$0.17 per OCU-hour": a ceiling
		// on the price, not on how far usage may grow
		fr.Cap = false
	}
	if !fr.Priced && !fr.Cap {
		return
	}
	f.VectorStorage = append(f.VectorStorage, fr)
}

var (
	// reStandardCharges: the ordinary charges of a service, no agreed price
	reStandardCharges = lazyre.New(`(?i)\b(?:standard|ordinary|normal|usual|prevailing)\s+(?:charges?|fees?|rates?|prices?|pricing|terms)\b`)
	// reOutsideThis: a term put outside the draft's scope
	reOutsideThis = lazyre.New(`(?i)\b(?:outside|out\s+of|beyond)\s+(?:the\s+scope\s+of\s+)?(?:this|the)\s+(?:addendum|schedule|agreement|supplement|sow|order|contract|call-off)`)
)

// sameSentence: a and b are propositions of one sentence (a table row's
// cells, a lead-in read with each of its items).
func sameSentence(a, b *Statement) bool { return a.Sentence == b.Sentence && a.Text == b.Text }

// topicConcepts: the concepts that make a statement about a check's
// subject; a row that holds one of them is about that subject.
var topicConcepts = []string{"commitment", "deprecate", "cancel", "availability", "train", "counting", "import", "quote", "guardrails", "ocu"}

// rowOnOther: the statement (a table row) is about a subject other than
// the one named ("3.5 | Custom model import | … no import fee …" is no
// Guardrails price).
func (fb *frameBuilder) rowOnOther(st *Statement, subject string) bool {
	for _, o := range fb.units[st.Unit] {
		if o != st && !sameSentence(o, st) {
			continue // (the row's other propositions are of the row too)
		}
		for _, c := range topicConcepts {
			if c != subject && o.has(c) {
				return true
			}
		}
	}
	return false
}

// ---- L6 ----

func (fb *frameBuilder) guardrails(f *Frames, st *Statement) {
	g := st.has("guardrails") || (fb.unitConcepts[st.Unit]["guardrails"] || fb.headingHas(st, "guardrails")) && !st.has("ocu") && !fb.unitConcepts[st.Unit]["ocu"]
	if !g {
		return
	}
	if st.Row && !st.has("guardrails") && !fb.headingHas(st, "guardrails") && fb.rowOnOther(st, "guardrails") {
		return // a row on another subject in a table that names Guardrails in another row
	}
	if !st.has("guardrails") && !fb.headingHas(st, "guardrails") && !st.has("unit_rate") && !st.Row {
		// "The Member commits to Bedrock spend of CAD 1,800,000" in a clause
		// that names Guardrails elsewhere as eligible spend: a sentence of
		// the clause prices Guardrails only with a rate per unit
		rate := false
		for _, fx := range st.Facts {
			rate = rate || fx.Kind == "money" && fx.Unit != ""
		}
		if !rate {
			return
		}
	}
	money := 0
	for _, fx := range st.Facts {
		if fx.Kind == "money" {
			money++
		}
	}
	// a band of a rate table ("first 500M units ........ 0.15") prices
	// without a currency of its own
	bare := st.Row && reBandRow.MatchString(st.Quote) && reBarePrice.MatchString(st.Quote)
	priced := money > 0 || st.has("unit_rate") || st.has("discount") || bare
	if !priced {
		return
	}
	if money == 0 && !bare && st.has("guardrails") && !st.hasOutsideParens("guardrails") {
		// "Bedrock Charges means all fees for Amazon Bedrock (including …,
		// Knowledge Bases and Guardrails)": Guardrails named among the
		// services a fee covers, priced by nothing of its own
		return
	}
	fr := Guardrails{Base: fb.base(st, "", ""), Priced: true}
	fr.Flat = st.affirms("flat") && (st.Row || st.nearGuardrails("flat"))
	fr.Sliding = !fr.Flat && (st.affirms("sliding") && (money >= 2 || st.has("tiers") || strings.Contains(strings.ToLower(st.Text), "sliding")) || st.Table && money >= 1 && st.has("sliding"))
	fr.band, fr.group = st.Row && reBandRow.MatchString(st.Quote), st.Unit
	if fr.band {
		fr.price = st.Quote[strings.LastIndex(st.Quote, "|")+1:]
	}
	// volume bands written out ("first 500 million units EUR 0,14; from
	// 500 million to 2 billion EUR 0,11"), in one sentence or one per item
	// of a list ("(a) first 1,000,000,000 text units: CAD 0.20;")
	own := st.Text
	if st.leadToks > 0 && st.leadToks < len(st.toks) {
		own = st.Text[st.toks[st.leadToks].Start:]
	}
	bands := len(reBandIn.FindAllStringIndex(own, -1))
	prices := map[float64]bool{}
	for _, fx := range st.Facts {
		if fx.Kind == "money" && fx.Tok >= st.leadToks {
			prices[fx.Value] = true
		}
	}
	pcts := map[float64]bool{} // "100% of list for the first 250 million …, 80% … for the next 750 million"
	for _, fx := range st.Facts {
		if fx.Kind == "percent" && fx.Tok >= st.leadToks && st.has("guardrails") && !st.has("prepurchase") && !st.has("provisioned") {
			pcts[fx.Value] = true
		}
	}
	if bands >= 2 && (len(prices) >= 2 || len(pcts) >= 2) && !fr.Flat {
		fr.Sliding = true
	}
	if bands == 1 && len(prices) == 1 && !fr.band {
		fr.band, fr.group = true, st.Unit
		if st.leadUnit != "" {
			fr.group = st.leadUnit
		}
		for v := range prices {
			fr.price = strconv.FormatFloat(v, 'g', -1, 64)
		}
	}
	f.Guardrails = append(f.Guardrails, fr)
}

// deniedOnlyInParens: every denial of the concept is in brackets ("the
// standalone (non-prepaid) PT rate"): it names a baseline, it denies
// nothing the sentence states.
func (st *Statement) deniedOnlyInParens(concept string) bool {
	found := false
	for _, o := range st.Occs {
		if o.Concept == concept && o.Neg {
			if !o.Paren {
				return false
			}
			found = true
		}
	}
	return found
}

// reBandIn: a volume band in running text.
var reBandIn = lazyre.New(`(?i)\b(?:first|next|above|over|beyond|up to|from|exceeding|in excess of|more than)\s+\d[\d.,']*\s*(?:m|k|bn|million|billion|thousand)?\b`)

// reBandRow: a row of a volume band ("first 500 million", "next 1.5
// billion", "above 2 billion", "over 5M"); reBarePrice: a price in it.
var (
	reBandRow   = lazyre.New(`(?i)^\s*(first|next|above|over|up to|beyond|from|thereafter|tier|band|\d[\d.,]*\s*(m|k|bn|million|billion)?\s*(-|–|to)\s*\d)`)
	reBarePrice = lazyre.New(`\|\s*(?:[A-Z]{3}\s*|[$€£]\s*)?\d+[.,]\d+\s*$`)
)

// guardrailBands: a Guardrails rate table whose rows are volume bands with
// different prices is a sliding scale, though no row says so.
func guardrailBands(f *Frames) {
	prices := map[string]map[string]bool{}
	for _, g := range f.Guardrails {
		if g.band && g.st != nil {
			if prices[g.group] == nil {
				prices[g.group] = map[string]bool{}
			}
			prices[g.group][g.price] = true
		}
	}
	for i := range f.Guardrails {
		g := &f.Guardrails[i]
		if g.st != nil && g.band && len(prices[g.group]) >= 2 && !g.Flat {
			g.Sliding = true
		}
	}
}

// ---- precedence ----

// resolve applies the draft's precedence to frames that disagree: of two
// frames that state the same thing differently, the one that prevails
// supersedes the other. Without express precedence both stand.
func (fb *frameBuilder) resolve(f *Frames) {
	var all []*Base
	var family []int // all[i] is of the family-th kind of frame
	kind := 0
	collect := func(b *Base) { all, family = append(all, b), append(family, kind) }
	kind++
	for i := range f.TokenCounting {
		collect(&f.TokenCounting[i].Base)
	}
	kind++
	for i := range f.ModelLifecycle {
		collect(&f.ModelLifecycle[i].Base)
	}
	kind++
	for i := range f.PTCancellation {
		collect(&f.PTCancellation[i].Base)
	}
	kind++
	for i := range f.Training {
		collect(&f.Training[i].Base)
	}
	kind++
	for i := range f.Residency {
		collect(&f.Residency[i].Base)
	}
	kind++
	for i := range f.CustomImport {
		collect(&f.CustomImport[i].Base)
	}
	kind++
	for i := range f.PTSLA {
		collect(&f.PTSLA[i].Base)
	}
	kind++
	for i := range f.Commitment {
		collect(&f.Commitment[i].Base)
	}
	kind++
	for i := range f.Discount {
		collect(&f.Discount[i].Base)
	}
	kind++
	for i := range f.PTPrepurchase {
		collect(&f.PTPrepurchase[i].Base)
	}
	kind++
	for i := range f.AltQuote {
		collect(&f.AltQuote[i].Base)
	}
	kind++
	for i := range f.VectorStorage {
		collect(&f.VectorStorage[i].Base)
	}
	kind++
	for i := range f.Guardrails {
		collect(&f.Guardrails[i].Base)
	}
	// the frames that may disagree: same key, another value (by key and
	// value, so that a long draft's many frames of one value are not
	// compared with each other)
	byValue := map[string]map[string][]int{}
	for i, b := range all {
		if b.key == "" || b.value == silent {
			continue
		}
		if byValue[b.key] == nil {
			byValue[b.key] = map[string][]int{}
		}
		byValue[b.key][b.value] = append(byValue[b.key][b.value], i)
	}
	var others []int
	for _, a := range all {
		if a.key == "" || !a.Binding || a.value == silent {
			// (a definition, a recital or a record binds nobody: it
			// overrides nothing, whatever its part's rank)
			continue
		}
		others = others[:0]
		for v, is := range byValue[a.key] {
			if v != a.value {
				others = append(others, is...)
			}
		}
		sort.Ints(others) // in document order, as the frames are
		for _, i := range others {
			b := all[i]
			if b.SupersededBy != "" {
				continue
			}
			if ok, basis := fb.rg.Outranks(a.st, b.st); ok {
				b.SupersededBy, b.Basis = a.Clause, basis
				fb.rg.Overrides = append(fb.rg.Overrides, Override{Winner: a.Clause, Loser: b.Clause, Basis: basis})
			}
		}
	}
	// a term that only complements ("If Monthly Uptime is less than
	// 99.95%: credit 10%") in a clause that opens "Notwithstanding clause
	// 9.3", displaces what clause 9.3 states on the same subject ("PT is
	// excluded from the SLA"), though it restates nothing itself
	for i, a := range all {
		if a.key != "" || !a.Binding || a.st == nil || a.SupersededBy != "" {
			continue
		}
		targets := fb.rg.prec.notwithstanding[a.st.ID]
		if len(targets) == 0 || slices.Contains(targets, "*") {
			continue
		}
		for k, b := range all {
			if family[k] != family[i] || b.key == "" || b.SupersededBy != "" || b.Clause == a.Clause {
				continue
			}
			for _, t := range targets {
				if t != b.Clause && !isAncestor(fb.rg.byID, t, b.Clause) {
					continue
				}
				if ok, basis := fb.rg.Outranks(a.st, b.st); ok {
					b.SupersededBy, b.Basis = a.Clause, basis
					fb.rg.Overrides = append(fb.rg.Overrides, Override{Winner: a.Clause, Loser: b.Clause, Basis: basis})
				}
				break
			}
		}
	}
	for _, b := range all {
		b.InForce = b.Binding && b.SupersededBy == "" && len(b.MissingRefs) == 0 && !b.Deferred
	}
}

// appliedUnitDefinitions: a definition of the unit billed ("Input-Token
// means all tokens submitted in a request, including the system prompt")
// states what is counted once a binding clause bills or counts by the term
// it defines ("Tool definitions are not counted as Input-Token"): the
// definition is then a term of the deal, not a gloss.
func (fb *frameBuilder) appliedUnitDefinitions(f *Frames) {
	// the price and import terms a definition states ("Import Charges"
	// means … "and does not include any … per-import fee"; "Guardrails
	// Rate Schedule" means the following rates …) are terms where an
	// operative clause charges by the defined term ("Customer shall pay
	// Import Charges only"). (Not a definition of an event, "Deprecated
	// Model" means …: a clause that uses it as a trigger makes no
	// lifecycle term.)
	// (the term names the topic itself: "Import Charges", "Guardrails Rate
	// Schedule"; not "Published Rate" beside a Guardrails price)
	type applied struct {
		b      *Base
		topics []string
	}
	var bases []applied
	for i := range f.CustomImport {
		if ci := &f.CustomImport[i]; ci.NoFee || ci.FeeCharged {
			// (what the import costs; not "Custom Model" means a model
			// Customer has fine-tuned or imported)
			bases = append(bases, applied{&ci.Base, []string{"import", "bring_in", "custom_model"}})
		}
	}
	for i := range f.Guardrails {
		bases = append(bases, applied{&f.Guardrails[i].Base, []string{"guardrails"}})
	}
	for i := range f.VectorStorage {
		bases = append(bases, applied{&f.VectorStorage[i].Base, []string{"ocu", "vector"}})
	}
	for i := range f.PTPrepurchase {
		bases = append(bases, applied{&f.PTPrepurchase[i].Base, []string{"pt_credit", "prepurchase"}})
	}
	for _, a := range bases {
		b := a.b
		if b.Binding || b.Nonbinding != "definition" || b.st == nil {
			continue
		}
		for _, d := range fb.rg.Definitions {
			if d.Clause == b.st.Clause && strings.HasPrefix(strings.TrimLeft(b.st.Text, "\"“'‘*_ "), d.Term) &&
				slices.ContainsFunc(fb.rg.conceptsOf(d.Term), func(c string) bool { return contains(a.topics, c) }) && fb.termApplied(d.Term, b.st) {
				b.Binding, b.Nonbinding = true, ""
			}
		}
	}
	for i := range f.TokenCounting {
		b := &f.TokenCounting[i].Base
		if b.Binding || b.Nonbinding != "definition" || b.st == nil {
			continue
		}
		for _, d := range fb.rg.Definitions {
			// (a unit of tokens by its concepts, or by its name: "Billable
			// Tokens" means … "excluding … the tokens of any structured
			// output schema", whose exclusion takes "token" from its
			// concepts)
			if d.Clause != b.st.Clause || !strings.HasPrefix(strings.TrimLeft(b.st.Text, "\"“'‘*_ "), d.Term) || !contains(d.Concepts, "token") && !strings.Contains(strings.ToLower(d.Term), "token") {
				continue
			}
			if fb.termApplied(d.Term, b.st) {
				b.Binding, b.Nonbinding = true, ""
			}
		}
	}
}

// termApplied: a binding statement other than def uses the defined term
// to count or bill.
func (fb *frameBuilder) termApplied(term string, def *Statement) bool {
	for _, st := range fb.rg.Statements {
		if st == def || !st.Binding || st.Clause == def.Clause && st.Sentence == def.Sentence || !containsTerm(st.Text, term) {
			continue
		}
		if st.has("counting") || st.has("fee") || st.has("excluded_from_count") || st.has("included") {
			return true
		}
	}
	return false
}

// silent: the value of a frame that says nothing on the point its check
// weighs (an import right silent on fees, a notice silent on remedies): it
// disagrees with no other, so it neither overrides nor is overridden.
const silent = "silent"

func (f *Frames) normalise() {
	if f.TokenCounting == nil {
		f.TokenCounting = []TokenCounting{}
	}
	if f.ModelLifecycle == nil {
		f.ModelLifecycle = []ModelLifecycle{}
	}
	if f.PTCancellation == nil {
		f.PTCancellation = []PTCancellation{}
	}
	if f.Training == nil {
		f.Training = []Training{}
	}
	if f.Residency == nil {
		f.Residency = []Residency{}
	}
	if f.CustomImport == nil {
		f.CustomImport = []CustomImport{}
	}
	if f.PTSLA == nil {
		f.PTSLA = []PTSLA{}
	}
	if f.Commitment == nil {
		f.Commitment = []Commitment{}
	}
	if f.Discount == nil {
		f.Discount = []Discount{}
	}
	if f.PTPrepurchase == nil {
		f.PTPrepurchase = []PTPrepurchase{}
	}
	if f.AltQuote == nil {
		f.AltQuote = []AltQuote{}
	}
	if f.VectorStorage == nil {
		f.VectorStorage = []VectorStorage{}
	}
	if f.Guardrails == nil {
		f.Guardrails = []Guardrails{}
	}
	if f.Omitted == nil {
		f.Omitted = []OmittedFrame{}
	}
}

// reNamedTerm: a term the draft names ("the Bedrock Term", "the
// Commitment Term").
var reNamedTerm = lazyre.New(`\b((?:\p{Lu}[\p{L}-]*\s+){1,2}Term)\b`)

// namedTermAligned reports whether text measures something over a named
// term ("over the Bedrock Term") that the draft, where it states that
// term, runs with the EDP's.
func (fb *frameBuilder) namedTermAligned(text string) bool {
	for _, m := range reNamedTerm.FindAllStringSubmatch(text, -1) {
		name := m[1]
		for _, st := range fb.rg.Statements {
			if !st.Binding && st.Nonbinding != "definition" || st.Negated || !st.affirms("term_edp") || st.has("independent") || st.has("unrelated") {
				continue
			}
			// the statement that states the term: its label or subject
			// ("Bedrock Term: Starts on … and runs co-terminously with
			// the EDP", ""Bedrock Term" means …", "The Bedrock Term runs …")
			i := strings.Index(st.Text, name)
			if i >= 0 && i < 40 && !strings.Contains(st.Text[:i], ".") {
				return true
			}
			// "The Offer Term begins on … It runs for the same period as
			// the EDP": the pronoun is the term the sentence before names
			if rePronounStart.MatchString(st.Text) {
				before := fb.rg.sentenceBefore(st)
				if i := strings.Index(before, name); i >= 0 && i < 40 && !strings.Contains(before[:i], ".") {
					return true
				}
			}
		}
	}
	return false
}

// reDocTermWord: a word of a document's term or duration.
var reDocTermWord = lazyre.New(`(?i)\b(term|duration|expir\w*|ends?|ending|renew\w*|in force|in effect|remains?|terminat\w*|period|co-?terminous|coextensive|as long as)\b`)

var (
	reDefinite   = lazyre.New(`(?i)\b(the|this|such|that) commitment\b`)
	reDocTerm    = lazyre.New(`(?i)\b(term of (this|the) (agreement|addendum|contract|supplement)|during the term\b|for the term\b)`)
	reDocSubject = lazyre.New(`(?i)\b(this|these) (?:[\w-]+ ){0,2}?(agreement|addendum|contract|supplement|schedule|order form|order|amendment|side letter|letter|terms|document|heads of terms|term sheet|memorandum|deed|rider|variation)\b|\bthe (?:\w+-\w+ )?(agreement|addendum|contract|supplement|schedule|order form|order|amendment|side letter|letter|terms|document|heads of terms|term sheet)\b|\b(the|its) (?:renewal |initial )?term\b|\bcommit(?:ment)? (?:term|period)\b`)
	// reNamedDealTerm: a term the draft names for itself ("the Offer
	// Term", "the Production Term"), not the EDP's
	reNamedDealTerm = lazyre.New(`\b(?i:the|its) ([A-Z][\w-]+) Term\b`)
)

// docTermAligned reports whether the draft's own term is stated to run
// with the EDP ("The term of the Agreement is co-terminous with the EDP").
func (fb *frameBuilder) docTermAligned() bool {
	if fb.docAligned == nil {
		v := fb.readDocTermAligned()
		fb.docAligned = &v
	}
	return *fb.docAligned
}

func (fb *frameBuilder) readDocTermAligned() bool {
	aligned := false
	for _, st := range fb.rg.Statements {
		// the opening words may state the draft's own term ("These terms
		// … apply for as long as the EDP remains in force"); "The Offer
		// Term begins on … It runs for the same period as the EDP": the
		// pronoun is the term the sentence before named
		if !st.Binding && st.Nonbinding != "preamble" || st.has("commitment") ||
			!containsFold(st.Text, "term", "duration", "expir", "end", "renew", "in force", "in effect", "remain", "period", "extensive", "as long as") ||
			!reDocTermWord.MatchString(st.Text) ||
			!docSubject(st.Text) && !(rePronounStart.MatchString(st.Text) && docSubject(fb.rg.sentenceBefore(st))) {
			// (a sentence about the draft that says nothing of its term:
			// "liability under this agreement is limited in accordance
			// with the EDP")
			continue
		}
		var tmp Commitment
		fb.commitShape(&tmp, st)
		if tmp.Independent {
			// "The Bedrock Term is fixed and independent of the term of
			// the EDP": whatever a later sentence says of the EDP's end
			// ("If the EDP ends before the Bedrock Term, this Addendum
			// continues"), the draft's term is its own
			return false
		}
		aligned = aligned || tmp.Aligned
	}
	return aligned
}

// docSubject: the text speaks of the draft or of a term it names for
// itself.
func docSubject(s string) bool {
	if reDocSubject.MatchString(s) {
		return true
	}
	if !strings.Contains(s, " Term") {
		return false
	}
	for _, m := range reNamedDealTerm.FindAllStringSubmatch(s, -1) {
		if !strings.EqualFold(m[1], "EDP") && !strings.EqualFold(m[1], "Program") && !strings.EqualFold(m[1], "Programme") {
			return true
		}
	}
	return false
}

// sentenceBefore returns the sentence of the statement's clause right
// before the statement's own, "" when there is none.
func (rg *Reading) sentenceBefore(st *Statement) string {
	e := rg.eff[st.Clause]
	if e == nil {
		return ""
	}
	i := strings.Index(e.text, st.Quote)
	if i == 0 {
		// the first sentence of a clause whose run-in heading is a
		// sentence ("1.1 The Production Term starts on … It runs …")
		return rg.byID[st.Clause].Heading
	}
	if i < 0 {
		return ""
	}
	before := e.text[:i]
	sents := splitSentences(before)
	if len(sents) == 0 {
		return ""
	}
	last := sents[len(sents)-1]
	return before[last.start:last.end]
}

// rePronounStart: a sentence whose subject is a pronoun.
var rePronounStart = lazyre.New(`^\W*(?:It|They|This|These)\b`)

// triggersJoined reports whether the deprecation and the migration events
// of a sentence are joined by "and" ("where the model has been deprecated
// and Customer has moved the workload"): both must happen.
func (st *Statement) triggersJoined() bool {
	var deps, migs []int // token positions of each trigger's words
	for _, o := range st.Occs {
		if o.Neg {
			continue
		}
		switch o.Concept {
		case "deprecate", "material_change":
			deps = append(deps, o.Tok)
		case "migrate":
			migs = append(migs, o.Tok)
		}
	}
	if len(deps) == 0 || len(migs) == 0 {
		return false
	}
	// from the last word of the first trigger to the first of the other:
	// "if we deprecate, or materially change, the model and you move the
	// workload" joins the two by "and"; the "or" is between two forms of
	// the first
	firstGroup, other := deps, migs
	if slices.Min(migs) < slices.Min(deps) {
		firstGroup, other = migs, deps
	}
	b := slices.Min(other)
	a := -1
	for _, t := range firstGroup {
		if t < b && t > a {
			a = t
		}
	}
	if a < 0 {
		return false
	}
	and, or := false, false
	for i := a; i < b && i < len(st.toks); i++ {
		switch st.toks[i].Lower {
		case "and":
			and = true
		case "or", "either", ";":
			or = true
		}
	}
	return and && !or
}

// partAt returns the index of the subordinate part holding token i, or -1
// for the main predicate.
func (st *Statement) partAt(i int) int {
	for k, s := range st.Subs {
		if i >= s.Start && i < s.End {
			return k
		}
	}
	return -1
}

// startsWithPronoun: the sentence refers back ("It is stored …", "They …").
func startsWithPronoun(st *Statement) bool {
	if len(st.toks) == 0 {
		return false
	}
	switch st.toks[0].Lower {
	case "it", "they":
		return true
	}
	return false
}

// pt reports whether the statement names Provisioned Throughput itself, not
// another service's reserved capacity ("Amazon DynamoDB Reserved Capacity").
func (st *Statement) pt() bool {
	for _, o := range st.Occs {
		if o.Concept != "provisioned" || o.Role == RoleOther {
			continue
		}
		owned := false
		for _, x := range st.Occs {
			if x.Concept == "other_service" && x.Tok <= o.Tok && o.End <= x.End+3 && o.Tok <= x.End+1 {
				owned = true
			}
		}
		if !owned {
			return true
		}
	}
	return false
}

// sentenceData: another statement of the same sentence names the data
// ("Prompts … will not be used for training, and will be processed only in
// the Regions Customer selects").
// sentenceHas: another statement of the same sentence (a list item's
// lead-in, a coordinated clause) reads the concept in one of the roles.
func (fb *frameBuilder) sentenceHas(st *Statement, concept string, roles ...Role) bool {
	return fb.sentenceAny(st, func(o *Statement) bool { return o.has(concept, roles...) })
}

// sentenceDenies: another statement of the same sentence reads the
// concept negated in one of the roles.
func (fb *frameBuilder) sentenceDenies(st *Statement, concept string, roles ...Role) bool {
	return fb.sentenceAny(st, func(o *Statement) bool { return o.denies(concept, roles...) })
}

// sentenceAny: another statement of the same sentence satisfies f.
func (fb *frameBuilder) sentenceAny(st *Statement, f func(*Statement) bool) bool {
	for _, o := range fb.units[st.Unit] {
		if o != st && sameSentence(o, st) && f(o) {
			return true
		}
	}
	return false
}

func (fb *frameBuilder) sentenceData(st *Statement) bool {
	for _, o := range fb.units[st.Unit] {
		if o == st || !sameSentence(o, st) {
			continue
		}
		if len(o.dataCovered(RoleMain, RoleSubject)) > 0 {
			return true
		}
	}
	return false
}

// commitOwnTerm: a statement about the commitment gives it a duration of its
// own ("Commit period: 12 months from the first invoice", "The Bedrock Term
// lasts 24 months").
func (fb *frameBuilder) commitOwnTerm() bool {
	for _, st := range fb.rg.Statements {
		if !st.Binding || !(st.has("commitment") || fb.commitUnits[st.Unit] || fb.headingHas(st, "commitment")) {
			continue
		}
		var tmp Commitment
		fb.commitShape(&tmp, st)
		if tmp.Aligned {
			continue
		}
		if len(st.toks) > 0 && st.toks[0].Lower == "each" {
			continue // "Each Commitment Year is a twelve-month period": a part of the term
		}
		long := false
		for _, f := range st.Facts {
			if f.Kind == "duration" && f.Value >= 28 {
				long = true
			}
		}
		if !long {
			continue
		}
		for _, t := range st.toks {
			switch t.Lower {
			case "term", "period", "lasts", "runs", "duration":
				return true
			}
		}
	}
	return false
}
