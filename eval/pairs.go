package eval

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"unicode"

	"gopkg.in/yaml.v3"

	"github.com/clausecheck/clausecheck/check"
	"github.com/clausecheck/clausecheck/diff"
	"github.com/clausecheck/clausecheck/document"
	"github.com/clausecheck/clausecheck/extract"
	"github.com/clausecheck/clausecheck/report"
)

// Pair labels (fixtures/pair-labelling-rules.md).
const (
	LabelSubstantive = "substantive"
	LabelAdded       = "added"
	LabelDeleted     = "deleted"
	LabelReworded    = "reworded"
	LabelRenumbered  = "renumbered"
	LabelMoved       = "moved"
	LabelSplit       = "split"
	LabelMerged      = "merged"
	LabelFurniture   = "furniture"
)

var pairLabels = []string{LabelSubstantive, LabelAdded, LabelDeleted, LabelReworded, LabelRenumbered,
	LabelMoved, LabelSplit, LabelMerged, LabelFurniture}

// PairCase is one labelled version pair in one rendering.
type PairCase struct {
	Name     string // NAME.EXT: the rendering of both drafts
	Old, New string
	Labels   PairLabels
}

// PairLabels is NAME.labels.yaml.
type PairLabels struct {
	Style      string                    `yaml:"style"`
	Changes    []LabelledChange          `yaml:"changes"`
	Compliance map[string]LabelledStatus `yaml:"compliance"`
	Notes      string                    `yaml:"notes"`
}

// LabelledChange is one changed clause as its author labelled it.
type LabelledChange struct {
	Label     string   `yaml:"label"`
	Old       string   `yaml:"old"`
	New       string   `yaml:"new"`
	OldQuote  string   `yaml:"old_quote"`
	NewQuote  string   `yaml:"new_quote"`
	OldQuotes []string `yaml:"old_quotes"`
	NewQuotes []string `yaml:"new_quotes"`
	Why       string   `yaml:"why"`
	Edited    bool     `yaml:"edited"`
}

// Substantive reports whether the label says the deal changed.
func (l LabelledChange) Substantive() bool {
	switch l.Label {
	case LabelSubstantive, LabelAdded, LabelDeleted:
		return true
	case LabelMoved, LabelSplit, LabelMerged:
		return l.Edited
	}
	return false
}

func (l LabelledChange) quotes(old bool) []string {
	q, qs := l.NewQuote, l.NewQuotes
	if old {
		q, qs = l.OldQuote, l.OldQuotes
	}
	var out []string
	for _, s := range append([]string{q}, qs...) {
		if strings.TrimSpace(s) != "" && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// LabelledStatus is a check's status on the old and the new draft.
type LabelledStatus struct {
	Old report.Status `yaml:"old"`
	New report.Status `yaml:"new"`
}

// LoadPairCases reads every NAME.labels.yaml of dir and returns one case
// per rendering of the pair beside it: NAME.old.md or .txt with its
// NAME.new twin, and NAME.old.docx / .pdf where both drafts were rendered.
func LoadPairCases(dir string) ([]PairCase, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.labels.yaml"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	var out []PairCase
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".labels.yaml")
		raw, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		var l PairLabels
		dec := yaml.NewDecoder(bytes.NewReader(raw))
		dec.KnownFields(true)
		if err := dec.Decode(&l); err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		for i, c := range l.Changes {
			if !slices.Contains(pairLabels, c.Label) {
				return nil, fmt.Errorf("%s: change %d: unknown label %q", f, i+1, c.Label)
			}
		}
		for _, id := range Checks {
			s, ok := l.Compliance[id]
			if !ok || !slices.Contains(statuses, s.Old) || !slices.Contains(statuses, s.New) {
				return nil, fmt.Errorf("%s: compliance %s: want old and new statuses", f, id)
			}
		}
		found := 0
		for _, ext := range formats {
			o, n := filepath.Join(dir, name+".old"+ext), filepath.Join(dir, name+".new"+ext)
			if !exists(o) || !exists(n) {
				continue
			}
			found++
			out = append(out, PairCase{Name: name + ext, Old: o, New: n, Labels: l})
		}
		if found == 0 {
			return nil, fmt.Errorf("%s: no NAME.old/NAME.new drafts beside it", f)
		}
	}
	return out, nil
}

func exists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// PairScore is what the diff got right on version pairs.
type PairScore struct {
	// Substantive labels found as a substantive change of the tool
	// (recall), of all substantive labels.
	SubstFound, SubstLabelled int
	// Tool substantive changes that match a substantive label (precision),
	// of all the tool reported.
	SubstRight, SubstReported int
	// Moves, splits and merges recognised, of those labelled.
	MovesFound, MovesLabelled int
	// Compliance cells (check × pair) whose old and new statuses match.
	CellsRight, Cells int
	// Quotes found in no clause: the label cannot be placed.
	Unplaced int
	// IDDrafts: drafts rendered as DOCX or PDF, each compared with its
	// text rendering; IDDiffs: those whose clause IDs differ from it.
	IDDrafts, IDDiffs int
	// Lines: one per miss, for the dev split.
	Lines []string
}

