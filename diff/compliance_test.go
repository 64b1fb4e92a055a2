package diff

import (
	"slices"
	"testing"

	"github.com/clausecheck/clausecheck/document"
	"github.com/clausecheck/clausecheck/report"
)

func TestCompliance(t *testing.T) {
	a := doc("old.md",
		"14 | Service levels",
		"14.1 | Provider shall notify Customer of incidents.",
		"14.2 | Provider shall make Provisioned Throughput available at least 99.9% of each calendar month, with service credits.",
		"15 | Provider shall not use prompts or completions to train any model.")
	b := doc("new.md",
		"1 | Notices under this Addendum must be in writing and delivered to the addresses above.",
		"15 | Service levels",
		"15.1 | Provider shall notify Customer of incidents.",
		"15.2 | Provider shall make Provisioned Throughput available at least 99.5% of each calendar month, with service credits.",
		"16 | Provider shall not use prompts or completions to train any model.")
	a.Clauses[2].Facts = []document.Fact{{Kind: document.FactPercent, Text: "99.9%", Value: 99.9}}
	b.Clauses[3].Facts = []document.Fact{{Kind: document.FactPercent, Text: "99.5%", Value: 99.5}}
	res, err := Compare(a, b, Options{})
	if err != nil {
		t.Fatal(err)
	}
	oldRep := report.DocumentReport{Path: "old.md", Findings: []report.Finding{
		{ID: "C6", Status: report.Met, Severity: report.Critical, Evidence: []report.Evidence{{Clause: "14.2"}}, Facts: report.Facts{"sla_percent": 99.9, "credits": true}},
		{ID: "C4", Status: report.Partial, Severity: report.Critical, Evidence: []report.Evidence{{Clause: "15"}}},
		{ID: "L1", Status: report.Missing, Severity: report.Warning},
		{ID: "C10", Status: report.Met, Severity: report.Critical},
	}}
	newRep := report.DocumentReport{Path: "new.md", Findings: []report.Finding{
		{ID: "C6", Status: report.Partial, Severity: report.Critical, Evidence: []report.Evidence{{Clause: "15.2"}}, Facts: report.Facts{"sla_percent": 99.5, "credits": true}},
		{ID: "C4", Status: report.Met, Severity: report.Critical, Evidence: []report.Evidence{{Clause: "16"}, {Clause: "1"}}},
		{ID: "L1", Status: report.Conflict, Severity: report.Warning},
		{ID: "C2", Status: report.Conflict, Severity: report.Critical, Waived: true},
	}}
	res.Compliance = Compliance(res, oldRep, newRep)

	type row struct {
		id      string
		dir     Direction
		clauses []ClausePair
		summary string
	}
	want := []row{
		{"C2", Regressed, nil, "C2 absent → conflict"},
		{"C4", Improved, []ClausePair{{"15", "16"}, {"", "1"}}, "C4 partial → met: 15 → 16, +1"},
		{"C6", Regressed, []ClausePair{{"14.2", "15.2"}}, "C6 met → partial: 14.2 → 15.2, 99.9% → 99.5%"},
		{"C10", Regressed, nil, "C10 met → absent"},
		{"L1", Regressed, nil, "L1 missing → conflict"},
	}
	if len(res.Compliance) != len(want) {
		t.Fatalf("got %d deltas, want %d: %+v", len(res.Compliance), len(want), res.Compliance)
	}
	for i, w := range want {
		d := res.Compliance[i]
		if d.ID != w.id || d.Direction != w.dir || !slices.Equal(d.Clauses, w.clauses) || d.Summary != w.summary {
			t.Errorf("delta %d = %s %s %v %q, want %s %s %v %q", i, d.ID, d.Direction, d.Clauses, d.Summary, w.id, w.dir, w.clauses, w.summary)
		}
	}
	c6 := res.Compliance[2]
	if !slices.Equal(c6.Facts, []NamedFactChange{{Name: "sla_percent", Old: "99.9", New: "99.5"}}) {
		t.Errorf("C6 facts = %v", c6.Facts)
	}

	var got []string
	for _, d := range res.Regressed(true) {
		got = append(got, d.ID)
	}
	// C2 is waived in the new draft; L1 is a warning.
	if !slices.Equal(got, []string{"C6", "C10"}) {
		t.Errorf("Regressed(critical) = %v, want [C6 C10]", got)
	}
	got = nil
	for _, d := range res.Regressed(false) {
		got = append(got, d.ID)
	}
	if !slices.Equal(got, []string{"C6", "C10", "L1"}) {
		t.Errorf("Regressed(all) = %v, want [C6 C10 L1]", got)
	}
	if (*Result)(nil).Regressed(true) != nil {
		t.Error("nil result regressed something")
	}
}
