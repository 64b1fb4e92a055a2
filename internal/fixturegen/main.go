// Command fixturegen renders one Markdown (.md) or plain-text (.txt) draft
// as a Word document (.docx) whose clause numbers are Word-native
// numbering, for the DOCX and PDF renderings of the blind corpus
// (scripts/render-blind.sh converts each DOCX to PDF with LibreOffice).
//
//	go run ./internal/fixturegen IN.md|IN.txt OUT.docx
//
// What it does:
//
//   - A paragraph that starts with a bare decimal clause number ("5.",
//     "5.1", "5.1.2") or a Markdown heading that does ("## 5. Title") gets
//     w:numPr at the matching level of a multi-level list ("%1.", "%1.%2",
//     "%1.%2.%3"), and the typed number is removed from the text. "(a)",
//     "(i)", "(A)", "(1)" at the start of a paragraph become the list's
//     lower levels ("(%4)" lowerLetter, "(%5)" lowerRoman, "(%6)"
//     upperLetter, "(%7)" decimal, "(%8)" upperRoman). Markdown ordered
//     list items get the number their nesting gives them.
//   - The generator replays the list counters as Word, LibreOffice and
//     clausecheck compute them. Where the next number the list would print
//     is not the typed one (a list that starts at 3, a restart, a gap, a
//     "2.1" under a typed "ARTICLE II") the paragraph starts a new list
//     (w:num with its own w:abstractNum whose w:start values print the
//     typed numbers: LibreOffice ignores a startOverride on a level that
//     has not been numbered yet). Labels that a list cannot print ("A.2",
//     "G5.2", "2.1A", "Section 5", "Art. 4", "§ 6", "IV.", "a)", "01.")
//     are kept as typed text.
//   - A number becomes Word numbering only where clausecheck itself reads
//     it as a clause number in the source (the same tests: a full stop or
//     a capital after it, a list label that continues its list, not inside
//     a quoted replacement wording, not before a quoted definition after a
//     colon); elsewhere the text stays as typed, so that every rendering
//     has the same clauses.
//   - Markdown: headings keep their level (Heading1…Heading6), pipe tables
//     become w:tbl, emphasis, links and HTML tags are dropped (the words
//     are kept), ~~struck~~ text is dropped as clausecheck drops it.
//   - Plain text: the lines of one paragraph are joined (a blank line, a
//     clause number or an ALL-CAPS heading line starts a new one; indented
//     continuation lines join the paragraph above), ALL-CAPS heading lines
//     become Heading1, tables laid out in columns (under a ruler of dashes,
//     in pipes, or aligned with wide gaps) become w:tbl, a form feed a page
//     break.
//   - Layout: A4, 12 pt Liberation Serif, 8 pt between paragraphs (a clear
//     gap in the PDF), headings bold in capitals (w:caps) unless they start
//     with a typed label such as "Part A".
//   - The output is byte-for-byte deterministic: fixed zip entry order,
//     fixed modification times and fixed document property dates.
//
// Standard library only.
package main

import (
	"archive/zip"
	"bytes"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/clausecheck/clausecheck/extract"
	"time"
	"unicode"
	"unicode/utf8"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: fixturegen IN.md|IN.txt OUT.docx")
		os.Exit(2)
	}
	in, out := os.Args[1], os.Args[2]
	data, err := os.ReadFile(in)
	if err != nil {
		fmt.Fprintln(os.Stderr, "fixturegen:", err)
		os.Exit(1)
	}
	doc, err := Convert(data, strings.EqualFold(filepath.Ext(in), ".txt"))
	if err != nil {
		fmt.Fprintf(os.Stderr, "fixturegen: %s: %v\n", in, err)
		os.Exit(1)
	}
	if err := os.WriteFile(out, doc, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "fixturegen:", err)
		os.Exit(1)
	}
}

// Convert renders a draft (Markdown, or plain text when plain is set) as a
// .docx file.
func Convert(data []byte, plain bool) ([]byte, error) {
	s, err := decode(data)
	if err != nil {
		return nil, err
	}
	var blks []*blk
	if plain {
		// a sheet pasted as CSV is a table, as the text reader reads it
		blks = readText(extract.DelimitedTables(s))
	} else {
		// a redline whose note rejects numbered changes reads as decided
		blks = readMarkdown(extract.UndoRejectedNumberedChanges(s))
	}
	n := newNumberer()
	n.assign(blks, plain)
	return pack(documentXML(blks), numberingXML(n.nums)), nil
}

// ---------------------------------------------------------------------
// Blocks

type blkKind int

const (
	kPara blkKind = iota
	kHeading
	kRow // one table row; consecutive rows form one table
)

// blk is one paragraph, heading or table row of the output.
type blk struct {
	kind  blkKind
	level int      // heading level 1..6
	text  string   // the text, typed label included (until assign removes it)
	cells []string // kRow
	// Markdown ordered-list item: the number its nesting gives it ("3.1"),
	// the marker as typed ("1."), its depth.
	list   string
	marker string
	depth  int
	// plain text: the lines joined into this paragraph
	lines     []string
	indent    int
	pageBreak bool // a form feed before it
	// label chosen by the text reader (plain text): accepted clause number
	lab *label
	// output numbering: numID 0 means none
	numID, ilvl int
}

// ---------------------------------------------------------------------
// Decoding

