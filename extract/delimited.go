package extract

import (
	"encoding/csv"
	"github.com/clausecheck/clausecheck/internal/lazyre"
	"slices"
	"strings"
	"unicode"
)

// A deal sheet pasted as CSV ("Ref,Topic,AWS proposal,Agreed position,
// Status" and a row per term, quoted where a cell holds a comma) is a table:
// delimitedTables rewrites each such block as rows of tab-separated cells,
// which the readers take as table rows, so that a column and a row can be
// read for what they are (a proposal, the agreed position, an open item).

// delimiters a sheet may be exported with; a tab-separated sheet is read as
// an aligned table already.
var delimiters = []rune{',', ';'}

// maxHeaderCell bounds a header's cells: a header names its columns, it does
// not hold sentences.
const maxHeaderCell = 40

// DelimitedTables is delimitedTables, for tools that render drafts as the
// readers see them (internal/fixturegen).
func DelimitedTables(s string) string { return delimitedTables(s) }

// delimitedTables returns s with every block of delimiter-separated records
// (a header of three or more short cells and at least two records of as many
// cells) written as tab-separated rows, one line a record. Everything else is
// left as it is.
func delimitedTables(s string) string {
	if !strings.ContainsAny(s, ",;") {
		return s
	}
	var b strings.Builder
	done := 0 // s[:done] is written
	for off := 0; off < len(s); {
		end := strings.IndexByte(s[off:], '\n')
		if end < 0 {
			end = len(s)
		} else {
			end += off
		}
		if n, rows := sheetAt(s[off:], s[off:end]); n > 0 {
			b.WriteString(s[done:off])
			for _, r := range rows {
				for i, c := range r {
					if i > 0 {
						b.WriteByte('\t')
					}
					b.WriteString(strings.Join(strings.Fields(c), " "))
				}
				b.WriteByte('\n')
			}
			off += n
			done = off
			continue
		}
		off = end + 1
	}
	if done == 0 {
		return s
	}
	if done < len(s) {
		b.WriteString(s[done:])
	}
	return b.String()
}

// reSplitFigure: a delimiter inside a figure or a date ("3,500", "0,75",
// "1, 2026").
var reSplitFigure = lazyre.New(`\d[,;]\s?\d`)

// startsCapital: the cell's first letter or figure is a capital letter.
func startsCapital(c string) bool {
	for _, r := range c {
		switch {
		case unicode.IsUpper(r):
			return true
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			return false
		}
	}
	return false
}

// sheetAt reads a sheet starting at the header line: the bytes it takes
// (through the newline after its last record) and its records, or 0.
// headerDelimiter returns the delimiter a header line separates its cells
// with and how many cells it has, or 0 when the line is no sheet's header:
// a header names its columns, each cell a short name that starts with a
// capital, no figure split at the delimiter ("USD 3,500,000", "0,75",
// "October 1, 2026") and no sentence end.
func headerDelimiter(header string) (rune, int) {
	if strings.Contains(header, "\t") || reSplitFigure.MatchString(header) || strings.HasSuffix(strings.TrimSpace(header), ".") {
		return 0, 0
	}
	for _, d := range delimiters {
		cells := strings.Split(header, string(d))
		if strings.Contains(header, `"`) {
			// a header quoted cell by cell (""Row","Topic","Final - agreed"")
			r := csv.NewReader(strings.NewReader(header))
			r.Comma = d
			rec, err := r.Read()
			if err != nil {
				continue
			}
			cells = rec
		}
		if len(cells) < 3 {
			continue
		}
		ok := true
		for _, c := range cells {
			c = strings.TrimSpace(c)
			if c == "" || len(c) > maxHeaderCell || strings.ContainsAny(c, `":`) || !startsCapital(c) {
				ok = false
				break
			}
		}
		if ok {
			return d, len(cells)
		}
	}
	return 0, 0
}

func sheetAt(rest, header string) (int, [][]string) {
	d, n := headerDelimiter(header)
	if d == 0 {
		return 0, nil
	}
	// a cheap look at the next line before reading records: it holds as
	// many delimiters, or opens a quoted cell that may hold them
	next := rest[min(len(rest), len(header)+1):]
	if i := strings.IndexByte(next, '\n'); i >= 0 {
		next = next[:i]
	}
	if strings.Count(next, string(d)) < n-1 && !strings.Contains(next, `"`) {
		return 0, nil
	}
	r := csv.NewReader(strings.NewReader(rest))
	r.Comma = d
	r.FieldsPerRecord = n
	var rows [][]string
	taken := 0
	for {
		rec, err := r.Read()
		if err != nil {
			break // the end, or a line that is no record of this sheet
		}
		rows = append(rows, rec)
		taken = int(r.InputOffset())
	}
	if len(rows) < 3 { // the header and two records
		return 0, nil
	}
	// the bytes taken end at a record's end: include its newline
	if taken < len(rest) && rest[taken-1] != '\n' && rest[taken] == '\n' {
		taken++
	}
	return taken, rows
}

// maxSheetBlocks bounds the blocks one sheet may take.
const maxSheetBlocks = 5000

