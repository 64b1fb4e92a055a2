package interpret

import (
	"strings"

	"github.com/clausecheck/clausecheck/document"
	"github.com/clausecheck/clausecheck/internal/lazyre"
)

// applyListedStatus reads a sentence that says, by number, which points
// are still open or not agreed ("Points 3, 5, 8 and 10 are not agreed and
// remain open.", "Item 4 remains outstanding"): the points it names bind
// nobody, whatever their own words or the answers under them say, for the
// sentence sorts the record into what was agreed and what was not
// (labelling rule G9). A sentence that makes the status a condition ("if
// points 3 and 5 remain open, …") decides nothing.
func (rg *Reading) applyListedStatus() {
	byNumber := map[string][]*document.Clause{}
	for i := range rg.doc.Clauses {
		c := &rg.doc.Clauses[i]
		if c.Number != "" && c.Kind != document.KindFootnote {
			byNumber[c.Number] = append(byNumber[c.Number], c)
		}
	}
	open := map[string]bool{} // clause ids named open
	for _, st := range rg.Statements {
		if !strings.Contains(st.Text, " ") || !reListedOpen.MatchString(st.Text) {
			continue
		}
		for _, m := range reListedOpen.FindAllStringSubmatchIndex(st.Text, -1) {
			if reStatusCondition.MatchString(st.Text[:m[0]]) {
				continue
			}
			for _, n := range reListedNumber.FindAllString(st.Text[m[2]:m[3]], -1) {
				cs := byNumber[n]
				if len(cs) > 1 {
					cs = sameParts(cs, st.Part, rg)
				}
				if len(cs) == 1 {
					open[cs[0].ID] = true
				}
			}
		}
	}
	if len(open) == 0 {
		return
	}
	for _, st := range rg.Statements {
		// (an ask answered under an open point, "We would like a tiered
		// rate", is part of the negotiation too, not a promise to discuss)
		if (st.Binding || st.Nonbinding == "good_faith") && rg.underAny(st.Clause, open) {
			st.Binding, st.Nonbinding = false, "negotiation"
		}
	}
}

// sameParts keeps the clauses that belong to part (a summary names the
// points of its own record, not a schedule's paragraph of that number).
func sameParts(cs []*document.Clause, part string, rg *Reading) []*document.Clause {
	var out []*document.Clause
	for _, c := range cs {
		if rg.parts[c.ID].key == part {
			out = append(out, c)
		}
	}
	return out
}

// underAny: the clause or one of its ancestors is in ids.
func (rg *Reading) underAny(id string, ids map[string]bool) bool {
	seen := map[string]bool{}
	for c := rg.byID[id]; c != nil && !seen[c.ID]; c = rg.byID[c.ParentID] {
		if ids[c.ID] {
			return true
		}
		seen[c.ID] = true
	}
	return false
}

var (
	// reListedOpen: numbered points named with a status that is not
	// agreement ("Points 3, 5, 8 and 10 are not agreed and remain open",
	// "items 2 and 7 are still outstanding", "Point 8 remains open"); the
	// first group is the list of numbers.
	reListedOpen = lazyre.New(`(?i)\b(?:points?|items?|issues?)\s+(\d{1,3}[a-z]?(?:(?:\s*,\s*|\s*,?\s+(?:and|&)\s+)\d{1,3}[a-z]?)*)\s+(?:are|is|remain|remains|stay|stays|were|was)\s+(?:(?:still|therefore|now)\s+)?(?:not\s+(?:yet\s+)?(?:agreed|accepted|settled|closed)|open|outstanding|unresolved|pending|rejected|under\s+discussion)\b`)
	// reListedNumber: one number of the list.
	reListedNumber = lazyre.New(`\d{1,3}[a-z]?`)
	// reStatusCondition: the words before the status make it a condition.
	reStatusCondition = lazyre.New(`(?i)\b(?:if|unless|until|while|whilst|where|when|once|so long as|as long as)\b[^.;:]*$`)
)
