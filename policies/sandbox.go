package policies

import (
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
)

// Builtins that reach outside the evaluation (network, runtime, clock,
// randomness) are not available to any policy: a policy calling one fails
// to compile.
var forbidden = []string{"http.send", "net.", "opa.runtime", "rand.", "uuid.", "time.now_ns"}

func sandboxed() *ast.Capabilities {
	caps := ast.CapabilitiesForThisVersion()
	kept := caps.Builtins[:0]
	for _, b := range caps.Builtins {
		if !isForbidden(b.Name) {
			kept = append(kept, b)
		}
	}
	caps.Builtins = kept
	caps.AllowNet = []string{}
	return caps
}

func isForbidden(name string) bool {
	for _, f := range forbidden {
		if name == f || (strings.HasSuffix(f, ".") && strings.HasPrefix(name, f)) {
			return true
		}
	}
	return false
}

// newCompiler returns a strict compiler with the sandboxed capabilities. The
// capabilities are set on the compiler itself: rego.Capabilities is ignored
// when a compiler is passed with rego.Compiler.
func newCompiler() *ast.Compiler {
	return ast.NewCompiler().
		WithCapabilities(sandboxed()).
		WithStrict(true).
		WithEnablePrintStatements(false)
}
