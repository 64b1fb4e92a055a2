package extract

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/clausecheck/clausecheck/document"
	"github.com/clausecheck/clausecheck/extract/pdftext"
	"github.com/clausecheck/clausecheck/internal/lazyre"
)

func init() { readers[document.FormatPDF] = readPDF }

// readPDF reads the visual lines of a PDF (page furniture already removed
// by pdftext) as line blocks. A vertical gap clearly larger than the page's
// usual line pitch breaks the paragraph.
func readPDF(data []byte, opt Options) (*input, error) {
	res, err := pdftext.ExtractWith(data, pdftext.Options{
		MaxPages: opt.Limits.Pages, MaxPageGlyphs: opt.Limits.PageGlyphs, MaxGlyphs: opt.Limits.Glyphs, Deadline: opt.deadline,
	})
	if err != nil {
		return nil, err
	}
	in := &input{lineMode: true, pages: len(res.Pages), warnings: res.Warnings, incomplete: res.Incomplete,
		pagesRead: res.PagesRead, damaged: res.Damaged, partialPages: true}
	in.blocks = pdfBlocks(in, res.Pages)
	return in, nil
}

// pdfBlocks turns the pages' visual lines into line blocks: table rows
// (their wrapped cells joined), footnotes set aside, paragraph breaks at
// wide gaps.
func pdfBlocks(in *input, pages []pdftext.Page) []block {
	var tbl tableState
	for _, p := range pages {
		body, notes := splitFootnotes(p.Lines)
		for _, n := range notes {
			in.footnotes = append(in.footnotes, footnote{text: n, page: p.Number})
		}
		pitch := linePitch(body)
		for i, l := range body {
			// pdftext marks wide gaps (tab stops, table cells) with tabs:
			// three cells or more make a table row.
			cells := strings.Count(l.Text, "\t") + 1
			b := block{text: l.Text, page: p.Number, table: cells >= 3 || cells == 2 && twoColumnRow(body, i)}
			if i > 0 && pitch > 0 {
				gap := body[i-1].Y - l.Y
				if gap > pitch*1.45 || gap < 0 {
					b.breakBefore = true
				}
			}
			xs := l.Cells
			if len(xs) == 0 {
				xs = []float64{l.X}
			}
			cols, ok := tbl.place(xs)
			switch {
			case tbl.on && ok && cols[0] > 0 && len(in.blocks) > 0 && in.blocks[len(in.blocks)-1].table:
				// a wrapped cell: set to its column, it continues the row
				// above ("RMC | by giving two months' notice …" under "3.3 |
				// Cancellation of | Customer may cancel …"), even when its
				// parts look like a table of their own
				last := &in.blocks[len(in.blocks)-1]
				last.text = addToColumns(last.text, strings.Split(l.Text, "\t"), cols, len(tbl.cols))
				continue
			case tbl.on && ok && len(cols) == 1 && cols[0] == 0 && len(in.blocks) > 0 && in.blocks[len(in.blocks)-1].table &&
				wrappedFirstCell(in.blocks[len(in.blocks)-1].text, l.Text):
				// the first cell wrapped alone ("A" over "– Ref"): it
				// continues the row above, not the end of the table
				last := &in.blocks[len(in.blocks)-1]
				last.text = addToColumns(last.text, []string{l.Text}, cols, len(tbl.cols))
				continue
			case b.table && !(tbl.on && ok && cols[0] == 0):
				tbl = tableState{on: true, cols: xs}
				tbl.rows = 1
			case tbl.on && ok && cols[0] == 0 && len(in.blocks) > 0 && in.blocks[len(in.blocks)-1].table &&
				!(tbl.rows == 1 && headerLike(in.blocks[len(in.blocks)-1].text) && opensRow(l.Text)) &&
				continuesRow(in.blocks[len(in.blocks)-1].text, strings.Split(l.Text, "\t"), cols):
				// a row whose cells all wrapped: "Ireland Limited | inference,
				// where enabled by Customer | Union" under "Amazon Data
				// Services | Infrastructure operations for EU cross-region |
				// European"
				last := &in.blocks[len(in.blocks)-1]
				last.text = addToColumns(last.text, strings.Split(l.Text, "\t"), cols, len(tbl.cols))
				continue
			case tbl.on && ok && cols[0] == 0 && len(cols) >= 2:
				// a row of the table, whatever gaps came out (a line in the
				// first column alone is a heading or prose after it)
				tbl.rows++
				b.table = true
				b.text = addToColumns("", strings.Split(l.Text, "\t"), cols, len(tbl.cols))
			default:
				tbl.on = false
			}
			in.blocks = append(in.blocks, b)
		}
	}
	return in.blocks
}

