package docx

import (
	"strings"
	"testing"
)

func texts(ps []Paragraph) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Text
	}
	return out
}

const (
	insA = `<w:ins w:id="1" w:author="Alice" w:date="2026-01-02T03:04:05Z">`
	delB = `<w:del w:id="2" w:author="Bob" w:date="2026-02-03T00:00:00Z">`
)

func TestTrackedChangesInOneClause(t *testing.T) {
	body := `<w:p><w:r><w:t xml:space="preserve">Payment within </w:t></w:r>` +
		delB + `<w:r><w:delText>thirty (30)</w:delText></w:r></w:del>` +
		insA + `<w:r><w:t>forty-five (45)</w:t></w:r></w:ins>` +
		`<w:r><w:t xml:space="preserve"> days</w:t></w:r>` +
		`<w:moveFrom w:id="3" w:author="Carol" w:date="2026-03-04T00:00:00Z"><w:r><w:t xml:space="preserve"> net</w:t></w:r></w:moveFrom>` +
		`<w:r><w:t>.</w:t></w:r>` +
		`<w:moveTo w:id="4" w:author="Carol" w:date="2026-03-04T00:00:00Z"><w:r><w:t xml:space="preserve"> Net.</w:t></w:r></w:moveTo>` +
		`</w:p>` + p("Second.")
	data := build(t, parts{body: body})
	acc := read(t, data, Options{})
	orig := read(t, data, Options{Original: true})
	eqStrings(t, "accepted", texts(acc.Paragraphs), []string{"Payment within forty-five (45) days. Net.", "Second."})
	eqStrings(t, "original", texts(orig.Paragraphs), []string{"Payment within thirty (30) days net.", "Second."})
	want := []Revision{
		{Kind: "delete", Author: "Bob", Date: "2026-02-03T00:00:00Z", Text: "thirty (30)", Paragraph: 0},
		{Kind: "insert", Author: "Alice", Date: "2026-01-02T03:04:05Z", Text: "forty-five (45)", Paragraph: 0},
		{Kind: "move-from", Author: "Carol", Date: "2026-03-04T00:00:00Z", Text: " net", Paragraph: 0},
		{Kind: "move-to", Author: "Carol", Date: "2026-03-04T00:00:00Z", Text: " Net.", Paragraph: 0},
	}
	for _, res := range []*Result{acc, orig} {
		if len(res.Revisions) != len(want) {
			t.Fatalf("revisions %+v, want %+v", res.Revisions, want)
		}
		for i := range want {
			if res.Revisions[i] != want[i] {
				t.Errorf("revision %d: %+v, want %+v", i, res.Revisions[i], want[i])
			}
		}
	}
}

func TestDeletedNumberedParagraph(t *testing.T) {
	nb := `<w:abstractNum w:abstractNumId="0">` + lvl(0, 1, "decimal", "%1.", "") + `</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`
	deleted := `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>` +
		`<w:rPr><w:del w:id="9" w:author="Bob" w:date="2026-02-03T00:00:00Z"/></w:rPr></w:pPr>` +
		delB + `<w:r><w:delText>Audit rights.</w:delText></w:r></w:del></w:p>`
	body := np(1, 0, "Scope.") + deleted + np(1, 0, "Fees.") + np(1, 0, "Term.")
	data := build(t, parts{body: body, numbering: nb})
	acc := read(t, data, Options{})
	orig := read(t, data, Options{Original: true})
	eqStrings(t, "accepted", labelsAndTexts(acc.Paragraphs), []string{"1.|Scope.", "2.|Fees.", "3.|Term."})
	eqStrings(t, "original", labelsAndTexts(orig.Paragraphs), []string{"1.|Scope.", "2.|Audit rights.", "3.|Fees.", "4.|Term."})
	// Both revisions belong to the accepted paragraph that absorbed the deletion.
	if len(acc.Revisions) != 2 || acc.Revisions[0].Kind != RevParagraphMarkDelete || acc.Revisions[1].Kind != RevDelete {
		t.Fatalf("revisions %+v", acc.Revisions)
	}
	for _, r := range acc.Revisions {
		if r.Paragraph != 1 {
			t.Errorf("revision %+v: Paragraph %d, want 1", r, r.Paragraph)
		}
	}
}