func decode(data []byte) (string, error) {
	data = bytes.TrimPrefix(data, []byte{0xEF, 0xBB, 0xBF})
	if !utf8.Valid(data) {
		return "", fmt.Errorf("not valid UTF-8")
	}
	s := strings.ReplaceAll(string(data), "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return s, nil
}

// ---------------------------------------------------------------------
// Markdown (the same block rules as clausecheck's Markdown reader)

var (
	mdATX       = regexp.MustCompile(`^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$`)
	mdSetext    = regexp.MustCompile(`^ {0,3}(=+|-+)[ \t]*$`)
	mdOrdered   = regexp.MustCompile(`^([ \t]*)(\d{1,9})([.)])(?:[ \t]+(.*))?$`)
	mdBullet    = regexp.MustCompile(`^([ \t]*)[-*+][ \t]+(.*)$`)
	mdFence     = regexp.MustCompile("^ {0,3}(```|~~~)")
	mdStrike    = regexp.MustCompile(`~~[^~\n]+~~|(?is)<(del|s|strike)>.*?</(?:del|s|strike)>`)
	reSoftLabel = regexp.MustCompile(`^(?:\([a-zA-Z0-9]{1,4}\)|(?i:section)\s+\d{1,3}(?:\.\d{1,3})*|\d{1,3}(?:\.\d{1,3})+\.?)\s+\S`)
	mdTableSep  = regexp.MustCompile(`^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$`)
	mdRule      = regexp.MustCompile(`^ {0,3}(?:(?:- *){3,}|(?:\* *){3,}|(?:_ *){3,})$`)
	mdImage     = regexp.MustCompile(`!\[([^\]]*)\]\([^)]*\)`)
	mdLink      = regexp.MustCompile(`\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)`)
	mdRefLink   = regexp.MustCompile(`\[([^\]]+)\]\[[^\]]*\]`)
	mdAuto      = regexp.MustCompile(`<((?:https?|mailto):[^>]+)>`)
	mdTag       = regexp.MustCompile(`(?i)</?(?:br|sup|sub|span|a|u|b|i|em|strong|div|p|ins|del|small|font)\b[^>]*>`)
	mdComment   = regexp.MustCompile(`(?s)<!--.*?-->`)
	mdAnchor    = regexp.MustCompile(`\s*\{#[^}]*\}\s*$`)
	mdEscape    = regexp.MustCompile("\\\\([!-/:-@\\[-`{-~])")
	mdUnder     = regexp.MustCompile(`(^|[\s(“"])_+|_+($|[\s).,;:!?”"])`)
)

type mdList struct {
	indent int
	num    string
}

type mdParser struct {
	out    []*blk
	para   []string
	kind   blk
	blank  bool
	lists  []mdList
	indent int
}

func readMarkdown(s string) []*blk {
	s = mdComment.ReplaceAllStringFunc(s, func(c string) string {
		return strings.Repeat("\n", strings.Count(c, "\n"))
	})
	lines := strings.Split(s, "\n")
	p := &mdParser{}
	for i := 0; i < len(lines); i++ {
		line := strings.ReplaceAll(lines[i], "\f", "")
		if q := mdQuote.FindString(line); q != "" {
			// a block quote is laid out as the text it quotes (as
			// clausecheck reads it): headings, numbered clauses, paragraphs
			line = line[len(q):]
		}
		switch {
		case mdFence.MatchString(line):
			// a fence holds plain text, read as the text reader reads a
			// plain-text draft (a table in columns is a table); each of
			// its paragraphs is a paragraph of its own, unnumbered
			p.flush()
			start := i + 1
			for i++; i < len(lines) && !mdFence.MatchString(lines[i]); i++ {
			}
			for _, b := range readText(extract.DelimitedTables(strings.Join(lines[start:min(i, len(lines))], "\n"))) {
				if b.kind == kRow {
					p.out = append(p.out, b)
					continue
				}
				for _, ln := range b.lines {
					if t := strings.TrimSpace(ln); t != "" {
						p.out = append(p.out, &blk{kind: kPara, text: t})
					}
				}
			}
		case strings.TrimSpace(line) == "":
			p.flush()
			p.blank = true
		case mdTableSep.MatchString(line) && strings.Contains(line, "|") && p.tableHeader():
		case mdRule.MatchString(line) && len(p.para) == 0:
			p.flush()
		case i+1 < len(lines) && len(p.para) == 0 && mdSetext.MatchString(lines[i+1]) && strings.TrimSpace(line) != "" && !mdBullet.MatchString(line):
			level := 1
			if strings.TrimSpace(lines[i+1])[0] == '-' {
				level = 2
			}
			p.heading(level, line)
			i++
		default:
			p.line(line)
		}
	}
	p.flush()
	return p.out
}

func (p *mdParser) tableHeader() bool {
	n := len(p.out)
	return len(p.para) == 0 && n > 0 && p.out[n-1].kind == kRow
}

func (p *mdParser) flush() {
	if len(p.para) == 0 {
		return
	}
	b := p.kind
	b.text = cleanInline(strings.Join(p.para, " "))
	p.para = nil
	p.kind = blk{}
	if b.text == "" && b.list == "" {
		return
	}
	p.out = append(p.out, &b)
}

func (p *mdParser) heading(level int, text string) {
	p.flush()
	p.lists = nil
	t := mdAnchor.ReplaceAllString(strings.TrimSpace(text), "")
	if t = cleanInline(t); t != "" {
		p.out = append(p.out, &blk{kind: kHeading, level: level, text: t})
	}
}

func indentOf(s string) int {
	n := 0
	for _, r := range s {
		switch r {
		case ' ':
			n++
		case '\t':
			n += 4 - n%4
		default:
			return n
		}
	}
	return n
}

// mdQuote: the markers of a block quote at the start of a line.
var mdQuote = regexp.MustCompile(`^ {0,3}(?:> ?)+`)

func (p *mdParser) line(line string) {
	if m := mdATX.FindStringSubmatch(line); m != nil {
		p.heading(len(m[1]), m[2])
		return
	}
	ind := indentOf(line)
	t := strings.TrimSpace(line)
	if strings.HasPrefix(t, ">") {
		t = strings.TrimSpace(strings.TrimLeft(t, "> "))
	}
	if strings.HasPrefix(t, "|") && strings.Count(t, "|") >= 2 {
		p.flush()
		cells := pipeCells(t)
		for i, c := range cells {
			cells[i] = cleanInline(c)
		}
		p.out = append(p.out, &blk{kind: kRow, cells: cells})
		return
	}
	if m := mdOrdered.FindStringSubmatch(line); m != nil && (len(p.para) == 0 || p.blank || ind <= p.indent || len(p.lists) > 0 || m[2] == "1") {
		p.flush()
		p.item(ind, m[2], m[2]+m[3], m[4])
		return
	}
	if m := mdBullet.FindStringSubmatch(line); m != nil && !mdRule.MatchString(line) {
		p.flush()
		p.popLists(ind)
		p.kind = blk{kind: kPara, indent: 1}
		p.para = append(p.para, m[2])
		p.indent = ind
		return
	}
	if len(p.para) == 1 && extract.WholeBold(p.para[0]) {
		p.flush() // a line wholly in bold is a paragraph of its own (as clausecheck reads it)
	}
	if len(p.para) > 0 && reSoftLabel.MatchString(t) && endsSentence(p.para[len(p.para)-1]) {
		p.flush()
	}
	if len(p.para) == 0 {
		if ind == 0 && p.blank {
			p.lists = nil
		}
		p.kind = blk{kind: kPara}
		p.indent = ind
	}
	p.blank = false
	p.para = append(p.para, t)
}

func (p *mdParser) popLists(indent int) {
	for len(p.lists) > 0 && p.lists[len(p.lists)-1].indent > indent {
		p.lists = p.lists[:len(p.lists)-1]
	}
}

func (p *mdParser) item(indent int, num, marker, text string) {
	p.popLists(indent)
	if n := len(p.lists); n > 0 && p.lists[n-1].indent == indent {
		p.lists[n-1].num = num
	} else {
		p.lists = append(p.lists, mdList{indent: indent, num: num})
	}
	nums := make([]string, len(p.lists))
	for i, l := range p.lists {
		nums[i] = strings.TrimLeft(l.num, "0")
		if nums[i] == "" {
			nums[i] = "0"
		}
	}
	p.blank = false
	p.indent = indent
	p.kind = blk{kind: kPara, list: strings.Join(nums, "."), marker: marker, depth: len(p.lists)}
	p.para = append(p.para, text)
}

// cleanInline removes Markdown inline syntax, keeping the words; struck
// text is dropped.
func cleanInline(s string) string {
	s = mdImage.ReplaceAllString(s, "$1")
	s = mdLink.ReplaceAllString(s, "$1")
	s = mdRefLink.ReplaceAllString(s, "$1")
	s = mdAuto.ReplaceAllString(s, "$1")
	s = mdStrike.ReplaceAllString(s, "")
	s = mdTag.ReplaceAllString(s, " ")
	s = mdEscape.ReplaceAllStringFunc(s, func(m string) string {
		return "\x00" + strconv.Itoa(int(m[1])) + "\x00"
	})
	s = strings.ReplaceAll(s, "**", "")
	s = strings.ReplaceAll(s, "__", "")
	s = strings.ReplaceAll(s, "*", "")
	s = strings.ReplaceAll(s, "`", "")
	s = mdUnder.ReplaceAllString(s, "$1$2")
	if strings.Contains(s, "\x00") {
		parts := strings.Split(s, "\x00")
		for i := 1; i < len(parts); i += 2 {
			if n, err := strconv.Atoi(parts[i]); err == nil {
				parts[i] = string(rune(n))
			}
		}
		s = strings.Join(parts, "")
	}
	s = html.UnescapeString(s)
	return strings.Join(strings.Fields(s), " ")
}

func pipeCells(t string) []string {
	t = strings.TrimSuffix(strings.TrimPrefix(t, "|"), "|")
	parts := strings.Split(t, "|")
	cells := make([]string, 0, len(parts))
	for _, p := range parts {
		cells = append(cells, strings.TrimSpace(p))
	}
	return cells
}

// ---------------------------------------------------------------------
// Plain text: lines as clausecheck's text reader sees them, then joined
// into paragraphs where its line-mode segmenter would join them.

var (
	rePageNumber = regexp.MustCompile(`(?i)^\s*(?:page\s+\d+(?:\s+of\s+\d+)?|-\s*\d+\s*-|\[\s*\d+\s*\])\s*$`)
	cellGap      = regexp.MustCompile(`\t+|[^.:;!?\s] {2,}|\s{3,}`)
	reLeader     = regexp.MustCompile(`\s*\.{4,}\s*`)
	reRuler      = regexp.MustCompile(`^\s*(?:-{2,}(?:\s+-{2,})+|={2,}(?:\s+={2,})+)\s*$`)
	reRule       = regexp.MustCompile(`^\s*[+|]?[-=_~*+|: ]*[-=_~]{5,}[-=_~*+|: ]*\s*$`)
	reWhereas    = regexp.MustCompile(`^(?i:whereas)\b`)
	reNowThere   = regexp.MustCompile(`^(?i:now,?\s+therefore)\b`)
	reSepLead    = regexp.MustCompile(`^[\s.:–—-]+`)
	reWordTok    = regexp.MustCompile(`[\p{L}][\p{L}'’-]*[\p{L}]|[\p{L}]`)
)

// tline is one line of a plain-text draft.
type tline struct {
	text, raw string
	brk       bool // a blank line (or the start) before it
	table     bool
	cells     []string
	pageBreak bool
}

func readLines(s string) []*tline {
	var out []*tline
	brk := true
	var cols []int
	blank := 0
	pageBreak := false
	for _, line := range strings.Split(s, "\n") {
		if cols != nil {
			if strings.TrimSpace(line) == "" {
				blank++
				if blank >= 2 {
					cols = nil
				}
				continue
			}
			if c := rulerColumns(line); c != nil && slices.Equal(c, cols) {
				blank = 0 // the same ruler under a row separates rows
				continue
			}
			if cells, ok := columnCells(line, cols); ok {
				n := len(out)
				if cells[0] == "" && n > 0 && out[n-1].table {
					out[n-1].cells = appendCells(out[n-1].cells, cells)
				} else {
					out = append(out, &tline{brk: true, table: true, cells: cells})
				}
				blank = 0
				continue
			}
			cols = nil
		}
		if c := rulerColumns(line); c != nil && len(out) > 0 {
			hdr := out[len(out)-1]
			if cells, ok := columnCells(hdr.raw, c); ok && hdr.raw != "" {
				hdr.table, hdr.cells = true, cells
				if n := len(out); n >= 2 && !hdr.brk && out[n-2].raw != "" {
					if first, ok := columnCells(out[n-2].raw, c); ok && !out[n-2].brk || ok && out[n-2].table {
						out[n-2].table = true
						out[n-2].cells = appendCells(first, cells)
						out = out[:n-1]
					}
				}
				cols, blank = c, 0
				continue
			}
		}
		for strings.Contains(line, "\f") {
			i := strings.IndexByte(line, '\f')
			if t := strings.TrimSpace(line[:i]); t != "" {
				out = append(out, textLine(line[:i], brk, pageBreak))
				brk, pageBreak = false, false
			}
			pageBreak = true
			line = line[i+1:]
		}
		if strings.TrimSpace(line) == "" {
			brk = true
			continue
		}
		if rePageNumber.MatchString(line) || reRule.MatchString(line) {
			continue
		}
		b := textLine(line, brk, pageBreak)
		pageBreak = false
		b.raw = line
		if n := len(out); n > 0 && b.table && out[n-1].table && !brk {
			if merged, ok := mergeRow(out[n-1].cells, b.cells); ok {
				out[n-1].cells = merged
				continue
			}
		}
		out = append(out, b)
		brk = false
	}
	return out
}

func textLine(line string, brk, pageBreak bool) *tline {
	b := &tline{brk: brk, pageBreak: pageBreak}
	if cells := tableCells(line); cells != nil {
		b.table, b.cells = true, cells
		return b
	}
	b.text = strings.TrimSpace(line)
	return b
}

func tableCells(line string) []string {
	t := strings.TrimSpace(line)
	t = reLeader.ReplaceAllString(t, "    ")
	if strings.HasPrefix(t, "|") && strings.HasSuffix(t, "|") && strings.Count(t, "|") >= 3 {
		return pipeCells(t)
	}
	locs := cellGap.FindAllStringIndex(t, -1)
	if len(locs) == 0 || len(locs) == 1 && !strings.Contains(t, "    ") {
		return nil
	}
	var cells []string
	prev := 0
	for _, l := range locs {
		start := l[0]
		if t[start] != ' ' && t[start] != '\t' {
			start++
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
		if len(cells) == 2 && strings.Contains(t, "    ") && parseLabel(cells[0]+" ") == nil {
			return cells
		}
		return nil
	}
	return cells
}

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

func appendCells(row []string, cont []string) []string {
	cells := append([]string(nil), row...)
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
	return cells
}

func mergeRow(p, c []string) ([]string, bool) {
	if len(p) != len(c) || len(c) < 2 || strings.TrimSpace(c[0]) != "" {
		return nil, false
	}
	out := append([]string(nil), p...)
	for i := range out {
		if t := strings.TrimSpace(c[i]); t != "" {
			if out[i] != "" {
				out[i] += " "
			}
			out[i] += t
		}
	}
	return out, true
}

// textGrouper joins plain-text lines into paragraphs as clausecheck's
// line-mode segmenter does.
type textGrouper struct {
	out       []*blk
	cur       *blk // the paragraph being gathered
	heading   *blk // the last ALL-CAPS heading, while it may continue
	quoting   bool
	lastCaps  bool
	tentative bool
	recitals  bool
	maxLine   int
	lastBody  string // the last text added to the current clause
	seq       seqState
	vocab     map[string]bool
	pageBreak bool // a form feed not yet given to a paragraph
}

// newBlk makes a block, giving it a pending page break.
func (g *textGrouper) newBlk(b *blk) *blk {
	b.pageBreak, g.pageBreak = g.pageBreak, false
	return b
}

func readText(s string) []*blk {
	lines := readLines(s)
	g := &textGrouper{vocab: map[string]bool{}}
	for _, l := range lines {
		if l.table {
			continue
		}
		g.maxLine = max(g.maxLine, utf8.RuneCountInString(l.text))
		t := strings.TrimRight(l.text, " -")
		for _, w := range reWordTok.FindAllString(t, -1) {
			g.vocab[strings.ToLower(w)] = true
		}
	}
	for _, l := range lines {
		g.line(l)
	}
	g.close()
	for _, b := range g.out {
		if b.kind == kRow {
			continue
		}
		text := ""
		for i, ln := range b.lines {
			ln = strings.Join(strings.Fields(ln), " ")
			if i == 0 {
				text = ln
				continue
			}
			if joined, ok := dehyphen(text, ln, g.vocab); ok {
				text = joined
				continue
			}
			text += " " + ln
		}
		b.text = text
	}
	return g.out
}

func (g *textGrouper) close() {
	if g.cur != nil {
		g.out = append(g.out, g.cur)
		g.lastBody = g.cur.lines[len(g.cur.lines)-1]
		g.cur = nil
	}
}

func (g *textGrouper) add(text string, indent int) {
	if g.cur == nil {
		g.cur = g.newBlk(&blk{kind: kPara, indent: indent})
	}
	g.cur.lines = append(g.cur.lines, text)
}

func (g *textGrouper) lastText() string {
	if g.cur != nil && len(g.cur.lines) > 0 {
		return g.cur.lines[len(g.cur.lines)-1]
	}
	return g.lastBody
}

func (g *textGrouper) line(l *tline) {
	g.pageBreak = g.pageBreak || l.pageBreak
	if l.table {
		g.close()
		g.out = append(g.out, g.newBlk(&blk{kind: kRow, cells: l.cells}))
		g.lastBody = strings.Join(l.cells, " ")
		g.heading = nil
		return
	}
	text := strings.TrimSpace(strings.ReplaceAll(l.text, "\t", " "))
	indent := indentOf(l.raw)
	if g.quoting || (strings.HasPrefix(text, "\"") || strings.HasPrefix(text, "“")) && strings.HasSuffix(strings.TrimSpace(g.lastText()), ":") {
		g.quoting = !closesQuote(text, !g.quoting)
		if l.brk {
			g.close()
		}
		g.add(text, indent)
		return
	}
	startOfPara := l.brk || g.cur == nil || endsSentence(g.cur.lines[len(g.cur.lines)-1])
	if lb := parseLabel(text); lb != nil && !g.afterRefWord() && !g.afterNumberWord(lb) && g.seq.accept(lb, startOfPara, l.brk) {
		g.close()
		g.heading = nil
		g.seq.start(lb)
		g.recitals = false
		b := g.newBlk(&blk{kind: kPara, lab: lb, lines: []string{text}})
		rest := strings.TrimSpace(lb.rest)
		headOnly := false
		switch lb.style {
		case stylePart, styleArticle:
			h := strings.TrimSpace(reSepLead.ReplaceAllString(rest, ""))
			headOnly = h == "" || isHeadingLine(h) || placeholder[strings.ToLower(strings.Trim(h, ".:[] "))]
		default:
			headOnly = rest == "" || isHeadingLine(rest) && (!endsSentence(rest) || isAllCaps(rest))
		}
		g.tentative = headOnly && rest != "" && !isAllCaps(rest) && lb.style != stylePart && lb.style != styleArticle &&
			utf8.RuneCountInString(text)*10 >= g.maxLine*7
		g.cur = b
		if headOnly && !g.tentative {
			g.close()
			g.lastBody = ""
		}
		g.lastCaps = false
		return
	}
	if isAllCaps(text) && isHeadingLine(text) {
		if g.heading != nil && g.lastCaps && !l.brk && g.cur == nil {
			g.heading.lines = append(g.heading.lines, text)
			return
		}
		if startOfPara {
			g.close()
			h := g.newBlk(&blk{kind: kHeading, level: 1, lines: []string{text}})
			g.out = append(g.out, h)
			g.heading = h
			g.lastBody = ""
			g.lastCaps = true
			g.tentative = false
			g.seq.heading()
			return
		}
	}
	g.lastCaps = false
	g.heading = nil
	if reWhereas.MatchString(text) || g.recitals && reNowThere.MatchString(text) {
		if startOfPara {
			g.close()
			g.recitals = true
		}
	}
	if l.brk {
		g.close()
	}
	g.tentative = false
	g.add(text, indent)
}

func (g *textGrouper) afterRefWord() bool {
	if g.cur == nil {
		return false
	}
	f := strings.Fields(g.cur.lines[len(g.cur.lines)-1])
	return len(f) > 0 && refWords[strings.ToLower(f[len(f)-1])]
}

func (g *textGrouper) afterNumberWord(l *label) bool {
	if g.cur == nil || l.style != styleParenDigit {
		return false
	}
	f := strings.Fields(g.cur.lines[len(g.cur.lines)-1])
	if len(f) == 0 {
		return false
	}
	w := strings.ToLower(f[len(f)-1])
	if i := strings.LastIndexByte(w, '-'); i >= 0 {
		w = w[i+1:]
	}
	return numberWords[w]
}

var refWords = map[string]bool{
	"section": true, "sections": true, "clause": true, "clauses": true, "article": true, "articles": true,
	"paragraph": true, "paragraphs": true, "schedule": true, "exhibit": true, "annex": true, "appendix": true, "§": true, "§§": true,
}

var numberWords = map[string]bool{
	"zero": true, "one": true, "two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true, "nine": true,
	"ten": true, "eleven": true, "twelve": true, "thirteen": true, "fourteen": true, "fifteen": true, "sixteen": true,
	"seventeen": true, "eighteen": true, "nineteen": true, "twenty": true, "thirty": true, "forty": true, "fifty": true,
	"sixty": true, "seventy": true, "eighty": true, "ninety": true, "hundred": true, "thousand": true, "million": true, "billion": true,
}

func closesQuote(line string, first bool) bool {
	n := strings.Count(line, "\"") + strings.Count(line, "“") + strings.Count(line, "”")
	if !first {
		n++
	}
	return n%2 == 0
}

func endsSentence(s string) bool {
	s = strings.TrimRight(s, `"”’') `)
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, ":") || strings.HasSuffix(s, ";") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!")
}

// dehyphen joins a word broken at a line end as clausecheck does.
func dehyphen(prev, next string, vocab map[string]bool) (string, bool) {
	if !strings.HasSuffix(prev, "-") || strings.HasSuffix(prev, "--") || strings.HasSuffix(prev, " -") {
		return "", false
	}
	r, _ := utf8.DecodeRuneInString(next)
	if !unicode.IsLower(r) {
		return prev + next, true
	}
	i := strings.LastIndexAny(prev[:len(prev)-1], " \t(/\"“") + 1
	head := prev[i : len(prev)-1]
	tail := next
	if j := strings.IndexFunc(next, func(r rune) bool { return !unicode.IsLetter(r) }); j >= 0 {
		tail = next[:j]
	}
	hyph, solid := strings.ToLower(head+"-"+tail), strings.ToLower(head+tail)
	keep := vocab[hyph] && !vocab[solid]
	if !keep && !vocab[solid] {
		prefix := head
		if k := strings.LastIndexByte(head, '-'); k >= 0 {
			prefix = head[k+1:]
		}
		prefix = strings.ToLower(prefix)
		keep = keepHyphen[prefix] || hyphenPrefix[prefix] && len(tail) >= 5 && vocab[strings.ToLower(tail)]
	}
	if keep {
		return prev + next, true
	}
	return prev[:len(prev)-1] + next, true
}

var hyphenPrefix = map[string]bool{"de": true, "re": true, "un": true, "anti": true, "semi": true, "inter": true, "intra": true, "over": true, "under": true}

var keepHyphen = map[string]bool{
	"twenty": true, "thirty": true, "forty": true, "fifty": true, "sixty": true, "seventy": true, "eighty": true, "ninety": true,
	"non": true, "self": true, "third": true, "co": true, "cross": true, "pre": true, "post": true, "sub": true, "multi": true,
	"end": true, "on": true, "off": true, "so": true, "well": true, "long": true, "short": true, "fine": true, "open": true, "per": true,
}

// ---------------------------------------------------------------------
// Clause labels (the forms clausecheck reads at the start of a paragraph)

const (
	stylePart       = "part"
	styleArticle    = "article"
	styleDec        = "dec"
	styleRoman      = "roman"
	styleLetter     = "letter"
	styleParenLower = "(a)"
	styleParenRoman = "(i)"
	styleParenUpper = "(A)"
	styleParenURom  = "(I)"
	styleParenDigit = "(1)"
	styleAlnum      = "alnum"
)

type label struct {
	printed string
	style   string
	parts   []string
	rest    string
	strong  bool
	// form is the pattern that matched: "dec" (a bare decimal number),
	// "paren" ("(a)"), or another; only "dec" and "paren" can become
	// Word numbering.
	form string
	// typed is the label as it stands at the start of the text
	typed string
}

var (
	rePart    = regexp.MustCompile(`^(?i:(schedule|exhibit|annex|appendix|attachment|addendum|amendment|part)(?:\s+(?:no\.?|number))?)\s+([A-Z]{1,2}|\d{1,3}|[IVXLC]{1,6})\b\.?`)
	rePartSec = regexp.MustCompile(`^(?i:(section))\s+([A-Z])\b\.?(?:\s*[—–:-]|\s*$)`)
	reAlnum   = regexp.MustCompile(`^([A-Z]{1,3})-?(\d{1,3}(?:\.\d{1,3}){0,3})([.:)]?)(\s|$)`)
	reArticle = regexp.MustCompile(`^(?i:(article))\s+([IVXLC]{1,7}|\d{1,3})\b\.?`)
	reSection = regexp.MustCompile(`^(?i:(section|§))\s*(\d{1,3}(?:\.\d{1,3})*[A-Z]?)(\.?)(?:\s|$)`)
	reDec     = regexp.MustCompile(`^((?:\d{1,3}|[A-Z]|[IVX]{1,5})(?:\.(?:\d{1,3}[A-Z]?|[a-z]))+|\d{1,3}[A-Z]?)([.)]?)(\t|\s|$)`)
	reParen   = regexp.MustCompile(`^\(([a-z]{1,4}|[A-Z]{1,4}|\d{1,3})\)(?:\s|$)`)
	reHalfPar = regexp.MustCompile(`^([a-z]|[ivx]{1,5})\)(?:\s|$)`)
	reRomDot  = regexp.MustCompile(`^([IVXLC]{1,6})\.(?:\s|$)`)
	reLetDot  = regexp.MustCompile(`^([A-Z])\.(?:\s|$)`)
	reRoman   = regexp.MustCompile(`^(?i:m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3}))$`)
)

var twoLetterWord = map[string]bool{"AS": true, "AT": true, "BY": true, "IN": true, "IS": true, "IT": true, "OF": true,
	"ON": true, "OR": true, "TO": true, "AN": true, "BE": true, "IF": true, "SO": true, "UP": true, "US": true, "WE": true,
	"NO": true}

func parseLabel(s string) *label {
	l := parseLabel0(s)
	if l != nil {
		l.typed = s[:len(s)-len(l.rest)]
	}
	return l
}

func parseLabel0(s string) *label {
	if m := rePart.FindStringSubmatch(s); m != nil && !twoLetterWord[strings.ToUpper(m[2])] {
		return &label{printed: strings.TrimSuffix(m[0], "."), style: stylePart, parts: []string{m[2]}, rest: s[len(m[0]):], strong: true, form: "part"}
	}
	if m := rePartSec.FindStringSubmatch(s); m != nil {
		n := len(m[0])
		return &label{printed: strings.TrimRight(s[:len(m[1])+1+len(m[2])], "."), style: stylePart, parts: []string{m[2]}, rest: s[n:], strong: true, form: "part"}
	}
	if m := reAlnum.FindStringSubmatch(s); m != nil {
		return &label{printed: m[1] + strings.TrimSuffix(strings.TrimSuffix(m[0][len(m[1]):], m[4]), m[3]), style: styleAlnum,
			parts: append([]string{m[1]}, strings.Split(m[2], ".")...), rest: s[len(m[0]):],
			strong: m[3] != "" || strings.Contains(m[0], "-") || strings.Contains(m[2], "."), form: "alnum"}
	}
	if m := reArticle.FindStringSubmatch(s); m != nil {
		return &label{printed: strings.TrimSuffix(m[0], "."), style: styleArticle, parts: []string{m[2]}, rest: s[len(m[0]):], strong: true, form: "article"}
	}
	if m := reSection.FindStringSubmatch(s); m != nil {
		parts := strings.Split(m[2], ".")
		rest := s[len(m[0]):]
		if t := strings.TrimLeft(rest, " –—-:"); len(rest)-len(t) >= 2 {
			rest = t
		}
		return &label{printed: m[2], style: styleDec, parts: parts, rest: rest, strong: m[3] == "." || startsUpper(rest), form: "section"}
	}
	if m := reDec.FindStringSubmatch(s); m != nil {
		num := m[1]
		parts := strings.Split(num, ".")
		if len(parts) > 1 && !strings.ContainsAny(num, "0123456789") {
			return nil
		}
		l := &label{printed: num, style: styleDec, parts: parts, rest: s[len(m[0]):], form: "dec"}
		if m[2] == ")" {
			l.form = "dec)"
		}
		if len(parts) == 1 {
			if !isDigits(strings.TrimRight(num, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")) {
				return nil
			}
			l.strong = m[2] != "" || m[3] == "\t"
		} else {
			l.strong = m[2] == "." || m[3] == "\t" || startsUpper(l.rest)
		}
		return l
	}
	if m := reParen.FindStringSubmatch(s); m != nil {
		v := m[1]
		return &label{printed: "(" + v + ")", style: parenStyle(v), parts: []string{v}, rest: s[len(m[0]):], strong: true, form: "paren"}
	}
	if m := reHalfPar.FindStringSubmatch(s); m != nil {
		v := m[1]
		return &label{printed: "(" + v + ")", style: parenStyle(v), parts: []string{v}, rest: s[len(m[0]):], form: "halfparen"}
	}
	if m := reRomDot.FindStringSubmatch(s); m != nil && reRoman.MatchString(m[1]) {
		return &label{printed: m[1], style: styleRoman, parts: []string{m[1]}, rest: s[len(m[0]):], strong: len(m[1]) > 1, form: "roman"}
	}
	if m := reLetDot.FindStringSubmatch(s); m != nil {
		return &label{printed: m[1], style: styleLetter, parts: []string{m[1]}, rest: s[len(m[0]):], form: "letter"}
	}
	return nil
}

func parenStyle(v string) string {
	switch {
	case isDigits(v):
		return styleParenDigit
	case v == strings.ToLower(v):
		if reRoman.MatchString(v) && (len(v) > 1 || strings.ContainsAny(v, "ivx")) {
			return styleParenRoman
		}
		return styleParenLower
	default:
		if reRoman.MatchString(v) && (len(v) > 1 || strings.ContainsAny(v, "IVX")) {
			return styleParenURom
		}
		return styleParenUpper
	}
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

func startsUpper(s string) bool {
	s = strings.TrimLeft(s, " \t")
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || r == '"' || r == '“' || r == '(' || r == '[' || r == '\''
}

func ordinal(style, v string) int {
	switch style {
	case styleParenDigit:
		n, _ := strconv.Atoi(v)
		return n
	case styleDec:
		n, _ := strconv.Atoi(strings.TrimRight(v, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
		return n
	case styleParenLower, styleParenUpper, styleLetter:
		v = strings.ToLower(v)
		if len(v) == 1 {
			return int(v[0]-'a') + 1
		}
		if strings.Count(v, v[:1]) == len(v) {
			return 26*(len(v)-1) + int(v[0]-'a') + 1
		}
	case styleParenRoman, styleParenURom, styleRoman, styleArticle:
		if isDigits(v) {
			n, _ := strconv.Atoi(v)
			return n
		}
		return romanValue(v)
	}
	return 0
}

func romanValue(s string) int {
	vals := map[byte]int{'i': 1, 'v': 5, 'x': 10, 'l': 50, 'c': 100, 'd': 500, 'm': 1000}
	s = strings.ToLower(s)
	total := 0
	for i := 0; i < len(s); i++ {
		v := vals[s[i]]
		if i+1 < len(s) && vals[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	return total
}

func isHeadingLine(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 90 {
		return false
	}
	if strings.ContainsAny(s[len(s)-1:], ",;") {
		return false
	}
	if strings.HasPrefix(s, "[") || strings.HasPrefix(s, "(") || placeholder[strings.ToLower(strings.Trim(s, ".:[] "))] {
		return false
	}
	s = strings.TrimRight(s, ".:")
	return isTitle(s, 10) && !hasVerb(s)
}

func hasVerb(s string) bool {
	words := strings.Fields(s)
	if len(words) > 0 && interrogative[strings.ToLower(words[0])] {
		return false
	}
	for _, w := range words {
		if verbish[strings.ToLower(strings.Trim(w, `"“”'(),.`))] {
			return true
		}
	}
	return false
}

var interrogative = map[string]bool{"what": true, "how": true, "when": true, "who": true, "which": true, "why": true, "where": true}

func isTitle(s string, maxWords int) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > maxWords {
		return false
	}
	if isAllCaps(s) {
		return true
	}
	if !startsUpper(words[0]) {
		return false
	}
	sig, up := 0, 0
	for _, w := range words {
		w = strings.Trim(w, `"“”'(),`)
		if len(w) < 4 {
			continue
		}
		sig++
		if startsUpper(w) {
			up++
		}
	}
	return sig == 0 || up*3 >= sig*2
}

func isAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 3
}

var verbish = map[string]bool{
	"shall": true, "will": true, "may": true, "must": true, "is": true, "are": true, "was": true, "be": true,
	"means": true, "has": true, "have": true, "does": true, "do": true, "agrees": true, "agree": true,
	"can": true, "should": true, "not": true, "applies": true, "apply": true, "pays": true, "includes": true,
}

var placeholder = map[string]bool{
	"reserved": true, "intentionally omitted": true, "intentionally left blank": true, "omitted": true,
	"deleted": true, "not used": true, "tbd": true, "to be agreed": true, "n/a": true,
}

// seqState follows the clause numbers seen so far, to tell a clause
// number from words that look like one ("12 months", "(1) year") as
// clausecheck does: a number continues the numbering around it.
type seqState struct {
	decs    [][]string
	alnums  [][]string
	stack   []seqEntry // open list labels, outermost first
	article int        // ordinal of the open ARTICLE, 0 none
}

type seqEntry struct {
	style string
	ord   int
}

func (q *seqState) heading() { q.stack = nil }

func (q *seqState) accept(l *label, startOfPara, hardBreak bool) bool {
	switch l.style {
	case stylePart, styleArticle:
		rest := strings.TrimSpace(l.rest)
		return rest == "" || reSepLead.MatchString(l.rest[:1]) && strings.TrimSpace(reSepLead.ReplaceAllString(rest, "")) == "" ||
			strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, ":") ||
			isHeadingLine(rest) || isAllCaps(firstWords(rest, 3)) || placeholder[strings.ToLower(strings.Trim(rest, ".:[]–—- "))]
	case styleDec:
		if len(l.parts) == 1 {
			if !l.strong && !(startsUpper(l.rest) && q.plausibleDec(l.parts)) {
				return false
			}
			if n := ordinal(styleDec, l.parts[0]); n > 300 {
				return false
			}
			return startsUpper(l.rest) || strings.TrimSpace(l.rest) == ""
		}
		if l.strong && (startOfPara || q.plausibleDec(l.parts)) {
			return true
		}
		return q.plausibleDec(l.parts) && (startOfPara || startsUpper(l.rest))
	case styleAlnum:
		if !startsUpper(l.rest) && strings.TrimSpace(l.rest) != "" {
			return false
		}
		if len(l.parts) > 2 {
			for i := len(q.alnums) - 1; i >= 0; i-- {
				a := q.alnums[i]
				if a[0] == l.parts[0] && len(a) >= 2 && a[1] == l.parts[1] {
					return true
				}
			}
			return false
		}
		n, _ := strconv.Atoi(l.parts[1])
		for i := len(q.alnums) - 1; i >= 0; i-- {
			if q.alnums[i][0] == l.parts[0] && len(q.alnums[i]) == 2 {
				prev, _ := strconv.Atoi(q.alnums[i][1])
				return n == prev+1 || n == prev
			}
		}
		return n <= 1 || l.strong && n <= 2
	default:
		if !startsUpper(l.rest) && strings.TrimSpace(l.rest) != "" && l.style != styleParenLower && l.style != styleParenRoman && l.style != styleParenDigit {
			return false
		}
		if l.strong && hardBreak {
			return true
		}
		return q.plausibleSeq(l) && (l.strong || startOfPara)
	}
}

func firstWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[:n]
	}
	return strings.Join(f, " ")
}

func (q *seqState) plausibleDec(parts []string) bool {
	if q.article > 0 && len(parts) == 2 && ordinal(styleDec, parts[0]) == q.article && ordinal(styleDec, parts[1]) <= 1 {
		return true
	}
	if len(q.decs) == 0 {
		return ordinal(styleDec, parts[len(parts)-1]) <= 1 || len(parts) == 1 && ordinal(styleDec, parts[0]) <= 2
	}
	last := q.decs[len(q.decs)-1]
	d := len(parts)
	lastOrd := ordinal(styleDec, parts[d-1])
	if d == len(last)+1 && samePrefix(parts, last, len(last)) && lastOrd <= 1 {
		return true
	}
	if d <= len(last) && samePrefix(parts, last, d-1) {
		prev := ordinal(styleDec, last[d-1])
		if lastOrd == prev+1 || lastOrd == prev && parts[d-1] != last[d-1] {
			return true
		}
	}
	return false
}

func samePrefix(a, b []string, n int) bool {
	if len(a) < n || len(b) < n {
		return false
	}
	for i := 0; i < n; i++ {
		if !strings.EqualFold(a[i], b[i]) {
			return false
		}
	}
	return true
}

func (q *seqState) plausibleSeq(l *label) bool {
	style := q.resolveStyle(l)
	ord := ordinal(style, l.parts[0])
	if ord == 1 {
		return true
	}
	for _, e := range q.stack {
		if e.style == style && e.ord == ord-1 {
			return true
		}
	}
	return false
}

// resolveStyle settles (i), (v), (x): a letter when it follows (h), (u),
// (w) of an open letter list and no open roman list expects it.
func (q *seqState) resolveStyle(l *label) string {
	if l.style != styleParenRoman && l.style != styleParenURom {
		return l.style
	}
	v := l.parts[0]
	if len(v) != 1 {
		return l.style
	}
	letter, roman := styleParenLower, styleParenRoman
	if l.style == styleParenURom {
		letter, roman = styleParenUpper, styleParenURom
	}
	lord, rord := ordinal(letter, v), ordinal(roman, v)
	letterOpen, romanOpen := false, false
	for _, e := range q.stack {
		if e.style == letter && e.ord == lord-1 {
			letterOpen = true
		}
		if e.style == roman && e.ord == rord-1 {
			romanOpen = true
		}
	}
	if letterOpen && !romanOpen {
		return letter
	}
	return l.style
}

// start records an accepted label.
func (q *seqState) start(l *label) {
	style := q.resolveStyle(l)
	switch style {
	case stylePart:
		q.decs, q.alnums, q.stack, q.article = nil, nil, nil, 0
	case styleArticle:
		q.stack = nil
		q.article = ordinal(styleArticle, l.parts[0])
	case styleAlnum:
		q.alnums = append(q.alnums, l.parts)
		q.stack = nil
	case styleDec:
		q.decs = append(q.decs, l.parts)
		q.stack = nil
	default:
		for i := len(q.stack) - 1; i >= 0; i-- {
			if q.stack[i].style == style {
				q.stack = q.stack[:i]
				break
			}
		}
		q.stack = append(q.stack, seqEntry{style: style, ord: ordinal(style, l.parts[0])})
	}
}

// ---------------------------------------------------------------------
// Word numbering

// The levels of the one multi-level list.
var levels = [9]struct{ fmt, text string }{
	{"decimal", "%1."},
	{"decimal", "%1.%2"},
	{"decimal", "%1.%2.%3"},
	{"lowerLetter", "(%4)"},
	{"lowerRoman", "(%5)"},
	{"upperLetter", "(%6)"},
	{"decimal", "(%7)"},
	{"upperRoman", "(%8)"},
	{"decimal", "%1.%2.%3.%9"},
}

// numDef is one w:num and its own abstract numbering: numID 1 starts
// every level at 1, a later one (a restart) at the numbers to print.
type numDef struct {
	id     int
	starts [9]int
}

// counter replays Word's counters for one w:num. implied marks a level
// that has not been numbered yet while a deeper one has: LibreOffice then
// counts it as already at its start value and prints start+1 when it is
// first numbered, clausecheck prints the start value; such a paragraph
// starts a new w:num instead.
type counter struct {
	def     *numDef
	val     [9]int
	used    [9]bool
	implied [9]bool
}

// next returns the values Word prints for levels 0..ilvl when the next
// paragraph at ilvl is numbered, and the counter after it.
func (c counter) next(ilvl int) ([9]int, counter) {
	if c.used[ilvl] {
		c.val[ilvl]++
	} else {
		c.val[ilvl] = c.def.starts[ilvl]
		c.used[ilvl] = true
	}
	for m := ilvl + 1; m < 9; m++ {
		c.used[m], c.implied[m] = false, false
	}
	for k := 0; k < ilvl; k++ {
		c.implied[k] = c.implied[k] || !c.used[k]
	}
	var shown [9]int
	for k := 0; k <= ilvl; k++ {
		shown[k] = c.def.starts[k]
		if c.used[k] {
			shown[k] = c.val[k]
		}
	}
	return shown, c
}

type numberer struct {
	nums []*numDef
	cur  counter
	seq  seqState
	// quoting: inside a quoted replacement wording, where clausecheck
	// reads no clause numbers
	quoting  bool
	lastBody string
}

func newNumberer() *numberer {
	d := &numDef{id: 1}
	for i := range d.starts {
		d.starts[i] = 1
	}
	return &numberer{nums: []*numDef{d}, cur: counter{def: d}}
}

// want is a clause number as list level and values.
type want struct {
	ilvl int
	vals []int // decimal: the values of levels 0..ilvl; others: one value
}

// place numbers a paragraph with w so that Word prints the typed number,
// starting a new w:num when the running counters would not.
func (n *numberer) place(b *blk, w want) {
	ambiguous := !n.cur.used[w.ilvl] && n.cur.implied[w.ilvl]
	shown, after := n.cur.next(w.ilvl)
	if ambiguous || !n.matches(shown, w) {
		d := &numDef{id: len(n.nums) + 1}
		// levels above keep the values they show now, the level itself
		// (and for a decimal number its parents) the typed values
		for k := range d.starts {
			d.starts[k] = 1
			if k < w.ilvl {
				d.starts[k] = n.cur.def.starts[k]
				if n.cur.used[k] {
					d.starts[k] = n.cur.val[k]
				}
			}
		}
		if w.ilvl <= 2 || w.ilvl == 8 {
			for k, v := range w.vals {
				lv := k
				if w.ilvl == 8 && k == 3 {
					lv = 8
				}
				d.starts[lv] = v
			}
		} else {
			d.starts[w.ilvl] = w.vals[0]
		}
		n.nums = append(n.nums, d)
		n.cur = counter{def: d}
		_, after = n.cur.next(w.ilvl)
	}
	n.cur = after
	b.numID, b.ilvl = n.cur.def.id, w.ilvl
}

func (n *numberer) matches(shown [9]int, w want) bool {
	if w.ilvl <= 2 {
		for k, v := range w.vals {
			if shown[k] != v {
				return false
			}
		}
		return true
	}
	if w.ilvl == 8 {
		return shown[0] == w.vals[0] && shown[1] == w.vals[1] && shown[2] == w.vals[2] && shown[8] == w.vals[3]
	}
	return shown[w.ilvl] == w.vals[0]
}

// wantOf returns the list level and values that print label l, or false
// when Word numbering cannot print it as typed.
func (n *numberer) wantOf(l *label) (want, bool) {
	switch l.form {
	case "dec":
		if len(l.parts) > 4 || len(l.parts) == 1 && !strings.HasSuffix(strings.TrimSpace(l.typed), ".") {
			return want{}, false
		}
		vals := make([]int, len(l.parts))
		for i, p := range l.parts {
			if !isDigits(p) || p[0] == '0' || len(p) > 3 {
				return want{}, false
			}
			vals[i], _ = strconv.Atoi(p)
		}
		ilvl := len(vals) - 1
		if ilvl == 3 {
			ilvl = 8
		}
		return want{ilvl: ilvl, vals: vals}, true
	case "paren":
		v := l.parts[0]
		style := n.seq.resolveStyle(l)
		ord := ordinal(style, v)
		if ord <= 0 {
			return want{}, false
		}
		ilvl := map[string]int{styleParenLower: 3, styleParenRoman: 4, styleParenUpper: 5, styleParenDigit: 6, styleParenURom: 7}[style]
		if ilvl == 0 {
			return want{}, false
		}
		// Word prints lowerLetter 27 as "aa", roman in canonical form:
		// the typed label must be that form.
		if fmtNum(ord, levels[ilvl].fmt) != v {
			return want{}, false
		}
		return want{ilvl: ilvl, vals: []int{ord}}, true
	}
	return want{}, false
}

func fmtNum(n int, f string) string {
	switch f {
	case "lowerLetter", "upperLetter":
		base := byte('a')
		if f == "upperLetter" {
			base = 'A'
		}
		if n <= 0 || n > 780 {
			return strconv.Itoa(n)
		}
		return strings.Repeat(string(base+byte((n-1)%26)), (n-1)/26+1)
	case "lowerRoman", "upperRoman":
		vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
		syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
		var b strings.Builder
		for i, v := range vals {
			for n >= v {
				b.WriteString(syms[i])
				n -= v
			}
		}
		if f == "lowerRoman" {
			return strings.ToLower(b.String())
		}
		return b.String()
	}
	return strconv.Itoa(n)
}

// assign chooses the paragraphs that become Word numbering and removes
// their typed labels.
func (n *numberer) assign(blks []*blk, plain bool) {
	for _, b := range blks {
		if b.kind == kRow {
			n.lastBody = strings.Join(b.cells, " ")
			continue
		}
		text := b.text
		if n.quoting || (strings.HasPrefix(text, "\"") || strings.HasPrefix(text, "“")) && strings.HasSuffix(strings.TrimSpace(n.lastBody), ":") {
			n.quoting = !closesQuote(text, !n.quoting)
			if b.list != "" {
				n.list(b)
			}
			n.lastBody = text
			continue
		}
		if b.list != "" {
			n.list(b)
			n.lastBody = b.text
			continue
		}
		var l *label
		switch {
		case plain:
			l = b.lab
		case b.kind == kHeading:
			if l = parseLabel(text); l != nil && !acceptHeadingLabel(l) {
				l = nil
			}
		default:
			if l = parseLabel(text); l != nil && !n.seq.accept(l, true, true) {
				l = nil
			}
		}
		if l == nil {
			if b.kind == kHeading {
				n.seq.heading()
				n.lastBody = ""
			} else {
				n.lastBody = text
			}
			continue
		}
		w, ok := n.wantOf(l)
		n.seq.start(l)
		rest := strings.TrimSpace(strings.TrimPrefix(text, strings.TrimSpace(l.typed)))
		if (strings.HasPrefix(rest, "\"") || strings.HasPrefix(rest, "“")) && strings.HasSuffix(strings.TrimSpace(n.lastBody), ":") {
			// clausecheck would read the text after a Word number as a
			// quotation of the clause before it: keep the typed label
			ok = false
		}
		if b.kind == kHeading || isHeadingLine(rest) && (!endsSentence(rest) || isAllCaps(rest)) {
			n.lastBody = ""
		} else {
			n.lastBody = rest
		}
		if !ok {
			continue
		}
		n.place(b, w)
		b.text = rest
	}
}

// list numbers a Markdown ordered-list item with the number its nesting
// gives it; one that Word cannot print keeps its typed marker.
func (n *numberer) list(b *blk) {
	parts := strings.Split(b.list, ".")
	ok := len(parts) <= 3
	vals := make([]int, len(parts))
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || v <= 0 || v > 999 {
			ok = false
		}
		vals[i] = v
	}
	if !ok {
		b.text = strings.TrimSpace(b.marker + " " + b.text)
		return
	}
	n.place(b, want{ilvl: len(vals) - 1, vals: vals})
	n.seq.decs = append(n.seq.decs, parts)
	n.seq.stack = nil
}

func acceptHeadingLabel(l *label) bool {
	switch l.style {
	case stylePart, styleArticle, styleDec, styleRoman, styleLetter:
		return l.style != styleDec || len(l.parts) > 1 || l.strong || startsUpper(l.rest)
	}
	return true
}

// ---------------------------------------------------------------------
// OOXML

const (
	nsW   = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsR   = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	xmlHd = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
	// text width of an A4 page with 2.5 cm margins, in twips
	textWidth = 9070
)

var xmlEsc = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", "\"", "&quot;")

