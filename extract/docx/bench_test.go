package docx

import (
	"archive/zip"
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// largeDocument generates a contract of about pages pages: numbered
// articles and clauses with styles, tracked changes, fields, a rate table
// and page breaks.
func largeDocument(tb testing.TB, pages int) []byte {
	var b strings.Builder
	sentence := "The Customer shall pay the Fees for Amazon Bedrock usage within thirty (30) days of the invoice date, subject to the EDP discount. "
	for pg := 0; pg < pages; pg++ {
		b.WriteString(sp("Heading1", fmt.Sprintf("Article heading %d", pg)))
		for c := 0; c < 6; c++ {
			b.WriteString(`<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">`)
			b.WriteString(strings.Repeat(sentence, 2))
			b.WriteString(`</w:t></w:r>` + delB + `<w:r><w:delText>ninety (90)</w:delText></w:r></w:del>` + insA +
				`<w:r><w:t>sixty (60)</w:t></w:r></w:ins><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> REF _Ref1 \r </w:instrText></w:r>` +
				`<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>4.2(b)</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`)
			b.WriteString(np(1, 2, sentence) + np(1, 3, sentence))
		}
		b.WriteString(`<w:tbl><w:tr><w:tc>` + p("Model") + `</w:tc><w:tc>` + p("$0.003") + `</w:tc></w:tr></w:tbl>`)
		b.WriteString(`<w:p><w:r><w:br w:type="page"/></w:r></w:p>`)
	}
	return build(tb, parts{body: b.String(), numbering: contractNumbering, styles: headingStyles})
}

func BenchmarkRead100Pages(b *testing.B) {
	data := largeDocument(b, 100)
	res, err := Read(data, Options{})
	if err != nil {
		b.Fatal(err)
	}
	if res.Pages != 101 || len(res.Paragraphs) != 2000 {
		b.Fatalf("generated document read as %d pages, %d paragraphs", res.Pages, len(res.Paragraphs))
	}
	b.SetBytes(uncompressed(b, data))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Read(data, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func TestLargeDocumentLabels(t *testing.T) {
	res := read(t, largeDocument(t, 3), Options{})
	// The end of Article III: clause 3.6, its (a) and (i), then the table.
	var got []string
	for _, p := range res.Paragraphs[len(res.Paragraphs)-4:] {
		got = append(got, p.Label)
	}
	eqStrings(t, "last labels", got, []string{"3.6", "(a)", "(i)", ""}) // the table row has none; the page-break paragraph is empty
	if last := res.Paragraphs[len(res.Paragraphs)-1]; !last.Table || last.Text != "Model\t$0.003" {
		t.Errorf("last paragraph %+v, want the rate table row", last)
	}
	if res.Paragraphs[0].Label != "ARTICLE I" || res.Pages != 4 {
		t.Errorf("first %+v, pages %d", res.Paragraphs[0], res.Pages)
	}
}

func uncompressed(tb testing.TB, data []byte) int64 {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		tb.Fatal(err)
	}
	var n int64
	for _, f := range zr.File {
		n += int64(f.UncompressedSize64)
	}
	return n
}
