package extract

import (
	"github.com/clausecheck/clausecheck/internal/lazyre"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// A plain-text redline writes its changes into the words: "[DELETED: …]",
// "[[INS#3: …]]", "<<ADD[2]: …>>", wdiff's "{+…+}" and "[-…-]". The draft
// is read as it stands once its changes are decided: by default a change is
// accepted, as Word's "Accept All" would; a change the draft itself marks
// rejected, open or pending ("<<OPEN>>" before it, or a row of a decision
// table naming its number or its clause) is not, and the words it would
// have removed stay. What a table or flag decides is found by its words
// (reDecisionAccept, reDecisionHold), never by the party that wrote it.

// reInlineMark opens a marked change: "[DELETED: ", "[Inserted: ",
// "[[INS#3: ", "<<ADD[2]: ", "[DEL#4: ", and a compare's numbered change
// "[C-4 Deleted: " (change 4). A short kind (del, ins, add) is a
// marker only with a number or doubled brackets: "[Add: address]" is a
// drafting note.
// Only spaces and tabs go with the marker: a line break after it is the
// passage's (and separates the blocks a DOCX or PDF draft is read in).
var reInlineMark = lazyre.NewStarting(`(\[\[|<<|\[)[ \t]*(?i:(deleted|deletion|struck|removed|inserted|insertion|added|del|ins|add))[ \t]*(?:#[ \t]*(\d{1,4})|\[[ \t]*(\d{1,4})[ \t]*\])?[ \t]*:[ \t]*|(\[)[ \t]*[A-Z]{1,3}-?(\d{1,4})[ \t]+(?i:(deleted|inserted))[ \t]*:[ \t]*`, "[<")

// reWdiffMark opens a wdiff change: "{+" an insertion, "[-" a deletion.
// (and its cousins "⟦+…+⟧", "⟦-…-⟧" and "{-…-}")
var reWdiffMark = lazyre.New(`\{\+|\[-|⟦\+|⟦-|\{-`)

// maxInlineMark bounds one marked passage: an opening marker without its
// closing bracket within this many bytes is left as it stands.
const maxInlineMark = 8000

type inlineChange struct {
	start, end         int // the whole marker
	textStart, textEnd int // the passage
	ins                bool
	id                 string // "3" of "[[INS#3: …]]"
	clause             string // the number of the clause it sits in
	hold               bool   // rejected, open or pending: the original words stand
	flagged            bool   // decided by a flag in the text
}

// acceptInlineMarks reads a plain-text redline with its changes decided as
// the draft decides them (accepted unless it says otherwise): a deleted
// passage goes (page breaks inside it stay), an inserted one stays without
// its marker, and a change the draft rejects or leaves open is undone. It
// returns the text, the number of changes read and how many of them were
// not accepted.
func acceptInlineMarks(s string) (string, int, int) {
	return resolveInlineMarks(s, false)
}

// resolveInlineMarks is acceptInlineMarks; with keepLines, a passage that
// goes keeps its line breaks, so that the text still splits into the
// blocks it was joined from.
func resolveInlineMarks(s string, keepLines bool) (string, int, int) {
	changes := findInlineChanges(s)
	if len(changes) == 0 {
		return s, 0, 0
	}
	decideInlineChanges(s, changes)
	var b strings.Builder
	b.Grow(len(s))
	last, held := 0, 0
	for _, c := range changes {
		b.WriteString(s[last:c.start])
		passage := s[c.textStart:c.textEnd]
		if c.hold {
			held++
		}
		last = c.end
		if c.ins != c.hold { // an accepted insertion, a deletion not accepted
			// ("{- eight (8) weeks' -}": the spaces inside the marks are
			// the marks'; left in, a run of spaces reads as a table's)
			if out := b.String(); out == "" || strings.HasSuffix(out, " ") || strings.HasSuffix(out, "\n") {
				passage = strings.TrimLeft(passage, " \t")
			}
			if last == len(s) || strings.IndexByte(" \n.,;:)", s[last]) >= 0 {
				passage = strings.TrimRight(passage, " \t")
			}
			b.WriteString(passage)
		} else {
			b.WriteString(strings.Repeat("\f", strings.Count(passage, "\f")))
			if keepLines {
				b.WriteString(strings.Repeat("\n", strings.Count(passage, "\n")))
			}
		}
		if out := b.String(); strings.HasSuffix(out, " ") && last < len(s) && s[last] == ' ' {
			last++ // "on {-…-} {+…+} written": one space between the words
		}
	}
	b.WriteString(s[last:])
	return b.String(), len(changes), held
}

// findInlineChanges returns the marked changes of s in order, none inside
// another.
func findInlineChanges(s string) []inlineChange {
	var out []inlineChange
	for _, m := range reInlineMark.FindAllStringSubmatchIndex(s, -1) {
		id := ""
		if m[2] < 0 {
			// "[C-4 Deleted: ": the change's label carries its number
			m = []int{m[0], m[1], m[10], m[11], m[14], m[15], m[12], m[13], -1, -1}
		}
		open, kind := s[m[2]:m[3]], strings.ToLower(s[m[4]:m[5]])
		if m[6] >= 0 {
			id = s[m[6]:m[7]]
		} else if m[8] >= 0 {
			id = s[m[8]:m[9]]
		}
		short := kind == "del" || kind == "ins" || kind == "add"
		if short && id == "" && open == "[" {
			continue
		}
		if open == "<<" && id == "" && short && kind != "add" && kind != "del" {
			continue
		}
		closer := "]"
		switch open {
		case "[[":
			closer = "]]"
		case "<<":
			closer = ">>"
		}
		end := closingMark(s, m[1], open, closer)
		if end < 0 {
			continue
		}
		ins := strings.HasPrefix(kind, "ins") || strings.HasPrefix(kind, "add")
		out = append(out, inlineChange{start: m[0], end: end + len(closer), textStart: m[1], textEnd: end, ins: ins, id: id})
	}
	for _, m := range reWdiffMark.FindAllStringIndex(s, -1) {
		var closer string
		switch s[m[0]:m[1]] {
		case "{+":
			closer = "+}"
		case "[-":
			closer = "-]"
		case "⟦+":
			closer = "+⟧"
		case "{-":
			closer = "-}"
		default:
			closer = "-⟧"
		}
		if strings.HasPrefix(s[m[1]:], closer[1:]) { // (closer[1:]: the bracket, "]", "}", "⟧")
			// "[-] 3. COMMITMENT PRICING": a mark closed at once is a
			// control's (a collapsible panel's), no change; read as one,
			// it would delete the text up to the next such mark
			continue
		}
		i := strings.Index(s[m[1]:min(len(s), m[1]+maxInlineMark)], closer)
		if i < 0 || i == 0 {
			continue
		}
		out = append(out, inlineChange{start: m[0], end: m[1] + i + len(closer), textStart: m[1], textEnd: m[1] + i, ins: closer[0] == '+'})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].start < out[j].start })
	// none inside another: the first one read wins
	kept := out[:0]
	last := 0
	for _, c := range out {
		if c.start < last {
			continue
		}
		kept = append(kept, c)
		last = c.end
	}
	return kept
}

