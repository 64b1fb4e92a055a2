package extract

import (
	"bytes"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/clausecheck/clausecheck/document"
	"github.com/clausecheck/clausecheck/internal/lazyre"
)

// entry is one open level of the numbering: the clause that opened it and
// what kind of label it had.
type entry struct {
	style string
	depth int // dec: number of parts; list: list nesting
	ord   int // position in its sequence ((c) → 3)
	md    int // Markdown/DOCX heading level that opened it; 0 none
	list  bool
	head  bool // an unnumbered heading
	slide bool // a slide of a deck ("Slide 8 - …")
	// restarted: an item of a decimal list that restarts at 1 under a
	// lead-in (see restartedList)
	restarted bool
	c         *clauseB
}

// clauseB is a clause being built.
type clauseB struct {
	number, heading, kind string
	cite                  string // the number as cited: "4.2(b)" for (b) under 4.2
	id                    string
	parent                *clauseB
	level, page           int
	style                 string
	paras                 []string
	headOnly              bool // the label line was a heading: close the paragraph after it
	// title: the label line's text may be a heading in sentence case ("6.1
	// Data handling"): it is one if the next line starts a sentence
	title string
}

// segmenter turns blocks into clauses. It is used once per document.
type segmenter struct {
	lineMode bool
	strong   bool // the block being read is wholly in bold
	clauses  []*clauseB
	cur      *clauseB
	para     []string // lines of the paragraph being gathered (line mode)
	paraPage int
	stack    []entry
	part     string // the Schedule/Exhibit the segmenter is in
	decs     [][]string
	lastTop  int        // the last section numbered by a bare number ("11 Token counting"), across parts
	alnums   [][]string // alphanumeric labels seen in the current part ("A1", "Q3")
	recitals bool       // inside a RECITALS / BACKGROUND section
	// afterTitle: the last block was a title of the preamble; prevTitle:
	// so was the block before the one being read
	afterTitle, prevTitle bool
	started               bool // a numbered clause or section heading was seen
	// partiesNamed: a PARTIES heading was read before the body started
	partiesNamed bool
	vocab        map[string]bool
	ids          map[string]int
	nrecital     int
	nfootnote    int
	lastCaps     bool // the previous line was an unnumbered capitals heading
	// titledLead: the section, a number and a title alone, that a list
	// restarting at 1 under it belongs to (restartedList)
	titledLead *clauseB
	maxLine    int // line mode: the longest line, to tell wrapped text from a heading
	// tentative: the current clause's heading came from a long label line
	// that may be the first line of a wrapped sentence instead.
	tentative bool
	// quoting: inside a quoted wording that an amendment introduces
	// ('replaced with the following: "5. …"'): its numbers are the quoted
	// text's, not the document's structure
	quoting bool
	// listed: the block is an entry of a list of the parts ("Anlage 1
	// Bedrock Rate Card" under "Annexes:"), text and no heading
	listed bool
}

// listedParts finds the entries of a list of parts: two or more part
// labels on consecutive lines ("Anlage 1   Bedrock Rate Card", "Anlage 2
// …"), which the draft labels again further on, where the parts
// themselves begin (all of them, or most where one is not attached). Read as headings, they would make the whole body part of
// the last annex listed.
func listedParts(blocks []block) map[int]bool {
	type entry struct {
		i   int
		key string
	}
	var run []entry
	at := map[string][]int{}
	key := func(b block) string {
		if b.table || b.label != "" && b.depth == 0 {
			return ""
		}
		if l := parseLabel(normalizeLine(b.text)); l != nil && l.style == stylePart {
			return strings.ToLower(strings.Join(strings.Fields(l.printed), " "))
		}
		return ""
	}
	// an entry of a list is no heading (a bulleted entry, "- Annex 4:
	// Schedule of service credits;", is one all the more); the part
	// itself may begin at a heading ("### ANNEX 1 — PRICE GRID")
	var runs [][]entry
	for i, b := range blocks {
		k := key(b)
		if k != "" {
			at[k] = append(at[k], i)
		}
		if b.heading > 0 {
			k = "" // (its label: a heading is no entry)
		}
		// (a break ends a run: a blank line of a plain text; in other
		// formats every paragraph is a block of its own, and a list's
		// entries follow one right after the other. A list names each part
		// once: a label met again starts anew)
		again := slices.ContainsFunc(run, func(e entry) bool { return e.key == k })
		if k == "" || again || b.breakBefore && len(run) > 0 && (b.raw != "" || run[len(run)-1].i != i-1) {
			if len(run) >= 2 {
				runs = append(runs, run)
			}
			run = nil
		}
		if k != "" {
			run = append(run, entry{i, k})
		}
	}
	if len(run) >= 2 {
		runs = append(runs, run)
	}
	var out map[int]bool
	for _, r := range runs {
		// labelled again further on: all of them, or two or more and most
		// (an annex listed as "provided separately" never begins here)
		again := 0
		for _, e := range r {
			if pos := at[e.key]; pos[len(pos)-1] > r[len(r)-1].i {
				again++
			}
		}
		if again < len(r) && (again < 2 || again*2 <= len(r)) {
			continue
		}
		if out == nil {
			out = map[int]bool{}
		}
		for _, e := range r {
			out[e.i] = true
		}
	}
	return out
}

var (
	reWhereas  = lazyre.New(`^(?i:whereas)\b`)
	reNowThere = lazyre.New(`^(?i:now,?\s+therefore)\b`)
	reRecitals = lazyre.New(`^(?i:recitals|background|preamble|preliminary statements?)\s*[.:]?$`)
	reSepLead  = lazyre.New(`^[\s.:–—-]+`)
)

// build runs the segmenter over the input and assembles the Document.
func build(in *input) *document.Document {
	s := &segmenter{lineMode: in.lineMode, ids: map[string]int{}}
	if in.lineMode {
		s.vocab = vocabulary(in.blocks)
		for _, b := range in.blocks {
			s.maxLine = max(s.maxLine, utf8.RuneCountInString(b.text))
		}
	}
	revClause := map[int]*clauseB{}
	listed := listedParts(in.blocks)
	for i, b := range in.blocks {
		s.listed = listed[i]
		s.block(b)
		for _, r := range in.revAt[int(b.para)-1] {
			revClause[r] = s.cur
		}
	}
	s.closePara()
	// read: let go of what may share the draft's memory before the
	// text is laid out
	in.blocks = nil
	s.vocab, s.decs, s.alnums, s.stack = nil, nil, nil, nil
	for _, fn := range in.footnotes {
		if t := normalizeLine(fn.text); t != "" {
			s.clauses = append(s.clauses, &clauseB{kind: document.KindFootnote, paras: []string{strings.ReplaceAll(t, "\t", " ")}, page: fn.page, level: 1})
		}
	}
	doc := s.assemble()
	doc.Pages = in.pages
	doc.Warnings = in.warnings
	doc.Incomplete = in.incomplete
	doc.Revisions = in.revisions
	for i := range doc.Revisions {
		if c := revClause[i]; c != nil {
			doc.Revisions[i].Clause = c.id
		}
	}
	annotate(doc)
	return doc
}

// normalizeLine folds the characters that differ between producers but
// not in meaning: NBSP and other spaces, soft hyphens, ligatures.
var lineFolder = strings.NewReplacer(
	"\u00a0", " ", "\u2007", " ", "\u202f", " ", "\u2009", " ", "\u200b", "", "\u00ad", "", "\ufeff", "",
	"ﬁ", "fi", "ﬂ", "fl", "ﬀ", "ff", "ﬃ", "ffi", "ﬄ", "ffl", "ﬅ", "st", "ﬆ", "st",
)

func normalizeLine(s string) string {
	if normalASCII(s) {
		return s // nothing to fold: no copy
	}
	s = lineFolder.Replace(s)
	if strings.ContainsAny(s, "\t") {
		// keep tabs (table cells, tab stops) but trim around them
		parts := strings.Split(s, "\t")
		out := parts[:0]
		for _, p := range parts {
			if p = strings.Join(strings.Fields(p), " "); p != "" {
				out = append(out, p)
			}
		}
		return strings.Join(out, "\t")
	}
	return strings.Join(strings.Fields(s), " ")
}

// normalASCII: s is ASCII with single spaces between words and none at
// its ends, which normalizeLine would return unchanged.
func normalASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf, c == '\t', c == '\n', c == '\v', c == '\f', c == '\r':
			return false
		case c == ' ' && (i == 0 || i == len(s)-1 || s[i-1] == ' '):
			return false
		}
	}
	return true
}

// reUIControl: a collapsible panel's control before a numbered heading
// ("[-] 3. ", "[+] 4. ").
var reUIControl = lazyre.New(`^\[[-+–]\]\s+`)