func esc(s string) string {
	s = strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r >= 0x20 && r != 0xFFFE && r != 0xFFFF {
			return r
		}
		return -1
	}, s)
	return xmlEsc.Replace(s)
}

func run(text string) string {
	if text == "" {
		return ""
	}
	return `<w:r><w:t xml:space="preserve">` + esc(text) + `</w:t></w:r>`
}

func capsRun(text string) string {
	if text == "" {
		return ""
	}
	return `<w:r><w:rPr><w:caps/></w:rPr><w:t xml:space="preserve">` + esc(text) + `</w:t></w:r>`
}

func documentXML(blks []*blk) string {
	var b strings.Builder
	b.WriteString(xmlHd)
	b.WriteString(`<w:document xmlns:w="` + nsW + `" xmlns:r="` + nsR + `"><w:body>`)
	for i := 0; i < len(blks); i++ {
		bl := blks[i]
		if bl.kind == kRow {
			j := i
			for j < len(blks) && blks[j].kind == kRow {
				j++
			}
			if bl.pageBreak {
				b.WriteString(`<w:p><w:r><w:br w:type="page"/></w:r></w:p>`)
			}
			writeTable(&b, blks[i:j])
			i = j - 1
			continue
		}
		b.WriteString(`<w:p><w:pPr>`)
		if bl.kind == kHeading {
			fmt.Fprintf(&b, `<w:pStyle w:val="Heading%d"/>`, min(max(bl.level, 1), 6))
		}
		if bl.numID > 0 {
			fmt.Fprintf(&b, `<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>`, bl.ilvl, bl.numID)
		} else if bl.kind == kPara && bl.indent > 0 {
			b.WriteString(`<w:ind w:left="720"/>`)
		}
		b.WriteString(`</w:pPr>`)
		if bl.pageBreak {
			b.WriteString(`<w:r><w:br w:type="page"/></w:r>`)
		}
		if bl.kind == kHeading && (bl.numID > 0 || parseLabel(bl.text) == nil) {
			// headings in capitals, as many contracts print them (and a
			// reader of the PDF, which has no styles, can tell them from
			// text); a typed clause label ("Part A", "Schedule 1") is
			// printed as typed
			b.WriteString(capsRun(bl.text))
		} else {
			b.WriteString(run(bl.text))
		}
		b.WriteString(`</w:p>`)
	}
	b.WriteString(`<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1418" w:right="1418" w:bottom="1418" w:left="1418" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>`)
	b.WriteString(`</w:body></w:document>`)
	return b.String()
}

