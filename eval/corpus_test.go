package eval

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/clausecheck/clausecheck/check"
	"github.com/clausecheck/clausecheck/extract"
	"github.com/clausecheck/clausecheck/report"
)

// corpusDirs are the AI providers' terms of the shared corpus.
var corpusDirs = []string{"anthropic", "openai", "xai-enterprise-terms", "mistral-commercial-terms", "aws-service-terms", "commonpaper-csa"}

// corpusWant is what a reader of each document finds about training on
// customer content (C4): "excluded" when the terms promise not to train
// on it, "allowed" when they let the provider use it to train or improve
// models, "both" when they do both (the verdict is then a conflict, and the
// promise must still be found by the analyser). Files not listed are only
// reported.
var corpusWant = map[string]string{
	"anthropic-commercial-terms-2025-06-17-capture-2025-11-11.md": "excluded",
	"anthropic-commercial-terms-2025-06-17-capture-2026-03-11.md": "excluded",
	"openai-services-agreement-2025-05-31.md":                     "excluded",
	"openai-services-agreement-2025-12-01.md":                     "excluded",
	// API content excluded, non-API content may be used to improve: both.
	"openai-terms-of-use-2023-03-14.md": "both",
	// §1.6: "Customer Content may be used to develop, train, or enhance … models"
	"csa-v2.0.md": "allowed",
	"csa-v2.1.md": "allowed",
}

func sharedDir(t *testing.T) string {
	d := filepath.Join("..", "..", "shared")
	if _, err := os.Stat(filepath.Join(d, "corpus")); err != nil {
		t.Skip("shared corpus not present")
	}
	return d
}

// TestCorpus checks the providers' public terms: no-training promises must
// be found (C4 at least partial, with the promise as evidence) and clauses
// allowing training must come out as conflicts. It prints a table.
func TestCorpus(t *testing.T) {
	root := filepath.Join(sharedDir(t), "corpus")
	ctx := context.Background()
	eng, err := check.New(ctx, check.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var rows []string
	for _, dir := range corpusDirs {
		files, _ := filepath.Glob(filepath.Join(root, dir, "*.md"))
		sort.Strings(files)
		for _, f := range files {
			doc, err := extract.File(f)
			if err != nil {
				t.Errorf("%s: %v", f, err)
				continue
			}
			dr, err := eng.Check(ctx, doc, nil)
			if err != nil {
				t.Errorf("%s: %v", f, err)
				continue
			}
			var c4 report.Finding
			for _, fd := range dr.Findings {
				if fd.ID == "C4" {
					c4 = fd
				}
			}
			base := filepath.Base(f)
			ev := "-"
			if len(c4.Evidence) > 0 {
				ev = c4.Evidence[0].Clause + ": " + clip(c4.Evidence[0].Quote, 90)
			}
			rows = append(rows, fmt.Sprintf("| %s | %d | %s | %s | %s |", base, len(doc.Clauses), c4.Status, clip(c4.Reason, 70), ev))
			want := corpusWant[base]
			if want == "excluded" || want == "both" {
				found := false
				for _, f := range eng.Input(doc, nil).Frames.Training {
					if f.InForce && f.Effect == "exclusion" {
						found = true
					}
				}
				if !found {
					t.Errorf("%s: the no-training promise was not found", base)
				}
			}
			if strings.HasPrefix(base, "aws-service-terms") {
				// only Amazon Bedrock's section or the terms for all services
				// may speak for Bedrock: never another service's content use
				for _, e := range c4.Evidence {
					if !strings.HasPrefix(e.Clause, "1.") && !strings.HasPrefix(e.Clause, "50.12") {
						t.Errorf("%s: C4 cites %s, which is not about Amazon Bedrock or all services: %q", base, e.Clause, clip(e.Quote, 80))
					}
				}
			}
			switch want {
			case "both", "allowed":
				if c4.Status != report.Conflict {
					t.Errorf("%s: C4 %s (%s), want conflict", base, c4.Status, c4.Reason)
				}
			case "excluded":
				if c4.Status != report.Partial && c4.Status != report.Met {
					t.Errorf("%s: C4 %s (%s), want the no-training promise found", base, c4.Status, c4.Reason)
				} else if !evidenceMentions(c4, "train", "improve", "develop") {
					t.Errorf("%s: C4 evidence does not quote the training promise: %+v", base, c4.Evidence)
				}
			}
		}
	}
	t.Log("\n| file | clauses | C4 | reason | evidence |\n|---|---|---|---|---|\n" + strings.Join(rows, "\n"))
}

func evidenceMentions(f report.Finding, words ...string) bool {
	for _, e := range f.Evidence {
		q := strings.ToLower(e.Quote)
		for _, w := range words {
			if strings.Contains(q, w) {
				return true
			}
		}
	}
	return false
}

func clip(s string, n int) string {
	s = strings.ReplaceAll(s, "|", "/")
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8Start(s[n]) {
		n--
	}
	return s[:n] + "…"
}

func utf8Start(b byte) bool { return b&0xC0 != 0x80 }

// TestCorpusRenderingsAgree checks a real agreement shipped both as text and
// as PDF (the CUAD IBM hosting agreement): every check gets the same verdict
// from both renderings.
func TestCorpusRenderingsAgree(t *testing.T) {
	root := filepath.Join(sharedDir(t), "corpus", "cuad-edgar-hosting")
	ctx := context.Background()
	eng, err := check.New(ctx, check.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"cuad-ibm-quantumgroup-hosting-agreement-2009", "cuad-egain-webhelp-hosting-agreement-2000"} {
		got := map[string]map[string]report.Status{}
		for _, ext := range []string{".txt", ".pdf"} {
			doc, err := extract.File(filepath.Join(root, name+ext))
			if err != nil {
				t.Fatalf("%s%s: %v", name, ext, err)
			}
			dr, err := eng.Check(ctx, doc, nil)
			if err != nil {
				t.Fatal(err)
			}
			got[ext] = map[string]report.Status{}
			for _, f := range dr.Findings {
				got[ext][f.ID] = f.Status
			}
		}
		for _, id := range Checks {
			if got[".txt"][id] != got[".pdf"][id] {
				t.Errorf("%s %s: text %s, PDF %s", name, id, got[".txt"][id], got[".pdf"][id])
			}
		}
	}
}
