package interpret

import (
	"slices"
	"testing"
)

// TestAtoms: two wordings of one promise read alike; a change of modal,
// negation, party or figure reads differently; a definition is not
// vouched for.
func TestAtoms(t *testing.T) {
	rd := mustReader(t)
	atoms := func(s string) []string {
		t.Helper()
		a, ok := rd.Atoms(s)
		if !ok {
			t.Fatalf("Atoms(%q) not ok", s)
		}
		return a
	}
	base := atoms("AWS shall not use Customer Content to train any model.")
	if got := atoms("AWS will not use Customer Content to train any model."); !slices.Equal(got, base) {
		t.Errorf("shall/will read differently:\n%q\n%q", base, got)
	}
	for _, other := range []string{
		"AWS may use Customer Content to train any model.",
		"AWS shall use Customer Content to train any model.",
		"The Customer shall not use Customer Content to train any model.",
	} {
		if slices.Equal(atoms(other), base) {
			t.Errorf("%q reads like %q", other, "AWS shall not use Customer Content to train any model.")
		}
	}
	if a, b := atoms("The Customer may cancel on 60 days' notice."), atoms("The Customer may cancel on 90 days' notice."); slices.Equal(a, b) {
		t.Error("60 and 90 days read alike")
	}
	if _, ok := rd.Atoms(`"Customer Content" means prompts and completions.`); ok {
		t.Error("a definition is vouched for")
	}
}
