package extract

import (
	"bytes"
	"fmt"
	"github.com/clausecheck/clausecheck/internal/lazyre"
	"slices"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"
)

// decodeText returns the draft as a UTF-8 string: a UTF-8 byte-order mark is
// dropped, UTF-16 with a byte-order mark is decoded, line endings become
// "\n". Anything else that is not valid UTF-8 is an error: guessing a code
// page would silently change the words a verdict rests on. When owned
// (nobody else holds data, nor will change it), the string shares data's
// memory instead of copying it.
func decodeText(data []byte, owned bool) (string, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		big := data[0] == 0xFE
		data = data[2:]
		u := make([]uint16, 0, len(data)/2)
		for i := 0; i+1 < len(data); i += 2 {
			if big {
				u = append(u, uint16(data[i])<<8|uint16(data[i+1]))
			} else {
				u = append(u, uint16(data[i+1])<<8|uint16(data[i]))
			}
		}
		data = []byte(string(utf16.Decode(u)))
	}
	if !utf8.Valid(data) {
		off := 0
		for off < len(data) {
			r, n := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		return "", fmt.Errorf("%w (invalid byte 0x%02x at offset %d)", ErrNotUTF8, data[off], off)
	}
	var s string
	if owned && len(data) > 0 && bytes.IndexByte(data, '\r') < 0 {
		// valid UTF-8 without carriage returns: the text is data as it is
		s = unsafe.String(unsafe.SliceData(data), len(data))
	} else {
		s = string(data)
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return s, nil
}

// unquoteMail takes the quote marks off an e-mail's quoted messages ("> 1.
// Commitment. …", ">> From: …"): the earlier messages of a thread are
// read as text, with their numbering and headers. A draft with fewer than
// five quoted lines is left as it is.
func unquoteMail(s string) string {
	n := 0
	for line := range strings.SplitSeq(s, "\n") {
		if reMailQuote.MatchString(line) {
			n++
			if n >= 5 {
				break
			}
		}
	}
	if n < 5 {
		return s
	}
	return reMailQuote.ReplaceAllString(s, "")
}

// reMailQuote: the quote marks that open a line of a quoted message.
var reMailQuote = lazyre.New(`(?m)^(?:>[ \t]?)+`)

// rePageNumber matches a line that is only a page number.
var rePageNumber = lazyre.New(`(?i)^\s*(?:page\s+\d+(?:\s+of\s+\d+)?|-\s*\d+\s*-|\[\s*\d+\s*\])\s*$`)

// readText reads a plain-text draft: one block per line; a blank line
// breaks paragraphs, a form feed starts a new page, aligned columns are
// table rows.
func readText(data []byte, opt Options) (*input, error) {
	s, err := decodeText(data, opt.owned)
	if err != nil {
		return nil, err
	}
	s, marks, held := acceptInlineMarks(s)
	s = unboxText(s)
	s = joinRuledRows(s)
	s = unquoteMail(s)
	s = delimitedTables(s)
	// a block a line that has text: room for them all at once, not by
	// growing copies (a long draft has hundreds of thousands)
	in := &input{lineMode: true, blocks: make([]block, 0, linesWithText(s))}
	if marks > 0 {
		in.warnings = append(in.warnings, inlineMarksNote(marks, held))
	}
	page, brk := 1, true
	// cols: the column starts of a table laid out under a ruler of dashes
	// ("----  ------------  ----"); blank counts the blank lines in a row
	var cols []int
	blank := 0
	// pipeRows: the lines read are rows of a table whose cells are
	// divided by pipes without edges ("System prompt | Yes")
	pipeRows := false
	pipeAt := -1 // where the first pipe of those rows stands
	for line := range strings.SplitSeq(s, "\n") {
		if cols != nil {
			if strings.TrimSpace(line) == "" {
				blank++
				if blank >= 2 {
					cols = nil // two blank lines end the table
				}
				continue
			}
			if c := rulerColumns(line); c != nil && slices.Equal(c, cols) {
				// the same ruler again, under a row: it separates the rows
				// of the table, it heads no new one
				blank = 0
				continue
			}
			// a line that starts left of the table's first column is
			// the text after it ("B3. Term" under an indented table)
			if indent := len([]rune(line)) - len([]rune(strings.TrimLeft(line, " \t"))); indent < cols[0] && blank > 0 {
				cols, brk = nil, true
			} else if cells, ok := columnCells(line, cols); ok {
				n := len(in.blocks)
				if cells[0] == "" && n > 0 && in.blocks[n-1].table {
					// a wrapped cell: its words continue the row above
					in.blocks[n-1].text = appendCells(in.blocks[n-1].text, cells)
				} else {
					in.blocks = append(in.blocks, block{page: page, breakBefore: true, table: true, text: strings.Join(cells, "\t")})
				}
				blank = 0
				continue
			} else {
				cols = nil
			}
		}
		if c := rulerColumns(line); c != nil && len(in.blocks) > 0 {
			// the header above the ruler, split at its columns
			hdr := &in.blocks[len(in.blocks)-1]
			if cells, ok := columnCells(hdr.raw, c); ok && hdr.raw != "" {
				hdr.table, hdr.text = true, strings.Join(cells, "\t")
				if n := len(in.blocks); n >= 2 && hdr.breakBefore && loneRow(in.blocks[:n-1]) {
					// "Legend:  C = Comply   NC = Does Not Comply" on a
					// line of its own above the table: one aligned line
					// alone is no table, and no row of the table below
					in.blocks[n-2].table, in.blocks[n-2].text = false, strings.TrimSpace(in.blocks[n-2].raw)
				}
				if n := len(in.blocks); n >= 2 && !hdr.breakBefore && in.blocks[n-2].raw != "" {
					// a header of two lines ("Published on-demand" over
					// "input / output"): one row of cells
					if first, ok := columnCells(in.blocks[n-2].raw, c); ok && !in.blocks[n-2].breakBefore || ok && in.blocks[n-2].table {
						in.blocks[n-2].table = true
						in.blocks[n-2].text = appendCells(strings.Join(first, "\t"), cells)
						in.blocks = in.blocks[:n-1]
					}
				}
				cols, blank = c, 0
				continue
			}
		}
		for strings.Contains(line, "\f") {
			i := strings.IndexByte(line, '\f')
			if t := strings.TrimSpace(line[:i]); t != "" {
				in.blocks = append(in.blocks, textBlock(line[:i], page, brk))
				brk = false
			}
			page++
			line = line[i+1:]
		}
		if strings.TrimSpace(line) == "" {
			brk = true
			continue
		}
		if rePageNumber.MatchString(line) {
			continue // "Page 3 of 8": page furniture, not contract text
		}
		if reRule.MatchString(line) {
			// "+------+------+", "======": a drawn rule carries no text;
			// "------+------" under "Component | Billable?" makes the
			// line above the header of a table whose columns are pipes
			// (a plain rule does the same under a header of three cells
			// or more: "Issue | Customer ask | AWS response | Status")
			if n := len(in.blocks); n > 0 && innerPipes(in.blocks[n-1].raw) &&
				(strings.ContainsAny(line, "+|") || len(pipeCells(strings.TrimSpace(in.blocks[n-1].raw))) >= 3) {
				in.blocks[n-1].table, in.blocks[n-1].text = true, strings.Join(pipeCells(strings.TrimSpace(in.blocks[n-1].raw)), "\t")
				pipeRows, pipeAt = true, strings.Index(in.blocks[n-1].raw, "|")
			} else if n := len(in.blocks); n > 0 && !brk && !in.blocks[n-1].table && reUnderline.MatchString(line) {
				in.blocks[n-1].underlined = true
			}
			continue
		}
		if t := strings.TrimSpace(line); pipeRows && strings.HasPrefix(t, "|") && strings.Index(line, "|") == pipeAt && len(in.blocks) > 0 && in.blocks[len(in.blocks)-1].table {
			// "     | s.2.02 | a discussion |  | 20%": a wrapped row whose
			// first cell is empty (its pipe under the row's first pipe)
			// continues the row above, cell by cell
			prev := &in.blocks[len(in.blocks)-1]
			cells := []string{""} // (the pipes divide cells: a pipe at the end closes an empty one)
			for _, c := range strings.Split(t[1:], "|") {
				cells = append(cells, strings.TrimSpace(c))
			}
			if above := strings.Split(prev.text, "\t"); len(above) == len(cells) {
				for i, c := range cells {
					if c != "" {
						above[i] = strings.TrimSpace(above[i] + " " + c)
					}
				}
				prev.text = strings.Join(above, "\t")
				prev.raw = "" // (a rule under it is no header's: the row keeps its wrapped cells)
			} else {
				in.blocks = append(in.blocks, block{page: page, breakBefore: true, table: true, raw: line, text: strings.Join(cells, "\t")})
			}
			brk = false
			continue
		}
		if pipeRows && innerPipes(line) {
			pipeAt = strings.Index(line, "|")
			in.blocks = append(in.blocks, block{page: page, breakBefore: true, table: true, raw: line,
				text: strings.Join(pipeCells(strings.TrimSpace(line)), "\t")})
			brk = false
			continue
		}
		pipeRows = false
		b := textBlock(line, page, brk)
		b.raw = line
		if n := len(in.blocks); n > 0 && b.table && in.blocks[n-1].table && !brk {
			// a wrapped cell of a drawn table: "|      | rest of the cell |"
			// continues the row above, cell by cell
			if merged, ok := mergeRow(in.blocks[n-1].text, b.text); ok {
				in.blocks[n-1].text = merged
				continue
			}
			if first := n < 2 || !in.blocks[n-2].table; first && headerTail(in.blocks[n-1].text, b.text) {
				// a header of two lines ("| 구간 | … | 할인율 / Discount |"
				// over "| Tier |  |  |"): one header row
				in.blocks[n-1].text = mergeCells(in.blocks[n-1].text, b.text)
				continue
			}
		}
		in.blocks = append(in.blocks, b)
		brk = false
	}
	if page > 1 {
		in.pages = page
	}
	return in, nil
}

// unboxText takes the frame off text drawn in boxes of one column
// ("+-----+" over "| B2 Order of precedence. … |" lines): the words in
// the box are the draft's paragraphs, read as if the frame were not there.
// A box whose lines divide cells with inner pipes is a table, left as it is.
func unboxText(s string) string {
	if !strings.Contains(s, "+-") && !strings.Contains(s, "+=") {
		return s // (the cheap test first: most drafts draw no boxes)
	}
	lines := strings.Split(s, "\n")
	var borders []int // (blanked at the end: a box's bottom edge may be the next one's top)
	for i := 0; i < len(lines); i++ {
		if !reBoxBorder.MatchString(lines[i]) {
			continue
		}
		j := i + 1
		for j < len(lines) && boxLine(lines[j]) {
			j++
		}
		if j == i+1 || j >= len(lines) || !reBoxBorder.MatchString(lines[j]) {
			continue
		}
		for k := i + 1; k < j; k++ {
			t := strings.TrimSpace(lines[k])
			lines[k] = strings.TrimRight(t[1:len(t)-1], " ")
			if len(lines[k]) > 0 && lines[k][0] == ' ' {
				lines[k] = lines[k][1:]
			}
		}
		borders = append(borders, i, j)
		i = j - 1 // (the closing border may open the next box)
	}
	if len(borders) == 0 {
		return s
	}
	for _, b := range borders {
		lines[b] = ""
	}
	return strings.Join(lines, "\n")
}

// joinRuledRows joins the wrapped lines of a fixed-width table whose
// columns are divided by pipes and whose rows by rules:
//
//	Customer position      | AWS position      | Agreed
//	------------------------------------------------------
//	1. TOKEN COUNTING
//	Billable tokens to be  | Tokenizer counting | To be agreed.
//	counted by the model.  | accepted.          |
//	------------------------------------------------------
//
// Each row's lines become one row, "| Billable tokens to be counted by
// the model. | Tokenizer counting accepted. | To be agreed. |"; a line
// without pipes over a row (its topic) stays a line of its own. A table
// drawn in a box ("| CLAUSE | BEFORE | AFTER |", rows between "+----+"
// borders) is joined the same way.
func joinRuledRows(s string) string {
	if !strings.Contains(s, " | ") {
		return s // (the cheap test first)
	}
	lines := strings.Split(s, "\n")
	var out []string
	changed := false
	for i := 0; i < len(lines); i++ {
		cols := pipeColumns(lines[i])
		boxed := boxedRow(lines[i]) // "| CLAUSE | BEFORE | AFTER |" between "+---+" borders
		if len(cols) < 2 || !innerPipes(lines[i]) && !(boxed && len(cols) >= 3) {
			out = append(out, lines[i])
			continue
		}
		// a header may wrap too ("A. Original | B. Original position" over
		// "   clause  |    (reference only)    |")
		h := i + 1
		for h < len(lines) && h-i <= 2 && samePipes(lines[h], cols) {
			h++
		}
		if h >= len(lines) || !reRule.MatchString(lines[h]) {
			out = append(out, lines[i])
			continue
		}
		// the rows: each closed by a rule, and at least two of them (one
		// rule under rows of a line each closes a table, it divides no
		// rows)
		type row struct{ topic, first, end int }
		var rows []row
		j := h + 1
		for j < len(lines) {
			k := j
			for k < len(lines) && k-j < 2 && strings.TrimSpace(lines[k]) != "" && !strings.Contains(lines[k], "|") && !reRule.MatchString(lines[k]) {
				k++ // the row's topic
			}
			m := k
			for m < len(lines) && samePipes(lines[m], cols) {
				m++
			}
			if m == k || m >= len(lines) || !reRule.MatchString(lines[m]) {
				break
			}
			rows = append(rows, row{j, k, m})
			j = m + 1
		}
		if len(rows) < 2 {
			out = append(out, lines[i])
			continue
		}
		if h == i+1 {
			out = append(out, lines[i], lines[h])
		} else {
			out = append(out, joinCells(lines[i:h], cols, boxed), lines[h])
		}
		for _, r := range rows {
			if r.end-r.first == 1 || !wrappedRow(lines[r.first:r.end], boxed) {
				// a row of one line, or rows a line each with every cell
				// filled: rows as they stand
				out = append(out, lines[r.topic:r.end+1]...)
				continue
			}
			out = append(out, lines[r.topic:r.first]...)
			out = append(out, joinCells(lines[r.first:r.end], cols, boxed), lines[r.end])
		}
		changed = true
		i = j - 1
	}
	if !changed {
		return s
	}
	return strings.Join(out, "\n")
}

// joinCells joins the lines of one wrapped row, cell by cell, into one
// line "| a | b | c |".
func joinCells(lines []string, cols []int, boxed bool) string {
	cells := make([]string, len(cols)+1)
	for _, ln := range lines {
		prev := 0
		for c, at := range pipeColumns(ln) {
			cells[c] = strings.TrimSpace(cells[c] + " " + strings.TrimSpace(ln[prev:at]))
			prev = at + 1
		}
		cells[len(cols)] = strings.TrimSpace(cells[len(cols)] + " " + strings.TrimSpace(ln[prev:]))
	}
	if boxed {
		cells = cells[1 : len(cells)-1] // (what stands outside the box)
	}
	return "| " + strings.Join(cells, " | ") + " |"
}

// wrappedRow: the lines hold one row whose cells wrap: a line after the
// first leaves a cell empty, or its first cell goes on in lower case ("on
// 30 days' notice."), where a row of its own would open with its label.
func wrappedRow(lines []string, boxed bool) bool {
	for _, ln := range lines[1:] {
		cells := strings.Split(ln, "|")
		if boxed && len(cells) >= 2 {
			cells = cells[1 : len(cells)-1]
		}
		for i, c := range cells {
			c = strings.TrimSpace(c)
			if r, _ := utf8.DecodeRuneInString(c); c == "" || i == 0 && unicode.IsLower(r) {
				return true
			}
		}
	}
	return false
}

// boxedRow: a row of a drawn box, "| a | b |", a pipe at each end.
func boxedRow(line string) bool {
	t := strings.TrimSpace(line)
	return len(t) > 2 && t[0] == '|' && t[len(t)-1] == '|'
}

// pipeColumns: the byte offsets of the pipes of a line.
func pipeColumns(line string) []int {
	var at []int
	for i := 0; i < len(line); i++ {
		if line[i] == '|' {
			at = append(at, i)
		}
	}
	return at
}

// samePipes: the line divides its cells at the header's pipes (a column
// off either way for a typist's slip), on one page.
func samePipes(line string, cols []int) bool {
	at := pipeColumns(line)
	if len(at) != len(cols) || strings.ContainsRune(line, '\f') {
		return false
	}
	for i, c := range at {
		if c-cols[i] > 1 || cols[i]-c > 1 {
			return false
		}
	}
	return true
}

// reBoxBorder: the top or bottom edge of a drawn box ("+-----+", "+=====+").
var reBoxBorder = lazyre.New(`^\s*\+[-=]{3,}\+\s*$`)

// boxLine: a line inside a box of one column, "| words |".
func boxLine(l string) bool {
	t := strings.TrimSpace(l)
	return len(t) >= 2 && t[0] == '|' && t[len(t)-1] == '|' && strings.Count(t, "|") == 2
}

// linesWithText counts the lines of s that hold more than white space.
func linesWithText(s string) int {
	n, text := 0, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\n', '\f':
			// a form feed splits a line too
			if text {
				n++
			}
			text = false
		case ' ', '\t', '\r', '\v':
		default:
			text = true
		}
	}
	if text {
		n++
	}
	return n
}

