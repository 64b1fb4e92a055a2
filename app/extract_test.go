package app

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/clausecheck/clausecheck/document"
)

// maxWrite records the largest single Write.
type maxWrite struct {
	bytes.Buffer
	max int
}

func (w *maxWrite) Write(p []byte) (int, error) {
	w.max = max(w.max, len(p))
	return w.Buffer.Write(p)
}

// WriteDocumentJSON writes the bytes of one indented json.Encoder, a clause
// at a time: no Write holds the whole document.
func TestWriteDocumentJSONStreams(t *testing.T) {
	long := strings.Repeat("Customer may cancel <PT> & \"more\" on 60 days' notice. ", 4000)
	doc := &document.Document{Schema: document.Schema, Path: "a.txt", Format: document.FormatText, SHA256: "00",
		Definitions: map[string]string{"PT": "Provisioned <Throughput>"}, Warnings: []string{"w\x1b"},
		Coverage: document.Coverage{Pages: 1, PagesRead: 1}}
	for _, id := range []string{"1", "1.1", "2"} {
		doc.Clauses = append(doc.Clauses, document.Clause{ID: id, Number: id, Kind: document.KindClause, Level: 1, Text: long,
			Facts: []document.Fact{{Kind: document.FactDuration, Text: "60 days", Value: 60, Unit: "days"}},
			Refs:  []document.Ref{{Text: "Section 9", Target: "9", Missing: true}}})
	}
	for _, tc := range []struct {
		name    string
		clauses []document.Clause
	}{{"clauses", doc.Clauses}, {"none", []document.Clause{}}, {"nil", nil}} {
		d := *doc
		d.Clauses = tc.clauses
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(&d); err != nil {
			t.Fatal(err)
		}
		var got maxWrite
		if err := WriteDocumentJSON(&got, &d); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Errorf("%s: WriteDocumentJSON differs from json.Encoder:\n%s\nwant:\n%s", tc.name, got.String(), want.String())
		}
		if tc.name == "clauses" && got.max >= want.Len()/2 {
			t.Errorf("a write of %d bytes: the %d-byte document was held whole", got.max, want.Len())
		}
	}
}
