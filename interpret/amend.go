package interpret

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/clausecheck/clausecheck/document"
	"github.com/clausecheck/clausecheck/extract"
	"github.com/clausecheck/clausecheck/internal/lazyre"
	"github.com/clausecheck/clausecheck/rules"
)

// quotedRe finds quoted passages (straight or curly double quotes).
var quotedRe = lazyre.New(`["“]([^"“”]{1,1000})["”]`)

// applyAmendments reads the draft's amendment instructions and returns
// every clause as it stands after them: deleted, replaced in whole, with
// words replaced, or with passages added. An instruction whose target
// cannot be found becomes a notice; the concepts it touches are recorded
// in Unresolved so that no check that depends on it is met.
func (rg *Reading) applyAmendments() map[string]*effective {
	doc := rg.doc
	eff := make(map[string]*effective, len(doc.Clauses))
	for i := range doc.Clauses {
		c := &doc.Clauses[i]
		eff[c.ID] = &effective{c: c, text: c.Text}
	}
	byNumber := map[string][]string{}
	for i := range doc.Clauses {
		c := &doc.Clauses[i]
		for _, k := range numberKeys(c) {
			if !slices.Contains(byNumber[k], c.ID) {
				byNumber[k] = append(byNumber[k], c.ID)
			}
		}
	}
	rg.byNumber = byNumber
	rg.undoRejectedBalloons(eff)
	rg.applyAlternatives(eff)
	for i := range doc.Clauses {
		c := &doc.Clauses[i]
		if c.Kind == document.KindPreamble && containsFold(c.Text, "withdraw") {
			// a thread's latest messages open the draft, before the list
			// they withdraw an item of
			for _, sp := range splitSentences(c.Text) {
				rg.withdrawItem(c, c.Text[sp.start:sp.end], eff, byNumber)
			}
		}
		if c.Kind == document.KindRecital || c.Kind == document.KindPreamble || eff[c.ID].instruction {
			continue
		}
		text := withoutReviewNotes(c.Text)
		if rg.statusRefuses(text) {
			// "Status: Proposed by the Agency …; declined by the Supplier
			// …; withdrawn. Not effective.": a variation its own status
			// field says is not in force changes nothing
			continue
		}
		if containsFold(text, "reject", "not accepted", "declined", "refused", "withdrawn", "not agreed") && reDecidedRejected.MatchString(text) {
			// "X3 Section S5.1 Replace "one (1) calendar month's" with
			// "three (3) months'". KESTREL: Rejected": a change proposed
			// and refused, which changes nothing
			continue
		}
		refused := rg.refusedItems(text)
		for _, sp := range splitSentences(text) {
			s := text[sp.start:sp.end]
			if inRanges(sp.start, refused) {
				// (an item of a list of variations whose own status
				// refuses it, beside others agreed)
				continue
			}
			if rg.disapply(c, s, eff) || rg.restateFigure(c, s, eff, byNumber) || rg.replaceTable(c, s, eff) {
				continue
			}
			if containsFold(s, "withdraw") && rg.withdrawItem(c, s, eff, byNumber) {
				continue
			}
			if ins := rg.correction(s); ins != "" {
				// "Correction to item 7 of the agreed terms: the notice
				// period is sixty-one (61) days, not sixty (60) days": the
				// old figure's words replaced by the new in that item
				rg.amendment(c, ins, "", eff, byNumber)
				continue
			}
			rg.amendment(c, s, text[sp.end:], eff, byNumber)
		}
		var stated []string
		for _, row := range comparisonInstructions(text) {
			if row.now != "" && wholeProvision(row.now) && (wholeProvision(row.old) || omittedMark(row.old, rg.reader)) &&
				len(byNumber[normNum(row.number)]) == 0 {
				// "1.1 (Commitment Period) | "The Bedrock Commitment
				// Period runs …" | "The Bedrock Commitment Period
				// begins …"" where the draft holds no clause 1.1: the new
				// wording is the whole provision, stated here, and it is
				// the term (a word changed in a clause not here is
				// unknown, as before)
				stated = append(stated, row.label+": "+row.now)
				continue
			}
			rg.amendment(c, row.instruction, "", eff, byNumber)
		}
		if len(stated) > 0 {
			eff[c.ID].instruction = false
			eff[c.ID].text = withStatedRows(eff[c.ID].text, stated)
		}
		for _, s := range changeTableInstructions(text) {
			rg.amendment(c, s, "", eff, byNumber)
		}
	}
	return eff
}

// reWithdrawItem: a message withdrawing an item of a list by its number
// ("I have to withdraw item 10 (Provisioned Throughput service credits)
// from the list I sent on 3 March", "item 10 is withdrawn").
var reWithdrawItem = lazyre.New(`(?i)\bwithdraw(?:s|ing)?\s+(?:item|point|paragraph)\s+(\d{1,3})\b|\b(?:item|point|paragraph)\s+(\d{1,3})\s+(?:is|was|has\s+been|are|were)\s+(?:hereby\s+)?withdrawn\b`)

// withdrawItem takes out the one item of the draft's lists that a message
// withdraws: the offer of it is gone, whatever its wording said.
func (rg *Reading) withdrawItem(c *document.Clause, s string, eff map[string]*effective, byNumber map[string][]string) bool {
	m := reWithdrawItem.FindStringSubmatch(s)
	if m == nil || reConditionLead.MatchString(s[:strings.Index(s, m[0])]) || strings.HasSuffix(strings.TrimSpace(s), "?") {
		return false
	}
	n := m[1]
	if n == "" {
		n = m[2]
	}
	var ids []string
	for _, id := range byNumber[n] {
		if id != c.ID && !isAncestor(rg.byID, id, c.ID) && !eff[id].deleted {
			ids = append(ids, id)
		}
	}
	if len(ids) != 1 {
		return false
	}
	eff[ids[0]].deleted = true
	eff[ids[0]].amended = c.ID
	rg.deleteChildren(ids[0], c.ID, eff)
	return true
}

// statusRefuses: the text has a status field of its own ("Status: …") whose
// value refuses the change or leaves it open ("declined …; withdrawn. Not
// effective.", "Under consideration … Not agreed."); "Status: Agreed, 12
// June 2025." does not.
func (rg *Reading) statusRefuses(text string) bool {
	if !strings.Contains(text, ":") || !strings.Contains(text, "tatus") && !strings.Contains(text, "TATUS") &&
		!strings.Contains(text, "ecision") && !strings.Contains(text, "ECISION") {
		return false // (the cheap test first, with no copy of the text)
	}
	all := reStatusField.FindAllStringSubmatch(text, 2)
	if len(all) != 1 {
		return false // (several items, each with its status: none decides the whole text; see refusedItems)
	}
	return rg.statusValueRefuses(all[0][1])
}

// statusValueRefuses: a status field's value refuses the change or leaves
// it open.
func (rg *Reading) statusValueRefuses(v string) bool {
	p := rg.reader.scan(v)
	return len(p.cues["rejected"]) > 0 || len(p.cues["open"]) > 0 || containsFold(v, "not effective", "under consideration", "not in force")
}

// refusedItems: where a text holds several items each closed by a status
// field of its own ("Variation 3 … Status: Proposed …; declined …;
// withdrawn. Not effective." on one line, "Variation 4 … Status: Agreed"
// on the next), the byte ranges of the items whose status refuses them or
// leaves them open. An item runs from the end of the line of the status
// field before it to the end of the line of its own; the first starts at
// the last line before its status field that opens with the word the
// second item opens with ("Variation"), so that the lines introducing the
// list stay out of it.
func (rg *Reading) refusedItems(text string) [][2]int {
	if !strings.Contains(text, ":") || !anyOf(text, "tatus", "TATUS", "ecision", "ECISION") {
		return nil
	}
	all := reStatusField.FindAllStringSubmatchIndex(text, -1)
	if len(all) < 2 {
		return nil
	}
	lineEnd := func(at int) int {
		if nl := strings.IndexByte(text[at:], '\n'); nl >= 0 {
			return at + nl
		}
		return len(text)
	}
	var out [][2]int
	start := 0
	for i, m := range all {
		end := lineEnd(m[2])
		if i == 0 {
			start = firstItemStart(text, end, m[0])
		}
		if rg.statusValueRefuses(text[m[2]:m[3]]) {
			out = append(out, [2]int{start, end})
		}
		start = end
	}
	return out
}

// firstItemStart: where the first of a text's items begins, its status
// field at field and the second item starting at next: the last line
// before the field that opens with the second item's first word, or 0.
func firstItemStart(text string, next, field int) int {
	second := strings.Fields(strings.TrimLeft(text[next:], "\n"))
	if len(second) == 0 {
		return 0
	}
	w := strings.TrimLeft(second[0], "*_#> ")
	if w == "" {
		return 0
	}
	for at := strings.LastIndexByte(text[:field], '\n'); at >= 0; at = strings.LastIndexByte(text[:at], '\n') {
		if strings.HasPrefix(strings.TrimLeft(text[at+1:], "*_#> \t"), w) {
			return at + 1
		}
		if at == 0 {
			break
		}
	}
	return 0
}

// inRanges: pos falls in one of the ranges.
func inRanges(pos int, rs [][2]int) bool {
	for _, r := range rs {
		if pos >= r[0] && pos < r[1] {
			return true
		}
	}
	return false
}

// reStatusField: a status field, on a line of its own or after a
// sentence ("… after "documents". Status: Agreed, 12 June 2025.").
var reStatusField = lazyre.New(`(?im)(?:^|[.;!?"”]\s+)[ \t*_]*(?:status|decision)[ \t*_]*:[ \t*_]*(.+)$`)

// reDecidedRejected: the last words of a line, after its sentences, that
// give a change's decision as refused ("KESTREL: Rejected", "Decision:
// not accepted", "Status — Withdrawn").
var reDecidedRejected = lazyre.New(`(?im)(?:^|[.;!"”’']\s+)[ \t*_]*[\p{L}][\p{L}\d .'’&()-]{0,30}?\s*[:—–-]\s*[*_]*(?:rejected|not\s+accepted|declined|refused|withdrawn|not\s+agreed)[*_]*\.?[ \t]*$`)

// comparisonInstructions reads an amendment laid out as a comparison
// table ("Provision | Before Amendment | After Amendment") as the
// instructions its rows give: 'In Article 8 ①, the words "99.5 percent"
// are replaced by the words "99.9 percent".', "Article 9 is deleted."
func comparisonInstructions(text string) []comparisonRow {
	var out []comparisonRow
	ref, before, after := -1, -1, -1
	eachTableRow(text, func(cells []string) bool {
		ref, before, after = -1, -1, -1
		for i, h := range cells {
			switch {
			case reBeforeCol.MatchString(h):
				before = i
			case reAfterCol.MatchString(h):
				after = i
			case reProvisionCol.MatchString(h) && ref < 0:
				ref = i
			}
		}
		return ref >= 0 && before >= 0 && after >= 0
	}, func(cells []string) {
		if max(ref, before, after) >= len(cells) {
			return
		}
		label := strings.TrimSpace(cells[ref])
		target := label
		if !reCivilRef.MatchString(target) && !reDigitStart.MatchString(target) {
			return
		}
		if !reCivilRef.MatchString(target) {
			target = "Section " + target
		}
		row := comparisonRow{label: label, number: reDigitStart.FindString(label)}
		old, now := strings.TrimSpace(cells[before]), strings.TrimSpace(cells[after])
		oq, nq := quotedRe.FindStringSubmatch(old), quotedRe.FindStringSubmatch(now)
		switch {
		case isDeletedMark(now) && oq == nil:
			row.instruction = target + " is deleted."
		case isDeletedMark(now):
			row.instruction = "In " + target + ", the words \"" + oq[1] + "\" are deleted."
		case oq != nil && nq != nil:
			row.instruction = "In " + target + ", the words \"" + oq[1] + "\" are replaced by the words \"" + nq[1] + "\"."
			if row.number != "" {
				row.old, row.now = oq[1], nq[1]
			}
		case oq == nil && nq != nil:
			row.instruction = target + " is replaced by the following: \"" + nq[1] + "\""
		case oq == nil && nq == nil && now != "" && !reNoText.MatchString(now):
			// "§5.2 PT Cancellation | Customer may cancel … | Customer
			// may cancel … only where both …": the new text is the
			// section's whole wording
			row.instruction = target + " is replaced by the following: \"" + now + "\""
		default:
			return
		}
		out = append(out, row)
	})
	return out
}

// comparisonRow is a row of a comparison table: the instruction it
// gives, and, for a numbered clause whose words it replaces, its old and
// new wording.
type comparisonRow struct {
	instruction string
	label       string // the row's provision cell: "1.1 (Commitment Period)"
	number      string // its clause number: "1.1"
	old, now    string
}

