// Package diff compares two drafts clause by clause. Clauses are aligned by
// content, not number, so renumbered and moved clauses are recognised;
// within a changed clause a word-level redline is computed with go-diff.
// Substantive changes (a number, a negation, a party, an exception…) are
// kept apart from cosmetic ones (whitespace, quotes, numbering style,
// cross-references that follow a renumbering), which are only counted.
//
// Compare is the entry point; Compliance adds the delta of two check
// reports; Result.Regressed answers --fail-on-regression.
package diff

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/clausecheck/clausecheck/document"
	"github.com/clausecheck/clausecheck/rules"
)

// Schema is the identifier written in every serialised Result.
const Schema = "clausecheck/diff/v1"

// Kind is the kind of a clause change.
type Kind string

// Change kinds. Split and Merged extend the list: one old clause
// that became several new ones (a paragraph split into (a)/(b)), and the
// reverse; their redline is computed against the pieces joined, so no
// text is shown both deleted and inserted.
const (
	Modified   Kind = "modified"
	Added      Kind = "added"
	Deleted    Kind = "deleted"
	Moved      Kind = "moved"
	Renumbered Kind = "renumbered"
	Split      Kind = "split"
	Merged     Kind = "merged"
	// Reworded: the words changed and what the clause does did not (the
	// same facts, figures, terms and names, and the same content words
	// once the redline vocabulary is folded or the same reading by the
	// Reader; see sameMeaning); shown with its redline, never as
	// substantive.
	Reworded Kind = "reworded"
)

// Reasons a change is substantive.
const (
	ReasonNumber      = "number"       // a figure changed
	ReasonDuration    = "duration"     // … of a period ("30 days")
	ReasonAmount      = "amount"       // … of money
	ReasonPercent     = "percent"      // … of a percentage
	ReasonNegation    = "negation"     // "not", "no", "without" added or removed
	ReasonObligation  = "obligation"   // "shall" → "may"
	ReasonException   = "exception"    // "except", "unless", "provided that"
	ReasonDefinedTerm = "defined-term" // a defined term changed
	ReasonParty       = "party"        // a party changed
	ReasonWording     = "wording"      // any other change of words
	ReasonMoved       = "moved"        // the clause moved
	ReasonPart        = "part"         // … into or out of a Schedule/Exhibit
	ReasonAdded       = "added"
	ReasonHeading     = "heading-only" // a heading added or deleted with nothing under it of its own
	ReasonReference   = "reference"    // an unchanged cross-reference now points at another clause
	ReasonDeleted     = "deleted"
)

// Options tune Compare. The zero value gives the defaults.
type Options struct {
	// MatchThreshold is the word-bigram Jaccard similarity above which two
	// clauses with different text are the same clause edited (default 0.4).
	MatchThreshold float64
	// MinSimilarity is the share of words the drafts must have in common;
	// below it the result is TooDifferent and lists no changes (default 0.3).
	MinSimilarity float64
	// PairTimeout bounds go-diff on one pair of clauses (default 2s). A
	// redline that hit it is omitted, never shown.
	PairTimeout time.Duration
	// Budget bounds all redlines of one comparison (default 20s); the
	// redlines still to do when it is spent are omitted (timeout).
	Budget time.Duration
	// Exact makes special spaces, quote and dash styles and Unicode forms
	// changes; by default they are cosmetic.
	Exact bool
	// Vocabulary is the redline vocabulary (equivalent words, function
	// words, document furniture); nil uses the embedded one.
	Vocabulary *rules.Redline
	// Reader reads what a clause does (the interpretation layer). Where
	// old and new differ only in weak words (no figure, modal, negation,
	// condition, defined term or name changed), the same reading makes
	// the change a rewording. Nil: only words are compared.
	Reader Reader
}

// Reader reads what a clause's text does, as a set of atoms; ok is false
// where it cannot vouch that other words do the same (a definition).
// interpret.Reader is one.
type Reader interface {
	Atoms(text string) (atoms []string, ok bool)
}

func (o Options) withDefaults() Options {
	if o.MatchThreshold <= 0 {
		o.MatchThreshold = 0.4
	}
	if o.MinSimilarity <= 0 {
		o.MinSimilarity = 0.3
	}
	if o.PairTimeout <= 0 {
		o.PairTimeout = 2 * time.Second
	}
	if o.Budget <= 0 {
		o.Budget = 20 * time.Second
	}
	return o
}

