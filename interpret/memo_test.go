package interpret

import (
	"strings"
	"testing"
)

// A test of a text is made once for the same string, and again for a
// string that only reads alike, or after another text.
func TestOnce(t *testing.T) {
	rg := &Reading{}
	calls := 0
	test := func(s string) bool { calls++; return strings.Contains(s, "force") }
	sentence := strings.Repeat("Part C is not in force; ", 100)
	for range 5 {
		if !rg.once("t", sentence, test) {
			t.Fatal("wrong answer")
		}
	}
	if calls != 1 {
		t.Fatalf("%d tests of the same string, want 1", calls)
	}
	alike := strings.Clone(sentence)
	if !rg.once("t", alike, test) || calls != 2 {
		t.Fatalf("a string that reads alike: %d tests, want 2", calls)
	}
	if rg.once("t", "no such words", test) || calls != 3 {
		t.Fatalf("another text: %d tests, want 3", calls)
	}
	if !rg.once("other test", alike, test) || calls != 4 {
		t.Fatalf("another test's name: %d tests, want 4", calls)
	}
}
