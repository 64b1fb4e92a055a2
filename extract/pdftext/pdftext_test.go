package pdftext

import (
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/clausecheck/clausecheck/internal/fuzzdeadline"
	"github.com/ledongthuc/pdf"
)

func pageTexts(p Page) []string {
	var out []string
	for _, l := range p.Lines {
		out = append(out, l.Text)
	}
	return out
}

func hasWarning(res *Result, sub string) bool {
	for _, w := range res.Warnings {
		if strings.Contains(w, sub) {
			return true
		}
	}
	return false
}

// TestLines checks line and space rebuilding on one-page PDFs.
func TestLines(t *testing.T) {
	tests := []struct {
		name    string
		content string
		want    []string
	}{
		{"space glyphs", textAt("F1", 10, 72, 700, "Hello world"), []string{"Hello world"}},
		{"spaces only as TJ displacements",
			"BT /F1 10 Tf 72 700 Td [(Hello) -400 (world) 30 (s)] TJ ET", []string{"Hello worlds"}},
		{"kerning is not a space",
			"BT /F1 10 Tf 72 700 Td [(W) 80 (o) 40 (rd)] TJ ET", []string{"Word"}},
		{"Tw widens space glyphs",
			"BT /F1 10 Tf 6 Tw 72 700 Td (a b) Tj ET", []string{"a b"}},
		{"justified words placed apart without space glyphs (groff)",
			"BT /F1 10 Tf 72 700 Td (The) Tj 19 0 Td (quick) Tj 29 0 Td (fox) Tj ET", []string{"The quick fox"}},
		{"Td lines inside one BT",
			"BT /F1 10 Tf 72 700 Td (Line one) Tj 0 -14 Td (Line two) Tj 14 TL T* (Line three) Tj ET",
			[]string{"Line one", "Line two", "Line three"}},
		{"quote operators move to the next line",
			"BT /F1 10 Tf 12 TL 72 700 Td (first) Tj (second) ' 1 0 (third) \" ET",
			[]string{"first", "second", "third"}},
		{"word split by a font change stays one word",
			"BT /F1 10 Tf 72 700 Td (The Cust) Tj /F2 10 Tf (omer) Tj /F1 10 Tf ( pays) Tj ET", []string{"The Customer pays"}},
		{"word split across text objects",
			"BT /F1 10 Tf 72 700 Td (Cust) Tj ET BT /F2 10 Tf 92 700 Td (omer) Tj ET", []string{"Customer"}},
		{"label and text at a tab stop",
			"BT /F1 10 Tf 72 700 Td (1.1) Tj 36 0 Td (Definitions) Tj ET", []string{"1.1\tDefinitions"}},
		{"ligatures from a one-to-many ToUnicode",
			"BT /F3 10 Tf 72 700 Td <006F0101006300650072002001000069006C0065> Tj ET", []string{"officer fiile"}},
		{"Identity-H without ToUnicode decoded through the embedded font's cmap",
			"BT /F6 10 Tf 72 700 Td <000300260029002F001E003500010009> Tj ET", []string{"Cloud AI"}},
		{"ligature code point expanded",
			"BT /F5 10 Tf 72 700 Td <6F01636572> Tj ET", []string{"officer"}},
		{"soft hyphen dropped, nbsp is a space, real hyphens kept",
			"BT /F1 10 Tf 72 700 Td (co\\255op 10\\240days forty-five) Tj ET", []string{"coop 10 days forty-five"}},
		{"end-of-line hyphen kept for the caller to join",
			"BT /F1 10 Tf 72 700 Td (shall indem-) Tj 0 -12 Td (nify the) Tj ET", []string{"shall indem-", "nify the"}},
		{"soft hyphen at the end of a line shows as a hyphen",
			"BT /F1 10 Tf 72 700 Td (shall indem\\255) Tj 0 -12 Td (nify the) Tj ET", []string{"shall indem-", "nify the"}},
		{"cm and Tm scale the font",
			"q 2 0 0 2 0 0 cm BT /F1 5 Tf 36 350 Td (Scaled text) Tj ET Q", []string{"Scaled text"}},
		{"q/Q restore the text state",
			"BT /F1 10 Tf 72 700 Td q /F2 10 Tf Q (plain) Tj ET", []string{"plain"}},
		{"superscript stays on its line",
			"BT /F1 10 Tf 72 700 Td (Fees) Tj 3 Ts /F1 6 Tf (1) Tj 0 Ts /F1 10 Tf ( apply) Tj ET", []string{"Fees1 apply"}},
		{"lines come out top to bottom whatever the stream order",
			textAt("F1", 10, 72, 600, "second") + textAt("F1", 10, 72, 700, "first"), []string{"first", "second"}},
		{"Tz horizontal scaling",
			"BT /F1 10 Tf 50 Tz 72 700 Td (ab) Tj 10 0 Td (cd) Tj ET", []string{"ab cd"}},
		{"Tc character spacing does not split words",
			"BT /F1 10 Tf 0.5 Tc 72 700 Td (spaced out) Tj ET", []string{"spaced out"}},
		{"landscape page drawn rotated",
			"q 0 1 -1 0 500 100 cm BT /F1 10 Tf 72 300 Td (Rotated table row) Tj 0 -14 Td (second row) Tj ET Q\n" +
				"BT /F1 8 Tf 50 50 Td (1) Tj ET", []string{"Rotated table row", "second row"}},
		{"rotated watermark ignored",
			"BT /F1 10 Tf 72 700 Td (body) Tj ET BT /F1 40 Tf 0.7 0.7 -0.7 0.7 200 300 Tm (DRAFT) Tj ET", []string{"body"}},
		{"inline image data is not text",
			textAt("F1", 10, 72, 700, "before") + "BI /W 4 /H 1 /CS /G /BPC 8 ID \x01 (junk) Tj \x02 EI\n" + textAt("F1", 10, 72, 680, "after"),
			[]string{"before", "after"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Extract(testPDF{pages: []string{tc.content}}.bytes())
			if err != nil {
				t.Fatal(err)
			}
			if got := pageTexts(res.Pages[0]); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("lines = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestLineGeometry(t *testing.T) {
	content := textAt("F2", 12, 72, 700, "1. Heading") + textAt("F1", 10, 90, 680, "Body text")
	res, err := Extract(testPDF{pages: []string{content}}.bytes())
	if err != nil {
		t.Fatal(err)
	}
	want := []Line{
		{Text: "1. Heading", X: 72, Y: 700, Size: 12, Bold: true},
		{Text: "Body text", X: 90, Y: 680, Size: 10},
	}
	if got := res.Pages[0].Lines; !reflect.DeepEqual(got, want) {
		t.Errorf("lines = %+v, want %+v", got, want)
	}
}

func TestUndecodableFont(t *testing.T) {
	// Identity-H without ToUnicode on page 2: a warning, never mojibake.
	pages := []string{textAt("F1", 10, 72, 700, "Readable page"),
		"BT /F4 10 Tf 72 700 Td <0024002500260027> Tj ET"}
	res, err := Extract(testPDF{pages: pages}.bytes())
	if err != nil {
		t.Fatal(err)
	}
	if !hasWarning(res, "cannot decode text on page 2") {
		t.Errorf("warnings = %q, want cannot decode on page 2", res.Warnings)
	}
	if len(res.Pages[1].Lines) != 0 {
		t.Errorf("page 2 lines = %q, want none", pageTexts(res.Pages[1]))
	}
	if got := pageTexts(res.Pages[0]); !reflect.DeepEqual(got, []string{"Readable page"}) {
		t.Errorf("page 1 = %q", got)
	}
}

func TestNoText(t *testing.T) {
	scanned := "q 500 0 0 700 50 50 cm 0.5 g 0 0 1 1 re f Q"
	_, err := Extract(testPDF{pages: []string{scanned, scanned}}.bytes())
	if !errors.Is(err, ErrNoText) || !strings.Contains(err.Error(), "no text layer on any of 2 pages") {
		t.Fatalf("err = %v, want ErrNoText naming 2 pages", err)
	}
	res, err := Extract(testPDF{pages: []string{textAt("F1", 10, 72, 700, "text"), scanned, ""}, emptyPages: map[int]bool{2: true}}.bytes())
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Pages) != 3 || !hasWarning(res, "no text on page 2") || !hasWarning(res, "no text on page 3") {
		t.Errorf("pages = %d, warnings = %q", len(res.Pages), res.Warnings)
	}
}

func TestNotPDF(t *testing.T) {
	for _, in := range [][]byte{nil, []byte("hello"), []byte("PK\x03\x04 not a pdf at all")} {
		if _, err := Extract(in); !errors.Is(err, ErrNotPDF) {
			t.Errorf("Extract(%q) err = %v, want ErrNotPDF", in, err)
		}
	}
}

// body returns n lines of running text starting at y, 14 units apart.
func body(page, n int, y float64) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(textAt("F1", 10, 72, y-float64(14*i), fmt.Sprintf("Body text line %c on page %s goes here", 'a'+i, []string{"zero", "one", "two", "three"}[page])))
	}
	return b.String()
}

func TestFurniture(t *testing.T) {
	footers := []string{"Page 1 of 3", "2", "- 3 -"}
	var pages []string
	for i := 0; i < 3; i++ {
		c := textAt("F1", 9, 200, 760, "CONFIDENTIAL - Bedrock Addendum") + body(i+1, 5, 700) +
			textAt("F1", 9, 290, 30, footers[i])
		pages = append(pages, c)
	}
	// page 2 ends mid-sentence and page 3 continues it under the header
	pages[1] += textAt("F1", 10, 72, 630, "Customer shall pay the")
	pages[2] = strings.Replace(pages[2], "Body text line a on page three goes here", "Fees within thirty days", 1)
	res, err := Extract(testPDF{pages: pages}.bytes())
	if err != nil {
		t.Fatal(err)
	}
	for i, p := range res.Pages {
		for _, l := range p.Lines {
			if strings.Contains(l.Text, "CONFIDENTIAL") || l.Text == footers[i] {
				t.Errorf("page %d: furniture left: %q", i+1, l.Text)
			}
		}
		want := []string{"CONFIDENTIAL - Bedrock Addendum", footers[i]}
		if !reflect.DeepEqual(p.Furniture, want) {
			t.Errorf("page %d furniture = %q, want %q", i+1, p.Furniture, want)
		}
	}
	if got := res.Pages[1].Lines[len(res.Pages[1].Lines)-1].Text; got != "Customer shall pay the" {
		t.Errorf("page 2 last line = %q", got)
	}
	if got := res.Pages[2].Lines[0].Text; got != "Fees within thirty days" {
		t.Errorf("page 3 first line = %q", got)
	}
}

func TestFurnitureKeepsBody(t *testing.T) {
	// A single page: no repetition, so only a bare page number is furniture.
	c := textAt("F1", 10, 72, 760, "1. Definitions") + body(1, 3, 700) + textAt("F1", 9, 290, 30, "7")
	res, err := Extract(testPDF{pages: []string{c}}.bytes())
	if err != nil {
		t.Fatal(err)
	}
	if got := res.Pages[0].Lines[0].Text; got != "1. Definitions" {
		t.Errorf("first line = %q", got)
	}
	if !reflect.DeepEqual(res.Pages[0].Furniture, []string{"7"}) {
		t.Errorf("furniture = %q", res.Pages[0].Furniture)
	}
}

func TestFootnoteAfterBody(t *testing.T) {
	c := textAt("F1", 10, 72, 700, "1.2 The Fees are set out in the Order.") +
		"BT /F1 6 Tf 242 703 Td (1) Tj ET\n" +
		textAt("F1", 10, 72, 686, "1.3 Payment is due in thirty days.") +
		textAt("F1", 7, 72, 90, "1 Fees exclude taxes.")
	res, err := Extract(testPDF{pages: []string{c}}.bytes())
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"1.2 The Fees are set out in the Order.1", "1.3 Payment is due in thirty days.", "1 Fees exclude taxes."}
	if got := pageTexts(res.Pages[0]); !reflect.DeepEqual(got, want) {
		t.Errorf("lines = %q, want %q", got, want)
	}
}

