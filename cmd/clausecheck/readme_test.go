package main

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/clausecheck/clausecheck/app"
	"github.com/clausecheck/clausecheck/rules"
)

// TestReadmeQuickstart keeps the README's front door true: its first
// command checks a draft that passes and one that fails (exit 1), the
// output shown under it is what a terminal shows today (the reports, then
// the batch's summary and the error on standard error, then go run's exit
// status), and make run checks the same drafts. With -u the README block is
// rewritten.
func TestReadmeQuickstart(t *testing.T) {
	t.Chdir("../..")
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	s := string(readme)
	const run = "go run ./cmd/clausecheck "
	i := strings.Index(s, "\n"+run)
	if i < 0 {
		t.Fatal("README has no quick-start command")
	}
	line := s[i+1+len(run):]
	line, _, _ = strings.Cut(line[:strings.Index(line, "\n")], "#")
	args := strings.Fields(line)
	out, err := execCLI(args)
	if app.ExitCode(err) != 1 || !strings.Contains(out, "  PASS  (") || !strings.Contains(out, "  FAIL  (") {
		t.Fatalf("the quick start should show a pass and a fail and exit 1, got %v:\n%s", err, out)
	}
	want := "```\n" + out + "clausecheck: " + err.Error() + "\nexit status 1\n```\n"
	makefile, err := os.ReadFile("Makefile")
	if err != nil {
		t.Fatal(err)
	}
	if m := regexp.MustCompile(`(?m)^DRAFT\s*\?=\s*(.*)$`).FindSubmatch(makefile); m == nil || strings.Join(strings.Fields(string(m[1])), " ") != strings.Join(args[1:], " ") {
		t.Errorf("make run does not check the quick start's drafts %v (Makefile: %q)", args[1:], m)
	}
	const begin, end = "<!-- quickstart:begin", "<!-- quickstart:end -->"
	i, j := strings.Index(s, begin), strings.Index(s, end)
	if i < 0 || j < i {
		t.Fatal("README has no quickstart block")
	}
	i += strings.Index(s[i:], "\n") + 1
	if s[i:j] == want {
		return
	}
	if *update {
		if err := os.WriteFile("README.md", []byte(s[:i]+want+s[j:]), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Errorf("README quick-start output is stale; run go test ./cmd/clausecheck -run Readme -u")
}

// TestReadmeConfigExample: the configuration shown in the README is valid.
func TestReadmeConfigExample(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	s := string(readme)
	i := strings.Index(s, "```yaml\n")
	if i < 0 {
		t.Fatal("README has no yaml example")
	}
	s = s[i+len("```yaml\n"):]
	block := s[:strings.Index(s, "```")]
	rs, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := rules.ParseConfig([]byte(block), rs); err != nil {
		t.Errorf("README config example: %v", err)
	}
}