// Result is the comparison of two drafts.
type Result struct {
	Schema    string `json:"schema"`
	Old       string `json:"old"`
	New       string `json:"new"`
	OldSHA256 string `json:"old_sha256,omitempty"`
	NewSHA256 string `json:"new_sha256,omitempty"`
	// TooDifferent is set when the drafts share less than MinSimilarity of
	// their words: Changes is then empty, never a delete-all/insert-all.
	TooDifferent bool `json:"too_different"`
	// Similarity is the share of words the drafts have in common (0–1).
	Similarity float64  `json:"similarity"`
	Stats      Stats    `json:"stats"`
	Changes    []Change `json:"changes"`
	Cosmetic   Cosmetic `json:"cosmetic"`
	// Furniture lists the changes of document furniture (a draft legend,
	// a version stamp, a signature block …), one line each, never clause
	// changes.
	Furniture  []FurnitureChange `json:"furniture"`
	Compliance []CheckDelta      `json:"compliance"`
	// Incomplete names what of either draft could not be read ("new.pdf:
	// page 2 unreadable"): the comparison covers only what was read.
	Incomplete []string `json:"incomplete,omitempty"`

	// The alignment, by clause ID, for Compliance.
	oldToNew map[string][]string
	newToOld map[string][]string
}

// Stats count clauses and changes.
type Stats struct {
	OldClauses  int `json:"old_clauses"`
	NewClauses  int `json:"new_clauses"`
	Matched     int `json:"matched"`
	Substantive int `json:"substantive"`
}

// Change is one changed clause (or group of clauses for Split/Merged).
type Change struct {
	Kind Kind `json:"kind"`
	// OldClause/NewClause are clause IDs; "" for an added/deleted clause.
	OldClause string `json:"old_clause"`
	NewClause string `json:"new_clause"`
	// OldClauses/NewClauses list every clause of a Merged/Split change.
	OldClauses []string `json:"old_clauses,omitempty"`
	NewClauses []string `json:"new_clauses,omitempty"`
	OldNumber  string   `json:"old_number,omitempty"`
	NewNumber  string   `json:"new_number,omitempty"`
	OldHeading string   `json:"old_heading,omitempty"`
	Heading    string   `json:"heading,omitempty"`
	// OldPart/NewPart name the Schedule/Exhibit the clause is in.
	OldPart     string   `json:"old_part,omitempty"`
	NewPart     string   `json:"new_part,omitempty"`
	Substantive bool     `json:"substantive"`
	Reasons     []string `json:"reasons,omitempty"`
	// Why says, one line each, what a substantive change changed:
	// "duration: sixty (60) days → sixty (60) Business Days (≈ 84 days)",
	// "modal: shall → may", "new exception or condition: 'except …'".
	Why []string `json:"why,omitempty"`
	// Redline is the word-level redline of the clause text (one insert
	// segment for an added clause, one delete for a deleted one).
	Redline []Segment `json:"redline"`
	// RedlineOmitted says why a changed clause has no redline; OldText and
	// NewText then hold the two normalised texts, to show side by side.
	RedlineOmitted string `json:"redline_omitted,omitempty"`
	OldText        string `json:"old_text,omitempty"`
	NewText        string `json:"new_text,omitempty"`
	// Facts are the typed facts (amounts, durations…) that changed.
	Facts []FactChange `json:"facts,omitempty"`
	// Revisions are the tracked changes of a DOCX (diff --tracked) that
	// made this change, with Word's author and date.
	Revisions []document.Revision `json:"revisions,omitempty"`
}

// FurnitureChange is a line of document furniture that changed: Old is
// empty for a line added, New for a line removed.
type FurnitureChange struct {
	Kind string `json:"kind"` // legend, stamp, page, signature, contents
	Old  string `json:"old,omitempty"`
	New  string `json:"new,omitempty"`
}

// FactChange is a fact of the old clause replaced by one of the new.
// Either side is empty for a fact added or removed.
type FactChange struct {
	Kind string `json:"kind"`
	Old  string `json:"old,omitempty"`
	New  string `json:"new,omitempty"`
}

// Cosmetic counts the changes that do not alter meaning.
type Cosmetic struct {
	Count  int            `json:"count"`
	ByKind map[string]int `json:"by_kind"`
	Items  []CosmeticItem `json:"items"`
}

