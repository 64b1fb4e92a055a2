package render

import (
	"encoding/xml"
	"io"
	"strings"

	"github.com/clausecheck/clausecheck/report"
)

// JUnit writes JUnit XML for CI test dashboards: a suite per draft, a test
// case per check; a check short of met is a failure, a waived one skipped.
type JUnit struct{}

var _ Renderer = JUnit{}

type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Skipped  int          `xml:"skipped,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Errors   int         `xml:"errors,attr"`
	Skipped  int         `xml:"skipped,attr"`
	Cases    []junitCase `xml:"testcase"`
	// SystemErr holds the draft's warnings (a page not read, a disabled
	// critical check) and, on the last suite, the run's notices.
	SystemErr string `xml:"system-err,omitempty"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	Failure   *junitFailure `xml:"failure,omitempty"`
	Error     *junitFailure `xml:"error,omitempty"`
	Skipped   *junitSkipped `xml:"skipped,omitempty"`
	// SystemOut: a finding short of met that the gate lets through
	SystemOut string `xml:"system-out,omitempty"`
}

type junitFailure struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",chardata"`
}

type junitSkipped struct {
	Message string `xml:"message,attr"`
}

// Render writes the XML document.
func (JUnit) Render(w io.Writer, rep report.Report) error {
	all := junitSuites{}
	for _, d := range rep.Documents {
		s := junitSuite{Name: d.Path}
		for _, f := range d.Findings {
			c := junitCase{Name: f.ID + " " + f.Title, Classname: d.Path}
			switch {
			case f.Waived:
				c.Skipped = &junitSkipped{Message: "waived: " + f.WaiverReason}
				s.Skipped++
			case f.Status != report.Met && !f.FailsGate:
				// the gate (--fail-on) lets it through: reported, not failed,
				// so that the job and the gate agree
				c.SystemOut = string(f.Status) + ": " + f.Reason
			case f.Status != report.Met:
				var b strings.Builder
				b.WriteString(f.Reason)
				for _, e := range f.Evidence {
					b.WriteString("\n" + e.Clause + ": " + e.Quote)
				}
				if f.Remediation != "" {
					b.WriteString("\nremediation: " + f.Remediation)
				}
				c.Failure = &junitFailure{Message: string(f.Status) + ": " + f.Reason, Type: string(f.Severity), Text: b.String()}
				s.Failures++
			}
			s.Cases = append(s.Cases, c)
			s.Tests++
		}
		s.SystemErr = strings.Join(d.Warnings, "\n")
		all.Tests += s.Tests
		all.Failures += s.Failures
		all.Skipped += s.Skipped
		all.Suites = append(all.Suites, s)
	}
	// a draft that could not be checked is a suite with one test in
	// error: the job is red whatever the gate, as the exit code (2) is
	for _, e := range rep.Errors {
		all.Suites = append(all.Suites, junitSuite{Name: e.Path, Tests: 1, Errors: 1, Cases: []junitCase{{
			Name: "read the draft", Classname: e.Path,
			Error: &junitFailure{Message: "not checked: " + e.Message, Type: "unreadable", Text: e.Message},
		}}})
		all.Tests++
		all.Errors++
	}
	if n := len(all.Suites); n > 0 && len(rep.Notices) > 0 {
		last := &all.Suites[n-1]
		last.SystemErr = strings.TrimPrefix(last.SystemErr+"\n"+strings.Join(rep.Notices, "\n"), "\n")
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(all); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}
