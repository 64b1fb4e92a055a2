// Package examples holds worked examples of a playbook of one's own; its
// tests run them, as a user would, on the bundled drafts.
package examples

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"github.com/clausecheck/clausecheck/app"
	"github.com/clausecheck/clausecheck/report"
)

// TestGoverningLaw runs the worked user policy of examples/governing-law
// (its vocabulary in rules/, its policy in policies/) beside the embedded
// playbook on every rendering of the bundled drafts: each gets the verdict
// a reviewer would give, citing the clause a reviewer would cite, and the
// embedded checks are not changed by the added vocabulary.
func TestGoverningLaw(t *testing.T) {
	want := map[string]struct {
		status report.Status
		clause string
	}{
		"vendor-paper-addendum":       {report.Met, "8.2"},      // "the laws of the State of Washington"
		"bedrock-edp-addendum":        {report.Partial, "10.2"}, // "the law that governs the EDP Agreement"
		"strong-deal-addendum":        {report.Missing, ""},
		"amended-restated-addendum":   {report.Missing, ""},
		"schedules-exhibits-addendum": {report.Missing, ""},
	}
	pb := app.Playbook{RulesDir: "governing-law/rules", PolicyDirs: []string{"governing-law/policies"}}
	for name, w := range want {
		for _, ext := range []string{".md", ".txt", ".docx", ".pdf"} {
			path := filepath.Join("..", "fixtures", "drafts", name+ext)
			t.Run(name+ext, func(t *testing.T) {
				with := checkJSON(t, path, pb)
				without := checkJSON(t, path, app.Playbook{})
				var gl *report.Finding
				for i, f := range with.Findings {
					if f.ID == "GL1" {
						gl = &with.Findings[i]
					}
				}
				if gl == nil {
					t.Fatal("no GL1 finding")
				}
				if gl.Status != w.status {
					t.Errorf("GL1 %s (%s), want %s", gl.Status, gl.Reason, w.status)
				}
				if w.clause != "" && (len(gl.Evidence) == 0 || gl.Evidence[0].Clause != w.clause) {
					t.Errorf("GL1 evidence %+v, want clause %s", gl.Evidence, w.clause)
				}
				// the embedded checks give the same verdicts with the
				// example's vocabulary added
				status := map[string]report.Status{}
				for _, f := range with.Findings {
					status[f.ID] = f.Status
				}
				for _, f := range without.Findings {
					if status[f.ID] != f.Status {
						t.Errorf("%s: %s with the example, %s without", f.ID, status[f.ID], f.Status)
					}
				}
			})
		}
	}
}

// TestGoverningLawUnitTests: the example's Rego unit tests pass.
func TestGoverningLawUnitTests(t *testing.T) {
	var out bytes.Buffer
	err := app.PoliciesTest(context.Background(), app.PoliciesTestOptions{Dirs: []string{"governing-law/policies"}, NoEmbedded: true}, &out)
	if err != nil || !strings.Contains(out.String(), "PASS") {
		t.Fatalf("%v\n%s", err, out.String())
	}
}

// TestGoverningLawInput: the statements the policy reads carry the
// example's concepts, as `clausecheck check --format input` shows them.
func TestGoverningLawInput(t *testing.T) {
	var out bytes.Buffer
	opt := app.CheckOptions{Paths: []string{"../fixtures/drafts/vendor-paper-addendum.md"}, Format: "input",
		Playbook: app.Playbook{RulesDir: "governing-law/rules", PolicyDirs: []string{"governing-law/policies"}}}
	if err := app.Check(context.Background(), opt, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	var in struct {
		Schema     string `json:"schema"`
		Statements []struct {
			Clause   string   `json:"clause"`
			Concepts []string `json:"concepts"`
		} `json:"statements"`
	}
	if err := json.Unmarshal(out.Bytes(), &in); err != nil {
		t.Fatal(err)
	}
	if in.Schema != "clausecheck/input/v2" {
		t.Errorf("schema %q", in.Schema)
	}
	for _, s := range in.Statements {
		if s.Clause == "8.2" && strings.Contains(strings.Join(s.Concepts, " "), "governing_law") && strings.Contains(strings.Join(s.Concepts, " "), "named_jurisdiction") {
			return
		}
	}
	t.Error("clause 8.2 has no statement with governing_law and named_jurisdiction")
}

func checkJSON(t *testing.T, path string, pb app.Playbook) report.DocumentReport {
	t.Helper()
	var out bytes.Buffer
	pb.FailOn = "none"
	if err := app.Check(context.Background(), app.CheckOptions{Paths: []string{path}, Format: "json", Playbook: pb}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	var rep report.Report
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	return rep.Documents[0]
}