// closingMark finds where a passage opened with open at from ends, skipping
// nested brackets; -1 when it does not end within maxInlineMark.
func closingMark(s string, from int, open, closer string) int {
	if open != "[" {
		i := strings.Index(s[from:min(len(s), from+maxInlineMark)], closer)
		if i < 0 {
			return -1
		}
		return from + i
	}
	depth := 0
	for i := from; i < len(s) && i-from < maxInlineMark; i++ {
		switch s[i] {
		case '[':
			depth++
		case ']':
			if depth == 0 {
				return i
			}
			depth--
		}
	}
	return -1
}

var (
	// reDecisionAccept and reDecisionHold: the words of a decision on a
	// change, at the start of a table cell or in a flag.
	reDecisionAccept = lazyre.New(`(?i)^(?:accepted|agreed|approved|adopted)\b`)
	reDecisionHold   = lazyre.New(`(?i)^(?:rejected|declined|refused|not\s+(?:accepted|agreed|approved)|withdrawn|pending|open|under\s+(?:review|discussion)|deferred|parked|tbc|to\s+be\s+(?:agreed|confirmed)|proposed|outstanding)\b`)
	// reAfterFlag: a flag right after a change, code marks and spaces
	// between ("+⟧ `[REJECTED]`").
	reAfterFlag = lazyre.New("^[ \\t`*]*(?:<<|\\[)\\s*[A-Za-z][A-Za-z ]{1,20}?\\s*(?:>>|\\])")
	// reFlag: a decision written into the text before a change: "<<OPEN>>",
	// "[PENDING]", "[REJECTED]".
	reFlag = lazyre.New(`(?:<<|\[)\s*([A-Za-z][A-Za-z ]{1,20}?)\s*(?:>>|\])`)
	// reClauseStart: a line that starts a numbered clause ("4.3 …",
	// "## 6. …", "Section 7.4", "B1.2 …").
	reClauseStart = lazyre.New(`^\s*(?:#{1,6}\s*)?(?:\*\*)?(?:(?i:section|clause|article)\s+|§\s*)?([A-Z]?\d{1,3}(?:\.\d{1,3})*)(?:[.)]|\*\*)?(?:\s|$)`)
	// reCellClause: a table cell that names a clause ("4.3", "§ 5",
	// "6.04(a)", "Clause 11.2").
	reCellClause = lazyre.New(`^(?:(?i:section|clause|cl\.|article|art\.)\s*|§\s*)?([A-Z]?\d{1,3}(?:\.\d{1,3})*)((?:\([a-z0-9]{1,4}\))*)$`)
	// reCellID: a cell that numbers a change ("3", "No. 3", "#3").
	reCellID   = lazyre.New(`^(?:(?i:no\.?|item|change)\s*)?#?\s*(?:[A-Z]{1,3}-?)?(\d{1,4})$`)
	reKindWord = lazyre.New(`(?i)\b(insert\w*|add\w*|new)\b|\b(delet\w*|remov\w*|strik\w*|struck)\b|\b(substitut\w*|replac\w*|amend\w*)\b`)
)

