package rules

import (
	"testing"

	"github.com/clausecheck/clausecheck/internal/lazyre/lazyretest"
)

func TestPatternsCompile(t *testing.T) { lazyretest.CompileAll(t) }
