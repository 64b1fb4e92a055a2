package interpret

import (
	"github.com/clausecheck/clausecheck/internal/lazyre"
	"strconv"
	"strings"
)

// Clause variants across clauses. A contract-management export shows a
// library clause with its variants, each over clauses of its own
// ("Library variant 02-A (Preferred)" over sections 4.01–4.02, "Library
// variant 02-B (Fallback)" over another 4.01–4.02; "[P]", "[F] >> ADOPTED"
// over two versions of Article 8), and records which one was executed: on
// the label itself ("[F] >> ADOPTED") or, for a numbered variant, anywhere
// in the draft, as a selection log whose column says so ("Variant
// executed | 02-B (Fallback)"). A variant's text runs from its label to the
// next label, to the next heading with no text of its own, or to the next
// article after its own. Where the draft records a choice among a library
// clause's variants, the others bind nobody; where it records none, every
// variant reads as written.

var (
	// reGroupVariant: a label of a variant numbered within its library
	// clause ("Library variant 02-A (Preferred)", "Variant 3-B").
	reGroupVariant = lazyre.New(`^\W{0,4}(?i:(?:library|clause)\s+)?(?i:variant)\s+(\d{1,3})[-.]([A-Z])\b`)
	// reVariantID: a variant's number anywhere in a line ("**02-B (Fallback)**").
	reVariantID = lazyre.New(`\b(\d{1,3})-([A-Z])\b`)
	// reSelectedWord: a word that records a choice.
	reSelectedWord = lazyre.New(`(?i)\b(?:executed|selected|adopted|chosen)\b`)
	// reNotSelected: a choice recorded against ("not selected").
	reNotSelected = lazyre.New(`(?i)\b(?:not|never|un)[\s-]*(?:executed|selected|adopted|chosen)\b`)
	// reTopNumber: the number of an article or section heading clause.
	reTopNumber = lazyre.New(`(?i)^(?:article|section|part|clause|schedule)\s+(\S+)$`)
)

// variantKey normalises a variant's number: "02-B" and "2-B" are one.
func variantKey(group, letter string) string {
	return strings.TrimLeft(group, "0") + "-" + letter
}

// variantLabel reads a variant label: its key (a numbered variant's own,
// a lettered one's letter) and whether its label marks it chosen.
func variantLabel(ln string) (key string, numbered, marked bool) {
	if m := reGroupVariant.FindStringSubmatch(ln); m != nil {
		return variantKey(m[1], m[2]), true, reVariantMark.MatchString(ln)
	}
	if m := reVariantLabel.FindStringSubmatch(ln); m != nil {
		return m[1] + m[2], false, reVariantMark.MatchString(ln)
	}
	return "", false, false
}

type variantPos struct {
	clause string
	line   int
}

// readVariants finds the clause variants of the draft and which of them
// bind nobody: the variant in force at the start of each clause
// (rg.variantAt), the variant each label line opens (rg.variantLine) and
// the variants not chosen (rg.variantOut).
func (rg *Reading) readVariants() {
	type instance struct {
		id     string // unique: a numbered variant's key, or "g<n>:<letter>"
		group  string
		marked bool
		pos    variantPos
	}
	var all []instance
	chosen := map[string]bool{}   // numbered variants recorded as chosen
	lettered := map[string]bool{} // lettered ones, by the record under them
	group, seen := 0, map[string]bool{}
	for i := range rg.doc.Clauses {
		c := &rg.doc.Clauses[i]
		e := rg.eff[c.ID]
		if e == nil || e.deleted {
			continue
		}
		col := -1 // the column of a selection log that records the choice
		for li, ln := range strings.Split(e.text, "\n") {
			if key, numbered, marked := variantLabel(ln); key != "" {
				if numbered {
					all = append(all, instance{key, strings.SplitN(key, "-", 2)[0], marked, variantPos{c.ID, li}})
					continue
				}
				g := "g" + strconv.Itoa(group)
				if seen[key] && marked && reVariantChosen.MatchString(ln) {
					// "Variant P — SELECTED" under P, F and A: the record
					// of the choice, not a variant of its own
					lettered[g+":"+key] = true
					continue
				}
				if seen[key] {
					// "[P]" again: the variants of the next library clause
					group++
					clear(seen)
					g = "g" + strconv.Itoa(group)
				}
				seen[key] = true
				all = append(all, instance{g + ":" + key, g, marked, variantPos{c.ID, li}})
				continue
			}
			cells := strings.Split(ln, "\t")
			if len(cells) > 1 {
				if col < 0 || !reVariantID.MatchString(ln) {
					col = -1
					for k, cell := range cells {
						if reSelectedWord.MatchString(cell) && !reNotSelected.MatchString(cell) && !reVariantID.MatchString(cell) {
							col = k
						}
					}
					if col >= 0 {
						continue
					}
				}
				if col >= 0 && col < len(cells) {
					for _, m := range reVariantID.FindAllStringSubmatch(cells[col], -1) {
						chosen[variantKey(m[1], m[2])] = true
					}
				}
				continue
			}
			col = -1
			if reSelectedWord.MatchString(ln) && !reNotSelected.MatchString(ln) {
				// "Variant 02-B executed on 3 March"
				for _, m := range reVariantID.FindAllStringSubmatch(ln, -1) {
					chosen[variantKey(m[1], m[2])] = true
				}
			}
		}
	}
	decided := map[string]bool{} // the groups with a choice recorded
	for k := range lettered {
		chosen[k] = true
	}
	for _, in := range all {
		if in.marked || chosen[in.id] {
			decided[in.group] = true
		}
	}
	if len(decided) == 0 {
		return
	}
	rg.variantAt, rg.variantLine, rg.variantOut = map[string]string{}, map[variantPos]string{}, map[string]bool{}
	for _, in := range all {
		rg.variantLine[in.pos] = in.id
		if decided[in.group] && !in.marked && !chosen[in.id] {
			rg.variantOut[in.id] = true
		}
	}
	cur, top := "", ""
	for i := range rg.doc.Clauses {
		c := &rg.doc.Clauses[i]
		e := rg.eff[c.ID]
		text := ""
		if e != nil {
			text = strings.TrimSpace(e.text)
		}
		if text == "" {
			cur = "" // a heading with no text of its own ends the variant
		}
		if m := reTopNumber.FindStringSubmatch(strings.TrimSpace(c.Number)); m != nil && cur != "" {
			switch {
			case top == "":
				top = m[1] // the variant's own article
			case top != m[1]:
				cur = "" // the next article
			}
		}
		rg.variantAt[c.ID] = cur
		if e == nil {
			continue
		}
		for li := range strings.Split(e.text, "\n") {
			if id, ok := rg.variantLine[variantPos{c.ID, li}]; ok {
				cur, top = id, ""
			}
		}
	}
}
