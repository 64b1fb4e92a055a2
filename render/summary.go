package render

import (
	"io"
	"sort"
	"strings"

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
		for _, wn := range docNotes(d) {
			warnings = append(warnings, d.Path+": "+wn)
		}
	}
	if notes := append(warnings, rep.Notices...); len(notes) > 0 {
		ew.printf("\n### Notices\n\n")
		for _, n := range notes {
			ew.printf("- %s\n", mdEscape(n))
		}
	}
	if r := runLine(rep); r != "" {
		ew.printf("\n_%s_\n", mdEscape(r))
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

// BatchSummary is the one line that closes a batch on standard error:
// "12 drafts: 9 passed, 3 failed (C3 ×2, C4 ×1)", with the drafts that
// could not be checked ("…, 1 not checked"). A failed draft counts once
// under each check that failed the gate on it.
func BatchSummary(rep report.Report) string {
	passed, failed := 0, 0
	by := map[string]int{}
	for _, d := range rep.Documents {
		if d.Passed {
			passed++
			continue
		}
		failed++
		seen := map[string]bool{}
		for _, f := range d.Findings {
			if f.FailsGate && !seen[f.ID] {
				seen[f.ID] = true
				by[f.ID]++
			}
		}
	}
	n := len(rep.Documents) + len(rep.Errors)
	s := itoa(n) + " drafts: "
	if n == 1 {
		s = "1 draft: "
	}
	s += itoa(passed) + " passed, " + itoa(failed) + " failed"
	if len(by) > 0 {
		ids := make([]string, 0, len(by))
		for id := range by {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		parts := make([]string, len(ids))
		for i, id := range ids {
			parts[i] = id + " ×" + itoa(by[id])
		}
		s += " (" + strings.Join(parts, ", ") + ")"
	}
	if len(rep.Errors) > 0 {
		s += ", " + itoa(len(rep.Errors)) + " not checked"
	}
	return s
}
