package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
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

// repoRoot is the root of this repository.
func repoRoot(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	return root
}

// ciRepo makes a repository of drafts as the sample workflow expects it:
// contracts/ with the given fixture drafts (NAME, or NAME=FIXTURE to copy
// a fixture under another name) and a .clausecheck.yaml.
func ciRepo(t *testing.T, drafts ...string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "contracts"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, d := range drafts {
		name, fixture, ok := strings.Cut(d, "=")
		if !ok {
			fixture = name
		}
		data := readFixture(t, "drafts/"+fixture)
		if err := os.WriteFile(filepath.Join(dir, "contracts", name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, ".clausecheck.yaml"), []byte("disabled: []\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// ghStep is a step of a workflow or of a composite action.
type ghStep struct {
	Name  string            `yaml:"name"`
	ID    string            `yaml:"id"`
	Uses  string            `yaml:"uses"`
	Run   string            `yaml:"run"`
	Shell string            `yaml:"shell"`
	If    string            `yaml:"if"`
	With  map[string]string `yaml:"with"`
	Env   map[string]string `yaml:"env"`
}

// ghAction is action.yml.
type ghAction struct {
	Name   string `yaml:"name"`
	Inputs map[string]struct {
		Description string `yaml:"description"`
		Default     string `yaml:"default"`
	} `yaml:"inputs"`
	Outputs map[string]struct {
		Value string `yaml:"value"`
	} `yaml:"outputs"`
	Runs struct {
		Using string   `yaml:"using"`
		Steps []ghStep `yaml:"steps"`
	} `yaml:"runs"`
}

// ghJob runs steps as a GitHub runner would, in a workspace directory:
// each run step is a bash script in a process of its own, with the
// runner's files ($GITHUB_PATH, $GITHUB_OUTPUT, $GITHUB_STEP_SUMMARY).
// Expressions are those of ctx only: one this harness does not know fails
// the test, so a workflow cannot name what the test does not run.
type ghJob struct {
	t         *testing.T
	workspace string
	temp      string // $RUNNER_TEMP
	summary   string // $GITHUB_STEP_SUMMARY
	path      []string
	ctx       map[string]string
	// lastOutput is what the last step wrote to $GITHUB_OUTPUT
	lastOutput string
}

func newJob(t *testing.T, workspace string, ctx map[string]string) *ghJob {
	temp := t.TempDir()
	return &ghJob{t: t, workspace: workspace, temp: temp, summary: filepath.Join(temp, "step-summary.md"), ctx: ctx}
}

var ghExpr = regexp.MustCompile(`\$\{\{\s*(.*?)\s*\}\}`)

// expand replaces the expressions of s.
func (j *ghJob) expand(s string, ctx map[string]string) string {
	j.t.Helper()
	return ghExpr.ReplaceAllStringFunc(s, func(m string) string {
		key := ghExpr.FindStringSubmatch(m)[1]
		v, ok := ctx[key]
		if !ok {
			j.t.Fatalf("expression %s: not known to the test harness", m)
		}
		return v
	})
}

// cond evaluates a step's if: the terms of a conjunction, each always(),
// success(), an equality on a known context value, or hashFiles('F') != ”.
func (j *ghJob) cond(expr string, failed bool) bool {
	j.t.Helper()
	if expr == "" {
		return !failed
	}
	always := false
	for _, term := range strings.Split(expr, "&&") {
		term = strings.TrimSpace(term)
		if term == "always()" {
			always = true
			continue
		}
		if m := regexp.MustCompile(`^hashFiles\('([^']+)'\) != ''$`).FindStringSubmatch(term); m != nil {
			if _, err := os.Stat(filepath.Join(j.workspace, m[1])); err != nil {
				return false
			}
			continue
		}
		if m := regexp.MustCompile(`^([a-z_.]+) == '([^']*)'$`).FindStringSubmatch(term); m != nil {
			v, ok := j.ctx[m[1]]
			if !ok {
				j.t.Fatalf("if: %s: %s is not known to the test harness", expr, m[1])
			}
			if v != m[2] {
				return false
			}
			continue
		}
		j.t.Fatalf("if: %s: the test harness does not evaluate %q", expr, term)
	}
	return always || !failed
}

// runScript runs a run step's script with bash, as the runner does for
// shell: bash; it returns the exit code and the output.
func (j *ghJob) runScript(script string, env map[string]string) (int, string) {
	j.t.Helper()
	output := filepath.Join(j.temp, "output")
	ghPath := filepath.Join(j.temp, "path")
	for _, f := range []string{output, ghPath} {
		if err := os.WriteFile(f, nil, 0o644); err != nil {
			j.t.Fatal(err)
		}
	}
	cmd := exec.Command("bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script)
	cmd.Dir = j.workspace
	cmd.Env = append(os.Environ(), "PATH="+strings.Join(append(append([]string{}, j.path...), os.Getenv("PATH")), string(os.PathListSeparator)),
		"RUNNER_TEMP="+j.temp, "GITHUB_WORKSPACE="+j.workspace, "GITHUB_OUTPUT="+output, "GITHUB_PATH="+ghPath,
		"GITHUB_STEP_SUMMARY="+j.summary, "GITHUB_ACTIONS=true", "NO_COLOR=1")
	for k, v := range env {
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	code, out := runProcess(j.t, cmd)
	// what the step added to $GITHUB_PATH comes first in the later steps'
	if data, err := os.ReadFile(ghPath); err == nil {
		for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
			if line != "" {
				j.path = append([]string{line}, j.path...)
			}
		}
	}
	j.lastOutput = ""
	if data, err := os.ReadFile(output); err == nil {
		j.lastOutput = string(data)
	}
	return code, out
}

// runProcess runs cmd: its exit code and its output.
func runProcess(t *testing.T, cmd *exec.Cmd) (int, string) {
	t.Helper()
	out, err := cmd.CombinedOutput()
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee):
		return ee.ExitCode(), string(out)
	case err != nil:
		t.Fatal(err)
	}
	return 0, string(out)
}

// outputsOf reads the NAME=VALUE lines a step wrote to $GITHUB_OUTPUT.
func outputsOf(s string) map[string]string {
	out := map[string]string{}
	for _, line := range strings.Split(s, "\n") {
		if k, v, ok := strings.Cut(line, "="); ok {
			out[k] = v
		}
	}
	return out
}

// loadAction reads the repository's action.yml.
func loadAction(t *testing.T) ghAction {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(repoRoot(t), "action.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var a ghAction
	if err := yaml.Unmarshal(data, &a); err != nil {
		t.Fatalf("action.yml: %v", err)
	}
	return a
}

// runAction runs action.yml's steps with the inputs given (the defaults
// for the others), as `uses:` in a workflow does: it returns the exit code
// of the step that ended it, its output and the action's outputs.
func (j *ghJob) runAction(with map[string]string) (int, string, map[string]string) {
	t := j.t
	t.Helper()
	a := loadAction(t)
	if a.Runs.Using != "composite" {
		t.Fatalf("action.yml runs using %q, want composite", a.Runs.Using)
	}
	ctx := map[string]string{"github.action_path": repoRoot(t), "github.action_ref": "v0.0.0-test"}
	for name, in := range a.Inputs {
		ctx["inputs."+name] = in.Default
	}
	for name, v := range with {
		if _, ok := a.Inputs[name]; !ok {
			t.Fatalf("with: %s is not an input of action.yml", name)
		}
		ctx["inputs."+name] = v
	}
	steps := map[string]map[string]string{}
	var all strings.Builder
	built := false
	for _, s := range a.Runs.Steps {
		switch {
		case strings.HasPrefix(s.Uses, "actions/setup-go@"):
			// the Go of the repository's go.mod, found in the action's checkout
			if f := j.expand(s.With["go-version-file"], ctx); f != filepath.Join(repoRoot(t), "go.mod") {
				t.Errorf("setup-go: go-version-file %q is not the action's go.mod", f)
			}
			// its cache would look for the action's go.sum in the
			// workspace, fail to find it and fail the step
			if s.With["cache"] != "false" {
				t.Errorf("setup-go: cache %q, want false", s.With["cache"])
			}
			continue
		case s.Uses != "":
			t.Fatalf("action step uses %s: not run by this test", s.Uses)
		case s.Shell != "bash":
			t.Fatalf("action step %q: shell %q, want bash (a composite run step must name its shell)", s.Name, s.Shell)
		case strings.Contains(s.Run, "${{"):
			t.Errorf("action step %q: an expression in the script itself; pass inputs through env", s.Name)
		}
		// an action is fetched without its git history: no VCS stamp
		env := map[string]string{"GITHUB_ACTION_PATH": repoRoot(t), "GOFLAGS": strings.TrimSpace(os.Getenv("GOFLAGS") + " -buildvcs=false")}
		for k, v := range s.Env {
			env[k] = j.expand(v, ctx)
		}
		code, out := j.runScript(s.Run, env)
		all.WriteString(out)
		if s.ID != "" {
			steps[s.ID] = outputsOf(j.lastOutput)
			for k, v := range steps[s.ID] {
				ctx["steps."+s.ID+".outputs."+k] = v
			}
		}
		if strings.Contains(s.Run, "go build") {
			built = true
		}
		if code != 0 {
			return code, all.String(), nil
		}
	}
	if !built {
		t.Error("action.yml builds no clausecheck")
	}
	outputs := map[string]string{}
	for name, o := range a.Outputs {
		outputs[name] = j.expand(o.Value, ctx)
	}
	return 0, all.String(), outputs
}

// TestAction runs action.yml as a workflow would: it builds clausecheck
// from this checkout (with the action's ref as its version) and runs the
// check with the inputs given; the inputs are data, never shell.
func TestAction(t *testing.T) {
	repo := ciRepo(t, "strong-deal-addendum.md", "bedrock-edp-addendum.md", "Vendor Draft #2 (v3).md=strong-deal-addendum.md")
	j := newJob(t, repo, map[string]string{})

	// two good drafts, one with an awkward name: the gate passes, the SARIF
	// log and the summary are written, nothing is annotated
	code, out, outputs := j.runAction(map[string]string{"paths": "contracts/strong-deal-addendum.md\ncontracts/Vendor Draft #2 (v3).md\n"})
	if code != 0 || strings.Contains(out, "::error") {
		t.Fatalf("good drafts: exit %d\n%s", code, out)
	}
	sarif, err := os.ReadFile(filepath.Join(repo, "clausecheck.sarif"))
	if err != nil {
		t.Fatal(err)
	}
	if err := sarifcheck.Validate(sarif); err != nil {
		t.Errorf("the action's SARIF: %v", err)
	}
	// the version the reports record is the action's ref
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct{ Version string }
			}
			Artifacts []struct {
				Location struct{ URI string }
			}
		}
	}
	if err := json.Unmarshal(sarif, &log); err != nil || log.Runs[0].Tool.Driver.Version != "v0.0.0-test" || len(log.Runs[0].Artifacts) != 2 {
		t.Errorf("SARIF driver %+v (%v): want version v0.0.0-test and two drafts", log.Runs, err)
	}
	if outputs["exit-code"] != "0" || outputs["sarif"] != "clausecheck.sarif" {
		t.Errorf("outputs %v", outputs)
	}
	if md, err := os.ReadFile(j.summary); err != nil || !strings.Contains(string(md), "## clausecheck: 2 of 2 drafts passed") {
		t.Errorf("job summary: %v\n%s", err, md)
	}

	// a directory, a stricter gate, a config, a JUnit report and more
	// arguments: the step fails with the command's exit code
	code, out, _ = j.runAction(map[string]string{"paths": "contracts/", "fail-on": "warning", "config": ".clausecheck.yaml", "junit": "junit.xml", "sarif": "", "args": "--max-pages 100"})
	if code != 1 || !strings.Contains(out, "::error file=contracts/bedrock-edp-addendum.md,line=") {
		t.Errorf("a draft failing the gate: exit %d\n%s", code, out)
	}
	if got := outputsOf(j.lastOutput)["exit-code"]; got != "1" {
		t.Errorf("exit-code output %q, want 1", got)
	}
	if junit, err := os.ReadFile(filepath.Join(repo, "junit.xml")); err != nil || !strings.Contains(string(junit), `<testsuites name="clausecheck" tests="39" failures="6"`) {
		t.Errorf("JUnit: %v\n%.300s", err, junit)
	}

	// the text report instead of annotations
	code, out, _ = j.runAction(map[string]string{"paths": "contracts/bedrock-edp-addendum.md", "annotations": "false", "sarif": ""})
	if code != 1 || !strings.Contains(out, "contracts/bedrock-edp-addendum.md  FAIL") {
		t.Errorf("annotations false: exit %d\n%s", code, out)
	}

	// an input is a path, not shell: nothing runs, the path is not found
	code, out, _ = j.runAction(map[string]string{"paths": "$(touch pwned)", "args": "`touch pwned2`"})
	if code != 2 || !strings.Contains(out, "3 drafts: 0 passed, 0 failed, 3 not checked") {
		t.Errorf("an odd path: exit %d\n%s", code, out)
	}
	for _, f := range []string{"pwned", "pwned2"} {
		if _, err := os.Stat(filepath.Join(repo, f)); err == nil {
			t.Errorf("an input ran as shell: %s exists", f)
		}
	}
}

// git runs git in dir.
func git(t *testing.T, dir string, args ...string) string {
	t.Helper()
	cmd := exec.Command("git", append([]string{"-c", "user.name=t", "-c", "user.email=t@example.invalid", "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"}, args...)...)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return strings.TrimSpace(string(out))
}

// TestSampleWorkflow runs docs/ci/github-workflow.yml as written, for a
// pull request in a repository of drafts: the check through the action
// (annotations, SARIF, job summary), the upload of the SARIF, and the
// diff of the drafts the pull request changed against the base branch,
// which fails on the critical check the pull request weakened. For a push
// the diff does not run.
func TestSampleWorkflow(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git on PATH: the workflow's diff step needs it")
	}
	data, err := os.ReadFile(filepath.Join(repoRoot(t), "docs", "ci", "github-workflow.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var wf struct {
		Jobs map[string]struct {
			Steps []ghStep `yaml:"steps"`
		} `yaml:"jobs"`
	}
	if err := yaml.Unmarshal(data, &wf); err != nil {
		t.Fatal(err)
	}
	if len(wf.Jobs) != 1 {
		t.Fatalf("%d jobs, want 1", len(wf.Jobs))
	}
	// the base branch: a good draft and the quick-start draft; the pull
	// request makes the good draft's Provisioned Throughput non-cancellable
	repo := ciRepo(t, "strong-deal-addendum.md", "bedrock-edp-addendum.md")
	git(t, repo, "init", "-q")
	git(t, repo, "add", ".")
	git(t, repo, "commit", "-q", "-m", "base")
	base := git(t, repo, "rev-parse", "HEAD")
	good := filepath.Join(repo, "contracts", "strong-deal-addendum.md")
	src, err := os.ReadFile(good)
	if err != nil {
		t.Fatal(err)
	}
	i, k := bytes.Index(src, []byte("3.4 Customer may cancel")), bytes.Index(src, []byte("3.5 A notice"))
	if i < 0 || k < i {
		t.Fatal("the good draft has no clause 3.4 to weaken")
	}
	weak := append(append(append([]byte{}, src[:i]...), "3.4 Provisioned Throughput commitments are non-cancellable and non-refundable.\n\n"...), src[k:]...)
	if err := os.WriteFile(good, weak, 0o644); err != nil {
		t.Fatal(err)
	}
	git(t, repo, "commit", "-q", "-am", "pull request")

	for _, event := range []string{"pull_request", "push"} {
		t.Run(event, func(t *testing.T) {
			for _, f := range []string{"clausecheck.sarif"} {
				os.Remove(filepath.Join(repo, f))
			}
			j := newJob(t, repo, map[string]string{"github.event_name": event, "github.event.pull_request.base.sha": base})
			ran := map[string]int{} // exit code by step
			failed := false
			for _, job := range wf.Jobs {
				for _, s := range job.Steps {
					if !j.cond(s.If, failed) {
						continue
					}
					code := 0
					out := ""
					switch {
					case strings.HasPrefix(s.Uses, "actions/checkout@"):
						// the repository is checked out, with its history
						if s.With["fetch-depth"] != "0" {
							t.Errorf("checkout: fetch-depth %q; the diff needs the base branch (0)", s.With["fetch-depth"])
						}
					case strings.HasPrefix(s.Uses, "clausecheck/clausecheck@"):
						with := map[string]string{}
						for k, v := range s.With {
							with[k] = j.expand(v, j.ctx)
						}
						code, out, _ = j.runAction(with)
						// the quick-start draft misses a critical clause: an
						// annotation on it, and the step fails
						if code != 1 || !strings.Contains(out, "::error file=contracts/bedrock-edp-addendum.md,title=C3") {
							t.Errorf("step %q: exit %d\n%s", s.Name, code, out)
						}
					case strings.HasPrefix(s.Uses, "github/codeql-action/upload-sarif@"):
						sarif, err := os.ReadFile(filepath.Join(repo, s.With["sarif_file"]))
						if err != nil {
							t.Errorf("upload: %v", err)
						} else if err := sarifcheck.Validate(sarif); err != nil {
							t.Errorf("the uploaded log is not valid SARIF 2.1.0: %v", err)
						}
					case s.Uses != "":
						t.Fatalf("step %q uses %s: not run by this test", s.Name, s.Uses)
					case strings.Contains(s.Run, "${{"):
						t.Errorf("step %q: an expression in the script itself; pass it through env", s.Name)
					default:
						if !strings.Contains(s.Run, "clausecheck ") {
							t.Errorf("step %q runs no clausecheck command", s.Name)
						}
						env := map[string]string{}
						for k, v := range s.Env {
							env[k] = j.expand(v, j.ctx)
						}
						code, out = j.runScript(s.Run, env)
						// the pull request weakened C3 in the good draft: the
						// step fails; the quick-start draft did not change
						if code != 1 {
							t.Errorf("step %q: exit %d, want 1 (a critical check regressed)\n%s", s.Name, code, out)
						}
					}
					ran[s.Name+s.Uses] = code
					failed = failed || code != 0
				}
			}
			md, err := os.ReadFile(j.summary)
			// the pull request's head: the weakened draft fails too
			if err != nil || !strings.Contains(string(md), "## clausecheck: 0 of 2 drafts passed") {
				t.Errorf("job summary: %v\n%s", err, md)
			}
			diffed := strings.Contains(string(md), "strong-deal-addendum.md")
			wantSteps := 3 // checkout, check, upload
			if event == "pull_request" {
				wantSteps = 4
				if !diffed || !regexp.MustCompile(`\| C3 [^|\n]* \| met → conflict \| \*\*▼ regressed`).Match(md) || strings.Contains(string(md), "base/contracts/bedrock-edp-addendum.md") {
					t.Errorf("the diff of the changed draft is not in the summary, or an unchanged draft was diffed:\n%s", md)
				}
			}
			if len(ran) != wantSteps {
				t.Errorf("%d steps ran, want %d: %v", len(ran), wantSteps, ran)
			}
		})
	}
}

// TestPreCommitHook runs the hook as pre-commit does: on the staged files
// its pattern selects, the entry with the files appended, as a process.
// The commit is refused (exit 1) for a draft that fails the gate. With
// language golang, pre-commit builds the hook with go install from the
// repository's root: the entry must be a command this module builds.
func TestPreCommitHook(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(repoRoot(t), ".pre-commit-hooks.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var hooks []struct {
		ID       string `yaml:"id"`
		Entry    string `yaml:"entry"`
		Language string `yaml:"language"`
		Files    string `yaml:"files"`
	}
	if err := yaml.Unmarshal(data, &hooks); err != nil || len(hooks) != 1 {
		t.Fatalf("hooks %v: %v", hooks, err)
	}
	h := hooks[0]
	entry := strings.Fields(h.Entry)
	if h.Language != "golang" || entry[0] != "clausecheck" {
		t.Fatalf("hook: language %q, entry %q", h.Language, h.Entry)
	}
	if _, err := os.Stat(filepath.Join(repoRoot(t), "cmd", entry[0], "main.go")); err != nil {
		t.Errorf("go install ./... builds no %s: %v", entry[0], err)
	}
	files := regexp.MustCompile(h.Files)
	repo := ciRepo(t, "strong-deal-addendum.md", "bedrock-edp-addendum.md")
	for _, c := range []struct {
		staged []string
		code   int
	}{
		{[]string{"contracts/strong-deal-addendum.md", "notes.yaml", "contracts/logo.png"}, 0},
		{[]string{"contracts/bedrock-edp-addendum.md", "contracts/strong-deal-addendum.md"}, 1},
	} {
		var selected []string
		for _, f := range c.staged {
			if files.MatchString(f) {
				selected = append(selected, f)
			}
		}
		if len(selected) == 0 || len(selected) == len(c.staged) && c.code == 0 {
			t.Fatalf("files %q selects %v of %v", h.Files, selected, c.staged)
		}
		cmd := exec.Command(entry[0], append(entry[1:], selected...)...)
		cmd.Dir = repo
		cmd.Env = append(os.Environ(), "NO_COLOR=1")
		code, out := runProcess(t, cmd)
		if code != c.code {
			t.Errorf("hook on %v: exit %d, want %d\n%s", selected, code, c.code, out)
		}
	}
}