func TestParagraphMarkDeletionMerges(t *testing.T) {
	nb := `<w:abstractNum w:abstractNumId="0">` + lvl(0, 1, "decimal", "%1.", "") + `</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`
	first := `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>` +
		`<w:rPr><w:del w:id="9" w:author="Bob" w:date="d"/></w:rPr></w:pPr>` +
		`<w:r><w:t xml:space="preserve">Customer shall pay the Fees </w:t></w:r></w:p>`
	second := np(1, 0, "within thirty days.")
	inserted := `<w:p><w:pPr><w:rPr><w:ins w:id="10" w:author="Alice" w:date="d"/></w:rPr></w:pPr>` +
		`<w:r><w:t xml:space="preserve">Split </w:t></w:r></w:p>` + p("here.")
	// A numbered clause merged with the unnumbered paragraph after it keeps
	// its number.
	third := strings.Replace(first, "Customer shall pay the Fees ", "Provider may suspend ", 1) + p("the Services.")
	data := build(t, parts{body: first + second + np(1, 0, "Next.") + inserted + third + np(1, 0, "Last."), numbering: nb})
	acc := read(t, data, Options{})
	orig := read(t, data, Options{Original: true})
	eqStrings(t, "accepted", labelsAndTexts(acc.Paragraphs), []string{
		"1.|Customer shall pay the Fees within thirty days.", "2.|Next.", "|Split ", "|here.",
		"3.|Provider may suspend the Services.", "4.|Last."})
	eqStrings(t, "original", labelsAndTexts(orig.Paragraphs), []string{
		"1.|Customer shall pay the Fees ", "2.|within thirty days.", "3.|Next.", "|Split here.",
		"4.|Provider may suspend ", "|the Services.", "5.|Last."})
}

func TestInsertedThenDeletedText(t *testing.T) {
	// Text inserted by one author and deleted by another shows in neither view.
	body := `<w:p><w:r><w:t xml:space="preserve">A </w:t></w:r>` + insA + delB +
		`<w:r><w:delText>gone</w:delText></w:r></w:del></w:ins><w:r><w:t>B</w:t></w:r></w:p>`
	data := build(t, parts{body: body})
	for _, opt := range []Options{{}, {Original: true}} {
		res := read(t, data, opt)
		eqStrings(t, "text", texts(res.Paragraphs), []string{"A B"})
		if len(res.Revisions) != 2 || res.Revisions[0].Text != "gone" || res.Revisions[1].Text != "gone" {
			t.Errorf("revisions %+v", res.Revisions)
		}
	}
}

func TestTrackedTableRows(t *testing.T) {
	row := func(trPr, a, b string) string {
		return `<w:tr>` + trPr + `<w:tc>` + p(a) + `</w:tc><w:tc>` + p(b) + `</w:tc></w:tr>`
	}
	body := `<w:tbl>` + row("", "Service", "Rate") +
		row(`<w:trPr><w:del w:id="1" w:author="Bob" w:date="d"/></w:trPr>`, "Claude", "$1") +
		row(`<w:trPr><w:ins w:id="2" w:author="Alice" w:date="d"/></w:trPr>`, "Titan", "$2") + `</w:tbl>`
	data := build(t, parts{body: body})
	eqStrings(t, "accepted", texts(read(t, data, Options{}).Paragraphs), []string{"Service\tRate", "Titan\t$2"})
	eqStrings(t, "original", texts(read(t, data, Options{Original: true}).Paragraphs), []string{"Service\tRate", "Claude\t$1"})
}

func TestFields(t *testing.T) {
	fld := func(typ string) string { return `<w:r><w:fldChar w:fldCharType="` + typ + `"/></w:r>` }
	instr := func(s string) string { return `<w:r><w:instrText xml:space="preserve">` + s + `</w:instrText></w:r>` }
	run := func(s string) string { return `<w:r><w:t xml:space="preserve">` + s + `</w:t></w:r>` }
	ref := `<w:p>` + run("as set out in Section ") + fld("begin") + instr(" REF _Ref123 \\r \\h ") + fld("separate") +
		run("4.2(b)(ii)") + fld("end") + run(" below") + `</w:p>`
	// An IF field whose instruction holds a nested REF: only the outer
	// field's cached result shows.
	nested := `<w:p>` + run("Fee: ") + fld("begin") + instr(" IF ") + fld("begin") + instr(" REF Amount ") + fld("separate") +
		run("42") + fld("end") + instr(` > 0 "due" "none" `) + fld("separate") + run("due") + fld("end") + `</w:p>`
	// A field with a nested field in its result: the nested result shows.
	nestedResult := `<w:p>` + fld("begin") + instr(" QUOTE ") + fld("separate") + run("Page ") + fld("begin") + instr(" PAGE ") +
		fld("separate") + run("7") + fld("end") + fld("end") + `</w:p>`
	simple := `<w:p>` + run("See ") + `<w:fldSimple w:instr=" REF _Ref9 \h "><w:r><w:t>Schedule B</w:t></w:r></w:fldSimple>` + run(".") + `</w:p>`
	noResult := `<w:p>` + run("Index") + fld("begin") + instr(` XE "Fees" `) + fld("end") + `</w:p>`
	res := read(t, build(t, parts{body: ref + nested + nestedResult + simple + noResult}), Options{})
	eqStrings(t, "fields", texts(res.Paragraphs), []string{
		"as set out in Section 4.2(b)(ii) below", "Fee: due", "Page 7", "See Schedule B.", "Index",
	})
}

