package interpret

import (
	"slices"
	"strings"

	"github.com/clausecheck/clausecheck/document"
	"github.com/clausecheck/clausecheck/extract"
	"github.com/clausecheck/clausecheck/internal/lazyre"
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
	reItemCell = lazyre.New(`(?i)^(?:(?:item|figure)\s*)?(\d{1,2}|(?-i:[A-Z]))\.?$`)
	// reItemLine: "Item 13.  PT Cancellation Notice:   60 days", in prose.
	// (at the start of a line, or with a full stop after its number where
	// the lines were joined: not "the Notice in Item 13 in advance, if:")
	reItemLine = lazyre.New(`(?i)(?:^\s*|\s)Item\s+(\d{1,2})(?:\.|(?-i:\s{2,}))\s*([^:\n]{2,60}?):\s*(.*?)(?:\s+(?:Item\s+\d{1,2}\.\s)|$)`)
	// reCoverItemRef: a clause's reference to an Item.
	reCoverItemRef = lazyre.New(`\b(?:[Ii]tem|[Ff]igure)\s+(\d{1,2}|[A-Z])\b`)
	// reHollowValue: an Item that holds nothing.
	reHollowValue = lazyre.New(`(?i)^\W*(?:not\s+applicable|n/?a|none|nil|tbc|tbd|to\s+be\s+(?:agreed|confirmed)|intentionally\s+(?:left\s+)?blank|blank|reserved|not\s+used)?\W*$`)
)

// readItems builds the draft's table of Items, if it has one.
func (rg *Reading) readItems() {
	items := map[string]coverItem{}
	var tables []itemTable
	// header: the rows read are under an Items table's header; a table
	// that a page break splits goes on in the next clause (a PDF's next
	// page), its rows no longer under their header
	header := false
	for i := range rg.doc.Clauses {
		e := rg.eff[rg.doc.Clauses[i].ID]
		if e == nil || e.deleted {
			continue
		}
		id := rg.doc.Clauses[i].ID
		own := map[string]coverItem{}
		put := func(n string, it coverItem, replace bool) {
			if _, ok := own[n]; !ok || replace {
				own[n] = it
			}
			if _, ok := items[n]; !ok || replace {
				items[n] = it
			}
			if replace {
				// an amendment's new wording of Item 13 replaces Item 13
				// wherever it stood
				for _, t := range tables {
					if _, ok := t.items[n]; ok {
						t.items[n] = it
					}
				}
			}
		}
		// an amendment's new wording of an Item ('Item 13 is replaced
		// with: "Item 13 PT Cancellation Notice … 45 days"') replaces it
		amending := rg.parts[rg.doc.Clauses[i].ID].kind == "amendment"
		lines := strings.Split(e.text, "\n")
		lettered := letteredRows(lines)
		for _, ln := range lines {
			cells := strings.Split(ln, "\t")
			if len(cells) >= 2 {
				first := strings.TrimSpace(cells[0])
				if strings.EqualFold(first, "item") || strings.EqualFold(first, "figure") {
					header = true
					continue
				}
				if m := reItemCell.FindStringSubmatch(first); m != nil && (header || lettered && len(first) == 1 || strings.HasPrefix(strings.ToLower(first), "item") || strings.HasPrefix(strings.ToLower(first), "figure")) {
					it := coverItem{value: strings.TrimSpace(cells[len(cells)-1])}
					if len(cells) >= 3 {
						it.term = strings.TrimSpace(cells[1])
					}
					put(m[1], it, amending)
				}
				continue
			}
			header = false
			for _, m := range reItemLine.FindAllStringSubmatch(ln, -1) {
				put(m[1], coverItem{term: strings.TrimSpace(m[2]), value: strings.TrimSpace(m[3])}, false)
			}
		}
		if len(own) > 0 {
			tables = append(tables, itemTable{clause: id, part: rg.parts[id].key, items: own})
		}
	}
	if len(items) < 3 {
		return // (a list of three or more: a cover sheet, not a stray "Item 2:")
	}
	rg.items, rg.itemTables = items, tables
	// the Items the clauses apply ("the Notice Period in Item 13"), outside
	// the cover sheet's own rows, by the table that holds them
	rg.itemsUsed = map[string]map[string]bool{}
	for i := range rg.doc.Clauses {
		c := &rg.doc.Clauses[i]
		e := rg.eff[c.ID]
		if e == nil || e.deleted {
			continue
		}
		for _, ln := range strings.Split(e.text, "\n") {
			if strings.Contains(ln, "\t") || reItemLine.MatchString(ln) {
				continue
			}
			for _, m := range reCoverItemRef.FindAllStringSubmatchIndex(ln, -1) {
				n := ln[m[2]:m[3]]
				it, table, ok := rg.itemAt(ln, m, c)
				if !ok {
					continue
				}
				// the table it resolves to, and any that repeats the
				// Item as it stands (an amendment's new wording of it)
				for _, t := range tables {
					if t.clause == table || t.items[n] == it {
						if rg.itemsUsed[t.clause] == nil {
							rg.itemsUsed[t.clause] = map[string]bool{}
						}
						rg.itemsUsed[t.clause][n] = true
					}
				}
			}
		}
	}
}

