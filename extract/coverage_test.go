package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/clausecheck/clausecheck/document"
	"github.com/clausecheck/clausecheck/internal/testpdf"
)

// TestCoverage: every draft says how much of it was read; a PDF with a
// damaged page says which share was lost.
func TestCoverage(t *testing.T) {
	pdf, err := os.ReadFile(filepath.Join("..", "fixtures", "drafts", "strong-deal-addendum.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	whole, err := Bytes("d.pdf", pdf, Options{})
	if err != nil {
		t.Fatal(err)
	}
	n := whole.Pages
	if n < 2 {
		t.Fatalf("the fixture has %d pages, want 2 or more", n)
	}
	damaged, err := Bytes("d.pdf", testpdf.DamageText(pdf, 2), Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		doc      *document.Document
		want     document.Coverage
		complete bool
	}{
		{"whole PDF", whole, document.Coverage{PagesRead: n, Pages: n}, true},
		{"PDF with page 2 damaged", damaged, document.Coverage{PagesRead: n - 1, Pages: n, DamagedStreams: 1}, false},
		{"text", mustBytes(t, "d.txt", "1. Fees\n\nThe fees are due.\n"), document.Coverage{}, true},
		{"text with form feeds", mustBytes(t, "d.txt", "1. Fees\n\nThe fees are due.\n\f2. Term\n\nOne year.\n"), document.Coverage{PagesRead: 2, Pages: 2}, true},
	}
	for _, tc := range tests {
		if tc.doc.Coverage != tc.want || tc.doc.Coverage.Complete() != tc.complete {
			t.Errorf("%s: coverage %+v (complete %v), want %+v", tc.name, tc.doc.Coverage, tc.doc.Coverage.Complete(), tc.want)
		}
	}
	if got, want := damaged.Coverage.String(), fmt.Sprintf("%d of %d pages read, 1 damaged content stream", n-1, n); got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
}

func mustBytes(t *testing.T, path, text string) *document.Document {
	t.Helper()
	doc, err := Bytes(path, []byte(text), Options{})
	if err != nil {
		t.Fatal(err)
	}
	return doc
}