// CosmeticItem is one cosmetic difference of one clause.
type CosmeticItem struct {
	Kind      string `json:"kind"`
	OldClause string `json:"old_clause"`
	NewClause string `json:"new_clause"`
	Detail    string `json:"detail,omitempty"`
}

// ErrNilDocument is returned when a document is missing.
var ErrNilDocument = errors.New("nil document")

// Compare aligns the clauses of two drafts and lists their changes.
func Compare(oldDoc, newDoc *document.Document, opt Options) (res *Result, err error) {
	if oldDoc == nil || newDoc == nil {
		return nil, fmt.Errorf("diff: %w", ErrNilDocument)
	}
	defer func() {
		if r := recover(); r != nil {
			res, err = nil, fmt.Errorf("diff %s → %s: internal error: %v", oldDoc.Path, newDoc.Path, r)
		}
	}()
	opt = opt.withDefaults()
	lx, err := lexiconFor(opt.Vocabulary)
	if err != nil {
		return nil, fmt.Errorf("diff: %w", err)
	}
	n := normalizer{exact: opt.Exact}
	a, b := prepare(oldDoc, n, lx), prepare(newDoc, n, lx)
	groups := align(a, b, opt)

	res = &Result{
		Schema: Schema, Old: oldDoc.Path, New: newDoc.Path,
		OldSHA256: oldDoc.SHA256, NewSHA256: newDoc.SHA256,
		Changes:    []Change{},
		Cosmetic:   Cosmetic{ByKind: map[string]int{}, Items: []CosmeticItem{}},
		Furniture:  []FurnitureChange{},
		Compliance: []CheckDelta{},
		oldToNew:   map[string][]string{},
		newToOld:   map[string][]string{},
		Stats:      Stats{OldClauses: len(a), NewClauses: len(b)},
	}
	b2 := &builder{a: a, b: b, opt: opt, res: res, lx: lx, oldDoc: oldDoc, newDoc: newDoc, deadline: time.Now().Add(opt.Budget)}
	b2.numberMap(groups)
	sortGroups(groups, len(b))
	// furniture is compared over the whole draft: a signature block may
	// hang from another clause in the other draft
	var oldF, newF []furnitureLine
	for _, c := range a {
		oldF = append(oldF, c.furniture...)
	}
	for _, c := range b {
		newF = append(newF, c.furniture...)
	}
	b2.furniture(oldF, newF)
	common := 0
	for _, g := range groups {
		for _, o := range g.old {
			for _, nn := range g.new {
				res.oldToNew[a[o].c.ID] = append(res.oldToNew[a[o].c.ID], b[nn].c.ID)
				res.newToOld[b[nn].c.ID] = append(res.newToOld[b[nn].c.ID], a[o].c.ID)
			}
		}
		if len(g.old) > 0 && len(g.new) > 0 {
			res.Stats.Matched += len(g.old)
		}
		w, err := b2.change(g)
		if err != nil {
			return nil, fmt.Errorf("diff %s → %s: %w", oldDoc.Path, newDoc.Path, err)
		}
		common += w
	}
	total := 0
	for _, c := range a {
		total += c.words
	}
	for _, c := range b {
		total += c.words
	}
	res.Similarity = 1
	if total > 0 {
		// a clause whose heading one extractor kept apart can count a
		// word on both sides of a pair: a share is never above one
		res.Similarity = min(1, float64(common)/float64(total))
	}
	res.Similarity = float64(int(res.Similarity*1000+0.5)) / 1000
	if res.Similarity < opt.MinSimilarity && total > 0 {
		res.TooDifferent = true
		res.Changes = []Change{}
		res.Cosmetic = Cosmetic{ByKind: map[string]int{}, Items: []CosmeticItem{}}
		res.Furniture = []FurnitureChange{}
	}
	for i, c := range res.Changes {
		if c.Substantive {
			res.Stats.Substantive++
		}
		if c.Redline == nil {
			res.Changes[i].Redline = []Segment{}
		}
	}
	return res, nil
}

