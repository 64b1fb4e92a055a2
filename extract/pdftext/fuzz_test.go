package pdftext

import (
	"errors"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzExtract: any input gives either an error wrapping one of the sentinel
// errors or a well-formed result, never a panic or a hang.
func FuzzExtract(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.pdf"))
	rng := rand.New(rand.NewSource(1))
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
		for i := 0; i < 3; i++ { // mutated copies: 10 random bytes changed
			m := append([]byte(nil), data...)
			for k := 0; k < 10; k++ {
				m[rng.Intn(len(m))] = byte(rng.Intn(256))
			}
			f.Add(m)
		}
	}
	f.Add(testPDF{pages: []string{"BT /F3 10 Tf 72 700 Td <006F0101> Tj ET q 1 0 0 1 5 5 cm 0 0 10 0.5 re f Q"}}.bytes())
	f.Add(testPDF{pages: []string{"BT /F6 10 Tf 72 700 Td <000300260029002F001E003500010009> Tj ET"}}.bytes())
	f.Add([]byte("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 1 0 R >> endobj trailer << /Root 1 0 R >> %%EOF"))
	f.Fuzz(func(t *testing.T, data []byte) {
		res, err := Extract(data)
		if err != nil {
			if res != nil {
				t.Fatalf("both a result and an error: %v", err)
			}
			if !errors.Is(err, ErrCorrupt) && !errors.Is(err, ErrNotPDF) && !errors.Is(err, ErrEncrypted) && !errors.Is(err, ErrNoText) {
				t.Fatalf("error without a sentinel: %v", err)
			}
			return
		}
		if res == nil || len(res.Pages) == 0 {
			t.Fatal("no error and no pages")
		}
		for i, p := range res.Pages {
			if p.Number != i+1 {
				t.Fatalf("page %d numbered %d", i+1, p.Number)
			}
			for _, l := range p.Lines {
				if l.Text == "" || strings.TrimSpace(l.Text) != l.Text || strings.Contains(l.Text, "\t\t") || !utf8.ValidString(l.Text) {
					t.Fatalf("page %d: malformed line %q", p.Number, l.Text)
				}
			}
		}
	})
}

// FuzzParseCmap: the TrueType cmap reader never panics on a damaged font.
func FuzzParseCmap(f *testing.F) {
	f.Add([]byte(testTrueType()))
	f.Add([]byte{0, 1, 0, 0, 0, 1})
	f.Fuzz(func(t *testing.T, data []byte) {
		for gid, r := range parseCmap(data) {
			if gid == 0 || r < 0 {
				t.Fatalf("bad entry %d -> %d", gid, r)
			}
		}
	})
}
