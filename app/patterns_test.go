package app

import (
	"flag"
	"testing"

	"github.com/clausecheck/clausecheck/internal/lazyre/lazyretest"
)

var updatePatterns = flag.Bool("update-patterns", false, "write internal/lazyre/analysed_table.go from the program's patterns")

// The app links every package that holds patterns: its test writes, and
// holds to the program, the table of their analyses.
func TestPatternsCompile(t *testing.T) {
	lazyretest.WriteAnalysed(t, "../internal/lazyre/analysed_table.go", *updatePatterns)
	if !*updatePatterns {
		lazyretest.CompileAll(t)
	}
}
