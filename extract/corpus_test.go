package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/clausecheck/clausecheck/document"
)

// sharedDir is ../shared beside the checkout; tests that need it skip when
// it is absent.
func sharedDir(t testing.TB) string {
	t.Helper()
	d := filepath.Join(root, "..", "shared")
	if _, err := os.Stat(filepath.Join(d, "corpus")); err != nil {
		t.Skip("../shared/corpus not present")
	}
	return d
}

// TestCorpusExtracts: every real contract in the shared corpus extracts
// without error, with sound offsets.
func TestCorpusExtracts(t *testing.T) {
	dir := filepath.Join(sharedDir(t), "corpus")
	var files []string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && filepath.Base(p) != "SOURCES.md" {
			files = append(files, p)
		}
		return nil
	})
	if len(files) < 10 {
		t.Fatalf("only %d corpus files", len(files))
	}
	for _, f := range files {
		rel, _ := filepath.Rel(dir, f)
		t.Run(rel, func(t *testing.T) {
			doc, err := File(f)
			if err != nil {
				t.Fatal(err)
			}
			if len(doc.Clauses) < 3 {
				t.Errorf("only %d clauses", len(doc.Clauses))
			}
			checkInvariants(t, doc)
		})
	}
}

var (
	reWordF1    = regexp.MustCompile(`[\p{L}\p{N}]+`)
	reCUADPage  = regexp.MustCompile(`(?i)^\s*(page \d+( of \d+)?|-?\s*\d+\s*-?|source:.*)\s*$`)
	reMDSyntax  = regexp.MustCompile(`(?m)^\s*(#{1,6}\s+|[-*+]\s+|>\s*)`)
	reMDTableSp = regexp.MustCompile(`(?m)^\s*\|?\s*:?-{2,}.*$`)
)

// fidelity is the word-level F1 of the extracted clause text against the
// source text (bags of words, case-folded; end-of-line hyphenation of the
// source rejoined the same way as ours).
func fidelity(doc *document.Document, truth string) (p, r, f1 float64) {
	var got strings.Builder
	for _, c := range doc.Clauses {
		got.WriteString(c.Number + " " + c.Heading + "\n" + c.Text + "\n")
	}
	bag := func(s string) map[string]int {
		m := map[string]int{}
		for _, w := range reWordF1.FindAllString(strings.ToLower(s), -1) {
			m[w]++
		}
		return m
	}
	g, w := bag(lineFolder.Replace(got.String())), bag(lineFolder.Replace(truth))
	common, ng, nw := 0, 0, 0
	for k, n := range g {
		common += min(n, w[k])
		ng += n
	}
	for _, n := range w {
		nw += n
	}
	if ng == 0 || nw == 0 {
		return 0, 0, 0
	}
	p, r = float64(common)/float64(ng), float64(common)/float64(nw)
	return p, r, 2 * p * r / (p + r)
}

func cuadTruth(s string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if !reCUADPage.MatchString(l) {
			out = append(out, l)
		}
	}
	return dehyphenSource(strings.Join(out, "\n"))
}

func markdownTruth(s string) string {
	s = reMDTableSp.ReplaceAllString(s, "")
	s = reMDSyntax.ReplaceAllString(s, "")
	var out []string
	for _, l := range strings.Split(s, "\n") {
		out = append(out, cleanInline(strings.ReplaceAll(l, "|", " ")))
	}
	return strings.Join(out, "\n")
}

var reSrcHyphen = regexp.MustCompile(`(\p{Ll})-\n\s*(\p{Ll})`)

func dehyphenSource(s string) string { return reSrcHyphen.ReplaceAllString(s, "$1$2") }

// TestCorpusFidelity measures text fidelity on the corpus PDFs that come
// with their source text. The figures are the README's table.
func TestCorpusFidelity(t *testing.T) {
	dir := filepath.Join(sharedDir(t), "corpus")
	cases := []struct{ pdf, truth, kind string }{
		{"cuad-edgar-hosting/cuad-egain-webhelp-hosting-agreement-2000.pdf", "cuad-edgar-hosting/cuad-egain-webhelp-hosting-agreement-2000.txt", "cuad"},
		{"cuad-edgar-hosting/cuad-ibm-quantumgroup-hosting-agreement-2009.pdf", "cuad-edgar-hosting/cuad-ibm-quantumgroup-hosting-agreement-2009.txt", "cuad"},
		{"bonterms-cloud-terms/Bonterms-Cloud-Terms-Version-1.0.pdf", "bonterms-cloud-terms/cloud-terms-v1.0-2022-02-04.md", "md"},
	}
	var rows []string
	for _, c := range cases {
		doc, err := File(filepath.Join(dir, c.pdf))
		if err != nil {
			t.Fatal(err)
		}
		raw, err := os.ReadFile(filepath.Join(dir, c.truth))
		if err != nil {
			t.Fatal(err)
		}
		truth := cuadTruth(string(raw))
		if c.kind == "md" {
			truth = markdownTruth(string(raw))
		}
		p, r, f1 := fidelity(doc, truth)
		rows = append(rows, fmt.Sprintf("| %s | %d | %d | %.3f | %.3f | %.3f |", filepath.Base(c.pdf), doc.Pages, len(doc.Clauses), p, r, f1))
		if f1 < 0.99 {
			t.Errorf("%s: word F1 %.3f < 0.99", c.pdf, f1)
		}
		for _, cl := range doc.Clauses {
			for _, line := range strings.Split(cl.Text, "\n") {
				if reCUADPage.MatchString(line) && strings.TrimSpace(line) != "" {
					t.Errorf("%s: clause %s keeps page furniture %q", c.pdf, cl.ID, line)
				}
			}
		}
	}
	sort.Strings(rows)
	t.Logf("\n| file | pages | clauses | precision | recall | F1 |\n|---|---|---|---|---|---|\n%s", strings.Join(rows, "\n"))
}
