package interpret

import (
	"slices"
	"strings"
	"testing"
)

// TestAtoms: two wordings of one promise read alike; a change of modal,
// negation, party or figure reads differently; a definition is not
// vouched for.
func TestAtoms(t *testing.T) {
	rd := mustReader(t)
	atoms := func(s string) []string { return mustAtoms(t, rd, s) }
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
	// a definition's every word is its meaning
	def := atoms(`In this Addendum, "Customer Content" means prompts and completions.`)
	if got := atoms(`In this Addendum,  "Customer Content"  means prompts and completions.`); !slices.Equal(got, def) {
		t.Errorf("one definition read two ways:\n%q\n%q", def, got)
	}
	if got := atoms(`In this Addendum, "Customer Content" means prompts.`); slices.Equal(got, def) {
		t.Error("a narrowed definition reads like the wider one")
	}
}

// TestAtomsFrames: what the checks read is compared field by field, so
// the same inputs in one sentence or two read alike, and a change of an
// input (a trigger joined, a holder) reads differently.
func TestAtomsFrames(t *testing.T) {
	rd := mustReader(t)
	atoms := func(s string) []string { return mustAtoms(t, rd, s) }
	frames := func(xs []string) []string {
		var out []string
		for _, x := range xs {
			if strings.HasPrefix(x, "frame:") {
				out = append(out, x)
			}
		}
		return out
	}
	two := frames(atoms("System prompts are counted as input tokens. Tool definitions are counted as input tokens."))
	one := frames(atoms("System prompts and tool definitions are counted as input tokens."))
	if len(one) == 0 || !slices.Equal(one, two) {
		t.Errorf("one sentence and two read differently:\n%q\n%q", one, two)
	}
	either := frames(atoms("The Customer may cancel any Provisioned Throughput commitment on thirty (30) days' notice if the model is deprecated or if the Customer migrates the workload to another model."))
	both := frames(atoms("The Customer may cancel any Provisioned Throughput commitment on thirty (30) days' notice if both the model is deprecated and the Customer migrates the workload to another model."))
	if len(either) == 0 || slices.Equal(either, both) {
		t.Errorf("triggers joined read like triggers apart:\n%q\n%q", either, both)
	}
}

// mustAtoms reads s, failing the test where the reader cannot vouch for it.
func mustAtoms(t *testing.T, rd *Reader, s string) []string {
	t.Helper()
	a, ok := rd.Atoms(s)
	if !ok {
		t.Fatalf("Atoms(%q) not ok", s)
	}
	return a
}
