// Package examples holds worked examples of a playbook of one's own; its
// tests run them, as a user would, on the bundled drafts.
package examples

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"regexp"
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

// TestPolicyWalkthrough follows "Your first check, step by step" in
// policies/README.md as a new user would, with nothing but what it shows:
// the scaffold command, then the files as the README gives them, then the
// unit tests and the check on the bundled drafts, whose verdicts are those
// the README states.
func TestPolicyWalkthrough(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "policies", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	doc := string(data)
	dir := t.TempDir()

	// 1. the scaffold command, as written
	line := regexp.MustCompile(`(?m)^\s*clausecheck policies new (.*)$`).FindStringSubmatch(doc)
	if line == nil {
		t.Fatal("the walkthrough has no policies new command")
	}
	opt := app.PoliciesNewOptions{Dir: dir}
	words := regexp.MustCompile(`"[^"]*"|\S+`).FindAllString(line[1], -1)
	for i := 0; i < len(words); i++ {
		w := strings.Trim(words[i], `"`)
		switch {
		case i == 0:
			opt.ID = w
		case i+1 < len(words) && w == "--title":
			i++
			opt.Title = strings.Trim(words[i], `"`)
		case i+1 < len(words) && w == "--topic":
			i++
			opt.Topic = strings.Trim(words[i], `"`)
		case i+1 < len(words) && w == "--phrase":
			i++
			opt.Phrases = append(opt.Phrases, strings.Trim(words[i], `"`))
		default:
			t.Fatalf("the walkthrough's policies new has an argument this test does not know: %s", w)
		}
	}
	var out bytes.Buffer
	if err := app.PoliciesNew(opt, &out); err != nil {
		t.Fatal(err)
	}

	// 2-4. the files, as the README gives them, over what the scaffold wrote
	blocks := regexp.MustCompile("(?s)<!-- walkthrough: (\\S+) -->\\s*\\n( *)```[a-z]*\\n(.*?)\\n *```").FindAllStringSubmatch(doc, -1)
	if len(blocks) != 3 {
		t.Fatalf("%d walkthrough files in the README, want 3", len(blocks))
	}
	for _, b := range blocks {
		name, indent, body := b[1], b[2], b[3]
		path := filepath.Join(dir, filepath.FromSlash(name))
		if _, err := os.Stat(path); err != nil {
			t.Errorf("the scaffold wrote no %s (it wrote: %s)", name, out.String())
		}
		var lines []string
		for _, l := range strings.Split(body, "\n") {
			lines = append(lines, strings.TrimPrefix(l, indent))
		}
		if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}

	// 5. the unit tests pass, and the verdicts are those the README states
	pb := app.Playbook{RulesDir: filepath.Join(dir, "rules"), PolicyDirs: []string{filepath.Join(dir, "policies")}}
	out.Reset()
	if err := app.PoliciesTest(context.Background(), app.PoliciesTestOptions{Dirs: pb.PolicyDirs}, &out); err != nil {
		t.Fatalf("policies test: %v\n%s", err, out.String())
	}
	dp1 := func(path string, pb app.Playbook) report.Finding {
		t.Helper()
		for _, f := range checkJSON(t, path, pb).Findings {
			if f.ID == "DP1" {
				return f
			}
		}
		t.Fatalf("%s: no DP1 finding", path)
		return report.Finding{}
	}
	strong := filepath.Join("..", "fixtures", "drafts", "strong-deal-addendum.md")
	if f := dp1(strong, pb); f.Status != report.Met || len(f.Evidence) == 0 || f.Evidence[0].Clause != "7.3" || f.Facts["deletion_days"] != float64(30) {
		t.Errorf("strong-deal-addendum: %s %v %+v, want met on 7.3 with 30 days", f.Status, f.Facts, f.Evidence)
	}
	if f := dp1(filepath.Join("..", "fixtures", "drafts", "bedrock-edp-addendum.md"), pb); f.Status != report.Missing {
		t.Errorf("bedrock-edp-addendum: %s, want missing", f.Status)
	}
	// a config's threshold reaches the policy
	cfg := filepath.Join(dir, "strict.yaml")
	if err := os.WriteFile(cfg, []byte("thresholds:\n  deletion_days: 20\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	strict := pb
	strict.ConfigPath = cfg
	if f := dp1(strong, strict); f.Status != report.Partial {
		t.Errorf("strong-deal-addendum with deletion_days 20: %s, want partial", f.Status)
	}
	// without its rules, the topic is unknown and the check says missing
	if f := dp1(strong, app.Playbook{PolicyDirs: pb.PolicyDirs}); f.Status != report.Missing {
		t.Errorf("without --rules: %s, want missing (as the README warns)", f.Status)
	}
}
