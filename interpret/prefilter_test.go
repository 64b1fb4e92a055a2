package interpret

import (
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/clausecheck/clausecheck/internal/lazyre"
)

// TestPrefilterNeverRejectsAMatch runs every pattern of the analysis over
// the lines and paragraphs of real drafts: wherever a pattern's prefilter
// rules a text out, the pattern must not match it (else a verdict would
// change for speed); and on a quarter of them, what a pattern finds (with
// its prefilter, and on the tail of the text for a pattern anchored at its
// end) is what the engine finds in the whole text.
func TestPrefilterNeverRejectsAMatch(t *testing.T) {
	files, _ := filepath.Glob("../fixtures/drafts/*.md")
	dev, _ := filepath.Glob("../fixtures/blind/dev/*.txt")
	sort.Strings(dev)
	for i := 0; i < len(dev); i += max(1, len(dev)/25) {
		files = append(files, dev[i])
	}
	if len(files) < 20 {
		t.Fatalf("only %d drafts found", len(files))
	}
	var texts []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.Split(string(b), "\n")...)
		texts = append(texts, strings.Split(string(b), "\n\n")...)
	}
	rejected, prefiltered := 0, 0
	for _, r := range lazyre.All() {
		re := r.Get()
		has := false
		for i, s := range texts {
			if i%4 == 0 {
				// and what the pattern finds is the engine's, whole
				if got, want := r.FindStringSubmatchIndex(s), re.FindStringSubmatchIndex(s); !slices.Equal(got, want) {
					t.Errorf("%s on %.80q: %v, the engine finds %v", r, s, got, want)
				}
			}
			if r.Rejects(s) {
				has = true
				rejected++
				if re.MatchString(s) {
					t.Errorf("%s: rejects %q, which it matches", r, s)
				}
			}
		}
		if has {
			prefiltered++
		}
	}
	if prefiltered < 100 || rejected == 0 {
		t.Fatalf("only %d patterns rejected any text (%d texts rejected): the prefilter is not in use", prefiltered, rejected)
	}
	t.Logf("%d patterns rejected %d texts of %d without running", prefiltered, rejected, len(texts))
}
