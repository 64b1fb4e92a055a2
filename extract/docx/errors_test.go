package docx

import (
	"archive/zip"
	"bytes"
	"errors"
	"strings"
	"testing"
)

func TestBadInput(t *testing.T) {
	valid := build(t, parts{body: p("ok")})
	truncated := valid[:len(valid)/2]
	// A valid zip whose document.xml entry is damaged: flip bytes in the
	// compressed data of a deflated entry.
	damaged := deflatedDoc(t, strings.Repeat(p("Customer shall pay the fees."), 50))
	if i := bytes.Index(damaged, []byte("word/document.xml")); i >= 0 {
		for j := i + 40; j < i+80 && j < len(damaged); j++ {
			damaged[j] ^= 0x5a
		}
	}
	tests := []struct {
		name string
		data []byte
		want error
	}{
		{"empty", nil, ErrNotDOCX},
		{"text", []byte("Customer shall pay the Fees."), ErrNotDOCX},
		{"pdf", []byte("%PDF-1.7\n1 0 obj\n"), ErrNotDOCX},
		{"truncated zip", truncated, ErrNotDOCX},
		{"zip without document", zipFiles(t, map[string]string{"word/styles.xml": "<w:styles/>"}), ErrNotDOCX},
		{"ole compound file", append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 504)...), ErrEncrypted},
		{"malformed xml", zipFiles(t, map[string]string{"word/document.xml": `<w:document ` + nsDecl + `><w:body><w:p><w:r><w:t>x</w:r></w:p>`}), ErrCorrupt},
		{"unclosed xml", zipFiles(t, map[string]string{"word/document.xml": `<w:document ` + nsDecl + `><w:body><w:p>`}), ErrCorrupt},
		{"malformed numbering", build(t, parts{body: p("x"), numbering: `<w:abstractNum>`}), ErrCorrupt},
		{"utf-16 declared", zipFiles(t, map[string]string{"word/document.xml": `<?xml version="1.0" encoding="UTF-16"?><w:document/>`}), ErrCorrupt},
		{"damaged entry", damaged, ErrCorrupt},
		{"deep nesting", build(t, parts{body: strings.Repeat("<w:sdt><w:sdtContent>", 200) + p("deep") + strings.Repeat("</w:sdtContent></w:sdt>", 200)}), ErrTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := Read(tt.data, Options{})
			if !errors.Is(err, tt.want) {
				t.Fatalf("Read: %v, want %v", err, tt.want)
			}
			if res != nil {
				t.Errorf("result %+v with an error", res)
			}
			if !strings.HasPrefix(err.Error(), "docx") {
				t.Errorf("error %q lacks context", err)
			}
		})
	}
}

func deflatedDoc(t *testing.T, body string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.CreateHeader(&zip.FileHeader{Name: "word/document.xml", Method: zip.Deflate})
	if err != nil {
		t.Fatal(err)
	}
	w.Write([]byte(xmlHeader + `<w:document ` + nsDecl + `><w:body>` + body + `</w:body></w:document>`))
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestZipBomb(t *testing.T) {
	// 8 MiB of one repeated paragraph compresses to a few KiB; with the part
	// cap lowered to 1 MiB it must stop early with ErrTooLarge, whatever the
	// sizes the zip header claims.
	defer func(n, m int64) { maxPartBytes, maxTotalBytes = n, m }(maxPartBytes, maxTotalBytes)
	maxPartBytes, maxTotalBytes = 1<<20, 4<<20
	para := p("Customer shall pay the Fees.")
	bomb := deflatedDoc(t, strings.Repeat(para, (8<<20)/len(para)))
	if len(bomb) > 1<<20 {
		t.Fatalf("test bomb is %d bytes compressed; want a small one", len(bomb))
	}
	_, err := Read(bomb, Options{})
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("Read: %v, want ErrTooLarge", err)
	}

	// The total budget across parts: three parts of 0.6 MiB each under a
	// 1 MiB total.
	maxTotalBytes = 1 << 20
	big := strings.Repeat(`<w:style w:type="paragraph" w:styleId="S"><w:name w:val="S"/></w:style>`, (600<<10)/70)
	fn := strings.Repeat(`<w:footnote w:id="1">`+p("note")+`</w:footnote>`, (600<<10)/80)
	_, err = Read(build(t, parts{body: p("x"), styles: big, footnotes: fn}), Options{})
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("Read over the total budget: %v, want ErrTooLarge", err)
	}
}

func TestInsecurePathsAndCaseTolerated(t *testing.T) {
	// Producers that write "Word/Document.xml" or odd extra entries still open.
	doc := xmlHeader + `<w:document ` + nsDecl + `><w:body>` + p("Odd names.") + `</w:body></w:document>`
	data := zipFiles(t, map[string]string{"Word/Document.xml": doc, "../evil.txt": "x"})
	res := read(t, data, Options{})
	eqStrings(t, "text", texts(res.Paragraphs), []string{"Odd names."})
}
