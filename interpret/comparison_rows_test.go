package interpret

import (
	"slices"
	"strings"
	"testing"
)

// A comparison table whose rows give the old and new wording of clauses
// the draft does not hold states the new wording, where it is a whole
// provision, as the term; a row that changes words only stays unknown.
func TestComparisonRowsStateWholeProvisions(t *testing.T) {
	rg := read(t, "# SCHEDULE OF CHANGES\n\n## Part A\n\nA.1 The Prior Addendum is amended as set out in Part B: the new text replaces the old text.\n\n## Part B\n\n"+
		"| No. | Clause | Old text | New text |\n|---|---|---|---|\n"+
		"| 1 | 4.3 (PT cancellation) | \"Customer may cancel a PT commitment on one hundred and twenty (120) days' notice.\" | \"Customer may cancel any Provisioned Throughput commitment on sixty (60) days' written notice if the model is deprecated.\" |\n"+
		"| 2 | 2.3 (Pricing) | \"twelve per cent (12%)\" | \"twenty-one per cent (21%)\" |\n")
	var cancel *Statement
	for _, st := range rg.Statements {
		if strings.Contains(st.Text, "sixty (60) days") {
			cancel = st
		}
	}
	if cancel == nil || !cancel.Binding {
		t.Fatalf("the new wording of 4.3 is not read as a term: %+v", cancel)
	}
	if !slices.ContainsFunc(rg.Notices, func(n string) bool { return strings.Contains(n, "2.3") && strings.Contains(n, "could not be applied") }) {
		t.Errorf("the words changed in 2.3, not in the draft, are applied: %v", rg.Notices)
	}
	for _, st := range rg.Statements {
		if strings.Contains(st.Text, "twenty-one") {
			t.Errorf("words of a clause not in the draft read as a term: %q", st.Text)
		}
	}
}
