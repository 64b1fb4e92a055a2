package app

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestJobsSameReport checks a batch on one worker and on several: the
// reports (JSON and text, with the batch summary on stderr) are the same
// bytes, also with an unreadable draft in the middle, drafts under a
// config with waivers (one of which matches nothing) and drafts under a
// config that is broken.
func TestJobsSameReport(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, name := range []string{"strong-deal-addendum.md", "bedrock-edp-addendum.md"} {
		b, err := os.ReadFile(filepath.Join("..", "fixtures", "drafts", name))
		if err != nil {
			t.Fatal(err)
		}
		write("a/"+name, string(b))
		write("c/"+name, string(b))
	}
	write("b/empty.txt", "")
	cfg := "waivers:\n"
	for _, c := range []string{"C1", "C2", "C3", "C4", "C5", "C6"} {
		cfg += "  - {check: " + c + ", path: \"*.md\", reason: waived for the test}\n"
	}
	write("a/.clausecheck.yaml", cfg+"  - {check: L1, path: \"none/*.pdf\", reason: matches nothing}\n")
	write("c/weak.txt", "1. Scope\n1.1 Customer may use Amazon Bedrock under this Addendum.\n")
	write("d/.clausecheck.yaml", "treshold: 1\n")
	write("d/weak.txt", "1. Scope\n1.1 Customer may use Amazon Bedrock under this Addendum.\n")
	for _, format := range []string{"json", "text"} {
		var want, wantErr string
		for _, jobs := range []int{1, 2, 5} {
			var out, errOut bytes.Buffer
			err := Check(context.Background(), CheckOptions{Paths: []string{dir}, Format: format, Jobs: jobs}, &out, &errOut)
			if err == nil || !strings.Contains(err.Error(), "could not be checked") {
				t.Fatalf("jobs %d: err = %v, want the drafts not checked named", jobs, err)
			}
			if jobs == 1 {
				want, wantErr = out.String(), errOut.String()
				for _, s := range []string{"empty.txt", "treshold", "waived for the test", "matched no finding", "weak.txt"} {
					if !strings.Contains(want+wantErr, s) {
						t.Fatalf("the %s report does not say %q:\n%s", format, s, want)
					}
				}
				continue
			}
			if out.String() != want || errOut.String() != wantErr {
				t.Errorf("%s report with --jobs %d differs from --jobs 1", format, jobs)
			}
		}
	}
}