// decideInlineChanges sets hold on the changes the draft rejects or leaves
// open: by a flag before the change in its paragraph, by a decision-table
// row naming its number, or by a row naming the clause it sits in.
func decideInlineChanges(s string, changes []inlineChange) {
	// the clause each change sits in
	clauseAt := func() func(int) string {
		var starts []int
		var nums []string
		off := 0
		for line := range strings.SplitSeq(s, "\n") {
			if m := reClauseStart.FindStringSubmatch(line); m != nil {
				starts, nums = append(starts, off), append(nums, m[1])
			}
			off += len(line) + 1
		}
		return func(at int) string {
			i := sort.SearchInts(starts, at+1) - 1
			if i < 0 {
				return ""
			}
			return nums[i]
		}
	}()
	withID := false
	for i := range changes {
		changes[i].clause = clauseAt(changes[i].start)
		withID = withID || changes[i].id != ""
	}
	// rows of decision tables, read outside the changes
	type row struct {
		id, clause string
		hold       bool
		kind       int // 0 any, 1 insertions, 2 deletions
	}
	var rows []row
	off := 0
	ci := 0
	for line := range strings.SplitSeq(s, "\n") {
		lineStart := off
		off += len(line) + 1
		for ci < len(changes) && changes[ci].end <= lineStart {
			ci++
		}
		if ci < len(changes) && changes[ci].start < lineStart+len(line) {
			continue // a line with a change in it is text, not a decision
		}
		cells := decisionCells(line)
		if len(cells) < 2 {
			continue
		}
		r := row{}
		decided := false
		for _, c := range cells {
			if len(c) < 24 {
				// a short cell is one word, whatever spaces a PDF's
				// letter spacing put into it ("ACCEPT ED")
				c = strings.ReplaceAll(c, " ", "")
			}
			switch {
			case reDecisionHold.MatchString(c):
				r.hold, decided = true, true
			case reDecisionAccept.MatchString(c):
				r.hold, decided = false, true
			}
		}
		if !decided {
			continue
		}
		for _, c := range cells {
			if m := reCellID.FindStringSubmatch(c); withID && r.id == "" && m != nil {
				r.id = m[1]
				continue
			}
			if m := reCellClause.FindStringSubmatch(c); r.clause == "" && m != nil {
				r.clause = m[1]
				continue
			}
			if k := reKindWord.FindStringSubmatch(c); r.kind == 0 && k != nil && !reDecisionAccept.MatchString(c) && !reDecisionHold.MatchString(c) {
				switch {
				case k[1] != "":
					r.kind = 1
				case k[2] != "":
					r.kind = 2
				default:
					r.kind = 3
				}
			}
		}
		if r.kind == 3 {
			r.kind = 0
		}
		if r.id != "" || r.clause != "" {
			rows = append(rows, r)
		}
	}
	for i := range changes {
		c := &changes[i]
		decided := false
		for _, r := range rows {
			switch {
			case c.id != "" && r.id != "":
				if r.id != c.id {
					continue
				}
			case r.clause != "" && c.clause != "":
				if !sameClause(r.clause, c.clause) || r.kind == 1 && !c.ins || r.kind == 2 && c.ins {
					continue
				}
			default:
				continue
			}
			c.hold, decided = r.hold, true
		}
		if decided {
			continue
		}
		// a flag before it in its paragraph ("<<OPEN>> {+…+}"), which
		// also decides the changes after it in the paragraph
		para := strings.LastIndex(s[:c.start], "\n\n") + 1
		from := para
		if i > 0 {
			from = max(para, changes[i-1].end)
		}
		if hold, ok := flagDecision(reAfterFlag.FindString(s[c.end:min(len(s), c.end+40)])); ok {
			// a flag right after it decides it alone ("⟦+ … +⟧ [REJECTED]")
			c.hold = hold
		} else if hold, ok := closingNoteDecision(s, c.end); ok {
			c.hold = hold
		} else if hold, ok := flagDecision(s[from:c.start]); ok {
			c.hold, c.flagged = hold, true
		} else if i > 0 && changes[i-1].flagged && changes[i-1].end >= para {
			c.hold, c.flagged = changes[i-1].hold, true
		}
	}
}

