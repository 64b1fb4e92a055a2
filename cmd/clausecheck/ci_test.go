package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/clausecheck/clausecheck/app"
	"github.com/clausecheck/clausecheck/internal/sarifcheck"
)

// execCLI runs the command line in-process: its output and its error.
func execCLI(args []string) (string, error) {
	var out bytes.Buffer
	root := newRootCmd()
	root.SetArgs(args)
	root.SetOut(&out)
	root.SetErr(&out)
	root.SetContext(context.Background())
	err := root.Execute()
	if sarifcheck.Looks(out.Bytes()) {
		// every SARIF log the tests print must be valid
		if verr := sarifcheck.Validate(out.Bytes()); verr != nil {
			panic(fmt.Sprintf("clausecheck %s printed SARIF that is not valid: %v", strings.Join(args, " "), verr))
		}
	}
	return out.String(), err
}

// runCLI runs the command line in-process and returns its exit code.
func runCLI(t *testing.T, args []string) (int, string) {
	t.Helper()
	out, err := execCLI(args)
	return app.ExitCode(err), out
}

// ciRepo makes a repository of drafts as the sample workflow expects it:
// contracts/ with the given fixture drafts and a .clausecheck.yaml.
func ciRepo(t *testing.T, drafts ...string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "contracts"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, d := range drafts {
		data := readFixture(t, "drafts/"+d)
		if err := os.WriteFile(filepath.Join(dir, "contracts", d), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, ".clausecheck.yaml"), []byte("disabled: []\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestSampleWorkflow runs the clausecheck steps of docs/ci/github-workflow.yml
// as written, in a repository of drafts: annotations, a SARIF log and a job
// summary, from one run.
func TestSampleWorkflow(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "docs", "ci", "github-workflow.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var wf struct {
		Jobs map[string]struct {
			Steps []struct {
				Name string `yaml:"name"`
				Run  string `yaml:"run"`
				Uses string `yaml:"uses"`
				If   string `yaml:"if"`
				With struct {
					SARIFFile string `yaml:"sarif_file"`
				} `yaml:"with"`
			} `yaml:"steps"`
		} `yaml:"jobs"`
	}
	if err := yaml.Unmarshal(data, &wf); err != nil {
		t.Fatal(err)
	}
	repo := ciRepo(t, "strong-deal-addendum.md", "bedrock-edp-addendum.md")
	t.Chdir(repo)
	summary := filepath.Join(repo, "summary.md")
	t.Setenv("GITHUB_STEP_SUMMARY", summary)
	ran, uploaded := 0, 0
	for _, job := range wf.Jobs {
		for _, step := range job.Steps {
			if strings.HasPrefix(step.Uses, "github/codeql-action/upload-sarif") {
				// the upload runs after a failed check too, on the file it wrote
				uploaded++
				sarif, err := os.ReadFile(step.With.SARIFFile)
				if step.If != "always()" || err != nil {
					t.Errorf("upload step: if %q, %v", step.If, err)
				} else if err := sarifcheck.Validate(sarif); err != nil {
					t.Errorf("the uploaded log is not valid SARIF 2.1.0: %v", err)
				}
				continue
			}
			if !strings.HasPrefix(step.Run, "clausecheck ") {
				continue
			}
			ran++
			code, out := runCLI(t, strings.Fields(strings.TrimPrefix(step.Run, "clausecheck ")))
			if step.Name != "check" {
				t.Errorf("step %q is not exercised by this test", step.Name)
				continue
			}
			// the bundled draft misses a critical clause: the step fails,
			// with an annotation on it
			if code != 1 || !strings.Contains(out, "::error file=contracts/bedrock-edp-addendum.md,title=C3") {
				t.Errorf("annotations: exit %d\n%s", code, out)
			}
			var v map[string]any
			if sarif, err := os.ReadFile("clausecheck.sarif"); err != nil || json.Unmarshal(sarif, &v) != nil || v["version"] != "2.1.0" {
				t.Errorf("SARIF: %v", err)
			}
			md, err := os.ReadFile(summary)
			if err != nil || !strings.Contains(string(md), "## clausecheck: 1 of 2 drafts passed") {
				t.Errorf("job summary: %v\n%s", err, md)
			}
		}
	}
	if ran != 1 || uploaded != 1 {
		t.Errorf("%d clausecheck steps and %d uploads run, want 1 and 1", ran, uploaded)
	}
}

// TestPreCommitHook runs the hook's entry on the files a commit touches:
// the commit is refused for a draft that fails the gate.
func TestPreCommitHook(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", ".pre-commit-hooks.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var hooks []struct {
		ID    string `yaml:"id"`
		Entry string `yaml:"entry"`
		Files string `yaml:"files"`
	}
	if err := yaml.Unmarshal(data, &hooks); err != nil || len(hooks) != 1 {
		t.Fatalf("hooks %v: %v", hooks, err)
	}
	repo := ciRepo(t, "strong-deal-addendum.md", "bedrock-edp-addendum.md")
	t.Chdir(repo)
	entry := strings.Fields(strings.TrimPrefix(hooks[0].Entry, "clausecheck "))
	if code, out := runCLI(t, append(entry, "contracts/strong-deal-addendum.md")); code != 0 {
		t.Errorf("a good draft: exit %d\n%s", code, out)
	}
	if code, _ := runCLI(t, append(entry, "contracts/bedrock-edp-addendum.md")); code != 1 {
		t.Errorf("a draft missing a critical clause: exit %d, want 1", code)
	}
}
