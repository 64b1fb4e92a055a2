package interpret

import (
	"strings"
	"testing"
)

// An unticked box is an item open or not chosen, unless the draft's
// legend says it marks a term agreed all the same.
func TestEmptyBoxLegend(t *testing.T) {
	const items = "## 2. Items\n\n- [ ] ✗ **Training**\n  *Mandate:* no training on prompts.\n  *Final agreed wording (cl. 7.2):*\n  > \"AWS will not use Customer Content to train any model.\"\n\n" +
		"- [x] **Import**\n  *Final agreed wording (cl. 8.1):*\n  > \"Customer may import custom models.\"\n"
	for _, c := range []struct {
		legend string
		binds  bool
	}{
		{"", false},
		{"- **[x]** = mandate achieved\n- **[ ] ✗** = mandate not achieved (fallback accepted)\n\n", true},
		{"- [x] = agreed\n- [ ] = not agreed\n\n", false},
	} {
		rg := read(t, "# Close-out memo\n\n## 1. Purpose\n\n1.1 Each item is marked:\n\n"+c.legend+items)
		found := false
		for _, st := range rg.Statements {
			if strings.Contains(st.Text, "train any model") {
				found = true
				if st.Binding != c.binds {
					t.Errorf("legend %q: the unticked item's wording binds = %v, want %v (%s)", c.legend, st.Binding, c.binds, st.Nonbinding)
				}
			}
		}
		if !found {
			t.Errorf("legend %q: the unticked item was not read", c.legend)
		}
	}
}