// closingNoteDecision reads the note in brackets that closes the paragraph
// of a change after it ("… {+ twelve (12) weeks' +} notice … [margin: not
// initialled]", "[margin: initialled by both parties: deletion accepted]"):
// it decides every change of its paragraph. A hand change to a signed
// text takes effect only with the initials of both parties: one party's
// initials, or none, leave the typed words standing.
func closingNoteDecision(s string, from int) (hold, ok bool) {
	para := s[from:]
	if i := strings.Index(para, "\n\n"); i >= 0 {
		para = para[:i]
	}
	para = strings.TrimRight(para, " \t\n")
	if !strings.HasSuffix(para, "]") {
		return false, false
	}
	open := strings.LastIndex(para, "[")
	if open < 0 || len(para)-open > 200 || strings.Contains(para[open:], "{") {
		return false, false
	}
	if m := reInlineMark.FindStringIndex(para[max(open-1, 0):]); m != nil && m[0] <= 1 {
		// "[deleted: …] [inserted: To be agreed.]": the bracket that
		// closes the paragraph is a change, not a note deciding one
		return false, false
	}
	note := para[open+1 : len(para)-1]
	if i := strings.IndexByte(note, ':'); i >= 0 && i < 30 && reNoteLabel.MatchString(note[:i]) {
		note = note[i+1:] // "margin: …", "note: …"
	}
	note = strings.TrimSpace(note)
	switch {
	case reInitialsHold.MatchString(note):
		return true, true
	case reInitialsAccept.MatchString(note):
		return false, true
	}
	for _, part := range strings.Split(note, ":") {
		part = strings.TrimSpace(part)
		if f := strings.Fields(part); len(f) > 1 && (f[0] == "deletion" || f[0] == "insertion" || f[0] == "amendment" || f[0] == "change") {
			part = strings.Join(f[1:], " ") // "deletion accepted"
		}
		switch {
		case reDecisionHold.MatchString(part):
			return true, true
		case reDecisionAccept.MatchString(part):
			return false, true
		}
	}
	return false, false
}

var (
	// reNoteLabel: the label of a note in brackets ("margin", "note").
	reNoteLabel = lazyre.New(`(?i)^\s*(?:margin(?:al)?(?: note)?|note|annotation|comment)\s*$`)
	// reInitialsHold, reInitialsAccept: a change initialled by no one or
	// by one party only, or by both.
	reInitialsHold   = lazyre.New(`(?i)^(?:not\s+initial(?:l)?ed\b|initial(?:l)?ed\s+(?:only\s+)?by\s+[\w.& ]{1,40}?\s+only\b|initial(?:l)?ed\s+only\s+by\b|unsigned\b|no\s+initials\b)`)
	reInitialsAccept = lazyre.New(`(?i)^initial(?:l)?ed\s+by\s+(?:both|each|all(?:\s+the)?)\s+part(?:y|ies)\b`)
)

