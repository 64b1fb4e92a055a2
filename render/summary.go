package render

import (
	"io"

	"github.com/clausecheck/clausecheck/report"
)

// StepSummary is the Markdown job summary of a run in GitHub Actions
// (appended to $GITHUB_STEP_SUMMARY by `check --format github`): one row
// per draft, then the findings that fail the gate and those short of met
// that it lets through, then the run's notices. It is short on purpose:
// the full report is the SARIF or Markdown output.
type StepSummary struct{}

var _ Renderer = StepSummary{}

// Render writes the summary.
func (StepSummary) Render(w io.Writer, rep report.Report) error {
	ew := &errWriter{w: w}
	passed := 0
	for _, d := range rep.Documents {
		if d.Passed {
			passed++
		}
	}
	drafts := "drafts"
	if len(rep.Documents) == 1 {
		drafts = "draft"
	}
	ew.printf("## clausecheck: %d of %d %s passed\n\n", passed, len(rep.Documents), drafts)
	if len(rep.Documents) > 0 {
		ew.printf("| draft | verdict | met | partial | missing | conflict | waived |\n|---|---|---|---|---|---|---|\n")
		for _, d := range rep.Documents {
			s := d.Summary
			ew.printf("| %s | %s | %d | %d | %d | %d | %d |\n", mdEscape(d.Path), verdictMark(d), s.Met, s.Partial, s.Missing, s.Conflict, s.Waived)
		}
	}
	list := func(title string, keep func(report.Finding) bool) {
		first := true
		for _, d := range rep.Documents {
			for _, f := range d.Findings {
				if f.Status == report.Met || f.Waived || !keep(f) {
					continue
				}
				if first {
					ew.printf("\n### %s\n\n", title)
					first = false
				}
				ew.printf("- **%s** %s (%s, %s) in %s: %s\n", f.ID, mdEscape(f.Title), f.Status, f.Severity, mdEscape(d.Path), mdEscape(f.Reason))
			}
		}
	}
	list("Fails the gate", func(f report.Finding) bool { return f.FailsGate })
	list("Short of met, let through by the gate", func(f report.Finding) bool { return !f.FailsGate })
	var warnings []string
	for _, d := range rep.Documents {
		for _, wn := range d.Warnings {
			warnings = append(warnings, d.Path+": "+wn)
		}
	}
	if notes := append(warnings, rep.Notices...); len(notes) > 0 {
		ew.printf("\n### Notices\n\n")
		for _, n := range notes {
			ew.printf("- %s\n", mdEscape(n))
		}
	}
	ew.printf("\n")
	return ew.err
}

func verdictMark(d report.DocumentReport) string {
	if d.Passed {
		return "✅ PASS"
	}
	return "❌ FAIL"
}
