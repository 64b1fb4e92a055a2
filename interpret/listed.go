package interpret

import (
	"slices"
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
		if !rg.once("listed open", st.Text, func(t string) bool {
			return anyOf(t, "oint", "OINT", "tem", "TEM", "ssue", "SSUE") && reListedOpen.MatchString(t)
		}) {
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

// applyIncorporationExceptions reads a draft that incorporates a set of
// answers except those of a marked status or in named fields ("Each
// response … is incorporated …, EXCEPT any response whose Response Status
// is marked "N/A" or "See comment". Responses so marked, and all text in
// any "AWS comment" or "Customer reviewer note" field, are provided for
// information only"): such an answer, and such a field, binds nobody.
func (rg *Reading) applyIncorporationExceptions() {
	status, values, fields := "", map[string]bool{}, []string{}
	for i := range rg.doc.Clauses {
		t := rg.doc.Clauses[i].Text
		if !strings.Contains(t, "hose") && !strings.Contains(t, "HOSE") {
			continue // (the cheap test first: "whose", in any case, with no copy of the text)
		}
		flat := strings.Join(strings.Fields(t), " ")
		if !reExcludedNote.MatchString(flat) {
			continue
		}
		if m := reExceptWhose.FindStringSubmatch(flat); m != nil {
			status = strings.TrimSpace(m[1])
			for _, v := range quotedRe.FindAllStringSubmatch(m[2], -1) {
				values[strings.ToLower(strings.TrimSpace(v[1]))] = true
			}
		}
		for _, m := range reExcludedFields.FindAllStringSubmatch(flat, -1) {
			for _, v := range quotedRe.FindAllStringSubmatch(m[1], -1) {
				fields = append(fields, strings.TrimSpace(v[1]))
			}
		}
	}
	if status == "" && len(fields) == 0 {
		return
	}
	for i := range rg.doc.Clauses {
		c := &rg.doc.Clauses[i]
		e := rg.eff[c.ID]
		if e == nil || e.deleted {
			continue
		}
		var spans [][2]int // excluded byte ranges of e.text
		at := 0
		for _, ln := range strings.SplitAfter(e.text, "\n") {
			labels := reAnswerLabel.FindAllStringSubmatchIndex(ln, -1)
			for k, l := range labels {
				name := strings.TrimSpace(ln[l[2]:l[3]])
				end := len(ln)
				if k+1 < len(labels) {
					end = labels[k+1][0]
				}
				switch {
				case status != "" && strings.EqualFold(name, status):
					words := strings.Fields(ln[l[1]:end])
					for n := min(len(words), 3); n > 0; n-- {
						if values[strings.ToLower(strings.Join(words[:n], " "))] {
							spans = append(spans, [2]int{at + l[0], at + len(ln)}) // the answer, all its fields
							break
						}
					}
				case slices.ContainsFunc(fields, func(f string) bool { return strings.EqualFold(f, name) }):
					spans = append(spans, [2]int{at + l[0], at + end})
				}
			}
			at += len(ln)
		}
		if len(spans) == 0 {
			continue
		}
		for _, st := range rg.Statements {
			if st.Clause != c.ID || !st.Binding {
				continue
			}
			q := strings.TrimSpace(st.Quote)
			j := strings.Index(e.text, q[:min(len(q), 40)])
			if j >= 0 && slices.ContainsFunc(spans, func(s [2]int) bool { return j >= s[0] && j < s[1] }) {
				st.Binding, st.Nonbinding = false, "note"
			}
		}
	}
}

var (
	// reExceptWhose: the status that keeps an answer out ("EXCEPT any
	// response whose Response Status is marked "N/A" or "See comment"").
	reExceptWhose = lazyre.New(`(?i)\bexcept(?:ing)?\b[^.;]{0,80}?\bwhose\s+(\p{L}[\p{L} ]{1,30}?)\s+is\s+(?:marked\s+|stated\s+as\s+|given\s+as\s+|shown\s+as\s+)?((?:["“][^"”]{1,20}["”](?:\s*,\s*|\s+or\s+)?)+)`)
	// reExcludedFields: the fields kept out ("all text in any "AWS
	// comment" or "Customer reviewer note" field").
	reExcludedFields = lazyre.New(`(?i)\b(?:text|statements?|content|entries)\s+in\s+(?:any|the|each)\s+((?:["“][^"”]{1,30}["”](?:\s*,\s*|\s+or\s+|\s+and\s+)?)+)\s+fields?\b`)
	// reExcludedNote: the sentence says the things kept out bind nobody.
	reExcludedNote = lazyre.New(`(?i)\b(?:form(?:s)?\s+no\s+part|for\s+information\s+only|not\s+incorporated|do(?:es)?\s+not\s+bind|non-?binding)\b`)
	// reAnswerLabel: a field's label in an answer ("Response Status:",
	// "AWS response:", "Customer reviewer note:").
	reAnswerLabel = lazyre.New(`(?:^|\s)(\p{Lu}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*){0,3})\s*:\s`)
)

// anyOf: s holds one of the words as written (a test that copies nothing,
// before a costly pattern).
func anyOf(s string, words ...string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
