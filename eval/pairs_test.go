package eval

import (
	"slices"
	"strings"
	"testing"

	"github.com/clausecheck/clausecheck/diff"
	"github.com/clausecheck/clausecheck/document"
	"github.com/clausecheck/clausecheck/report"
)

func pairDocOf(texts ...string) *document.Document {
	d := &document.Document{}
	for i, t := range texts {
		id := string(rune('1' + i))
		d.Clauses = append(d.Clauses, document.Clause{ID: id, Number: id, Text: t})
	}
	return d
}

// TestScorePair scores a hand-made comparison: each figure counts what it
// says, a change is placed by its quotes, and a miss is named.
func TestScorePair(t *testing.T) {
	oldDoc := pairDocOf("Notice is sixty (60) days.", "AWS shall procure the credits.", "Customer draft 2", "Fees are set out in Table 1.")
	newDoc := pairDocOf("Notice is sixty (60) Business Days.", "AWS shall ensure the credits.", "AWS comments on draft 2", "Other text", "Fees are set out in Table 1.")
	all := map[string]LabelledStatus{}
	for _, id := range Checks {
		all[id] = LabelledStatus{Old: report.Met, New: report.Met}
	}
	all["C3"] = LabelledStatus{Old: report.Met, New: report.Partial}
	pc := PairCase{Name: "x.md", Labels: PairLabels{Compliance: all, Changes: []LabelledChange{
		{Label: LabelSubstantive, OldQuote: "sixty (60)  DAYS", NewQuote: "60) business days", Why: "notice"},
		{Label: LabelReworded, OldQuote: "shall procure", NewQuote: "shall ensure"},
		{Label: LabelFurniture, OldQuote: "Customer draft 2", NewQuote: "AWS comments"},
		{Label: LabelMoved, OldQuote: "Fees are set out", NewQuote: "Fees are set out"},
		{Label: LabelAdded, NewQuote: "not in the draft"},
	}}}
	res := &diff.Result{Changes: []diff.Change{
		{Kind: diff.Modified, OldClause: "1", NewClause: "1", Substantive: true},
		{Kind: diff.Modified, OldClause: "2", NewClause: "2", Substantive: true},  // reworded, reported substantive
		{Kind: diff.Modified, OldClause: "3", NewClause: "3", Substantive: false}, // furniture, not reported
		{Kind: diff.Moved, OldClause: "4", NewClause: "5", Reasons: []string{diff.ReasonMoved}},
		{Kind: diff.Added, NewClause: "4", Substantive: true}, // unlabelled
	}}
	for _, id := range Checks {
		d := diff.CheckDelta{ID: id, Old: report.Met, New: report.Met}
		res.Compliance = append(res.Compliance, d)
	}
	s := ScorePair("x.md", pc, oldDoc, newDoc, res)
	check := func(what string, got, want int) {
		t.Helper()
		if got != want {
			t.Errorf("%s = %d, want %d", what, got, want)
		}
	}
	check("substantive labelled", s.SubstLabelled, 2) // the substantive change and the added clause
	check("substantive found", s.SubstFound, 1)       // the added clause's quote is in no clause
	check("reported", s.SubstReported, 3)
	check("right", s.SubstRight, 1)
	check("moves", s.MovesLabelled, 1)
	check("moves found", s.MovesFound, 1)
	check("cells", s.Cells, len(Checks))
	check("cells right", s.CellsRight, len(Checks)-1)
	check("unplaced", s.Unplaced, 1)
	joined := strings.Join(s.Lines, "\n")
	for _, want := range []string{"unplaced new quote of added", "false substantive modified [2]>[2]", "(labelled reworded)",
		"false substantive added []>[4] [] (unlabelled)", "C3 met → met, label met → partial", "missed added"} {
		if !strings.Contains(joined, want) {
			t.Errorf("lines lack %q:\n%s", want, joined)
		}
	}
}

func TestPlaceQuote(t *testing.T) {
	d := pairDocOf("AWS shall give \u201cninety\u201d days\u2019 notice.", "Heading only", "continues here.")
	for _, tc := range []struct {
		q    string
		want []string
	}{
		{`"ninety" days' NOTICE`, []string{"1"}},
		{"only continues", []string{"2", "3"}},
		{"absent words", nil},
		{"  ", nil},
	} {
		if got := placeQuote(d, tc.q); !slices.Equal(got, tc.want) {
			t.Errorf("placeQuote(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}