func textBlock(line string, page int, brk bool) block {
	b := block{page: page, breakBefore: brk}
	if cells := tableCells(line); cells != nil {
		b.table = true
		b.text = strings.Join(cells, "\t")
		return b
	}
	b.text = strings.TrimSpace(line)
	return b
}

// cellGaps returns where the gaps that separate the columns of an aligned
// table are in t: a run of tabs, or two spaces or more after a character
// that ends no sentence (typists put two spaces after a full stop; the
// gap then begins with that character), or three or more white-space
// characters. It finds what the expression
//
//	\t+|[^.:;!?\s] {2,}|\s{3,}
//
// finds (TestCellGapsAsExpression, FuzzCellGaps), without the engine: a
// long aligned draft has a gap on most of its lines.
func cellGaps(t string) [][]int {
	var out [][]int
	for i := 0; i < len(t); {
		c := t[i]
		if c == '\t' {
			j := i + 1
			for j < len(t) && t[j] == '\t' {
				j++
			}
			out = append(out, []int{i, j})
			i = j
			continue
		}
		if isSpaceByte(c) {
			j := i + 1
			for j < len(t) && isSpaceByte(t[j]) {
				j++
			}
			if j-i >= 3 {
				out = append(out, []int{i, j})
				i = j
			} else {
				i++
			}
			continue
		}
		_, n := utf8.DecodeRuneInString(t[i:])
		if strings.IndexByte(".:;!?", c) < 0 {
			j := i + n
			for j < len(t) && t[j] == ' ' {
				j++
			}
			if j-(i+n) >= 2 {
				out = append(out, []int{i, j})
				i = j
				continue
			}
		}
		i += n
	}
	return out
}