// wholeProvision: s is one or more whole sentences ("Customer may cancel
// … notice."), not words of one ("sixty (60) days").
func wholeProvision(s string) bool {
	s = strings.TrimSpace(s)
	n := len(strings.Fields(s))
	if n < 4 || !strings.HasSuffix(s, ".") || n < 8 && !reFiniteVerb.MatchString(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// withStatedRows is a clause's text with its table lines (tab-separated)
// replaced by the provisions its comparison rows state in full.
func withStatedRows(text string, stated []string) string {
	var keep []string
	for _, ln := range strings.Split(text, "\n") {
		if !strings.Contains(ln, "\t") {
			keep = append(keep, ln)
		}
	}
	return strings.TrimSpace(strings.Join(append(keep, stated...), "\n"))
}

// eachTableRow walks the tables of a text (lines of tab-separated cells):
// each line is offered to header until header takes one, and every line of
// that table after it goes to row.
func eachTableRow(text string, header func(cells []string) bool, row func(cells []string)) {
	if !strings.Contains(text, "\t") {
		return // (no table, the cheap test first)
	}
	taken := false
	for _, ln := range strings.Split(text, "\n") {
		if !strings.Contains(ln, "\t") {
			taken = false
			continue
		}
		cells := strings.Split(ln, "\t")
		if !taken {
			taken = header(cells)
			continue
		}
		row(cells)
	}
}

// changeTableInstructions reads a table of changes whose rows name the
// clause in one column and give the change without it in another ("Item |
// Clause | Change | Status" with a row "1 | 3.2 and Appendix 1 | "16 %" is
// replaced with "18,5 %". | Accepted"): the instruction each row gives to
// each clause it names, but for rows its status column holds back.
func changeTableInstructions(text string) []string {
	var out []string
	ref, change, status := -1, -1, -1
	eachTableRow(text, func(cells []string) bool {
		ref, change, status = -1, -1, -1
		weak := -1 // "Item", "Ref": the row's own number, unless no column names a clause
		for i, h := range cells {
			switch {
			case reChangeCol.MatchString(h) && change < 0:
				change = i
			case reChangeStatusCol.MatchString(h) && status < 0:
				status = i
			case reClauseCol.MatchString(h) && ref < 0:
				ref = i
			case reProvisionCol.MatchString(h) && weak < 0:
				weak = i
			}
		}
		if ref < 0 {
			ref = weak
		}
		return ref >= 0 && change >= 0
	}, func(cells []string) {
		if max(ref, change, status) >= len(cells) {
			return
		}
		if status >= 0 && reHeldDecision.MatchString(strings.TrimSpace(cells[status])) {
			return
		}
		what := strings.TrimSpace(cells[change])
		if !reBareChange.MatchString(what) {
			return // ("Clause 7.2 is deleted and replaced …" names its clause itself, read as text)
		}
		for _, target := range reTargetSplit.Split(strings.TrimSpace(cells[ref]), -1) {
			target = strings.TrimSpace(target)
			if reDigitStart.MatchString(target) {
				target = "Section " + target
			}
			if target != "" {
				out = append(out, "In "+target+", "+what)
			}
		}
	})
	return out
}

var (
	// the columns of a table of changes: the change itself and its status
	reChangeCol       = lazyre.New(`(?i)^\W*(?:change|amendment|instruction|variation|description\s+of\s+(?:the\s+)?change)\W*$`)
	reClauseCol       = lazyre.New(`(?i)^\W*(?:clauses?|sections?|articles?|provisions?|paragraphs?)\.?\W*$`)
	reChangeStatusCol = lazyre.New(`(?i)^\W*(?:status|decision|outcome|agreed\??)\W*$`)
	// reHeldDecision: a status that holds a change back.
	reHeldDecision = lazyre.New(`(?i)^\W*(?:not\s+(?:accepted|agreed|approved)|rejected|declined|refused|withdrawn|pending|open|deferred|no)\b`)
	// reBareChange: a change stated without its clause ("\"16 %\" is
	// replaced with \"18,5 %\"").
	reBareChange = lazyre.New(`(?i)^["“][^"”]{1,200}["”]\s+(?:is|are|shall\s+be)\s+(?:hereby\s+)?(?:replaced|deleted|substituted)\b`)
	// reTargetSplit: the clauses a cell names ("3.2 and Appendix 1, line 1").
	reTargetSplit = lazyre.New(`\s+and\s+|;\s*`)
)

var (
	// the columns of a comparison table: the provision, its words before
	// and after the amendment
	reBeforeCol    = lazyre.New(`(?i)^\W*(?:before(?:\s+(?:the\s+)?amendment)?|current(?:\s+(?:text|wording))?|existing(?:\s+(?:text|wording))?|original(?:\s+(?:text|wording))?|old(?:\s+(?:text|wording))?)\W*$`)
	reAfterCol     = lazyre.New(`(?i)^\W*(?:after(?:\s+(?:the\s+)?amendment)?|amended(?:\s+(?:text|wording))?|new(?:\s+(?:text|wording))?|revised(?:\s+(?:text|wording))?|as\s+amended)\W*$`)
	reProvisionCol = lazyre.New(`(?i)^\W*(?:provision|article|section|clause|paragraph|item|reference|ref)\.?\W*$`)
	reDigitStart   = lazyre.New(`^\d{1,3}(?:\.\d{1,3})*\b`)
)

// reNoText: a cell that holds no text of a section ("(none)", "—",
// "n/a").
var reNoText = lazyre.New(`(?i)^\W*(?:none|n/?a|not\s+applicable|-+|—|–)?\W*$`)

// isDeletedMark: a cell that says the provision is gone ("[Deleted]",
// "Deleted.", "(deleted)").
func isDeletedMark(s string) bool { return reDeletedMark.MatchString(s) }

var reDeletedMark = lazyre.New(`(?i)^\W*(?:deleted|omitted|removed|repealed|intentionally\s+omitted)\W*$`)

// withoutReviewNotes drops a reviewer's rated notes from a clause's text
// ("[[ R-8 | RED ]] … Recommend we delete it.") and the rows of a table
// rated down a column: advice on the text, which amends nothing.
func withoutReviewNotes(text string) string {
	lines := strings.Split(text, "\n")
	keep := make([]string, 0, len(lines))
	for i := 0; i < len(lines); i++ {
		if strings.Contains(lines[i], "\t") {
			j := i
			var rows [][]string
			for j < len(lines) && strings.Contains(lines[j], "\t") {
				rows = append(rows, strings.Split(lines[j], "\t"))
				j++
			}
			if !ratedColumn(rows[min(1, len(rows)-1):]) {
				keep = append(keep, lines[i:j]...)
			}
			i = j - 1
			continue
		}
		if !reRatedNote.MatchString(strings.TrimSpace(lines[i])) {
			keep = append(keep, lines[i])
		}
	}
	if len(keep) == len(lines) {
		return text
	}
	return strings.Join(keep, "\n")
}

// reDisapply: a sentence that switches a numbered clause off for the whole
// document ("§6.3 of the Master Terms does not apply to this Order Form.",
// "Clause 9 shall not apply."); not one that narrows its scope ("Section 5
// does not apply to Provisioned Throughput").
//
// A tender's reservation refused by the award letter is switched off the
// same way ("The Supplier's reservation in answer K4.3 is not accepted and
// does not form part of the Contract.").
var reDisapply = lazyre.New(`(?i)^\W{0,3}(?:(?:§|section|clause|article|paragraph)\s*)(\d{1,3}(?:\.\d{1,3})*(?:\([a-z0-9]{1,4}\))?)(?:\s+of\s+(?:the\s+)?[\w\s-]{1,40}?)?(?:\s*\([^()]{1,60}\))?\s+(?:does|shall|will)\s+not\s+apply(?:\s+to\s+this\s+` + reThisDocument + `)?\s*\.?$` +
	`|(?i)^\W{0,3}(?:the\s+)?(?:[\w'’-]+\s+){0,3}(?:reservation|qualification|deviation|exception|caveat|assumption)s?\s+(?:in|to|at|under)\s+(?:(?:§|section|clause|article|paragraph|item|answer|response|requirement)\s*)([a-z]{0,2}\d{1,3}(?:\.\d{1,3})*(?:\([a-z0-9]{1,4}\))?)(?:\s+of\s+(?:the\s+)?[\w\s-]{1,40}?)?\s+(?:is|are)\s+(?:not\s+accepted|rejected|excluded)(?:\s+and\s+(?:does|do|shall|will)\s+not\s+form\s+part\s+of\s+(?:the|this)\s+` + reThisDocument + `)?\s*\.?$`)

// reThisDocument: the words that name the draft's own document.
const reThisDocument = `(?:[\w-]+\s+){0,2}(?:order\s+form|agreement|addendum|contract|document|schedule|rider|statement\s+of\s+work)`

// disapply reads a sentence that switches a clause off; the clause then
// stands deleted, as by an amendment. It reports whether s was one.
func (rg *Reading) disapply(c *document.Clause, s string, eff map[string]*effective) bool {
	m := reDisapply.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return false
	}
	var ids []string
	for _, id := range rg.byNumber[normNum(m[1]+m[2])] {
		if id != c.ID && rg.parts[id].key != rg.parts[c.ID].key {
			ids = append(ids, id) // the clause of the other part, not one of its own
		}
	}
	if len(ids) != 1 {
		return false
	}
	eff[ids[0]].deleted, eff[ids[0]].amended = true, c.ID
	// ("Paragraph 5 … shall not apply": 5.1 and 5.2 with it, under it or
	// numbered from it in the same part)
	rg.deleteChildren(ids[0], c.ID, eff)
	if n := rg.byID[ids[0]].Number; n != "" {
		for i := range rg.doc.Clauses {
			k := &rg.doc.Clauses[i]
			if strings.HasPrefix(k.Number, n+".") && rg.parts[k.ID].key == rg.parts[ids[0]].key {
				eff[k.ID].deleted, eff[k.ID].amended = true, c.ID
			}
		}
	}
	return true
}

// numberKeys are the numbers a reference may use for a clause: its
// number, its ID, and its ID without the part ("Schedule 2/1.1" → "1.1").
func numberKeys(c *document.Clause) []string {
	keys := []string{normNum(c.Number), normNum(c.ID)}
	if isDigits(c.Number) && strings.HasSuffix(c.ID, "."+c.Number) {
		// a paragraph numbered afresh under its article ("§5." of
		// Article 3), cited "3.5": not "Article 5"
		keys = keys[1:]
	}
	if i := strings.LastIndexByte(c.ID, '/'); i >= 0 {
		keys = append(keys, normNum(c.ID[i+1:]))
	}
	if c.Number == "" {
		// a heading whose label is not at its start ("第V節 模型生命週期 /
		// Section V Model Lifecycle"): the label it gives itself
		if m := reHeadingLabel.FindStringSubmatch(c.Heading); m != nil {
			keys = append(keys, normNum(m[1]))
		}
	}
	return keys
}

// descendantHolding returns the one clause under id whose text in force
// matches re, nil if none or several do.
func (rg *Reading) descendantHolding(id string, re *regexp.Regexp, eff map[string]*effective) *effective {
	var found *effective
	for i := range rg.doc.Clauses {
		k := &rg.doc.Clauses[i]
		if k.ID == id || !isAncestor(rg.byID, id, k.ID) || !re.MatchString(eff[k.ID].text) {
			continue
		}
		if found != nil {
			return nil
		}
		found = eff[k.ID]
	}
	return found
}

// reHeadingLabel: the label of the translation after a bilingual heading's
// other-script title ("第V節 模型生命週期 / Section V Model Lifecycle").
var reHeadingLabel = lazyre.New(`(?i)[^\x00-\x7f]\S*\s*/\s*(?:section|clause|article)\s+([IVXLC]{1,6}|\d{1,3}(?:\.\d{1,3})*)\b`)

func normNum(n string) string {
	n = strings.ToLower(strings.TrimSpace(n))
	n = strings.TrimSuffix(n, ".")
	for _, p := range []string{"section ", "clause ", "paragraph ", "article ", "§"} {
		n = strings.TrimPrefix(n, p)
	}
	n = strings.TrimSuffix(n, " clause") // "SECOND CLAUSE", cited "Clause SECOND"
	return strings.Join(strings.Fields(n), " ")
}

type amendKind int

const (
	amendNone amendKind = iota
	amendDelete
	amendReplace
	amendSubstitute
	amendInsert
)

// reAsAmendedReads: the words after an amendment that set out the amended
// section in full ("As amended, Section 2.1 reads:", "Clause 7 as so
// amended reads as follows:").
var reAsAmendedReads = lazyre.New(`(?i)^\s*(?:as\s+(?:so\s+|hereby\s+)?amended,?\s+(?:(?:section|clause|paragraph|article|§)\s*[\w.()]{1,12}\s+)?|(?:section|clause|paragraph|article|§)\s*[\w.()]{1,12}\s+(?:of\s+[^.:]{1,40}\s+)?,?\s*as\s+(?:so\s+|hereby\s+)?amended,?\s+)(?:now\s+|shall\s+)?read(?:s)?(?:\s+as\s+follows)?\s*:`)

// reHereWording: an instruction whose new words are the draft's own, after
// it or in the part that holds it ("adding the following Paragraphs 2 and
// 3 of this Article", "the wording set out below").
var reHereWording = lazyre.New(`(?i)\b(?:the\s+following|as\s+follows|set\s+out\s+(?:below|hereunder)|of\s+this\s+(?:article|section|clause|paragraph|amendment|deed|schedule|letter|agreement|addendum))\b`)

// instructs reports whether the sentence has an amendment cue of the kind
// that instructs a change. A participle after "as" describes a text already
// changed and changes nothing: "has the meaning given in clause 14.2 of the
// EDP Addendum (as varied by this Deed)", "the Agreement, as amended from
// time to time" ("as hereby amended" still instructs).
func instructs(p *parsed, kind string) bool {
	for _, m := range p.cues[kind] {
		i := m.start - 1
		if i >= 1 && p.toks[i].Kind == rules.Word && p.toks[i].Lower != "hereby" && (p.toks[i].Lower == "further" || p.toks[i].Lower == "previously" || strings.HasSuffix(p.toks[i].Lower, "ly")) {
			i-- // "as further amended", "as previously varied"
		}
		if i >= 0 && p.toks[i].Lower == "as" {
			continue
		}
		if m.start > 0 && m.end < len(p.toks) && upperAt(p.text, p.toks[m.start].Start) && upperAt(p.text, p.toks[m.end].Start) && p.toks[m.end].Kind == rules.Word {
			continue // "Section 2.3 of the Restated Addendum": a name, not the verb
		}
		return true
	}
	return false
}

// upperAt: the text has an upper-case letter at byte i.
func upperAt(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsUpper(r)
}

// amendment reads one sentence; if it is an amendment instruction, it
// applies it to eff.
func (rg *Reading) amendment(c *document.Clause, s, rest string, eff map[string]*effective, byNumber map[string][]string) {
	p := rg.reader.scan(s)
	del, rep, ins := instructs(p, "amend_delete"), instructs(p, "amend_replace"), instructs(p, "amend_insert")
	if !del && !rep && !ins {
		return
	}
	if n := rg.scopeOf(c); n != "" && rg.scopedItem(c, s, n, del, rep, eff) {
		return
	}
	refs := rg.amendRefs(s)
	quotes := quotedRe.FindAllStringSubmatchIndex(s, -1)
	// 'In Pos. 14, column "Agreed", the words "ninety (90) days" are
	// replaced by "eight (8) weeks"': a quoted name before the change is
	// not its words; the change is the pair with the verb between them
	for i := 1; i+1 < len(quotes); i++ {
		if !reVerbBetween.MatchString(s[quotes[0][1]:quotes[1][0]]) && reVerbBetween.MatchString(s[quotes[i][1]:quotes[i+1][0]]) {
			quotes = quotes[i:]
			break
		}
	}
	if len(refs) == 0 && len(quotes) >= 2 && rep {
		// 'the words "three months" are replaced by "two months"' with no
		// section named: the clause that holds the words
		if ids := rg.findText(s[quotes[0][2]:quotes[0][3]], c.ID); len(ids) == 1 {
			refs = []document.Ref{{Text: "", Target: rg.byID[ids[0]].Number, Offset: 0}}
		}
	}
	if len(refs) == 0 && rep && !ins {
		// "The Supplier Response to R-03 is deleted and replaced in its
		// entirety with the following: …": a row of a table named by its
		// label goes, and the new wording is read where it stands
		if rg.replaceRowNamed(s, c, eff) {
			return
		}
	}
	if len(refs) == 0 && (del || rep) {
		// "Standard Term 3.2 is deleted and replaced with: …": a clause
		// named by a label the reference reader does not know
		if r, found, ok := rg.labelledSubject(s, c); ok && found {
			refs = []document.Ref{r}
		} else if ok {
			rg.Notices = append(rg.Notices, fmt.Sprintf("clause %s: an amendment whose section could not be found: %q", c.ID, strings.TrimSpace(s)))
			if concepts := rg.conceptsOf(s + " " + c.Heading); len(concepts) > 0 {
				rg.Unresolved[c.ID] = concepts
			}
			return
		}
	}
	if len(refs) == 0 && del && !rep && !ins && reWholeDeletion.MatchString(s) {
		// "Supplementary Condition SC-7 (Model Retirement Credit) is
		// deleted in its entirety." naming a section the draft's numbers
		// do not find: an instruction, never a term; what it deletes is
		// unknown, so the checks its words name cannot be met
		setInstruction(c, s, eff)
		if rg.deleteLabelled(s, c, eff, byNumber) {
			return
		}
		rg.Notices = append(rg.Notices, fmt.Sprintf("clause %s: a deletion whose section could not be found: %q", c.ID, strings.TrimSpace(s)))
		if concepts := rg.conceptsOf(s + " " + c.Heading); len(concepts) > 0 {
			rg.Unresolved[c.ID] = concepts
		}
		return
	}
	if len(refs) == 0 {
		return
	}
	// The instruction's subject is the section: "Section 5.3 is deleted",
	// "In Clause 4.2, …", "Delete Section 6": a reference must come before
	// the verb, or the sentence must open with the verb.
	firstCue := len(s)
	for _, l := range []string{"amend_delete", "amend_replace", "amend_insert"} {
		for _, m := range p.cues[l] {
			if p.word(m.start) == "new" {
				continue // "A new section 4.4 is added": a noun, not the verb
			}
			if off := p.toks[m.start].Start; off < firstCue {
				firstCue = off
			}
		}
	}
	var targets []document.Ref
	objectDeleted := map[int]bool{} // targets that are the object of "deleting …"
	anchors := map[int]bool{}       // targets that only place a new clause beside them ("after Section 10")
	for i, r := range refs {
		before := s[:min(len(s), r.Offset)]
		if qualifiesAnother(s, refs, r) {
			// "Section S1.12 of Schedule 1 is deleted": the schedule
			// says where the section is; it is not deleted itself
			continue
		}
		if reConditionLead.MatchString(before) || rg.asked(before) {
			// "Do not sign until § 6 (3) is deleted", "we ask for
			// paragraph (3) to be deleted": a condition or a request
			// names the change, it does not make it
			continue
		}
		if reDeleteObject.MatchString(before) {
			objectDeleted[len(targets)] = true
			targets = append(targets, r)
			continue
		}
		if instructionShape(s, r, firstCue) {
			targets = append(targets, r)
		} else if ins && reAnchor.MatchString(before) {
			anchors[len(targets)] = reAnchorWord.MatchString(before) // beside it, not into it
			targets = append(targets, r)
		}
		_ = i
	}
	// "Paragraph 4.2 of Schedule 2 is deleted": of the clauses numbered
	// 4.2, the one in Schedule 2; "In Schedule III, paragraph 2, the row …
	// is deleted": the part named just before the number, a comma between
	for i, t := range targets {
		inPart := func(named string) {
			keys := rg.partsNamed(named, rg.partKeys(), c)
			var in []string
			for _, id := range byNumber[normNum(t.Target)] {
				if containsStr(keys, rg.parts[id].key) {
					in = append(in, id)
				}
			}
			if len(in) == 1 {
				targets[i].Target = in[0]
			}
		}
		for _, q := range refs {
			end := t.Offset + len(t.Text)
			if q.Offset <= t.Offset || end > q.Offset || q.Offset > len(s) || !reOfQualifier.MatchString(s[end:q.Offset]) {
				continue
			}
			inPart(q.Text)
		}
		if m := reNamedThenComma.FindStringSubmatch(s[:min(t.Offset, len(s))]); m != nil && partWords[extract.PartWord(m[1])] && len(byNumber[normNum(t.Target)]) > 1 {
			inPart(m[0])
		}
	}
	// "Sections 9.01 and 9.02 are deleted": the references listed with a
	// target are targets too
	for changed := true; changed; {
		changed = false
		for i := len(refs) - 2; i >= 0; i-- {
			r, next := refs[i], refs[i+1]
			if slices.ContainsFunc(targets, func(t document.Ref) bool { return t.Offset == r.Offset }) ||
				!slices.ContainsFunc(targets, func(t document.Ref) bool { return t.Offset == next.Offset }) {
				continue
			}
			if end := r.Offset + len(r.Text); end <= next.Offset && reListJoin.MatchString(s[end:next.Offset]) {
				targets = append(targets, r)
				changed = true
			}
		}
		// "Delete clauses 5.1, 5.2 and 5.3": after the verb, the
		// references listed after a target are targets too
		for i := 0; i+1 < len(refs); i++ {
			r, next := refs[i], refs[i+1]
			if r.Offset < firstCue || slices.ContainsFunc(targets, func(t document.Ref) bool { return t.Offset == next.Offset }) ||
				!slices.ContainsFunc(targets, func(t document.Ref) bool { return t.Offset == r.Offset }) {
				continue
			}
			if end := r.Offset + len(r.Text); end <= next.Offset && reListJoin.MatchString(s[end:next.Offset]) {
				if objectDeleted[slices.IndexFunc(targets, func(t document.Ref) bool { return t.Offset == r.Offset })] {
					objectDeleted[len(targets)] = true // ("deleting clauses 5.1 and 5.2")
				}
				targets = append(targets, next)
				changed = true
			}
		}
	}
	if len(targets) == 0 {
		return
	}
	kind := amendNone
	var oldText, newText string
	// a verb between two quoted passages: 'replace "ninety (90)" with
	// "sixty (60)"', '"ninety" is replaced by "sixty"'; a colon before the
	// first quote introduces a whole new wording instead
	// ('Clause 6.3, which read "…", is deleted and replaced with: "…"':
	// the first quote says what the clause read, the second replaces it)
	between := len(quotes) >= 2 && reVerbBetween.MatchString(s[quotes[0][1]:quotes[1][0]]) &&
		!strings.Contains(s[colonFrom(s, targets, quotes[0][0]):quotes[0][0]], ":") &&
		!reWhichRead.MatchString(s[max(0, quotes[0][0]-40):quotes[0][0]])
	anchorFirst, anchorSecond := false, false
	if ins && len(quotes) >= 2 {
		// 'after "the last 3 months." insert "AWS will also credit …"',
		// 'insert "…" after "…"': an insertion at a place in the words
		anchorFirst = reAnchorWord.MatchString(s[max(0, quotes[0][0]-24):quotes[0][0]])
		anchorSecond = reAnchorWord.MatchString(s[max(quotes[0][1], quotes[1][0]-24):quotes[1][0]])
	}
	switch {
	case anchorFirst || anchorSecond:
		kind = amendSubstitute
		a, n := quotes[0], quotes[1]
		if anchorSecond && !anchorFirst {
			a, n = quotes[1], quotes[0]
		}
		oldText = s[a[2]:a[3]]
		if m := reAnchorWord.FindStringSubmatch(s[max(0, a[0]-24):a[0]]); m != nil && strings.EqualFold(m[1], "before") {
			newText = s[n[2]:n[3]] + " " + oldText
		} else {
			newText = oldText + " " + s[n[2]:n[3]]
		}
	case between && (rep || del && ins):
		kind = amendSubstitute
		oldText, newText = s[quotes[0][2]:quotes[0][3]], s[quotes[1][2]:quotes[1][3]]
	case ins && !del:
		kind = amendInsert
		newText = newWording(s, rest, quotes)
	case del && len(quotes) == 1 && reDeleteQuoted.MatchString(s):
		// "Section 6.1 is amended by deleting the words ", except for …"":
		// the words go, nothing comes in their place
		kind = amendSubstitute
		oldText = s[quotes[0][2]:quotes[0][3]]
	case rep:
		kind = amendReplace
		newText = newWording(s, rest, quotes)
	case del:
		kind = amendDelete
		if len(quotes) == 1 {
			// 'delete the words "and retrain"'
			kind = amendSubstitute
			oldText = s[quotes[0][2]:quotes[0][3]]
		}
	}
	if len(objectDeleted) > 0 {
		kind = amendDelete // "amended by deleting item 5.2"
	}
	if m := reSentenceDel.FindStringSubmatch(s); m != nil && len(objectDeleted) == 0 {
		// "Section B4 is amended by deleting its second sentence and
		// adding: '…'": the sentence goes, the new words are added
		if rg.deleteSentence(targets, c, byNumber, eff, m[1], newWording(s, rest, quotes), ins) {
			eff[c.ID].instruction = true
			return
		}
	}
	if kind == amendNone {
		return
	}
	if kind == amendInsert && strings.TrimSpace(newText) == "" && !strings.HasSuffix(strings.TrimSpace(s), ":") && rg.childText(c) == "" {
		// "… applied to every model listed in Schedule 1 and to any model
		// added during the Term": an insertion that quotes no words and
		// leads into none inserts nothing; the word describes, it does not
		// instruct
		return
	}
	if kind == amendInsert && newText == "" && strings.HasSuffix(strings.TrimSpace(s), ":") && !rg.anyTarget(targets, c, byNumber) {
		// "New Section 8 (Custom Model Import) is inserted:" with the new
		// clauses after it and no section 8 here: they are read where they
		// stand, as for a replacement whose wording follows
		return
	}
	if kind == amendReplace && newText == "" {
		// "Schedule B is amended as follows:" over items that are
		// instructions themselves ("(a) In Section 3.2, … is replaced
		// …"): the items make the changes, the lead-in none
		if rg.childrenInstruct(c) {
			return
		}
		// "Section 5.3 is amended as set out below" with the new wording in
		// the sub-clauses: those are read as they stand.
		newText = rg.childText(c)
		if newText == "" && strings.HasSuffix(strings.TrimSpace(s), ":") && rg.targetBefore(targets, c, byNumber) {
			// "Section 3 is deleted in its entirety and replaced with the
			// following:" with the new wording in the clauses after it
			// (quoted, numbered as the section's own): the old section
			// goes, the new wording is read where it stands
			kind = amendDelete
		} else if newText == "" {
			if strings.HasSuffix(strings.TrimSpace(s), ":") {
				// "Section 9 of the Addendum (…), under which AWS committed
				// to 99.9% …, is deleted in its entirety and replaced with:"
				// over the new wording: an instruction, never a term, and
				// what it says the old section held is no term either
				setInstruction(c, s, eff)
			}
			return
		} else if !rg.anyTarget(targets, c, byNumber) {
			// "Paragraph 5 (…) is replaced with:" over the new wording,
			// and no paragraph 5 here (a side letter amending another):
			// the new wording is read where it stands, as the draft's own
			setInstruction(c, s, eff)
			return
		} else {
			rg.markChildrenConsumed(c, eff)
		}
	}
	if kind == amendInsert && len(anchors) > 0 {
		// "The following new Section 10A is inserted after Section 10:
		// "10A. …"": a clause of its own, read where the instruction
		// quotes it, not words added to Section 10; unless the new number
		// is one the draft has
		var named []document.Ref
		for i, r := range targets {
			if !anchors[i] {
				named = append(named, r)
			}
		}
		if len(named) > 0 && !rg.anyTarget(named, c, byNumber) {
			targets = named
		}
	}
	applied := false
	if len(objectDeleted) > 0 {
		// "Item 5 is amended by deleting item 5.2": the deletion is the change
		var objs []document.Ref
		for i, r := range targets {
			if objectDeleted[i] {
				objs = append(objs, r)
			}
		}
		targets = objs
	}
	for _, r := range targets {
		ids := rg.targetIDs(r, c, byNumber)
		if len(ids) == 0 && kind == amendInsert && r.In == "" {
			// "A new section 4.4 is added": it joins section 4; "A new
			// § 8(5) is inserted": it joins § 8
			if m := reSubParagraph.FindStringSubmatch(normNum(r.Target)); m != nil {
				if parent := byNumber[m[1]]; len(parent) == 1 {
					ids = parent
				}
			} else if i := strings.LastIndexByte(normNum(r.Target), '.'); i > 0 {
				if parent := byNumber[normNum(r.Target)[:i]]; len(parent) == 1 {
					ids = parent
				}
			}
		}
		if r.In != "" {
			// "Clause 6 of the Addendum": a clause of another document,
			// here only where the draft reproduces that document (a part
			// headed "Addendum as amended …"), never the draft's own 6
			ids = rg.withinDocument(byNumber[normNum(r.Target)], r.In, docName(s, r))
			if q := rg.quotedAsItReads(r.Target, c, eff); q != "" && !slices.Contains(ids, q) {
				// "Clause 4.3 of the Addendum presently reads as follows:
				// "4.3 …"", then "Clause 4.3 of the Addendum is hereby
				// deleted": the quotation is that clause here, not the
				// draft's own 4.3
				ids = []string{q}
			}
		}
		if len(ids) == 0 && kind == amendSubstitute {
			// "in clause 11.1 of the Original Addendum (as replaced by
			// clause 3.5 of this deed) the words …", "SECTION 5.2. In the
			// table in Section 5.2 of the Addendum (as restated by Amendment
			// No. 1) …": the one clause here that restates the section and
			// holds the words ("25%" may also be a discount elsewhere)
			var found []string
			for _, id := range rg.findText(oldText, c.ID) {
				if restates(eff[id].text, r.Target) {
					found = append(found, id)
				}
			}
			if len(found) == 1 {
				ids = found
			}
		}
		if kind == amendSubstitute {
			// several clauses share the number (the versions of a term
			// sheet in a thread): the latest before the instruction that
			// holds the words
			if held := rg.latestHolding(byNumber[normNum(r.Target)], oldText, c); held != "" {
				ids = []string{held}
			}
			// "Row B.4 is amended by replacing …": a row of a table is no
			// clause; the one clause that holds the words is the target
			// and so is "Section 4.1" where 4.1 labels a row of the table
			// that holds the words
			if len(ids) == 0 {
				if found := rg.findText(oldText, c.ID); len(found) == 1 && (reRowRef.MatchString(r.Text) || hasRowLabelled(rg.byID[found[0]].Text, r.Target)) {
					ids = found
				}
			}
			// "(new § 12 (2))": a paragraph an earlier amendment added to
			// § 12, which holds it among its added words
			if m := reSubParagraph.FindStringSubmatch(normNum(r.Target)); len(ids) == 0 && m != nil {
				re := looseRe(oldText)
				for _, id := range byNumber[m[1]] {
					for _, x := range eff[id].extra {
						if re.MatchString(x) {
							ids = append(ids, id)
							break
						}
					}
				}
			}
		}
		if len(ids) == 0 && kind != amendNone && rg.amendRestated(r.Target, kind, oldText, newText, c, eff) {
			applied = true
			continue
		}
		for _, id := range ids {
			if id == c.ID || isAncestor(rg.byID, id, c.ID) {
				continue
			}
			t := eff[id]
			switch kind {
			case amendDelete:
				t.deleted = true
				t.amended = c.ID
				rg.deleteChildren(id, c.ID, eff)
				applied = true
			case amendReplace:
				t.text = newText
				t.amended = c.ID
				t.deleted = false
				rg.deleteChildren(id, c.ID, eff)
				applied = true
			case amendInsert:
				t.extra = append(t.extra, newText)
				t.amended = c.ID
				applied = true
			case amendSubstitute:
				re := looseRe(oldText)
				loc := re.FindStringIndex(t.text)
				if loc == nil {
					// words an earlier amendment added to the clause
					for i, x := range t.extra {
						if l := re.FindStringIndex(x); l != nil {
							t.extra[i] = x[:l[0]] + newText + x[l[1]:]
							t.amended = c.ID
							applied = true
							break
						}
					}
					if applied {
						continue
					}
				}
				if loc == nil {
					// "In paragraph (a) of Section VII, the words …": the
					// one sub-clause of the section that holds them
					if d := rg.descendantHolding(id, re, eff); d != nil {
						t, loc = d, re.FindStringIndex(d.text)
					}
				}
				if loc == nil {
					continue
				}
				t.text = t.text[:loc[0]] + newText + t.text[loc[1]:]
				t.amended = c.ID
				applied = true
			}
		}
	}
	if applied {
		eff[c.ID].instruction = eff[c.ID].instruction || sentenceIsWhole(c.Text, s)
		if !eff[c.ID].instruction {
			eff[c.ID].text = strings.Replace(eff[c.ID].text, s, "", 1)
		}
		return
	}
	// Not applied. A whole new wording stands on its own (a side letter
	// restating a clause of an agreement it does not contain): it is read
	// where it stands. A word-level change, a deletion or an insertion
	// into a clause that is not here cannot be applied.
	if kind == amendReplace && newText != "" && len(targets) == 1 {
		// "Row 7.3 (Cancellation of PT commitments) is deleted and
		// replaced with the following: "7.3 …"": the row so labelled goes,
		// and its new wording is read where it stands, below
		rg.deleteRow(targets[0].Target, c, eff)
	}
	if (kind == amendReplace || kind == amendInsert) && newText != "" {
		// the new wording is read as the clause's own words, sentence
		// by sentence: "…replaced with: "10.2 AWS will make … 99.9% …
		// Service credits … are set out in Schedule 3 of the Addendum."":
		// the figure is a term here, the credits are elsewhere
		text := eff[c.ID].text
		if i := strings.Index(text, s); i >= 0 && !strings.Contains(s, newText) && strings.Contains(text[i:], newText) {
			// a quoted wording that runs past the instruction's sentence
			j := i + strings.Index(text[i:], newText) + len(newText)
			eff[c.ID].text = text[:i] + strings.TrimSpace(newText) + strings.TrimLeft(text[j:], `"”`)
			if m := reLeadNumber.FindStringSubmatch(newText); m != nil {
				if k := normNum(m[1]); !slices.Contains(byNumber[k], c.ID) {
					byNumber[k] = append(byNumber[k], c.ID)
				}
			}
		} else if strings.Contains(s, newText) && len(strings.TrimSpace(newText)) > 0 {
			eff[c.ID].text = strings.Replace(eff[c.ID].text, s, strings.TrimSpace(newText), 1)
			// the number the new wording gives itself ("4.1 Kestrel
			// commits …") is a clause of the draft now: "the commitment
			// in clause 4.1" finds it here
			if m := reLeadNumber.FindStringSubmatch(newText); m != nil {
				if k := normNum(m[1]); !slices.Contains(byNumber[k], c.ID) {
					byNumber[k] = append(byNumber[k], c.ID)
				}
			}
		}
		return
	}
	if kind == amendSubstitute && !meaningful(oldText) && !meaningful(newText) {
		return // punctuation and joining words only: nothing of substance changes
	}
	if kind == amendSubstitute && rg.findText(oldText, c.ID) == nil && reOtherDocOf.MatchString(s[min(len(s), targets[0].Offset+len(targets[0].Text)):]) {
		// "Clause 4.1 of the EDP Schedule is amended by replacing …" with
		// words no clause here holds: a clause of another document, which
		// changes nothing in this draft
		rg.Notices = append(rg.Notices, fmt.Sprintf("clause %s: amendment of %s%s is read as an amendment of another document: no clause here holds the words it replaces", c.ID, targets[0].Text, reOtherDocOf.FindString(s[targets[0].Offset+len(targets[0].Text):])))
		eff[c.ID].instruction = true
		return
	}
	var ids []string
	if r := targets[0]; r.In != "" {
		// (a clause of another document: the draft's own clause of that
		// number is not it, as above)
		ids = rg.withinDocument(byNumber[normNum(r.Target)], r.In, docName(s, r))
	} else {
		ids = rg.targetIDs(r, c, byNumber)
	}
	if kind == amendDelete && len(ids) == 0 {
		// (the instruction is no row of a table: a row of its own
		// clause's table may go too)
		i := strings.Index(c.Text, s)
		own := i >= 0 && !strings.Contains(lineAt(c.Text, i), "\t")
		if rg.deleteRowOf(targets[0].Target, c, eff, own) {
			// "Pos. 19 is deleted": a row of a table so labelled; a note
			// under the clause's own table goes, the rest of the clause
			// stands
			if own && strings.Contains(c.Text, "\t") {
				eff[c.ID].text = strings.Replace(eff[c.ID].text, s, "", 1)
			} else {
				eff[c.ID].instruction = true
			}
			return
		}
	}
	target := targets[0].Text
	if kind == amendSubstitute && len(ids) > 0 && meaningful(newText) && !strings.Contains(newText, oldText) && slices.ContainsFunc(ids, func(id string) bool {
		return eff[id] != nil && strings.Contains(normSpace(eff[id].text), normSpace(newText)) && !strings.Contains(normSpace(eff[id].text), normSpace(oldText))
	}) {
		// "In Section 2.3, "twenty per cent (20%)" is replaced with
		// "twenty-four per cent (24%)"" where the conformed Section 2.3
		// attached already reads "twenty-four per cent (24%)": the change
		// is there already
		setInstruction(c, s, eff)
		return
	}
	if other := rg.amendmentsTo(c); len(ids) == 0 && other != "" && !rg.titled(strings.ToLower(other)) && !rg.headedOutsideAmendments(strings.ToLower(other)) {
		// "In clause 9.1 (Service Levels), after the words … insert …"
		// under "SCHEDULE 1 - AMENDMENTS TO THE EDP ADDENDUM", and no
		// clause 9.1 here: a clause of the document the schedule amends,
		// which is not in the draft (no title or heading here names
		// it); nothing in this draft changes
		rg.Notices = append(rg.Notices, fmt.Sprintf("clause %s: amendment of %s is read as an amendment of the %s, which the draft does not contain", c.ID, target, other))
		setInstruction(c, s, eff)
		return
	}
	if kind != amendDelete && reAsAmendedReads.MatchString(headOfText(rest, 300)) {
		// "Amendment No. 3, Section 2.1 is amended by replacing "fifteen
		// percent (15%)" with "eighteen percent (18%)". As amended,
		// Section 2.1 reads: "2.1 … eighteen percent (18%) below …"": the
		// clause states the section as it now reads, and that wording is
		// its term; nothing in force is unknown
		setInstruction(c, s, eff)
		return
	}
	rg.Notices = append(rg.Notices, fmt.Sprintf("clause %s: amendment of %s could not be applied: %s", c.ID, target, amendWhy(kind, ids)))
	if kind == amendDelete && len(ids) == 0 {
		// deleting a section the draft does not contain leaves the draft
		// as it reads: nothing in force is unknown. The sentence is an
		// instruction, the rest of its clause still the clause's terms
		// ("Al. 3. Art. 7 al. 4 of the Framework Agreement … is repealed"
		// among the paragraphs of Art. 4)
		setInstruction(c, s, eff)
		return
	}
	if kind == amendInsert && len(ids) == 0 && reHereWording.MatchString(s) {
		// "Section 50.6.2 of the Service Terms is amended by adding the
		// following Paragraphs 2 and 3 of this Article at the end": words
		// added to a section the draft does not hold take nothing away,
		// and the words added are the draft's own, read where they stand
		eff[c.ID].instruction = true
		return
	}
	// the checks that depend on it: those of the clause it targets, when
	// that is here; else those its own words and heading name; else all
	var about string
	for _, id := range ids {
		about += " " + rg.byID[id].Text + " " + rg.headings(rg.byID[id])
	}
	if m := reTargetCaption.FindStringSubmatch(s); m != nil && about == "" {
		// "In Clause 15.3 (Invoicing), the words … are replaced": the
		// caption says what the missing clause is about, and only that
		// can be unknown
		if concepts := rg.conceptsOf(m[1]); len(concepts) > 0 {
			rg.Unresolved[c.ID] = concepts
		}
		eff[c.ID].instruction = true
		return
	}
	if kind == amendSubstitute && about == "" && meaningful(oldText) {
		// words replaced in a section that is not here: only a clause
		// that holds the words could be the one meant ("In clause 5.6,
		// "thirty (30) days" is replaced …" where 5.3 reads "thirty (30)
		// days"); where no clause holds them, no text of the draft
		// changes and nothing in force is unknown
		holders := rg.findText(oldText, c.ID)
		if len(holders) == 0 {
			eff[c.ID].instruction = true
			return
		}
		for _, id := range holders {
			about += " " + rg.byID[id].Text + " " + rg.headings(rg.byID[id])
		}
	}
	concepts := rg.conceptsOf(about + " " + s + " " + c.Heading)
	if len(concepts) == 0 {
		concepts = []string{"*"}
	}
	rg.Unresolved[c.ID] = concepts
	// the sentence is the instruction; the clause's other sentences ("2.4
	// The Bedrock Commitment runs for the same period as the EDP Term."
	// over the next instruction that ran into it) are still its terms
	setInstruction(c, s, eff)
}

// reTargetCaption: the caption an instruction gives the clause it amends
// ("Clause 6.5 (Usage Reporting)").
var reTargetCaption = lazyre.New(`(?i)(?:\b(?:clause|section|article|paragraph)\s+|§\s*)\d{1,3}(?:\.\d{1,3})*[a-z]?\s*\(([^()]{2,60})\)`)

func amendWhy(k amendKind, ids []string) string {
	if len(ids) == 0 {
		return "that section is not in the draft"
	}
	if k == amendSubstitute {
		return "the words it replaces are not in that section"
	}
	return "it cannot be read"
}

// setInstruction marks sentence s of clause c as an instruction, never a
// term: the whole clause where s is (nearly) all of it, else s is taken
// out of the clause's text in force and the rest stays its terms.
func setInstruction(c *document.Clause, s string, eff map[string]*effective) {
	if sentenceIsWhole(c.Text, s) {
		eff[c.ID].instruction = true
	} else {
		eff[c.ID].text = strings.Replace(eff[c.ID].text, s, "", 1)
	}
}

// sentenceIsWhole reports whether s is (nearly) the clause's whole text.
func sentenceIsWhole(text, s string) bool {
	return len(strings.TrimSpace(text)) <= len(s)+40
}

// newWording is the replacement text of an instruction: the quoted
// passage (the longest if several), or what follows a colon.
func newWording(s, rest string, quotes [][]int) string {
	if i := strings.Index(s, ":"); i >= 0 && strings.TrimSpace(rest) != "" {
		// the quote opened after the colon closes in a later sentence
		// ('inserted after Section 10: "10A. GUARDRAILS PRICING 10A.1 …
		// SGD 0.09"'): the wording runs to the clause's last quote mark
		t := strings.TrimSpace(s[i+1:])
		if strings.HasPrefix(t, `"`) || strings.HasPrefix(t, "“") {
			if n := strings.Count(t, `"`) + strings.Count(t, "“") + strings.Count(t, "”"); n%2 == 1 {
				t += rest
				if j := strings.LastIndexAny(t, "\"”"); j > 0 {
					return strings.TrimSpace(strings.TrimLeft(t[:j], "\"“"))
				}
			}
		}
	}
	if i := strings.Index(s, ":"); i >= 0 && len(quotes) > 0 && i < quotes[0][0] {
		// 'is replaced by: "6.1 PT is provided on an "as available" basis …"'
		t := strings.TrimSpace(s[i+1:])
		t = strings.TrimSuffix(strings.TrimPrefix(t, "“"), "”")
		// one layer of quotes: the wording's own quotes stay (':
		// ""Interaction Records" means …;"' defines a term)
		if strings.HasPrefix(t, `"`) {
			t = strings.TrimSuffix(t[1:], `"`)
		}
		if len(t) > 3 {
			return t
		}
	}
	best := ""
	for _, q := range quotes {
		if t := s[q[2]:q[3]]; len(t) > len(best) {
			best = t
		}
	}
	if len(best) > 30 {
		return best
	}
	if i := strings.LastIndex(s, ":"); i >= 0 && i < len(s)-1 {
		t := strings.TrimSpace(s[i+1:])
		t = strings.Trim(t, `"“”`)
		if len(t) > 20 {
			return t
		}
	}
	if strings.HasSuffix(strings.TrimSpace(s), ":") {
		t := strings.TrimSpace(rest)
		t = strings.Trim(t, `"“”`)
		return t
	}
	if i := strings.LastIndex(s, ":"); i >= 0 && reLabelOnly.MatchString(strings.TrimSpace(s[i+1:])) && strings.TrimSpace(rest) != "" {
		// "… replaced with:\nQ10. [Intentionally Omitted]": the sentence
		// stops after the new wording's label; the wording goes on
		return strings.TrimSpace(strings.TrimSpace(s[i+1:]) + " " + strings.Trim(strings.TrimSpace(rest), `"“”`))
	}
	return best
}

// reCorrection: a sentence that corrects a figure of a numbered item:
// "Correction to item 7 …: the notice period is sixty-one (61) days, not
// sixty (60) days".
var reCorrection = lazyre.New(`(?is)^(.*?\bcorrect(?:ion|ed|s)?\b.*?)[:;,]\s+(?:[^:;,]{0,60}?\s)?(?:is|are|should\s+read|reads|shall\s+be)\s+([^,;]{2,60}?),\s+not\s+([^,;]{2,60}?)[.;]?$`)

// reInsteadOf: a change of a numbered item's figure stated as a
// replacement ("(b) Item 9 (PT availability): the monthly availability
// commitment is 99.85% instead of 99.9%").
var reInsteadOf = lazyre.New(`(?is)^(.*?\b(?:item|section|clause|paragraph|point)\s+[\w.()]+.*?)[:;,]\s+(?:[^:;,]{0,80}?\s)?(?:is|are|shall\s+be|becomes?|will\s+be)\s+([^,;]{2,40}?)\s+(?:instead\s+of|rather\s+than|in\s+place\s+of)\s+([^,;]{2,40}?)[.;]?$`)

// correction reads a correction of a figure as the instruction it is ('In
// item 7, "sixty (60) days" is replaced by "sixty-one (61) days".'), ""
// when s is none: one reference before the correction, a figure on each
// side of "not".
func (rg *Reading) correction(s string) string {
	m := reCorrection.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		m = reInsteadOf.FindStringSubmatch(strings.TrimSpace(s))
	}
	if m == nil || len(extract.ReadFacts(m[2])) != 1 || len(extract.ReadFacts(m[3])) != 1 {
		return ""
	}
	if p := rg.reader.scan(s); len(p.cues["proposal"]) > 0 || len(p.cues["rejected"]) > 0 || len(p.cues["open"]) > 0 {
		return "" // "we propose that item 9 is 99.95% instead of 99.9%": asked, not made
	}
	refs := rg.amendRefs(m[1])
	if len(refs) != 1 {
		return ""
	}
	return "In " + refs[0].Text + ", \"" + strings.TrimSpace(m[3]) + "\" is replaced by \"" + strings.TrimSpace(m[2]) + "\"."
}