// sortGroups puts groups in the order of the new draft; a deleted clause
// goes after the new partner of the old clause before it.
func sortGroups(gs []*group, nNew int) {
	anchor := map[int]int{} // old index → new index of its partner
	for _, g := range gs {
		if len(g.new) > 0 {
			for _, o := range g.old {
				anchor[o] = g.new[0]
			}
		}
	}
	key := func(g *group) (int, int) {
		if len(g.new) > 0 {
			o := -1
			if len(g.old) > 0 {
				o = g.old[0]
			}
			return 2 * g.new[0], o
		}
		o := g.old[0]
		for i := o - 1; i >= 0; i-- {
			if n, ok := anchor[i]; ok {
				return 2*n + 1, o
			}
		}
		return -1, o
	}
	sort.SliceStable(gs, func(i, j int) bool {
		ki, oi := key(gs[i])
		kj, oj := key(gs[j])
		if ki != kj {
			return ki < kj
		}
		return oi < oj
	})
}

type builder struct {
	a, b           []*clause
	lx             *lexicon
	terms          map[string]bool // words of defined terms (termWords)
	opt            Options
	res            *Result
	oldDoc, newDoc *document.Document
	nums           map[string]string // old number → new number
	deadline       time.Time         // end of Options.Budget
}

// redline diffs one pair within the pair timeout and what is left of the
// budget.
func (bd *builder) redline(a, b []string) ([]Segment, string, error) {
	left := time.Until(bd.deadline)
	if left <= 0 {
		return nil, OmitTimeout, nil
	}
	return redline(a, b, min(bd.opt.PairTimeout, left))
}

// numberMap records how matched clauses were renumbered, to recognise
// cross-references that follow the renumbering.
func (bd *builder) numberMap(gs []*group) {
	bd.nums = map[string]string{}
	for _, g := range gs {
		if len(g.old) == 0 || len(g.new) == 0 || len(g.old) > 1 && len(g.new) > 1 {
			continue
		}
		// one old clause → its new number; several merged into one →
		// each to the one; one split into several → the first piece
		n := bd.b[g.new[0]]
		for _, i := range g.old {
			o := bd.a[i]
			if o.number == "" || n.number == "" {
				continue
			}
			if o.c.Kind == document.KindPart && n.c.Kind == document.KindPart {
				// "Schedule 1" → "Schedule 2": keyed by its words
				if from, to := strings.ToLower(o.c.Number), strings.ToLower(n.c.Number); from != to {
					bd.nums[from] = to
				}
				continue
			}
			if o.number != n.number || o.part != n.part {
				to := n.number
				if o.part != n.part && n.part != "" {
					// a clause moved into a part: "1.2 of Schedule B"
					to += " " + strings.ToLower(n.part)
				}
				bd.nums[o.c.ID] = n.c.ID
				bd.nums[o.number] = to // (a clause's ID is often its number)
			}
		}
	}
}

func (bd *builder) cosmetic(kind string, o, n *clause, detail string) {
	bd.res.Cosmetic.Count++
	bd.res.Cosmetic.ByKind[kind]++
	bd.res.Cosmetic.Items = append(bd.res.Cosmetic.Items, CosmeticItem{
		Kind: kind, OldClause: o.c.ID, NewClause: n.c.ID, Detail: detail,
	})
}

