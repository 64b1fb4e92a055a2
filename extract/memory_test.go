package extract

import (
	"path/filepath"
	"testing"
	"unsafe"
)

// A draft's text is held once: every clause's Text is a slice of the
// document's Text, not a copy of its own.
func TestClauseTextSharesDocumentText(t *testing.T) {
	doc, err := File(filepath.Join("..", "fixtures", "bench", "long.txt"))
	if err != nil {
		t.Fatal(err)
	}
	lo := uintptr(unsafe.Pointer(unsafe.StringData(doc.Text)))
	hi := lo + uintptr(len(doc.Text))
	for _, c := range doc.Clauses {
		if c.Text == "" {
			continue
		}
		p := uintptr(unsafe.Pointer(unsafe.StringData(c.Text)))
		if p < lo || p+uintptr(len(c.Text)) > hi || doc.Text[c.Start:c.End] != c.Text {
			t.Fatalf("clause %s: its text is a copy, not doc.Text[%d:%d]", c.ID, c.Start, c.End)
		}
	}
}