// isSpaceByte: white space as \s matches it.
func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// tableCells splits a line of an aligned text table into cells, or returns
// nil when the line is prose. A row needs at least three cells.
// reLeader is a run of dots leading the eye to a figure ("Tier 1 ...... 38%").
var reLeader = lazyre.New(`\s*\.{4,}\s*`)

func tableCells(line string) []string {
	t := strings.TrimSpace(line)
	t = reLeader.ReplaceAllString(t, "    ")
	if strings.HasPrefix(t, "|") && strings.HasSuffix(t, "|") && strings.Count(t, "|") >= 3 {
		return pipeCells(t)
	}
	if !strings.ContainsAny(t, "\t\n\f\r") && !strings.Contains(t, "  ") {
		return nil // (no gap: most lines are prose)
	}
	if m := reSlideHead.FindString(t); strings.ContainsAny(m, "-–—:|·]") {
		// "SLIDE 03 / 16  |  Agenda", "[Slide 2 of 12]  THE DEAL": a
		// slide's label drawn apart from its title is a heading, not a row
		return nil
	}
	locs := cellGaps(t)
	if len(locs) == 0 || len(locs) == 1 && !strings.Contains(t, "    ") {
		return nil
	}
	var cells []string
	prev := 0
	for _, l := range locs {
		start := l[0]
		if t[start] != ' ' && t[start] != '\t' {
			start++ // the gap pattern may begin with the cell's last char
		}
		if c := strings.TrimSpace(t[prev:start]); c != "" {
			cells = append(cells, c)
		}
		prev = l[1]
	}
	if c := strings.TrimSpace(t[prev:]); c != "" {
		cells = append(cells, c)
	}
	if len(cells) < 3 {
		// two columns: only with a wide gap (four spaces or a tab), which
		// prose does not have
		if len(cells) == 2 && strings.Contains(t, "    ") && parseLabel(cells[0]+" ") == nil {
			return cells
		}
		return nil
	}
	if len(cells) == 3 && isDash(cells[1]) {
		if l := parseLabel(cells[0]); l != nil && (l.style == stylePart || l.style == styleArticle) && l.rest == "" {
			// "PART IV  -  SPECIAL CONDITIONS": a part's number and its
			// title, set apart by a spaced dash, is a heading, not a row
			return nil
		}
	}
	return cells
}