// wrappedFirstCell: a short line alone in the first column that goes on
// from the row above's first cell: it starts with a dash or in lower case
// ("A" / "– Ref", "Cancellation of" / "cancelled capacity").
func wrappedFirstCell(row, line string) bool {
	first := strings.TrimSpace(strings.SplitN(row, "\t", 2)[0])
	line = strings.TrimSpace(line)
	if first == "" || line == "" || len(strings.Fields(line)) > 3 || strings.ContainsAny(first[len(first)-1:], ".;:!?") {
		return false
	}
	if e, _ := utf8.DecodeLastRuneInString(first); e == '–' || e == '—' || e == '-' {
		return true // "A –" over "Ref"
	}
	r, _ := utf8.DecodeRuneInString(line)
	return unicode.IsLower(r) || r == '–' || r == '—' || r == '-'
}

// continuesRow: a line that fills the first column too is still the row
// above wrapped when a later cell goes on in lower case from a cell that
// did not end its sentence, and does not start as that cell started (a
// column of "per 1M tokens" rates starts each row the same way).
func continuesRow(row string, parts []string, cols []int) bool {
	above := strings.Split(row, "\t")
	if first := strings.TrimSpace(above[0]); len(parts) > 0 && cols[0] == 0 && first != "" {
		// "Amazon Bedrock —" over "Provisioned Throughput": a first cell
		// broken at a spaced dash goes on in the line below
		if strings.HasSuffix(first, " –") || strings.HasSuffix(first, " —") || strings.HasSuffix(first, " -") {
			return true
		}
	}
	for i, part := range parts {
		k := cols[i]
		if k == 0 || k >= len(above) || part == "" {
			continue
		}
		// a cell that stopped on a joining word ("… < 99.0% and") goes on
		// in the line below, unless that starts with a capital (a table
		// drawn with "|" in the text keeps its own lines)
		if f := strings.Fields(above[k]); len(f) > 0 && joiningWord[strings.ToLower(f[len(f)-1])] && !strings.Contains(row, "|") {
			if r, _ := utf8.DecodeRuneInString(part); !unicode.IsUpper(r) {
				return true
			}
		}
		r, _ := utf8.DecodeRuneInString(part)
		prev := strings.TrimSpace(above[k])
		if !unicode.IsLower(r) || prev == "" || !reWordStart.MatchString(part) {
			continue
		}
		// the cell above ends mid-sentence in a word ("… for EU
		// cross-region"), not in a figure or a full stop
		if e, _ := utf8.DecodeLastRuneInString(prev); !unicode.IsLetter(e) && e != ',' && e != '-' {
			continue
		}
		if leadWord(prev) == leadWord(part) {
			return false
		}
		return true
	}
	return false
}

// joiningWord: a word a phrase cannot end on.
var joiningWord = map[string]bool{"and": true, "or": true, "of": true, "to": true, "the": true, "a": true, "an": true,
	"with": true, "for": true, "per": true, "at": true, "in": true, "by": true, "than": true, "from": true}

// reWordStart: a cell that starts with a word ("inference, where …"), not
// "n/a" or a unit.
var reWordStart = lazyre.New(`^\p{Ll}\p{L}+(?:[\s,;]|$)`)

func leadWord(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return strings.ToLower(f[0])
	}
	return ""
}

// twoColumnRow: a line of two parts is a row of a two-column table when a
// line next to it has its parts at the same places, or wraps into its
// second column.
func twoColumnRow(body []pdftext.Line, i int) bool {
	l := body[i]
	if len(l.Cells) != 2 {
		return false
	}
	// "1.1<TAB>Text", "(a)<TAB>Text": a label at a tab stop, not a cell
	first := strings.SplitN(l.Text, "\t", 2)[0]
	if parseLabel(first+" ") != nil || len([]rune(first)) < 3 {
		return false
	}
	near := func(a, b float64) bool { return math.Abs(a-b) < 4 }
	for _, j := range []int{i - 1, i + 1, i + 2} {
		if j < 0 || j >= len(body) {
			continue
		}
		o := body[j]
		if len(o.Cells) == 2 && near(o.Cells[0], l.Cells[0]) && near(o.Cells[1], l.Cells[1]) {
			return true
		}
		if j == i+1 && len(o.Cells) == 0 && near(o.X, l.Cells[1]) {
			return true
		}
	}
	return false
}

