package diffrender

import (
	"bufio"
	"embed"
	"fmt"
	"html/template"
	"io"

	"github.com/clausecheck/clausecheck/diff"
	"github.com/clausecheck/clausecheck/render"
)

//go:embed templates/diff.html.tmpl
var templatesFS embed.FS

var htmlTmpl = template.Must(template.New("diff.html.tmpl").ParseFS(templatesFS, "templates/diff.html.tmpl"))

// htmlRenderer writes one self-contained HTML file: inline CSS, no script,
// no external asset. Compliance delta on top, substantive changes with a
// side-by-side redline (old | new), cosmetic changes collapsed.
type htmlRenderer struct{}

var _ Renderer = htmlRenderer{}

type htmlPiece struct {
	Op   string // "", "del", "ins"
	Text string
}

type htmlChange struct {
	Kind, Title, Note string
	Old, New          []htmlPiece
	Omitted           string
	Facts             []string
}

type htmlDelta struct {
	ID, Title, Severity, Status, Direction, Mark, Summary, Because string
	Waived                                                         bool
}

type htmlData struct {
	Old, New, Similarity string
	TooDifferent         bool
	Incomplete           []string
	Substantive          []htmlChange
	Moved                []string
	Reworded             []htmlChange
	Furniture            []string
	FurnitureSummary     string
	Other                []string
	Cosmetic             []string
	CosmeticCount        int
	CosmeticSummary      string
	Compliance           []htmlDelta
}

func (htmlRenderer) Render(w io.Writer, r *diff.Result) error {
	// (written to standard output by default: escape sequences made
	// visible, as in every other format)
	render.VisibleAll(r)
	v := newView(r)
	d := htmlData{
		Old: r.Old, New: r.New, Similarity: percent(r.Similarity), TooDifferent: r.TooDifferent,
		Incomplete: r.Incomplete, CosmeticCount: r.Cosmetic.Count, CosmeticSummary: cosmeticSummary(r.Cosmetic),
	}
	for _, c := range r.Compliance {
		d.Compliance = append(d.Compliance, htmlDelta{
			ID: c.ID, Title: c.Title, Severity: string(c.Severity), Status: statusArrow(c),
			Because:   because(c),
			Direction: string(c.Direction), Mark: directionMark(c.Direction), Summary: c.Summary, Waived: c.Waived,
		})
	}
	d.Substantive = htmlChanges(v.substantive)
	d.Reworded = htmlChanges(v.reworded)
	for _, c := range v.moved {
		d.Moved = append(d.Moved, movedLine(c))
	}
	d.FurnitureSummary = furnitureSummary(r.Furniture)
	for _, f := range r.Furniture {
		d.Furniture = append(d.Furniture, furnitureLine(f))
	}
	for _, c := range v.other {
		d.Other = append(d.Other, string(c.Kind)+" "+title(c))
	}
	d.Cosmetic = cosmeticLines(r.Cosmetic)
	bw := bufio.NewWriter(w)
	if err := htmlTmpl.Execute(bw, d); err != nil {
		return fmt.Errorf("render html: %w", err)
	}
	return bw.Flush()
}

// htmlChanges lays out changes side by side, old and new.
func htmlChanges(cs []diff.Change) []htmlChange {
	var out []htmlChange
	for _, c := range cs {
		hc := htmlChange{Kind: string(c.Kind), Title: title(c), Note: note(c), Omitted: c.RedlineOmitted}
		for _, s := range c.Redline {
			switch s.Op {
			case diff.OpEqual:
				hc.Old = append(hc.Old, htmlPiece{Text: s.Text})
				hc.New = append(hc.New, htmlPiece{Text: s.Text})
			case diff.OpDelete:
				hc.Old = append(hc.Old, htmlPiece{Op: "del", Text: s.Text})
			case diff.OpInsert:
				hc.New = append(hc.New, htmlPiece{Op: "ins", Text: s.Text})
			}
		}
		if c.RedlineOmitted != "" {
			hc.Old = []htmlPiece{{Text: c.OldText}}
			hc.New = []htmlPiece{{Text: c.NewText}}
		}
		for _, rv := range c.Revisions {
			hc.Facts = append(hc.Facts, "tracked "+revisionLine(rv))
		}
		hc.Facts = append(hc.Facts, c.Why...)
		if len(c.Why) == 0 {
			for _, f := range c.Facts {
				hc.Facts = append(hc.Facts, f.Kind+": "+factArrow(f))
			}
		}
		out = append(out, hc)
	}
	return out
}
