package interpret

import (
	"github.com/clausecheck/clausecheck/internal/lazyre"
	"strings"
)

// A draft may say what its days are: "In Section 5.2, "days" means
// Business Days", ""Day" means a Business Day", "references to days are to
// business days". Then a period it gives in bare days ("sixty (60) days'
// notice") is in business days, in the part the definition names (the
// clause it stands in, for "this Section"; the whole draft, for "this
// Addendum" or no part at all), and is read as about 7/5 as many calendar
// days. A period given in calendar days stays as it is.

// reDayBasis: a definition of days as business days, with the part it
// applies to before it ("In Section 5.2, ").
var reDayBasis = lazyre.New(`(?i)(?:\b(?:in|for(?:\s+the\s+purposes\s+of)?)\s+((?:section|clause|paragraph|article)\s+\d{1,3}(?:\.\d{1,3})*(?:\([a-z0-9]{1,4}\))*|this\s+(?:section|clause|paragraph|article|schedule|addendum|agreement|amendment|contract|order\s+form|letter)),?\s+)?(?:(?:all\s+)?references?\s+to\s+)?["“'‘]?\bdays?["”'’]?\s+(?:means?|shall\s+mean|refers?\s+to|are|is|shall\s+be|will\s+be)\s+(?:to\s+)?(?:a\s+)?(?:business|working)\s+days?\b`)

// reWholeDraft: a part named in a day-basis definition that is the whole
// draft.
var reWholeDraft = lazyre.New(`(?i)^this\s+(?:schedule|addendum|agreement|amendment|contract|order\s+form|letter)$`)

// applyDayBasis reads the draft's day-basis definitions and turns the bare
// days of the statements they reach into business days.
func (rg *Reading) applyDayBasis() {
	found := false
	for i := range rg.doc.Clauses {
		if containsFold(rg.doc.Clauses[i].Text, "business day", "working day") {
			found = true
			break
		}
	}
	if !found {
		return // (the cheap test first: a long sentence is many statements)
	}
	whole := false
	var scopes []string // clause ids or numbers the definitions name
	for i := range rg.Statements {
		st := rg.Statements[i]
		if !containsFold(st.Text, "business day", "working day") {
			continue // (the cheap test first)
		}
		for _, loc := range reDayBasis.FindAllStringSubmatchIndex(st.Text, -1) {
			if before := strings.ToLower(strings.TrimRight(st.Text[:loc[0]], ` "“'‘`)); strings.HasSuffix(before, "business") || strings.HasSuffix(before, "working") {
				continue // ("references to "Business Days" are to Business Days")
			}
			part := ""
			if loc[2] >= 0 {
				part = strings.TrimSpace(st.Text[loc[2]:loc[3]])
			}
			switch {
			case part == "" || reWholeDraft.MatchString(part):
				whole = true
			case strings.HasPrefix(strings.ToLower(part), "this "):
				scopes = append(scopes, st.Clause)
			default:
				scopes = append(scopes, strings.Fields(part)[1])
			}
		}
	}
	if !whole && len(scopes) == 0 {
		return
	}
	for i := range rg.Statements {
		st := rg.Statements[i]
		if !whole && !inAnyScope(st.Clause, scopes) {
			continue
		}
		for k := range st.Facts {
			if f := &st.Facts[k]; f.Kind == "duration" && (f.Unit == "day" || f.Unit == "days") && !f.Business {
				f.Business = true
				f.Value = f.Value * 7 / 5
			}
		}
	}
}

// inAnyScope: the clause is one of the parts named, or in one ("5.2" for
// 5.2(a), "Part 2/5.2" for 5.2).
func inAnyScope(id string, scopes []string) bool {
	for _, s := range scopes {
		bare := id
		if i := strings.LastIndexByte(id, '/'); i >= 0 && !strings.Contains(s, "/") {
			bare = id[i+1:]
		}
		if bare == s || strings.HasPrefix(bare, s+"(") || strings.HasPrefix(bare, s+".") {
			return true
		}
	}
	return false
}
