package diff

import (
	"strings"

	"github.com/clausecheck/clausecheck/document"
)

// AttachRevisions gives each change the tracked changes (of a DOCX
// compared with itself, original view against accepted view) that made
// it. A deletion is matched by its text in the old clause, an insertion by
// its text in the new one, and otherwise by the clause it falls in.
// Revisions that match no change (formatting, a change undone later) stay
// unattached.
func (r *Result) AttachRevisions(revs []document.Revision) {
	for _, rev := range revs {
		text := normSpace(rev.Text)
		best := -1
		for i := range r.Changes {
			c := &r.Changes[i]
			old, new := changeTexts(c)
			switch {
			case text != "" && strings.HasPrefix(rev.Kind, "delete") || rev.Kind == "move-from":
				if text != "" && strings.Contains(old, text) {
					best = i
				}
			case text != "":
				if strings.Contains(new, text) {
					best = i
				}
			}
			if best >= 0 {
				break
			}
		}
		if best < 0 && rev.Clause != "" {
			for i := range r.Changes {
				if r.Changes[i].NewClause == rev.Clause && r.Changes[i].Substantive {
					best = i
					break
				}
			}
		}
		if best >= 0 {
			r.Changes[best].Revisions = append(r.Changes[best].Revisions, rev)
		}
	}
}

// changeTexts rebuilds the old and new text of a change from its redline.
func changeTexts(c *Change) (old, new string) {
	if c.RedlineOmitted != "" {
		return normSpace(c.OldText), normSpace(c.NewText)
	}
	var o, n strings.Builder
	for _, s := range c.Redline {
		if s.Op != OpInsert {
			o.WriteString(s.Text)
		}
		if s.Op != OpDelete {
			n.WriteString(s.Text)
		}
	}
	return normSpace(o.String()), normSpace(n.String())
}

// normSpace brings a text to the spelling the redline is in (quotes,
// dashes, special spaces folded; whitespace collapsed), so that Word's
// revision text can be found in it.
func normSpace(s string) string {
	t, _ := normalizer{}.norm(s)
	return t
}
