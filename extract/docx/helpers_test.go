package docx

import (
	"archive/zip"
	"bytes"
	"sort"
	"strconv"
	"strings"
	"testing"
)

const nsDecl = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ` +
	`xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ` +
	`xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ` +
	`xmlns:v="urn:schemas-microsoft-com:vml" ` +
	`xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`

const xmlHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

// parts of a test document; empty strings leave the part out.
type parts struct {
	body      string // inside w:body
	numbering string // inside w:numbering
	styles    string // inside w:styles
	footnotes string // inside w:footnotes
	endnotes  string // inside w:endnotes
	extra     map[string]string
}

// build makes a .docx from XML snippets.
func build(t testing.TB, ps parts) []byte {
	t.Helper()
	files := map[string]string{
		"[Content_Types].xml": xmlHeader + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
			`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
			`<Default Extension="xml" ContentType="application/xml"/></Types>`,
		"_rels/.rels": xmlHeader + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
			`</Relationships>`,
		"word/document.xml": xmlHeader + `<w:document ` + nsDecl + `><w:body>` + ps.body + `</w:body></w:document>`,
	}
	if ps.numbering != "" {
		files["word/numbering.xml"] = xmlHeader + `<w:numbering ` + nsDecl + `>` + ps.numbering + `</w:numbering>`
	}
	if ps.styles != "" {
		files["word/styles.xml"] = xmlHeader + `<w:styles ` + nsDecl + `>` + ps.styles + `</w:styles>`
	}
	if ps.footnotes != "" {
		files["word/footnotes.xml"] = xmlHeader + `<w:footnotes ` + nsDecl + `>` + ps.footnotes + `</w:footnotes>`
	}
	if ps.endnotes != "" {
		files["word/endnotes.xml"] = xmlHeader + `<w:endnotes ` + nsDecl + `>` + ps.endnotes + `</w:endnotes>`
	}
	for k, v := range ps.extra {
		files[k] = v
	}
	return zipFiles(t, files)
}

func zipFiles(t testing.TB, files map[string]string) []byte {
	t.Helper()
	names := make([]string, 0, len(files))
	for k := range files {
		names = append(names, k)
	}
	sort.Strings(names)
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, n := range names {
		w, err := zw.Create(n)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(files[n])); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// p is a plain paragraph of runs: each string one run.
func p(runs ...string) string {
	var b strings.Builder
	b.WriteString("<w:p>")
	for _, r := range runs {
		b.WriteString(`<w:r><w:t xml:space="preserve">` + r + `</w:t></w:r>`)
	}
	b.WriteString("</w:p>")
	return b.String()
}

// np is a numbered paragraph.
func np(numID, ilvl int, text string) string {
	return `<w:p><w:pPr><w:numPr><w:ilvl w:val="` + itoa(ilvl) + `"/><w:numId w:val="` + itoa(numID) + `"/></w:numPr></w:pPr>` +
		`<w:r><w:t>` + text + `</w:t></w:r></w:p>`
}

// sp is a paragraph with a style.
func sp(style, text string) string {
	return `<w:p><w:pPr><w:pStyle w:val="` + style + `"/></w:pPr><w:r><w:t>` + text + `</w:t></w:r></w:p>`
}

func itoa(i int) string { return strconv.Itoa(i) }

// lvl is one numbering level.
func lvl(ilvl int, start int, numFmt, text string, extra string) string {
	return `<w:lvl w:ilvl="` + itoa(ilvl) + `"><w:start w:val="` + itoa(start) + `"/><w:numFmt w:val="` + numFmt +
		`"/><w:lvlText w:val="` + text + `"/>` + extra + `</w:lvl>`
}

func read(t testing.TB, data []byte, opt Options) *Result {
	t.Helper()
	res, err := Read(data, opt)
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	return res
}

// labelsAndTexts renders paragraphs as "label|text" lines.
func labelsAndTexts(ps []Paragraph) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Label + "|" + p.Text
	}
	return out
}

func eqStrings(t testing.TB, what string, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s:\ngot:\n  %s\nwant:\n  %s", what, strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}
