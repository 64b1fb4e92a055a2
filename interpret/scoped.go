package interpret

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/clausecheck/clausecheck/document"
	"github.com/clausecheck/clausecheck/internal/lazyre"
)

// An amendment often names its section once, in a lead-in, and lists the
// changes to it as items that name only the parts of that section:
//
//	In Section 5.3 of the Addendum (as restated by Amendment No. 1):
//	(a) the word "or" at the end of clause (a) is deleted;
//	(b) clause (b) is deleted in its entirety; and
//	(c) the final sentence ("Each of (a) and (b) is …") is deleted.
//
// Each item is applied inside the section the lead-in names: a clause of
// the draft, or the wording an earlier amendment gave it. An item that
// cannot be applied there leaves that section unknown; it is never a
// change to nothing.

// reScopeLead: a lead-in that names the section its items change.
var reScopeLead = lazyre.New(`(?i)^\W*(?:(?:section|clause|article|paragraph)\s+\d[\d.]*\.?\s+)?(?:in\s+(?:the\s+\w+\s+in\s+)?(?:section|clause|paragraph|article)\s+(\d{1,3}(?:\.\d{1,3})*[a-z]?)\b[^:\n]{0,200}:|(?:section|clause|paragraph|article)\s+(\d{1,3}(?:\.\d{1,3})*[a-z]?)\b[^:\n]{0,200}\bamended\s+as\s+follows\s*:)\s*$`)

// reItemDeleted: an item that deletes a lettered or numbered part of the
// section: "clause (b) is deleted in its entirety", "paragraph (ii) is
// removed".
var reItemDeleted = lazyre.New(`(?i)^\W*(?:the\s+)?(?:sub-?)?(?:clause|paragraph|item|limb|sub-?paragraph|point)\s+\(([a-z]{1,3}|\d{1,2})\)\s+(?:is|shall\s+be|are)\s+(?:hereby\s+)?(?:deleted|removed|struck\s+out|struck|omitted)\b`)

// reAtEndOf: the place of the words an item changes: "at the end of
// clause (a)".
var reAtEndOf = lazyre.New(`(?i)\bat\s+the\s+end\s+of\s+(?:sub-?)?(?:clause|paragraph|item|limb)\s+\(([a-z]{1,3}|\d{1,2})\)`)

// scopeOf is the number of the section the lead-in over c names ("" none).
func (rg *Reading) scopeOf(c *document.Clause) string {
	parent := rg.byID[c.ParentID]
	if parent == nil {
		return ""
	}
	m := reScopeLead.FindStringSubmatch(strings.TrimSpace(parent.Text))
	if m == nil {
		return ""
	}
	if m[1] != "" {
		return normNum(m[1])
	}
	return normNum(m[2])
}

