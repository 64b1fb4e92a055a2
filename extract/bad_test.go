package extract

import (
	"archive/zip"
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/clausecheck/clausecheck/document"
	"github.com/clausecheck/clausecheck/internal/fuzzdeadline"
	"github.com/clausecheck/clausecheck/internal/testpdf"
)

// minimalPDF builds a one-page PDF whose page content is the given stream.
func minimalPDF(content string) []byte { return testpdf.Minimal("", content) }

func zipOf(t *testing.T, files map[string][]byte) []byte {
	t.Helper()
	var b bytes.Buffer
	w := zip.NewWriter(&b)
	for _, name := range []string{"[Content_Types].xml", "word/document.xml"} {
		if data, ok := files[name]; ok {
			f, err := w.Create(name)
			if err != nil {
				t.Fatal(err)
			}
			f.Write(data)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestBadInput: every kind of unusable draft is one clear error that names
// the file and the cause — never a panic, never an empty document.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	base, err := os.ReadFile(filepath.Join(root, "fixtures/drafts/bedrock-edp-addendum.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	bomb := zipOf(t, map[string][]byte{
		"[Content_Types].xml": []byte(`<Types/>`),
		"word/document.xml":   append([]byte(`<w:document><w:body><w:p><w:r><w:t>`), bytes.Repeat([]byte(" "), 80<<20)...),
	})
	tests := []struct {
		name  string
		data  []byte
		cause string // a word the message must contain
		is    error
	}{
		{"empty.txt", nil, "empty", ErrEmpty},
		{"blank.md", []byte(" \n\t\n  \n"), "empty", ErrEmpty},
		{"latin1.txt", []byte("1. Fees\nCustomer pays \xe9\xe8 fees.\n"), "UTF-8", ErrNotUTF8},
		{"image.bin", append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), make([]byte, 64)...), "unknown format", ErrUnknownFormat},
		{"scanned.pdf", minimalPDF("0 0 m 300 300 l S"), "no text", nil},
		{"truncated.pdf", base[:len(base)/3], "", nil},
		{"garbage.pdf", []byte("%PDF-1.7\n" + strings.Repeat("garbage ", 100)), "", nil},
		{"notzip.docx", []byte("PK\x03\x04 this is not really a zip archive"), "", nil},
		{"ole.docx", append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 512)...), "encrypted", nil},
		{"bomb.docx", bomb, "large", nil},
	}
	for _, enc := range []string{"enc-aes-256.pdf", "enc-user-password.pdf"} {
		data, err := os.ReadFile(filepath.Join("pdftext", "testdata", enc))
		if err == nil {
			tests = append(tests, struct {
				name  string
				data  []byte
				cause string
				is    error
			}{enc, data, "encrypt", nil})
		}
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, tt.name)
			if err := os.WriteFile(path, tt.data, 0o644); err != nil {
				t.Fatal(err)
			}
			doc, err := File(path)
			if err == nil {
				t.Fatalf("no error; got a document with %d clauses", len(doc.Clauses))
			}
			if doc != nil {
				t.Error("a document came back with the error")
			}
			var e *Error
			if !errors.As(err, &e) || e.Path != path {
				t.Errorf("error %v does not name the file", err)
			}
			if !strings.Contains(err.Error(), path) {
				t.Errorf("message %q does not name the file", err)
			}
			if tt.cause != "" && !strings.Contains(strings.ToLower(err.Error()), strings.ToLower(tt.cause)) {
				t.Errorf("message %q does not say %q", err, tt.cause)
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("error %v is not %v", err, tt.is)
			}
		})
	}
	t.Run("directory", func(t *testing.T) {
		_, err := File(dir)
		if !errors.Is(err, ErrIsDirectory) || !strings.Contains(err.Error(), dir) {
			t.Errorf("got %v", err)
		}
	})
	t.Run("missing", func(t *testing.T) {
		_, err := File(filepath.Join(dir, "nope.pdf"))
		if err == nil || !strings.Contains(err.Error(), "nope.pdf") || !strings.Contains(err.Error(), "no such file") {
			t.Errorf("got %v", err)
		}
	})
}