func writeTable(b *strings.Builder, rows []*blk) {
	ncol := 0
	for _, r := range rows {
		ncol = max(ncol, len(r.cells))
	}
	if ncol == 0 {
		return
	}
	// column widths in proportion to the longest cell, each at least 10%
	weight := make([]int, ncol)
	total := 0
	for k := range weight {
		w := 4
		for _, r := range rows {
			if k < len(r.cells) {
				w = max(w, min(utf8.RuneCountInString(r.cells[k]), 60))
			}
		}
		weight[k] = w
		total += w
	}
	widths := make([]int, ncol)
	sum := 0
	for k := range widths {
		widths[k] = max(textWidth*weight[k]/total, textWidth/(ncol*3))
		sum += widths[k]
	}
	for k := range widths {
		widths[k] = widths[k] * textWidth / sum
	}
	b.WriteString(`<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="` + strconv.Itoa(textWidth) + `" w:type="dxa"/><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>`)
	for _, w := range widths {
		fmt.Fprintf(b, `<w:gridCol w:w="%d"/>`, w)
	}
	b.WriteString(`</w:tblGrid>`)
	for _, r := range rows {
		b.WriteString(`<w:tr>`)
		for k := 0; k < ncol; k++ {
			c := ""
			if k < len(r.cells) {
				c = r.cells[k]
			}
			fmt.Fprintf(b, `<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr>%s</w:p></w:tc>`, widths[k], run(c))
		}
		b.WriteString(`</w:tr>`)
	}
	b.WriteString(`</w:tbl>`)
	// a table followed directly by another must not merge with it
	b.WriteString(`<w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr></w:p>`)
}

