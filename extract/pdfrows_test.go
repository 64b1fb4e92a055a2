package extract

import (
	"strings"
	"testing"

	"github.com/clausecheck/clausecheck/extract/pdftext"
)

// A table row whose cells all wrapped onto a second line (the first column
// too) continues the row above; a new row, a figure or a unit does not.
func TestContinuesRow(t *testing.T) {
	tests := []struct {
		name, above, line string
		want              bool
	}{
		{"every cell wrapped", "Amazon Data Services\tInfrastructure operations for EU cross-region\tEuropean", "Ireland Limited\tinference, where enabled by Customer\tUnion", true},
		{"the next row starts in capitals", "Amazon Data Services\tInfrastructure operations for EU cross-region\tEuropean", "Amazon Web Services\tOn-site data centre operations\tGermany", false},
		{"n/a under a price", "Llama 4 70B\t$2.07\t$2.73\t$14.82", "Mistral Large 2\t$1.56\t$4.68\tn/a", false},
		{"a cell that ended its sentence", "Claude\tBilled per request.\tUSD", "Nova\tcounted per token\tUSD", false},
		{"each row starts the same way", "Claude\tper million tokens\t$3.00", "Nova\tper million tokens\t$0.80", false},
		{"a one-word cell wrapped", "B\tSLA for\t99.95% with\tPT outside", "8\tProvisioned Throughput\tcredits\tSLA", true},
		{"a first cell broken at a spaced dash", "Amazon Bedrock —\t99.9%\t< 99.9%: 10% · < 99.0% and", "Provisioned Throughput\t≥ 95.0%: 25%", true},
		{"a cell that stopped on a joining word", "Amazon S3\t99.9%\t10% below 99.9% and", "Standard\tmonthly\t≥ 95.0%: 25%", true},
		{"a capital after a joining word starts a row", "Tier 1\tCredits of 10% and", "Tier 2\tService credits of 25%", false},
		{"a table drawn with pipes keeps its lines", "| Item 4\t| only an", "| Item 5\t| intention to", false},
	}
	for _, tt := range tests {
		parts := strings.Split(tt.line, "\t")
		cols := make([]int, len(parts))
		for i := range cols {
			cols[i] = i
		}
		if got := continuesRow(tt.above, parts, cols); got != tt.want {
			t.Errorf("%s: continuesRow = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// line is a line as pdftext gives it, with the left x of each of its parts.
func line(y float64, text string, xs ...float64) pdftext.Line {
	return pdftext.Line{Text: text, X: xs[0], Y: y, Size: 12, Cells: xs}
}

// pdfRows is the text of the blocks a page's lines make.
func pdfRows(page pdftext.Page) []string {
	var rows []string
	for _, b := range pdfBlocks(&input{lineMode: true}, []pdftext.Page{page}) {
		rows = append(rows, b.text)
	}
	return rows
}

func checkRows(t *testing.T, rows, want []string) {
	t.Helper()
	if strings.Join(rows, "\n") != strings.Join(want, "\n") {
		t.Errorf("rows:\n%s\nwant\n%s", strings.Join(rows, "\n"), strings.Join(want, "\n"))
	}
}

// Lines of a PDF table, as pdftext gives them: a row whose first cell
// wraps ("Cancellation of" / "RMC") and whose text runs on below it, and a
// row whose cells all wrap, each joins the row above.
func TestPDFTableWrappedRows(t *testing.T) {
	page := pdftext.Page{Number: 1, Lines: []pdftext.Line{
		line(720, "Item\tSubject\tAgreed term", 76.7, 123.9, 236.4),
		line(706, "3.3\tCancellation of\tCustomer may cancel any RMC commitment", 76.7, 123.9, 236.4),
		line(692, "RMC\tby giving two months' written notice where the", 123.9, 236.4),
		{Text: "model is retired.", X: 236.4, Y: 678, Size: 12},
		line(664, "Amazon Data Services\tOperations for EU cross-region\tEuropean", 76.7, 123.9, 236.4),
		line(650, "Ireland Limited\tinference, where enabled by Customer\tUnion", 76.7, 123.9, 236.4),
		line(636, "3.4\tData location\tCustomer Content stays in the Region.", 76.7, 123.9, 236.4),
	}}
	rows := pdfRows(page)
	want := []string{
		"Item\tSubject\tAgreed term",
		"3.3\tCancellation of RMC\tCustomer may cancel any RMC commitment by giving two months' written notice where the model is retired.",
		"Amazon Data Services Ireland Limited\tOperations for EU cross-region inference, where enabled by Customer\tEuropean Union",
		"3.4\tData location\tCustomer Content stays in the Region.",
	}
	checkRows(t, rows, want)
}

// A lone fragment in the first column continues the row above when the
// cell above ends with a dash or the fragment goes on in lower case.
func TestWrappedFirstCell(t *testing.T) {
	tests := []struct {
		row, line string
		want      bool
	}{
		{"A –\tB – Requirement\tC", "Re f", true},
		{"Cancellation of\tCustomer may cancel", "capacity", true},
		{"See note.\tCustomer may cancel", "capacity", false},
		{"B8\tSLA\t99.9%", "Notes on the table", false},
	}
	for _, tt := range tests {
		if got := wrappedFirstCell(tt.row, tt.line); got != tt.want {
			t.Errorf("wrappedFirstCell(%q, %q) = %v, want %v", tt.row, tt.line, got, tt.want)
		}
	}
}

// A cell that wraps at the hyphen of a compound keeps it ("best-" +
// "efforts"); a word split by hyphenation is joined ("interchange-" +
// "able").
func TestTableCellHyphens(t *testing.T) {
	got := addToColumns("PT\tsupplied on a best-", []string{"efforts basis"}, []int{1}, 2)
	if want := "PT\tsupplied on a best-efforts basis"; got != want {
		t.Errorf("compound: %q, want %q", got, want)
	}
	got = addToColumns("Notes\tnot interchange-", []string{"able"}, []int{1}, 2)
	if want := "Notes\tnot interchangeable"; got != want {
		t.Errorf("split word: %q, want %q", got, want)
	}
}

// The row under a table's header starts a row of its own even where a cell
// of it opens in lower case; a header's own wrapped words ("o." under "N")
// still join it.
func TestPDFTableRowUnderHeader(t *testing.T) {
	page := pdftext.Page{Number: 1, Lines: []pdftext.Line{
		line(720, "N\tIssue\tSt", 76.7, 123.9, 236.4),
		line(706, "o.\tsub\tat", 76.7, 123.9, 236.4),
		{Text: "PT credits are sold in these tiers:", X: 76.7, Y: 699, Size: 12},
		line(692, "Tier\tPT credits bought in advance\tDiscount", 76.7, 123.9, 236.4),
		line(678, "A\tup to EUR 250,000\t35%", 76.7, 123.9, 236.4),
		line(664, "B\tEUR 250,001 – 750,000\t42%", 76.7, 123.9, 236.4),
	}}
	rows := pdfRows(page)
	want := []string{
		"N o.\tIssue sub\tSt at",
		"PT credits are sold in these tiers:",
		"Tier\tPT credits bought in advance\tDiscount",
		"A\tup to EUR 250,000\t35%",
		"B\tEUR 250,001 – 750,000\t42%",
	}
	checkRows(t, rows, want)
}
