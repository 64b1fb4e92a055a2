package pdftext

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// sharedDir returns ../shared relative to the repository root, or skips.
func sharedDir(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("repository root not found")
		}
		dir = parent
	}
	shared := filepath.Join(dir, "..", "shared")
	if _, err := os.Stat(filepath.Join(shared, "corpus")); err != nil {
		t.Skip("shared corpus not present")
	}
	return shared
}

var (
	cuadFurnitureRe = regexp.MustCompile(`(?m)^(Page \d+ of \d+|Source: .*)$`)
	mdLinkRe        = regexp.MustCompile(`!?\[([^\]]*)\]\([^)]*\)`)
)

// stripMarkdown removes markdown syntax, keeping the words (including list
// numbers, which the PDF shows as clause labels).
func stripMarkdown(s string) string {
	s = mdLinkRe.ReplaceAllString(s, "$1")
	s = regexp.MustCompile(`(?m)^\s*(?:[-*+]\s+)`).ReplaceAllString(s, "")
	s = regexp.MustCompile(`(?m)^\s*#{1,6}\s+`).ReplaceAllString(s, "")
	s = regexp.MustCompile("[*_`|>]+|<[^>]+>|\\\\").ReplaceAllString(s, " ")
	return s
}

var quoteFold = strings.NewReplacer("“", "\"", "”", "\"", "‘", "'", "’", "'", "–", "-", "—", "-", "\u00a0", " ")

// words splits text into a bag of lowercase words with outer punctuation trimmed.
func words(s string) map[string]int {
	bag := map[string]int{}
	for _, w := range strings.Fields(quoteFold.Replace(s)) {
		w = strings.TrimFunc(w, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) })
		if w != "" {
			bag[strings.ToLower(w)]++
		}
	}
	return bag
}

// joinedText joins the result's lines, rejoining end-of-line hyphenation for
// the measurement only: "indem-" + "nify" becomes "indemnify" when vocab has
// that word, else the hyphen stays ("third-" + "party" → "third-party").
func joinedText(res *Result, vocab map[string]int) string {
	var lines []string
	for _, p := range res.Pages {
		for _, l := range p.Lines {
			lines = append(lines, strings.ReplaceAll(l.Text, "\t", " "))
		}
	}
	var b strings.Builder
	for i, t := range lines {
		if strings.HasSuffix(t, "-") && len(t) > 1 && unicode.IsLetter(rune(t[len(t)-2])) && i+1 < len(lines) {
			f := strings.Fields(t)
			n := strings.Fields(lines[i+1])
			if len(n) > 0 {
				joined := strings.TrimSuffix(f[len(f)-1], "-") + n[0]
				if vocab[strings.ToLower(strings.TrimFunc(joined, unicode.IsPunct))] > 0 {
					b.WriteString(strings.TrimSuffix(t, "-"))
				} else {
					b.WriteString(t)
				}
				continue
			}
		}
		b.WriteString(t + "\n")
	}
	return b.String()
}

func f1(got, want map[string]int) (p, r, f float64) {
	common, ng, nw := 0, 0, 0
	for w, n := range got {
		ng += n
		common += min(n, want[w])
	}
	for _, n := range want {
		nw += n
	}
	if ng == 0 || nw == 0 {
		return 0, 0, 0
	}
	p, r = float64(common)/float64(ng), float64(common)/float64(nw)
	if p+r == 0 {
		return p, r, 0
	}
	return p, r, 2 * p * r / (p + r)
}

