package extract

import (
	"github.com/clausecheck/clausecheck/internal/lazyre"
	"html"
	"strconv"
	"strings"
)

var (
	mdATX     = lazyre.New(`^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$`)
	mdSetext  = lazyre.New(`^ {0,3}(=+|-+)[ \t]*$`)
	mdOrdered = lazyre.New(`^([ \t]*)(\d{1,9})([.)])(?:[ \t]+(.*))?$`)
	mdBullet  = lazyre.New(`^([ \t]*)[-*+][ \t]+(.*)$`)
	mdFence   = lazyre.New("^ {0,3}(```|~~~)")
	mdStrike  = lazyre.New(`~~[^~\n]+~~|(?is)<(del|s|strike)>.*?</(?:del|s|strike)>`)
	// mdWholeBold: a line wholly in bold ("**5. Bedrock Commitment.**")
	mdWholeBold = lazyre.New(`^(?:\*\*[^*]+\*\*|__[^_]+__)$`)
	reSoftLabel = lazyre.New(`^(?:\([a-zA-Z0-9]{1,4}\)|(?i:section)\s+\d{1,3}(?:\.\d{1,3})*|\d{1,3}(?:\.\d{1,3})+\.?)\s+\S`)
	mdTableSep  = lazyre.New(`^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$`)
	mdRule      = lazyre.New(`^ {0,3}(?:(?:- *){3,}|(?:\* *){3,}|(?:_ *){3,})$`)
	mdImage     = lazyre.New(`!\[([^\]]*)\]\([^)]*\)`)
	mdLink      = lazyre.New(`\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)`)
	mdRefLink   = lazyre.New(`\[([^\]]+)\]\[[^\]]*\]`)
	mdAuto      = lazyre.New(`<((?:https?|mailto):[^>]+)>`)
	mdTag       = lazyre.New(`(?i)</?(?:br|sup|sub|span|a|u|b|i|em|strong|div|p|ins|del|small|font)\b[^>]*>`)
	mdComment   = lazyre.New(`(?s)<!--.*?-->`)
	mdAnchor    = lazyre.New(`\s*\{#[^}]*\}\s*$`)
	mdEscape    = lazyre.New("\\\\([!-/:-@\\[-`{-~])")
	mdUnder     = lazyre.New(`(^|[\s(“"])_+|_+($|[\s).,;:!?”"])`)
)

// readMarkdown reads a Markdown draft into paragraph blocks. Headings keep
// their level; ordered-list items get the number their nesting gives them
// ("3.2" for the second item of a list inside item 3), because Markdown
// renumbers every nested list from 1.
func readMarkdown(data []byte, opt Options) (*input, error) {
	s, err := decodeText(data, opt.owned)
	if err != nil {
		return nil, err
	}
	s = mdComment.ReplaceAllStringFunc(s, func(c string) string {
		return strings.Repeat("\n", strings.Count(c, "\n"))
	})
	s, marks, held := acceptInlineMarks(s)
	s = undoRejectedNumberedChanges(s)
	s = delimitedTables(s)
	lines := strings.Split(s, "\n")
	p := &mdParser{in: &input{}}
	if marks > 0 {
		p.in.warnings = append(p.in.warnings, inlineMarksNote(marks, held))
	}
	for i := 0; i < len(lines); i++ {
		line := strings.ReplaceAll(lines[i], "\f", "")
		if q := mdQuote.FindString(line); q != "" {
			// a block quote (a message quoted in a reply, a clause quoted
			// in a note) is read as the text it quotes: its headings,
			// numbered clauses and blank lines are what they are outside
			line = line[len(q):]
		}
		switch {
		case mdFence.MatchString(line):
			// a fence holds preformatted text: read as a plain-text draft
			// is, so that a table laid out in columns, under rulers, or
			// pasted as a sheet, is a table; each line a block of its own
			p.flush()
			start := i + 1
			for i++; i < len(lines) && !mdFence.MatchString(lines[i]); i++ {
			}
			if fenced, err := readText([]byte(strings.Join(lines[start:min(i, len(lines))], "\n")), Options{}); err == nil {
				for _, b := range fenced.blocks {
					b.page, b.breakBefore, b.raw = 0, true, ""
					p.add(b)
				}
			}
		case strings.TrimSpace(line) == "":
			p.flush()
			p.blank = true
		case mdTableSep.MatchString(line) && strings.Contains(line, "|") && p.tableHeader():
			// the separator under a table's header row carries no text
		case mdRule.MatchString(line) && len(p.para) == 0:
			p.flush()
		case i+1 < len(lines) && len(p.para) == 0 && mdSetext.MatchString(lines[i+1]) && strings.TrimSpace(line) != "" && !mdBullet.MatchString(line):
			level := 1
			if strings.TrimSpace(lines[i+1])[0] == '-' {
				level = 2
			}
			p.heading(level, line)
			i++
		case strings.Count(strings.TrimSpace(line), "\t") >= 2:
			// a row of a sheet pasted as CSV (see delimitedTables)
			p.flush()
			p.add(block{text: strings.TrimSpace(line), breakBefore: true, table: true})
		default:
			p.line(line)
		}
	}
	p.flush()
	return p.in, nil
}

