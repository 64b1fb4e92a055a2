package interpret

import (
	"strings"
	"testing"
)

// A reference in one item of a list run into a sentence is that item's:
// the other items stand; before the list, or "in each case", it is every
// item's.
func TestItemScopedReferences(t *testing.T) {
	const list = "For this purpose: (a) system prompts are counted as input tokens; (b) tool definitions are counted as input tokens; and (c) cached tokens are billed less the discount in clause 9.9"
	for _, c := range []struct {
		text      string
		wantClean int // items with no missing reference
	}{
		{list + ".", 2},
		{list + ", in each case as set out in clause 9.9.", 0},
		{"Subject to clause 9.9, for this purpose: (a) system prompts are counted as input tokens; (b) tool definitions are counted as input tokens.", 0},
	} {
		rg := read(t, "# Addendum\n\n## 3. Token counting\n\n3.2 Billable tokens are counted by the model's tokenizer. "+c.text+"\n")
		clean := 0
		for _, st := range rg.Statements {
			if strings.Contains(st.Text, "(a)") && len(st.MissingRefs) == 0 && (st.has("system_prompt") || st.has("tool_definition")) {
				clean++
			}
		}
		if clean != c.wantClean {
			t.Errorf("%q: %d items free of the missing clause, want %d", c.text, clean, c.wantClean)
		}
	}
}
