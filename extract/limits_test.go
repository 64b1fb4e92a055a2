package extract

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestLimits: each limit, crossed, is an error naming the limit and the
// file; raised, the same draft is read.
func TestLimits(t *testing.T) {
	pdf2, err := os.ReadFile(filepath.Join("pdftext", "testdata", "base.pdf")) // two pages
	if err != nil {
		t.Fatal(err)
	}
	text := []byte("1. Fees\n\nThe fees are due.\n\n1.1 Payment\n\nPayment is due in 30 days.\n\n1.1.1 Late\n\nLate payment bears interest.\n\n2. Term\n\nThe term is one year.\n")
	bomb := minimalPDF("BT /F1 12 Tf 72 720 Td (" + strings.Repeat("A", 300_000) + ") Tj ET")
	tests := []struct {
		limit   string
		path    string
		data    []byte
		crossed Limits // the draft crosses these
		raised  Limits // and is read within these
	}{
		{"max-bytes", "d.txt", text, Limits{Bytes: 10}, Limits{Bytes: 1 << 20}},
		{"max-text-bytes", "d.txt", text, Limits{TextBytes: 10}, Limits{TextBytes: 1 << 20}},
		{"max-pages", "d.pdf", pdf2, Limits{Pages: 1}, Limits{Pages: 2}},
		{"max-page-glyphs", "d.pdf", pdf2, Limits{PageGlyphs: 10}, Limits{PageGlyphs: 10_000}},
		{"max-page-glyphs", "bomb.pdf", bomb, Limits{}, Limits{PageGlyphs: 400_000}},
		{"max-glyphs", "d.pdf", pdf2, Limits{Glyphs: 10}, Limits{Glyphs: 10_000}},
		{"max-clauses", "d.txt", text, Limits{Clauses: 3}, Limits{Clauses: 4}},
		{"max-clause-bytes", "d.txt", text, Limits{ClauseBytes: 20}, Limits{ClauseBytes: 100}},
		{"max-depth", "d.txt", text, Limits{Depth: 2}, Limits{Depth: 3}},
		{"max-time", "d.txt", text, Limits{Time: time.Nanosecond}, Limits{Time: time.Hour}},
		{"max-time", "d.pdf", pdf2, Limits{Time: time.Nanosecond}, Limits{Time: time.Hour}},
	}
	for _, tc := range tests {
		t.Run(tc.limit+"/"+tc.path, func(t *testing.T) {
			_, err := Bytes(tc.path, tc.data, Options{Limits: tc.crossed})
			var le *LimitError
			if !errors.As(err, &le) || le.Name != tc.limit || !errors.Is(err, ErrLimit) {
				t.Fatalf("err = %v, want the limit %s", err, tc.limit)
			}
			if msg := err.Error(); !strings.Contains(msg, tc.path) || !strings.Contains(msg, tc.limit) || strings.Contains(msg, "\n") {
				t.Errorf("message %q does not name the file and the limit on one line", msg)
			}
			doc, err := Bytes(tc.path, tc.data, Options{Limits: tc.raised})
			if err != nil {
				t.Fatalf("raised: %v", err)
			}
			if len(doc.Incomplete) > 0 {
				t.Errorf("raised: incomplete %v", doc.Incomplete)
			}
		})
	}
}

// The size limits also match ErrTooLarge, and File refuses a file over
// max-bytes before reading it.
func TestLimitsFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "big.md")
	if err := os.WriteFile(p, []byte("# Terms\n\n1. The parties agree.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := FileWith(p, Options{Limits: Limits{Bytes: 8}})
	if !errors.Is(err, ErrTooLarge) || !errors.Is(err, ErrLimit) || !strings.Contains(err.Error(), "max-bytes") || !strings.Contains(err.Error(), "big.md") {
		t.Errorf("err = %v, want max-bytes naming big.md", err)
	}
	if _, err := FileWith(p, Options{}); err != nil {
		t.Errorf("default limits: %v", err)
	}
}

// SetDefaultLimits changes the limits of every call that leaves them zero;
// Options.Limits still wins.
func TestSetDefaultLimits(t *testing.T) {
	defer SetDefaultLimits(Limits{})
	text := []byte("1. Fees\n\nThe fees are due.\n\n2. Term\n\nThe term is one year.\n")
	SetDefaultLimits(Limits{Clauses: 1})
	if _, err := Bytes("d.txt", text, Options{}); !errors.Is(err, ErrLimit) {
		t.Errorf("process limit not applied: %v", err)
	}
	if _, err := Bytes("d.txt", text, Options{Limits: Limits{Clauses: 10}}); err != nil {
		t.Errorf("Options.Limits does not win: %v", err)
	}
	SetDefaultLimits(Limits{})
	if _, err := Bytes("d.txt", text, Options{}); err != nil {
		t.Errorf("built-in defaults not restored: %v", err)
	}
}