// isDash: a cell that is only a dash.
func isDash(c string) bool {
	return c == "-" || c == "–" || c == "—" || c == "--"
}

// reRuler: a ruler of dash (or equals-sign) groups under a table's header, one
// per column.
var reRuler = lazyre.New(`^\s*(?:-{2,}(?:\s+-{2,})+|={2,}(?:\s+={2,})+)\s*$`)

// rulerColumns returns the rune offsets where the ruler's dash groups
// start, nil for any other line.
func rulerColumns(line string) []int {
	if !reRuler.MatchString(line) {
		return nil
	}
	var cols []int
	prev := ' '
	for i, r := range []rune(line) {
		if (r == '-' || r == '=') && prev == ' ' {
			cols = append(cols, i)
		}
		prev = r
	}
	return cols
}

// columnCells splits a line at the columns, or reports false when its text
// runs across a column boundary (not a row of this table).
func columnCells(line string, cols []int) ([]string, bool) {
	rs := []rune(strings.ReplaceAll(line, "\t", "    "))
	cells := make([]string, len(cols))
	for k, c := range cols {
		if k > 0 && c < len(rs) && c > 0 && rs[c-1] != ' ' && rs[c] != ' ' {
			return nil, false
		}
		end := len(rs)
		if k+1 < len(cols) {
			end = min(len(rs), cols[k+1])
		}
		start := min(c, len(rs))
		if k == 0 {
			start = 0
		}
		if start < end {
			cells[k] = strings.TrimSpace(string(rs[start:end]))
		}
	}
	return cells, true
}