func numberingXML(nums []*numDef) string {
	var b strings.Builder
	b.WriteString(xmlHd)
	b.WriteString(`<w:numbering xmlns:w="` + nsW + `">`)
	// one abstract numbering per w:num: a restart is a new definition
	// whose w:start values are the numbers to print (LibreOffice, unlike
	// Word, ignores a startOverride for a level that has not been used)
	for _, d := range nums {
		fmt.Fprintf(&b, `<w:abstractNum w:abstractNumId="%d"><w:multiLevelType w:val="multilevel"/>`, d.id-1)
		for i, lv := range levels {
			left, hang := 851, 851
			switch {
			case i == 2:
				left, hang = 1134, 1134
			case i == 8:
				left, hang = 1418, 1418
			case i >= 3:
				left, hang = 851+567*(i-2), 567
			}
			fmt.Fprintf(&b, `<w:lvl w:ilvl="%d"><w:start w:val="%d"/><w:numFmt w:val="%s"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="%d"/></w:pPr></w:lvl>`,
				i, d.starts[i], lv.fmt, lv.text, left, hang)
		}
		b.WriteString(`</w:abstractNum>`)
	}
	for _, d := range nums {
		fmt.Fprintf(&b, `<w:num w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>`, d.id, d.id-1)
	}
	b.WriteString(`</w:numbering>`)
	return b.String()
}

