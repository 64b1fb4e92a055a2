package main

import (
	"bytes"
	"context"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/cobra"

	"github.com/clausecheck/clausecheck/app"
)

func TestColorMode(t *testing.T) {
	cases := []struct {
		mode string
		env  map[string]string
		tty  bool
		want bool
	}{
		{"auto", nil, true, true},
		{"auto", nil, false, false},
		{"", nil, true, true},
		{"auto", map[string]string{"NO_COLOR": "1"}, true, false},
		{"auto", map[string]string{"NO_COLOR": "1", "FORCE_COLOR": "1"}, true, false},
		{"auto", map[string]string{"FORCE_COLOR": "1"}, false, true},
		{"auto", map[string]string{"FORCE_COLOR": "0"}, false, false},
		{"auto", map[string]string{"FORCE_COLOR": "false"}, true, true},
		{"auto", map[string]string{"TERM": "dumb"}, true, false},
		{"auto", map[string]string{"TERM": "dumb", "FORCE_COLOR": "1"}, true, true},
		{"always", map[string]string{"NO_COLOR": "1", "TERM": "dumb"}, false, true},
		{"never", map[string]string{"FORCE_COLOR": "1"}, true, false},
	}
	for _, c := range cases {
		got, err := colorMode(c.mode, func(k string) string { return c.env[k] }, c.tty)
		if err != nil || got != c.want {
			t.Errorf("colorMode(%q, %v, tty %v) = %v, %v; want %v", c.mode, c.env, c.tty, got, err, c.want)
		}
	}
	if _, err := colorMode("yes", func(string) string { return "" }, true); app.ExitCode(err) != 2 {
		t.Errorf("--color yes: %v, want a usage error", err)
	}
}

// The progress line is drawn only when asked (stderr a terminal) and only
// for a batch; it is cleared before the summary line.
func TestProgressLine(t *testing.T) {
	drafts := []string{filepath.Join("..", "..", "fixtures", "drafts", "strong-deal-addendum.md"), filepath.Join("..", "..", "fixtures", "drafts", "strong-deal-addendum.txt")}
	run := func(progress bool, paths []string) string {
		var stderr bytes.Buffer
		err := app.Check(context.Background(), app.CheckOptions{Paths: paths, Progress: progress}, io.Discard, &stderr)
		if err != nil {
			t.Fatal(err)
		}
		return stderr.String()
	}
	got := run(true, drafts)
	if !strings.Contains(got, "\r\x1b[K[1/2] ") || !strings.Contains(got, "\r\x1b[K[2/2] ") || !strings.HasSuffix(got, "\r\x1b[K2 drafts: 2 passed, 0 failed\n") {
		t.Errorf("progress on a terminal: %q", got)
	}
	if got := run(false, drafts); got != "2 drafts: 2 passed, 0 failed\n" {
		t.Errorf("no terminal: %q", got)
	}
	if got := run(true, drafts[:1]); got != "" {
		t.Errorf("one draft: %q", got)
	}
	// the CLI asks for it only when stderr is a terminal (here a buffer)
	out, _ := execCLI(append([]string{"check"}, drafts...))
	if strings.Contains(out, "\r") {
		t.Errorf("progress drawn on a buffer: %q", out)
	}
	// on one screen, the summary closes the batch: it comes after the reports
	if !strings.HasSuffix(out, "\n2 drafts: 2 passed, 0 failed\n") || !strings.HasPrefix(out, drafts[0]) {
		t.Errorf("the summary is not the last line:\n%s", out)
	}
}

// Every command's help shows examples.
func TestHelpHasExamples(t *testing.T) {
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		if c.Name() == "completion" || c.Name() == "help" {
			return
		}
		if strings.TrimSpace(c.Example) == "" {
			t.Errorf("%s: no examples in its help", c.CommandPath())
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(newRootCmd())
	out, err := execCLI([]string{"check", "--help"})
	if err != nil || !strings.Contains(out, "Examples:\n  clausecheck check ") {
		t.Errorf("check --help: %v\n%s", err, out)
	}
}

// The shell completes flag values.
func TestFlagValueCompletion(t *testing.T) {
	cases := map[string][]string{
		"check --format":   {"sarif", "junit", "github", "input"},
		"check --fail-on":  {"critical", "warning", "none"},
		"check --color":    {"auto", "always", "never"},
		"diff --format":    {"html"},
		"extract --format": {"json", "text"},
	}
	for line, want := range cases {
		out, err := execCLI(append(append([]string{"__complete"}, strings.Fields(line)...), ""))
		if err != nil {
			t.Fatalf("%s: %v", line, err)
		}
		for _, w := range want {
			if !strings.Contains(out, "\n"+w+"\n") && !strings.HasPrefix(out, w+"\n") {
				t.Errorf("%s: %q not offered:\n%s", line, w, out)
			}
		}
	}
}
