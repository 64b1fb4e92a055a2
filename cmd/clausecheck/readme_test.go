package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/clausecheck/clausecheck/app"
	"github.com/clausecheck/clausecheck/rules"
)

// TestReadmeQuickstart keeps the README's front door true: the output shown
// under its quick-start command is what the command prints today. With -u
// the README block is rewritten.
func TestReadmeQuickstart(t *testing.T) {
	t.Chdir("../..")
	var out bytes.Buffer
	err := app.Check(context.Background(), app.CheckOptions{Paths: []string{"fixtures/drafts/bedrock-edp-addendum.md"}}, &out, io.Discard)
	if !errors.Is(err, app.ErrGateFailed) {
		t.Fatalf("the quick-start draft should fail the gate (exit 1), got %v", err)
	}
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	const begin, end = "<!-- quickstart:begin", "<!-- quickstart:end -->"
	s := string(readme)
	i, j := strings.Index(s, begin), strings.Index(s, end)
	if i < 0 || j < i {
		t.Fatal("README has no quickstart block")
	}
	i += strings.Index(s[i:], "\n") + 1
	want := "```\n" + out.String() + "```\n"
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