// reLabelOnly: a clause's label and nothing else ("Q10.", "4.2", "(b)").
var reLabelOnly = lazyre.New(`^\*{0,2}(?:Q ?\d{1,3}|§?\s*\d{1,3}(?:\.\d{1,3})*|\([a-z0-9]{1,4}\))\.?\*{0,2}$`)

func (rg *Reading) childText(c *document.Clause) string {
	var b []string
	for i := range rg.doc.Clauses {
		k := &rg.doc.Clauses[i]
		if isAncestor(rg.byID, c.ID, k.ID) {
			b = append(b, k.Text)
		}
	}
	return strings.Join(b, "\n\n")
}

// childrenInstruct: a clause under c is an amendment instruction of its
// own (an amendment cue and a reference to a section).
func (rg *Reading) childrenInstruct(c *document.Clause) bool {
	for i := range rg.doc.Clauses {
		k := &rg.doc.Clauses[i]
		if !isAncestor(rg.byID, c.ID, k.ID) {
			continue
		}
		p := rg.reader.scan(k.Text)
		if (instructs(p, "amend_delete") || instructs(p, "amend_replace") || instructs(p, "amend_insert")) && len(rg.amendRefs(k.Text)) > 0 {
			return true
		}
	}
	return false
}

func (rg *Reading) markChildrenConsumed(c *document.Clause, eff map[string]*effective) {
	for id, e := range eff {
		if isAncestor(rg.byID, c.ID, id) {
			e.instruction = true
		}
	}
}

