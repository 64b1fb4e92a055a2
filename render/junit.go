package render

import (
	"encoding/xml"
	"io"
	"path"
	"path/filepath"
	"strings"

	"github.com/clausecheck/clausecheck/report"
)

// JUnit writes JUnit XML for CI test dashboards: a suite per draft, a test
// case per check. A check fails exactly when it fails the gate; one short
// of met that the gate lets through passes with its status in system-out;
// a waived one is skipped; a draft that could not be checked is a test in
// error. The class name of a draft's cases is its path with "." between
// directories ("contracts.vendor.msa_docx"), so that dashboards that split
// class names at dots show the directories as packages and keep the file
// name whole. Every time is 0: a draft's checks are one policy evaluation,
// not timed one by one, and the same drafts give the same bytes.
type JUnit struct{}

var _ Renderer = JUnit{}

type junitSuites struct {
	XMLName xml.Name `xml:"testsuites"`
	Name    string   `xml:"name,attr"`
	junitCounts
	Suites []junitSuite `xml:"testsuite"`
}

// junitCounts are the attributes a suite and the whole run share.
type junitCounts struct {
	Tests    int    `xml:"tests,attr"`
	Failures int    `xml:"failures,attr"`
	Errors   int    `xml:"errors,attr"`
	Skipped  int    `xml:"skipped,attr"`
	Time     string `xml:"time,attr"`
}

type junitSuite struct {
	Name string `xml:"name,attr"`
	junitCounts
	// Properties: the config that applied, the tool's and the
	// playbook's versions and the gate
	Properties *junitProperties `xml:"properties,omitempty"`
	Cases      []junitCase      `xml:"testcase"`
	// SystemErr holds the draft's warnings (a page not read, a disabled
	// critical check) and, on the last suite, the run's notices.
	SystemErr string `xml:"system-err,omitempty"`
}

type junitProperties struct {
	Property []junitProperty `xml:"property"`
}

type junitProperty struct {
	Name  string `xml:"name,attr"`
	Value string `xml:"value,attr"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	Time      string        `xml:"time,attr"`
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
	all := junitSuites{Name: "clausecheck", junitCounts: junitCounts{Time: junitTime}}
	for _, d := range rep.Documents {
		s := junitSuite{Name: d.Path, junitCounts: junitCounts{Time: junitTime}, Properties: junitPropertiesOf(rep, d.Config)}
		for _, f := range d.Findings {
			c := junitCase{Name: f.ID + " " + f.Title, Classname: junitClass(d.Path), Time: junitTime}
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
		if len(d.Incomplete) > 0 && !d.Passed {
			// read in part: a failed case of its own, so that the job is red
			// as the gate is even when every check read was met
			msg := "incomplete: " + strings.Join(d.Incomplete, "; ")
			s.Cases = append(s.Cases, junitCase{Name: "read the whole draft", Classname: junitClass(d.Path), Time: junitTime,
				Failure: &junitFailure{Message: msg, Type: "incomplete", Text: msg + "\nthe verdict covers only what was read, and the draft cannot pass"}})
			s.Tests++
			s.Failures++
		}
		s.SystemErr = strings.Join(docNotes(d), "\n")
		all.Tests += s.Tests
		all.Failures += s.Failures
		all.Skipped += s.Skipped
		all.Suites = append(all.Suites, s)
	}
	// a draft that could not be checked is a suite with one test in
	// error: the job is red whatever the gate, as the exit code (2) is
	for _, e := range rep.Errors {
		all.Suites = append(all.Suites, junitSuite{Name: e.Path, junitCounts: junitCounts{Tests: 1, Errors: 1, Time: junitTime}, Properties: junitPropertiesOf(rep, ""), Cases: []junitCase{{
			Name: "read the draft", Classname: junitClass(e.Path), Time: junitTime,
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

// junitTime is every time attribute (see JUnit).
const junitTime = "0"

// junitClass is the class name of a draft's test cases: its path with the
// directories joined by "." and the dots of each name made "_".
func junitClass(p string) string {
	var parts []string
	for _, seg := range strings.Split(path.Clean(filepath.ToSlash(p)), "/") {
		if seg != "" && seg != "." {
			parts = append(parts, strings.ReplaceAll(seg, ".", "_"))
		}
	}
	return strings.Join(parts, ".")
}

// junitPropertiesOf are a suite's properties: the run's and the config
// that applied to the draft.
func junitPropertiesOf(rep report.Report, config string) *junitProperties {
	var ps []junitProperty
	if r := rep.Run; r != nil {
		ps = append(ps,
			junitProperty{"clausecheck.version", r.Version},
			junitProperty{"playbook.version", r.Playbook.Version},
			junitProperty{"gate", r.Gate})
	}
	if config != "" {
		ps = append(ps, junitProperty{"config", config})
	}
	if len(ps) == 0 {
		return nil
	}
	return &junitProperties{Property: ps}
}
