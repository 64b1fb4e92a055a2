package diff

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/clausecheck/clausecheck/report"
)

// Direction of a check between two drafts.
type Direction string

// Directions, by report.Status.Rank.
const (
	Regressed Direction = "regressed"
	Improved  Direction = "improved"
	Unchanged Direction = "unchanged"
)

// CheckDelta is one playbook check on the old and the new draft.
type CheckDelta struct {
	ID        string          `json:"id"`
	Title     string          `json:"title,omitempty"`
	Severity  report.Severity `json:"severity,omitempty"`
	Old       report.Status   `json:"old"`
	New       report.Status   `json:"new"`
	Direction Direction       `json:"direction"`
	// Waived is the new draft's finding being waived.
	Waived bool `json:"waived,omitempty"`
	// Clauses pairs the evidence clauses of both sides through the
	// alignment ("14.2" → "15.2"); one side is empty when the clause has
	// no counterpart.
	Clauses []ClausePair `json:"clauses,omitempty"`
	// Facts are the check's facts that changed, by name.
	Facts []NamedFactChange `json:"facts,omitempty"`
	// ClauseFacts are the typed facts that changed in those clauses.
	ClauseFacts []FactChange `json:"clause_facts,omitempty"`
	// Summary is one line: "C6 met → partial: 14.2 → 15.2, 99.9% → 99.5%".
	Summary string `json:"summary"`
}

// ClausePair is an old clause and its counterpart in the new draft.
type ClausePair struct {
	Old string `json:"old,omitempty"`
	New string `json:"new,omitempty"`
}

// NamedFactChange is a check fact whose value differs.
type NamedFactChange struct {
	Name string `json:"name"`
	Old  string `json:"old,omitempty"`
	New  string `json:"new,omitempty"`
}

// Compliance compares the check reports of the old and the new draft
// (the playbook run on each) and returns one delta per check, ordered by
// check ID. A check reported on one side only counts as missing on the
// other. Evidence clauses are mapped through r's alignment, so r must
// come from Compare; a nil r pairs nothing.
func Compliance(r *Result, oldRep, newRep report.DocumentReport) []CheckDelta {
	olds := map[string]report.Finding{}
	for _, f := range oldRep.Findings {
		olds[f.ID] = f
	}
	news := map[string]report.Finding{}
	var ids []string
	for _, f := range newRep.Findings {
		news[f.ID] = f
		ids = append(ids, f.ID)
	}
	for id := range olds {
		if _, ok := news[id]; !ok {
			ids = append(ids, id)
		}
	}
	slices.SortFunc(ids, compareIDs)
	ids = slices.Compact(ids)

	out := make([]CheckDelta, 0, len(ids))
	for _, id := range ids {
		of, inOld := olds[id]
		nf, inNew := news[id]
		d := CheckDelta{ID: id, Old: of.Status, New: nf.Status, Waived: nf.Waived}
		d.Title, d.Severity = nf.Title, nf.Severity
		if !inNew {
			d.Title, d.Severity = of.Title, of.Severity
		}
		ro, rn := rank(of.Status, inOld), rank(nf.Status, inNew)
		switch {
		case rn < ro:
			d.Direction = Regressed
		case rn > ro:
			d.Direction = Improved
		default:
			d.Direction = Unchanged
		}
		d.Clauses = pairEvidence(r, of.Evidence, nf.Evidence)
		d.Facts = factsDelta(of.Facts, nf.Facts)
		d.ClauseFacts = clauseFacts(r, d.Clauses)
		d.Summary = summary(d)
		out = append(out, d)
	}
	return out
}

// rank is Status.Rank with an absent or unknown status counted as missing.
func rank(s report.Status, present bool) int {
	if !present || s.Rank() < 0 {
		return report.Missing.Rank()
	}
	return s.Rank()
}

// compareIDs orders check IDs "C1" < "C2" < "C10" < "L1".
func compareIDs(a, b string) int {
	pa, na := splitID(a)
	pb, nb := splitID(b)
	if pa != pb {
		return strings.Compare(pa, pb)
	}
	if na != nb {
		if na < nb {
			return -1
		}
		return 1
	}
	return strings.Compare(a, b)
}

func splitID(s string) (string, int) {
	i := strings.IndexFunc(s, func(r rune) bool { return r >= '0' && r <= '9' })
	if i < 0 {
		return s, -1
	}
	n, err := strconv.Atoi(s[i:])
	if err != nil {
		return s, -1
	}
	return s[:i], n
}

