package diff

import (
	"strings"

	"github.com/clausecheck/clausecheck/document"
)

// doc builds a document from lines "number | text", "number | heading | text"
// or "Schedule A ::" (a part; the clauses after it belong to it).
// The text is prefixed with its label, as extraction keeps it.
func doc(path string, lines ...string) *document.Document {
	d := &document.Document{Schema: document.Schema, Path: path, Definitions: map[string]string{}}
	part := ""
	for _, l := range lines {
		if strings.HasSuffix(l, "::") {
			part = strings.TrimSpace(strings.TrimSuffix(l, "::"))
			d.Clauses = append(d.Clauses, document.Clause{ID: part, Number: part, Kind: document.KindPart, Text: part})
			continue
		}
		f := strings.Split(l, "|")
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		c := document.Clause{Number: f[0], Kind: document.KindClause, Level: strings.Count(f[0], ".") + 1}
		text := f[len(f)-1]
		if len(f) == 3 {
			c.Heading = f[1]
			text = f[1] + ". " + text
		}
		c.Text = f[0] + " " + text
		c.ID = f[0]
		if part != "" {
			c.ID = part + "/" + f[0]
			c.ParentID = part
			c.Parent = part
		}
		d.Clauses = append(d.Clauses, c)
	}
	return d
}

// brief is a one-line view of a change used to assert exact change lists.
func brief(c Change) string {
	s := string(c.Kind) + " " + c.OldClause + ">" + c.NewClause
	if c.Substantive {
		s += " !" + strings.Join(c.Reasons, ",")
	}
	return s
}

func briefs(r *Result) []string {
	var out []string
	for _, c := range r.Changes {
		out = append(out, brief(c))
	}
	return out
}