// checkPageLines extracts a one-page PDF of the content and compares its
// lines with want.
func checkPageLines(t *testing.T, content string, want []string) {
	t.Helper()
	res, err := Extract(testPDF{pages: []string{content}}.bytes())
	if err != nil {
		t.Fatal(err)
	}
	if got := pageTexts(res.Pages[0]); !reflect.DeepEqual(got, want) {
		t.Errorf("lines =\n%q\nwant\n%q", got, want)
	}
}

func TestTwoColumns(t *testing.T) {
	var b strings.Builder
	b.WriteString(textAt("F2", 12, 200, 740, "Bilingual Agreement Title Spanning"))
	for i := 0; i < 12; i++ {
		y := 700 - float64(14*i)
		b.WriteString(textAt("F1", 10, 50, y, fmt.Sprintf("left column line %02d text", i)))
		b.WriteString(textAt("F1", 10, 320, y, fmt.Sprintf("right column line %02d text", i)))
	}
	res, err := Extract(testPDF{pages: []string{b.String()}}.bytes())
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Bilingual Agreement Title Spanning"}
	for i := 0; i < 12; i++ {
		want = append(want, fmt.Sprintf("left column line %02d text", i))
	}
	for i := 0; i < 12; i++ {
		want = append(want, fmt.Sprintf("right column line %02d text", i))
	}
	if got := pageTexts(res.Pages[0]); !reflect.DeepEqual(got, want) {
		t.Errorf("lines =\n%q\nwant\n%q", got, want)
	}
}

