package diff

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/clausecheck/clausecheck/check"
	"github.com/clausecheck/clausecheck/report"

	"github.com/clausecheck/clausecheck/document"
	"github.com/clausecheck/clausecheck/extract"
)

var pairsCompliance = flag.Bool("pairs.compliance", true, "check the compliance deltas of fixtures/pairs with the check engine (false to skip)")

// pairExpect is fixtures/pairs/NAME/expected.yaml.
type pairExpect struct {
	Description  string                `yaml:"description"`
	Old          *pairSide             `yaml:"old"`
	New          *pairSide             `yaml:"new"`
	Changes      []pairChange          `yaml:"changes"`
	Renumbered   int                   `yaml:"renumbered"`
	TooDifferent bool                  `yaml:"too_different"`
	Compliance   map[string]pairStatus `yaml:"compliance"`
	Revisions    []any                 `yaml:"revisions"` // checked by extract
}

type pairStatus struct {
	Old report.Status `yaml:"old"`
	New report.Status `yaml:"new"`
}

type pairSide struct {
	File string `yaml:"file"`
	View string `yaml:"view"`
}

type pairChange struct {
	Kind     string   `yaml:"kind"`
	Old      string   `yaml:"old"`
	New      string   `yaml:"new"`
	Contains []string `yaml:"contains"`
	Removed  []string `yaml:"removed"`
	Authors  []string `yaml:"authors"`
}

// TestPairs runs every version pair of fixtures/pairs: the substantive
// changes and the moves must be exactly the expected ones (kind, old and new clause),
// the expected text must be in the inserted (contains) or deleted
// (removed) part of their redline, and the renumbering count and the
// too-different flag must match. A pair whose format cannot be extracted
// yet is skipped by name.
func TestPairs(t *testing.T) {
	root := filepath.Join("..", "fixtures", "pairs")
	dirs, err := os.ReadDir(root)
	if errors.Is(err, os.ErrNotExist) {
		t.Skip("no fixtures/pairs")
	}
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, d := range dirs {
		if !d.IsDir() {
			continue
		}
		n++
		dir := filepath.Join(root, d.Name())
		t.Run(d.Name(), func(t *testing.T) { runPair(t, dir) })
	}
	if n == 0 {
		t.Skip("fixtures/pairs is empty")
	}
}

