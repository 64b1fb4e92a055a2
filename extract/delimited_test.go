package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/clausecheck/clausecheck/internal/fuzzdeadline"
)

// TestDelimitedSheet: a sheet pasted as CSV is a table, in text and in a
// Markdown fence; prose with commas is not.
func TestDelimitedSheet(t *testing.T) {
	sheet := "Ref,Topic,AWS proposal,Agreed position,Status\n" +
		"C-01,Commitment,\"SEK 36 000 000, one pool.\",\"SEK 42 000 000 per year, one pool.\",CLOSED\n" +
		"C-07a,Growth cap,Not accepted.,\"[open - AWS to revert\nafter review]\",OPEN\n"
	// (every cell quoted, the header's too, as a spreadsheet exports it)
	quoted := "\"Ref\",\"Topic\",\"AWS proposal\",\"Agreed position\",\"Status\"\n" +
		"\"C-01\",\"Commitment\",\"SEK 36 000 000, one pool.\",\"SEK 42 000 000 per year, one pool.\",\"CLOSED\"\n" +
		"\"C-07a\",\"Growth cap\",\"Not accepted.\",\"[open - AWS to revert\nafter review]\",\"OPEN\"\n"
	for _, c := range []struct{ name, draft string }{
		{"d.txt", "Hi Jonas,\n\nBelow is the export.\n\n" + sheet + "\nRegards, Karin\n"},
		{"q.txt", "\"Workbook: deal.xlsx\",\"Sheet: Tracker\",\"Exported: 2026-05-04\"\n\n" + quoted + "\nRegards, Karin\n"},
		{"d.md", "# Deal sheet\n\nBelow is the export.\n\n```\n" + strings.ReplaceAll(sheet, ",", ";") + "```\n\nRegards, Karin\n"},
	} {
		doc := extractString(t, c.name, c.draft)
		var rows []string
		for _, cl := range doc.Clauses {
			for _, ln := range strings.Split(cl.Text, "\n") {
				if strings.Count(ln, "\t") == 4 {
					rows = append(rows, ln)
				}
			}
		}
		want := []string{
			"Ref\tTopic\tAWS proposal\tAgreed position\tStatus",
			"C-01\tCommitment\tSEK 36 000 000, one pool.\tSEK 42 000 000 per year, one pool.\tCLOSED",
			"C-07a\tGrowth cap\tNot accepted.\t[open - AWS to revert after review]\tOPEN",
		}
		w := strings.Join(want, "\n")
		if strings.HasSuffix(c.name, ".md") {
			w = strings.ReplaceAll(w, ", one pool", "; one pool") // the sheet's commas became semicolons
		}
		if strings.Join(rows, "\n") != w {
			t.Errorf("%s: rows\n%s\nwant\n%s", c.name, strings.Join(rows, "\n"), w)
		}
	}
	for _, prose := range []string{
		"Customer, AWS and the Reseller agree, each for itself, that the terms apply.\nNotices go to Sydney, Melbourne, Perth or Hobart, as the case may be.\nThe rest, as before, stands.\n",
		// figures and dates with their commas, line after line
		"Tier A EUR 100,000 - 399,999 thirty-five per cent (35 %)\nTier B EUR 400,000 - 999,999 forty-two per cent (42 %)\nTier C EUR 1,000,000 - 4,999,999 fifty per cent (50 %)\n",
		"| Anthropic Claude | USD 3,500,000 |\n| Amazon Nova | USD 1,500,000 |\n| Meta Llama | USD 1,000,000 |\n",
		"Base period: October 1, 2026 - September 30, 2027\nOption Period 1: October 1, 2027 - September 30, 2028\nOption Period 2: October 1, 2028 - September 30, 2029\n",
		// cells of a text table that run on as a sentence
		"System prompt Yes, as input tokens, on every request\nTool definitions Yes, as input tokens, on every request\nOutput schemas No, not billed, at any time\n",
		// the fields of an e-mail header
		"**From:** Dr. Sabine Krüger, Counsel, Rheinwerk GmbH\n**To:** Lukas Brenner, Amazon Web Services EMEA SARL, Munich\n**Cc:** Jonas Ek, AWS, Luxembourg\n",
	} {
		if got := delimitedTables(prose); got != prose {
			t.Errorf("not a sheet, read as one:\n%s", got)
		}
	}
}

func FuzzDelimitedTables(f *testing.F) {
	f.Add("a,b,c\n1,2,3\n4,\"5\n6\",7\nprose, here.\n")
	f.Add("x;y;z\n\"q\"\"\";r;s\n;;\n")
	f.Fuzz(func(t *testing.T, s string) {
		fuzzdeadline.Run(t, func() {
			got := delimitedTables(s)
			if !strings.ContainsAny(s, ",;") && got != s {
				t.Errorf("changed a text with no delimiter: %q → %q", s, got)
			}
		})
	})
}

