package interpret

import (
	"strings"
	"testing"
)

// A report about a contract whose appendix opens by saying its text is
// reproduced from the signed copies: the appendix is the agreement, the
// report's own findings bind nobody.
func TestReproducedAppendix(t *testing.T) {
	rg := read(t, "# LEGAL DUE DILIGENCE REPORT\n\n## 3. Findings\n\n3.2 The extraction pipeline sends large output schemas, which are billed as input tokens.\n\n"+
		"# APPENDIX A - SIGNED CLAUSES QUOTED\n\nThe text below is reproduced verbatim from the signed copies in the data room.\n\n"+
		"A.1 System prompts are counted as input tokens.\n")
	for _, st := range rg.Statements {
		if strings.Contains(st.Text, "pipeline") && st.Binding {
			t.Errorf("the report's finding binds: %q", st.Text)
		}
		if strings.Contains(st.Text, "System prompts are counted") && !st.Binding {
			t.Errorf("the reproduced clause binds nobody: %q (%s)", st.Text, st.Nonbinding)
		}
	}
}

// A memo that says "the only binding language is the executed text
// reproduced verbatim in Appendix A": the appendix is the agreement, the
// memo's own account of the negotiation binds nobody.
func TestReproducedInAppendix(t *testing.T) {
	rg := read(t, "# MEMORANDUM\n\n## 1. Purpose and status of this memo\n\nThis memo is internal commentary. The only binding language is the executed text reproduced verbatim in Appendix A.\n\n"+
		"## 4. Detail\n\n4.5 AWS will not use prompts or completions to train any model.\n\n"+
		"# APPENDIX A - EXECUTED CLAUSES (VERBATIM)\n\nA-8 AWS will not use prompts to train or improve any foundation model.\n")
	for _, st := range rg.Statements {
		if strings.Contains(st.Text, "prompts or completions") && st.Binding {
			t.Errorf("the memo's account binds: %q", st.Text)
		}
		if strings.Contains(st.Text, "any foundation model") && !st.Binding {
			t.Errorf("the executed clause binds nobody: %q (%s)", st.Text, st.Nonbinding)
		}
	}
}
