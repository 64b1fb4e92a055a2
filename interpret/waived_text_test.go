package interpret

import (
	"strings"
	"testing"
)

// A waiver quotes the text it waives before the terms that replace it:
// the waived text is the old wording, not a term.
func TestWaivedTextIsOldWording(t *testing.T) {
	rg := read(t, "# Waiver letter\n\n## 3. Waivers\n\n### 3.4 Item D\n\n*Waived text:*\n\n"+
		"> \"9.2 AWS may deprecate any foundation model on thirty (30) days' notice, and no credit or refund shall be due.\"\n\n"+
		"*Replacement terms:*\n\n> \"9.2 AWS will give Customer not less than one hundred and twenty (120) days' written notice before deprecating any model.\"\n")
	for _, st := range rg.Statements {
		switch {
		case strings.Contains(st.Text, "thirty (30)") && st.Binding:
			t.Errorf("the waived text binds: %q", st.Text)
		case strings.Contains(st.Text, "one hundred and twenty") && !st.Binding:
			t.Errorf("the replacement binds nobody: %q (%s)", st.Text, st.Nonbinding)
		}
	}
}