func (rg *Reading) deleteChildren(id, by string, eff map[string]*effective) {
	for kid, e := range eff {
		if kid != by && isAncestor(rg.byID, id, kid) && !isAncestor(rg.byID, kid, by) {
			e.deleted = true
			e.amended = by
		}
	}
}

// isAncestor reports whether a is an ancestor of c.
func isAncestor(byID map[string]*document.Clause, a, c string) bool {
	seen := map[string]bool{}
	for k := byID[c]; k != nil && !seen[k.ID]; k = byID[k.ParentID] {
		seen[k.ID] = true
		if k.ParentID == a {
			return true
		}
		if k.ParentID == "" {
			return false
		}
	}
	return false
}

// quotedAsItReads returns the one clause before c that quotes clause n of
// another document as it reads ("Clause 4.3 of the Addendum presently
// reads as follows: "4.3 …""), "" if none or several do.
func (rg *Reading) quotedAsItReads(n string, c *document.Clause, eff map[string]*effective) string {
	found := ""
	for i := range rg.doc.Clauses {
		k := &rg.doc.Clauses[i]
		if k.ID == c.ID {
			break
		}
		t := eff[k.ID].text
		if eff[k.ID].deleted || !reReadsAsFollows.MatchString(t) || !restates(t, n) {
			continue
		}
		if found != "" {
			return ""
		}
		found = k.ID
	}
	return found
}