func TestNotClauseText(t *testing.T) {
	body := `<w:p><w:commentRangeStart w:id="0"/><w:r><w:t xml:space="preserve">Customer </w:t></w:r>` +
		`<w:r><w:rPr><w:b/></w:rPr><w:t>shall</w:t></w:r><w:commentRangeEnd w:id="0"/>` +
		`<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="0"/></w:r>` +
		`<w:r><w:rPr><w:vanish/></w:rPr><w:t>HIDDEN</w:t></w:r>` +
		`<w:r><w:rPr><w:rStyle w:val="Secret"/></w:rPr><w:t>STYLEHIDDEN</w:t></w:r>` +
		`<w:r><w:rPr><w:vanish w:val="false"/></w:rPr><w:t xml:space="preserve"> pay</w:t></w:r>` +
		`<w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:t>.</w:t></w:r></w:p>`
	styles := `<w:style w:type="character" w:styleId="Secret"><w:name w:val="Secret"/><w:rPr><w:vanish/></w:rPr></w:style>`
	header := xmlHeader + `<w:hdr ` + nsDecl + `>` + p("CONFIDENTIAL HEADER") + `</w:hdr>`
	comments := xmlHeader + `<w:comments ` + nsDecl + `><w:comment w:id="0" w:author="Bob">` + p("Why shall?") + `</w:comment></w:comments>`
	res := read(t, build(t, parts{body: body, styles: styles, extra: map[string]string{
		"word/header1.xml": header, "word/footer1.xml": header, "word/comments.xml": comments}}), Options{})
	eqStrings(t, "text", texts(res.Paragraphs), []string{"Customer shall pay."})
	if len(res.Footnotes) != 0 {
		t.Errorf("footnotes %q from a document without footnotes.xml", res.Footnotes)
	}
}

func TestTextBoxOnce(t *testing.T) {
	box := func(s string) string { return `<w:txbxContent>` + p(s) + `</w:txbxContent>` }
	body := `<w:p><w:r><w:t xml:space="preserve">Anchor </w:t></w:r><w:r><mc:AlternateContent>` +
		`<mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>` + box("Boxed note") + `</wps:txbx></wps:wsp></w:drawing></mc:Choice>` +
		`<mc:Fallback><w:pict><v:shape><v:textbox>` + box("Boxed note") + `</v:textbox></v:shape></w:pict></mc:Fallback>` +
		`</mc:AlternateContent></w:r><w:r><w:t>text.</w:t></w:r></w:p>` +
		// A Fallback alone (no Choice) is used.
		`<w:p><w:r><mc:AlternateContent><mc:Fallback><w:pict><v:shape><v:textbox>` + box("Only fallback") +
		`</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>` + p("After.")
	res := read(t, build(t, parts{body: body}), Options{})
	eqStrings(t, "text", texts(res.Paragraphs), []string{"Anchor text.", "Boxed note", "Only fallback", "After."})
}

