// Package lazyretest is the test every package with lazy patterns runs.
package lazyretest

import (
	"regexp"
	"testing"

	"github.com/clausecheck/clausecheck/internal/lazyre"
)

// CompileAll compiles every pattern registered in the test binary, also
// those no other test reaches: patterns are compiled on first use, so one
// that does not compile would otherwise fail only when a draft needs it.
func CompileAll(t testing.TB) {
	t.Helper()
	all := lazyre.All()
	if len(all) == 0 {
		t.Fatal("no pattern registered")
	}
	for _, r := range all {
		if _, err := regexp.Compile(r.String()); err != nil {
			t.Errorf("%v", err)
		}
	}
}