// flagDecision returns the decision of the last flag in text, if it has one.
func flagDecision(text string) (hold, ok bool) {
	for _, m := range reFlag.FindAllStringSubmatch(text, -1) {
		switch w := strings.TrimSpace(m[1]); {
		case reDecisionHold.MatchString(w):
			hold, ok = true, true
		case reDecisionAccept.MatchString(w):
			hold, ok = false, true
		}
	}
	return hold, ok
}

// sameClause reports whether a table's clause names the clause a change
// sits in: the same number, a clause within it ("5" for 5.2), or a part of
// it ("6.04(a)" for 6.04).
func sameClause(row, at string) bool {
	row, at = strings.ToLower(row), strings.ToLower(at)
	return row == at || strings.HasPrefix(at, row+".")
}

// decisionCells splits a table row ("| a | b |", "a  |  b", "a    b") into its
// trimmed, unemphasised cells; nil for a line that is no row.
func decisionCells(line string) []string {
	var parts []string
	if strings.Count(line, "|") >= 2 {
		parts = pipeCells(strings.TrimSpace(line))
	} else if parts = tableCells(line); parts == nil {
		return nil // (cells set apart by tabs or runs of spaces: a PDF's table line)
	}
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(strings.Trim(strings.TrimSpace(p), "*_`")); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func inlineMarksNote(n, held int) string {
	if held == 0 {
		return "read with its " + strconv.Itoa(n) + " marked changes ([DELETED: …], [INSERTED: …]) accepted"
	}
	return "read with its " + strconv.Itoa(n) + " marked changes decided as the draft decides them: " +
		strconv.Itoa(n-held) + " accepted, " + strconv.Itoa(held) + " rejected or not yet agreed (the words before the change stand)"
}

// resolveBlockMarks reads the marked changes of a draft whose reader gives
// blocks (DOCX paragraphs, PDF lines) as acceptInlineMarks reads a plain
// text: a marker may open in one block and close in another, and a
// decision table sits in blocks of its own. The blocks keep their number
// and order; only their words change.
func resolveBlockMarks(in *input) {
	if !slices.ContainsFunc(in.blocks, func(b block) bool { return reInlineMark.MatchString(b.text) || reWdiffMark.MatchString(b.text) }) {
		return
	}
	var b strings.Builder
	seps := make([]int, len(in.blocks)) // newlines before each block
	for i, bl := range in.blocks {
		if i > 0 {
			seps[i] = 1
			if !in.lineMode || bl.breakBefore {
				seps[i] = 2 // a paragraph break: flags stop at it
			}
			b.WriteString(strings.Repeat("\n", seps[i]))
		}
		text := bl.text
		if bl.label != "" {
			text = bl.label + " " + text // the clause number a decision table names
		}
		if bl.table {
			text = strings.ReplaceAll(text, "\t", " | ") // cells a decision table can read
		}
		b.WriteString(strings.ReplaceAll(text, "\n", "\v"))
	}
	out, n, held := resolveInlineMarks(b.String(), true)
	if n == 0 {
		return
	}
	pieces := strings.Split(out, "\n")
	texts := make([]string, 0, len(in.blocks))
	k := 0
	for i := range in.blocks {
		if i > 0 {
			for j := 1; j < seps[i]; j++ {
				if k >= len(pieces) || pieces[k] != "" {
					return // the text no longer splits as it was joined: leave the blocks as read
				}
				k++
			}
		}
		if k >= len(pieces) {
			return
		}
		t := strings.ReplaceAll(pieces[k], "\v", "\n")
		if l := in.blocks[i].label; l != "" {
			// the number given to find the clause goes again (it went
			// already where a rejected insertion took the block's words)
			t = strings.TrimPrefix(t, l+" ")
		}
		if in.blocks[i].table {
			t = strings.ReplaceAll(t, " | ", "\t")
		}
		texts = append(texts, t)
		k++
	}
	if k != len(pieces) {
		return
	}
	for i := range in.blocks {
		in.blocks[i].text = strings.TrimSpace(texts[i])
	}
	in.warnings = append(in.warnings, inlineMarksNote(n, held))
}