// appendCells adds a continuation line's cell fragments to a row, cell by
// cell, joining a word hyphenated at the end of a line ("interchange-" +
// "able").
func appendCells(row string, cont []string) string {
	cells := strings.Split(row, "\t")
	for len(cells) < len(cont) {
		cells = append(cells, "")
	}
	for i, c := range cont {
		switch {
		case c == "":
		case cells[i] == "":
			cells[i] = c
		case strings.HasSuffix(cells[i], "-") && !strings.HasSuffix(cells[i], " -") && c[0] >= 'a' && c[0] <= 'z':
			cells[i] = strings.TrimSuffix(cells[i], "-") + c
		default:
			cells[i] += " " + c
		}
	}
	return strings.Join(cells, "\t")
}

// innerPipes: a line whose cells are divided by pipes, with no pipe at
// its edges ("Component | Billable as input tokens?").
func innerPipes(line string) bool {
	t := strings.TrimSpace(line)
	return strings.Contains(t, " | ") && !strings.HasPrefix(t, "|") && !strings.HasSuffix(t, "|")
}

// pipeCells splits "| a | b |" into its cells.
func pipeCells(t string) []string {
	t = strings.TrimSuffix(strings.TrimPrefix(t, "|"), "|")
	parts := strings.Split(t, "|")
	cells := make([]string, 0, len(parts))
	for _, p := range parts {
		cells = append(cells, strings.TrimSpace(p))
	}
	return cells
}