// change turns one group into a change (and cosmetic items); it returns
// the number of words the two sides have in common.
func (bd *builder) change(g *group) (int, error) {
	switch {
	case len(g.new) == 0 && bd.a[g.old[0]].furnitureOnly():
		return 0, nil
	case len(g.old) == 0 && bd.b[g.new[0]].furnitureOnly():
		return 0, nil
	case len(g.new) == 0:
		o := bd.a[g.old[0]]
		reasons := addedReasons(o, ReasonDeleted)
		bd.res.Changes = append(bd.res.Changes, Change{
			Kind: Deleted, OldClause: o.c.ID, OldNumber: o.c.Number, Heading: o.c.Heading,
			OldPart: o.part, Substantive: substantive(reasons), Reasons: reasons,
			Redline: whole(OpDelete, o.full), Facts: factDelta(o.facts, nil),
		})
		return 0, nil
	case len(g.old) == 0:
		n := bd.b[g.new[0]]
		reasons := addedReasons(n, ReasonAdded)
		bd.res.Changes = append(bd.res.Changes, Change{
			Kind: Added, NewClause: n.c.ID, NewNumber: n.c.Number, Heading: n.c.Heading,
			NewPart: n.part, Substantive: substantive(reasons), Reasons: reasons,
			Redline: whole(OpInsert, n.full), Facts: factDelta(nil, n.facts),
		})
		return 0, nil
	case len(g.old) > 1 || len(g.new) > 1:
		return bd.splitMerge(g)
	}
	o, n := bd.a[g.old[0]], bd.b[g.new[0]]
	ch := Change{
		OldClause: o.c.ID, NewClause: n.c.ID, OldNumber: o.c.Number, NewNumber: n.c.Number,
		Heading: n.c.Heading, OldPart: o.part, NewPart: n.part,
	}
	reasons := map[string]bool{}
	// Cosmetic differences folded away by normalisation.
	if o.c.Text != n.c.Text {
		kinds := foldDiff(o.folds, n.folds)
		for _, k := range kinds {
			bd.cosmetic(k, o, n, "")
		}
		if strings.Join(strings.Fields(o.c.Text), " ") == strings.Join(strings.Fields(n.c.Text), " ") ||
			(len(kinds) == 0 && o.body == n.body && o.number == n.number && o.heading == n.heading) {
			bd.cosmetic(CosmeticWhitespace, o, n, "")
		}
	}
	// Heading. When the headings differ in words, heading and text are
	// compared together: an extractor may take the first words of a
	// clause for its heading in one draft and not in the other.
	oText, nText := o.body, n.body
	var oToks, nToks []string
	if o.heading != n.heading {
		if strings.EqualFold(o.heading, n.heading) {
			bd.cosmetic(CosmeticHeading, o, n, o.c.Heading+" → "+n.c.Heading)
		} else {
			ch.OldHeading = o.c.Heading
			oText, nText = o.joined, n.joined
			oToks, nToks = tokenize(oText), tokenize(nText)
			if oText == nText {
				bd.cosmetic(CosmeticHeadingText, o, n, "")
			}
		}
	}
	// Number.
	renumbered := o.number != n.number
	if renumbered && g.inOrder { // a move carries its old and new number
		kind := CosmeticRenumber
		if sameOrdinal(o.number, n.number) {
			kind = CosmeticNumStyle
		}
		bd.cosmetic(kind, o, n, o.c.Number+" → "+n.c.Number)
	}
	// Text.
	common := min(o.words, n.words)
	if oText != nText {
		if oToks == nil {
			oToks, nToks = o.tokens(), n.tokens()
		}
		segs, omitted, err := bd.redline(oToks, nToks)
		if err != nil {
			return 0, fmt.Errorf("clause %s → %s: %w", o.c.ID, n.c.ID, err)
		}
		if omitted == "" && rewritten(segs, o.words+n.words) {
			segs, omitted = nil, OmitRewritten
		}
		ch.Redline, ch.RedlineOmitted = segs, omitted
		if omitted != "" {
			reasons[ReasonWording] = true
			common = int(g.score * float64(common))
			ch.OldText, ch.NewText = oText, nText
		} else {
			common = equalWords(segs)
			rs, why := bd.classifyWhy(segs, o, n, nil)
			for _, r := range rs {
				reasons[r] = true
			}
			ch.Why = why
		}
		ch.Facts = factDelta(o.facts, n.facts)
		ch.Why = append(factWhy(o.facts, n.facts), ch.Why...)
	}
	if oText == nText && bd.staleReference(o) {
		reasons[ReasonReference] = true
		ch.Why = append(ch.Why, "reference: the text still cites a number the renumbering gave to another clause")
	}
	reworded := len(reasons) > 0 && !reasons[ReasonReference] && bd.sameMeaning(oText, nText, o.facts, n.facts, ch.Redline)
	if reworded {
		clear(reasons)
	}
	if !g.inOrder {
		reasons[ReasonMoved] = true
		if o.part != n.part {
			reasons[ReasonPart] = true
		}
	}
	ch.Reasons = sortedSet(reasons)
	ch.Substantive = substantive(ch.Reasons)
	if !ch.Substantive {
		ch.Why = nil
	}
	switch {
	case !g.inOrder:
		ch.Kind = Moved
	case ch.Substantive:
		ch.Kind = Modified
	case reworded:
		ch.Kind = Reworded
	case renumbered:
		ch.Kind = Renumbered
	default:
		return 2 * common, nil // nothing but cosmetics
	}
	if !ch.Substantive && !reworded {
		ch.Redline = nil // cosmetic-only edits are not shown as a redline
	}
	bd.res.Changes = append(bd.res.Changes, ch)
	return 2 * common, nil
}

