// Command benchgen writes a synthetic contract draft of a given length, for
// the growth measurements of make bench (scripts/compare.sh):
//
//	go run ./scripts/benchgen -format text -n 200000 -o long.txt
//
// -n is lines for text and Markdown, pages for PDF and DOCX. The draft is
// seeded and deterministic: schedules of 24 numbered sections of numbered
// clauses wrapped at 72 columns, of sentences drawn from the clauses of
// fixtures/bench/long.txt (-source).
package main

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"flag"
	"fmt"
	"math/rand"
	"os"
	"strings"
)

// headings name the sections, in turn.
var headings = []string{"Definitions", "Scope of the Addendum", "Bedrock Services", "Commitment and Discounts",
	"Fees and Payment", "Data Protection", "Model Training", "Security", "Service Levels", "Confidentiality",
	"Intellectual Property", "Indemnification", "Limitation of Liability", "Term and Termination"}

// linesPerPage: a page of the PDF (and the length of a DOCX page).
const linesPerPage = 50

func main() {
	format := flag.String("format", "text", "text, markdown, docx or pdf")
	n := flag.Int("n", 1000, "lines (text, markdown) or pages (pdf, docx)")
	out := flag.String("o", "", "output file")
	source := flag.String("source", "fixtures/bench/long.txt", "the draft whose sentences are drawn")
	flag.Parse()
	src, err := os.ReadFile(*source)
	if err != nil {
		fmt.Fprintln(os.Stderr, "benchgen:", err)
		os.Exit(2)
	}
	sentences = sentencesOf(string(src))
	var data []byte
	switch *format {
	case "text":
		data = []byte(strings.Join(lines(*n, false), "\n") + "\n")
	case "markdown":
		data = []byte(strings.Join(lines(*n, true), "\n") + "\n")
	case "docx":
		data, err = docx(lines(*n*linesPerPage, false))
	case "pdf":
		data = pdf(lines(*n*linesPerPage, false), linesPerPage)
	default:
		err = fmt.Errorf("unknown format %q", *format)
	}
	if err == nil {
		err = os.WriteFile(*out, data, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "benchgen:", err)
		os.Exit(2)
	}
}

// sentences are those of the source draft's clauses.
var sentences []string

// sentencesOf returns the sentences of a draft's numbered paragraphs
// ("1.1<tab>Customer will … . AWS may … ."), their numbers dropped.
func sentencesOf(s string) []string {
	var out []string
	for _, p := range strings.Split(s, "\n") {
		_, body, ok := strings.Cut(p, "\t")
		if !ok {
			continue
		}
		for _, sent := range strings.SplitAfter(body, ". ") {
			if sent = strings.TrimSpace(sent); strings.HasSuffix(sent, ".") {
				out = append(out, sent)
			}
		}
	}
	return out
}

// lines returns n lines of a draft: sections of clauses, each clause a
// paragraph wrapped at 72 columns, a blank line between paragraphs.
func lines(n int, md bool) []string {
	rng := rand.New(rand.NewSource(1))
	out := make([]string, 0, n)
	out = append(out, "BEDROCK ADDENDUM TO THE AWS ENTERPRISE DISCOUNT PROGRAM AGREEMENT", "")
	for i := 0; len(out) < n; i++ {
		// 24 sections a schedule: numbers stay those of a real contract
		sec := i%24 + 1
		if sec == 1 && i > 0 {
			h := fmt.Sprintf("SCHEDULE %d", i/24)
			if md {
				h = "# " + h
			}
			out = append(out, h, "")
		}
		h := fmt.Sprintf("%d. %s", sec, headings[(sec-1)%len(headings)])
		if md {
			h = "## " + h
		}
		out = append(out, h, "")
		for c := 1; c <= 8 && len(out) < n; c++ {
			var p strings.Builder
			fmt.Fprintf(&p, "%d.%d", sec, c)
			for k := 0; k < 2+rng.Intn(4); k++ {
				p.WriteString(" " + sentences[rng.Intn(len(sentences))])
			}
			out = append(out, wrap(p.String(), 72)...)
			out = append(out, "")
		}
	}
	return out[:n]
}

func wrap(s string, width int) []string {
	var out []string
	line := ""
	for _, w := range strings.Fields(s) {
		if line != "" && len(line)+1+len(w) > width {
			out = append(out, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	return append(out, line)
}

// pdf lays the lines out on pages of per lines each, in Courier (every
// glyph 600 units wide), with a "Page N of M" footer.
func pdf(lines []string, per int) []byte {
	var b bytes.Buffer
	var offsets []int
	obj := func(body string) int {
		offsets = append(offsets, b.Len())
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", len(offsets), body)
		return len(offsets)
	}
	b.WriteString("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
	font := obj("<< /Type /Font /Subtype /Type1 /BaseFont /Courier /FirstChar 32 /LastChar 126 /Widths [" +
		strings.TrimSpace(strings.Repeat("600 ", 95)) + "] /Encoding /WinAnsiEncoding >>")
	pagesID := len(offsets) + 1 + (len(lines)+per-1)/per*2 // the Pages object comes after every page
	var kids []string
	total := (len(lines) + per - 1) / per
	for p := 0; p < total; p++ {
		var c strings.Builder
		c.WriteString("BT /F1 10 Tf 12 TL 72 760 Td\n")
		for _, l := range lines[p*per : min(len(lines), (p+1)*per)] {
			fmt.Fprintf(&c, "(%s) Tj T*\n", esc(l))
		}
		fmt.Fprintf(&c, "ET BT /F1 9 Tf 270 40 Td (Page %d of %d) Tj ET\n", p+1, total)
		content := obj(fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", c.Len(), c.String()))
		page := obj(fmt.Sprintf("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>", pagesID, font, content))
		kids = append(kids, fmt.Sprintf("%d 0 R", page))
	}
	obj(fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), total))
	catalog := obj(fmt.Sprintf("<< /Type /Catalog /Pages %d 0 R >>", pagesID))
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(offsets)+1)
	for _, o := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(offsets)+1, catalog, xref)
	return b.Bytes()
}

func esc(s string) string {
	return strings.NewReplacer(`\`, `\\`, "(", `\(`, ")", `\)`).Replace(s)
}

// docx writes the paragraphs of lines (blank lines separate them) as a
// minimal .docx: one w:p each, its number typed in its text.
func docx(lines []string) ([]byte, error) {
	var body strings.Builder
	para := ""
	flush := func() {
		if para != "" {
			body.WriteString("<w:p><w:r><w:t xml:space=\"preserve\">")
			xml.EscapeText(&body, []byte(para))
			body.WriteString("</w:t></w:r></w:p>")
		}
		para = ""
	}
	for _, l := range lines {
		switch {
		case l == "":
			flush()
		case para == "":
			para = l
		default:
			para += " " + l
		}
	}
	flush()
	files := []struct{ name, body string }{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`},
		{"word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` + body.String() + `</w:body></w:document>`},
	}
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	for _, f := range files {
		w, err := z.Create(f.name)
		if err != nil {
			return nil, err
		}
		if _, err := w.Write([]byte(f.body)); err != nil {
			return nil, err
		}
	}
	if err := z.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
