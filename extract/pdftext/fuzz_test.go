package pdftext

import (
	"bytes"
	"errors"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/clausecheck/clausecheck/internal/fuzzdeadline"
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
		fuzzdeadline.Run(t, func() {
			res, err := Extract(data)
			if err != nil {
				if res != nil {
					t.Fatalf("both a result and an error: %v", err)
				}
				if !errors.Is(err, ErrCorrupt) && !errors.Is(err, ErrNotPDF) && !errors.Is(err, ErrEncrypted) && !errors.Is(err, ErrNoText) && !errors.Is(err, ErrLimit) {
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
	})
}

// FuzzParseCmap: the TrueType cmap reader never panics on a damaged font.
func FuzzParseCmap(f *testing.F) {
	f.Add([]byte(testTrueType()))
	f.Add([]byte{0, 1, 0, 0, 0, 1})
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzdeadline.Run(t, func() {
			for gid, r := range parseCmap(data) {
				if gid == 0 || r < 0 {
					t.Fatalf("bad entry %d -> %d", gid, r)
				}
			}
		})
	})
}

// A format-12 cmap whose group starts near 0xFFFFFFFF maps code points
// outside Unicode: they are dropped, never turned into negative runes.
func TestCmapFormat12OutOfRange(t *testing.T) {
	be32 := func(b *bytes.Buffer, v uint32) { b.Write([]byte{byte(v >> 24), byte(v >> 16), byte(v >> 8), byte(v)}) }
	var sub bytes.Buffer
	sub.Write([]byte{0, 12, 0, 0}) // format 12, reserved
	be32(&sub, 16+12*2)            // length
	be32(&sub, 0)                  // language
	be32(&sub, 2)                  // groups
	be32(&sub, 'A')                // 'A'…'C' → glyphs 1…3
	be32(&sub, 'C')
	be32(&sub, 1)
	be32(&sub, 0xFFFFFF00) // beyond Unicode
	be32(&sub, 0xFFFFFF10)
	be32(&sub, 10)
	var cmap bytes.Buffer
	cmap.Write([]byte{0, 0, 0, 1, 0, 3, 0, 10, 0, 0, 0, 12}) // one record: (3, 10) at 12
	cmap.Write(sub.Bytes())
	var font bytes.Buffer
	font.Write([]byte{0, 1, 0, 0, 0, 1, 0, 16, 0, 0, 0, 0}) // one table
	font.WriteString("cmap")
	be32(&font, 0)
	be32(&font, 28) // offset of the cmap table
	be32(&font, uint32(cmap.Len()))
	font.Write(cmap.Bytes())
	got := parseCmap(font.Bytes())
	if got[1] != 'A' || got[3] != 'C' {
		t.Errorf("the valid group is lost: %v", got)
	}
	for gid, r := range got {
		if r < 0 || r > 0x10FFFF {
			t.Errorf("glyph %d maps to %d, outside Unicode", gid, r)
		}
	}
}
