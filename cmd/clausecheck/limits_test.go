package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/clausecheck/clausecheck/app"
)

// TestLimitFlags: each command takes the limit flags; a draft over a
// limit is exit 2 naming the limit and the file, and the flag raises it.
func TestLimitFlags(t *testing.T) {
	dir := t.TempDir()
	draft := filepath.Join(dir, "d.md")
	if err := os.WriteFile(draft, []byte("# Terms\n\n1. Fees\n\nThe fees are due.\n\n2. Term\n\nThe term is one year.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"extract", "--max-clauses", "1", draft}, 2, "max-clauses"},
		{[]string{"extract", "--max-clauses", "100", draft}, 0, ""},
		{[]string{"check", "--fail-on", "none", "--max-clause-bytes", "5", draft}, 2, "max-clause-bytes"},
		{[]string{"check", "--fail-on", "none", draft}, 0, ""},
		{[]string{"diff", "--no-compliance", "--max-bytes", "10", draft, draft}, 2, "max-bytes"},
		{[]string{"policies", "input", "--max-text-bytes", "10", draft}, 2, "max-text-bytes"},
		{[]string{"extract", "--max-time", "1ns", draft}, 2, "max-time"},
		// the limits of one run do not stay for the next
		{[]string{"extract", draft}, 0, ""},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.args[:len(tc.args)-1], " "), func(t *testing.T) {
			_, err := execCLI(tc.args)
			if code := app.ExitCode(err); code != tc.code {
				t.Fatalf("exit %d, want %d (err: %v)", code, tc.code, err)
			}
			if tc.code == 2 && (!strings.Contains(err.Error(), tc.msg) || !strings.Contains(err.Error(), "d.md")) {
				t.Errorf("message %q does not name %s and d.md", err, tc.msg)
			}
		})
	}
}