// reWhichRead: a relative clause that quotes what a clause read before it
// is amended ("Clause 4.2 of the Addendum, which read "…", is deleted").
var reWhichRead = lazyre.New(`(?i)\b(?:which|that)\s+(?:read|reads|provided|provides|stated|states|said|says)(?:\s+as\s+follows)?\s*:?\s*$`)

// reReadsAsFollows: a clause that quotes another as it reads.
// (not "is amended to read as follows", a new wording)
var reReadsAsFollows = lazyre.New(`(?i)\b(?:presently|currently|at\s+present)\s+reads?\b`)

// targetBefore: some target of an instruction is a clause of the draft
// that stands before it (the text amended, not the new wording quoted
// after "replaced with:", which may carry the same number).
func (rg *Reading) targetBefore(targets []document.Ref, c *document.Clause, byNumber map[string][]string) bool {
	for _, r := range targets {
		for _, id := range rg.targetIDs(r, c, byNumber) {
			if rg.indexOf(id) < rg.indexOf(c.ID) {
				return true
			}
		}
	}
	return false
}

// anyTarget: some target of an instruction is a clause of the draft.
func (rg *Reading) anyTarget(targets []document.Ref, c *document.Clause, byNumber map[string][]string) bool {
	for _, r := range targets {
		if len(rg.targetIDs(r, c, byNumber)) > 0 {
			return true
		}
	}
	return false
}

// targetIDs resolves a reference to clause IDs, preferring a clause of the
// body or of the same part as the instruction names ("Section 5.3 of the
// Addendum" in an amendment part means the body's 5.3).
func (rg *Reading) targetIDs(r document.Ref, from *document.Clause, byNumber map[string][]string) []string {
	key := normNum(r.Target)
	ids := byNumber[key]
	if len(ids) == 0 {
		if i := strings.LastIndexByte(key, '.'); i > 0 {
			ids = byNumber[key[:i]+"("+key[i+1:]+")"] // "4.4" written "4(4)"
		} else if m := reParenNumber.FindStringSubmatch(key); m != nil {
			ids = byNumber[m[1]+"."+m[2]] // "Article 6(2)", the paragraph cited "6.2"
		}
	}
	if m := rePartQualified.FindStringSubmatch(strings.ToUpper(key)); len(ids) == 0 && m != nil {
		// "Section B.6.3": clause 6.3 of the part labelled B ("PART B",
		// "SCHEDULE B")
		for _, id := range byNumber[normNum(m[2])] {
			if p := rg.byID[id]; p != nil && partLabel(rg.parts[id].key) == m[1] {
				ids = append(ids, id)
			}
		}
	}
	// a fellow instruction of the same list is not what an instruction
	// amends ("7. Section 5 is deleted" beside "5. In Section 4.3, …")
	ids = slices.DeleteFunc(slices.Clone(ids), func(id string) bool {
		k := rg.byID[id]
		return k != nil && id != from.ID && k.ParentID == from.ParentID && reInstructionText.MatchString(k.Text)
	})
	// the new wording an instruction quotes under it carries the number of
	// the clause it replaces ("Paragraph 5 … is replaced with:" over "> 5.
	// Provisioned Throughput Cancellation. …"): it is not that clause
	ids = slices.DeleteFunc(ids, func(id string) bool { return isAncestor(rg.byID, from.ID, id) })
	if len(ids) == 0 && r.In == "" && reBareNumber.MatchString(key) {
		// "Section 5 is deleted" where the draft has 5.1 and 5.2 but no
		// line of its own for 5 (a heading lost in a table): the section
		// is its numbered sub-clauses
		var subs []string
		for k := range byNumber {
			if rest, ok := strings.CutPrefix(k, key+"."); ok && reBareNumber.MatchString(rest) && !strings.Contains(rest, ".") {
				subs = append(subs, k)
			}
		}
		sort.Strings(subs)
		var out []string
		for _, k := range subs {
			out = append(out, rg.targetIDs(document.Ref{Target: k}, from, byNumber)...)
		}
		return out
	}
	if len(ids) == 0 {
		return nil
	}
	if len(ids) == 1 {
		return ids
	}
	// several clauses share the number: not those of the instruction's own
	// part, first the body's
	own := rg.parts[from.ID].key
	var body, other []string
	for _, id := range ids {
		pk := rg.parts[id].key
		switch {
		case pk == own && own != "":
		case pk == "":
			body = append(body, id)
		default:
			other = append(other, id)
		}
	}
	if len(body) > 0 {
		if own == "" {
			// an instruction in the body amends the document a part
			// reproduces ("SCHEDULE 1 — ADDENDUM AS IN FORCE IMMEDIATELY
			// BEFORE THE RENEWAL DATE"), not the body that amends it
			for _, id := range other {
				if rg.reproduces(id) {
					return []string{id}
				}
			}
		}
		return body[:1]
	}
	if len(other) > 0 {
		sort.Strings(other)
		return other[:1]
	}
	return ids[:1]
}

// reproduces: the clause is in a part that reproduces the document being
// amended: its heading or an ancestor's says so, or the draft does
// ("Schedule 1 reproduces the Addendum as in force …").
func (rg *Reading) reproduces(id string) bool {
	seen := map[string]bool{}
	for k := rg.byID[id]; k != nil && !seen[k.ID]; k = rg.byID[k.ParentID] {
		seen[k.ID] = true
		if reReproduction.MatchString(k.Heading) || k.Kind == document.KindPart && rg.saidToReproduce(k) {
			return true
		}
		if k.ParentID == "" {
			break
		}
	}
	return false
}

// saidToReproduce: a sentence of the draft names the part as a copy of
// another document ("Schedule 1 reproduces the Addendum", "A conformed
// copy of the Addendum is set out in Annex B").
func (rg *Reading) saidToReproduce(part *document.Clause) bool {
	name := strings.ToLower(strings.TrimSpace(part.ID))
	if name == "" {
		return false
	}
	for i := range rg.doc.Clauses {
		t := strings.ToLower(rg.doc.Clauses[i].Text)
		if j := strings.Index(t, name); j >= 0 && len(t) < 4000 {
			window := t[max(0, j-80):min(len(t), j+len(name)+80)]
			if reReproduction.MatchString(window) && (j+len(name) == len(t) || !unicode.IsDigit(rune(t[j+len(name)]))) {
				return true
			}
		}
	}
	return false
}

// reReproduction: words that present a text as a copy of a document in
// force.
var reReproduction = lazyre.New(`(?i)\b(as in force|as amended|conformed|consolidated|reproduc\w*|restated)\b`)

// rePartQualified: a clause number led by its part's letter or number
// ("B.6.3"; "6(2)" or "6.2" for paragraph 2 of an Article 6 whose
// paragraphs are numbered 1, 2, … afresh).
var rePartQualified = lazyre.New(`^([A-Z]|\d{1,3})(?:\.|\()(\d{1,3}(?:\.\d{1,3})*)\)?$`)

// partLabel is the letter or number that ends a part's key ("PART B" → "B").
func partLabel(key string) string {
	f := strings.Fields(key)
	if len(f) < 2 {
		return ""
	}
	return strings.ToUpper(f[len(f)-1])
}

