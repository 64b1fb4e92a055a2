package interpret

import (
	"strings"
	"testing"
)

// A paper about a contract that says where the signed text stands: that
// part is the agreement, the paper's own findings and accounts bind nobody.
// Either the appendix opens by saying its text is reproduced from the
// signed copies, or the paper says "the only binding language is the
// executed text reproduced verbatim in Appendix A".
func TestReproducedAppendix(t *testing.T) {
	for _, tc := range []struct {
		name, doc           string
		notBinding, binding string
	}{
		{"appendix says so", "# LEGAL DUE DILIGENCE REPORT\n\n## 3. Findings\n\n3.2 The extraction pipeline sends large output schemas, which are billed as input tokens.\n\n" +
			"# APPENDIX A - SIGNED CLAUSES QUOTED\n\nThe text below is reproduced verbatim from the signed copies in the data room.\n\n" +
			"A.1 System prompts are counted as input tokens.\n", "pipeline", "System prompts are counted"},
		{"memo says so", "# MEMORANDUM\n\n## 1. Purpose and status of this memo\n\nThis memo is internal commentary. The only binding language is the executed text reproduced verbatim in Appendix A.\n\n" +
			"## 4. Detail\n\n4.5 AWS will not use prompts or completions to train any model.\n\n" +
			"# APPENDIX A - EXECUTED CLAUSES (VERBATIM)\n\nA-8 AWS will not use prompts to train or improve any foundation model.\n", "prompts or completions", "any foundation model"},
	} {
		rg := read(t, tc.doc)
		for _, st := range rg.Statements {
			if strings.Contains(st.Text, tc.notBinding) && st.Binding {
				t.Errorf("%s: the paper's own text binds: %q", tc.name, st.Text)
			}
			if strings.Contains(st.Text, tc.binding) && !st.Binding {
				t.Errorf("%s: the reproduced clause binds nobody: %q (%s)", tc.name, st.Text, st.Nonbinding)
			}
		}
	}
}
