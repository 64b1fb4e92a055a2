package lazyre

import "testing"

// A pattern whose prefilter rules out every text it meets is never
// compiled: most of the analysis's patterns meet no text holding their
// words in a run, and compiling them was most of a small draft's cost.
func TestNotCompiledWhileRejected(t *testing.T) {
	r := New(`(?i)\bsecurity\s+token\b`)
	for _, s := range []string{"Customer Content", "staff training", ""} {
		if r.MatchString(s) || r.FindStringSubmatch(s) != nil || r.ReplaceAllString(s, "x") != s {
			t.Fatalf("%q: matched", s)
		}
	}
	if r.re != nil {
		t.Fatal("compiled, though every text was ruled out by the prefilter")
	}
	if !r.MatchString("a Security Token") || r.re == nil {
		t.Fatal("a text holding the words did not compile and match")
	}
	// a pattern with no prefilter is compiled on its first use
	n := New(`(?i)\bno\b`)
	if !n.MatchString("no") || n.re == nil {
		t.Fatal("a pattern without prefilter did not match")
	}
}