func (s *segmenter) block(b block) {
	s.prevTitle, s.afterTitle = s.afterTitle, false
	text := normalizeLine(b.text)
	if text == "" && b.label == "" {
		return
	}
	if strings.HasPrefix(text, "[") && b.heading == 0 && b.label == "" {
		if m := reUIControl.FindStringIndex(text); m != nil && m[1] < len(text) && isDigit(text[m[1]]) {
			// "[-] 3. COMMITMENT PRICING": a web page's collapsible panel,
			// flattened to text; the control is no part of the heading
			b.text, text = text[m[1]:], text[m[1]:]
		}
	}
	if strings.HasPrefix(text, `\`) && b.heading == 0 && b.label == "" {
		// "\subsection{4.2 System Prompts}": a heading written in LaTeX,
		// its level the command's; "\date{…}" is a line of text
		if m := reLatexCommand.FindStringSubmatch(text); m != nil {
			head := b
			head.text, head.heading = m[2], latexLevels[m[1]]
			if rest := strings.TrimSpace(m[3]); rest != "" {
				// "\subsection{1.1 Status} This Schedule forms part of …"
				// in one paragraph: the heading, then its text
				next := b
				next.text, next.breakBefore = rest, true
				s.block(head)
				s.block(next)
				return
			}
			b, text = head, normalizeLine(head.text)
		}
	}
	if b.table {
		if s.quoting {
			// a table inside a quoted wording: its last row may close it
			s.quoting = !closesQuote(text, false)
		}
		s.closePara()
		s.ensure(b.page)
		s.cur.paras = append(s.cur.paras, strings.Clone(text))
		return
	}
	if !s.lineMode {
		s.closePara()
	}
	if IsContentsLine(b.label + " " + text) {
		// "Article II - Commercial Terms ........ 1": an entry of a table
		// of contents names a clause, it does not start one
		s.closePara()
		s.addLine(strings.TrimSpace(b.label+" "+text), b.page)
		s.closePara()
		return
	}
	if s.quoting || (strings.HasPrefix(text, "\"") || strings.HasPrefix(text, "“")) && s.introducesQuote() {
		// a quoted wording is text of the instruction that quotes it
		s.quoting = !closesQuote(text, !s.quoting)
		if b.breakBefore || !s.lineMode {
			s.closePara()
		}
		s.addLine(text, b.page)
		return
	}
	if s.lineMode && reMailSender.MatchString(strings.TrimSpace(text)) {
		// "Sam Whitford <sam@example.com>   Mon, 2 Feb 2026": a message
		// of a printed thread starts here, on a line of its own
		s.closePara()
		s.addLine(text, b.page)
		s.closePara()
		return
	}
	startOfPara := !s.lineMode || b.breakBefore || len(s.para) == 0 || endsSentence(s.para[len(s.para)-1])
	// A tab right after a label is a tab stop, not a table cell.
	lead := text
	if i := strings.IndexByte(lead, '\t'); i >= 0 && i < 16 {
		lead = lead[:i] + " " + strings.ReplaceAll(lead[i+1:], "\t", " ")
	}
	switch {
	case b.heading > 0:
		s.heading(b, lead)
		return
	case b.label != "":
		if first, next, rest, ok := splitInlineSibling(b.label, lead); ok {
			// "(a) to detect abuse; and (b) to evaluate …" in one numbered
			// paragraph: the next item of the list, written inline, is an
			// item of its own
			b1, b2 := b, b
			b1.text, b2.text, b2.label = first, rest, next
			b2.breakBefore = true
			s.block(b1)
			s.block(b2)
			return
		}
		l := parseLabel(b.label + " ")
		if l == nil {
			l = &label{printed: strings.TrimSuffix(b.label, "."), style: styleDec, parts: []string{b.label}}
		}
		l.rest, l.strong = lead, true
		if b.depth == 0 && s.restartedList(l) {
			s.restartItem(b, l)
		} else if b.depth > 0 {
			s.listItem(b, l)
		} else {
			s.start(l, b.page, 0)
		}
		return
	}
	if s.listed {
		s.addLine(lead, b.page)
		return
	}
	if l := bilingualPart(lead); l != nil && startOfPara && s.accept(l, startOfPara, true) {
		s.closePara()
		s.start(l, b.page, 0)
		return
	}
	if l := parseLabel(lead); l != nil && !s.afterRefWord() && !s.afterNumberWord(l) && (s.restartedList(l) ||
		!(s.midSentence() && !b.breakBefore && !strings.HasPrefix(l.style, "(")) && s.accept(l, startOfPara, b.breakBefore || !s.lineMode)) {
		if s.restartedList(l) {
			s.closePara()
			s.restartItem(b, l)
			return
		}
		s.closePara()
		var sibling *block
		if first, next, rest, ok := splitInlineSibling(l.printed, l.rest); ok {
			// "(a) in the Regions …; and (b) where Customer enables …" on
			// one line: the next item, written inline, is an item of its own
			l.rest = first
			sibling = &block{text: next + " " + rest, page: b.page, breakBefore: true}
		}
		s.strong = b.strong
		s.start(l, b.page, 0)
		s.strong = false
		if sibling != nil {
			s.block(*sibling)
			return
		}
		// (a slide's short title after its label is its heading,
		// however long the line: "Folie 2 von 12 - Bedingungen")
		// (nor is a heading of eight words or more, cut where the line
		// wraps: "5.3 Except as set out in Section 5.2, Provisioned
		// Throughput commitments" over "are non-cancellable.")
		s.tentative = s.lineMode && s.cur.heading != "" && !isAllCaps(s.cur.heading) && s.maxLine > 0 &&
			!(l.slide && len(strings.Fields(s.cur.heading)) <= 6) &&
			(utf8.RuneCountInString(lead)*10 >= s.maxLine*7 || len(strings.Fields(s.cur.heading)) >= 8)
		return
	}
	if s.lineMode && b.underlined && b.breakBefore && underlinedHeading(lead) {
		// "NOTES (background only; not agreed terms)" over a rule of
		// dashes: a heading, whatever its case
		s.closePara()
		if !s.started && s.cur != nil && s.cur.heading != "" && len(s.cur.paras) > 0 && !rePreambleHeading.MatchString(lead) {
			// a heading drawn with a rule after the title and the text
			// under it ("Slide 1 - Title" between rules of equals signs,
			// under the deck's name and classification): the body
			// starts here; the title alone stays the preamble's
			s.started = true
		}
		s.unnumbered(lead, 0, b.page)
		s.lastCaps = false
		return
	}
	if s.lineMode && isAllCaps(lead) && isHeadingLine(lead) && !strings.Contains(lead, "\t") {
		if s.cur != nil && s.cur.heading != "" && len(s.cur.paras) == 0 && len(s.para) == 0 && !b.breakBefore &&
			(s.lastCaps || strings.Count(s.cur.heading, "(") > strings.Count(s.cur.heading, ")") && strings.Count(lead, ")") > strings.Count(lead, "(")) {
			// a heading wrapped over two lines (a numbered one whose
			// parenthesis the next line closes: "2. WHY ARE WE AMENDING?
			// (BACKGROUND ONLY — THIS SECTION" over "ISN'T A TERM)")
			s.cur.heading += " " + lead
			return
		}
		if startOfPara {
			s.closePara()
			s.unnumbered(lead, 0, b.page)
			s.lastCaps = true
			return
		}
	}
	if !s.lineMode && startOfPara && isAllCaps(lead) && isHeadingLine(lead) && (reBarePart.MatchString(lead) || !s.listed) {
		// a paragraph "SCHEDULE – ADDENDUM AS SIGNED" or "BACKGROUND" in
		// capitals, not styled as a heading: a heading all the same, as
		// it is on a line of its own in the draft's text or PDF
		s.closePara()
		s.unnumbered(lead, 0, b.page)
		return
	}
	s.lastCaps = false
	if now := reNowThere.MatchString(lead); reWhereas.MatchString(lead) || now && (s.recitals || s.started) {
		// (a recital opens its line, even where the one before ends in
		// "; and" and no blank line parts them, as in a PDF)
		if startOfPara || s.recitals && isAllCaps(strings.Fields(lead)[0]) {
			s.closePara()
			if now {
				// "NOW THEREFORE IT IS AGREED:" closes the recitals, however
				// they were numbered: what follows is operative, no item of
				// the last recital or of a "WHEREAS" heading
				s.pop(func(t entry) bool { return t.style != stylePart })
			}
			s.recital(b.page)
		}
	}
	if b.breakBefore || s.lineMode && reLetterMark.MatchString(lead) {
		// ("[F] >> ADOPTED" on a line of its own labels what follows; a
		// PDF that drops the blank line before it does not join it to
		// the sentence above)
		s.closePara()
	}
	if s.tentative && (!b.breakBefore || subtitle(lead) && !strings.HasPrefix(lead, "(")) && len(s.para) == 0 && s.cur != nil && len(s.cur.paras) == 0 {
		// the "heading" was the first line of a wrapped sentence (the
		// line after it runs on in lower case, however it is indented)
		s.para = append(s.para, s.cur.heading)
		s.paraPage = s.cur.page
		s.cur.heading = ""
	}
	s.tentative = false
	if s.cur != nil && s.cur.headOnly {
		s.cur.headOnly = false
	}
	s.addLine(lead, b.page)
}

// splitInlineSibling splits the text of a numbered paragraph labelled
// "(a)" where the next label of its list, "(b)", opens a passage after a
// semicolon ("to detect abuse; and (b) to evaluate …"): the first item's
// text, the next label and the rest.
func splitInlineSibling(label, text string) (first, next, rest string, ok bool) {
	for _, next := range nextParenLabels(label) {
		i := strings.Index(text, " "+next+" ")
		if i < 0 {
			continue
		}
		before := strings.TrimRight(text[:i], " ")
		lead := strings.TrimSuffix(strings.TrimSuffix(before, " and"), " or")
		if !strings.HasSuffix(strings.TrimRight(lead, " "), ";") {
			continue
		}
		return before, next, strings.TrimSpace(text[i+len(next)+2:]), true
	}
	return "", "", "", false
}

// romans: the small roman numerals of a list's labels.
var romans = []string{"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"}

// nextParenLabels are the labels that may follow a bracketed one: "(a)" →
// "(b)", "(ii)" → "(iii)", "(3)" → "(4)", "(i)" → "(ii)" or "(j)"; none
// for any other label.
func nextParenLabels(label string) []string {
	if len(label) < 3 || label[0] != '(' || label[len(label)-1] != ')' {
		return nil
	}
	v := label[1 : len(label)-1]
	if n, err := strconv.Atoi(v); err == nil {
		return []string{"(" + strconv.Itoa(n+1) + ")"}
	}
	var out []string
	if k := slices.Index(romans, v); k >= 0 && k+1 < len(romans) {
		out = append(out, "("+romans[k+1]+")")
	}
	if len(v) == 1 && v[0] >= 'a' && v[0] < 'z' {
		out = append(out, "("+string(v[0]+1)+")")
	}
	return out
}

// bilingualPart reads the part label of a heading given in two languages,
// the first in a script without capitals: "부속서 A 협상 경과 / ANNEX A
// NEGOTIATION RECORD" is Annex A.
func bilingualPart(line string) *label {
	i := strings.Index(line, " / ")
	if i <= 0 || !startsCaseless(line) || len(line) > 200 {
		return nil
	}
	if l := parseLabel(strings.TrimSpace(line[i+3:])); l != nil && l.style == stylePart {
		return l
	}
	return nil
}

// reLetterMark: a line that opens with a bracketed capital, a variant's or
// a box's label ("[F]", "[A] >> ADOPTED").
var reLetterMark = lazyre.New(`^\s*\[[A-Z]\](?:\s|$)`)

// reMailSender: the sender line of a printed e-mail message (a name, an
// address in angle brackets).
var reMailSender = lazyre.New(`^\p{Lu}[\p{L} .,'’-]{1,60}\s<[^<>@\s]+@[^<>\s]+>`)

// reBarePart: an unnumbered part heading ("SCHEDULE", "Annex – Pricing").
var reBarePart = lazyre.New(`^(?i:(schedule|exhibit|annex|appendix|attachment))(?:\s*$|\s+[—–:-]\s+\S)`)

// reRefListRest: a label's rest that is a caption in brackets and then a
// list's separator, as in a list of sections ("(Definitions); Section 4").
var reRefListRest = lazyre.New(`^\s*\([^()]{1,40}\)\s*[;,]`)

// reBracketAlone: a line's rest that is one bracketed aside.
var reBracketAlone = lazyre.New(`^\([^()\n]{1,40}\)$`)

// accept decides whether a label read at the start of a line or paragraph
// is a clause number, or words that happen to look like one ("12 months",
// "1.5 million", "750 University Avenue", "Schedule A sets out…").
func (s *segmenter) accept(l *label, startOfPara, hardBreak bool) bool {
	switch l.style {
	case stylePart, styleArticle:
		rest := strings.TrimSpace(l.rest)
		return rest == "" || l.slide || reSepLead.MatchString(l.rest[:1]) && strings.TrimSpace(reSepLead.ReplaceAllString(rest, "")) == "" ||
			strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, ":") ||
			isHeadingLine(rest) || isAllCaps(firstWords(rest, 3)) || placeholder[strings.ToLower(strings.Trim(rest, ".:[]–—- "))] ||
			reBracketAlone.MatchString(rest) // "VARIATION No. 1 (9 December 2025)", "Schedule 2 (Pricing)"
	case styleDec:
		if reRefListRest.MatchString(l.rest) {
			// "Section 3 (Definitions); Section 4 (Commercial Terms); …"
			// on a line of its own: a list of references, wrapped
			return false
		}
		if len(l.parts) == 1 {
			if !l.strong && !(startsUpper(l.rest) && s.plausibleDec(l.parts)) {
				return false
			}
			if !l.strong && reMonthYear.MatchString(l.rest) {
				// "dated⏎ 1 February 2025 (the "Addendum")": a date wrapped
				// to the start of a line, not section 1
				return false
			}
			// "2024. The parties…" is a year ending a sentence, unless the
			// numbering runs that far (a code of 400 sections: 300 → 301)
			if n := ordinal(styleDec, l.parts[0]); n > 300 && !s.nextTop(n) {
				return false
			}
			return startsUpper(l.rest) || strings.TrimSpace(l.rest) == ""
		}
		if l.strong && (startOfPara || s.plausibleDec(l.parts)) {
			return true
		}
		return s.plausibleDec(l.parts) && (startOfPara || startsUpper(l.rest))
	case styleAlnum:
		// "A1. Documents …", "Q3. How …": a prefix and a number that starts
		// a sequence or continues one with the same prefix
		if !startsUpper(l.rest) && strings.TrimSpace(l.rest) != "" {
			return false
		}
		if len(l.parts) > 2 {
			// "G5.2": its parent "G5" (or an earlier sibling "G5.1") was seen
			for i := len(s.alnums) - 1; i >= 0; i-- {
				a := s.alnums[i]
				if a[0] == l.parts[0] && len(a) >= 2 && a[1] == l.parts[1] {
					return true
				}
			}
			// "A3.1 Scope. …" opening a paragraph: the first of a run
			// numbered within an appendix, no "A3" of its own before it
			return startOfPara && l.parts[len(l.parts)-1] == "1" && startsUpper(l.rest)
		}
		n, _ := strconv.Atoi(l.parts[1])
		for i := len(s.alnums) - 1; i >= 0; i-- {
			if s.alnums[i][0] == l.parts[0] && len(s.alnums[i]) == 2 {
				prev, _ := strconv.Atoi(s.alnums[i][1])
				return n == prev+1 || n == prev
			}
		}
		return n <= 1 || l.strong && n <= 2
	default:
		if !startsUpper(l.rest) && strings.TrimSpace(l.rest) != "" && l.style != styleParenLower && l.style != styleParenRoman && l.style != styleParenDigit {
			return false
		}
		if l.strong && hardBreak {
			return true // a paragraph of its own: "(c)" even after a deleted "(b)"
		}
		return s.plausibleSeq(l) && (l.strong || startOfPara)
	}
}

// rePreambleHeading: the headings of a draft's opening words (who the
// parties are, when it is made), which are no part of its body.
var rePreambleHeading = lazyre.New(`(?i)^\s*(?:the\s+)?(?:parties|between|by\s+and\s+between|date[ds]?|dated|particulars|details|cover\s+(?:page|sheet)|contents|table\s+of\s+contents|key\s+details|document\s+(?:control|information|status)|version(?:\s+control)?|parties\s+and\s+dates?)\s*$`)

// rePartHeading: a heading that numbers a part of the document ("PART
// ONE - CUSTOMER SUMMARY", "Part 2: Addendum", "PART B").
var rePartHeading = lazyre.New(`(?i)^\s*part\s+(?:one|two|three|four|five|six|\d{1,2}|[A-H]|[IVX]{1,4})\b\s*(?:$|[—–:.-])`)

// rePartiesHeading: the heading of the block that names the parties.
var rePartiesHeading = lazyre.New(`(?i)^\s*(?:the\s+)?parties\s*$`)

// reMonthYear: a month and a year, the rest of a date that opens with its
// day ("1 February 2025").
var reMonthYear = lazyre.New(`^\s*(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}\b`)

func firstWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[:n]
	}
	return strings.Join(f, " ")
}