// splitMerge builds the change of one old clause split into several new
// ones (or several old merged into one): the redline is taken against the
// pieces joined in order.
func (bd *builder) splitMerge(g *group) (int, error) {
	var olds, news []*clause
	for _, i := range g.old {
		olds = append(olds, bd.a[i])
	}
	for _, i := range g.new {
		news = append(news, bd.b[i])
	}
	// The pieces after the first keep their labels ("(b) not use …"), so
	// a label that was inline text in the other draft is not a change; a
	// label added by the split is cosmetic.
	labels := map[string]bool{}
	join := func(cs []*clause) (ids []string, toks []string, body, text string, facts []document.Fact) {
		var parts, texts []string
		for i, c := range cs {
			ids = append(ids, c.c.ID)
			if i > 0 && c.label != "" {
				parts = append(parts, c.label)
				labels[c.label] = true
			}
			if c.joined != "" {
				parts = append(parts, c.joined)
				// (a later piece's heading names the piece, as its
				// label does: "SCHEDULE 1 - PT CREDIT PRICING" over a
				// table moved out of 2.3(b))
				if i > 0 {
					texts = append(texts, c.body)
				} else {
					texts = append(texts, c.joined)
				}
			}
			facts = append(facts, c.facts...)
		}
		body = strings.Join(parts, " ")
		// text: the pieces without their labels, for the reworded test
		return ids, tokenize(body), body, strings.Join(texts, " "), facts
	}
	oids, otoks, obody, otext, ofacts := join(olds)
	nids, ntoks, nbody, ntext, nfacts := join(news)
	ch := Change{
		Kind: Split, OldClause: oids[0], NewClause: nids[0],
		OldNumber: olds[0].c.Number, NewNumber: news[0].c.Number, Heading: news[0].c.Heading,
		OldPart: olds[0].part, NewPart: news[0].part,
	}
	if len(g.old) > 1 {
		ch.Kind, ch.OldClauses = Merged, oids
	} else {
		ch.NewClauses = nids
	}
	reasons := map[string]bool{}
	common := 0
	reworded := false
	if obody != nbody {
		segs, omitted, err := bd.redline(otoks, ntoks)
		if err != nil {
			return 0, fmt.Errorf("clause %s → %s: %w", oids[0], nids[0], err)
		}
		if omitted == "" && rewritten(segs, len(otoks)/2+len(ntoks)/2) {
			segs, omitted = nil, OmitRewritten
		}
		ch.Redline, ch.RedlineOmitted = segs, omitted
		if omitted != "" {
			reasons[ReasonWording] = true
			ch.OldText, ch.NewText = obody, nbody
		} else {
			common = equalWords(segs)
			rs, why := bd.classifyWhy(segs, olds[0], news[0], labels)
			for _, r := range rs {
				reasons[r] = true
			}
			ch.Why = why
		}
		ch.Facts = factDelta(ofacts, nfacts)
		ch.Why = append(factWhy(ofacts, nfacts), ch.Why...)
		if len(reasons) > 0 && bd.sameMeaning(otext, ntext, ofacts, nfacts, ch.Redline) {
			clear(reasons)
			reworded = true
		}
	} else {
		for _, t := range otoks {
			if isWord(t) {
				common++
			}
		}
	}
	// A piece that came from (or went to) far away was moved.
	if !g.inOrder || scattered(g.old) || scattered(g.new) {
		reasons[ReasonMoved] = true
	}
	ch.Reasons = sortedSet(reasons)
	ch.Substantive = substantive(ch.Reasons)
	if !ch.Substantive {
		ch.Why = nil
	}
	if !ch.Substantive && !reworded {
		ch.Redline = nil
	}
	bd.res.Changes = append(bd.res.Changes, ch)
	return 2 * common, nil
}

// furniture records the furniture lines of a clause group that differ
// between the drafts, pairing a removed line with an added one of its
// kind.
func (bd *builder) furniture(old, nw []furnitureLine) {
	count := map[furnitureLine]int{}
	for _, f := range old {
		count[f]++
	}
	var added []furnitureLine
	for _, f := range nw {
		if count[f] > 0 {
			count[f]--
			continue
		}
		added = append(added, f)
	}
	used := make([]bool, len(added))
	for _, f := range old {
		if count[f] == 0 {
			continue
		}
		count[f]--
		fc := FurnitureChange{Kind: f.kind, Old: f.text}
		for i, a := range added {
			if !used[i] && a.kind == f.kind {
				used[i], fc.New = true, a.text
				break
			}
		}
		bd.res.Furniture = append(bd.res.Furniture, fc)
	}
	for i, a := range added {
		if !used[i] {
			bd.res.Furniture = append(bd.res.Furniture, FurnitureChange{Kind: a.kind, New: a.text})
		}
	}
}