// tableState follows a table across its rows (and pages) by the left x of
// its columns.
type tableState struct {
	on   bool
	cols []float64
	rows int // rows read, the first included
}

// opensRow: a line's first cell starts as a row's key does, with a capital
// or a figure ("A", "12"), not as a header's wrapped word goes on ("o."
// under "N", "us" under "St at").
func opensRow(line string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(line))
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// headerLike: a table's first row reads as its header: every cell a short
// label without figures ("Tier | PT credits bought in advance | Discount").
// The row under it starts a row of its own, even where a cell of it opens
// in lower case ("A | up to EUR 250,000 | 35%").
func headerLike(row string) bool {
	for _, c := range strings.Split(row, "\t") {
		if len(strings.Fields(c)) > 6 || strings.ContainsAny(c, "0123456789.;") {
			return false
		}
	}
	return true
}

// place maps the left x of a line's parts to the table's columns; ok is
// false when a part starts where no column does.
func (t tableState) place(xs []float64) ([]int, bool) {
	if !t.on {
		return nil, false
	}
	out := make([]int, len(xs))
	prev := -1
	for i, x := range xs {
		best, bestD := -1, 8.0
		for k, c := range t.cols {
			if d := math.Abs(x - c); d < bestD {
				best, bestD = k, d
			}
		}
		if best <= prev {
			return nil, false
		}
		out[i], prev = best, best
	}
	return out, true
}

// addToColumns puts a line's parts into the cells of a row of n columns
// (an empty row: a new one), joining a word hyphenated at a line's end.
func addToColumns(row string, parts []string, cols []int, n int) string {
	cells := make([]string, n)
	if row != "" {
		copy(cells, strings.Split(row, "\t"))
	}
	for i, part := range parts {
		part = strings.TrimSpace(part)
		k := cols[i]
		switch {
		case part == "" || k >= n:
		case cells[k] == "":
			cells[k] = part
		case strings.HasSuffix(cells[k], "-") && part[0] >= 'a' && part[0] <= 'z':
			if head := cells[k][strings.LastIndexAny(cells[k], " \t(/")+1 : len(cells[k])-1]; keepHyphen[strings.ToLower(lastPart(head))] {
				cells[k] += part // "best-" + "efforts": a compound, not a split word
			} else {
				cells[k] = strings.TrimSuffix(cells[k], "-") + part
			}
		default:
			cells[k] += " " + part
		}
	}
	return strings.Join(cells, "\t")
}

// linePitch is the median baseline distance between consecutive lines.
func linePitch(lines []pdftext.Line) float64 {
	var gaps []float64
	for i := 1; i < len(lines); i++ {
		if g := lines[i-1].Y - lines[i].Y; g > 0 {
			gaps = append(gaps, g)
		}
	}
	if len(gaps) == 0 {
		return 0
	}
	sort.Float64s(gaps)
	return gaps[len(gaps)/2]
}

// reNoteMark starts a footnote: a number or a symbol, then its text.
var reNoteMark = lazyre.New(`^(?:\d{1,2}|[*†‡§¹²³⁴⁵⁶⁷⁸⁹])\s*\S`)

// splitFootnotes takes the footnotes off the bottom of a page: the last
// lines, in a font clearly smaller than the body's, the first of them
// starting with a note mark. pdftext puts them after the body lines.
func splitFootnotes(lines []pdftext.Line) (body []pdftext.Line, notes []string) {
	if len(lines) < 3 {
		return lines, nil
	}
	sizes := make([]float64, 0, len(lines))
	for _, l := range lines {
		sizes = append(sizes, l.Size)
	}
	sort.Float64s(sizes)
	bodySize := sizes[len(sizes)/2]
	start := len(lines)
	for start > 0 && lines[start-1].Size > 0 && lines[start-1].Size < 0.85*bodySize && !strings.Contains(lines[start-1].Text, "\t") {
		start--
	}
	// the small lines must begin with a note mark and not be half the page
	for start < len(lines) && !reNoteMark.MatchString(lines[start].Text) {
		start++
	}
	if start == len(lines) || len(lines)-start > len(lines)/2 {
		return lines, nil
	}
	for _, l := range lines[start:] {
		if reNoteMark.MatchString(l.Text) || len(notes) == 0 {
			notes = append(notes, l.Text)
		} else {
			notes[len(notes)-1] += " " + l.Text
		}
	}
	return lines[:start], notes
}