// plausibleDec: the number continues the decimal numbering seen so far —
// the next sibling of an open number, or the first child of one.
// nextTop: n follows the last top-level decimal number read.
func (s *segmenter) nextTop(n int) bool {
	for i := len(s.decs) - 1; i >= 0; i-- {
		if len(s.decs[i]) == 1 {
			return ordinal(styleDec, s.decs[i][0]) == n-1
		}
	}
	return false
}

func (s *segmenter) plausibleDec(parts []string) bool {
	// the first section of an article: "3.1" under ARTICLE III
	for i := len(s.stack) - 1; i >= 0; i-- {
		if e := s.stack[i]; e.style == styleArticle {
			if len(parts) == 2 && ordinal(styleDec, parts[0]) == e.ord && ordinal(styleDec, parts[1]) <= 1 {
				return true
			}
			break
		}
	}
	if len(s.decs) == 0 {
		// (statute style numbers its sections through the Parts: "11
		// Token counting" under "PART 3 — METERING" follows 10 in Part 2)
		return ordinal(styleDec, parts[len(parts)-1]) <= 1 || len(parts) == 1 && (ordinal(styleDec, parts[0]) <= 2 || s.lastTop > 0 && ordinal(styleDec, parts[0]) == s.lastTop+1)
	}
	last := s.decs[len(s.decs)-1]
	d := len(parts)
	lastOrd := ordinal(styleDec, parts[d-1])
	// first child of the last number (1.2 → 1.2.1)
	if d == len(last)+1 && samePrefix(parts, last, len(last)) && lastOrd <= 1 {
		return true
	}
	// next sibling of the last number or of one of its ancestors
	if d <= len(last) && samePrefix(parts, last, d-1) {
		prev := ordinal(styleDec, last[d-1])
		if lastOrd == prev+1 || lastOrd == prev && parts[d-1] != last[d-1] {
			return true // 2.1 → 2.2, 2.1 → 2.1A
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

// plausibleSeq: a list label is the first of its list or the successor of
// an open one.
func (s *segmenter) plausibleSeq(l *label) bool {
	style := s.resolveStyle(l)
	ord := ordinal(style, l.parts[0])
	if ord == 1 {
		return true
	}
	for i := len(s.stack) - 1; i >= 0; i-- {
		if s.stack[i].style == style && s.stack[i].ord == ord-1 {
			return true
		}
	}
	return false
}

// resolveStyle settles (i), (v), (x), and "C." or "I.": a letter when it
// follows (h), (u), (w), or "B." or "H.", of an open letter list and no
// open roman list expects it.
func (s *segmenter) resolveStyle(l *label) string {
	if l.style != styleParenRoman && l.style != styleParenURom && l.style != styleRoman {
		return l.style
	}
	v := l.parts[0]
	if len(v) != 1 {
		return l.style
	}
	letter, roman := styleParenLower, styleParenRoman
	switch l.style {
	case styleParenURom:
		letter, roman = styleParenUpper, styleParenURom
	case styleRoman:
		letter, roman = styleLetter, styleRoman
	}
	lord, rord := ordinal(letter, v), ordinal(roman, v)
	letterOpen, romanOpen := false, false
	for _, e := range s.stack {
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

// start opens the clause that label l numbers.
func (s *segmenter) start(l *label, page, md int) {
	style := s.resolveStyle(l)
	if c := s.cur; c != nil && c.title != "" && c.style == styleDec && (style != styleDec || len(l.parts) > len(strings.Split(c.number, "."))) {
		// "Sec. 7   Own models" over "(1) Rheinwerk may …": a numbered
		// section's short text in sentence case over its first sub-item
		// is its heading
		switch {
		case len(c.paras) == 0 && len(s.para) == 1 && s.para[0] == c.title:
			c.heading, s.para, c.headOnly = c.title, nil, true
		case len(s.para) == 0 && len(c.paras) == 1 && c.paras[0] == c.title:
			c.heading, c.paras, c.headOnly = c.title, nil, true
		}
		c.title = ""
	}
	e := entry{style: style, md: md}
	switch style {
	case stylePart:
		s.stack = nil
		s.part = l.printed
		s.decs = nil
		s.alnums = nil
	case styleArticle:
		s.pop(func(t entry) bool { return t.style != stylePart })
		e.slide = l.slide
	case styleAlnum:
		s.alnums = append(s.alnums, cloneAll(l.parts))
		e.depth = len(l.parts) - 1
		if md == 0 {
			s.pop(func(t entry) bool {
				return t.style != stylePart && t.style != styleArticle && !t.head && !(t.md > 0 && t.style != styleDec && t.style != styleAlnum) &&
					!(t.style == styleAlnum && t.depth < e.depth)
			})
		} else {
			s.pop(func(t entry) bool { return t.style == styleAlnum && t.depth >= e.depth })
		}
	case styleDec:
		e.depth = len(l.parts)
		if s.closesSlide(l) {
			s.pop(func(t entry) bool { return t.style != stylePart })
		}
		if md == 0 {
			s.pop(func(t entry) bool {
				return t.style != stylePart && t.style != styleArticle && !t.head && !(t.style == styleDec && t.depth < e.depth) && !(t.md > 0 && t.style != styleDec)
			})
		}
		s.decs = append(s.decs, cloneAll(l.parts))
		if len(l.parts) == 1 {
			s.lastTop = ordinal(styleDec, l.parts[0])
		}
	default:
		e.ord = ordinal(style, l.parts[0])
		if md == 0 {
			for i := len(s.stack) - 1; i >= 0; i-- {
				if s.stack[i].style == style {
					s.stack = s.stack[:i]
					break
				}
			}
		}
	}
	if style != styleDec && style != styleAlnum && len(l.parts) == 1 {
		e.ord = ordinal(style, l.parts[0])
	}
	s.recitals = s.recitals && (style == styleLetter || style == styleParenUpper || style == styleParenDigit || style == styleParenLower && s.recitalLetters(l))
	kind := document.KindClause
	if style == stylePart || style == styleArticle {
		kind = document.KindPart
	}
	if s.recitals {
		kind = document.KindRecital
	}
	// the label is copied: a slice of its line, it would keep the whole
	// line (and through it the draft) in memory
	number := strings.Clone(l.printed)
	c := &clauseB{number: number, cite: number, kind: kind, page: page, style: style}
	if style != stylePart && style != styleArticle && style != styleDec && style != styleAlnum {
		// (b) under 4.2 is cited "4.2(b)": that is its ID.
		if p := s.topNumbered(); p != nil && (p.style == styleDec || strings.HasPrefix(p.style, "(")) {
			c.cite = p.cite + l.printed
		} else if p != nil && (p.style == styleArticle || p.style == styleRoman || p.style == styleLetter) && strings.HasPrefix(l.printed, "(") {
			// (a) under "ITEM 9" or "Article 4" is cited "Item 9(a)",
			// "Article 4(a)": 9(a), 4(a); (ii) under "B. Commitment" is B(ii)
			c.cite = lastField(p.cite) + l.printed
		}
	}
	rest := strings.TrimSpace(l.rest)
	switch {
	case style == stylePart || style == styleArticle:
		c.heading = strings.TrimSpace(reSepLead.ReplaceAllString(rest, ""))
		rest = ""
		// (a slide's title is its heading, whatever its case: "Slide 2 -
		// About this deck"; not the slide's text run into it; so is a
		// part's title in sentence case after a dash: "Annex 1 -
		// Data-processing schedule")
		dashed := style == stylePart && strings.ContainsAny(reSepLead.FindString(l.rest), "–—-") && sentenceCaseTitle(c.heading)
		if c.heading != "" && !isHeadingLine(c.heading) && !placeholder[strings.ToLower(strings.Trim(c.heading, ".:[] "))] && !(l.slide && underlinedHeading(c.heading)) && !dashed {
			c.heading, rest = "", strings.TrimSpace(reSepLead.ReplaceAllString(l.rest, ""))
		}
		c.headOnly = true
	case isHeadingLine(rest) && (md > 0 || s.strong || !endsSentence(rest) || isAllCaps(rest)) && (!strings.HasPrefix(style, "(") || !startsCaseless(rest)):
		// (a list item in a script without capitals has no mark of a
		// heading: "(a) 해당 모델의 지원 중단" is the item's text)
		c.heading, rest = strings.TrimRight(rest, ".:"), ""
		c.headOnly = true
	default:
		if h, body, ok := runInHeading(rest); ok {
			c.heading, rest = h, body
		} else if s.lineMode && md == 0 && sentenceCaseTitle(rest) {
			c.title = rest
		}
	}
	if md > 0 && c.heading == "" && rest != "" {
		c.heading, rest = rest, ""
	}
	if style == styleRoman && md == 0 && c.headOnly && isAllCaps(c.heading) {
		// "I. COVER MEMO" over "1. What this is …": a division of the
		// document, its numbered sections under it until "II. THE DRAFT"
		e.head = true
	}
	e.c = c
	s.push(e, c)
	if rest != "" {
		s.addLine(rest, page)
	}
}

// endsInLeadIn: the clause's text so far ends with a colon.
// cloneAll copies each of parts (see strings.Clone).
func cloneAll(parts []string) []string {
	out := make([]string, len(parts))
	for i, p := range parts {
		out[i] = strings.Clone(p)
	}
	return out
}

func (c *clauseB) endsInLeadIn() bool {
	if len(c.paras) == 0 {
		return false
	}
	return strings.HasSuffix(strings.TrimSpace(c.paras[len(c.paras)-1]), ":")
}

func (s *segmenter) topNumbered() *clauseB {
	if len(s.stack) == 0 {
		return nil
	}
	return s.stack[len(s.stack)-1].c
}

// pop removes entries from the top of the stack while cond holds.
// closesSlide: a top-level number that follows the number of the slide
// it is on ("9 TERM SCHEDULE" on "Slide 8 - Next steps", whose list ended
// at 4; "### 9. Term Schedule" under "## SLIDE 8") is the deck's next
// section, not an item of the slide.
func (s *segmenter) closesSlide(l *label) bool {
	if len(l.parts) != 1 {
		return false
	}
	n := ordinal(styleDec, l.parts[0])
	for i := len(s.stack) - 1; i >= 0; i-- {
		e := s.stack[i]
		if e.style != styleArticle {
			continue
		}
		if !e.slide || n != e.ord+1 {
			return false
		}
		// (an item that continues the slide's own list is the slide's)
		if len(s.decs) == 0 {
			return true
		}
		last := s.decs[len(s.decs)-1]
		return len(last) != 1 || ordinal(styleDec, last[0]) != n-1
	}
	return false
}

func (s *segmenter) pop(cond func(entry) bool) {
	for len(s.stack) > 0 && cond(s.stack[len(s.stack)-1]) {
		s.stack = s.stack[:len(s.stack)-1]
	}
}

func (s *segmenter) push(e entry, c *clauseB) {
	if len(s.stack) > 0 {
		c.parent = s.stack[len(s.stack)-1].c
	}
	s.stack = append(s.stack, e)
	c.level = len(s.stack)
	s.add(c)
	s.started = true
}

func (s *segmenter) add(c *clauseB) {
	s.closePara()
	s.clauses = append(s.clauses, c)
	s.cur = c
}

// heading handles a Markdown or DOCX heading, numbered or not.
func (s *segmenter) heading(b block, text string) {
	s.closePara()
	if l := bilingualPart(text); l != nil && b.label == "" {
		s.popMD(b.heading, true)
		s.start(l, b.page, b.heading)
		return
	}
	if l := parseLabel(text); l != nil && (b.label == "" && s.acceptHeadingLabel(l)) {
		s.popMD(b.heading, l.style == stylePart)
		s.start(l, b.page, b.heading)
		return
	}
	if b.label != "" {
		l := parseLabel(b.label + " ")
		if l == nil {
			l = &label{printed: strings.TrimSuffix(b.label, "."), style: styleDec, parts: []string{b.label}}
		}
		l.rest = text
		s.popMD(b.heading, l.style == stylePart)
		s.start(l, b.page, b.heading)
		return
	}
	s.unnumbered(text, b.heading, b.page)
}

func (s *segmenter) acceptHeadingLabel(l *label) bool {
	switch l.style {
	case stylePart, styleArticle, styleDec, styleRoman, styleLetter:
		return l.style != styleDec || len(l.parts) > 1 || l.strong || startsUpper(l.rest)
	}
	return true
}

// popMD closes the levels that a heading of level h ends.
func (s *segmenter) popMD(h int, part bool) {
	if part {
		return // start() resets the stack for a part
	}
	s.pop(func(t entry) bool { return t.md == 0 && t.style != stylePart || t.md >= h })
}

// unnumbered opens a section for a heading without a number. Before the
// first section, a title belongs to the preamble.
func (s *segmenter) unnumbered(text string, md, page int) {
	text = strings.TrimRight(text, ".:")
	if reRecitals.MatchString(text) {
		s.recitals = true
		s.started = true
		c := &clauseB{heading: text, kind: document.KindRecital, page: page, level: 1, headOnly: true}
		// recitals open a document: its own, or the one a schedule that
		// was just headed reproduces ("SCHEDULE – ADDENDUM AS SIGNED")
		if n := len(s.stack); n > 0 && s.stack[n-1].style == stylePart && len(s.clauses) > 0 && s.clauses[len(s.clauses)-1] == s.stack[n-1].c {
			s.stack = s.stack[:n]
		} else {
			s.stack = nil
		}
		s.add(c)
		return
	}
	if !s.started && md == 0 && s.lineMode && s.partiesNamed && !rePreambleHeading.MatchString(text) {
		// a plain-text draft whose sections are headed, not numbered
		// ("COMMERCIAL TERMS" under its dashes, after the title and a
		// PARTIES block): the opening words end with the parties, and the
		// body starts at the first heading after them
		s.started = true
	}
	if !s.started && s.lineMode && len(s.clauses) > 0 && rePartHeading.MatchString(text) {
		// "PART ONE - CUSTOMER SUMMARY" under the title: the document is
		// in parts, and the first part opens its body
		s.started = true
	}
	if !s.started && rePartiesHeading.MatchString(text) {
		s.partiesNamed = true
	}
	if !s.started && (md <= 1 || len(s.clauses) == 0 || s.prevTitle && subtitle(text)) {
		// (a heading right under the title that continues it is its
		// subtitle: "## to the Enterprise Discount Program Agreement"
		// under "# ADDENDUM", one line of the title block in a PDF)
		s.afterTitle = true
		s.ensure(page)
		if s.cur.heading == "" && len(s.cur.paras) == 0 {
			s.cur.heading = text
		} else {
			s.cur.paras = append(s.cur.paras, strings.Clone(text))
		}
		return
	}
	if m := reBarePart.FindStringSubmatch(text); m != nil && s.started {
		// "SCHEDULE – AMAZON BEDROCK ADDENDUM (AS SIGNED)": a part with
		// no number of its own
		s.start(&label{printed: m[1], style: stylePart, parts: []string{strings.ToUpper(m[1])}, rest: text[len(m[1]):], strong: true}, page, md)
		return
	}
	if n := len(s.stack); n > 0 && s.stack[n-1].style == stylePart && s.cur == s.stack[n-1].c && s.cur.heading == "" && len(s.cur.paras) == 0 && len(s.para) == 0 {
		// "# ATTACHMENT 1" over "# AMENDED AND RESTATED … ADDENDUM", or
		// "SCHEDULE 1" over "PT PRE-PURCHASE CREDITS": the heading right
		// under a part's bare label is its title
		s.cur.heading = text
		return
	}
	s.recitals = false
	if md > 0 {
		s.popMD(md, false)
	} else {
		s.pop(func(t entry) bool { return t.style != stylePart && t.style != styleArticle })
	}
	c := &clauseB{heading: text, kind: document.KindClause, page: page, headOnly: true}
	s.push(entry{style: "heading", md: md, head: true, c: c}, c)
}

// subtitle reports whether a heading continues the title above it: it
// opens in lower case ("to the Enterprise Discount Program Agreement",
// "incorporating the Pricing Schedule") or in brackets ("(Amazon Bedrock
// Services)").
func subtitle(text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	return unicode.IsLower(r) || r == '('
}

// listItem places a Markdown ordered-list item by its nesting.
// restartedList: a decimal "1." right after a clause that ends in a
// lead-in ("… in either of the following cases:"), where the document's
// numbering is already past 1, starts a list of that clause's items (a
// Word or PDF rendering of a nested list); the next number continues it.
func (s *segmenter) restartedList(l *label) bool {
	if l.style != styleDec || len(l.parts) != 1 {
		return false
	}
	n := ordinal(styleDec, l.parts[0])
	if k := len(s.stack); k > 0 && s.stack[k-1].restarted {
		return n == s.stack[k-1].ord+1
	}
	if n != 1 || s.cur == nil {
		return false
	}
	last := ""
	if len(s.para) > 0 {
		last = s.para[len(s.para)-1]
	} else if len(s.cur.paras) > 0 {
		last = s.cur.paras[len(s.cur.paras)-1]
	}
	titled := last == "" && s.cur.heading != "" || len(s.para)+len(s.cur.paras) == 1 && s.cur.heading == "" && bareTitle(last)
	if titled && s.cur.style == styleDec && s.cur.kind == document.KindClause && !strings.Contains(s.cur.number, ".") &&
		!reRunInTitle.MatchString(strings.TrimLeft(l.rest, "*_ ")) {
		// "4. Recommendations for the renewal" over "1. Seek …": a
		// section of one number with its heading and no text yet, the
		// numbering past 1, holds the list that restarts under it (a Word
		// rendering of a Markdown list under its heading); items with
		// titles of their own ("1. Definitions. …") are another
		// document's clauses, quoted whole
		if n := ordinal(styleDec, strings.Trim(s.cur.number, ".")); n > 1 {
			s.titledLead = s.cur
			return true
		}
	}
	if !strings.HasSuffix(strings.TrimSpace(last), ":") {
		return false
	}
	for _, d := range s.decs {
		if ordinal(styleDec, d[0]) > 1 {
			return true
		}
	}
	// a numbered clause of another style leads into it ("(2) … as follows:"
	// over "1. less than USD 500,000: 35%"), or a recital does ("B. … the
	// principal changes are that:" over "1. former Section 5 …"): its items
	return s.cur.number != "" && s.cur.style != styleDec && (s.cur.kind == document.KindClause ||
		s.cur.kind == document.KindRecital && s.recitals && !reAgreedLead.MatchString(last))
}

// bareTitle: a line that is a title alone ("Recommendations for the
// renewal"): a capital, a few words, no sentence end.
func bareTitle(line string) bool {
	line = strings.TrimSpace(line)
	r, _ := utf8.DecodeRuneInString(line)
	return unicode.IsUpper(r) && len(strings.Fields(line)) <= 8 && !strings.ContainsAny(line, ".:;,?!")
}

// reRunInTitle: a run-in title of a few words ending in a full stop
// ("Definitions. …", "PT Service Level. …").
var reRunInTitle = lazyre.New(`^\p{Lu}\p{L}*(?: \p{L}+){0,3}\.(?:\s|$)`)

// reAgreedLead: the words that end the recitals and open the operative
// part ("The parties therefore agree as follows:", "IT IS AGREED:").
var reAgreedLead = lazyre.New(`(?i)\b(?:agree[sd]?|agreed)\b[^:]{0,40}:\s*$|\bit\s+is\s+(?:hereby\s+)?agreed\b`)

// recitalLetters: "(a)" opens or continues recitals lettered in lower case
// (a BACKGROUND heading over "(a) Under Section 2 …, (b) Since …"): the
// first one right under the heading, or the next letter of the run.
func (s *segmenter) recitalLetters(l *label) bool {
	if s.cur == nil || s.cur.kind != document.KindRecital {
		return false
	}
	if l.parts[0] == "a" {
		return s.cur.number == ""
	}
	n := strings.Trim(s.cur.number, "()")
	return len(n) == 1 && len(l.parts[0]) == 1 && l.parts[0][0] == n[0]+1
}

// restartItem reads an item of a restarted list under the clause that
// leads into it.
func (s *segmenter) restartItem(b block, l *label) {
	b.depth = 1
	s.listItem(b, l)
	e := &s.stack[len(s.stack)-1]
	e.restarted, e.ord = true, ordinal(styleDec, l.parts[0])
}

func (s *segmenter) listItem(b block, l *label) {
	// a numbered clause whose text ends in a lead-in ("in either of the
	// following cases:") keeps the list that follows it as its items
	leadIn := -1
	for i := len(s.stack) - 1; i >= 0; i-- {
		if e := s.stack[i]; !e.list {
			if !e.head && e.md == 0 && e.style != stylePart && e.c != nil && (e.c.endsInLeadIn() || e.c == s.titledLead) {
				leadIn = i
			}
			break
		}
	}
	s.pop(func(t entry) bool {
		return t.list && t.depth >= b.depth || !t.list && !t.head && t.md == 0 && t.style != stylePart && leadIn < 0
	})
	c := &clauseB{number: l.printed, cite: l.printed, kind: document.KindClause, page: b.page, style: styleDec}
	// A list under a numbered heading ("I. Termination" / "2. …") is cited
	// with the heading's number: "I.2", so that lists under different
	// headings do not collide.
	for i := len(s.stack) - 1; i >= 0; i-- {
		if e := s.stack[i]; !e.list {
			if e.md > 0 && e.c.number != "" && e.style != stylePart || i == leadIn {
				c.cite = e.c.cite + "." + l.printed
			}
			break
		}
	}
	if s.recitals {
		c.kind = document.KindRecital
	}
	rest := strings.TrimSpace(l.rest)
	if isHeadingLine(rest) && (!endsSentence(rest) || strings.HasSuffix(rest, ".") && len(strings.Fields(rest)) <= 6) && !runInSentence(rest) {
		c.heading, rest, c.headOnly = strings.TrimRight(rest, ".:"), "", true
	} else if h, body, ok := runInHeading(rest); ok {
		c.heading, rest = h, body
	}
	s.push(entry{style: "list", depth: b.depth, list: true, c: c}, c)
	s.started = true
	if rest != "" {
		s.addLine(rest, b.page)
	}
}

func (s *segmenter) recital(page int) {
	s.recitals, s.started = true, true
	c := &clauseB{kind: document.KindRecital, page: page, level: 1}
	if len(s.stack) > 0 && s.recitals {
		c.parent = s.stack[len(s.stack)-1].c
		c.level = 2
	}
	s.add(c)
}

// ensure makes sure there is a clause to add text to: the preamble.
func (s *segmenter) ensure(page int) {
	if s.cur == nil {
		s.add(&clauseB{kind: document.KindPreamble, page: page, level: 1})
	}
}

func (s *segmenter) addLine(text string, page int) {
	if !s.lineMode {
		s.ensure(page)
		s.cur.paras = append(s.cur.paras, strings.Clone(strings.ReplaceAll(text, "\t", " ")))
		return
	}
	if s.cur != nil && s.cur.headOnly && len(s.para) == 0 {
		s.cur.headOnly = false
	}
	if c := s.cur; c != nil && c.title != "" && len(s.para) > 0 {
		if len(s.para) == 1 && s.para[0] == c.title && len(c.paras) == 0 && startsUpper(strings.TrimSpace(text)) {
			// "6.1 Data handling" over "In this item, …": a heading in
			// sentence case, then the clause's text
			c.heading, s.para = c.title, nil
		}
		c.title = ""
	}
	if n := len(s.para); n > 0 && (quoteDepth(s.para[n-1]) != quoteDepth(text) || reWholeBracket.MatchString(s.para[n-1]) ||
		reMailField.MatchString(text) != reMailField.MatchString(s.para[n-1])) {
		// a reply's quoted lines ("> Coorong 29/5: …") after the text
		// they answer, a line after "[Intentionally Omitted]", an
		// e-mail's header lines: a paragraph of their own, not wrapped
		// lines of the one before
		s.closePara()
	}
	if n := len(s.para); n > 0 && reTextBullet.MatchString(text) && (reTextBullet.MatchString(s.para[0]) || strings.HasSuffix(strings.TrimSpace(s.para[n-1]), ":")) {
		// "- Cancellation: …" under "- Terms available: …": the next
		// item of a bulleted list is a line of its own, not a wrapped
		// line of the item before
		s.closePara()
	}
	if len(s.para) == 0 {
		s.paraPage = page
		s.ensure(page)
	}
	s.para = append(s.para, text)
}

// reLatexCommand: a line that opens with one LaTeX command and its
// argument ("\section{1. Status and Precedence}", "\title{Schedule 7 …}"),
// and what follows it on the line.
var reLatexCommand = lazyre.New(`^\\(title|subtitle|date|author|part|chapter|section|subsection|subsubsection|paragraph)\*?\{([^{}\n]+)\}\s*(.*)$`)

// latexLevels are the heading levels of LaTeX's sectioning commands; a
// command not listed (\date, \author) gives a line of text.
var latexLevels = map[string]int{"title": 1, "part": 1, "chapter": 1, "section": 2, "subsection": 3, "subsubsection": 4, "paragraph": 5}

// reTextBullet: a plain-text line that opens an item of a bulleted list.
var reTextBullet = lazyre.New(`^\s*[-•*·◦▪]\s+\S`)

// underlinedHeading: the text of an underlined line that can be a
// heading: short, one line, no sentence or item ending, no e-mail field.
func underlinedHeading(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 90 || strings.Contains(s, "\t") || reMailField.MatchString(s) {
		return false
	}
	if strings.ContainsAny(s[len(s)-1:], ".,;?") || strings.HasPrefix(s, "[") || strings.HasPrefix(s, "(") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// runInSentence: a run-in heading with a sentence after it ("Region. Only
// in the EU."): short as it is, the line is a heading and its clause's
// text, not a heading alone.
func runInSentence(s string) bool {
	_, body, ok := runInHeading(s)
	return ok && endsSentence(body) && len(strings.Fields(body)) >= 2
}

// sentenceCaseTitle: a label line's short text that may be a heading in
// sentence case ("Data handling", "Provisioned Throughput cancellation"):
// a few words, capitalised first, no verb, no closing stop.
func sentenceCaseTitle(s string) bool {
	s = strings.TrimSpace(s)
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 6 || endsSentence(s) || strings.ContainsAny(s, ",;\"“”()") {
		return false
	}
	return startsUpper(words[0]) && !hasVerb(s)
}

// reMailField: a line of an e-mail's header ("From: …", "Subject: …"):
// the header is a paragraph of its own, before the message's text.
var reMailField = lazyre.New(`^[>\s]*(?:\*\*)?(?:From|To|Cc|CC|Bcc|Date|Sent|Subject)(?:\*\*)?\s*:`)

// reWholeBracket: a line that is one bracketed note ("[Intentionally
// Omitted]", "[Reserved.]").
var reWholeBracket = lazyre.New(`^\s*\[[^\[\]]{1,80}\]\.?\s*$`)

// WholeBracket reports whether a line is one bracketed note
// ("[Intentionally Omitted]"), a paragraph of its own.
func WholeBracket(ln string) bool { return reWholeBracket.MatchString(ln) }

// QuoteDepth returns how many levels of e-mail quoting (">") a line is
// under.
func QuoteDepth(ln string) int { return quoteDepth(ln) }

// quoteDepth: how many levels of e-mail quoting (">") a line is under.
func quoteDepth(ln string) int {
	n := 0
	for _, r := range ln {
		switch r {
		case '>':
			n++
		case ' ', '\t':
		default:
			return n
		}
	}
	return n
}

// introducesQuote: the text read last ends with a colon ("… is replaced
// with the following:").
func (s *segmenter) introducesQuote() bool {
	last := ""
	switch {
	case len(s.para) > 0:
		last = s.para[len(s.para)-1]
	case s.cur != nil && len(s.cur.paras) > 0:
		last = s.cur.paras[len(s.cur.paras)-1]
	}
	return strings.HasSuffix(strings.TrimSpace(last), ":")
}

// closesQuote reports whether the quotation a line belongs to ends on it:
// the quotes on the line, with the opening one when first, leave none open.
func closesQuote(line string, first bool) bool {
	n := strings.Count(line, "\"") + strings.Count(line, "“") + strings.Count(line, "”")
	if !first {
		n++ // the quote opened on an earlier line
	}
	return n%2 == 0
}

func (s *segmenter) closePara() {
	if len(s.para) == 0 {
		return
	}
	s.ensure(s.paraPage)
	// Built in one buffer: a paragraph of 200k wrapped lines must not
	// copy itself once per line.
	buf := []byte(strings.ReplaceAll(s.para[0], "\t", " "))
	for _, l := range s.para[1:] {
		l = strings.ReplaceAll(l, "\t", " ")
		// dehyphen looks at the last word only, with the space before it
		// ("SCHEDULE -" is a dash, not a hyphen)
		tail := buf[max(bytes.LastIndexByte(buf[:max(len(buf)-1, 0)], ' '), 0):]
		if joined, ok := s.dehyphen(string(tail), l); ok {
			if len(joined) < len(tail)+len(l) {
				buf = buf[:len(buf)-1] // the hyphen goes
			}
			buf = append(buf, l...)
			continue
		}
		buf = append(buf, ' ')
		buf = append(buf, l...)
	}
	s.cur.paras = append(s.cur.paras, string(buf))
	s.para = nil
}

// dehyphen joins "indem-" + "nify…" into "indemnify…" but keeps real
// hyphens ("forty-" + "five" → "forty-five"): the document's own words
// decide, then a short list of prefixes that are always hyphenated.
func (s *segmenter) dehyphen(prev, next string) (string, bool) {
	if !strings.HasSuffix(prev, "-") || strings.HasSuffix(prev, "--") || strings.HasSuffix(prev, " -") {
		return "", false
	}
	r, _ := utf8.DecodeRuneInString(next)
	if !unicode.IsLower(r) {
		return prev + next, true // "Non-" + "Cancellable": a real hyphen at a line end
	}
	i := strings.LastIndexAny(prev[:len(prev)-1], " \t(/\"“") + 1
	head := prev[i : len(prev)-1]
	tail := next
	if j := strings.IndexFunc(next, func(r rune) bool { return !unicode.IsLetter(r) }); j >= 0 {
		tail = next[:j]
	}
	hyph, solid := strings.ToLower(head+"-"+tail), strings.ToLower(head+tail)
	keep := s.vocab[hyph] && !s.vocab[solid]
	if !keep && !s.vocab[solid] {
		prefix := strings.ToLower(lastPart(head))
		// "non-" always keeps its hyphen; "de-" + "identified" does when
		// the second half is a word of the draft on its own.
		keep = keepHyphen[prefix] || hyphenPrefix[prefix] && len(tail) >= 5 && s.vocab[strings.ToLower(tail)]
	}
	if keep {
		return prev + next, true
	}
	return prev[:len(prev)-1] + next, true
}

// hyphenPrefix lists prefixes written with or without a hyphen: kept when
// what follows is a word of its own ("de-identified", "re-sign").
var hyphenPrefix = map[string]bool{"de": true, "re": true, "un": true, "anti": true, "semi": true, "inter": true, "intra": true, "over": true, "under": true}

func lastPart(s string) string {
	if i := strings.LastIndexByte(s, '-'); i >= 0 {
		return s[i+1:]
	}
	return s
}

// keepHyphen lists first halves that are hyphenated words of their own
// (number words, common legal prefixes).
var keepHyphen = map[string]bool{
	"twenty": true, "thirty": true, "forty": true, "fifty": true, "sixty": true, "seventy": true, "eighty": true, "ninety": true,
	"non": true, "self": true, "third": true, "co": true, "cross": true, "pre": true, "post": true, "sub": true, "multi": true,
	"end": true, "on": true, "off": true, "so": true, "well": true, "long": true, "short": true, "fine": true, "open": true, "per": true,
	"best": true, "high": true, "low": true, "full": true, "part": true, "real": true, "first": true, "all": true,
}

// closesItem: the line ends a sentence or a list item ("…; and", "…;
// or").
func closesItem(s string) bool {
	if endsSentence(s) {
		return true
	}
	t := strings.TrimRightFunc(s, unicode.IsSpace)
	for _, w := range []string{"; and", "; or", ";and", ";or"} {
		if len(t) > len(w) && strings.EqualFold(t[len(t)-len(w):], w) {
			return true
		}
	}
	return false
}

func endsSentence(s string) bool {
	s = strings.TrimRight(s, `"”’') `)
	if strings.HasSuffix(s, ".") || strings.HasSuffix(s, ":") || strings.HasSuffix(s, ";") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!") {
		return true
	}
	// the full stops of Chinese and Japanese ("…保密信息。")
	for _, p := range []string{"。", "：", "；", "？", "！"} {
		if strings.HasSuffix(s, p) {
			return true
		}
	}
	return false
}

// vocabulary collects the hyphenated and plain words used inside lines
// (not at their ends), for dehyphen.
func vocabulary(blocks []block) map[string]bool {
	v := map[string]bool{}
	for _, b := range blocks {
		t := strings.TrimRight(b.text, " -")
		eachWord(t, func(w string) { v[strings.ToLower(w)] = true })
	}
	return v
}

// eachWord calls fn with each word of s, left to right: a letter, or
// letters with apostrophes and hyphens between them ("don't", "co-term"),
// what [\p{L}][\p{L}'’-]*[\p{L}]|[\p{L}] finds (TestEachWordAsExpression).
func eachWord(s string, fn func(string)) {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			i += n
			continue
		}
		end := i + n // the end of the last letter of the run
		for j := end; j < len(s); {
			r, n := utf8.DecodeRuneInString(s[j:])
			if unicode.IsLetter(r) {
				j += n
				end = j
			} else if r == '\'' || r == '’' || r == '-' {
				j += n
			} else {
				break
			}
		}
		fn(s[i:end])
		i = end
	}
}

// assemble lays the clauses out as the document text and fills offsets.
// The text is built in one buffer of its final size, and each clause's
// Text is a slice of it: a long draft's text is held once, not twice.
func (s *segmenter) assemble() *document.Document {
	doc := &document.Document{Definitions: map[string]string{}}
	s.articleCites()
	for _, c := range s.clauses {
		// copied: read from the draft's text, they may share the memory
		// of the whole draft, which the document must not keep alive
		c.number, c.heading = strings.Clone(c.number), strings.Clone(c.heading)
		c.id = strings.Clone(s.id(c))
	}
	size := 0
	for _, c := range s.clauses {
		if head := strings.TrimSpace(c.number + " " + c.heading); head != "" {
			size += len(head) + 1
		}
		for i, p := range c.paras {
			size += len(p)
			if i > 0 {
				size++
			}
		}
		size += 2
	}
	var text strings.Builder
	text.Grow(size)
	doc.Clauses = make([]document.Clause, 0, len(s.clauses))
	for _, c := range s.clauses {
		head := strings.TrimSpace(c.number + " " + c.heading)
		if head != "" {
			text.WriteString(head)
			text.WriteByte('\n')
		}
		start := text.Len()
		for i, p := range c.paras {
			if i > 0 {
				text.WriteByte('\n')
			}
			text.WriteString(p)
		}
		c.paras = nil // in the text now
		end := text.Len()
		text.WriteString("\n\n")
		dc := document.Clause{
			ID: c.id, Number: c.number, Heading: c.heading, Kind: c.kind, Level: c.level,
			Page: c.page, Start: start, End: end,
		}
		if dc.Level == 0 {
			dc.Level = 1
		}
		if c.parent != nil {
			dc.Parent, dc.ParentID = c.parent.number, c.parent.id
		}
		doc.Clauses = append(doc.Clauses, dc)
	}
	doc.Text = text.String()
	for i := range doc.Clauses {
		c := &doc.Clauses[i]
		c.Text = doc.Text[c.Start:c.End]
	}
	return doc
}

// id gives a clause a unique identifier: its number, qualified by the part
// it is in, else a synthetic one.
func (s *segmenter) id(c *clauseB) string {
	var id string
	switch {
	case c.kind == document.KindPreamble:
		id = "preamble"
	case c.kind == document.KindFootnote:
		s.nfootnote++
		id = "footnote-" + strconv.Itoa(s.nfootnote)
	case c.kind == document.KindRecital && c.number == "":
		if c.heading != "" {
			id = headingID(c.heading)
		} else {
			s.nrecital++
			id = "recital-" + strconv.Itoa(s.nrecital)
		}
	case c.number == "":
		id = headingID(c.heading)
		if id == "" {
			id = "¶"
		}
	default:
		id = c.cite
		if id == "" {
			id = c.number
		}
		if c.style == stylePart || c.style == styleArticle {
			// "Schedule A", "Article 4": named as its headings are
			id = headingID(id)
		}
		for p := c.parent; p != nil; p = p.parent {
			if p.kind == document.KindPart && p.style == stylePart && p != c {
				id = headingID(p.number) + "/" + id
				break
			}
		}
	}
	s.ids[id]++
	if n := s.ids[id]; n > 1 {
		id += "#" + strconv.Itoa(n)
	}
	return id
}

// headingID is the ID a heading or a part's label gives its clause: in
// capitals, as a rendering may print it ("Background" in the Markdown is
// "BACKGROUND" in the PDF a heading style set in capitals), so that every
// rendering of a draft gives its clauses the same IDs.
func headingID(h string) string { return strings.ToUpper(h) }

// articleCites: where the articles number their paragraphs from 1 again
// ("ARTICLE 6 (CANCELLATION)" over "1. Party B may cancel …"), a paragraph
// is cited with its article's number: "Article 6.1" is the first of
// Article 6, and its items follow it ("6.1(2)").
func (s *segmenter) articleCites() {
	ones := 0
	for _, c := range s.clauses {
		if c.style == styleDec && c.number == "1" && c.parent != nil && c.parent.style == styleArticle {
			ones++
		}
	}
	if ones < 2 {
		return
	}
	was := map[*clauseB]string{}
	for _, c := range s.clauses {
		p := c.parent
		if p == nil {
			continue
		}
		if c.style == styleDec && !strings.Contains(c.number, ".") && p.style == styleArticle {
			if an := lastField(p.cite); reArticleNum.MatchString(an) {
				was[c] = c.cite
				c.cite = an + "." + c.number
			}
			continue
		}
		if old, ok := was[p]; ok && c.cite == old+c.number {
			// "(2)" under it: cited from it
			was[c] = c.cite
			c.cite = p.cite + c.number
		}
	}
}

var reArticleNum = lazyre.New(`^(?:\d{1,3}|[IVXLC]{1,7})$`)

// refWords end a line whose next line continues a cross-reference
// ("…as set out in Section" / "3.2. For example…"): that "3.2." is not a
// clause number.
var refWords = map[string]bool{
	"section": true, "sections": true, "clause": true, "clauses": true, "article": true, "articles": true,
	"paragraph": true, "paragraphs": true, "schedule": true, "exhibit": true, "annex": true, "appendix": true, "§": true, "§§": true,
	"attachment": true, "annexure": true, "item": true, "items": true, "table": true, "part": true, "schedules": true,
	"exhibits": true, "annexes": true, "appendices": true, "attachments": true,
}

// midSentence: in line mode, the line read last stops in the middle of a
// phrase — on a joining word or inside brackets ("… (CONSOLIDATED WITH" /
// "AMENDMENT NO. 1) — …", "… charged as set out in" / "Schedule 2 …"): a
// label at the start of the next line continues it.
func (s *segmenter) midSentence() bool {
	if !s.lineMode {
		return false
	}
	last := ""
	switch {
	case len(s.para) > 0:
		last = s.para[len(s.para)-1]
	case s.cur != nil && s.cur.heading != "" && len(s.cur.paras) == 0 && s.lastCaps:
		last = s.cur.heading
	default:
		return false
	}
	last = strings.TrimSpace(last)
	if last == "" || endsSentence(last) {
		return false
	}
	if strings.Count(last, "(") > strings.Count(last, ")") {
		return true
	}
	f := strings.Fields(last)
	w := strings.ToLower(f[len(f)-1])
	if (w == "and" || w == "or") && len(f) > 1 && strings.HasSuffix(f[len(f)-2], ";") {
		return false // "…; and" closes a list item
	}
	return joiningWords[w]
}

var joiningWords = map[string]bool{"in": true, "of": true, "with": true, "to": true, "under": true, "and": true, "or": true,
	"by": true, "per": true, "at": true, "from": true, "than": true, "the": true, "see": true, "into": true, "for": true,
	"a": true, "an": true, "this": true, "that": true, "its": true, "their": true, "between": true}

func (s *segmenter) afterRefWord() bool {
	if !s.lineMode || len(s.para) == 0 {
		return false
	}
	return refWords[strings.ToLower(lastField(s.para[len(s.para)-1]))]
}

// lastField is the last of strings.Fields(s), "" when s has none, found
// without splitting the whole line.
func lastField(s string) string {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	i := strings.LastIndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return s
	}
	_, n := utf8.DecodeRuneInString(s[i:])
	return s[i+n:]
}

// afterNumberWord: "…for a 6-month or one" / "(1) year term": a figure in
// brackets after a number in words continues the sentence.
func (s *segmenter) afterNumberWord(l *label) bool {
	if !s.lineMode || len(s.para) == 0 || l.style != styleParenDigit {
		return false
	}
	w := strings.ToLower(lastField(s.para[len(s.para)-1]))
	if w == "" {
		return false
	}
	if i := strings.LastIndexByte(w, '-'); i >= 0 {
		w = w[i+1:]
	}
	_, ok := numberWords[w]
	return ok || scaleWords[w] > 0
}

// reContentsLine is an entry of a table of contents: words, dot leaders
// (or an ellipsis) and a page number at the end of the line.
var reContentsLine = lazyre.New(`^\S.*[^\s.]\s*(?:\.{4,}|…{2,}|(?:\. ){4,})\s*\d{1,4}\s*$`)

// IsContentsLine reports whether a line is an entry of a table of
// contents.
func IsContentsLine(line string) bool {
	t := strings.TrimSpace(line)
	// (the cheap tests first: most lines end in no figure, or have no
	// leaders)
	if t == "" || t[len(t)-1] < '0' || t[len(t)-1] > '9' ||
		!strings.Contains(t, "....") && !strings.Contains(t, "……") && !strings.Contains(t, ". . . .") {
		return false
	}
	return reContentsLine.MatchString(t)
}