// TestDelimitedBlocks: a sheet pasted into Word, a paragraph a line (a
// quoted cell over two), is a table too.
func TestDelimitedBlocks(t *testing.T) {
	in := &input{blocks: []block{
		{text: "Below is the export."},
		{text: "Ref,Topic,Agreed position,Status"},
		{text: `C-01,Commitment,"SEK 42 000 000, one pool",CLOSED`},
		{text: `C-07a,Growth cap,"[open - AWS to`},
		{text: `revert]",OPEN`},
		{text: "Regards, Karin"},
	}}
	delimitedBlocks(in)
	var got []string
	for _, b := range in.blocks {
		got = append(got, fmt.Sprintf("%v|%s", b.table, b.text))
	}
	want := []string{"false|Below is the export.", "true|Ref\tTopic\tAgreed position\tStatus",
		"true|C-01\tCommitment\tSEK 42 000 000, one pool\tCLOSED", "true|C-07a\tGrowth cap\t[open - AWS to revert]\tOPEN", "false|Regards, Karin"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("blocks\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestFencedRulerTable: a fixed-width table in a Markdown fence, its header
// ruled with equals signs and each row closed by a ruler of dashes, is read
// as a plain text's table: one row a record, wrapped cells joined, no row
// taken for a header.
func TestFencedRulerTable(t *testing.T) {
	doc := extractString(t, "f.md", "# Term sheet\n\n```\n"+
		"No.   Item              AGREED (binding)\n"+
		"====  ================  ==============================\n"+
		"12    Model lifecycle   AWS gives 180 days' notice and\n"+
		"                        a migration credit.\n"+
		"----  ----------------  ------------------------------\n"+
		"16    Custom Model      [Intentionally Omitted]\n"+
		"      Import\n"+
		"----  ----------------  ------------------------------\n"+
		"```\n")
	var rows []string
	for _, c := range doc.Clauses {
		for _, ln := range strings.Split(c.Text, "\n") {
			if strings.Contains(ln, "\t") {
				rows = append(rows, ln)
			}
		}
	}
	want := "No.\tItem\tAGREED (binding)\n12\tModel lifecycle\tAWS gives 180 days' notice and a migration credit.\n16\tCustom Model Import\t[Intentionally Omitted]"
	if got := strings.Join(rows, "\n"); got != want {
		t.Errorf("rows\n%s\nwant\n%s", got, want)
	}
}

// Pipe-divided paragraphs with no rule under the header (a text export
// pasted into Word) are a table; in a PDF a row wrapped over lines is
// gathered until it has the header's cells.
func TestPipeParagraphsAreATable(t *testing.T) {
	rows := []string{"Term | Position | Agreed value | Status",
		"R12 PT cancellation | C: 60 days' notice on deprecation | PT commitments are non-cancellable | AGREED",
		"R17 Custom model import | C: right + no licence fee | - | DROPPED"}
	want := []string{"Term\tPosition\tAgreed value\tStatus",
		"R12 PT cancellation\tC: 60 days' notice on deprecation\tPT commitments are non-cancellable\tAGREED",
		"R17 Custom model import\tC: right + no licence fee\t-\tDROPPED"}
	in := &input{}
	for _, r := range rows {
		in.blocks = append(in.blocks, block{text: r, breakBefore: true})
	}
	pipeBlocks(in)
	var got []string
	for _, b := range in.blocks {
		if !b.table {
			t.Errorf("not a table row: %q", b.text)
		}
		got = append(got, b.text)
	}
	if !slices.Equal(got, want) {
		t.Errorf("rows\n%q\nwant\n%q", got, want)
	}
	// the PDF: rows wrapped, a word hyphenated at a line's end
	in = &input{lineMode: true, blocks: []block{{text: rows[0]},
		{text: "R12 PT cancellation | C: 60 days' notice on deprecation | PT commitments are non-"},
		{text: "cancellable | AGREED"},
		{text: "R17 Custom model import | C: right + no licence fee"},
		{text: "| - | DROPPED"},
		{text: "Signed for and on behalf of the Customer"}}}
	pipeBlocks(in)
	got = nil
	for _, b := range in.blocks {
		got = append(got, b.text)
	}
	if want := append(slices.Clone(want), "Signed for and on behalf of the Customer"); !slices.Equal(got, want) {
		t.Errorf("PDF rows\n%q\nwant\n%q", got, want)
	}
}