const stylesXML = xmlHd + `<w:styles xmlns:w="` + nsW + `">` +
	`<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Liberation Serif" w:hAnsi="Liberation Serif" w:eastAsia="Liberation Serif" w:cs="Liberation Serif"/><w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>` +
	`<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
	`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="400"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="400"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="400"/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Heading4"><w:name w:val="heading 4"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="400"/><w:outlineLvl w:val="3"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Heading5"><w:name w:val="heading 5"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="400"/><w:outlineLvl w:val="4"/></w:pPr><w:rPr></w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Heading6"><w:name w:val="heading 6"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="400"/><w:outlineLvl w:val="5"/></w:pPr><w:rPr></w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:style>` +
	`<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
	`<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders></w:tblPr></w:style>` +
	`</w:styles>`

const settingsXML = xmlHd + `<w:settings xmlns:w="` + nsW + `"><w:defaultTabStop w:val="709"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`

const contentTypesXML = xmlHd + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
	`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
	`<Default Extension="xml" ContentType="application/xml"/>` +
	`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
	`<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
	`<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>` +
	`<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>` +
	`<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
	`<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>` +
	`</Types>`

const rootRelsXML = xmlHd + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
	`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
	`<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>` +
	`</Relationships>`

const docRelsXML = xmlHd + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
	`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>` +
	`<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>` +
	`</Relationships>`

