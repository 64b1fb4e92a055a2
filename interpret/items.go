package interpret

import (
	"regexp"
	"slices"
	"strings"

	"github.com/clausecheck/clausecheck/document"
	"github.com/clausecheck/clausecheck/extract"
)

// Cover-sheet drafting: a Key Terms or Details table at the front holds
// the figures ("Item 13 | PT Cancellation Notice | Eight (8) weeks") and
// the clauses refer to them ("on the PT Cancellation Notice in Item 13").
// A clause is read with the values of the Items it names; a clause that
// applies an Item marked "Not applicable" or left blank states no term.

type coverItem struct {
	term, value string
}

var (
	// reItemCell: the first cell of an Items table's row ("12", "Item 12").
	reItemCell = regexp.MustCompile(`(?i)^(?:item\s*)?(\d{1,2})\.?$`)
	// reItemLine: "Item 13.  PT Cancellation Notice:   60 days", in prose.
	// (at the start of a line, or with a full stop after its number where
	// the lines were joined: not "the Notice in Item 13 in advance, if:")
	reItemLine = regexp.MustCompile(`(?i)(?:^\s*|\s)Item\s+(\d{1,2})(?:\.|(?-i:\s{2,}))\s*([^:\n]{2,60}?):\s*(.*?)(?:\s+(?:Item\s+\d{1,2}\.\s)|$)`)
	// reCoverItemRef: a clause's reference to an Item.
	reCoverItemRef = regexp.MustCompile(`\b[Ii]tem\s+(\d{1,2})\b`)
	// reHollowValue: an Item that holds nothing.
	reHollowValue = regexp.MustCompile(`(?i)^\W*(?:not\s+applicable|n/?a|none|nil|tbc|tbd|to\s+be\s+(?:agreed|confirmed)|intentionally\s+(?:left\s+)?blank|blank|reserved|not\s+used)?\W*$`)
)

// readItems builds the draft's table of Items, if it has one.
func (rg *Reading) readItems() {
	items := map[string]coverItem{}
	for i := range rg.doc.Clauses {
		e := rg.eff[rg.doc.Clauses[i].ID]
		if e == nil || e.deleted {
			continue
		}
		// an amendment's new wording of an Item ('Item 13 is replaced
		// with: "Item 13 PT Cancellation Notice … 45 days"') replaces it
		amending := rg.parts[rg.doc.Clauses[i].ID].kind == "amendment"
		header := false
		for _, ln := range strings.Split(e.text, "\n") {
			cells := strings.Split(ln, "\t")
			if len(cells) >= 2 {
				first := strings.TrimSpace(cells[0])
				if strings.EqualFold(first, "item") {
					header = true
					continue
				}
				if m := reItemCell.FindStringSubmatch(first); m != nil && (header || strings.HasPrefix(strings.ToLower(first), "item")) && (items[m[1]] == (coverItem{}) || amending) {
					it := coverItem{value: strings.TrimSpace(cells[len(cells)-1])}
					if len(cells) >= 3 {
						it.term = strings.TrimSpace(cells[1])
					}
					items[m[1]] = it
				}
				continue
			}
			header = false
			for _, m := range reItemLine.FindAllStringSubmatch(ln, -1) {
				if _, ok := items[m[1]]; !ok {
					items[m[1]] = coverItem{term: strings.TrimSpace(m[2]), value: strings.TrimSpace(m[3])}
				}
			}
		}
	}
	if len(items) < 3 {
		return // (a list of three or more: a cover sheet, not a stray "Item 2:")
	}
	rg.items = items
	// the Items the clauses apply ("the Notice Period in Item 13"), outside
	// the cover sheet's own rows
	rg.itemsUsed = map[string]bool{}
	for i := range rg.doc.Clauses {
		e := rg.eff[rg.doc.Clauses[i].ID]
		if e == nil || e.deleted {
			continue
		}
		for _, ln := range strings.Split(e.text, "\n") {
			if strings.Contains(ln, "\t") || reItemLine.MatchString(ln) {
				continue
			}
			for _, m := range reCoverItemRef.FindAllStringSubmatch(ln, -1) {
				rg.itemsUsed[m[1]] = true
			}
		}
	}
}

// withItems returns a clause sentence read with the values of the Items
// it names, and whether every Item it names holds nothing.
func (rg *Reading) withItems(s string) (string, bool) {
	if rg.items == nil || !strings.Contains(strings.ToLower(s), "item") {
		return s, false
	}
	refs := reCoverItemRef.FindAllStringSubmatchIndex(s, -1)
	if len(refs) == 0 {
		return s, false
	}
	hollow, known := 0, 0
	// the kinds of figure the sentence states itself: an Item's value of
	// a kind the sentence already states is not read in ("Despite Item 13,
	// the notice period … is sixty (60) Business Days")
	own := map[string]bool{}
	for _, f := range extract.ReadFacts(s) {
		own[f.Kind] = true
	}
	var b strings.Builder
	last := 0
	for _, m := range refs {
		it, ok := rg.items[s[m[2]:m[3]]]
		if !ok {
			continue
		}
		known++
		if reHollowValue.MatchString(it.value) {
			hollow++
			continue
		}
		if strings.Contains(s, it.value) || slices.ContainsFunc(extract.ReadFacts(it.value), func(f document.Fact) bool { return own[f.Kind] }) {
			continue
		}
		b.WriteString(s[last:m[1]])
		b.WriteString(" (" + it.value + ")")
		last = m[1]
	}
	b.WriteString(s[last:])
	return b.String(), known > 0 && hollow == known
}
