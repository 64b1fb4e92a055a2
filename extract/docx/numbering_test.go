package docx

import (
	"testing"
)

// contractNumbering is the numbering of a typical Word contract:
// ARTICLE I / 1.1 (isLgl) / (a) / (i), and a Schedule list.
const contractNumbering = `<w:abstractNum w:abstractNumId="0">` +
	`<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:pStyle w:val="Heading1"/><w:lvlText w:val="ARTICLE %1"/><w:suff w:val="space"/></w:lvl>` +
	`<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:isLgl/><w:lvlText w:val="%1.%2"/></w:lvl>` +
	`<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%3)"/></w:lvl>` +
	`<w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="(%4)"/><w:suff w:val="nothing"/></w:lvl>` +
	`</w:abstractNum>` +
	`<w:abstractNum w:abstractNumId="1">` +
	`<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="Schedule %1"/></w:lvl>` +
	`</w:abstractNum>` +
	`<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>` +
	`<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>`

func TestContractNumbering(t *testing.T) {
	body := np(1, 0, "Definitions") + np(1, 1, "Terms.") + np(1, 2, "first") + np(1, 3, "one") + np(1, 3, "two") +
		np(1, 2, "second") + np(1, 3, "restarted") + np(1, 1, "More.") + np(1, 0, "Fees") + np(1, 1, "Fee.") +
		p("Plain text.") + np(2, 0, "Rates") + np(2, 0, "Service Levels")
	res := read(t, build(t, parts{body: body, numbering: contractNumbering}), Options{})
	eqStrings(t, "labels", labelsAndTexts(res.Paragraphs), []string{
		"ARTICLE I|Definitions",
		"1.1|Terms.", // isLgl: level 0 shown as decimal, not "I.1"
		"(a)|first",
		"(i)|one",
		"(ii)|two",
		"(b)|second",
		"(i)|restarted",
		"1.2|More.",
		"ARTICLE II|Fees",
		"2.1|Fee.",
		"|Plain text.",
		"Schedule A|Rates",
		"Schedule B|Service Levels",
	})
	wantLevels := []int{0, 1, 2, 3, 3, 2, 3, 1, 0, 1, -1, 0, 0}
	for i, p := range res.Paragraphs {
		if p.NumLevel != wantLevels[i] {
			t.Errorf("paragraph %d %q: NumLevel %d, want %d", i, p.Text, p.NumLevel, wantLevels[i])
		}
	}
}

func TestNumberFormats(t *testing.T) {
	tests := []struct {
		fmt, text string
		start     int
		n         int // paragraphs
		want      []string
	}{
		{"decimal", "%1.", 1, 3, []string{"1.", "2.", "3."}},
		{"decimalZero", "%1", 8, 3, []string{"08", "09", "10"}},
		{"lowerLetter", "%1)", 25, 4, []string{"y)", "z)", "aa)", "bb)"}},
		{"upperLetter", "Exhibit %1", 1, 2, []string{"Exhibit A", "Exhibit B"}},
		{"lowerRoman", "(%1)", 3, 3, []string{"(iii)", "(iv)", "(v)"}},
		{"upperRoman", "Part %1", 8, 3, []string{"Part VIII", "Part IX", "Part X"}},
		{"ordinal", "%1", 1, 3, []string{"1st", "2nd", "3rd"}},
		{"bullet", "\uf0b7", 1, 2, []string{"", ""}},
		{"none", "Recital", 1, 2, []string{"Recital", "Recital"}},
	}
	for _, tt := range tests {
		t.Run(tt.fmt, func(t *testing.T) {
			nb := `<w:abstractNum w:abstractNumId="3">` + lvl(0, tt.start, tt.fmt, tt.text, "") + `</w:abstractNum>` +
				`<w:num w:numId="4"><w:abstractNumId w:val="3"/></w:num>`
			body := ""
			for i := 0; i < tt.n; i++ {
				body += np(4, 0, "x")
			}
			res := read(t, build(t, parts{body: body, numbering: nb}), Options{})
			var got []string
			for _, p := range res.Paragraphs {
				got = append(got, p.Label)
				if p.NumLevel != 0 {
					t.Errorf("NumLevel %d, want 0", p.NumLevel)
				}
			}
			eqStrings(t, "labels", got, tt.want)
		})
	}
}

func TestFormatNum(t *testing.T) {
	tests := []struct {
		n         int
		fmt, cust string
		want      string
	}{
		{4, "upperRoman", "", "IV"},
		{1994, "upperRoman", "", "MCMXCIV"},
		{0, "lowerRoman", "", "0"},
		{52, "upperLetter", "", "ZZ"},
		{53, "lowerLetter", "", "aaa"},
		{7, "custom", "001, 002, 003, ...", "007"},
		{11, "ordinal", "", "11th"},
		{22, "ordinal", "", "22nd"},
		{5, "unknownFormat", "", "5"},
	}
	for _, tt := range tests {
		if got := formatNum(tt.n, tt.fmt, tt.cust); got != tt.want {
			t.Errorf("formatNum(%d, %s) = %q, want %q", tt.n, tt.fmt, got, tt.want)
		}
	}
}

func TestLvlRestart(t *testing.T) {
	// Level 1 never restarts (lvlRestart 0); level 2 restarts only after
	// level 0 (lvlRestart 1), not after level 1.
	nb := `<w:abstractNum w:abstractNumId="0">` +
		lvl(0, 1, "decimal", "%1.", "") +
		lvl(1, 1, "lowerLetter", "(%2)", `<w:lvlRestart w:val="0"/>`) +
		lvl(2, 1, "lowerRoman", "(%3)", `<w:lvlRestart w:val="1"/>`) +
		`</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`
	body := np(1, 0, "A") + np(1, 1, "a") + np(1, 2, "i") + np(1, 1, "b") + np(1, 2, "ii") +
		np(1, 0, "B") + np(1, 1, "c") + np(1, 2, "i again")
	res := read(t, build(t, parts{body: body, numbering: nb}), Options{})
	eqStrings(t, "labels", labelsAndTexts(res.Paragraphs), []string{
		"1.|A", "(a)|a", "(i)|i", "(b)|b", "(ii)|ii", "2.|B", "(c)|c", "(i)|i again",
	})
}