// pairEvidence pairs the evidence clauses of both sides: each old clause
// with its counterpart, then the new clauses not paired yet.
func pairEvidence(r *Result, oldEv, newEv []report.Evidence) []ClausePair {
	var out []ClausePair
	seenNew := map[string]bool{}
	newIDs := map[string]bool{}
	for _, e := range newEv {
		newIDs[e.Clause] = true
	}
	seenOld := map[string]bool{}
	for _, e := range oldEv {
		if e.Clause == "" || seenOld[e.Clause] {
			continue
		}
		seenOld[e.Clause] = true
		p := ClausePair{Old: e.Clause}
		if r != nil {
			cands := r.oldToNew[e.Clause]
			// Prefer a counterpart that is also new evidence.
			for _, c := range cands {
				if newIDs[c] {
					p.New = c
					break
				}
			}
			if p.New == "" && len(cands) > 0 {
				p.New = cands[0]
			}
		}
		seenNew[p.New] = true
		out = append(out, p)
	}
	for _, e := range newEv {
		if e.Clause == "" || seenNew[e.Clause] {
			continue
		}
		seenNew[e.Clause] = true
		p := ClausePair{New: e.Clause}
		if r != nil {
			if olds := r.newToOld[e.Clause]; len(olds) > 0 && !seenOld[olds[0]] {
				p.Old = olds[0]
				seenOld[olds[0]] = true
			}
		}
		out = append(out, p)
	}
	return out
}

// factsDelta lists the check facts whose values differ, by name.
func factsDelta(old, nw report.Facts) []NamedFactChange {
	var names []string
	for k := range old {
		names = append(names, k)
	}
	for k := range nw {
		if _, ok := old[k]; !ok {
			names = append(names, k)
		}
	}
	slices.Sort(names)
	var out []NamedFactChange
	for _, k := range names {
		o, okO := old[k]
		n, okN := nw[k]
		os, ns := "", ""
		if okO {
			os = factString(o)
		}
		if okN {
			ns = factString(n)
		}
		if os != ns {
			out = append(out, NamedFactChange{Name: k, Old: os, New: ns})
		}
	}
	return out
}

// factString renders a fact value deterministically.
func factString(v any) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case string:
		return x
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case bool:
		return strconv.FormatBool(x)
	}
	b, err := json.Marshal(v) // sorts map keys
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}

// clauseFacts collects the clause-level fact changes of the changes that
// touch the paired evidence clauses.
func clauseFacts(r *Result, pairs []ClausePair) []FactChange {
	if r == nil {
		return nil
	}
	var out []FactChange
	for _, p := range pairs {
		for _, c := range r.Changes {
			if (p.Old != "" && involvesOld(c, p.Old)) || (p.New != "" && involvesNew(c, p.New)) {
				for _, f := range c.Facts {
					if !slices.Contains(out, f) {
						out = append(out, f)
					}
				}
			}
		}
	}
	return out
}

func involvesOld(c Change, id string) bool {
	return c.OldClause == id || slices.Contains(c.OldClauses, id)
}

func involvesNew(c Change, id string) bool {
	return c.NewClause == id || slices.Contains(c.NewClauses, id)
}

// summary is "C6 met → partial: 14.2 → 15.2, 99.9% → 99.5%".
func summary(d CheckDelta) string {
	st := func(s report.Status) string {
		if s == "" {
			return "absent"
		}
		return string(s)
	}
	var b strings.Builder
	b.WriteString(d.ID + " " + st(d.Old))
	if d.Old != d.New {
		b.WriteString(" → " + st(d.New))
	}
	var parts []string
	for _, p := range d.Clauses {
		switch {
		case p.Old == p.New:
			parts = append(parts, p.Old)
		case p.Old == "":
			parts = append(parts, "+"+p.New)
		case p.New == "":
			parts = append(parts, p.Old+" → (deleted)")
		default:
			parts = append(parts, p.Old+" → "+p.New)
		}
	}
	if len(d.ClauseFacts) > 0 {
		for _, f := range d.ClauseFacts {
			parts = append(parts, arrow(f.Old, f.New))
		}
	} else {
		for _, f := range d.Facts {
			parts = append(parts, f.Name+" "+arrow(f.Old, f.New))
		}
	}
	if len(parts) > 0 {
		b.WriteString(": " + strings.Join(parts, ", "))
	}
	return b.String()
}

func arrow(o, n string) string {
	if o == "" {
		o = "∅"
	}
	if n == "" {
		n = "∅"
	}
	return o + " → " + n
}

// Regressed returns the checks whose status got worse, in check order;
// only critical ones when critical is set. A check waived in the new draft
// does not count. --fail-on-regression fails when this is not empty.
func (r *Result) Regressed(critical bool) []CheckDelta {
	if r == nil {
		return nil
	}
	var out []CheckDelta
	for _, d := range r.Compliance {
		if d.Direction != Regressed || d.Waived {
			continue
		}
		if critical && d.Severity != report.Critical {
			continue
		}
		out = append(out, d)
	}
	return out
}
