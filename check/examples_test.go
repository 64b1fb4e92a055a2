package check

import (
	"fmt"
	"slices"
	"testing"

	"github.com/clausecheck/clausecheck/document"
	"github.com/clausecheck/clausecheck/rules"
)

// TestRuleExamples runs every example sentence of the rules vocabulary
// through the analyser, like gitleaks runs its rules' true and false
// positives: a reviewer who edits a list sees at once what it changed.
func TestRuleExamples(t *testing.T) {
	rs := rules.MustDefault()
	for _, tp := range rs.Topics() {
		for i, ex := range tp.Examples {
			t.Run(fmt.Sprintf("%s/%d", tp.ID, i+1), func(t *testing.T) {
				doc := &document.Document{Path: "ex.md", Clauses: []document.Clause{{
					ID: "1.1", Number: "1.1", Kind: document.KindClause, Text: ex.Text, End: len(ex.Text),
				}}}
				in := Analyze(doc, rs, rs.Thresholds())
				var hits []Hit
				for _, h := range in.Topics[tp.ID] {
					if h.Term != "" {
						hits = append(hits, h)
					}
				}
				if !ex.Match {
					if len(hits) > 0 {
						t.Fatalf("%q: false positive, term %q", ex.Text, hits[0].Term)
					}
					return
				}
				if len(hits) == 0 {
					t.Fatalf("%q: no match", ex.Text)
				}
				h := hits[0]
				if ex.Polarity != "" && h.Polarity != ex.Polarity {
					t.Errorf("%q: polarity %s, want %s", ex.Text, h.Polarity, ex.Polarity)
				}
				if ex.Party != "" && h.Party != ex.Party {
					t.Errorf("%q: party %q, want %q", ex.Text, h.Party, ex.Party)
				}
				for _, e := range ex.Elements {
					if !slices.Contains(h.Elements, e) {
						t.Errorf("%q: element %s not found (found %v)", ex.Text, e, h.Elements)
					}
				}
			})
		}
	}
}