func TestContentControlsAndHyperlinks(t *testing.T) {
	body := `<w:sdt><w:sdtPr><w:alias w:val="Clause"/><w:tag w:val="c1"/></w:sdtPr><w:sdtContent>` +
		p("Whole clause in a control.") + `</w:sdtContent></w:sdt>` +
		`<w:p><w:r><w:t xml:space="preserve">See </w:t></w:r><w:hyperlink r:id="rId9"><w:r><w:t>the AWS Service Terms</w:t></w:r></w:hyperlink>` +
		`<w:sdt><w:sdtContent><w:r><w:t xml:space="preserve"> and </w:t></w:r></w:sdtContent></w:sdt>` +
		`<w:smartTag><w:r><w:t>Schedule A</w:t></w:r></w:smartTag></w:p>`
	res := read(t, build(t, parts{body: body}), Options{})
	eqStrings(t, "text", texts(res.Paragraphs), []string{"Whole clause in a control.", "See the AWS Service Terms and Schedule A"})
}

func TestRunContent(t *testing.T) {
	body := `<w:p><w:r><w:t>Label</w:t><w:tab/><w:t>non</w:t><w:noBreakHyphen/><w:t>exclusive, indem</w:t><w:softHyphen/>` +
		`<w:t>nify</w:t><w:br/><w:t>next</w:t><w:cr/><w:t>line </w:t>` +
		`<w:sym w:font="Symbol" w:char="F0B3"/><w:t xml:space="preserve"> 99</w:t><w:sym w:font="Wingdings" w:char="F0FC"/>` +
		`<w:sym w:font="Times New Roman" w:char="00A7"/></w:r>` +
		`<w:r><w:rPr><w:caps/></w:rPr><w:t xml:space="preserve"> Customer</w:t></w:r>` +
		`<w:r><w:rPr><w:smallCaps/></w:rPr><w:t xml:space="preserve"> Data</w:t></w:r></w:p>` +
		// A tab stop definition in pPr is not a tab character.
		`<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>no tab</w:t></w:r></w:p>`
	res := read(t, build(t, parts{body: body}), Options{})
	eqStrings(t, "text", texts(res.Paragraphs), []string{"Label\tnon-exclusive, indemnify next line ≥ 99§ Customer Data", "no tab"})
	if len(res.Warnings) != 1 || !strings.Contains(res.Warnings[0], "Wingdings") {
		t.Errorf("warnings %q, want one about the Wingdings symbol", res.Warnings)
	}
}

func TestTables(t *testing.T) {
	tc := func(tcPr, content string) string { return `<w:tc>` + tcPr + content + `</w:tc>` }
	span := `<w:tcPr><w:gridSpan w:val="2"/></w:tcPr>`
	vStart := `<w:tcPr><w:vMerge w:val="restart"/></w:tcPr>`
	vCont := `<w:tcPr><w:vMerge/></w:tcPr>`
	body := p("Rate card:") + `<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>` +
		`<w:tr>` + tc(span, p("Amazon Bedrock rates")) + tc("", p("Notes")) + `</w:tr>` +
		`<w:tr>` + tc(vStart, p("Claude")) + tc("", p("Input")) + tc("", p("$0.003")) + `</w:tr>` +
		`<w:tr>` + tc(vCont, `<w:p/>`) + tc("", p("Output")) + tc("", p("$0.015")+p("per 1,000 tokens")) + `</w:tr>` +
		`<w:tr>` + tc("", `<w:tbl><w:tr>`+tc("", p("nested"))+tc("", p("cell"))+`</w:tr></w:tbl>`) + tc("", p("x")) + tc("", `<w:p/>`) + `</w:tr>` +
		`</w:tbl>` + p("After the table.")
	res := read(t, build(t, parts{body: body}), Options{})
	eqStrings(t, "rows", texts(res.Paragraphs), []string{
		"Rate card:",
		"Amazon Bedrock rates\tNotes",
		"Claude\tInput\t$0.003",
		"\tOutput\t$0.015 per 1,000 tokens",
		"nested cell\tx\t",
		"After the table.",
	})
	for i, p := range res.Paragraphs {
		wantTable := i >= 1 && i <= 4
		if p.Table != wantTable || (p.Table && p.NumLevel != -1) {
			t.Errorf("paragraph %d %q: Table %v NumLevel %d", i, p.Text, p.Table, p.NumLevel)
		}
	}
}

func TestNumberedParagraphsInCells(t *testing.T) {
	nb := `<w:abstractNum w:abstractNumId="0">` + lvl(0, 1, "decimal", "%1.", "") + `</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`
	body := np(1, 0, "Body.") + `<w:tbl><w:tr><w:tc>` + np(1, 0, "In cell.") + `</w:tc></w:tr></w:tbl>` + np(1, 0, "After.")
	res := read(t, build(t, parts{body: body, numbering: nb}), Options{})
	eqStrings(t, "rows", labelsAndTexts(res.Paragraphs), []string{"1.|Body.", "|2. In cell.", "3.|After."})
}

