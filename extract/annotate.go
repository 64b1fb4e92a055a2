package extract

import (
	"strings"

	"github.com/clausecheck/clausecheck/document"
	"github.com/clausecheck/clausecheck/internal/lazyre"
)

// ReadFacts reads the typed facts (percent, money, duration, date) of a
// piece of text that is not a clause of a document (an amended clause's new
// wording, say). Offsets are relative to text.
func ReadFacts(text string) []document.Fact { return factsIn(text, 0) }

// ReadRefs reads the cross-references of a piece of text against the clause
// numbers of doc (Missing is set when doc has no such clause). Offsets are
// relative to text.
func ReadRefs(doc *document.Document, text string) []document.Ref {
	return refsIn(text, 0, clauseNumbers(doc))
}

// RefReader reads the cross-references of many pieces of text against one
// document, its clause numbers gathered once.
type RefReader struct{ numbers map[string]bool }

// NewRefReader prepares a RefReader for doc.
func NewRefReader(doc *document.Document) *RefReader {
	return &RefReader{numbers: clauseNumbers(doc)}
}

// Read is ReadRefs against the RefReader's document.
func (r *RefReader) Read(text string) []document.Ref { return refsIn(text, 0, r.numbers) }

// RowLabels returns the labels of table rows that number them ("4.2 |
// Model deprecation | …", "Ref: B.7"), each with the clause holding the
// table: a reference to "Section 4.2" may mean that row.
func RowLabels(doc *document.Document) map[string]string {
	out := map[string]string{}
	for _, c := range doc.Clauses {
		for _, ln := range strings.Split(c.Text, "\n") {
			if !strings.Contains(ln, "\t") {
				continue
			}
			first := strings.TrimSpace(strings.SplitN(ln, "\t", 2)[0])
			if reRowLabel.MatchString(first) {
				k := refKey(strings.TrimSuffix(first, "."))
				if _, seen := out[k]; !seen {
					out[k] = c.ID
				}
			}
		}
	}
	return out
}

// reInlineSub: a sub-clause number at the start of a clause's text or
// after the end of a sentence, before a capital ("… Year. 2.3 The rates").
var reInlineSub = lazyre.New(`(?:^|[.;:]\s+)(\d{1,3}(?:\.\d{1,3}){1,3})\s+\p{Lu}`)

var reRowLabel = lazyre.New(`^(?:[A-Z]{1,2}[.-]?)?\d{1,3}(?:\.\d{1,3}){0,3}\.?$`)

func clauseNumbers(doc *document.Document) map[string]bool {
	numbers := map[string]bool{}
	for k := range RowLabels(doc) {
		numbers[k] = true
	}
	for _, c := range doc.Clauses {
		if c.Number != "" && strings.Trim(c.Number, "0123456789.") == "" && strings.Contains(c.Text, c.Number+".") {
			// "2. Bedrock Commitment. 2.1 Customer commits … 2.3 The
			// rates …": sub-clauses run together in one paragraph (a
			// quoted block) are numbers of the draft too
			for _, m := range reInlineSub.FindAllStringSubmatch(c.Text, -1) {
				if strings.HasPrefix(m[1], c.Number+".") {
					numbers[refKey(m[1])] = true
				}
			}
		}
		if c.Number != "" {
			numbers[refKey(c.Number)] = true
			id := c.ID
			if i := strings.LastIndexByte(id, '/'); i >= 0 {
				id = id[i+1:]
			}
			numbers[refKey(strings.SplitN(id, "#", 2)[0])] = true
			if m := reItemHead.FindStringSubmatch(c.Number + " "); m != nil {
				// "ITEM 10" is what "Item 10" names: 10
				numbers[refKey(m[2])] = true
			}
		}
		// "TABLE S-1 - BEDROCK INFERENCE DISCOUNTS" as a heading, or
		// "Table 2: PT credit tiers" opening a line over the table: the
		// table "Table S-1" names
		for _, m := range reTableLabel.FindAllStringSubmatch(c.Heading, -1) {
			numbers["table "+strings.ToLower(m[1])] = true
		}
		if containsTableWord(c.Text) {
			// (or with a dash or colon after its label, where the line
			// opens otherwise: "Tabella 1 — Crediti / Table 1 — PT credits")
			for _, m := range reTableCaptionLine.FindAllStringSubmatch(c.Text, -1) {
				numbers["table "+strings.ToLower(m[1]+m[2])] = true
			}
		}
		if c.Kind == document.KindPart {
			// "PART C - CALL-OFF SCHEDULE 2: AMAZON BEDROCK SERVICE TERMS":
			// the part is what "Schedule 2" names too
			for _, m := range reHeadingPartLabel.FindAllString(c.Heading, 2) {
				numbers[refKey(m)] = true
			}
		}
	}
	return numbers
}

// tableLabel: a table's word and label ("Table S-5", "TABLE 2", "Table A").
const tableLabel = `\b(?i:table)\s+([A-Z]{1,2}-\d{1,3}|\d{1,3}[A-Z]?|[A-Z])`

// reTableLabel: a table named anywhere (a heading's caption, a
// reference); reTableCaptionLine: a caption in a text, at the start of a
// line or with a dash or colon after its label ("Table 2 – PT credit
// tiers").
var (
	reTableLabel       = lazyre.New(tableLabel + `\b`)
	reTableCaptionLine = lazyre.New(`(?m)^\W{0,4}` + tableLabel + `\b|` + tableLabel + `\s*(?:—|–|:|\s-\s)`)
)

// containsTableWord: the text names a table somewhere (the cheap test
// before the captions are looked for).
func containsTableWord(s string) bool {
	return strings.Contains(s, "Table") || strings.Contains(s, "TABLE") || strings.Contains(s, "table")
}

// reHeadingPartLabel: a part's label named in a part's heading ("CALL-OFF
// SCHEDULE 2", "ANNEX B").
var reHeadingPartLabel = lazyre.New(`(?i)\b(?:schedule|annex|annexure|exhibit|appendix|attachment)\s+(?:[A-Z]{1,2}|\d{1,3})\b`)
