package interpret

import (
	"strings"
	"testing"
)

// "Section 3.4 of the Addendum is deleted and replaced" in a settlement
// whose own clause 3.4 sits under "3. Amendments to the Addendum": the
// settlement's clause is no section of the Addendum, and stands.
func TestAmendingClauseIsNoSectionOfTheAmended(t *testing.T) {
	rg := read(t, "# SETTLEMENT AGREEMENT\n\n### 3. Amendments to the Addendum\n\n"+
		"3.1 **Token metering.** Section 3.4 of the Addendum is deleted and replaced with:\n\n"+
		"> \"3.4 Billable tokens are counted by the tokenizer of the model invoked.\"\n\n"+
		"3.4 **Commitment period.** Section 2.3 of the Addendum is deleted and replaced with:\n\n"+
		"> \"2.3 The Bedrock Commitment Term is co-terminous with the EDP.\"\n")
	found := false
	for _, st := range rg.Statements {
		if strings.Contains(st.Text, "co-terminous") {
			found = true
			if !st.Binding || strings.Contains(st.Quote, "as amended by 3.1") {
				t.Errorf("the settlement's own 3.4 was replaced by the amendment of the Addendum's 3.4: %q", st.Quote)
			}
		}
	}
	if !found {
		t.Error("the settlement's clause 3.4 is gone")
	}
}