func TestTable(t *testing.T) {
	var b strings.Builder
	rows := [][]string{{"Service", "Fee", "Term"}, {"Bedrock", "$42,000.00", "12 months"}, {"Support", "$8,000.00", "12 months"}}
	for i, r := range rows {
		y := 700 - float64(20*i)
		// cells 15 units apart (1.5 x size): only the drawn borders make them cells
		b.WriteString(textAt("F1", 10, 72, y, r[0]))
		b.WriteString(textAt("F1", 10, 72+float64(5*len(r[0]))+15, y, r[1]))
		b.WriteString(textAt("F1", 10, 72+float64(5*len(r[0])+5*len(r[1]))+30, y, r[2]))
	}
	// vertical borders between the columns of every row, drawn as thin rectangles
	for i, r := range rows {
		y := 700 - float64(20*i)
		x1 := 72 + float64(5*len(r[0])) + 7
		x2 := 72 + float64(5*len(r[0])+5*len(r[1])) + 22
		fmt.Fprintf(&b, "%g %g 0.5 16 re %g %g 0.5 16 re f\n", x1, y-4, x2, y-4)
	}
	// a table without borders but wide gaps
	b.WriteString(textAt("F1", 10, 72, 500, "Region") + textAt("F1", 10, 200, 500, "us-east-1"))
	res, err := Extract(testPDF{pages: []string{b.String()}}.bytes())
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Service\tFee\tTerm", "Bedrock\t$42,000.00\t12 months", "Support\t$8,000.00\t12 months", "Region\tus-east-1"}
	if got := pageTexts(res.Pages[0]); !reflect.DeepEqual(got, want) {
		t.Errorf("lines = %q, want %q", got, want)
	}
}

