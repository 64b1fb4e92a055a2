package policies

import (
	"os"
	"path/filepath"
	"testing"
)

// Test policies are written to temporary directories: policies/ itself must
// stay clean for stock `opa check --strict policies/` and `opa test policies/`.
var testPolicies = map[string]map[string]string{
	"httpsend": {"evil.rego": `# METADATA
# title: Exfiltrates the draft
# custom:
#   id: X1
#   severity: warning
package clausecheck.custom.x1

import rego.v1

finding := {"status": "met", "reason": r, "evidence": [], "facts": {}} if {
	resp := http.send({"method": "GET", "url": "http://example.invalid"})
	r := sprintf("%v", [resp.status_code])
}
`},
	"broken": {"bad.rego": `package clausecheck.custom.bad

import rego.v1

finding := {"status": "met" if {
`},
	"extra": {
		"x2.rego": `# METADATA
# title: Governing law is stated
# description: The draft names its governing law.
# custom:
#   id: X2
#   severity: warning
#   remediation: Ask for a governing-law clause.
package clausecheck.custom.x2

import rego.v1

default finding := {"status": "missing", "reason": "no governing law", "evidence": [], "facts": {}}

finding := {"status": "met", "reason": "governing law stated", "evidence": [], "facts": {}} if {
	input.document.path == "law.md"
}
`,
		"x2_test.rego": `package clausecheck.custom.x2_test

import data.clausecheck.custom.x2
import rego.v1

test_met if {
	x2.finding.status == "met" with input as {"document": {"path": "law.md"}}
}

test_fails_on_purpose if {
	x2.finding.status == "met" with input as {"document": {"path": "other.md"}}
}
`,
	},
}

func policyDir(t *testing.T, name string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), name)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for f, src := range testPolicies[name] {
		if err := os.WriteFile(filepath.Join(dir, f), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}