// mdQuote: the markers of a block quote at the start of a line ("> ",
// "> > ").
var mdQuote = lazyre.New(`^ {0,3}(?:> ?)+`)

type mdParser struct {
	in    *input
	para  []string
	kind  block // template of the paragraph being gathered
	blank bool
	// lists is the stack of open ordered lists: indent and current number.
	lists []mdList
	// indent of the paragraph being gathered, for continuation lines.
	indent int
}

type mdList struct {
	indent int
	num    string
}

func (p *mdParser) add(b block) { p.in.blocks = append(p.in.blocks, b) }

// tableHeader reports whether the paragraph so far is a pipe-table header row.
func (p *mdParser) tableHeader() bool {
	n := len(p.in.blocks)
	return len(p.para) == 0 && n > 0 && p.in.blocks[n-1].table
}

// WholeBold reports whether a Markdown line is wholly in bold
// ("**5. Bedrock Commitment.**"): a heading line, a paragraph of its own.
// internal/fixturegen renders such lines as this reader reads them.
func WholeBold(line string) bool { return mdWholeBold.MatchString(line) }

func (p *mdParser) flush() {
	if len(p.para) == 0 {
		return
	}
	b := p.kind
	b.strong = len(p.para) == 1 && mdWholeBold.MatchString(p.para[0])
	b.text = cleanInline(strings.Join(p.para, " "))
	p.para = nil
	p.kind = block{}
	if b.text == "" && b.label == "" {
		return
	}
	p.add(b)
}

func (p *mdParser) heading(level int, text string) {
	p.flush()
	p.lists = nil
	t := mdAnchor.ReplaceAllString(strings.TrimSpace(text), "")
	if t = cleanInline(t); t != "" {
		p.add(block{text: t, heading: level, breakBefore: true})
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
		p.add(block{text: strings.Join(cells, "\t"), table: true})
		return
	}
	if m := mdOrdered.FindStringSubmatch(line); m != nil && (len(p.para) == 0 || p.blank || ind <= p.indent || len(p.lists) > 0 || m[2] == "1") {
		p.flush()
		p.item(ind, m[2], m[4])
		return
	}
	if m := mdBullet.FindStringSubmatch(line); m != nil && !mdRule.MatchString(line) {
		p.flush()
		p.popLists(ind)
		p.kind = block{breakBefore: true}
		p.para = append(p.para, m[2])
		p.indent = ind
		return
	}
	if len(p.para) == 1 && mdWholeBold.MatchString(p.para[0]) {
		// "**5. Bedrock Commitment.**" on a line of its own over "5.1 …":
		// a line wholly in bold is a heading, the next line starts anew
		p.flush()
	}
	if len(p.para) > 0 && reSoftLabel.MatchString(t) && closesItem(p.para[len(p.para)-1]) {
		// "(a) …;" then "(b) …" on the next line, or "(b) …; and" then
		// "(c) …": list items written without blank lines are clauses of
		// their own, not one paragraph.
		p.flush()
	}
	if len(p.para) == 0 {
		// A paragraph that is not indented under the open list item
		// closes the lists.
		if ind == 0 && p.blank {
			p.lists = nil
		}
		p.kind = block{breakBefore: true}
		p.indent = ind
	}
	p.blank = false
	p.para = append(p.para, t)
}

// popLists closes the lists nested deeper than indent.
func (p *mdParser) popLists(indent int) {
	for len(p.lists) > 0 && p.lists[len(p.lists)-1].indent > indent {
		p.lists = p.lists[:len(p.lists)-1]
	}
}

func (p *mdParser) item(indent int, num, text string) {
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
	p.kind = block{label: strings.Join(nums, "."), depth: len(p.lists), breakBefore: true}
	p.para = append(p.para, text)
}