func TestRedline(t *testing.T) {
	text := textAt("F1", 10, 72, 700, "within thirty (30)forty-five (45) days")
	strike := "72 703 90 0.6 re f\n"      // through "within thirty (30)" at mid-height
	underline := "72 698.5 90 0.6 re f\n" // below the baseline
	tests := []struct {
		name, content string
		want          bool
	}{
		{"strike-through rectangle", text + strike, true},
		{"strike-through stroked line", text + "0.5 w 72 703.5 m 162 703.5 l S\n", true},
		{"underline only", text + underline, false},
		{"plain", text, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Extract(testPDF{pages: []string{textAt("F1", 10, 72, 700, "clean page"), tc.content}}.bytes())
			if err != nil {
				t.Fatal(err)
			}
			got := hasWarning(res, "looks like a redline (struck-through text on pages 2)")
			if got != tc.want {
				t.Errorf("redline warning = %v, want %v (warnings %q)", got, tc.want, res.Warnings)
			}
		})
	}
}

func TestDamagedContent(t *testing.T) {
	good := textAt("F1", 10, 72, 500, "Page one is fine")
	// a stray delimiter in the middle of page 2's content
	bad := textAt("F1", 10, 72, 500, "Before the damage") + "BT /F1 10 Tf 72 480 Td ) (After) Tj ET\n"
	res, err := Extract(testPDF{pages: []string{good, bad, good}}.bytes())
	if err != nil {
		t.Fatal(err)
	}
	if got := pageTexts(res.Pages[0]); !reflect.DeepEqual(got, []string{"Page one is fine"}) {
		t.Errorf("page 1 = %q", got)
	}
	if got := pageTexts(res.Pages[2]); !reflect.DeepEqual(got, []string{"Page one is fine"}) {
		t.Errorf("page 3 = %q", got)
	}
	p2 := pageTexts(res.Pages[1])
	if len(p2) == 0 || p2[0] != "Before the damage" {
		t.Errorf("page 2 = %q, want the text before the damage", p2)
	}
	if !hasWarning(res, "page 2: content stream damaged") {
		t.Errorf("warnings = %q", res.Warnings)
	}
}

