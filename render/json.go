package render

import (
	"encoding/json"
	"io"

	"github.com/clausecheck/clausecheck/report"
)

// JSON writes the report as report.Report (schema clausecheck/report/v1).
type JSON struct{}

var _ Renderer = JSON{}

// Render writes indented JSON; nil lists are written as [] and the schema
// is filled in when empty.
func (JSON) Render(w io.Writer, rep report.Report) error {
	if rep.Schema == "" {
		rep.Schema = report.Schema
	}
	if rep.Documents == nil {
		rep.Documents = []report.DocumentReport{}
	}
	docs := make([]report.DocumentReport, len(rep.Documents))
	for i, d := range rep.Documents {
		if d.Findings == nil {
			d.Findings = []report.Finding{}
		}
		fs := make([]report.Finding, len(d.Findings))
		for j, f := range d.Findings {
			if f.Evidence == nil {
				f.Evidence = []report.Evidence{}
			}
			if f.Facts == nil {
				f.Facts = report.Facts{}
			}
			fs[j] = f
		}
		d.Findings = fs
		docs[i] = d
	}
	rep.Documents = docs
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(rep)
}