func TestFootnotes(t *testing.T) {
	fn := `<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>` +
		`<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>` +
		`<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> As defined in the EDP.</w:t></w:r></w:p></w:footnote>` +
		`<w:footnote w:id="2"><w:p><w:r><w:t>Two</w:t></w:r></w:p><w:p>` + insA + `<w:r><w:t>paragraphs.</w:t></w:r></w:ins></w:p></w:footnote>`
	en := `<w:endnote w:id="1"><w:p><w:r><w:endnoteRef/></w:r><w:r><w:t>Endnote text.</w:t></w:r></w:p></w:endnote>`
	body := `<w:p><w:r><w:t>Discount</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:t xml:space="preserve"> applies.</w:t></w:r></w:p>`
	data := build(t, parts{body: body, footnotes: fn, endnotes: en})
	res := read(t, data, Options{})
	eqStrings(t, "body", texts(res.Paragraphs), []string{"Discount applies."})
	eqStrings(t, "notes", res.Footnotes, []string{"As defined in the EDP.", "Two paragraphs.", "Endnote text."})
	if len(res.Revisions) != 1 || res.Revisions[0].Paragraph != -1 {
		t.Errorf("revisions %+v, want one in a footnote with Paragraph -1", res.Revisions)
	}
	orig := read(t, data, Options{Original: true})
	eqStrings(t, "original notes", orig.Footnotes, []string{"As defined in the EDP.", "Two", "Endnote text."})
}

func TestPages(t *testing.T) {
	t.Run("explicit", func(t *testing.T) {
		body := p("one") + `<w:p><w:r><w:br w:type="page"/><w:t>two</w:t></w:r></w:p>` +
			`<w:p><w:r><w:t>still two</w:t><w:br w:type="page"/><w:t>three</w:t></w:r></w:p>` +
			`<w:p><w:pPr><w:pageBreakBefore/></w:pPr><w:r><w:t>four</w:t></w:r></w:p>`
		res := read(t, build(t, parts{body: body}), Options{})
		want := []int{1, 2, 2, 4}
		for i, p := range res.Paragraphs {
			if p.Page != want[i] {
				t.Errorf("%q: page %d, want %d", p.Text, p.Page, want[i])
			}
		}
		if res.Pages != 4 {
			t.Errorf("Pages %d, want 4", res.Pages)
		}
		if res.Paragraphs[1].Text != " two" {
			t.Errorf("page break text %q, want a space", res.Paragraphs[1].Text)
		}
	})
	t.Run("rendered wins over explicit", func(t *testing.T) {
		// Word writes lastRenderedPageBreak where its layout broke pages,
		// including after explicit breaks: counting both would double.
		body := p("one") + `<w:p><w:r><w:br w:type="page"/></w:r><w:r><w:lastRenderedPageBreak/><w:t>two</w:t></w:r></w:p>` +
			`<w:p><w:r><w:t>flows</w:t></w:r><w:r><w:lastRenderedPageBreak/><w:t>on</w:t></w:r></w:p>` + p("three")
		res := read(t, build(t, parts{body: body}), Options{})
		want := []int{1, 2, 2, 3}
		for i, p := range res.Paragraphs {
			if p.Page != want[i] {
				t.Errorf("%q: page %d, want %d", p.Text, p.Page, want[i])
			}
		}
		if res.Pages != 3 {
			t.Errorf("Pages %d, want 3", res.Pages)
		}
	})
	t.Run("section breaks", func(t *testing.T) {
		// A sectPr ends its section; its w:type says how that section
		// started (default nextPage). Section 2 is continuous, section 3
		// starts on a new page by default.
		sect := func(typ string) string {
			if typ != "" {
				typ = `<w:type w:val="` + typ + `"/>`
			}
			return `<w:sectPr>` + typ + `<w:pgSz w:w="12240" w:h="15840"/></w:sectPr>`
		}
		body := p("one") + `<w:p><w:pPr>` + sect("") + `</w:pPr><w:r><w:t>end of section 1</w:t></w:r></w:p>` +
			p("still one") + `<w:p><w:pPr>` + sect("continuous") + `</w:pPr><w:r><w:t>end of section 2</w:t></w:r></w:p>` +
			p("Schedule A on two") + sect("")
		res := read(t, build(t, parts{body: body}), Options{})
		want := []int{1, 1, 1, 1, 2}
		for i, p := range res.Paragraphs {
			if p.Page != want[i] {
				t.Errorf("%q: page %d, want %d", p.Text, p.Page, want[i])
			}
		}
		if res.Pages != 2 {
			t.Errorf("Pages %d, want 2", res.Pages)
		}
	})
	t.Run("unknown", func(t *testing.T) {
		res := read(t, build(t, parts{body: p("one") + p("two")}), Options{})
		if res.Pages != 0 || res.Paragraphs[1].Page != 0 {
			t.Errorf("Pages %d, page %d; want 0 (unknown)", res.Pages, res.Paragraphs[1].Page)
		}
	})
	t.Run("app.xml", func(t *testing.T) {
		app := xmlHeader + `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Pages>12</Pages><Words>3000</Words></Properties>`
		res := read(t, build(t, parts{body: p("one"), extra: map[string]string{"docProps/app.xml": app}}), Options{})
		if res.Pages != 12 {
			t.Errorf("Pages %d, want 12 from docProps/app.xml", res.Pages)
		}
	})
}

