package lazyre_test

import (
	"regexp"
	"testing"

	"github.com/clausecheck/clausecheck/internal/lazyre"
)

func TestCompiledOnFirstUse(t *testing.T) {
	r := lazyre.New(`(?i)\bno(t)?\s+fee`)
	if got, want := r.FindStringSubmatch("There is NOT fee"), regexp.MustCompile(r.String()).FindStringSubmatch("There is NOT fee"); len(got) != 2 || got[1] != want[1] || got[0] != "NOT fee" {
		t.Fatalf("FindStringSubmatch = %q, want %q", got, want)
	}
	if r.Get() != r.Get() {
		t.Fatal("compiled twice")
	}
}

func TestBadPatternPanicsOnUse(t *testing.T) {
	r := lazyre.New(`(unclosed`)
	defer func() {
		if recover() == nil {
			t.Fatal("a pattern that does not compile did not panic on use")
		}
	}()
	r.MatchString("x")
}