// A three-column table whose terms column wraps over several lines is a
// table, not a two-column page: each row stays with its wrapped terms.
func TestTableIsNotTwoColumns(t *testing.T) {
	var b strings.Builder
	var want []string
	y := 700.0
	for i := 0; i < 6; i++ {
		b.WriteString(textAt("F1", 10, 72, y, fmt.Sprintf("2.%d", i+1)))
		b.WriteString(textAt("F1", 10, 110, y, fmt.Sprintf("Subject of row %d, long", i)))
		b.WriteString(textAt("F1", 10, 300, y, fmt.Sprintf("terms of row %d begin here and", i)))
		want = append(want, fmt.Sprintf("2.%d\tSubject of row %d, long\tterms of row %d begin here and", i+1, i, i))
		y -= 12
		b.WriteString(textAt("F1", 10, 300, y, fmt.Sprintf("go on in this column for row %d", i)))
		want = append(want, fmt.Sprintf("go on in this column for row %d", i))
		y -= 14
	}
	checkPageLines(t, b.String(), want)
}

// A table whose last column holds a short note beside a few of its rows
// ("Amended by Variation 2") is a table, not a two-column page: a note
// stays on the line of the row it annotates. The notes fill only a part of
// their column's height, as no column of running text does.
func TestSparseNotesColumnIsNotTwoColumns(t *testing.T) {
	var b strings.Builder
	var want []string
	y := 760.0
	for i := 0; i < 10; i++ {
		b.WriteString(textAt("F1", 10, 72, y, fmt.Sprintf("B%d.1", i+1)))
		first := fmt.Sprintf("Clause text of row %d begins", i)
		b.WriteString(textAt("F1", 10, 120, y, first))
		line := fmt.Sprintf("B%d.1\t%s", i+1, first)
		if i%2 == 1 {
			note := fmt.Sprintf("Amended by Variation %d: the", i)
			b.WriteString(textAt("F1", 10, 330, y, note))
			line += "\t" + note
		}
		want = append(want, line)
		for k := 0; k < 4; k++ {
			y -= 12
			cont := fmt.Sprintf("and goes on over line %d of row %d", k, i)
			b.WriteString(textAt("F1", 10, 120, y, cont))
			if i%2 == 1 && k == 0 {
				b.WriteString(textAt("F1", 10, 330, y, "former text is deleted"))
				cont += "\tformer text is deleted"
			}
			want = append(want, cont)
		}
		y -= 14
	}
	checkPageLines(t, b.String(), want)
}

// The page budget counts the characters a page shows, not its glyph
// codes: a font's ToUnicode map can turn one code into many (here "ffi"),
// and a few KiB of codes could otherwise show gigabytes of text.
func TestGlyphBudgetCountsCharacters(t *testing.T) {
	content := "BT /F3 10 Tf 72 700 Td <" + strings.Repeat("0101", 1000) + "> Tj ET"
	if _, err := ExtractWith(testPDF{pages: []string{content}}.bytes(), Options{MaxPageGlyphs: 2500}); !errors.Is(err, ErrLimit) || !strings.Contains(err.Error(), "max-page-glyphs") {
		t.Errorf("1,000 codes showing 3,000 characters against a budget of 2,500: err %v", err)
	}
	if _, err := ExtractWith(testPDF{pages: []string{content}}.bytes(), Options{MaxPageGlyphs: 3500}); err != nil {
		t.Errorf("within the budget: %v", err)
	}
}

// A content stream that stacks operands with no operator to take them
// ("1 1 1 …", "[[[[…") is refused naming the limit, before the library's
// lexer holds them all.
func TestOperandBudget(t *testing.T) {
	for name, flood := range map[string]string{"numbers": strings.Repeat("1 ", maxOperands+10), "arrays": strings.Repeat("[", maxOperands+10)} {
		content := "BT /F1 10 Tf 72 700 Td (1. Fees) Tj ET " + flood
		_, err := Extract(testPDF{pages: []string{content}}.bytes())
		if !errors.Is(err, ErrLimit) || !strings.Contains(err.Error(), "operands") {
			t.Errorf("%s: err %v, want the operands limit", name, err)
		}
	}
}

