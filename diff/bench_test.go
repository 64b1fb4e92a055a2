package diff

import (
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/clausecheck/clausecheck/document"
	"github.com/clausecheck/clausecheck/extract"
)

var benchWords = strings.Fields(`customer provider shall may not services fees invoice days month year
	notice written agreement addendum section throughput model region data content credit commitment
	discount pricing term termination party parties law governing confidential information breach
	remedy liability cap indemnify claim third use train prompts completions availability percent`)

// benchDrafts builds a ~100-page draft of about 600 clauses and an edited
// version: a few word edits, inserted clauses (which renumber the rest of
// their section) and moved clauses.
func benchDrafts() (*document.Document, *document.Document) {
	rng := rand.New(rand.NewPCG(1, 2))
	sentence := func() string {
		n := 12 + rng.IntN(30)
		w := make([]string, n)
		for i := range w {
			w[i] = benchWords[rng.IntN(len(benchWords))]
		}
		w[0] = strings.ToUpper(w[0][:1]) + w[0][1:]
		return strings.Join(w, " ") + fmt.Sprintf(" within %d days.", 10+rng.IntN(80))
	}
	var sections [][]string
	for s := 0; s < 40; s++ {
		var cs []string
		for c := 0; c < 15; c++ {
			cs = append(cs, sentence()+" "+sentence())
		}
		sections = append(sections, cs)
	}
	build := func(path string, secs [][]string) *document.Document {
		d := &document.Document{Path: path, Definitions: map[string]string{}}
		for s, cs := range secs {
			for c, text := range cs {
				num := fmt.Sprintf("%d.%d", s+1, c+1)
				d.Clauses = append(d.Clauses, document.Clause{ID: num, Number: num, Kind: document.KindClause, Text: num + " " + text})
			}
		}
		return d
	}
	old := build("old.txt", sections)
	edited := make([][]string, len(sections))
	for i := range sections {
		edited[i] = append([]string(nil), sections[i]...)
	}
	for i := 0; i < 8; i++ { // word edits
		s, c := rng.IntN(40), rng.IntN(15)
		edited[s][c] = strings.Replace(edited[s][c], " shall ", " may ", 1) + " Provided that notice is given."
	}
	for i := 0; i < 4; i++ { // inserts
		s := rng.IntN(40)
		edited[s] = append([]string{sentence()}, edited[s]...)
	}
	for i := 0; i < 3; i++ { // moves
		from, to := rng.IntN(40), rng.IntN(40)
		c := edited[from][0]
		edited[from] = edited[from][1:]
		edited[to] = append(edited[to], c)
	}
	return old, build("new.txt", edited)
}

func BenchmarkCompare600(b *testing.B) {
	old, nw := benchDrafts()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Compare(old, nw, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWdiff600 runs wdiff on the same pair as plain text, for
// comparison; it is skipped when wdiff is not installed.
func BenchmarkWdiff600(b *testing.B) {
	path, err := exec.LookPath("wdiff")
	if err != nil {
		b.Skip("wdiff not installed")
	}
	old, nw := benchDrafts()
	dir := b.TempDir()
	write := func(name string, d *document.Document) string {
		var sb strings.Builder
		for _, c := range d.Clauses {
			sb.WriteString(c.Text + "\n\n")
		}
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(sb.String()), 0o644); err != nil {
			b.Fatal(err)
		}
		return p
	}
	a, c := write("old.txt", old), write("new.txt", nw)
	for b.Loop() {
		// wdiff exits 1 when the files differ.
		if err := exec.Command(path, "-3", a, c).Run(); err != nil {
			if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 {
				b.Fatal(err)
			}
		}
	}
}

// The benchmark pair is a realistic diff: the edits, inserts and moves
// are found and nothing else is substantive.
func TestBenchDrafts(t *testing.T) {
	old, nw := benchDrafts()
	res, err := Compare(old, nw, Options{})
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[Kind]int{}
	for _, c := range res.Changes {
		kinds[c.Kind]++
	}
	if kinds[Added] != 4 || kinds[Deleted] != 0 || kinds[Modified] < 7 || kinds[Moved] < 3 || kinds[Moved] > 6 {
		t.Errorf("changes by kind = %v, want 4 added, 0 deleted, ~8 modified, 3 moved", kinds)
	}
	if res.TooDifferent {
		t.Error("benchmark pair is too different")
	}
}

// benchFixture extracts fixtures/bench/long.txt and long-v2.txt, the
// 100-page draft and its next round (10 edits, 1 insert, 1 move, 1 delete).
func benchFixture(tb testing.TB) (*document.Document, *document.Document) {
	tb.Helper()
	dir := filepath.Join("..", "fixtures", "bench")
	a, err := extract.File(filepath.Join(dir, "long.txt"))
	if err != nil {
		tb.Skip(err)
	}
	b, err := extract.File(filepath.Join(dir, "long-v2.txt"))
	if err != nil {
		tb.Fatal(err)
	}
	return a, b
}

func BenchmarkCompareLong(b *testing.B) {
	old, nw := benchFixture(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Compare(old, nw, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWdiffLong is wdiff on the same files, when it is installed.
func BenchmarkWdiffLong(b *testing.B) {
	path, err := exec.LookPath("wdiff")
	if err != nil {
		b.Skip("wdiff not installed")
	}
	dir := filepath.Join("..", "fixtures", "bench")
	for b.Loop() {
		err := exec.Command(path, "-3", filepath.Join(dir, "long.txt"), filepath.Join(dir, "long-v2.txt")).Run()
		if ee, ok := err.(*exec.ExitError); err != nil && (!ok || ee.ExitCode() != 1) {
			b.Fatal(err)
		}
	}
}

// The round of the benchmark draft: every edit, the insert, the delete
// and the move are found, and nothing else is substantive.
func TestBenchFixture(t *testing.T) {
	old, nw := benchFixture(t)
	res, err := Compare(old, nw, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var modified []string
	moved := false
	var other []string
	for _, c := range res.Changes {
		switch {
		case c.Kind == Moved && c.OldClause == "11.9(b)",
			c.Kind == Merged && slices.Contains(c.OldClauses, "11.9(b)") && slices.Contains(c.Reasons, ReasonMoved):
			moved = true
		case !c.Substantive:
		case c.Kind == Modified:
			modified = append(modified, c.OldClause)
		default:
			other = append(other, brief(c))
		}
	}
	want := []string{"3.4", "5.1(b)", "7.3", "9.10", "14.9", "16.8(a)", "18.8", "20.6(b)", "22.11", "24.3(c)"}
	if !slices.Equal(modified, want) {
		t.Errorf("modified %q, want %q", modified, want)
	}
	if !moved {
		t.Error("the move of 11.9(b) was not found")
	}
	if !slices.Equal(other, []string{"added >7.9A !added", "deleted 15.10> !deleted"}) {
		t.Errorf("other substantive changes %q, want the insert of 7.9A and the delete of 15.10", other)
	}
}