// withinDocument keeps the clauses of ids that sit in a part of the draft
// headed with the named document ("SCHEDULE — ADDENDUM AS AMENDED").
func (rg *Reading) withinDocument(ids []string, name, full string) []string {
	name, full = strings.ToLower(name), strings.ToLower(full)
	var out []string
	if part := rg.partDefinedAs(full); part != "" {
		// "… in the form of Attachment 1 (the "Restated Addendum")", then
		// "Section 2.3 of the Restated Addendum is deleted": the section
		// of that part, whatever else its headings name
		var in []string
		for _, id := range ids {
			seen := map[string]bool{}
			for k := rg.byID[rg.byID[id].ParentID]; k != nil && !seen[k.ID]; k = rg.byID[k.ParentID] {
				seen[k.ID] = true
				if strings.EqualFold(k.ID, part) || strings.EqualFold(k.Number, part) {
					in = append(in, id)
					break
				}
			}
		}
		if len(in) > 0 {
			return in[:1]
		}
	}
	for _, id := range ids {
		seen := map[string]bool{}
		for k := rg.byID[rg.byID[id].ParentID]; k != nil && !seen[k.ID]; k = rg.byID[k.ParentID] {
			seen[k.ID] = true
			if namesItself(strings.ToLower(k.Number+" "+k.Heading), name) && !reAmendmentsTo.MatchString(k.Heading) {
				// (not under "3. Amendments to the Addendum": the
				// amending clauses are no section of the Addendum)
				out = append(out, id)
				break
			}
		}
	}
	if len(out) == 0 && len(ids) > 0 && (rg.titled(full) || rg.headedOutsideAmendments(name)) {
		// the draft is that document ("GENERATIVE AI SERVICES ADDENDUM"
		// with "Amendment No. 1 … amends the Addendum set forth above"),
		// or holds it under a heading of that name ("PART A / CLOUD
		// OUTSOURCING ADDENDUM" then its clauses): its own body, not the
		// amendment's
		for _, id := range ids {
			if rg.parts[id].kind != "amendment" {
				out = append(out, id)
			}
		}
	}
	if len(out) > 1 {
		out = out[:1]
	}
	return out
}

// partDefinedAs is the label of the part of the draft that a document's
// name (lower case) is defined to be ("in the form of Attachment 1 (the
// "Restated Addendum")", "the Restated Addendum set out in Schedule 2"),
// "" if none.
func (rg *Reading) partDefinedAs(name string) string {
	name = strings.TrimSpace(strings.TrimPrefix(name, "the "))
	if name == "" {
		return ""
	}
	return cached(&rg.partDefined, name, rg.findPartDefinedAs)
}

// cached returns (*m)[k], computed by f and kept the first time it is asked
// for (a draft names the same part or title many times).
func cached[V any](m *map[string]V, k string, f func(string) V) V {
	if v, ok := (*m)[k]; ok {
		return v
	}
	v := f(k)
	if *m == nil {
		*m = map[string]V{}
	}
	(*m)[k] = v
	return v
}

func (rg *Reading) findPartDefinedAs(name string) string {
	q := regexp.QuoteMeta(name)
	re := regexp.MustCompile(`(?i)\b` + rePartWord + `[^.;()]{0,30}\(\s*(?:the|this)?\s*["“]?` + q + `["”]?\s*\)` +
		`|\b` + q + `["”]?\)?\s+(?:is\s+|as\s+)?(?:set\s+out|attached|contained|reproduced)\s+(?:in|as|at)\s+` + rePartWord)
	for i := range rg.doc.Clauses {
		if m := re.FindStringSubmatch(rg.doc.Clauses[i].Text); m != nil {
			label := m[1]
			if label == "" {
				label = m[2]
			}
			return strings.Join(strings.Fields(label), " ")
		}
	}
	return ""
}

// rePartWord: a part of the draft by its label ("Attachment 1").
const rePartWord = `((?:attachment|schedule|exhibit|annex|appendix|part)\s+[A-Za-z0-9]{1,4})\b`

// reAmendingTitle: a heading that names a document as the one it amends
// ("AMENDMENT No. 1 TO THE AMAZON BEDROCK ADDENDUM", "Second Variation of
// the Addendum"): the clauses under it are the amendment's, not that
// document's, whatever their numbers.
var reAmendingTitle = lazyre.New(`(?i)\b(?:amendment|variation|supplement|change\s+order)\b.{0,30}\b(?:to|of)\b|^\s*(?:to|of|amending|supplementing)\s`)

// namesItself: a heading or title (lower case) names the document name,
// as itself, not as the document it amends.
func namesItself(h, name string) bool {
	i := strings.Index(h, name)
	return i >= 0 && !reAmendingTitle.MatchString(h[:i])
}

// headedOutsideAmendments reports whether a heading of the draft outside
// its amendments names the document (name in lower case).
func (rg *Reading) headedOutsideAmendments(name string) bool {
	if name == "" {
		return false
	}
	for i := range rg.doc.Clauses {
		c := &rg.doc.Clauses[i]
		if c.Heading != "" && rg.parts[c.ID].kind != "amendment" && !reAmendmentsTo.MatchString(c.Heading) && namesItself(strings.ToLower(c.Heading), name) {
			return true
		}
	}
	return false
}

// amendRestated applies an amendment of section n, which the draft does not
// hold as a clause, to the wording an earlier amendment gave that section:
// "Section 5 of the Addendum is deleted and replaced with: "5. … 5.2 … 5.3
// …"", then "Section 5.3 of the Addendum (as restated by Amendment No. 1)
// is deleted". The latest clause before c whose text restates n holds it,
// from its line to the next line numbered outside n.
func (rg *Reading) amendRestated(n string, kind amendKind, oldText, newText string, c *document.Clause, eff map[string]*effective) bool {
	n = normNum(n)
	if n == "" {
		return false
	}
	holder, start, end := rg.restatedHolder(n, c, eff)
	if holder == nil {
		return false
	}
	t := holder.text
	switch kind {
	case amendDelete:
		holder.text = t[:start] + t[end:]
	case amendReplace:
		holder.text = t[:start] + strings.TrimSpace(newText) + "\n" + t[end:]
	case amendInsert:
		holder.text = t[:end] + strings.TrimSpace(newText) + "\n" + t[end:]
	case amendSubstitute:
		loc := looseRe(oldText).FindStringIndex(t[start:end])
		if loc == nil {
			return false
		}
		holder.text = t[:start+loc[0]] + newText + t[start+loc[1]:]
	default:
		return false
	}
	holder.text = strings.TrimRight(holder.text, "\n")
	holder.amended = c.ID
	return true
}

// reNumberedLine: a line that opens with a section number ("5.3 ", "9. ").
var reNumberedLine = lazyre.New(`(?m)^[ \t"“]*(\d{1,3}(?:\.\d{1,3})*)\.?[ \t]`)

// restatedSpan is the span of section n in a restating text: from the line
// numbered n to the next numbered line that is not part of n (-1 when the
// text has no such line).
func restatedSpan(text, n string) (int, int) {
	start := -1
	for _, m := range reNumberedLine.FindAllStringSubmatchIndex(text, -1) {
		num := text[m[2]:m[3]]
		if start < 0 {
			if num == n && !strings.Contains(lineAt(text, m[0]), "\t") {
				// (a line with cells is a table's row: "Row 7.3 is
				// deleted" is deleteRow's)
				start = m[0]
			}
			continue
		}
		if !strings.HasPrefix(num, n+".") {
			return start, m[0]
		}
	}
	return start, len(text)
}

// restates: the text holds a clause numbered n, quoted as the new
// wording of that clause ("11.1 Marrick may cancel …" within the text of
// "Clause 11 … is deleted and replaced with: "11. …"").
func restates(text, n string) bool {
	n = strings.TrimSuffix(strings.TrimSpace(n), ".")
	if n == "" {
		return false
	}
	for _, ln := range strings.Split(text, "\n") {
		ln = strings.TrimLeft(ln, " \t\"“")
		if strings.HasPrefix(ln, n) && len(ln) > len(n) && (ln[len(n)] == ' ' || ln[len(n)] == '.' || ln[len(n)] == '\t') {
			return true
		}
	}
	return false
}

// docName is the name of the document a reference is qualified by, in
// full: "Original Addendum" in "Clause 4 of the Original Addendum", which
// a draft titled "… ADDENDUM" is not. s is the sentence of the reference.
func docName(s string, r document.Ref) string {
	if r.Offset+len(r.Text) <= len(s) {
		if m := reOtherDocOf.FindString(s[r.Offset+len(r.Text):]); m != "" {
			f := strings.Fields(m)
			return strings.Join(f[2:], " ") // after "of the"
		}
	}
	return r.In
}

// amendmentsTo: the document that a heading over the clause says its
// instructions amend ("SCHEDULE 1 - AMENDMENTS TO THE EDP ADDENDUM": "EDP
// Addendum"); "" when no heading says so, or it names this document.
func (rg *Reading) amendmentsTo(c *document.Clause) string {
	seen := map[string]bool{}
	for k := c; k != nil && !seen[k.ID]; k = rg.byID[k.ParentID] {
		seen[k.ID] = true
		if m := reAmendmentsTo.FindStringSubmatch(k.Heading); m != nil {
			return strings.TrimSpace(m[1])
		}
	}
	return ""
}

// reAmendmentsTo: a heading over amendments of a named document.
var reAmendmentsTo = lazyre.New(`(?i)^\W*amendments?\s+(?:to|of)\s+the\s+((?:[\w-]+\s+){0,4}[\w-]+)\s*$`)

// titled: the draft's title names the document ("Addendum"): the
// preamble's heading, its title lines (in capitals) or the name it gives
// itself ('This Amazon Bedrock Addendum (this "Addendum")').
func (rg *Reading) titled(name string) bool {
	for i := range rg.doc.Clauses {
		c := &rg.doc.Clauses[i]
		if c.Kind != document.KindPreamble && i > 0 {
			break
		}
		for j, l := range append([]string{c.Heading}, strings.Split(c.Text, "\n")...) {
			if reTitleLink.MatchString(l) {
				// "AMENDMENT NO. 1 / to the / AMAZON BEDROCK ADDENDUM":
				// what follows names the document amended, not this one
				break
			}
			if (j == 0 || isTitleLine(l)) && namesItself(strings.ToLower(l), name) {
				// (not "AMENDMENT No. 1 TO THE AMAZON BEDROCK ADDENDUM" on
				// one line: that names the document it amends)
				return true
			}
		}
		for _, m := range reThisNamed.FindAllStringSubmatch(c.Text, -1) {
			if strings.Contains(strings.ToLower(m[1]), name) {
				return true
			}
		}
	}
	return false
}

// reTitleLink: a title line that links the draft to another document.
var reTitleLink = lazyre.New(`(?i)^\s*(?:to|to the|of|of the|amending|supplementing|under|pursuant to)\s*$|(?i)^\s*(?:to|of|amending|supplementing)\s+(?:the\s+)?\p{Lu}`)

// reThisNamed: the name a document gives itself ('(this "Addendum")').
var reThisNamed = lazyre.New(`\(\s*this\s+["“]([^"”]{1,60})["”]`)

// letterCase counts the letters of s and the capitals among them.
func letterCase(s string) (letters, upper int) {
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	return letters, upper
}

// isTitleLine: a line of a title block, in capitals.
func isTitleLine(l string) bool {
	letters, upper := letterCase(l)
	return letters >= 4 && upper*10 >= letters*9
}

// reDeleteQuoted: the quoted words are what is deleted ("by deleting the
// words "…"", "strike "…"").
var reDeleteQuoted = lazyre.New(`(?i)\b(?:deleting|delete|striking|strike|removing|remove|omitting|omit)\s+(?:the\s+)?(?:words?\s+|phrase\s+|text\s+)?["“]`)

// reLeadNumber: the clause number a quoted wording opens with.
var reLeadNumber = lazyre.New(`^\s*["“]?(\d{1,3}(?:\.\d{1,3}){0,3})\s+\p{Lu}`)

// reSentenceDel: the deletion of one sentence of a clause.
var reSentenceDel = lazyre.New(`(?i)\b(?:deleting|delete|striking|strike|removing|remove)\s+(?:the|its)\s+(first|second|third|fourth|fifth|last|final)\s+sentence\b`)