// itemTable: the Items one clause of the draft lists.
// letteredRows: three or more rows of a table labelled by consecutive
// capital letters ("E", "F", "G" …): a table of lettered items, also where
// a page break has left its header behind.
func letteredRows(lines []string) bool {
	run, prev := 0, byte(0)
	for _, ln := range lines {
		first, _, ok := strings.Cut(ln, "\t")
		first = strings.TrimSpace(first)
		if !ok || len(first) != 1 || first[0] < 'A' || first[0] > 'Z' {
			continue
		}
		if prev != 0 && first[0] == prev+1 {
			run++
		} else {
			run = 1
		}
		if run >= 3 {
			return true
		}
		prev = first[0]
	}
	return false
}

type itemTable struct {
	clause, part string
	items        map[string]coverItem
}

var (
	// reItemOfPart, reItemPartFirst: a reference to an Item that names the
	// part whose table holds it ("item 1 of Schedule 2", "Schedule 2,
	// item 1")
	reItemOfPart    = lazyre.New(`(?i)^\s*(?:\([^()]{0,80}\)\s*)?(?:of|in|to|under)\s+(?:the\s+)?((?:schedule|annex|annexure|appendix|exhibit|attachment|part)\s+[\w.-]{1,8})`)
	reItemPartFirst = lazyre.New(`(?i)\b((?:schedule|annex|annexure|appendix|exhibit|attachment|part)\s+[\w.-]{1,8}),?\s*$`)
)

// itemAt resolves the reference to an Item at m (reCoverItemRef's
// submatch indexes in s) made from clause from: the Item of the table in
// the part the reference names, else the draft's Item of that number. It
// returns the Item and the clause of the table that lists it.
func (rg *Reading) itemAt(s string, m []int, from *document.Clause) (coverItem, string, bool) {
	n := s[m[2]:m[3]]
	named := ""
	if q := reItemOfPart.FindStringSubmatch(s[m[1]:]); q != nil {
		named = q[1]
	} else if q := reItemPartFirst.FindStringSubmatch(s[:m[0]]); q != nil {
		named = q[1]
	}
	if named != "" {
		if keys := rg.partsNamed(named, rg.partKeys(), from); len(keys) > 0 {
			for _, t := range rg.itemTables {
				if it, ok := t.items[n]; ok && containsStr(keys, t.part) {
					return it, t.clause, true
				}
			}
			return coverItem{}, "", false // an Item of a part with no such Item here
		}
	}
	// unqualified: the table of the reference's own part; else the tables
	// that have the Item, where they agree (an Item and an amendment's new
	// wording of it); where they differ, which one is meant is unknown
	var holders []itemTable
	for _, t := range rg.itemTables {
		if _, ok := t.items[n]; ok {
			if t.part == rg.parts[from.ID].key {
				return t.items[n], t.clause, true
			}
			holders = append(holders, t)
		}
	}
	for _, t := range holders {
		if t.items[n] != holders[0].items[n] {
			return coverItem{}, "", false
		}
	}
	if len(holders) > 0 {
		return holders[0].items[n], holders[0].clause, true
	}
	return coverItem{}, "", false
}

// withItems returns a clause sentence read with the values of the Items
// it names, and whether every Item it names holds nothing.
func (rg *Reading) withItems(s string, from *document.Clause) (string, bool) {
	if rg.items == nil || !strings.Contains(strings.ToLower(s), "item") && !strings.Contains(strings.ToLower(s), "figure") {
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
		it, _, ok := rg.itemAt(s, m, from)
		if !ok {
			continue
		}
		known++
		if reHollowValue.MatchString(it.value) {
			// ("… the service credits in Figure H", Figure H "[to be
			// agreed]": the sentence says so where it points)
			hollow++
		} else if strings.Contains(s, it.value) || slices.ContainsFunc(extract.ReadFacts(it.value), func(f document.Fact) bool { return own[f.Kind] }) {
			continue
		}
		b.WriteString(s[last:m[1]])
		b.WriteString(" (" + it.value + ")")
		last = m[1]
	}
	b.WriteString(s[last:])
	return b.String(), known > 0 && hollow == known
}
