package interpret

import (
	"github.com/clausecheck/clausecheck/internal/lazyre"
	"strings"
)

// A compared document's balloons record each revision beside the text as
// it stands after them ("[#8] Inserted: 6.3 Notwithstanding …"); a status
// note may say a numbered revision was rejected ("All changes were
// accepted, except [#8] …, which AWS rejected"). A rejected insertion is
// taken out of the text, a rejected deletion put back, before the draft is
// read.

var (
	// reNumberedBalloon: a numbered balloon of an insertion or a deletion.
	reNumberedBalloon = lazyre.New(`(?im)^\W{0,6}\[#(\d{1,3})\]\W{0,4}(inserted|deleted)\W{0,4}:\W{0,4}(.+?)\W{0,4}$`)
	// reNextBalloon: where the next balloon or comment starts on a line.
	reNextBalloon = lazyre.New(`\s(?:\[#\d{1,3}\]|(?i:comment)\s*\[)`)
	// reRejectedClauseChange: a revision of a whole clause said to be
	// rejected ("Customer's deletion of clause 8.4 - REJECTED").
	reRejectedClauseChange = lazyre.New(`(?i)\b(deletion|insertion)\s+of\s+(?:clause|section|article|paragraph)\s+(\d{1,3}(?:\.\d{1,3})*)[^.\n]{0,60}?\b(?:rejected|not\s+accepted|declined)\b`)
	// reAnyBalloon: a balloon of an insertion or a deletion, numbered or
	// not ("Deleted [KO 04/06/26]: 8.4 Notwithstanding …").
	reAnyBalloon = lazyre.New(`(?im)^\W{0,6}(?:\[#?\d{1,3}\]\W{0,4})?(inserted|deleted)(?:\s*\[[^\]]{1,40}\])?\W{0,3}:\W{0,4}(.+?)\W{0,4}$`)
	// reRejectedChange: a numbered revision said to be rejected.
	reRejectedChange = lazyre.New(`(?i)\[#(\d{1,3})\][^\[]{0,80}?\b(?:rejected|not\s+accepted|declined|withdrawn)\b`)
)

// undoRejectedBalloons applies the rejections of revisions to eff.
func (rg *Reading) undoRejectedBalloons(eff map[string]*effective) {
	rejected := map[string]bool{}
	rejectedClause := map[string]string{} // clause number → "inserted" or "deleted"
	for i := range rg.doc.Clauses {
		for _, m := range reRejectedChange.FindAllStringSubmatch(rg.doc.Clauses[i].Text, -1) {
			rejected[m[1]] = true
		}
		for _, m := range reRejectedClauseChange.FindAllStringSubmatch(rg.doc.Clauses[i].Text, -1) {
			kind := "deleted"
			if strings.HasPrefix(strings.ToLower(m[1]), "insert") {
				kind = "inserted"
			}
			rejectedClause[m[2]] = kind
		}
	}
	if len(rejectedClause) > 0 {
		rg.undoRejectedClauses(eff, rejectedClause)
	}
	if len(rejected) == 0 {
		return
	}
	for i := range rg.doc.Clauses {
		c := &rg.doc.Clauses[i]
		for _, m := range reNumberedBalloon.FindAllStringSubmatch(c.Text, -1) {
			if !rejected[m[1]] {
				continue
			}
			words := m[3]
			if loc := reNextBalloon.FindStringIndex(words); loc != nil {
				words = words[:loc[0]] // the balloons of a paragraph joined on one line
			}
			words = strings.TrimSpace(words)
			if strings.EqualFold(m[2], "deleted") {
				// the words stay: they go back into the clause
				eff[c.ID].text = strings.TrimSpace(eff[c.ID].text) + "\n" + words
				continue
			}
			// the words go: from the clause that holds them, or the clause
			// whose number opens them ("6.3 Notwithstanding …")
			for j := range rg.doc.Clauses {
				k := &rg.doc.Clauses[j]
				body := words
				if k.Number != "" && strings.HasPrefix(words, k.Number+" ") {
					body = strings.TrimSpace(words[len(k.Number):])
				}
				e := eff[k.ID]
				at := strings.Index(e.text, body)
				if at < 0 || body == "" {
					continue
				}
				e.text = strings.TrimSpace(e.text[:at] + e.text[at+len(body):])
				if withoutBalloons(e.text) == "" {
					e.deleted, e.amended = true, c.ID
				}
				rg.Notices = append(rg.Notices, "clause "+k.ID+": revision [#"+m[1]+"] was rejected: its inserted words are not read")
				break
			}
		}
	}
}

// undoRejectedClauses undoes the rejected revisions of whole clauses: a
// deleted clause's words, shown in a balloon that opens with its number,
// go back into the text; an inserted one's come out.
func (rg *Reading) undoRejectedClauses(eff map[string]*effective, rejected map[string]string) {
	for i := range rg.doc.Clauses {
		c := &rg.doc.Clauses[i]
		for _, m := range reAnyBalloon.FindAllStringSubmatch(c.Text, -1) {
			words := strings.TrimSpace(m[2])
			num := strings.Fields(words + " x")[0]
			kind, ok := rejected[strings.TrimSuffix(num, ".")]
			if !ok || !strings.EqualFold(kind, m[1]) {
				continue
			}
			if kind == "deleted" {
				eff[c.ID].text = strings.TrimSpace(eff[c.ID].text) + "\n" + words
				rg.Notices = append(rg.Notices, "clause "+c.ID+": the deletion of clause "+strings.TrimSuffix(num, ".")+" was rejected: its words are read")
			}
		}
	}
}

// withoutBalloons drops the balloon and comment lines of a text.
func withoutBalloons(text string) string {
	var keep []string
	for _, ln := range strings.Split(text, "\n") {
		if t := strings.TrimSpace(ln); t != "" && !reBalloon.MatchString(t) && !reNoteLead.MatchString(t) {
			keep = append(keep, t)
		}
	}
	return strings.Join(keep, "\n")
}
