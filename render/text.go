package render

import (
	"io"
	"strings"

	"github.com/clausecheck/clausecheck/report"
)

// Text is the terminal report.
type Text struct{ Color bool }

var _ Renderer = Text{}

const (
	ansiReset  = "\x1b[0m"
	ansiBold   = "\x1b[1m"
	ansiRed    = "\x1b[31m"
	ansiGreen  = "\x1b[32m"
	ansiYellow = "\x1b[33m"
	ansiDim    = "\x1b[2m"
)

func (t Text) paint(code, s string) string {
	if !t.Color {
		return s
	}
	return code + s + ansiReset
}

func (t Text) statusColor(s report.Status) string {
	switch s {
	case report.Met:
		return ansiGreen
	case report.Partial:
		return ansiYellow
	}
	return ansiRed
}

var marks = map[report.Status]string{report.Met: "✓", report.Partial: "~", report.Missing: "✗", report.Conflict: "!", report.Unknown: "?"}

// Render writes one block per draft.
func (t Text) Render(w io.Writer, rep report.Report) error {
	ew := &errWriter{w: w}
	for i, d := range rep.Documents {
		if i > 0 {
			ew.printf("\n")
		}
		v := verdict(d)
		code := ansiGreen
		if !d.Passed {
			code = ansiRed
		}
		sum := summaryLine(d.Summary)
		if d.Coverage != nil {
			sum += "; " + d.Coverage.String()
		}
		ew.printf("%s  %s  (%s)\n", t.paint(ansiBold, Visible(d.Path)), t.paint(code+ansiBold, v), sum)
		if d.Config != "" {
			ew.printf("  config: %s%s\n", Visible(d.Config), disabledList(d.Disabled))
		}
		for _, f := range d.Findings {
			status := string(f.Status)
			if f.Waived {
				status += ", waived"
			}
			ew.printf("  %s %-3s %-18s %-8s %s\n", t.paint(t.statusColor(f.Status), marks[f.Status]), f.ID,
				t.paint(t.statusColor(f.Status), status), f.Severity, Visible(f.Title))
			if f.Reason != "" {
				ew.printf("        %s\n", Visible(f.Reason))
			}
			shown, more := shownEvidence(f.Evidence)
			for _, e := range shown {
				ew.printf("        %s %s\n", t.paint(ansiDim, location(e)), quoteText(e.Quote))
			}
			if more > 0 {
				ew.printf("        %s\n", t.paint(ansiDim, moreEvidence(more)))
			}
			if f.Waived && f.WaiverReason != "" {
				ew.printf("        waived: %s\n", Visible(f.WaiverReason))
			}
			if f.Remediation != "" && f.Status != report.Met {
				ew.printf("        remediation: %s\n", Visible(f.Remediation))
			}
		}
		for _, wn := range docNotes(d) {
			ew.printf("  warning: %s\n", Visible(wn))
		}
	}
	for _, n := range rep.Notices {
		ew.printf("notice: %s\n", Visible(n))
	}
	return ew.err
}

func location(e report.Evidence) string {
	var b strings.Builder
	b.WriteString(Visible(e.Clause))
	if e.Page > 0 {
		b.WriteString(" p.")
		b.WriteString(itoa(e.Page))
	}
	b.WriteString(":")
	return b.String()
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var buf [20]byte
	i := len(buf)
	for n > 0 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}

func quoteText(q string) string { return "“" + Visible(q) + "”" }

func disabledList(ids []string) string {
	if len(ids) == 0 {
		return ""
	}
	return " (disabled: " + strings.Join(ids, ", ") + ")"
}