// TestFidelity measures word-level F1 of the extracted lines against the
// corpus truth texts and checks that no page furniture is left in the lines.
func TestFidelity(t *testing.T) {
	shared := sharedDir(t)
	corpus := filepath.Join(shared, "corpus")
	type doc struct {
		pdf, truth string
		markdown   bool
		furniture  *regexp.Regexp // must not match any extracted line
		minF1      float64
	}
	docs := []doc{
		{"cuad-edgar-hosting/cuad-egain-webhelp-hosting-agreement-2000.pdf", "cuad-edgar-hosting/cuad-egain-webhelp-hosting-agreement-2000.txt", false,
			regexp.MustCompile(`^(Page \d+ of \d+|Source: .*)$`), 0.99},
		{"cuad-edgar-hosting/cuad-ibm-quantumgroup-hosting-agreement-2009.pdf", "cuad-edgar-hosting/cuad-ibm-quantumgroup-hosting-agreement-2009.txt", false,
			regexp.MustCompile(`^(Page \d+ of \d+|Source: .*)$`), 0.99},
		{"bonterms-cloud-terms/Bonterms-Cloud-Terms-Version-1.0.pdf", "bonterms-cloud-terms/cloud-terms-v1.0-2022-02-04.md", true,
			regexp.MustCompile(`Page \| \d+|^© 20\d\d Bonterms`), 0.99},
	}
	for _, d := range docs {
		t.Run(filepath.Base(d.pdf), func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(corpus, d.pdf))
			if err != nil {
				t.Skip(err)
			}
			truthB, err := os.ReadFile(filepath.Join(corpus, d.truth))
			if err != nil {
				t.Skip(err)
			}
			truth := string(truthB)
			if d.markdown {
				truth = stripMarkdown(truth)
			} else {
				truth = cuadFurnitureRe.ReplaceAllString(truth, "")
			}
			res, err := Extract(data)
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range res.Pages {
				for _, l := range p.Lines {
					if d.furniture.MatchString(l.Text) {
						t.Errorf("page %d: furniture left: %q", p.Number, l.Text)
					}
				}
			}
			want := words(truth)
			p, r, f := f1(words(joinedText(res, want)), want)
			t.Logf("word precision %.4f recall %.4f F1 %.4f", p, r, f)
			if f < d.minF1 {
				t.Errorf("F1 = %.4f, want >= %.2f", f, d.minF1)
			}
		})
	}
}

// TestFidelityBench checks the committed LibreOffice fixture against its
// source text: every word back, header and footer gone.
func TestFidelityBench(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "fixtures", "bench", "long.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile(filepath.Join("..", "..", "fixtures", "bench", "long.txt"))
	if err != nil {
		t.Fatal(err)
	}
	res, err := Extract(data)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Pages) != 99 {
		t.Errorf("pages = %d, want 99", len(res.Pages))
	}
	for _, p := range res.Pages {
		if len(p.Furniture) != 2 || !strings.HasPrefix(p.Furniture[0], "CONFIDENTIAL") || p.Furniture[1] != "Page "+strconv.Itoa(p.Number)+" of 99" {
			t.Errorf("page %d furniture = %q", p.Number, p.Furniture)
		}
		for _, l := range p.Lines {
			if strings.HasPrefix(l.Text, " ") || strings.HasPrefix(l.Text, "\t") {
				t.Errorf("page %d: line starts with blank: %q", p.Number, l.Text)
			}
		}
	}
	vocab := words(string(src))
	pr, r, f := f1(words(joinedText(res, vocab)), vocab)
	t.Logf("word precision %.4f recall %.4f F1 %.4f", pr, r, f)
	if f < 0.999 {
		t.Errorf("F1 = %.4f, want >= 0.999", f)
	}
	// every clause label starts a line, followed by a tab or a space, in order
	var want []string
	for _, m := range regexp.MustCompile(`(?m)^(\d+\.\d+|\([a-z]\))\t`).FindAllStringSubmatch(string(src), -1) {
		want = append(want, m[1])
	}
	lineLabel := regexp.MustCompile(`^(\d+\.\d+|\([a-z]\))[\t ]`)
	k := 0
	for _, p := range res.Pages {
		for _, l := range p.Lines {
			if m := lineLabel.FindStringSubmatch(l.Text); m != nil && k < len(want) && m[1] == want[k] {
				k++
			}
		}
	}
	if k != len(want) {
		t.Errorf("found %d of %d clause labels at line starts; first missing %q", k, len(want), want[k])
	}
}
