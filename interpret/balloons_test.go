package interpret

import (
	"strings"
	"testing"

	"github.com/clausecheck/clausecheck/extract"
)

// A compare export's balloons say what changed beside the text as it now
// stands: they bind nobody, and a revision the draft says was rejected is
// undone.
func TestCompareBalloons(t *testing.T) {
	const draft = "# Amendment\n\n## Clause 6 — Provisioned Throughput\n\n6.2 Each PT Commitment is non-cancellable and non-refundable for its full term.\n\n" +
		"6.3 Notwithstanding clause 6.2, Customer may cancel a PT Commitment on sixty (60) days' written notice if the Foundation Model is deprecated or Customer moves the workload to another model on Bedrock.\n\n" +
		"> **[#8] Inserted:** 6.3 Notwithstanding clause 6.2, Customer may cancel a PT Commitment on sixty (60) days' written notice if the Foundation Model is deprecated or Customer moves the workload to another model on Bedrock.\n" +
		"> **Comment [CL2]:** Needed for the move to Nova.\n\n" +
		"## Clause 10 — Benchmark\n\n10.1 Not used.\n\n> **[#12] Deleted:** AWS acknowledges the Azure OpenAI quotation of 9 February 2026 and will match its price for Claude models.\n\n"
	t.Run("balloons are no terms", func(t *testing.T) {
		rg := read(t, draft+"All changes were accepted.\n")
		for _, st := range rg.Statements {
			if strings.Contains(st.Quote, "Azure OpenAI quotation") && st.Binding {
				t.Errorf("a deleted passage shown in a balloon binds: %q", st.Quote)
			}
		}
		rights := 0
		for _, c := range rg.Frames().PTCancellation {
			if c.InForce && c.Kind == "right" {
				rights++
			}
		}
		if rights == 0 {
			t.Errorf("the accepted insertion of 6.3 is not read")
		}
	})
	t.Run("a rejected insertion is undone", func(t *testing.T) {
		rg := read(t, draft+"STATUS OF CHANGES. All changes [#1] to [#16] were accepted, except [#8] (insertion of clause 6.3), which AWS rejected.\n")
		for _, c := range rg.Frames().PTCancellation {
			if c.InForce && c.Kind == "right" {
				t.Errorf("the rejected insertion is read as a right: %+v", c.Quote)
			}
		}
	})
}

// A balloon whose lines were joined into one paragraph is a note in every
// sentence; a rejected deletion of a whole clause puts its words back.
func TestCompareBalloonsJoinedAndClauseRejections(t *testing.T) {
	doc, err := extract.Bytes("compare.txt", []byte("SCHEDULE\n\n5. MODEL LIFECYCLE\n\n5.1 The terms of deprecation are to be agreed in a side letter.\n\n"+
		"## Gelöscht: (1) AWS will notify Customer at least ninety (90) days before a Foundation\n## Model reaches end of life. (2) For each forced migration AWS will\n## grant Customer a migration credit of 10 % of the charges for the affected Foundation\n## Model in the preceding three months.\n\n"+
		"8. DATA\n\n8.2 AWS will not use Inputs or Outputs to train any Foundation Model.\n\n"+
		"8.3 AWS will store and process Inputs and Outputs only in the Selected Regions.\n\n"+
		">> Deleted [KO 04/06/26]: 8.4 Notwithstanding clause 8.2, AWS may use Inputs and Outputs to evaluate and improve its models and the Service.\n\n"+
		"RESULT OF THE CLOSING CALL\n\nAll changes were ACCEPTED, except: Change 27 - Customer's deletion of clause 8.4 - REJECTED after escalation.\n"), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	rg := mustReader(t).Read(doc)
	for _, m := range rg.Frames().ModelLifecycle {
		if m.InForce && m.Remedy {
			t.Errorf("a credit read from a balloon: %q", m.Quote)
		}
	}
	permission := false
	for _, tr := range rg.Frames().Training {
		if tr.InForce && (tr.Effect == "permission" || tr.Effect == "swallowed") {
			permission = true
		}
	}
	if !permission {
		t.Errorf("the rejected deletion of 8.4 leaves its permission out: %+v", rg.Frames().Training)
	}
}
