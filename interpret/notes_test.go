package interpret

import (
	"strings"
	"testing"
)

// A note set off by a quoting mark whose label says it is no part of the
// agreement binds nobody, every sentence of it; a quoted line without
// such a label is read as before.
func TestMarkedNoteBlocks(t *testing.T) {
	rg := read(t, "# Schedule 7\n\n## 7. Custom model import\n\n7.1 Customer may import custom models into Amazon Bedrock.\n\n"+
		">> NOTE N7 (not part of the agreement): Silent on fees. The public\n>> pricing page shows no import fee today.\n\n"+
		"7.2 AWS will not charge any import fee.\n")
	for _, st := range rg.Statements {
		note := strings.Contains(st.Text, "NOTE") || strings.Contains(st.Text, "pricing page")
		if note && st.Binding {
			t.Errorf("a sentence of the note binds: %q", st.Text)
		}
		if strings.Contains(st.Text, "7.2") || strings.HasPrefix(st.Text, "AWS will not charge") {
			if !st.Binding {
				t.Errorf("the clause after the note binds nobody: %q", st.Text)
			}
		}
	}
	if got := (&Reading{reader: rg.reader}).noteBlocks("> Reviewer: looks fine.\nText."); got != nil {
		t.Errorf("a quoted line without a non-binding label is a note block: %v", got)
	}
}