// scopedItem applies an item under a scoping lead-in (see above) to the
// section n. It reports whether the sentence was such an item.
func (rg *Reading) scopedItem(c *document.Clause, s, n string, del, rep bool, eff map[string]*effective) bool {
	for _, r := range rg.amendRefs(s) {
		if strings.ContainsAny(r.Target, "0123456789") {
			return false // the item names a section of its own
		}
	}
	quotes := quotedRe.FindAllStringSubmatchIndex(s, -1)
	if !reItemDeleted.MatchString(s) && len(quotes) == 0 {
		return false // not a change to words or parts of the section
	}
	holder, start, end := rg.scopeText(n, c, eff)
	if holder == nil {
		// the section is not in the draft, nor restated in it: what the
		// item changes is not here either
		eff[c.ID].instruction = true
		return true
	}
	t := holder.text
	applied := false
	switch m := reItemDeleted.FindStringSubmatch(s); {
	case m != nil:
		if a, b := labelSpan(t[start:end], m[1]); a >= 0 {
			holder.text = t[:start+a] + t[start+b:]
			applied = true
		}
	case len(quotes) >= 1 && (del || rep):
		old, repl := s[quotes[0][2]:quotes[0][3]], ""
		if rep {
			if len(quotes) < 2 {
				break
			}
			repl = s[quotes[1][2]:quotes[1][3]]
		}
		a, b := start, end
		atEnd := reAtEndOf.FindStringSubmatch(s)
		if atEnd != nil {
			// "the word "or" at the end of clause (a)": the last such
			// word of that clause
			la, lb := labelSpan(t[start:end], atEnd[1])
			if la < 0 {
				break
			}
			a, b = start+la, start+lb
		}
		locs := looseRe(old).FindAllStringIndex(t[a:b], -1)
		if len(locs) == 0 {
			break
		}
		loc := locs[0]
		if atEnd != nil {
			loc = locs[len(locs)-1]
		}
		holder.text = t[:a+loc[0]] + repl + t[a+loc[1]:]
		applied = true
	}
	eff[c.ID].instruction = true
	if applied {
		holder.amended = c.ID
		return true
	}
	rg.Notices = append(rg.Notices, fmt.Sprintf("clause %s: a change to section %s that could not be applied: %q", c.ID, n, strings.TrimSpace(s)))
	concepts := rg.conceptsOf(t[start:end] + " " + rg.headings(holder.c))
	if len(concepts) == 0 {
		concepts = []string{"*"}
	}
	rg.Unresolved[c.ID] = concepts
	return true
}

// scopeText finds the text of section n as the draft has it before c: the
// one clause so numbered, else the latest wording an earlier amendment
// gave it. It returns its holder and the span within the holder's text.
func (rg *Reading) scopeText(n string, c *document.Clause, eff map[string]*effective) (*effective, int, int) {
	var ids []string
	for _, id := range rg.byNumber[n] {
		if id != c.ID && !isAncestor(rg.byID, id, c.ID) && !eff[id].deleted && !eff[id].instruction {
			ids = append(ids, id)
		}
	}
	if len(ids) == 1 {
		return eff[ids[0]], 0, len(eff[ids[0]].text)
	}
	return rg.restatedHolder(n, c, eff)
}

// restatedHolder finds the latest wording, before c, that an amendment
// gave section n (a clause whose text restates n), and the span of n in
// it (nil when there is none).
func (rg *Reading) restatedHolder(n string, c *document.Clause, eff map[string]*effective) (*effective, int, int) {
	var holder *effective
	for i := range rg.doc.Clauses {
		k := &rg.doc.Clauses[i]
		if k.ID == c.ID {
			break
		}
		if e := eff[k.ID]; !e.deleted && !e.instruction && restates(e.text, n) {
			holder = e
		}
	}
	if holder == nil {
		return nil, 0, 0
	}
	if a, b := restatedSpan(holder.text, n); a >= 0 {
		return holder, a, b
	}
	return nil, 0, 0
}

// labelSpan is the span of the part labelled "(x)" in text: from its label
// to the next label of its list or the end of its sentence (-1 when the
// text has no such label).
func labelSpan(text, x string) (int, int) {
	re := regexp.MustCompile(`(?i)(?:^|[\s;:,])\(` + regexp.QuoteMeta(x) + `\)\s`)
	m := re.FindStringIndex(text)
	if m == nil {
		return -1, -1
	}
	a := m[0]
	if text[a] != '(' {
		a++
	}
	rest := text[m[1]:]
	b := len(text)
	if next := reNextLabel.FindStringIndex(rest); next != nil {
		b = m[1] + next[0] + 1
	}
	if e := reSentenceEnd.FindStringIndex(rest); e != nil && m[1]+e[0]+1 < b {
		b = m[1] + e[0] + 1
	}
	return a, b
}

var (
	// reNextLabel: the next item label in running text ("; or (b) ")
	reNextLabel = lazyre.New(`[\s;:,]\((?:[a-z]{1,3}|\d{1,2})\)\s`)
	// reSentenceEnd: a full stop that ends a sentence
	reSentenceEnd = lazyre.New(`\.(?:\s|$)`)
)
