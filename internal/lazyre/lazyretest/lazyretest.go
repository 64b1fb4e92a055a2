// Package lazyretest is the test every package with lazy patterns runs.
package lazyretest

import (
	"os"
	"regexp"
	"testing"

	"github.com/clausecheck/clausecheck/internal/lazyre"
)

// CompileAll compiles every pattern registered in the test binary, also
// those no other test reaches: patterns are compiled on first use, so one
// that does not compile would otherwise fail only when a draft needs it.
// It also holds each pattern's written analysis (lazyre's
// analysed_table.go) to the one read from its source.
func CompileAll(t testing.TB) {
	t.Helper()
	all := lazyre.All()
	if len(all) == 0 {
		t.Fatal("no pattern registered")
	}
	for _, r := range all {
		if _, err := regexp.Compile(r.String()); err != nil {
			t.Errorf("%v", err)
			continue
		}
		switch stored, equal := lazyre.Analysed(r.String()); {
		case !stored:
			t.Errorf("pattern %q has no written analysis: run go test ./app -run TestPatternsCompile -update-patterns", r.String())
		case !equal:
			t.Errorf("pattern %q: its written analysis is not the one read from its source: run go test ./app -run TestPatternsCompile -update-patterns", r.String())
		}
	}
}

// WriteAnalysed writes the table of the analyses of every pattern
// registered in the test binary (one that links every package with
// patterns) to path, or, when update is false, fails if the table holds
// a pattern the program no longer has.
func WriteAnalysed(t testing.TB, path string, update bool) {
	t.Helper()
	var srcs []string
	have := map[string]bool{}
	for _, r := range lazyre.All() {
		srcs = append(srcs, r.String())
		have[r.String()] = true
	}
	if update {
		src, err := lazyre.WriteTable(srcs)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, src, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	for _, s := range lazyre.StoredSources() {
		if !have[s] {
			t.Errorf("the written analyses hold %q, a pattern the program no longer has: run go test ./app -run TestPatternsCompile -update-patterns", s)
		}
	}
}
