package policies

import (
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
)

// A policy reads its input and nothing else. The builtins it may call are
// an allow-list of pure functions: operators, aggregates, strings, regular
// expressions, numbers, sets, arrays, objects, encodings and the time
// functions that only convert the values they are given. Everything else —
// the network (http.send, net.*), the runtime (opa.runtime), randomness
// (rand.*, uuid.*), the clock (time.now_ns, and the verifying JWT and
// certificate functions, which compare with the clock), trace and print —
// is missing from the capabilities, so a policy calling it fails to
// compile. A builtin added by a new OPA release is refused until it is
// listed here.
var allowed = []string{
	// operators and comparisons (their names, not their infix forms)
	"eq", "equal", "neq", "lt", "lte", "gt", "gte", "assign", "plus", "minus", "mul", "div", "rem",
	"and", "or", "internal.member_2", "internal.member_3",
	// aggregates and types
	"count", "sum", "product", "max", "min", "sort", "all", "any",
	"is_number", "is_string", "is_boolean", "is_array", "is_set", "is_object", "is_null", "type_name",
	"to_number", "abs", "round", "ceil", "floor", "numbers.range", "numbers.range_step", "bits.",
	// strings and patterns
	"concat", "contains", "startswith", "endswith", "lower", "upper", "split", "sprintf", "format_int",
	"indexof", "indexof_n", "substring", "replace", "trim", "trim_left", "trim_right", "trim_prefix",
	"trim_suffix", "trim_space", "strings.", "regex.", "glob.", "units.",
	// collections ("graph.": not allowed, graph.reachable_paths enumerates
	// every path of a graph, exponential work that no deadline interrupts)
	"array.", "object.", "intersection", "union", "walk",
	// encodings that only transform their argument
	"json.", "yaml.", "base64", "base64url.", "hex.", "urlquery.", "semver.",
	// time conversions of given values (not the clock)
	"time.parse_ns", "time.parse_rfc3339_ns", "time.parse_duration_ns", "time.date", "time.clock",
	"time.weekday", "time.add_date", "time.diff", "time.format",
}

// refused are never allowed, even under an allowed prefix.
var refused = []string{"time.now_ns", "opa.runtime", "http.send", "trace", "print"}

func sandboxed() *ast.Capabilities {
	caps := ast.CapabilitiesForThisVersion()
	kept := caps.Builtins[:0]
	for _, b := range caps.Builtins {
		if isAllowed(b.Name) {
			kept = append(kept, b)
		}
	}
	caps.Builtins = kept
	caps.AllowNet = []string{}
	return caps
}

// sandboxedTests adds print to the policies' capabilities, for their unit
// tests only: its output is captured by the test runner.
func sandboxedTests() *ast.Capabilities {
	caps := sandboxed()
	for _, b := range ast.CapabilitiesForThisVersion().Builtins {
		if b.Name == "print" || b.Name == "internal.print" {
			caps.Builtins = append(caps.Builtins, b)
		}
	}
	return caps
}

func isAllowed(name string) bool {
	for _, r := range refused {
		if name == r {
			return false
		}
	}
	for _, a := range allowed {
		if name == a || (strings.HasSuffix(a, ".") && strings.HasPrefix(name, a)) {
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
