package extract

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/clausecheck/clausecheck/document"
)

var update = flag.Bool("update", false, "rewrite golden files")

const root = ".."

// readDraft extracts a fixture by its path relative to the repository root,
// so that documents carry the same path whatever the test's directory.
func readDraft(t testing.TB, rel string) *document.Document {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(root, rel))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Bytes(rel, data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

var draftFormats = []string{"md", "txt", "docx", "pdf"}

func draftNames(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(root, "fixtures/drafts/expected/*.clauses.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no expected clause lists: %v", err)
	}
	var names []string
	for _, f := range files {
		names = append(names, strings.TrimSuffix(filepath.Base(f), ".clauses.txt"))
	}
	return names
}

// TestDraftsMatchExpected compares the clause numbers and headings found in
// every bundled draft, in all four formats, with the list its author wrote
// by hand (fixtures/drafts/expected). Heading case is ignored: a Word style
// may print a heading in capitals.
func TestDraftsMatchExpected(t *testing.T) {
	for _, name := range draftNames(t) {
		raw, err := os.ReadFile(filepath.Join(root, "fixtures/drafts/expected", name+".clauses.txt"))
		if err != nil {
			t.Fatal(err)
		}
		var want []string
		for _, l := range strings.Split(string(raw), "\n") {
			if strings.TrimSpace(l) != "" {
				want = append(want, strings.ToLower(strings.TrimSpace(l)))
			}
		}
		for _, ext := range draftFormats {
			t.Run(name+"."+ext, func(t *testing.T) {
				doc := readDraft(t, "fixtures/drafts/"+name+"."+ext)
				var got []string
				for _, c := range doc.Clauses {
					if c.Number == "" {
						continue
					}
					l := c.Number
					if c.Heading != "" {
						l += "\t" + c.Heading
					}
					got = append(got, strings.ToLower(l))
				}
				if strings.Join(got, "\n") != strings.Join(want, "\n") {
					t.Errorf("clauses differ from the expected list\n%s", lineDiff(want, got))
				}
				checkInvariants(t, doc)
			})
		}
	}
}

// checkInvariants holds for every extracted document.
func checkInvariants(t *testing.T, doc *document.Document) {
	t.Helper()
	ids := map[string]bool{}
	for _, c := range doc.Clauses {
		if ids[c.ID] {
			t.Errorf("duplicate clause id %q", c.ID)
		}
		ids[c.ID] = true
		if c.Start < 0 || c.End > len(doc.Text) || c.Start > c.End || doc.Text[c.Start:c.End] != c.Text {
			t.Errorf("clause %s: offsets [%d:%d] do not give its text", c.ID, c.Start, c.End)
		}
		if c.ParentID != "" && !ids[c.ParentID] {
			t.Errorf("clause %s: parent %q does not precede it", c.ID, c.ParentID)
		}
		for _, f := range c.Facts {
			if f.Offset < c.Start || f.Offset+len(f.Text) > c.End || doc.Text[f.Offset:f.Offset+len(f.Text)] != f.Text {
				t.Errorf("clause %s: fact %q at %d is not in the clause text", c.ID, f.Text, f.Offset)
			}
		}
		for _, line := range strings.Split(c.Text, "\n") {
			if furniture(line) {
				t.Errorf("clause %s: page furniture left in the text: %q", c.ID, line)
			}
		}
	}
}

// furniture spots running headers and page numbers left in clause text.
func furniture(s string) bool {
	l := strings.ToLower(s)
	return strings.Contains(l, "confidential —") || strings.Contains(l, "page ") && strings.Contains(l, " of ") && len(l) < 20
}

func lineDiff(want, got []string) string {
	var b strings.Builder
	n := max(len(want), len(got))
	shown := 0
	for i := 0; i < n && shown < 12; i++ {
		var w, g string
		if i < len(want) {
			w = want[i]
		}
		if i < len(got) {
			g = got[i]
		}
		if w != g {
			b.WriteString("  want " + strings.ReplaceAll(w, "\t", " | ") + "\n   got " + strings.ReplaceAll(g, "\t", " | ") + "\n")
			shown++
		}
	}
	return b.String()
}

// TestGoldenExtract pins the whole JSON and text output for the bundled
// drafts. Run with -update after an intended change and review the diff.
func TestGoldenExtract(t *testing.T) {
	for _, name := range []string{"bedrock-edp-addendum", "schedules-exhibits-addendum"} {
		for _, ext := range draftFormats {
			rel := "fixtures/drafts/" + name + "." + ext
			t.Run(name+"."+ext, func(t *testing.T) {
				doc := readDraft(t, rel)
				var js bytes.Buffer
				enc := json.NewEncoder(&js)
				enc.SetIndent("", "  ")
				enc.SetEscapeHTML(false)
				if err := enc.Encode(doc); err != nil {
					t.Fatal(err)
				}
				golden(t, filepath.Join(root, "fixtures/golden/extract", name+"."+ext+".json"), js.Bytes())
				// same input, same bytes
				again := readDraft(t, rel)
				var js2 bytes.Buffer
				enc2 := json.NewEncoder(&js2)
				enc2.SetIndent("", "  ")
				enc2.SetEscapeHTML(false)
				_ = enc2.Encode(again)
				if !bytes.Equal(js.Bytes(), js2.Bytes()) {
					t.Error("two extractions of the same draft differ")
				}
			})
		}
	}
}

func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(want, got) {
		t.Errorf("%s differs from the output; run go test ./extract -update if the change is intended", path)
	}
}

func benchData(b *testing.B, rel string) []byte {
	b.Helper()
	data, err := os.ReadFile(filepath.Join(root, rel))
	if err != nil {
		b.Fatal(err)
	}
	return data
}

// TestTrackedViews: a DOCX with tracked changes reads as the accepted view
// by default and as the original with Original; revisions carry author,
// date and the clause they fall in.
func TestTrackedViews(t *testing.T) {
	const rel = "fixtures/pairs/tracked/tracked.docx"
	data, err := os.ReadFile(filepath.Join(root, rel))
	if err != nil {
		t.Fatal(err)
	}
	acc, err := Bytes(rel, data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	orig, err := Bytes(rel, data, Options{Original: true})
	if err != nil {
		t.Fatal(err)
	}
	if acc.View != "accepted" || orig.View != "original" {
		t.Errorf("views %q, %q", acc.View, orig.View)
	}
	if !strings.Contains(acc.Clause("3.2").Text, "ninety (90)") || strings.Contains(acc.Clause("3.2").Text, "sixty (60)") {
		t.Errorf("accepted 3.2: %q", acc.Clause("3.2").Text)
	}
	if !strings.Contains(orig.Clause("3.2").Text, "sixty (60)") || strings.Contains(orig.Clause("3.2").Text, "ninety (90)") {
		t.Errorf("original 3.2: %q", orig.Clause("3.2").Text)
	}
	found := false
	for _, r := range acc.Revisions {
		if r.Kind == "insert" && r.Author == "Tomás Okafor (Customer Legal)" && r.Clause == "5.2" && r.Date != "" {
			found = true
		}
	}
	if !found {
		t.Errorf("no insertion by Tomás Okafor in 5.2 among %+v", acc.Revisions)
	}
}
