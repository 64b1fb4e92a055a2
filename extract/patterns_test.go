package extract

import (
	"regexp"
	"testing"

	"github.com/clausecheck/clausecheck/internal/lazyre"
)

// TestPatternsCompile compiles every pattern of the package, also those
// no other test reaches: they are compiled on first use, so a pattern
// that does not compile would otherwise fail only when a draft needs it.
func TestPatternsCompile(t *testing.T) {
	all := lazyre.All()
	if len(all) < 10 {
		t.Fatalf("only %d patterns registered", len(all))
	}
	for _, r := range all {
		if _, err := regexp.Compile(r.String()); err != nil {
			t.Errorf("%v", err)
		}
	}
}
