package interpret

import (
	"strings"
	"testing"
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