// staleReference reports whether an unchanged clause refers to a clause
// by a number that the renumbering gave to another: "clause 6.5" kept as
// written while 6.5 became 7.5 now points at whatever is 6.5 now.
func (bd *builder) staleReference(o *clause) bool {
	for _, r := range o.c.Refs {
		if r.In != "" {
			// "Clause 9 of the Addendum": another document's numbering
			continue
		}
		t := normNumber(r.Target)
		if to, ok := bd.nums[t]; ok && strings.Fields(to)[0] != t && !strings.Contains(t, "/") {
			return true
		}
	}
	return false
}

// addedReasons is the reason of a clause added or deleted whole; a
// heading alone ("5. Abuse Monitoring", "SCHEDULE B") commits to nothing:
// what it heads is added or deleted with it, clause by clause.
func addedReasons(c *clause, reason string) []string {
	if c.body == "" {
		return []string{ReasonHeading}
	}
	return []string{reason}
}

// substantive reports whether reasons say the deal changed: a move alone
// (into another part or not) changes nothing the clause does, nor does a
// heading added or deleted alone.
func substantive(reasons []string) bool {
	for _, r := range reasons {
		if r != ReasonMoved && r != ReasonPart && r != ReasonHeading {
			return true
		}
	}
	return false
}

// sameMeaning reports whether two texts of a clause say the same thing in
// other words. Never where the redline (segs; without one, the texts'
// words) adds or takes out a phrase whole. Otherwise: the same folded
// content words and the same facts, a cross-reference of the old text read
// through the renumbering; or the same facts, figures, defined terms and
// names and the same reading by Options.Reader (who does what, bound how,
// under which conditions, over which scope, and what the checks read).
func (bd *builder) sameMeaning(oText, nText string, oFacts, nFacts []document.Fact, segs []Segment) bool {
	mapNum := func(ref, w string) string {
		if to, ok := bd.nums[ref+" "+strings.ToLower(w)]; ok && refNouns[ref] {
			return to
		}
		if to, ok := bd.nums[normNumber(w)]; ok {
			return to
		}
		return w
	}
	if bd.terms == nil {
		bd.terms = termWords(bd.oldDoc, bd.newDoc)
	}
	mo, mn := bd.lx.meaningOf(oText, oFacts, mapNum, bd.terms), bd.lx.meaningOf(nText, nFacts, nil, bd.terms)

	switch {
	case !mo.balanced(mn), segs != nil && bd.lx.phraseWhole(segs):
		return false
	case mo.equal(mn):
		return true
	case !mo.strongEqual(mn) || bd.opt.Reader == nil:
		return false
	}

	ao, ok := bd.opt.Reader.Atoms(oText)
	if !ok {
		return false
	}
	an, ok := bd.opt.Reader.Atoms(nText)
	return ok && bd.lx.sameAtoms(ao, an)
}

// sameAtoms compares two readings as far as they bear on the deal:
//   - each sentence's modality (shall, may, not, only) is compared as a
//     count, and a statement of fact binds as "shall" does ("Customer
//     pays" is "Customer shall pay");
//   - the actor of a sentence in the passive voice may go unread ("the
//     credit shall be applied"): a sentence with no actor matches one
//     with any;
//   - of the concepts, only those of scope are compared: the others are
//     cues the checks weigh, and the checks' inputs are compared whole as
//     the frames' atoms.
func (lx *lexicon) sameAtoms(a, b []string) bool {
	split := func(xs []string) (modal map[string][]string, rest []string) {
		modal = map[string][]string{}
		for _, x := range xs {
			switch {
			case strings.HasPrefix(x, "concept:") && !lx.scope[strings.TrimPrefix(x, "concept:")]:
			case strings.HasPrefix(x, "modality:"):
				x = strings.Replace(x, "modality:declarative/", "modality:obligation/", 1)
				k, actor, _ := strings.Cut(x, "@")
				modal[k] = append(modal[k], actor)
			default:
				rest = append(rest, x)
			}
		}
		return modal, rest // (sorted, one of each, as Atoms gives them)
	}
	am, ar := split(a)
	bm, br := split(b)
	if !slices.Equal(ar, br) || len(am) != len(bm) {
		return false
	}
	for k, as := range am {
		if !sameActors(as, bm[k]) {
			return false
		}
	}
	return true
}