// deleteSentence removes the named sentence of the target clause and adds
// the new wording, if any. It reports whether it applied.
func (rg *Reading) deleteSentence(targets []document.Ref, c *document.Clause, byNumber map[string][]string, eff map[string]*effective, which, add string, ins bool) bool {
	n := map[string]int{"first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4, "last": -1, "final": -1}[strings.ToLower(which)]
	applied := false
	for _, r := range targets {
		for _, id := range rg.targetIDs(r, c, byNumber) {
			if id == c.ID || isAncestor(rg.byID, id, c.ID) {
				continue
			}
			t := eff[id]
			sents := splitSentences(t.text)
			k := n
			if k < 0 {
				k = len(sents) - 1
			}
			if k < 0 || k >= len(sents) {
				continue
			}
			t.text = strings.TrimSpace(t.text[:sents[k].start] + t.text[sents[k].end:])
			if ins && add != "" {
				t.extra = append(t.extra, add)
			}
			t.amended = c.ID
			applied = true
		}
	}
	return applied
}

// hasRowLabelled reports whether a table in text has a row whose first
// cell is the number n.
func hasRowLabelled(text, n string) bool {
	n = normNum(n)
	for _, ln := range strings.Split(text, "\n") {
		if first, _, ok := strings.Cut(ln, "\t"); ok && normNum(first) == n {
			return true
		}
	}
	return false
}

// reInstructionText: a clause that is itself an amending instruction.
var reInstructionText = lazyre.New(`(?i)\b(?:is|are)\s+(?:hereby\s+)?(?:amended|deleted|replaced|inserted|added|restated)\b|^\s*in\s+(?:section|clause|article|item|paragraph)\b`)

// reBareNumber: a clause number of digits and dots ("5", "4.2").
var reBareNumber = lazyre.New(`^\d{1,3}(?:\.\d{1,3})*$`)

// reRowRef: a reference to a row or an item, which a table holds.
var reRowRef = lazyre.New(`(?i)^\s*(rows?|items?)\b`)

// reAnchorWord: the word before a quoted passage that makes it the place
// of an insertion.
// ("immediately after the words "to train any Foundation Model", of the
// words …": the anchor may name the words it stands by)
var reAnchorWord = lazyre.New(`(?i)\b(after|before|following)(?:\s+the\s+words?)?\s*$`)

// latestHolding returns, of the clauses ids, the last one before the
// instruction's clause whose text holds the words ("" if none does).
func (rg *Reading) latestHolding(ids []string, words string, from *document.Clause) string {
	if len(ids) < 2 {
		return ""
	}
	re := looseRe(words)
	best := ""
	for i := range rg.doc.Clauses {
		k := &rg.doc.Clauses[i]
		if k.ID == from.ID {
			break
		}
		for _, id := range ids {
			if id == k.ID && re.MatchString(k.Text) {
				best = id
			}
		}
	}
	return best
}

// findText finds the clause whose text holds the quoted words (for "the
// words 'X' are replaced by 'Y'" with no section named).
func (rg *Reading) findText(old, except string) []string {
	re := looseRe(old)
	var out []string
	for i := range rg.doc.Clauses {
		c := &rg.doc.Clauses[i]
		if c.ID != except && re.MatchString(c.Text) {
			out = append(out, c.ID)
		}
	}
	return out
}

// looseRe matches text with any run of spaces for a space and any
// apostrophe or quote style, ignoring case.
func looseRe(s string) *regexp.Regexp {
	var b strings.Builder
	b.WriteString("(?i)")
	for _, f := range strings.Fields(s) {
		if b.Len() > 4 {
			b.WriteString(`\s+`)
		}
		for _, r := range f {
			switch r {
			case '\'', '’', '‘':
				b.WriteString(`['’‘]`)
			case '"', '“', '”':
				b.WriteString(`["“”]`)
			default:
				b.WriteString(regexp.QuoteMeta(string(r)))
			}
		}
	}
	return regexp.MustCompile(b.String())
}

var (
	// "Section 5.3 (of the Addendum) is hereby amended", "Clause 9 shall be deleted",
	// "Section S1.12 of Schedule 1 (Service Level) is deleted"
	reSubjectVerb = lazyre.New(`(?i)^[\s,)]*(?:\([a-z0-9]{1,4}\))*\s*(?:\([^)]{1,300}\))?\s*(?:(?:of|to|in)\s+(?:(?:the|this)\s+[\w\s-]{0,40}?|(?:schedule|annex|annexure|exhibit|appendix|attachment|part|addendum|supplement)\s+[\w.-]{1,8}|(?:version\s+|draft\s+)?v\d{1,3}(?:\.\d{1,3}){0,2}))?\s*(?:\([^)]{1,60}\)\s*)?(?:,\s*(?:which|that|including|together\s+with|(?:under|by|in|with)\s+which|whereby|as\s+(?:inserted|amended|restated|replaced|varied|added|modified|supplemented))\b[^;]{0,300}?,\s*)?(?:,\s*)?(?:and\s+(?:its|their)\s+[\w-]{2,20}\s+)?(?:is|are|shall\s+be|will\s+be|be|is\s+hereby|are\s+hereby|shall\s+hereby\s+be|hereby)\b`)
	// ("Clause 4 (Token Counting), which provided that …, is deleted":
	// the subject may carry a relative clause between commas, or in
	// brackets: "clause 14.5 (which provides that all PT commitments are
	// non-cancellable) shall be deleted"; or a participle: "Section 9
	// (Model Retirement), as inserted by Amendment No. 1, is deleted"; "Art. 6 of
	// v0.2 is deleted": the draft's version it was in; "Question 10 and
	// its answer are deleted": the subject with its parts)
	// "Delete Section 6", "In Clause 4.2, replace", "With effect from …, Section 4 is"
	reImperative = lazyre.New(`(?i)^\s*(?:\(?[a-z0-9]{1,4}[.)]\s+)?(?:delete|replace|insert|add|amend|substitute|restate|strike|remove|in)\b`)
)

// reLeadAdverbial: an adverbial that opens an instruction and ends at a
// comma ("Notwithstanding clause 3.5 of this deed, ", "With effect from
// the Renewal Date, ").
var reLeadAdverbial = lazyre.New(`(?i)^\s*(?:notwithstanding|subject\s+to|with\s+effect\s+from|as\s+from|on\s+and\s+from|effective\s+(?:from|as\s+of))\b[^,;:"“]{1,160},\s*`)

// reConditionLead: the words before a reference make it the subject of a
// condition ("until", "unless", "if", "once" … "Section 6.3 is deleted").
var reConditionLead = lazyre.New(`(?i)\b(?:until|till|unless|if|once|when|whenever|whether|before|after)\s+(?:the\s+)?$`)

// asked: the words before a reference propose or ask for what follows
// ("We propose that", "Recommend we ask for").
func (rg *Reading) asked(before string) bool {
	p := rg.reader.scan(before)
	return len(p.cues["proposal"]) > 0 && len(p.cues["agreed"]) == 0
}

var (
	// reTargetThenVerb: the instruction's verb right after its target, as
	// an amending schedule's items put it
	reTargetThenVerb = lazyre.New(`(?i)^\s*(?:\([^)]{1,60}\))?\s*[,:.—–-]?\s*(?:repeal|omit|delete|substitute|insert|add|replace|remove|leave\s+out)\b`)
	// reItemLabel: only an item's label before the target ("Item 3 ")
	reItemLabel = lazyre.New(`(?i)^\W*(?:item|pos\.?|no\.?)\s*\d{1,3}[a-z]?\W*$`)
)

// instructionShape reports whether a sentence instructs a change to the
// referenced section: the section is the subject of the amendment verb
// ("Section 5.3 is replaced …"), or the sentence opens with the verb or
// with "In Section X" ("Delete Section 6", "In Clause 4.2, replace …").
// colonFrom is where, before the first quotation at q, a colon would
// introduce a new wording: after the targets named before it ("The
// Parties agree: in § 8 (3) …" has its colon before the target), and
// after a colon that only labels the target ("§ 8 (3): the words "…"").
func colonFrom(s string, targets []document.Ref, q int) int {
	from := 0
	for _, t := range targets {
		if end := t.Offset + len(t.Text); end <= q && end > from {
			from = end
		}
	}
	if from > 0 && reColonThen.MatchString(s[from:]) {
		from += strings.IndexByte(s[from:], ':') + 1
	}
	return min(from, q)
}

// reColonThen: a colon after an amendment's target, and the words of the
// instruction after it ("§ 8 (3): the words "…" are replaced by …").
var reColonThen = lazyre.New(`^\s*(?:\([^)]{1,60}\))?\s*:\s*(?:the\s+)?(?:words?|figures?|text|phrase|expression|number|amount|percentage|period|reference)\s+["“]`)

func instructionShape(s string, r document.Ref, firstCue int) bool {
	if lead := reLeadAdverbial.FindString(s); lead != "" && r.Offset >= len(lead) {
		// "Notwithstanding clause 3.5 of this deed, in clause 11.1 … the
		// words … are replaced": the instruction starts after the
		// adverbial; a reference inside it is no target
		r.Offset -= len(lead)
		return instructionShape(s[len(lead):], r, firstCue-len(lead))
	}
	end := r.Offset + len(r.Text)
	if end > len(s) {
		return false
	}
	if r.Offset < firstCue && reSubjectVerb.MatchString(s[end:]) {
		return true
	}
	if r.Offset < firstCue && r.Offset < 80 {
		// "§ 8 (3): the words "sixty (60) Business Days" are replaced by
		// "eight (8) weeks"": the target as a label, then the instruction
		// on its own words
		if m := reColonThen.FindStringIndex(s[end:]); m != nil && reInstructionText.MatchString(s[end+m[1]:]) {
			return true
		}
	}
	if reTargetThenVerb.MatchString(s[end:]) && (r.Offset < 60 && reItemLabel.MatchString(s[:r.Offset]) || r.Offset == 0) {
		// an amending schedule's item: "Item 3 Section 11 / Repeal the
		// section.", "Item 4 Section 13(2) / Omit "90 days", substitute …"
		return true
	}
	return reImperative.MatchString(s) && r.Offset < 60
}

// reCivilRef reads references in the forms amendments use beyond "Section
// 4.2": "Art. 4 para. 4", "Art. 7 al. 4", "§ 6 (2)", "item 6.1", "paragraph 1.2".
var reCivilRef = lazyre.New(`(?i)(\b(?:art(?:icle)?\.?|item|para(?:graph)?\.?|clause|section|point|pos\.?|row)|§)\s*(\d{1,3}(?:\.\d{1,3})*[a-z]?|(?-i:[IVXLC]{1,6})\b|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth)\b)(?:\s*(?:,\s*)?(?:(?:para(?:graph)?|abs|sub-?section|al(?:in[ée]a)?)\.?\s*\(?\s*|\(\s*)(\d{1,3})\s*\)?)?`)

// amendRefs returns the references of an amendment instruction: those the
// extractor reads, and the civil-law forms it does not ("Art. 4 para. 4"
// is clause 4.4 or 4(4)).
func (rg *Reading) amendRefs(s string) []document.Ref {
	refs := rg.refs().Read(s)
	have := map[int]int{}
	for i, r := range refs {
		have[r.Offset] = i
	}
	for _, m := range reCivilRef.FindAllStringSubmatchIndex(s, -1) {
		num := s[m[4]:m[5]]
		if m[6] >= 0 {
			num += "." + s[m[6]:m[7]]
		}
		if i, ok := have[m[0]]; ok {
			// "§ 5 para. 2" read as "§ 5": the paragraph narrows it
			if m[6] >= 0 && len(s[m[0]:m[1]]) > len(refs[i].Text) {
				refs[i].Text, refs[i].Target = s[m[0]:m[1]], num
			}
			continue
		}
		refs = append(refs, document.Ref{Text: s[m[0]:m[1]], Target: num, Offset: m[0]})
	}
	// "The answer to Q15 is deleted and replaced with": a question of a
	// binding FAQ, numbered "Q15"
	for _, m := range reQuestionRef.FindAllStringSubmatchIndex(s, -1) {
		label := "Q" + s[m[2]:m[3]]
		if _, ok := have[m[0]]; ok || len(rg.byNumber[normNum(label)]) == 0 {
			continue
		}
		refs = append(refs, document.Ref{Text: s[m[0]:m[1]], Target: label, Offset: m[0]})
	}
	// "GC 6.03 is deleted": a clause of the General Conditions named by
	// the part's initials, where the draft has a clause so numbered
	for _, m := range reInitialsRef.FindAllStringSubmatchIndex(s, -1) {
		if _, ok := have[m[0]]; ok || len(rg.byNumber[normNum(s[m[2]:m[3]])]) == 0 {
			continue
		}
		refs = append(refs, document.Ref{Text: s[m[0]:m[1]], Target: s[m[2]:m[3]], Offset: m[0]})
	}
	// "Article 2 paragraph 3" is one reference: the "paragraph 3" read
	// within it names no clause of its own
	all := slices.Clone(refs)
	return slices.DeleteFunc(refs, func(r document.Ref) bool {
		return slices.ContainsFunc(all, func(o document.Ref) bool {
			return o.Offset < r.Offset && r.Offset+len(r.Text) <= o.Offset+len(o.Text)
		})
	})
}

// reQuestionRef: a question of a binding FAQ named by its number ("Q15",
// "the answer to Q 15", "Question 10 and its answer").
var reQuestionRef = lazyre.New(`\b(?:Q ?|(?i:question)\s+)(\d{1,3})\b`)

// reInitialsRef: a clause number led by a part's initials ("GC 6.03",
// "SC-5.2"); two capitals, so no currency ("USD 6.03") reads as one.
var reInitialsRef = lazyre.New(`\b[A-Z]{2}[ -](\d{1,3}(?:\.\d{1,3})+)\b`)

// deleteLabelled deletes what a whole-deletion sentence names by a label the
// reference reader does not know: a clause so numbered ("Supplementary
// Condition SC-7 (…) is deleted"), else the table row so labelled ("P-15
// is deleted"). It reports whether it found one.
func (rg *Reading) deleteLabelled(s string, c *document.Clause, eff map[string]*effective, byNumber map[string][]string) bool {
	subject := s[:reDeletedVerb.FindStringIndex(s)[0]]
	subject = reCaption.ReplaceAllString(subject, "")
	labels := reLabelToken.FindAllString(subject, -1)
	if len(labels) == 0 {
		return false
	}
	label := labels[len(labels)-1]
	if m := reQuestionNumber.FindStringSubmatch(subject); m != nil {
		// "Question 7 in Part A is deleted": the question an FAQ labels
		// "Q7"
		label = "Q" + m[1]
	}
	var ids []string
	for _, id := range byNumber[normNum(label)] {
		if id != c.ID && !isAncestor(rg.byID, id, c.ID) {
			ids = append(ids, id)
		}
	}
	if len(ids) == 1 {
		eff[ids[0]].deleted, eff[ids[0]].amended = true, c.ID
		rg.deleteChildren(ids[0], c.ID, eff)
		return true
	}
	return rg.deleteRow(label, c, eff)
}

// reQuestionNumber: a question of an FAQ cited by its number ("Question
// 7", "Q. 7").
var reQuestionNumber = lazyre.New(`(?i)\b(?:question|q\.?)\s*(\d{1,3})\b`)

// deleteRow deletes the table rows labelled label ("Pos. 19 is deleted"),
// reporting whether there was one.
func (rg *Reading) deleteRow(label string, c *document.Clause, eff map[string]*effective) bool {
	return rg.deleteRowOf(label, c, eff, false)
}

// deleteRowOf is deleteRow; own: the instruction is no row of a table,
// so a row of its own clause's table may go too ("² The Agreed position
// in row 9 is withdrawn." under the table).
func (rg *Reading) deleteRowOf(label string, c *document.Clause, eff map[string]*effective, own bool) bool {
	found := false
	for i := range rg.doc.Clauses {
		k := &rg.doc.Clauses[i]
		if k.ID == c.ID && !own || !hasRowLabelled(eff[k.ID].text, label) {
			continue
		}
		var keep []string
		for _, ln := range strings.Split(eff[k.ID].text, "\n") {
			if first, _, ok := strings.Cut(ln, "\t"); ok && normNum(first) == normNum(label) {
				continue
			}
			keep = append(keep, ln)
		}
		eff[k.ID].text, eff[k.ID].amended = strings.Join(keep, "\n"), c.ID
		found = true
	}
	return found
}

// replaceRowNamed takes out the table row that a replacing instruction
// names as its subject ("The response to R-3.1 in Column D is deleted and
// replaced by the following"): the last label before the verb that labels
// a row of another clause's table. It reports whether there was one.
func (rg *Reading) replaceRowNamed(s string, c *document.Clause, eff map[string]*effective) bool {
	loc := reReplacedVerb.FindStringIndex(s)
	if loc == nil {
		return false
	}
	labels := reLabelToken.FindAllString(reCaption.ReplaceAllString(s[:loc[0]], ""), -1)
	for i := len(labels) - 1; i >= 0; i-- {
		if rg.deleteRow(labels[i], c, eff) {
			return true
		}
	}
	return false
}

// reReplacedVerb: the verb of an instruction that replaces what its
// subject names ("is deleted and replaced", "shall be substituted").
var reReplacedVerb = lazyre.New(`(?i)\b(?:is|are|shall\s+be)\s+(?:hereby\s+)?(?:deleted|replaced|substituted|struck\s+out)\b`)

var (
	reDeletedVerb = lazyre.New(`(?i)\b(?:is|are)\s+(?:hereby\s+)?(?:deleted|omitted|revoked|removed|struck\s+out)\b`)
	reCaption     = lazyre.New(`\([^)]*\)`)
	// reLabelToken: a label of a clause or row ("SC-7", "P-15", "B.4", "12").
	reLabelToken = lazyre.New(`\b[A-Z]{0,4}-?\d{1,3}(?:\.\d{1,3})*[a-z]?\b`)
)

// reWholeDeletion: a sentence that only deletes what it names ("Special
// Condition SC-7 (Model Retirement Credit) is deleted in its entirety.").
var reWholeDeletion = lazyre.New(`(?i)^[^.;:"“]{3,160}?\b(?:is|are)\s+(?:hereby\s+)?(?:deleted|omitted|revoked|removed|struck\s+out)(?:\s+in\s+(?:its|their)\s+entirety)?\s*\.?\s*$`)

// reOtherDocOf: a reference qualified by a named document ("… of the EDP
// Schedule").
var reOtherDocOf = lazyre.New(`^\s+of\s+the\s+(?:[A-Z0-9][\w-]*\s+){0,4}[A-Z][\w-]*`)

// reSubParagraph: a paragraph number under a section ("12(2)", "12 (2)").
// reParenNumber: a paragraph cited with its number in brackets ("6(2)").
var reParenNumber = lazyre.New(`^(\d{1,3})\s*\((\d{1,2})\)$`)

var reSubParagraph = lazyre.New(`^(\d{1,3}(?:\.\d{1,3})*)\s*\(\w{1,3}\)$`)

// reListJoin: the words between two references of a list ("9.01 and
// 9.02", "4, 5 or 6").
var reListJoin = lazyre.New(`^\s*(?:,\s*(?:and|or)?|and|or|&)\s*$`)

// reOfQualifier: the words between two references when the second says
// where the first is ("Section S1.12 of Schedule 1").
var reOfQualifier = lazyre.New(`(?i)^\s*of\s+(?:the\s+)?$`)

// reNamedThenComma: a word and a label at the end of the words before a
// paragraph's number, with a comma ("In Schedule III, "); a part when the
// word is a part's (partWords).
var reNamedThenComma = lazyre.New(`\b(\p{L}+)\s+(?:[A-Z]{1,4}|\d{1,3}|[IVXLC]{1,6})\s*,\s*$`)

// qualifiesAnother reports whether r only says where another reference is.
func qualifiesAnother(s string, refs []document.Ref, r document.Ref) bool {
	for _, q := range refs {
		if end := q.Offset + len(q.Text); end <= r.Offset && r.Offset <= len(s) && reOfQualifier.MatchString(s[end:r.Offset]) {
			return true
		}
	}
	return false
}

// reDeleteObject: a reference that is the object of a deletion ("by deleting
// item 5.2", "strike Section 4").
var reDeleteObject = lazyre.New(`(?i)\b(deleting|delete|striking|strike|removing|remove)\s+(?:the\s+)?(?:whole\s+of\s+)?$`)

// reAnchor: a reference that places an insertion ("inserted after Section 5.1").
var reAnchor = lazyre.New(`(?i)\b(after|before|following|into|to|at the end of|in)\s*$`)

// meaningful reports whether amended words carry substance: a letter word
// other than a joining word, or a digit.
func meaningful(s string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	}) {
		switch w {
		case "and", "or", "the", "a", "an":
		default:
			return true
		}
	}
	return false
}

