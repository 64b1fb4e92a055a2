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

// TestNumberedTitlesShortcut: the digit count numberedTitles starts with
// (fourNumbered) rules out only texts with no run of four.
func TestNumberedTitlesShortcut(t *testing.T) {
	texts := []string{"1 Scope 2 Term 3 Fees 4 Credits", "1 Scope 2 Term 3 Fees", "1\tScope\n2\tTerm\r3 Fees\f4 Credits", "10 Á 11 Éa 12 Ób 13 Úc"}
	files, _ := filepath.Glob("../fixtures/drafts/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
		texts = append(texts, strings.Split(string(b), "\n\n")...)
	}
	found, skipped := 0, 0
	for _, s := range texts {
		if !fourNumbered(s) {
			skipped++
			if numberedRun(s) {
				t.Errorf("%.60q: a run of numbered titles the shortcut passes over", s)
			}
		} else if numberedTitles(s) {
			found++
		}
	}
	if found < 2 || skipped < 10 {
		t.Fatalf("%d texts with numbered titles, %d passed over: the texts test nothing", found, skipped)
	}
}

// TestMsgHeaderShortcut: a line mayHoldMsgHeader passes over holds no
// header the pattern finds.
func TestMsgHeaderShortcut(t *testing.T) {
	lines := []string{"From: A <a@x> To: B", "On Mon, 3 March, Priya wrote:", "----- Original Message -----", " [10:03] Emily Chen", "from the date of this Addendum"}
	for _, glob := range []string{"../fixtures/drafts/*.txt", "../fixtures/blind/dev/*.txt"} {
		files, _ := filepath.Glob(glob)
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			lines = append(lines, strings.Split(string(b), "\n")...)
		}
	}
	headers := 0
	for _, ln := range lines {
		m := reMsgHeader.Get().MatchString(ln)
		if m && !mayHoldMsgHeader(ln) {
			t.Errorf("%q: a header the shortcut passes over", ln)
		}
		if m {
			headers++
		}
	}
	if headers < 10 {
		t.Fatalf("only %d headers found", headers)
	}
}
