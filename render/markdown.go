package render

import (
	"io"
	"strings"

	"github.com/clausecheck/clausecheck/report"
)

// Markdown is a report for pull requests and wikis.
type Markdown struct{}

var _ Renderer = Markdown{}

// Render writes a summary table and the details of each finding short of met.
func (Markdown) Render(w io.Writer, rep report.Report) error {
	ew := &errWriter{w: w}
	ew.printf("# clausecheck report\n")
	for _, d := range rep.Documents {
		ew.printf("\n## %s — %s\n\n", mdEscape(d.Path), verdict(d))
		ew.printf("%s.\n\n", summaryLine(d.Summary))
		if d.Config != "" {
			ew.printf("Config: `%s`%s.\n\n", mdEscape(d.Config), disabledList(d.Disabled))
		}
		ew.printf("| id | check | severity | status | reason |\n|---|---|---|---|---|\n")
		for _, f := range d.Findings {
			st := string(f.Status)
			if f.Waived {
				st += " (waived)"
			}
			ew.printf("| %s | %s | %s | %s | %s |\n", f.ID, mdEscape(f.Title), f.Severity, st, mdEscape(f.Reason))
		}
		for _, f := range d.Findings {
			if f.Status == report.Met && len(f.Evidence) == 0 {
				continue
			}
			ew.printf("\n### %s %s — %s\n\n", f.ID, mdEscape(f.Title), f.Status)
			shown, more := shownEvidence(f.Evidence)
			for _, e := range shown {
				loc := "clause " + e.Clause
				if e.Page > 0 {
					loc += ", page " + itoa(e.Page)
				}
				if e.Line > 0 {
					loc += ", line " + itoa(e.Line)
				}
				ew.printf("> %s  \n> — %s\n\n", mdEscape(e.Quote), mdEscape(loc))
			}
			if more > 0 {
				ew.printf("_%s_\n\n", moreEvidence(more))
			}
			if f.Waived {
				ew.printf("Waived: %s\n\n", mdEscape(f.WaiverReason))
			}
			if f.Remediation != "" && f.Status != report.Met {
				ew.printf("**Remediation:** %s\n", mdEscape(f.Remediation))
			}
		}
		for _, wn := range docNotes(d) {
			ew.printf("\n> warning: %s\n", mdEscape(wn))
		}
	}
	if len(rep.Notices) > 0 {
		ew.printf("\n## Notices\n\n")
		for _, n := range rep.Notices {
			ew.printf("- %s\n", mdEscape(n))
		}
	}
	if r := runLine(rep); r != "" {
		ew.printf("\n_%s_\n", mdEscape(r))
	}
	return ew.err
}

var mdReplacer = strings.NewReplacer("|", `\|`, "\n", " ", "<", "&lt;", ">", "&gt;", "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`)

func mdEscape(s string) string { return Visible(mdReplacer.Replace(s)) }
