package pdftext

import (
	"bytes"
	"fmt"
	"strings"
)

// A tiny PDF writer for tests: every page shares five fonts.
//
//	F1  simple, WinAnsiEncoding, every glyph 500 units wide, space 250
//	F2  as F1 but bold (BaseFont Helvetica-Bold)
//	F3  Type0 Identity-H with a ToUnicode CMap: codes 0x20-0x7E are ASCII,
//	    0x0100 is "fi" and 0x0101 is "ffi" (one-to-many)
//	F4  Type0 Identity-H without ToUnicode (undecodable)
//	F5  simple with a ToUnicode CMap mapping code 1 to U+FB03 (ﬃ), others ASCII
//	F6  Type0 Identity-H without ToUnicode, but its embedded TrueType program
//	    has a Unicode cmap: glyph 1-26 are A-Z, 27-52 a-z, 53 space
//
// With F1 at size 10 every character advances 5 units and a space 2.5.

type testPDF struct {
	header     string // default "%PDF-1.7"
	pages      []string
	emptyPages map[int]bool // page index with no Contents at all
}

func (t testPDF) bytes() []byte {
	var b bytes.Buffer
	header := t.header
	if header == "" {
		header = "%PDF-1.7"
	}
	b.WriteString(header + "\n%\xe2\xe3\xcf\xd3\n")
	var offsets []int
	obj := func(body string) int {
		offsets = append(offsets, b.Len())
		n := len(offsets)
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", n, body)
		return n
	}
	stream := func(dict, data string) int {
		return obj(fmt.Sprintf("<< %s /Length %d >>\nstream\n%s\nendstream", dict, len(data), data))
	}
	widths := strings.TrimSpace(strings.Repeat("500 ", 224))
	widths = "250" + widths[3:]
	f1 := obj(fmt.Sprintf("<< /Type /Font /Subtype /TrueType /BaseFont /Helvetica /FirstChar 32 /LastChar 255 /Widths [%s] /Encoding /WinAnsiEncoding >>", widths))
	f2 := obj(fmt.Sprintf("<< /Type /Font /Subtype /TrueType /BaseFont /Helvetica-Bold /FirstChar 32 /LastChar 255 /Widths [%s] /Encoding /WinAnsiEncoding >>", widths))
	cmap3 := "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n" +
		"/CMapName /Test def 1 begincodespacerange <0000> <FFFF> endcodespacerange\n" +
		"2 beginbfchar <0100> <00660069> <0101> <006600660069> endbfchar\n" +
		"1 beginbfrange <0020> <007E> <0020> endbfrange\n" +
		"endcmap CMapName currentdict /CMap defineresource pop end end"
	tu3 := stream("", cmap3)
	cid := obj("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /TestCID /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 500 /W [32 [250]] >>")
	f3 := obj(fmt.Sprintf("<< /Type /Font /Subtype /Type0 /BaseFont /TestCID /Encoding /Identity-H /DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>", cid, tu3))
	f4 := obj(fmt.Sprintf("<< /Type /Font /Subtype /Type0 /BaseFont /TestCID /Encoding /Identity-H /DescendantFonts [%d 0 R] >>", cid))
	cmap5 := "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n" +
		"1 begincodespacerange <00> <FF> endcodespacerange\n" +
		"1 beginbfchar <01> <FB03> endbfchar\n" +
		"1 beginbfrange <20> <7E> <0020> endbfrange\n" +
		"endcmap CMapName currentdict /CMap defineresource pop end end"
	tu5 := stream("", cmap5)
	f5 := obj(fmt.Sprintf("<< /Type /Font /Subtype /TrueType /BaseFont /Lig /FirstChar 1 /LastChar 126 /Widths [500 %s] /ToUnicode %d 0 R >>",
		strings.Repeat("500 ", 125), tu5))
	ttf := stream("", testTrueType())
	fd6 := obj(fmt.Sprintf("<< /Type /FontDescriptor /FontName /TestTT /Flags 32 /FontFile2 %d 0 R >>", ttf))
	cid6 := obj(fmt.Sprintf("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /TestTT /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 500 /CIDToGIDMap /Identity /FontDescriptor %d 0 R >>", fd6))
	f6 := obj(fmt.Sprintf("<< /Type /Font /Subtype /Type0 /BaseFont /TestTT /Encoding /Identity-H /DescendantFonts [%d 0 R] >>", cid6))
	res := obj(fmt.Sprintf("<< /Font << /F1 %d 0 R /F2 %d 0 R /F3 %d 0 R /F4 %d 0 R /F5 %d 0 R /F6 %d 0 R >> >>", f1, f2, f3, f4, f5, f6))
	pageObjs := 0
	for i := range t.pages {
		pageObjs++
		if !t.emptyPages[i] {
			pageObjs++
		}
	}
	pagesID := len(offsets) + pageObjs + 1
	var kids []string
	for i, c := range t.pages {
		contents := ""
		if !t.emptyPages[i] {
			s := stream("", c)
			contents = fmt.Sprintf("/Contents %d 0 R", s)
		}
		p := obj(fmt.Sprintf("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Resources %d 0 R %s >>", pagesID, res, contents))
		kids = append(kids, fmt.Sprintf("%d 0 R", p))
	}
	obj(fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), len(kids)))
	root := obj(fmt.Sprintf("<< /Type /Catalog /Pages %d 0 R >>", pagesID))
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(offsets)+1)
	for _, o := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(offsets)+1, root, xref)
	return b.Bytes()
}

// esc quotes s as a PDF literal string.
func esc(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `(`, `\(`, `)`, `\)`)
	return "(" + r.Replace(s) + ")"
}

// textAt is a content fragment showing s with font f at size sz at (x, y).
func textAt(f string, sz, x, y float64, s string) string {
	return fmt.Sprintf("BT /%s %g Tf %g %g Td %s Tj ET\n", f, sz, x, y, esc(s))
}

// testTrueType is an sfnt holding only a format 4 (3,1) cmap table.
func testTrueType() string {
	type seg struct{ start, end, delta int }
	segs := []seg{{' ', ' ', 53 - ' '}, {'A', 'Z', 1 - 'A'}, {'a', 'z', 27 - 'a'}, {0xFFFF, 0xFFFF, 1}}
	var sub bytes.Buffer
	w := func(v uint16) { sub.WriteByte(byte(v >> 8)); sub.WriteByte(byte(v)) }
	n := uint16(len(segs))
	w(4)
	w(16 + 8*n) // length
	w(0)
	w(2 * n)
	w(0)
	w(0)
	w(0)
	for _, s := range segs {
		w(uint16(s.end))
	}
	w(0)
	for _, s := range segs {
		w(uint16(s.start))
	}
	for _, s := range segs {
		w(uint16(s.delta & 0xFFFF))
	}
	for range segs {
		w(0)
	}
	var cmap bytes.Buffer
	cmap.Write([]byte{0, 0, 0, 1, 0, 3, 0, 1, 0, 0, 0, 12})
	cmap.Write(sub.Bytes())
	var b bytes.Buffer
	b.Write([]byte{0, 1, 0, 0, 0, 1, 0, 16, 0, 0, 0, 0})
	b.WriteString("cmap")
	b.Write([]byte{0, 0, 0, 0, 0, 0, 0, 28})
	l := cmap.Len()
	b.Write([]byte{byte(l >> 24), byte(l >> 16), byte(l >> 8), byte(l)})
	b.Write(cmap.Bytes())
	return b.String()
}
