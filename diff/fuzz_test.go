package diff

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/clausecheck/clausecheck/document"
	"github.com/clausecheck/clausecheck/internal/fuzzdeadline"
)

// fuzzDoc turns text into a document: one clause per line, numbered by
// its first field when that looks like a label.
func fuzzDoc(path, text string) *document.Document {
	d := &document.Document{Path: path, Definitions: map[string]string{"Fees": "1"}}
	seen := map[string]bool{}
	for i, line := range strings.Split(text, "\n") {
		num := fmt.Sprintf("¶%d", i)
		if f := strings.Fields(line); len(f) > 0 && len(f[0]) <= 6 && strings.ContainsAny(f[0][:1], "0123456789(") {
			num = f[0]
		}
		id := num
		if seen[id] { // IDs are unique within a document
			id = fmt.Sprintf("%s#%d", num, i)
		}
		seen[id] = true
		d.Clauses = append(d.Clauses, document.Clause{ID: id, Number: num, Kind: document.KindClause, Text: line})
	}
	return d
}

// FuzzCompare: any pair of drafts compares without error, twice to the
// same bytes, and every redline of a one-to-one change reproduces the
// normalised old and new clause texts.
func FuzzCompare(f *testing.F) {
	f.Add("1 Customer shall pay the Fees within thirty (30) days.\n2 Provider shall not train on prompts.\n3 Notices in writing.",
		"1 Customer shall pay the Fees within forty-five (45) days.\n2 Notices in writing.\n3 Provider may train on prompts.")
	f.Add("1 A\n1 A\n1 A", "1 A\n2 A")
	f.Add("2 Provider shall keep data in Region and not train.", "2 Provider shall:\n(a) keep data in Region; and\n(b) not train.")
	f.Add("", "1.1 x")
	f.Add("1 \u201cFee\u201d\u00a0means", "1 \"Fee\" means")
	// Seeds from the text fixture pairs.
	pairs, _ := filepath.Glob(filepath.Join("..", "fixtures", "pairs", "*", "old.*"))
	for _, o := range pairs {
		n, _ := filepath.Glob(filepath.Join(filepath.Dir(o), "new"+filepath.Ext(o)))
		if len(n) != 1 || (filepath.Ext(o) != ".txt" && filepath.Ext(o) != ".md") {
			continue
		}
		a, err1 := os.ReadFile(o)
		b, err2 := os.ReadFile(n[0])
		if err1 == nil && err2 == nil {
			f.Add(string(a), string(b))
		}
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		fuzzdeadline.Run(t, func() {
			if len(a)+len(b) > 40000 {
				return
			}
			oldDoc, newDoc := fuzzDoc("a", a), fuzzDoc("b", b)
			r1, err := Compare(oldDoc, newDoc, Options{})
			if err != nil {
				t.Fatal(err)
			}
			r2, err := Compare(oldDoc, newDoc, Options{})
			if err != nil {
				t.Fatal(err)
			}
			j1, _ := json.Marshal(r1)
			j2, _ := json.Marshal(r2)
			if !bytes.Equal(j1, j2) {
				t.Fatalf("two runs differ:\n%s\n%s", j1, j2)
			}
			n := normalizer{}
			for _, c := range r1.Changes {
				if len(c.Redline) == 0 || c.OldClause == "" || c.NewClause == "" || c.Kind == Split || c.Kind == Merged {
					continue
				}
				var old, nw strings.Builder
				for _, s := range c.Redline {
					if s.Op != OpInsert {
						old.WriteString(s.Text)
					}
					if s.Op != OpDelete {
						nw.WriteString(s.Text)
					}
				}
				ot, _ := n.norm(oldDoc.Clause(c.OldClause).Text)
				nt, _ := n.norm(newDoc.Clause(c.NewClause).Text)
				if !strings.HasSuffix(ot, old.String()) || !strings.HasSuffix(nt, nw.String()) {
					t.Fatalf("%s: redline %v does not reproduce %q → %q", brief(c), c.Redline, ot, nt)
				}
			}
		})
	})
}