func TestSharedAbstractAndOverrides(t *testing.T) {
	// numId 1 and 2 share abstractNum 0: one list, continued. numId 3 has a
	// startOverride: its own counters starting at 5. numId 4 overrides the
	// whole level definition.
	nb := `<w:abstractNum w:abstractNumId="0">` + lvl(0, 1, "decimal", "%1.", "") + lvl(1, 1, "lowerLetter", "(%2)", "") + `</w:abstractNum>` +
		`<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>` +
		`<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>` +
		`<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>` +
		`<w:num w:numId="4"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0">` + lvl(0, 1, "upperLetter", "Annex %1", "") + `</w:lvlOverride></w:num>`
	body := np(1, 0, "a") + np(1, 1, "a.a") + np(2, 0, "b") + np(2, 1, "b.a") + np(1, 0, "c") +
		np(3, 0, "five") + np(3, 0, "six") + np(1, 0, "d") + np(4, 0, "annex")
	res := read(t, build(t, parts{body: body, numbering: nb}), Options{})
	eqStrings(t, "labels", labelsAndTexts(res.Paragraphs), []string{
		"1.|a", "(a)|a.a", "2.|b", "(a)|b.a", "3.|c", "5.|five", "6.|six", "4.|d", "Annex A|annex",
	})
}

const headingStyles = `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>` +
	`<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Heading1"/>` +
	`<w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Clause"><w:name w:val="Clause"/><w:basedOn w:val="Heading2"/></w:style>` +
	`<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/></w:style>`

func TestNumberingFromStyles(t *testing.T) {
	// Heading1 carries numId 1 and the abstractNum's level 0 links back to
	// it through w:pStyle; Heading2 gets numId from basedOn Heading1 and its
	// own ilvl 1; Clause inherits everything through two basedOn hops.
	// numId 0 on a Heading1 paragraph switches numbering off.
	body := sp("Heading1", "Definitions") + sp("Heading2", "Terms") + sp("Clause", "More terms") +
		`<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>Unnumbered heading</w:t></w:r></w:p>` +
		sp("Heading1", "Fees") + sp("ListParagraph", "body") + p("normal")
	res := read(t, build(t, parts{body: body, numbering: contractNumbering, styles: headingStyles}), Options{})
	eqStrings(t, "labels", labelsAndTexts(res.Paragraphs), []string{
		"ARTICLE I|Definitions", "1.1|Terms", "1.2|More terms", "|Unnumbered heading", "ARTICLE II|Fees", "|body", "|normal",
	})
	type meta struct {
		style   string
		outline int
		level   int
	}
	want := []meta{{"Heading 1", 1, 0}, {"Heading 2", 2, 1}, {"Clause", 2, 1}, {"Heading 1", 1, -1}, {"Heading 1", 1, 0}, {"List Paragraph", 0, -1}, {"Normal", 0, -1}}
	for i, p := range res.Paragraphs {
		got := meta{p.Style, p.Outline, p.NumLevel}
		if got != want[i] {
			t.Errorf("paragraph %d %q: %+v, want %+v", i, p.Text, got, want[i])
		}
	}
}

func TestNumStyleLink(t *testing.T) {
	// abstractNum 1 is only a reference to the numbering style "ContractList",
	// whose numId 1 points at the real definition (abstractNum 0).
	nb := `<w:abstractNum w:abstractNumId="0"><w:styleLink w:val="ContractList"/>` + lvl(0, 1, "decimal", "%1.", "") + `</w:abstractNum>` +
		`<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="ContractList"/></w:abstractNum>` +
		`<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>`
	st := `<w:style w:type="numbering" w:styleId="ContractList"><w:name w:val="Contract List"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>`
	res := read(t, build(t, parts{body: np(2, 0, "x") + np(1, 0, "y"), numbering: nb, styles: st}), Options{})
	eqStrings(t, "labels", labelsAndTexts(res.Paragraphs), []string{"1.|x", "2.|y"})
}

func TestUndefinedNumIDWarns(t *testing.T) {
	res := read(t, build(t, parts{body: np(9, 0, "x"), numbering: contractNumbering}), Options{})
	if res.Paragraphs[0].Label != "" || res.Paragraphs[0].NumLevel != -1 {
		t.Errorf("got %+v, want no label", res.Paragraphs[0])
	}
	if len(res.Warnings) != 1 {
		t.Errorf("warnings %q, want one about numId 9", res.Warnings)
	}
}

func TestCustomNumFmtInAlternateContent(t *testing.T) {
	// Word 2010+ writes zero-padded formats as a w14 mc:Choice with a
	// decimal Fallback; the Choice is taken, the Fallback not applied too.
	nb := `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>` +
		`<mc:AlternateContent><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="001, 002, 003, ..."/></mc:Choice>` +
		`<mc:Fallback><w:numFmt w:val="decimal"/></mc:Fallback></mc:AlternateContent>` +
		`<w:lvlText w:val="%1"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`
	res := read(t, build(t, parts{body: np(1, 0, "a") + np(1, 0, "b"), numbering: nb}), Options{})
	eqStrings(t, "labels", labelsAndTexts(res.Paragraphs), []string{"001|a", "002|b"})
}