// sameActors reports whether two lists of the actors of sentences of one
// modality pair off: as many sentences, each actor matched by the same
// actor or by a sentence that names none.
func sameActors(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	count := map[string]int{}
	for _, x := range a {
		count[x]++
	}
	for _, x := range b {
		count[x]--
	}
	onlyA, onlyB := 0, 0 // named actors left unmatched on each side
	for x, n := range count {
		if x == "" {
			continue
		}
		if n > 0 {
			onlyA += n
		} else {
			onlyB -= n
		}
	}
	// the unmatched named actors of one side take the other's unnamed ones
	return onlyA <= max(0, -count[""]) && onlyB <= max(0, count[""])
}

func whole(op Op, text string) []Segment {
	if text == "" {
		return nil
	}
	return []Segment{{Op: op, Text: text}}
}

func equalWords(segs []Segment) int {
	n := 0
	for _, s := range segs {
		if s.Op == OpEqual {
			for _, t := range tokenize(s.Text) {
				if isWord(t) {
					n++
				}
			}
		}
	}
	return n
}

// foldDiff lists the cosmetic kinds folded on one side only.
func foldDiff(a, b map[string]bool) []string {
	var out []string
	for k := range a {
		if !b[k] {
			out = append(out, k)
		}
	}
	for k := range b {
		if !a[k] {
			out = append(out, k)
		}
	}
	slices.Sort(out)
	return out
}

// sameOrdinal reports whether one label only qualifies the other: "1" and
// "A.1", "2(a)" and "a" — a numbering style change, not a renumbering.
func sameOrdinal(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if a == "" || !strings.HasSuffix(b, a) {
		return false
	}
	sep := b[len(b)-len(a)-1]
	return sep == '.' || sep == '(' || sep == ' ' || sep == '/'
}

func sortedSet(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	if len(out) == 0 {
		return nil
	}
	return out
}

// factDelta pairs the facts that differ between two clauses, by kind and
// in order of appearance.
func factDelta(old, nw []document.Fact) []FactChange {
	var out []FactChange
	key := func(f document.Fact) string { return f.Kind + "\x00" + strings.Join(strings.Fields(f.Text), " ") }
	for _, p := range pairFacts(old, nw, key) {
		fc := FactChange{}
		if p[0] != nil {
			fc.Kind, fc.Old = p[0].Kind, p[0].Text
		}
		if p[1] != nil {
			fc.Kind, fc.New = p[1].Kind, p[1].Text
		}
		out = append(out, fc)
	}
	return out
}

// pairFacts returns the facts of old and nw that differ by key, a removed
// fact paired with the next added one of its kind: {old, new}, {old,
// nil} for one removed, {nil, new} for one added.
func pairFacts(old, nw []document.Fact, key func(document.Fact) string) [][2]*document.Fact {
	count := map[string]int{}
	for _, f := range old {
		count[key(f)]++
	}
	var added []*document.Fact
	for i, f := range nw {
		if count[key(f)] > 0 {
			count[key(f)]--
			continue
		}
		added = append(added, &nw[i])
	}
	var out [][2]*document.Fact
	used := make([]bool, len(added))
	for i, f := range old {
		if count[key(f)] == 0 {
			continue
		}
		count[key(f)]--
		p := [2]*document.Fact{&old[i], nil}
		for k, a := range added {
			if !used[k] && a.Kind == f.Kind {
				used[k], p[1] = true, a
				break
			}
		}
		out = append(out, p)
	}
	for k, a := range added {
		if !used[k] {
			out = append(out, [2]*document.Fact{nil, a})
		}
	}
	return out
}

// scattered reports whether sorted clause positions are not one run
// (a few clauses in between are allowed: a deleted or moved sibling).
func scattered(idx []int) bool {
	return len(idx) > 1 && idx[len(idx)-1]-idx[0]+1 > len(idx)+3
}

// rewritten reports whether a redline keeps too little of the clause to
// be readable (less than 30 % of the words in common): a rewrite is shown
// as old and new text, never as a wall of deletions and insertions.
func rewritten(segs []Segment, words int) bool {
	return words >= 16 && float64(2*equalWords(segs)) < 0.3*float64(words)
}