// fixedDate is the date in the document properties and the zip entries.
const fixedDate = "2026-01-01T00:00:00Z"

const coreXML = xmlHd + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
	`<dc:creator>clausecheck fixturegen</dc:creator><cp:lastModifiedBy>clausecheck fixturegen</cp:lastModifiedBy><cp:revision>1</cp:revision>` +
	`<dcterms:created xsi:type="dcterms:W3CDTF">` + fixedDate + `</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">` + fixedDate + `</dcterms:modified>` +
	`</cp:coreProperties>`

const appXML = xmlHd + `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>clausecheck fixturegen</Application></Properties>`

// pack zips the parts in a fixed order with fixed times.
func pack(document, numbering string) []byte {
	mod, _ := time.Parse(time.RFC3339, fixedDate)
	parts := []struct{ name, body string }{
		{"[Content_Types].xml", contentTypesXML},
		{"_rels/.rels", rootRelsXML},
		{"docProps/core.xml", coreXML},
		{"docProps/app.xml", appXML},
		{"word/document.xml", document},
		{"word/styles.xml", stylesXML},
		{"word/numbering.xml", numbering},
		{"word/settings.xml", settingsXML},
		{"word/_rels/document.xml.rels", docRelsXML},
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range parts {
		h := &zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: mod}
		h.SetMode(0o644)
		w, err := zw.CreateHeader(h)
		if err != nil {
			panic(err)
		}
		if _, err := w.Write([]byte(p.body)); err != nil {
			panic(err)
		}
	}
	if err := zw.Close(); err != nil {
		panic(err)
	}
	return buf.Bytes()
}
