package render

import (
	"io"
	"strings"

	"github.com/clausecheck/clausecheck/report"
)

// GitHub writes workflow commands that GitHub Actions shows as annotations
// on the draft: "::error" for a finding that fails the gate, "::warning"
// for one short of met that the gate lets through and for the draft's
// warnings, "::notice" for the run's notices. An annotation is on the
// lines of its first evidence sentence when they are known (text and
// Markdown drafts), else on the file.
type GitHub struct{}

var _ Renderer = GitHub{}

// Render writes one command per line.
func (GitHub) Render(w io.Writer, rep report.Report) error {
	ew := &errWriter{w: w}
	for _, d := range rep.Documents {
		for _, f := range d.Findings {
			if f.Status == report.Met || f.Waived {
				continue
			}
			level := "warning"
			if f.FailsGate {
				level = "error"
			}
			msg := string(f.Status) + ": " + f.Reason
			where := ""
			if len(f.Evidence) > 0 {
				e := f.Evidence[0]
				msg += " (clause " + e.Clause + ": “" + e.Quote + "”)"
				if e.Line > 0 {
					// the annotation sits on the lines of the evidence
					where = ",line=" + itoa(e.Line) + ",endLine=" + itoa(e.EndLine)
				}
			}
			if f.Remediation != "" {
				msg += "\nRemediation: " + f.Remediation
			}
			ew.printf("::%s file=%s%s,title=%s::%s\n", level, ghProperty(d.Path), where, ghProperty(f.ID+" "+f.Title), ghData(msg))
		}
		for _, wn := range docNotes(d) {
			ew.printf("::warning file=%s,title=clausecheck::%s\n", ghProperty(d.Path), ghData(wn))
		}
	}
	for _, n := range rep.Notices {
		ew.printf("::notice title=clausecheck::%s\n", ghData(n))
	}
	return ew.err
}

// ghData escapes a command's message; ghProperty one of its properties.
func ghData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(Visible(s))
}

func ghProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(Visible(s))
}
