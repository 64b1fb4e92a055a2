package render

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/clausecheck/clausecheck/internal/sarifcheck"
	"github.com/clausecheck/clausecheck/report"
)

// mustValidSARIF fails the test when data is not a SARIF 2.1.0 log that
// the official schema accepts. Every SARIF test of this package calls it.
func mustValidSARIF(t *testing.T, name string, data []byte) {
	t.Helper()
	if err := sarifcheck.Validate(data); err != nil {
		t.Errorf("%s is not valid SARIF 2.1.0: %v", name, err)
	}
}

// TestSARIFSchema validates against the SARIF 2.1.0 schema the golden
// SARIF files and the logs of reports that reach every branch of the
// renderer: every status, a waiver, pages, warnings and notices, a draft
// with no finding, an empty run, absolute and awkward paths, a finding of
// a check the catalogue does not describe.
func TestSARIFSchema(t *testing.T) {
	golden, err := filepath.Glob(filepath.Join("testdata", "*.sarif"))
	if err != nil || len(golden) == 0 {
		t.Fatalf("no golden SARIF in testdata (%v)", err)
	}
	for _, g := range golden {
		data, err := os.ReadFile(g)
		if err != nil {
			t.Fatal(err)
		}
		mustValidSARIF(t, g, data)
	}
	odd := sample()
	odd.Documents = append(odd.Documents,
		report.DocumentReport{Path: "/abs/Vendor Draft #2 (v3) é.pdf", Findings: []report.Finding{{
			ID: "X9", Status: report.Missing, Severity: report.Warning, Title: "Not in the catalogue", Reason: "absent",
			Evidence: []report.Evidence{{Clause: "1", Page: 4, Quote: "q"}, {Clause: "1", Quote: "r"}, {Clause: "2", Quote: "s"}},
		}}},
		report.DocumentReport{Path: "clean.md", Findings: []report.Finding{{ID: "C1", Status: report.Met, Severity: report.Critical}}},
	)
	odd.Checks = []report.Check{{ID: "C1", Title: "Token counting", Description: "How tokens are counted.", Severity: report.Critical, Remediation: "Ask."}}
	cases := map[string]report.Report{
		"sample":              sample(),
		"odd paths and rules": odd,
		"empty run":           {Schema: report.Schema},
		"notices only":        {Schema: report.Schema, Notices: []string{"x.md: not checked: empty draft"}},
	}
	for name, rep := range cases {
		for _, v := range []string{"", "1.2.3", "dev+3f2a1c9d0e1b-dirty"} {
			var b bytes.Buffer
			if err := (SARIF{Version: v}).Render(&b, rep); err != nil {
				t.Fatal(err)
			}
			mustValidSARIF(t, name+" (version "+v+")", b.Bytes())
		}
	}
}

// The validator itself must refuse what the schema forbids, or the test
// above proves nothing.
func TestSARIFSchemaRefuses(t *testing.T) {
	bad := map[string]string{
		"wrong version":        `{"version": "2.0.0", "runs": []}`,
		"no runs":              `{"version": "2.1.0"}`,
		"unknown property":     `{"version": "2.1.0", "runs": [], "extra": 1}`,
		"result without text":  `{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"message": {}}]}]}`,
		"bad percent-escape":   `{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "artifacts": [{"location": {"uri": "a%zz.md"}}]}]}`,
		"relative helpUri":     `{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x", "rules": [{"id": "C1", "helpUri": "docs/playbook.md"}]}}}]}`,
		"repeated logical loc": `{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"message": {"text": "t"}, "locations": [{"logicalLocations": [{"name": "6.1"}, {"name": "6.1"}]}]}]}]}`,
	}
	for name, doc := range bad {
		if err := sarifcheck.Validate([]byte(doc)); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	if err := sarifcheck.Validate([]byte(`{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": []}]}`)); err != nil {
		t.Errorf("a minimal log is refused: %v", err)
	}
}