func TestEmptyParagraphsDropped(t *testing.T) {
	res := read(t, build(t, parts{body: `<w:p/>` + p("  ") + p("text") + `<w:p><w:pPr><w:sectPr/></w:pPr></w:p><w:sectPr/>`}), Options{})
	eqStrings(t, "text", texts(res.Paragraphs), []string{"text"})
}

func TestStrictNamespace(t *testing.T) {
	doc := xmlHeader + `<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body>` + p("Strict OOXML.") + `</w:body></w:document>`
	data := zipFiles(t, map[string]string{"word/document.xml": doc})
	res := read(t, data, Options{})
	eqStrings(t, "text", texts(res.Paragraphs), []string{"Strict OOXML."})
}

func TestMathTextKeptDrawingTextNot(t *testing.T) {
	body := `<w:p xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">` +
		`<w:r><w:t xml:space="preserve">Fee = </w:t></w:r><m:oMath><m:r><m:t>Rate×Hours</m:t></m:r></m:oMath>` +
		`<w:r><w:drawing><a:graphic><a:graphicData><a:p><a:r><a:t>chart label</a:t></a:r></a:p></a:graphicData></a:graphic></w:drawing></w:r></w:p>`
	res := read(t, build(t, parts{body: body}), Options{})
	eqStrings(t, "text", texts(res.Paragraphs), []string{"Fee = Rate×Hours"})
}

func TestNamespacePrefixes(t *testing.T) {
	// Any prefix bound to the WordprocessingML namespace works, including a
	// default namespace; a "w" prefix rebound to another namespace inside an
	// element is not WordprocessingML there.
	const w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	doc := xmlHeader + `<x:document xmlns:x="` + w + `"><x:body>` +
		`<x:p><x:r><x:t>Prefixed x.</x:t></x:r></x:p>` +
		`<p xmlns="` + w + `"><r><t>Default namespace.</t></r></p>` +
		`<x:p><x:r><x:t xml:space="preserve">Kept </x:t></x:r><o:ext xmlns:o="urn:other" xmlns:x="urn:other"><x:r><x:t>foreign</x:t></x:r></o:ext>` +
		`<x:r><x:t>scope restored.</x:t></x:r></x:p>` +
		`</x:body></x:document>`
	res := read(t, zipFiles(t, map[string]string{"word/document.xml": doc}), Options{})
	eqStrings(t, "text", texts(res.Paragraphs), []string{"Prefixed x.", "Default namespace.", "Kept scope restored."})
}

func TestAlternateContentInRun(t *testing.T) {
	// Word wraps some run content (symbols, special characters) in
	// mc:AlternateContent directly inside the run.
	body := `<w:p><w:r><w:t xml:space="preserve">Price </w:t><mc:AlternateContent><mc:Choice Requires="w14">` +
		`<w:sym w:font="Symbol" w:char="F0B3"/></mc:Choice><mc:Fallback><w:t>&gt;=</w:t></mc:Fallback></mc:AlternateContent>` +
		`<w:t xml:space="preserve"> $1</w:t></w:r></w:p>`
	res := read(t, build(t, parts{body: body}), Options{})
	eqStrings(t, "text", texts(res.Paragraphs), []string{"Price ≥ $1"})
}