// strikeOut removes struck-through passages, but for those a flag right
// after them holds back.
func strikeOut(s string) string {
	locs := mdStrike.FindAllStringIndex(s, -1)
	if locs == nil {
		return s
	}
	var b strings.Builder
	last := 0
	for _, l := range locs {
		b.WriteString(s[last:l[0]])
		if hold, ok := flagDecision(reAfterFlag.FindString(s[l[1]:min(len(s), l[1]+40)])); ok && hold {
			b.WriteString(mdTag.ReplaceAllString(strings.Trim(s[l[0]:l[1]], "~"), " "))
		}
		last = l[1]
	}
	b.WriteString(s[last:])
	return b.String()
}

// cleanInline removes Markdown inline syntax, keeping the words.
func cleanInline(s string) string {
	s = mdImage.ReplaceAllString(s, "$1")
	s = mdLink.ReplaceAllString(s, "$1")
	s = mdRefLink.ReplaceAllString(s, "$1")
	s = mdAuto.ReplaceAllString(s, "$1")
	// struck-through text is deleted in a redline, as a tracked deletion
	// is in a DOCX draft read with its changes accepted; a deletion
	// flagged rejected or open right after it ("~~without notice~~
	// `[REJECTED]`") keeps its words
	s = strikeOut(s)
	s = mdTag.ReplaceAllString(s, " ")
	// protect escaped characters from the emphasis rules
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

var (
	// reRejectedChanges: a redline's note on its numbered changes that
	// names those rejected ("except changes [4], [7] and [11], which were
	// rejected").
	reRejectedChanges = lazyre.New(`(?i)\bchanges?\s+((?:\[\d{1,3}\](?:\s*,\s*|\s+and\s+|\s+or\s+)?)+)[^.\n\[]{0,40}?\b(?:were|are|is|was|have\s+been|has\s+been)\s+rejected\b`)
	// reBoldInserts: the redline's legend says inserted text is in bold.
	reBoldInserts = lazyre.New(`(?i)insert(?:ed|ions?)\b[^.\n]{0,40}\*\*bold\*\*|\*\*bold\*\*[^.\n]{0,20}insert`)
	// reChangeMarker: a change's number right after its marks ("~~22%~~
	// **28%** [2]").
	reChangeMarker = lazyre.New(`(\*\*|~~)\s*\[(\d{1,3})\]`)
	reBoldRun      = lazyre.New(`\*\*[^*\n]+\*\*`)
	reDigits       = lazyre.New(`\d{1,3}`)
	reStruckRun    = lazyre.New(`~~([^~\n]+)~~`)
)

// UndoRejectedNumberedChanges is undoRejectedNumberedChanges, for tools
// that render drafts as the readers see them (internal/fixturegen).
func UndoRejectedNumberedChanges(s string) string { return undoRejectedNumberedChanges(s) }

// undoRejectedNumberedChanges reads a Markdown redline whose changes carry
// numbers ("~~22%~~ **28%** [2]") and whose note names the rejected ones:
// a rejected change reads as if never proposed, its struck words kept and,
// where the legend says insertions are in bold, its inserted words gone.
// The accepted changes are left to the reading of struck text as deleted.
func undoRejectedNumberedChanges(s string) string {
	if !strings.Contains(s, "rejected") {
		return s // (the cheap test first)
	}
	m := reRejectedChanges.FindStringSubmatch(s)
	if m == nil {
		return s
	}
	rejected := map[string]bool{}
	for _, n := range reDigits.FindAllString(m[1], -1) {
		rejected[n] = true
	}
	boldIns := reBoldInserts.MatchString(s)
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		locs := reChangeMarker.FindAllStringSubmatchIndex(l, -1)
		if locs == nil {
			continue
		}
		var b strings.Builder
		prev := 0
		for _, loc := range locs {
			if !rejected[l[loc[4]:loc[5]]] {
				b.WriteString(l[prev:loc[1]]) // accepted: as it stands, number and all
				prev = loc[1]
				continue
			}
			// rejected: the change up to its closing marks (loc[3]) undone,
			// its number dropped
			seg := reStruckRun.ReplaceAllString(l[prev:loc[3]], "$1")
			if boldIns {
				seg = reBoldRun.ReplaceAllString(seg, "")
			}
			b.WriteString(seg)
			prev = loc[1]
		}
		b.WriteString(l[prev:])
		lines[i] = b.String()
	}
	return strings.Join(lines, "\n")
}