func loadPair(t *testing.T, dir string) (pairExpect, *document.Document, *document.Document) {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(dir, "expected.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var want pairExpect
	dec := yaml.NewDecoder(bytes.NewReader(raw))
	dec.KnownFields(true)
	if err := dec.Decode(&want); err != nil {
		t.Fatalf("expected.yaml: %v", err)
	}
	return want, pairDoc(t, dir, "old", want.Old), pairDoc(t, dir, "new", want.New)
}

func runPair(t *testing.T, dir string) {
	want, oldDoc, newDoc := loadPair(t, dir)
	res, err := Compare(oldDoc, newDoc, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.TooDifferent != want.TooDifferent {
		t.Errorf("too_different = %v (similarity %v), want %v", res.TooDifferent, res.Similarity, want.TooDifferent)
	}
	renumbered := 0
	var got []string
	byKey := map[string]Change{}
	for _, c := range res.Changes {
		if c.Kind == Renumbered {
			renumbered++
		}
		if c.Substantive || c.Kind == Moved || c.Kind == Split || c.Kind == Merged {
			k := changeKey(string(c.Kind), c.OldClause, c.NewClause)
			got = append(got, k)
			byKey[k] = c
		}
	}
	var exp []string
	for _, c := range want.Changes {
		exp = append(exp, changeKey(c.Kind, c.Old, c.New))
	}
	slices.Sort(got)
	slices.Sort(exp)
	if !slices.Equal(got, exp) {
		t.Errorf("substantive changes:\n got %q\nwant %q", got, exp)
		for _, c := range res.Changes {
			t.Logf("  %s %s>%s %v %v", c.Kind, c.OldClause, c.NewClause, c.Reasons, c.Redline)
		}
	}
	if renumbered != want.Renumbered {
		t.Errorf("renumbered = %d, want %d", renumbered, want.Renumbered)
	}
	for _, c := range want.Changes {
		ch, ok := byKey[changeKey(c.Kind, c.Old, c.New)]
		if !ok {
			continue
		}
		for _, s := range c.Contains {
			if !touches(ch.Redline, OpInsert, s) {
				t.Errorf("%s %s>%s: %q is not inserted in %v", c.Kind, c.Old, c.New, s, ch.Redline)
			}
		}
		for _, s := range c.Removed {
			if !touches(ch.Redline, OpDelete, s) {
				t.Errorf("%s %s>%s: %q is not deleted in %v", c.Kind, c.Old, c.New, s, ch.Redline)
			}
		}
	}
}

// TestPairsCompliance runs the embedded playbook on both drafts of every
// pair and checks the compliance delta against expected.yaml: the checks
// listed there change as stated, every other check is unchanged.
//
// It depends on the check engine and the policies as much as on this
// package; -pairs.compliance=false skips it while working on the diff alone.
func TestPairsCompliance(t *testing.T) {
	if !*pairsCompliance {
		t.Skip("-pairs.compliance=false")
	}
	root := filepath.Join("..", "fixtures", "pairs")
	dirs, err := os.ReadDir(root)
	if err != nil {
		t.Skip("no fixtures/pairs")
	}
	ctx := t.Context()
	eng, err := check.New(ctx, check.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range dirs {
		if !d.IsDir() {
			continue
		}
		dir := filepath.Join(root, d.Name())
		t.Run(d.Name(), func(t *testing.T) {
			want, oldDoc, newDoc := loadPair(t, dir)
			res, err := Compare(oldDoc, newDoc, Options{})
			if err != nil {
				t.Fatal(err)
			}
			oldRep, err := eng.Check(ctx, oldDoc, nil)
			if err != nil {
				t.Fatal(err)
			}
			newRep, err := eng.Check(ctx, newDoc, nil)
			if err != nil {
				t.Fatal(err)
			}
			res.Compliance = Compliance(res, oldRep, newRep)
			seen := map[string]bool{}
			for _, c := range res.Compliance {
				seen[c.ID] = true
				w, listed := want.Compliance[c.ID]
				switch {
				case listed && (c.Old != w.Old || c.New != w.New):
					t.Errorf("%s: %s → %s, want %s → %s (%s)", c.ID, c.Old, c.New, w.Old, w.New, c.Summary)
				case !listed && c.Direction != Unchanged:
					t.Errorf("%s: %s, want unchanged (%s)", c.ID, c.Direction, c.Summary)
				}
			}
			for id := range want.Compliance {
				if !seen[id] {
					t.Errorf("%s: not reported", id)
				}
			}
		})
	}
}

func changeKey(kind, old, nw string) string { return kind + " " + old + ">" + nw }

// pairDoc extracts old.* or new.* of a pair (or the file the YAML names).
func pairDoc(t *testing.T, dir, side string, spec *pairSide) *document.Document {
	t.Helper()
	var path string
	var opt extract.Options
	if spec != nil && spec.File != "" {
		path = filepath.Join(dir, spec.File)
		opt.Original = spec.View == "original"
	} else {
		m, _ := filepath.Glob(filepath.Join(dir, side+".*"))
		if len(m) != 1 {
			t.Fatalf("want one %s.* in %s, found %v", side, dir, m)
		}
		path = m[0]
	}
	d, err := extract.FileWith(path, opt)
	if errors.Is(err, extract.ErrUnknownFormat) {
		t.Skipf("pair %s: %s cannot be extracted yet: %v", filepath.Base(dir), filepath.Ext(path), err)
	}
	if err != nil {
		t.Fatalf("extract: %v", err)
	}
	return d
}

// touches reports whether text s occurs on the side of a redline that op
// belongs to (equal+insert for insert, equal+delete for delete) and
// overlaps at least one segment of that op.
func touches(segs []Segment, op Op, s string) bool {
	want, _ := normalizer{}.norm(s)
	var b strings.Builder
	var spans [][2]int
	for _, sg := range segs {
		if sg.Op != OpEqual && sg.Op != op {
			continue
		}
		start := b.Len()
		b.WriteString(sg.Text)
		if sg.Op == op {
			spans = append(spans, [2]int{start, b.Len()})
		}
	}
	text := b.String()
	for i := 0; ; {
		k := strings.Index(text[i:], want)
		if k < 0 || want == "" {
			return false
		}
		lo, hi := i+k, i+k+len(want)
		for _, sp := range spans {
			if sp[0] < hi && lo < sp[1] {
				return true
			}
		}
		i = lo + 1
	}
}
