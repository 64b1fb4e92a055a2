package docx

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/clausecheck/clausecheck/internal/fuzzdeadline"
)

// checkResult asserts what must hold for any input: only sentinel errors,
// valid UTF-8, consistent fields.
func checkResult(t *testing.T, opt Options, res *Result, err error) {
	t.Helper()
	if err != nil {
		if !errors.Is(err, ErrNotDOCX) && !errors.Is(err, ErrEncrypted) && !errors.Is(err, ErrTooLarge) && !errors.Is(err, ErrCorrupt) {
			t.Fatalf("error %v is not one of the sentinels", err)
		}
		if res != nil {
			t.Fatalf("result with error %v", err)
		}
		return
	}
	for i, p := range res.Paragraphs {
		if !utf8.ValidString(p.Text) || !utf8.ValidString(p.Label) {
			t.Fatalf("paragraph %d not valid UTF-8: %q %q", i, p.Label, p.Text)
		}
		if p.NumLevel < -1 || p.NumLevel >= numLevels || (p.NumLevel == -1 && p.Label != "") {
			t.Fatalf("paragraph %d: NumLevel %d, label %q", i, p.NumLevel, p.Label)
		}
		if p.Table && (p.NumLevel != -1 || p.Label != "") {
			t.Fatalf("table row %d numbered: %+v", i, p)
		}
		if p.Page < 0 || (res.Pages == 0 && p.Page != 0) {
			t.Fatalf("paragraph %d: page %d of %d", i, p.Page, res.Pages)
		}
	}
	for _, r := range res.Revisions {
		if r.Paragraph < -1 || (!opt.Original && r.Paragraph >= len(res.Paragraphs)) {
			t.Fatalf("revision %+v points outside %d paragraphs", r, len(res.Paragraphs))
		}
	}
}

func FuzzRead(f *testing.F) {
	f.Add(build(f, parts{body: np(1, 0, "Definitions") + np(1, 1, "Terms"), numbering: contractNumbering, styles: headingStyles}))
	f.Add(build(f, parts{body: `<w:p>` + delB + `<w:r><w:delText>x</w:delText></w:r></w:del>` + insA + `<w:r><w:t>y</w:t></w:r></w:ins></w:p>`}))
	f.Add(build(f, parts{body: `<w:tbl><w:tr><w:tc>` + p("a") + `</w:tc></w:tr></w:tbl>`, footnotes: `<w:footnote w:id="1">` + p("n") + `</w:footnote>`}))
	f.Add([]byte{0xD0, 0xCF, 0x11, 0xE0})
	files, _ := filepath.Glob(filepath.Join("testdata", "*.docx"))
	for _, name := range files {
		if data, err := os.ReadFile(name); err == nil {
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzdeadline.Run(t, func() {
			for _, opt := range []Options{{}, {Original: true}} {
				res, err := Read(data, opt)
				checkResult(t, opt, res, err)
			}
		})
	})
}

// FuzzDocumentBody fuzzes document.xml bodies inside a valid package with
// numbering and styles, which reaches the parser far more often than
// mutating whole zips.
func FuzzDocumentBody(f *testing.F) {
	seeds := []string{
		np(1, 0, "Definitions") + np(1, 1, "Terms") + np(1, 2, "a") + np(2, 0, "Rates"),
		sp("Heading1", "Fees") + sp("Clause", "x"),
		`<w:p><w:pPr><w:rPr><w:del w:author="a" w:date="d"/></w:rPr></w:pPr><w:r><w:t>x</w:t></w:r></w:p>` + p("y"),
		`<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>REF x</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>4.2(b)</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`,
		`<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:txbxContent>` + p("box") + `</w:txbxContent></mc:Choice><mc:Fallback><w:txbxContent>` + p("box") + `</w:txbxContent></mc:Fallback></mc:AlternateContent></w:r></w:p>`,
		`<w:tbl><w:tr><w:trPr><w:del w:author="a" w:date="d"/></w:trPr><w:tc><w:tcPr><w:vMerge/></w:tcPr>` + p("a") + `</w:tc></w:tr></w:tbl>`,
		`<w:p><w:r><w:br w:type="page"/><w:lastRenderedPageBreak/><w:sym w:font="Symbol" w:char="F0B7"/><w:tab/><w:noBreakHyphen/></w:r></w:p>`,
	}
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		fuzzdeadline.Run(t, func() {
			data := build(t, parts{body: body, numbering: contractNumbering, styles: headingStyles})
			for _, opt := range []Options{{}, {Original: true}} {
				res, err := Read(data, opt)
				checkResult(t, opt, res, err)
			}
		})
	})
}