// reUnderline: a rule of dashes or equals signs alone, which under a
// line of text underlines it as a heading
var reUnderline = lazyre.New(`^\s*(?:-{3,}|={3,})\s*$`)

// reRule matches a line that only draws a rule: "+-----+-----+", "=====",
// "#####".
var reRule = lazyre.New(`^\s*[+|]?[-=_~*+|:# ]*[-=_~#]{5,}[-=_~*+|:# ]*\s*$`)

// headerTail reports whether cont is the second line of the header row
// above it: as many cells, some of them empty, and no figures.
func headerTail(header, cont string) bool {
	h, c := strings.Split(header, "\t"), strings.Split(cont, "\t")
	if len(h) != len(c) || len(c) < 2 || strings.ContainsAny(cont, "0123456789") {
		return false
	}
	empty := 0
	for _, x := range c {
		if strings.TrimSpace(x) == "" {
			empty++
		}
	}
	return empty > 0 && empty < len(c)
}

// mergeCells joins two rows cell by cell.
func mergeCells(a, b string) string {
	p, c := strings.Split(a, "\t"), strings.Split(b, "\t")
	for i := range p {
		if i < len(c) {
			if t := strings.TrimSpace(c[i]); t != "" {
				p[i] = strings.TrimSpace(p[i] + " " + t)
			}
		}
	}
	return strings.Join(p, "\t")
}

// mergeRow appends a continuation row (its first cell empty) to the row
// before it, cell by cell, when both have the same number of cells.
func mergeRow(prev, cont string) (string, bool) {
	p, c := strings.Split(prev, "\t"), strings.Split(cont, "\t")
	if len(p) != len(c) || len(c) < 2 || strings.TrimSpace(c[0]) != "" {
		return "", false
	}
	for i := range p {
		if t := strings.TrimSpace(c[i]); t != "" {
			if p[i] != "" {
				p[i] += " "
			}
			p[i] += t
		}
	}
	return strings.Join(p, "\t"), true
}

// loneRow reports whether the last of blocks is a line of aligned cells
// standing alone: set off by a blank line, after no other table row.
func loneRow(blocks []block) bool {
	n := len(blocks)
	last := blocks[n-1]
	return last.table && last.raw != "" && last.breakBefore && (n < 2 || !blocks[n-2].table)
}