func TestLongestOperandRun(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
	}{
		{"", 0},
		{"BT /F1 10 Tf 72 700 Td (a) Tj ET", 2},
		{"[(A) -20 (B) 30 (C)] TJ", 7},
		{"1 2 3 % 4 5 6 comment\n re", 3},
		{"(a ) b c) (d) Tj", 2},
		{"<< /A 1 >> BDC <41> Tj", 5},
		{"BI /W 1 ID 1 2 3 4 5 EI Q", 2},
		{"1 2 3", 3},
	} {
		if got := longestOperandRun([]byte(c.in)); got != c.want {
			t.Errorf("longestOperandRun(%q) = %d, want %d", c.in, got, c.want)
		}
	}
}

// intObjectsExpr is what intObjects reads, as the expression it stands for.
var intObjectsExpr = regexp.MustCompile(`(?m)(?:^|[^0-9])(\d{1,10})\s+\d{1,5}\s+obj\s*(\d{1,12})\s*endobj`)

func intObjectsByExpr(buf []byte) map[int]int {
	out := map[int]int{}
	for _, m := range intObjectsExpr.FindAllSubmatch(buf, -1) {
		id, _ := strconv.Atoi(string(m[1]))
		if v, err := strconv.Atoi(string(m[2])); err == nil {
			out[id] = v
		}
	}
	return out
}

func TestIntObjectsAsExpression(t *testing.T) {
	inputs := []string{
		"1 0 obj\n17\nendobj\n2 0 obj 5 endobj",
		"12 0 obj 5 endobj3 0 obj 6 endobj\n4 0 obj 7 endobj",
		"x12 0 obj 5 endobj", "112345678901 0 obj 5 endobj", "1 123456 obj 5 endobj",
		"1 0 obj5endobj", "1 0obj 5 endobj", "1 0 obj 1234567890123 endobj", "1 0 obj 12 34 endobj",
		"7 0 obj << /Length 8 0 R >> stream\nxx\nendstream endobj\n8 0 obj\n2\nendobj",
		"\n3\t0\r\nobj\f9\nendobj", "5 0 obj 1 endobj 6 0 obj 2 endobj",
	}
	files, _ := filepath.Glob("../../fixtures/drafts/*.pdf")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, string(b))
	}
	for _, in := range inputs {
		got, want := intObjects([]byte(in)), intObjectsByExpr([]byte(in))
		if !maps.Equal(got, want) {
			t.Errorf("%.60q: intObjects = %v, the expression finds %v", in, got, want)
		}
	}
	if len(intObjects([]byte(inputs[len(inputs)-1]))) == 0 {
		t.Error("no integer object found in a LibreOffice PDF")
	}
}

func FuzzIntObjects(f *testing.F) {
	f.Add([]byte("1 0 obj\n17\nendobj\n2 0 obj 5 endobj"))
	f.Add([]byte("12 0 obj 5 endobj3 0 obj 6 endobj\n4 0 obj 7 endobj"))
	f.Add([]byte("9 9 obj 9 endobj9 9 obj 9 endobj"))
	f.Fuzz(func(t *testing.T, b []byte) {
		fuzzdeadline.Run(t, func() {
			if got, want := intObjects(b), intObjectsByExpr(b); !maps.Equal(got, want) {
				t.Fatalf("%q: intObjects = %v, the expression finds %v", b, got, want)
			}
		})
	})
}

// TestPagesLetGoOfGlyphs: once a page's lines are built, none of them
// holds the page's glyphs any longer (a long document held every page's
// to the end of its extraction: 124 MiB for 300 pages, 43 MiB now).
func TestPagesLetGoOfGlyphs(t *testing.T) {
	f, err := os.Open("../../fixtures/drafts/strong-deal-addendum.pdf")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		t.Fatal(err)
	}
	r, err := pdf.NewReader(f, st.Size())
	if err != nil {
		t.Fatal(err)
	}
	work, _ := extractAll(r, &budget{opt: Options{}.withDefaults()})
	lines := 0
	for _, w := range work {
		for _, l := range w.lines {
			lines++
			if l.glyphs != nil {
				t.Fatalf("page %d: a line still holds %d glyphs", w.page.Number, len(l.glyphs))
			}
		}
	}
	if lines < 20 {
		t.Fatalf("only %d lines read", lines)
	}
}