// delimitedBlocks reads the sheets of a draft whose reader gives paragraphs
// (DOCX) as delimitedTables reads a text's: each record becomes a table
// row, however many paragraphs a quoted cell spans. Lines of a PDF are left
// as they are: a record wrapped over two lines cannot be told from two.
func delimitedBlocks(in *input) {
	if in.lineMode {
		return
	}
	var out []block
	changed := false
	for i := 0; i < len(in.blocks); i++ {
		b := in.blocks[i]
		if b.table || b.label != "" || i+1 >= len(in.blocks) || !strings.ContainsAny(b.text, ",;") {
			out = append(out, b)
			continue
		}
		if d, _ := headerDelimiter(b.text); d == 0 || !sheetLikely(b.text, in.blocks[i+1].text) {
			out = append(out, b) // no sheet starts here: nothing to gather
			continue
		}
		var rest strings.Builder
		var ends []int // the end of each block's text in rest
		for j := i; j < len(in.blocks) && j-i < maxSheetBlocks; j++ {
			if j > i {
				if in.blocks[j].table || in.blocks[j].label != "" {
					break
				}
				rest.WriteByte('\n')
			}
			rest.WriteString(in.blocks[j].text)
			ends = append(ends, rest.Len())
		}
		n, rows := sheetAt(rest.String(), b.text)
		if n == 0 {
			out = append(out, b)
			continue
		}
		k := 0 // blocks the sheet takes
		for k < len(ends) && ends[k] <= n {
			k++
		}
		if k == 0 {
			out = append(out, b)
			continue
		}
		for _, r := range rows {
			cells := make([]string, len(r))
			for c := range r {
				cells[c] = strings.Join(strings.Fields(r[c]), " ")
			}
			out = append(out, block{text: strings.Join(cells, "\t"), page: b.page, breakBefore: true, table: true})
		}
		changed = true
		i += k - 1
	}
	if changed {
		in.blocks = out
	}
}

// sheetLikely is the cheap look sheetAt takes before reading records.
func sheetLikely(header, next string) bool {
	for _, d := range delimiters {
		if cells := strings.Split(header, string(d)); len(cells) >= 3 && (strings.Count(next, string(d)) >= len(cells)-1 || strings.Contains(next, `"`)) {
			return true
		}
	}
	return false
}

// pipeBlocks reads as a table a run of paragraphs divided by pipes with no
// rule under the first ("Term | Position | Agreed value | Status" over "R01
// Bedrock commitment amount | C: USD 4.0m | USD 5,000,000 … | AGREED"), as
// a pipe-delimited export pasted into Word gives it: a header of three short
// cells or more, then at least two rows of as many cells. (A plain-text
// draft's rule under its header is read in text.go.) In a PDF, whose lines
// are blocks, a row wrapped over lines is gathered until it has as many
// cells as the header.
func pipeBlocks(in *input) {
	if in.lineMode {
		pipeLines(in)
		return
	}
	plain := func(b block) bool { return !b.table && b.label == "" && innerPipes(b.text) }
	for i := 0; i < len(in.blocks); i++ {
		if !plain(in.blocks[i]) {
			continue
		}
		head := pipeHeader(in.blocks[i].text)
		if head == nil {
			continue
		}
		j := i + 1
		for j < len(in.blocks) && plain(in.blocks[j]) && len(pipeCells(strings.TrimSpace(in.blocks[j].text))) == len(head) {
			j++
		}
		if j-i-1 < 2 {
			continue
		}
		for k := i; k < j; k++ {
			in.blocks[k].table = true
			in.blocks[k].text = strings.Join(pipeCells(strings.TrimSpace(in.blocks[k].text)), "\t")
		}
		i = j - 1
	}
}

// pipeHeader: the cells of a pipe-divided header, three short ones or
// more; nil for any other line.
func pipeHeader(text string) []string {
	head := pipeCells(strings.TrimSpace(text))
	if len(head) < 3 || slices.ContainsFunc(head, func(c string) bool { return c == "" || len(c) > maxHeaderCell }) {
		return nil
	}
	return head
}

// maxRowLines bounds the lines of one wrapped row of a pipe-divided table.
const maxRowLines = 12

// pipeLines is pipeBlocks for a PDF's lines: after a header of three short
// cells or more, each row is the lines that together hold as many cells.
func pipeLines(in *input) {
	var out []block
	changed := false
	for i := 0; i < len(in.blocks); i++ {
		b := in.blocks[i]
		head := pipeHeader(b.text)
		if b.table || !innerPipes(b.text) || head == nil {
			out = append(out, b)
			continue
		}
		var rows []block
		last := i // the last line of the last whole row
		row, first := "", block{}
		for j := i + 1; j < len(in.blocks) && !in.blocks[j].table && j-last <= maxRowLines; j++ {
			t := strings.TrimSpace(in.blocks[j].text)
			switch {
			case row == "":
				first, row = in.blocks[j], t
			case strings.HasSuffix(row, "-") && t != "" && unicode.IsLower([]rune(t)[0]):
				row += t // ("Bedrock-" over "specific")
			default:
				row += " " + t
			}
			n := len(pipeCells(row))
			if n > len(head) {
				break
			}
			if n == len(head) {
				first.table, first.text = true, strings.Join(pipeCells(row), "\t")
				rows, row, last = append(rows, first), "", j
			}
		}
		if len(rows) < 2 {
			out = append(out, b)
			continue
		}
		b.table, b.text = true, strings.Join(head, "\t")
		out = append(append(out, b), rows...)
		changed = true
		i = last
	}
	if changed {
		in.blocks = out
	}
}