var reVerbBetween = lazyre.New(`(?i)\b(replac|substitut|delet|insert|read|becom|chang|amend|with|by|for)\b|\b(replac|substitut|delet|insert|becom|chang|amend)`)

// reRestatedFigure: the words before a figure that give a clause's figure
// anew without quoting its old words ("Notwithstanding Article 7,
// paragraph 1, the period of the notice stated therein shall be", "The
// notice period in Section 7.1 shall be"): the attribute, where it is
// stated, then a verb that sets it (not one that describes it: "the rate
// card in Table 1B, which is 24% below …"), right before the figure.
var reRestatedFigure = lazyre.New(`(?i)\bthe\s+(period\s+of\s+(?:the\s+)?notice|notice\s+period|period|percentage|discount|rate|level|amount|sum)\s+((?:stated|set\s+out|specified|referred\s+to|provided\s+for)\s+(?:therein|in\s+(?:[^.;:"“,]|\.\d){1,60})|(?:in|under|of)\s+(?:[^.;:"“,]|\.\d){1,60})?\s*(?:shall\s+be|will\s+be|(?:is|are)\s+hereby|becomes|(?:is|shall\s+be)\s+(?:changed|reduced|increased|extended|shortened|amended))\s+(?:to\s+)?$`)

// reSettingVerb: a verb that sets a figure, as reRestatedFigure and
// reRestatedAfterLead end in.
var reSettingVerb = lazyre.New(`(?i)\b(?:shall\s+be|will\s+be|hereby|becomes|changed|reduced|increased|extended|shortened|amended)\b`)

// reRestatedAfterLead: reRestatedFigure's attribute and verb with any
// words between them, for a sentence a "Notwithstanding Clause X," opens.
var reRestatedAfterLead = lazyre.New(`(?i)\bthe\s+(period\s+of\s+(?:the\s+)?notice|(?:prior\s+)?notice(?:\s+period)?|period|percentage|discount|rate|level|amount|sum)\b((?:[^.;:"“]|\.\d){0,160}?)\s(?:shall\s+be|will\s+be|(?:is|are)\s+hereby|becomes|(?:is|shall\s+be)\s+(?:changed|reduced|increased|extended|shortened|amended))\s+(?:to\s+)?$`)

// restatedKinds: the kinds of figure each attribute may have.
var restatedKinds = map[string][]string{"period of notice": {"duration"}, "period of the notice": {"duration"}, "notice period": {"duration"},
	"period": {"duration"}, "notice": {"duration"}, "prior notice": {"duration"}, "prior notice period": {"duration"}, "percentage": {"percent"}, "discount": {"percent"}, "rate": {"percent", "money"}, "level": {"percent"},
	"amount": {"money"}, "sum": {"money"}}

// restateFigure reads a sentence that sets the figure of another clause
// by naming its attribute ("the period of the notice stated therein shall
// be sixty (60) days"): the one figure of that kind in the clause it names
// becomes the new one, as if its words had been replaced. It reports
// whether s was such a sentence and was applied.
func (rg *Reading) restateFigure(c *document.Clause, s string, eff map[string]*effective, byNumber map[string][]string) bool {
	if !reSettingVerb.MatchString(s) {
		return false // (the verb first: most sentences set no figure, and reading facts costs)
	}
	var figure *document.Fact
	facts := extract.ReadFacts(s)
	for i, f := range facts {
		if f.Kind == "duration" || f.Kind == "percent" || f.Kind == "money" {
			if figure != nil {
				return false // several figures: a term of its own
			}
			figure = &facts[i]
		}
	}
	if figure == nil {
		return false
	}
	m := reRestatedFigure.FindStringSubmatchIndex(s[:figure.Offset])
	if m == nil && reLeadAdverbial.MatchString(s) {
		// "Notwithstanding Clause SEVENTH, the prior notice required for
		// the cancellation … in any of the events set out in that Clause
		// shall be sixty (60) calendar days": the clause is the one the
		// adverbial names, whatever stands between the attribute and its
		// verb
		m = reRestatedAfterLead.FindStringSubmatchIndex(s[:figure.Offset])
	}
	if m == nil || m[4] < 0 && !reLeadAdverbial.MatchString(s) {
		// the clause is named right after the attribute ("the notice
		// period in Section 7.1 shall be"), or by a "Notwithstanding
		// Article 7," that opens the sentence
		return false
	}
	if !slices.Contains(restatedKinds[strings.ToLower(strings.Join(strings.Fields(s[m[2]:m[3]]), " "))], figure.Kind) {
		return false
	}
	var target []string
	for _, r := range rg.amendRefs(s) {
		if r.Offset >= figure.Offset {
			continue
		}
		ids := slices.DeleteFunc(rg.targetIDs(r, c, byNumber), func(id string) bool { return id == c.ID || isAncestor(rg.byID, id, c.ID) })
		if len(ids) != 1 || target != nil && target[0] != ids[0] {
			return false // no clause, or several: whose figure is unknown
		}
		target = ids
	}
	if target == nil {
		return false
	}
	t := eff[target[0]]
	old := ""
	for _, f := range extract.ReadFacts(t.text) {
		if f.Kind != figure.Kind {
			continue
		}
		if old != "" && f.Text != old {
			return false // several figures of that kind: which one is meant is unknown
		}
		old = f.Text
	}
	if old == "" {
		return false
	}
	t.text = strings.ReplaceAll(t.text, old, figure.Text)
	t.amended = c.ID
	setInstruction(c, s, eff)
	return true
}

// isDigits reports whether s is a non-empty run of ASCII digits.
func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// labelledSubject reads the subject of an amendment verb that names a
// clause by a capitalised label and a number ("Standard Term 3.2 is
// deleted and replaced with", "Special Condition 4 is replaced"). ok: the
// sentence has that shape and the label names a part of the draft (a part
// headed "Standard Terms"), or the number is a sub-clause's; found: the
// clause so numbered is there, and r is its reference.
func (rg *Reading) labelledSubject(s string, from *document.Clause) (r document.Ref, found, ok bool) {
	m := reLabelledSubject.FindStringSubmatchIndex(s)
	if m == nil || !reSubjectVerb.MatchString(s[m[1]:]) {
		return r, false, false
	}
	label, num := strings.ToLower(s[m[2]:m[3]]), s[m[4]:m[5]]
	var parts []string // clauses whose heading names the label's part
	for i := range rg.doc.Clauses {
		k := &rg.doc.Clauses[i]
		h := strings.ToLower(strings.Join(strings.Fields(k.Heading), " "))
		if h != "" && k.ID != from.ID && strings.Contains(h, label) {
			parts = append(parts, k.ID)
		}
	}
	if len(parts) == 0 && !strings.Contains(num, ".") {
		return r, false, false
	}
	r = document.Ref{Text: s[m[2]:m[5]], Target: num, Offset: m[2]}
	var in []string
	for _, id := range rg.byNumber[normNum(num)] {
		if id == from.ID {
			continue
		}
		if len(parts) == 0 || slices.ContainsFunc(parts, func(p string) bool { return isAncestor(rg.byID, p, id) }) {
			in = append(in, id)
		}
	}
	if len(in) != 1 {
		return r, false, true
	}
	r.Target = in[0]
	return r, true, true
}

// reLabelledSubject: a label of capitalised words and a clause number at
// the start of a sentence ("Standard Term 3.2", "the General Condition
// 6").
var reLabelledSubject = lazyre.New(`^\W*(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})\s+(\d{1,3}(?:\.\d{1,3})*[a-z]?)\b`)

// reTableChange: an instruction that replaces or deletes a numbered table
// ("Appendix 2, table 1 is replaced by:", "Table 4 is deleted").
var reTableChange = lazyre.New(`(?i)^\W*(?:in\s+)?(?:(appendix|annex|annexure|schedule|exhibit|attachment)\s+([A-Z0-9]{1,3})\s*,?\s+)?table\s+(\d{1,2})\s+(?:is|shall\s+be)\s+(?:hereby\s+)?(?:deleted|replaced|substituted|struck\s+out)\b`)

// replaceTable applies an instruction that replaces or deletes a table by
// its number: the table so captioned ("Table 1 – On-demand …" and the rows
// under it) goes from the one clause that holds it, in the part named if a
// part is named; a replacement's new table is read where the instruction
// gives it. It reports whether s was such an instruction.
func (rg *Reading) replaceTable(c *document.Clause, s string, eff map[string]*effective) bool {
	m := reTableChange.FindStringSubmatch(s)
	if m == nil {
		return false
	}
	reCaption := regexp.MustCompile(`(?i)^\W*table\s+` + m[3] + `\b`)
	caption := func(l string) bool { return reCaption.MatchString(l) && !strings.Contains(l, "\t") } // (not a row that names it)
	var found []string
	for i := range rg.doc.Clauses {
		k := &rg.doc.Clauses[i]
		if k.ID == c.ID || eff[k.ID].deleted {
			continue
		}
		if m[1] != "" && !strings.EqualFold(rg.parts[k.ID].key, m[1]+" "+m[2]) {
			continue
		}
		for _, l := range strings.Split(eff[k.ID].text, "\n") {
			if caption(l) {
				found = append(found, k.ID)
				break
			}
		}
	}
	if len(found) != 1 {
		return false
	}
	e := eff[found[0]]
	lines := strings.Split(e.text, "\n")
	var keep []string
	for i := 0; i < len(lines); i++ {
		if caption(lines[i]) {
			for i+1 < len(lines) && strings.Contains(lines[i+1], "\t") {
				i++ // the table's rows go with its caption
			}
			continue
		}
		keep = append(keep, lines[i])
	}
	e.text, e.amended = strings.Join(keep, "\n"), c.ID
	return true
}

// normSpace: the text with its runs of white space made one space.
func normSpace(s string) string { return strings.Join(strings.Fields(s), " ") }