// FuzzBytes feeds arbitrary bytes through sniffing, every reader and the
// segmenter: the result is an error or a document whose offsets hold.
func FuzzBytes(f *testing.F) {
	for _, rel := range []string{"fixtures/drafts/bedrock-edp-addendum.md", "fixtures/drafts/vendor-paper-addendum.txt"} {
		if data, err := os.ReadFile(filepath.Join(root, rel)); err == nil {
			f.Add(filepath.Base(rel), data)
		}
	}
	f.Add("a.txt", []byte("1. A\n(h) x\n(i) y\n2.1A z\n12 months\nSchedule A\n1.1 b"))
	f.Add("b.md", []byte("# T\n\n1. **A**\n\n    1. B\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"))
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		fuzzdeadline.Run(t, func() {
			if strings.ContainsAny(name, "/\x00") {
				return
			}
			doc, err := Bytes(name, data, Options{})
			if err != nil {
				if doc != nil {
					t.Fatal("document with error")
				}
				return
			}
			if len(doc.Clauses) == 0 {
				t.Fatal("no error and no clauses")
			}
			for _, c := range doc.Clauses {
				if c.Start < 0 || c.End > len(doc.Text) || c.Start > c.End || doc.Text[c.Start:c.End] != c.Text {
					t.Fatalf("clause %s: bad offsets", c.ID)
				}
				for _, fc := range c.Facts {
					if fc.Offset < 0 || fc.Offset+len(fc.Text) > len(doc.Text) || doc.Text[fc.Offset:fc.Offset+len(fc.Text)] != fc.Text {
						t.Fatalf("fact %q: bad offset", fc.Text)
					}
				}
			}
		})
	})
}

// TestPDFFootnote: a footnote printed at the bottom of a page, in a
// smaller font, is a clause of its own, not the end of clause 1.2 that
// continues on the next page (hard case 9).
func TestPDFFootnote(t *testing.T) {
	stream := `BT /F1 12 Tf 72 720 Td (1. Scope) Tj ET
BT /F1 12 Tf 72 700 Td (1.1 AWS will provide Amazon Bedrock to Customer.) Tj ET
BT /F1 12 Tf 72 680 Td (1.2 Service credits are capped at the amount in the) Tj ET
BT /F1 12 Tf 72 660 Td (applicable Order Form and paid within thirty days.) Tj ET
BT /F1 8 Tf 72 80 Td (1 Credits are the sole remedy for unavailability.) Tj ET`
	doc, err := Bytes("note.pdf", minimalPDF(stream), Options{})
	if err != nil {
		t.Fatal(err)
	}
	c := doc.Clause("1.2")
	if c == nil || strings.Contains(c.Text, "sole remedy") {
		t.Fatalf("footnote inside clause 1.2: %+v", c)
	}
	fn := doc.Clause("footnote-1")
	if fn == nil || fn.Kind != "footnote" || !strings.Contains(fn.Text, "sole remedy") || fn.Page != 1 {
		t.Fatalf("footnote clause: %+v", fn)
	}
}

// The format comes from the content: a "%PDF-" mentioned near the top of a
// Markdown draft is text, a text file named .pdf is no PDF, and a PDF
// behind a few bytes of junk is still a PDF.
func TestSniffFormat(t *testing.T) {
	cases := []struct {
		path, data string
		want       document.Format
		err        bool
	}{
		{"notes.md", "# Notes\n\nThe file header is `%PDF-1.7`, see below.\n", document.FormatMarkdown, false},
		{"notes.txt", "Line one\nA PDF starts with %PDF-1.4\n", document.FormatText, false},
		{"draft.pdf", "1. This is text, saved under the wrong name.\n", "", true},
		{"draft.docx", "1. This is text, saved under the wrong name.\n", "", true},
		{"draft.pdf", "%PDF-1.4\n%âãÏÓ\n", document.FormatPDF, false},
		{"mail.eml", "X: y\r\n\r\n%PDF-1.4\n", document.FormatPDF, false},
	}
	for _, c := range cases {
		got, err := Sniff(c.path, []byte(c.data))
		if (err != nil) != c.err || got != c.want {
			t.Errorf("Sniff(%s, %q) = %q, %v; want %q (error %v)", c.path, c.data, got, err, c.want, c.err)
		}
	}
}

func TestTextSizeLimit(t *testing.T) {
	data := bytes.Repeat([]byte("1. The parties agree.\n"), MaxTextBytes/22+2)
	_, err := Bytes("huge.txt", data, Options{})
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "huge.txt") {
		t.Errorf("err = %v, want ErrTooLarge naming the file", err)
	}
}