// Add sums two scores.
func (s *PairScore) Add(o PairScore) {
	s.SubstFound += o.SubstFound
	s.SubstLabelled += o.SubstLabelled
	s.SubstRight += o.SubstRight
	s.SubstReported += o.SubstReported
	s.MovesFound += o.MovesFound
	s.MovesLabelled += o.MovesLabelled
	s.CellsRight += o.CellsRight
	s.Cells += o.Cells
	s.Unplaced += o.Unplaced
	s.IDDrafts += o.IDDrafts
	s.IDDiffs += o.IDDiffs
	s.Lines = append(s.Lines, o.Lines...)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// Recall, Precision, Moves and Delta are the four figures of the pair
// evaluation.
func (s PairScore) Recall() float64    { return ratio(s.SubstFound, s.SubstLabelled) }
func (s PairScore) Precision() float64 { return ratio(s.SubstRight, s.SubstReported) }
func (s PairScore) Moves() float64     { return ratio(s.MovesFound, s.MovesLabelled) }
func (s PairScore) Delta() float64     { return ratio(s.CellsRight, s.Cells) }

// String is one line of the four figures with their counts.
func (s PairScore) String() string {
	return fmt.Sprintf("substantive recall %d/%d = %.3f, precision %d/%d = %.3f, moves %d/%d = %.3f, compliance delta %d/%d = %.3f, unplaced quotes %d, renderings with other clause IDs %d/%d",
		s.SubstFound, s.SubstLabelled, s.Recall(), s.SubstRight, s.SubstReported, s.Precision(),
		s.MovesFound, s.MovesLabelled, s.Moves(), s.CellsRight, s.Cells, s.Delta(), s.Unplaced, s.IDDiffs, s.IDDrafts)
}

// ScorePair scores one comparison (with its compliance delta) against the
// labels. A labelled change is placed by its quotes: the clauses of each
// draft whose heading and text contain one. A tool change matches a label
// when they share a clause on either side.
func ScorePair(name string, pc PairCase, oldDoc, newDoc *document.Document, res *diff.Result) PairScore {
	var s PairScore
	miss := func(format string, a ...any) {
		s.Lines = append(s.Lines, fmt.Sprintf("%-44s ", name)+fmt.Sprintf(format, a...))
	}
	type placed struct {
		l        LabelledChange
		old, new map[string]bool
	}
	var labels []placed
	for _, l := range pc.Labels.Changes {
		p := placed{l: l, old: map[string]bool{}, new: map[string]bool{}}
		for _, side := range []struct {
			old bool
			doc *document.Document
			ids map[string]bool
		}{{true, oldDoc, p.old}, {false, newDoc, p.new}} {
			for _, q := range l.quotes(side.old) {
				ids := placeQuote(side.doc, q)
				if len(ids) == 0 {
					s.Unplaced++
					miss("unplaced %s quote of %s %s>%s: %q", map[bool]string{true: "old", false: "new"}[side.old], l.Label, l.Old, l.New, q)
				}
				for _, id := range ids {
					side.ids[id] = true
				}
			}
		}
		labels = append(labels, p)
	}
	ids := func(c diff.Change) (old, new []string) {
		old = append([]string{}, c.OldClauses...)
		if c.OldClause != "" {
			old = append(old, c.OldClause)
		}
		new = append([]string{}, c.NewClauses...)
		if c.NewClause != "" {
			new = append(new, c.NewClause)
		}
		return old, new
	}
	overlaps := func(p placed, c diff.Change) bool {
		o, n := ids(c)
		for _, id := range o {
			if p.old[id] {
				return true
			}
		}
		for _, id := range n {
			if p.new[id] {
				return true
			}
		}
		return false
	}
	moved := func(c diff.Change) bool {
		return c.Kind == diff.Moved || c.Kind == diff.Split || c.Kind == diff.Merged || slices.Contains(c.Reasons, diff.ReasonMoved)
	}
	for _, p := range labels {
		if p.l.Substantive() {
			s.SubstLabelled++
			found := false
			for _, c := range res.Changes {
				if c.Substantive && overlaps(p, c) {
					found = true
					break
				}
			}
			if found {
				s.SubstFound++
			} else {
				miss("missed %s %s>%s: %s", p.l.Label, p.l.Old, p.l.New, p.l.Why)
			}
		}
		switch p.l.Label {
		case LabelMoved, LabelSplit, LabelMerged:
			s.MovesLabelled++
			found := false
			for _, c := range res.Changes {
				o, n := ids(c)
				if moved(c) && anyIn(o, p.old) && anyIn(n, p.new) {
					found = true
					break
				}
			}
			if found {
				s.MovesFound++
			} else {
				miss("move not seen: %s %s>%s", p.l.Label, p.l.Old, p.l.New)
			}
		}
	}
	for _, c := range res.Changes {
		if !c.Substantive {
			continue
		}
		s.SubstReported++
		right := false
		for _, p := range labels {
			if p.l.Substantive() && overlaps(p, c) {
				right = true
				break
			}
		}
		if right {
			s.SubstRight++
			continue
		}
		o, n := ids(c)
		why := "unlabelled"
		for _, p := range labels {
			if overlaps(p, c) {
				why = "labelled " + p.l.Label
				break
			}
		}
		miss("false substantive %s %v>%v %v (%s)", c.Kind, o, n, c.Reasons, why)
	}
	got := map[string]diff.CheckDelta{}
	for _, d := range res.Compliance {
		got[d.ID] = d
	}
	for _, id := range Checks {
		want := pc.Labels.Compliance[id]
		d := got[id]
		s.Cells++
		if d.Old == want.Old && d.New == want.New {
			s.CellsRight++
		} else {
			miss("%s %s → %s, label %s → %s", id, d.Old, d.New, want.Old, want.New)
		}
	}
	return s
}

func anyIn(ids []string, set map[string]bool) bool {
	for _, id := range ids {
		if set[id] {
			return true
		}
	}
	return false
}

// placeQuote returns the clauses of doc whose heading and text contain the
// quote, compared with spacing, case, quote and dash styles folded. A
// quote that no single clause holds (it runs over a heading kept apart)
// is looked for in each clause joined with the next.
func placeQuote(doc *document.Document, quote string) []string {
	q := foldText(quote)
	if q == "" {
		return nil
	}
	var out []string
	texts := make([]string, len(doc.Clauses))
	for i, c := range doc.Clauses {
		texts[i] = foldText(c.Heading + " " + c.Text)
		if strings.Contains(foldText(c.Number)+" "+texts[i], q) {
			out = append(out, c.ID)
		}
	}
	if len(out) > 0 {
		return out
	}
	for i := 0; i+1 < len(texts); i++ {
		if strings.Contains(texts[i]+" "+texts[i+1], q) {
			out = append(out, doc.Clauses[i].ID, doc.Clauses[i+1].ID)
		}
	}
	return out
}

// foldText lowercases s, drops punctuation and collapses runs of space,
// so a quote matches whatever the rendering did to its spacing and
// mark-up.
func foldText(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		switch r {
		case '‘', '’', '‚', '′':
			r = '\''
		case '“', '”', '„', '″':
			r = '"'
		case '‐', '‑', '‒', '–', '—', '−':
			r = '-'
		case '\u00ad':
			continue
		}
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '%' && r != '$' && r != '€' && r != '£' {
			// punctuation and mark-up ("**Cancellation:**", "| Name |")
			// are not compared: a rendering may drop or move them
			r = ' '
		}
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// RunPairs compares every case (with the compliance delta of the check
// engine) and scores it against its labels.
func RunPairs(ctx context.Context, eng *check.Engine, cases []PairCase) (PairScore, error) {
	var total PairScore
	// the clause IDs of each draft's first rendering (text or Markdown)
	ids := map[string][]string{}
	sameIDs := func(path string, doc *document.Document) {
		key := strings.TrimSuffix(path, filepath.Ext(path))
		var got []string
		for _, c := range doc.Clauses {
			got = append(got, c.ID)
		}
		first, ok := ids[key]
		if !ok {
			ids[key] = got
			return
		}
		total.IDDrafts++
		if !slices.Equal(first, got) {
			total.IDDiffs++
			total.Lines = append(total.Lines, fmt.Sprintf("%-44s clause IDs differ from the text rendering's", filepath.Base(path)))
		}
	}
	for _, pc := range cases {
		oldDoc, err := extract.File(pc.Old)
		if err != nil {
			return total, err
		}
		newDoc, err := extract.File(pc.New)
		if err != nil {
			return total, err
		}
		sameIDs(pc.Old, oldDoc)
		sameIDs(pc.New, newDoc)
		res, err := diff.Compare(oldDoc, newDoc, diff.Options{Reader: eng.Reader()})
		if err != nil {
			return total, err
		}
		oldRep, err := eng.Check(ctx, oldDoc, nil)
		if err != nil {
			return total, err
		}
		newRep, err := eng.Check(ctx, newDoc, nil)
		if err != nil {
			return total, err
		}
		res.Compliance = diff.Compliance(res, oldRep, newRep)
		total.Add(ScorePair(pc.Name, pc, oldDoc, newDoc, res))
	}
	return total, nil
}
