package interpret

import (
	"strings"

	"github.com/clausecheck/clausecheck/internal/lazyre"
)

// A negotiation draft offers each side's wording in brackets side by side
// ("AWS will not use [AWS: Inputs] [Customer: Inputs or Outputs] to train
// …") and records elsewhere which was accepted, section by section ("10.1
// Training exclusion | AWS ("Inputs") | …", "6.1 PT service levels |
// Neither — Section 6 deleted"). Until a record names the accepted side, the
// brackets are open; once it does, the clause reads with that side's words
// and without the others'.

// reAltBracket: one side's bracketed wording, "[AWS: …]", "[Customer: …]".
var reAltBracket = lazyre.New(`\[([\p{Lu}][\p{L}&.'’-]*(?:\s[\p{Lu}][\p{L}&.'’-]*){0,2}):\s*([^\[\]]*)\]`)

// altGroup is a run of bracketed alternatives with nothing but spaces
// between them: their span in the text and each side's label and words.
type altGroup struct {
	start, end int
	labels     []string
	words      []string
}

// altGroups finds the runs of two or more bracketed alternatives in text.
func altGroups(text string) []altGroup {
	if !strings.Contains(text, ":") || strings.Count(text, "[") < 2 {
		return nil // (the cheap test first)
	}
	var out []altGroup
	var cur *altGroup
	for _, m := range reAltBracket.FindAllStringSubmatchIndex(text, -1) {
		if cur != nil && strings.TrimSpace(text[cur.end:m[0]]) == "" {
			cur.end = m[1]
		} else {
			if cur != nil && len(cur.labels) >= 2 {
				out = append(out, *cur)
			}
			cur = &altGroup{start: m[0], end: m[1]}
		}
		cur.labels = append(cur.labels, text[m[2]:m[3]])
		cur.words = append(cur.words, text[m[4]:m[5]])
	}
	if cur != nil && len(cur.labels) >= 2 {
		out = append(out, *cur)
	}
	return out
}

// reNeither: a record's choice of no side's wording.
var reNeither = lazyre.New(`(?i)^(?:neither|none|no\s+alternative|both\s+withdrawn)\b`)

// applyAlternatives resolves the draft's bracketed alternatives by the
// record of the choices: a table row that opens with the clause's number
// and names, first in another cell, the side accepted (or "Neither"). The
// clauses resolved read with the chosen words; the rows so used are the
// record's, which states no term (rg.choiceRecords).
func (rg *Reading) applyAlternatives(eff map[string]*effective) {
	groups := map[string][]altGroup{} // clause id: its runs of alternatives
	labels := map[string]bool{}       // the sides' labels, in lower case
	for i := range rg.doc.Clauses {
		c := &rg.doc.Clauses[i]
		if g := altGroups(eff[c.ID].text); len(g) > 0 && c.Number != "" {
			groups[c.ID] = g
			for _, x := range g {
				for _, l := range x.labels {
					labels[strings.ToLower(l)] = true
				}
			}
		}
	}
	if len(groups) == 0 {
		return
	}
	chosen := map[string]string{} // clause number: the side accepted ("" for neither)
	for i := range rg.doc.Clauses {
		c := &rg.doc.Clauses[i]
		if !strings.Contains(c.Text, "\t") {
			continue
		}
		used := false
		for _, ln := range strings.Split(c.Text, "\n") {
			cells := strings.Split(ln, "\t")
			m := reLeadNumber.FindStringSubmatch(cells[0])
			if len(cells) < 2 || m == nil {
				continue
			}
			for _, cell := range cells[1:] {
				w := strings.Trim(strings.TrimSpace(cell), "*_\"“”'")
				first := strings.ToLower(strings.TrimRight(strings.Fields(w + " x")[0], ".,;:—–-()"))
				switch {
				case labels[first]:
					chosen[m[1]], used = first, true
				case reNeither.MatchString(w):
					chosen[m[1]], used = "", true
				default:
					continue
				}
				break
			}
		}
		if used {
			if rg.choiceRecords == nil {
				rg.choiceRecords = map[string]bool{}
			}
			rg.choiceRecords[c.ID] = true
		}
	}
	for id, gs := range groups {
		side, ok := chosen[rg.byID[id].Number]
		if !ok {
			continue // (no record: the alternatives stay open)
		}
		text := eff[id].text
		for i := len(gs) - 1; i >= 0; i-- {
			g, words := gs[i], ""
			for k, l := range g.labels {
				if strings.ToLower(l) == side {
					words = strings.TrimSpace(g.words[k])
				}
			}
			text = text[:g.start] + words + text[g.end:]
		}
		eff[id].text = strings.ReplaceAll(text, "  ", " ")
	}
}
