package render

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/clausecheck/clausecheck/report"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// sample is a hand-written report covering every status, a waiver,
// evidence with and without a page, a warning and a notice.
func sample() report.Report {
	return report.Report{
		Schema: report.Schema,
		Documents: []report.DocumentReport{{
			Path: "drafts/bedrock-addendum.md", SHA256: "ab12",
			Findings: []report.Finding{
				{ID: "C1", Status: report.Met, Severity: report.Critical, Title: "Token counting methodology",
					Evidence: []report.Evidence{{Clause: "3.1", Page: 2, Quote: "Billable tokens include system prompts, tool definitions and output schemas."}},
					Facts:    report.Facts{"addressed": []any{"output_schemas", "system_prompts", "tool_definitions"}}, Reason: "token counting is stated"},
				{ID: "C3", Status: report.Conflict, Severity: report.Critical, Title: "Provisioned Throughput cancellation rights",
					Evidence: []report.Evidence{{Clause: "5.1", Quote: "Provisioned Throughput commitments are non-cancellable.", Line: 41, Column: 5, EndLine: 42, EndColumn: 17}},
					Facts:    report.Facts{}, Reason: "Provisioned Throughput commitments are non-cancellable",
					Remediation: "Ask for a right to cancel PT on 60 days' notice.", FailsGate: true},
				{ID: "C6", Status: report.Partial, Severity: report.Critical, Title: "SLA on Provisioned Throughput",
					Evidence: []report.Evidence{{Clause: "5.2", Quote: "PT available 99.5% | credits <10%>."}},
					Facts:    report.Facts{"sla_percent": 99.5}, Reason: "availability 99.5% is below the 99.9% threshold",
					Remediation: "Ask for 99.9% with service credits."},
				{ID: "L5", Status: report.Missing, Severity: report.Warning, Title: "Vector storage carve-out",
					Evidence: []report.Evidence{}, Facts: report.Facts{}, Reason: "no operative clause addresses OCU pricing",
					Remediation: "Ask for OCU pricing with a cap.", Waived: true, WaiverReason: "no RAG workloads"},
			},
			Summary:  report.Summary{Met: 1, Partial: 1, Missing: 1, Conflict: 1, Waived: 1},
			Passed:   false,
			Warnings: []string{"page 3: no text layer"},
		}},
		Notices: []string{".clausecheck.yaml: waiver for C2 (old/*.md) matched no finding"},
		Run: &report.Run{Tool: "clausecheck", Version: "1.2.3", Gate: "critical", ConfigDiscovery: true,
			Playbook: report.Playbook{Version: "3f2a1c9d0e1b2a3c", Rules: "embedded", Policies: []string{"embedded", "policies/"}}},
	}
}

func TestGolden(t *testing.T) {
	cases := []struct {
		format string
		opt    Options
		file   string
	}{
		{"text", Options{}, "report.txt"},
		{"text", Options{Color: true}, "report.color.txt"},
		{"markdown", Options{}, "report.md"},
		{"json", Options{}, "report.json"},
		{"sarif", Options{Version: "test"}, "report.sarif"},
		{"junit", Options{}, "report.xml"},
		{"github", Options{}, "report.github"},
		{"step-summary", Options{}, "report.summary.md"},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			var r Renderer = StepSummary{}
			if c.format != "step-summary" {
				var err error
				if r, err = New(c.format, c.opt); err != nil {
					t.Fatal(err)
				}
			}
			var buf bytes.Buffer
			if err := r.Render(&buf, sample()); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", c.file)
			if *update {
				if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./render -update)", err)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				t.Errorf("%s differs from golden:\n%s", c.file, buf.String())
			}
			if c.format == "sarif" {
				mustValidSARIF(t, c.file, buf.Bytes())
			}
			// Same input, same bytes.
			var again bytes.Buffer
			_ = r.Render(&again, sample())
			if !bytes.Equal(buf.Bytes(), again.Bytes()) {
				t.Error("output is not deterministic")
			}
		})
	}
}

func TestJSONRoundTrip(t *testing.T) {
	var buf bytes.Buffer
	if err := (JSON{}).Render(&buf, sample()); err != nil {
		t.Fatal(err)
	}
	var got report.Report
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	want := sample()
	// Facts decode as generic JSON values.
	want.Documents[0].Findings[0].Facts = report.Facts{"addressed": []any{"output_schemas", "system_prompts", "tool_definitions"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("round trip changed the report:\n got %+v\nwant %+v", got, want)
	}
}

func TestJSONEmptyListsAreArrays(t *testing.T) {
	var buf bytes.Buffer
	rep := report.Report{Documents: []report.DocumentReport{{Path: "a.md", Findings: []report.Finding{{ID: "C1", Status: report.Missing}}}}}
	if err := (JSON{}).Render(&buf, rep); err != nil {
		t.Fatal(err)
	}
	s := buf.String()
	for _, want := range []string{`"schema": "clausecheck/report/v1"`, `"evidence": []`, `"facts": {}`} {
		if !strings.Contains(s, want) {
			t.Errorf("json lacks %s:\n%s", want, s)
		}
	}
}

func TestJUnitIsValidXML(t *testing.T) {
	var buf bytes.Buffer
	if err := (JUnit{}).Render(&buf, sample()); err != nil {
		t.Fatal(err)
	}
	var v junitSuites
	if err := xml.Unmarshal(buf.Bytes(), &v); err != nil {
		t.Fatal(err)
	}
	// only the finding that fails the gate is a failure: the job and the
	// gate agree; the partial C6 is reported in system-out
	if v.Tests != 4 || v.Failures != 1 || v.Skipped != 1 {
		t.Errorf("tests %d failures %d skipped %d, want 4 1 1", v.Tests, v.Failures, v.Skipped)
	}
	if c := v.Suites[0].Cases[2]; c.Failure != nil || !strings.HasPrefix(c.SystemOut, "partial:") {
		t.Errorf("C6 case %+v: reported, not failed", c)
	}
	// every count and time is filled in; class names keep the file name
	// whole for dashboards that split them at dots; the run is recorded
	out := buf.String()
	for _, want := range []string{`errors="0"`, `time="0"`, `<property name="playbook.version" value="3f2a1c9d0e1b2a3c">`, `<property name="gate" value="critical">`} {
		if !strings.Contains(out, want) {
			t.Errorf("no %s in:\n%s", want, out)
		}
	}
	if strings.Contains(out, `time=""`) || strings.Count(out, `time="0"`) != 2+len(v.Suites[0].Cases) {
		t.Errorf("a suite or case without its time:\n%s", out)
	}
	for in, want := range map[string]string{
		"drafts/bedrock-addendum.md":   "drafts.bedrock-addendum_md",
		"./Vendor v1.2/x.final.docx":   "Vendor v1_2.x_final_docx",
		"/abs/contracts/msa.pdf":       "abs.contracts.msa_pdf",
		"bedrock-edp-addendum.md":      "bedrock-edp-addendum_md",
		"contracts/../other/draft.txt": "other.draft_txt",
	} {
		if got := junitClass(in); got != want {
			t.Errorf("class of %s: %q, want %q", in, got, want)
		}
	}
}

func TestSARIFLevels(t *testing.T) {
	var buf bytes.Buffer
	if err := (SARIF{}).Render(&buf, sample()); err != nil {
		t.Fatal(err)
	}
	mustValidSARIF(t, "sample", buf.Bytes())
	var log sarifLog
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, r := range log.Runs[0].Results {
		got[r.RuleID] = r.Level
	}
	want := map[string]string{"C3": "error", "C6": "warning", "L5": "warning"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("levels %v, want %v", got, want)
	}
	if n := len(log.Runs[0].Tool.Driver.Rules); n != 4 {
		t.Errorf("%d rules, want 4", n)
	}
	// the run's exit status, and the version the report records
	inv := log.Runs[0].Invocations
	if len(inv) != 1 || inv[0].ExitCode != 1 || !inv[0].ExecutionSuccessful || log.Runs[0].Tool.Driver.Version != "1.2.3" {
		t.Errorf("invocations %+v, driver version %q: want exit code 1 and 1.2.3", inv, log.Runs[0].Tool.Driver.Version)
	}
	pass := sample()
	pass.Documents[0].Passed = true
	if err := json.Unmarshal([]byte(renderString(t, "sarif", pass)), &log); err != nil || log.Runs[0].Invocations[0].ExitCode != 0 {
		t.Errorf("a passing run: %v, invocations %+v", err, log.Runs[0].Invocations)
	}
}

func TestTextColourOnlyWhenAsked(t *testing.T) {
	var plain, colour bytes.Buffer
	_ = (Text{}).Render(&plain, sample())
	_ = (Text{Color: true}).Render(&colour, sample())
	if strings.Contains(plain.String(), "\x1b[") {
		t.Error("plain text contains escape codes")
	}
	if !strings.Contains(colour.String(), "\x1b[31m") {
		t.Error("coloured text has no red")
	}
}

func TestUnknownFormat(t *testing.T) {
	_, err := New("yaml", Options{})
	if !errors.Is(err, ErrUnknownFormat) {
		t.Fatalf("err = %v, want ErrUnknownFormat", err)
	}
	if !strings.Contains(err.Error(), "json") {
		t.Errorf("error %q does not list the formats", err)
	}
}

func TestMarkdownEscapesTables(t *testing.T) {
	var buf bytes.Buffer
	_ = (Markdown{}).Render(&buf, sample())
	if !strings.Contains(buf.String(), `PT available 99.5% \| credits &lt;10%&gt;.`) {
		t.Errorf("pipe and angle brackets not escaped:\n%s", buf.String())
	}
}

// A human-readable report shows at most three sentences per check and
// says how many more the JSON carries; JSON carries all of them.
func TestEvidenceCapped(t *testing.T) {
	rep := sample()
	var ev []report.Evidence
	for i := 1; i <= 5; i++ {
		ev = append(ev, report.Evidence{Clause: "5." + itoa(i), Quote: "sentence " + itoa(i)})
	}
	rep.Documents[0].Findings[2].Evidence = ev
	for _, format := range []string{"text", "markdown"} {
		out := renderString(t, format, rep)
		if !strings.Contains(out, "sentence 3") || strings.Contains(out, "sentence 4") {
			t.Errorf("%s: want the first three sentences only:\n%s", format, out)
		}
		if !strings.Contains(out, "2 more sentences") {
			t.Errorf("%s: the count of sentences left out is missing:\n%s", format, out)
		}
	}
	if !strings.Contains(renderString(t, "json", rep), "sentence 5") {
		t.Error("json must carry every sentence")
	}
}

func renderString(t *testing.T, format string, rep report.Report) string {
	t.Helper()
	r, err := New(format, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := r.Render(&b, rep); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// Control characters from a draft or a file name must not reach the
// terminal raw: an OSC title, a screen clear or a bidi override become
// visible text; tabs, newlines and ordinary text stay.
func TestVisible(t *testing.T) {
	cases := map[string]string{
		"plain “quoted” text\tand tab\n": "plain “quoted” text\tand tab\n",
		"\x1b]0;PASS\x07":                `\x1b]0;PASS\x07`,
		"FAIL\x1b[2K\rPASS":              `FAIL\x1b[2K\x0dPASS`,
		"evil\u202egnp.md":               `evil\u202egnp.md`,
		"\u009b31m":                      `\x9b31m`,
		"bad \xff byte":                  `bad \xff byte`,
	}
	for in, want := range cases {
		if got := Visible(in); got != want {
			t.Errorf("Visible(%q) = %q, want %q", in, got, want)
		}
	}
	type inner struct{ Text string }
	v := struct {
		Name  string
		Items []inner
		Notes map[string]string
		ptr   *inner
	}{Name: "a\x1b[2Jb", Items: []inner{{"c\x07"}}, Notes: map[string]string{"k": "\x1bX"}}
	VisibleAll(&v)
	if v.Name != `a\x1b[2Jb` || v.Items[0].Text != `c\x07` || v.Notes["k"] != `\x1bX` {
		t.Errorf("VisibleAll left controls: %+v", v)
	}
}

// SARIF that code-scanning accepts: logical locations unique per result,
// percent-encoded URIs against %SRCROOT%, rules with full descriptions and
// a default level, and fingerprints that survive reformatting.
func TestSARIFInvariants(t *testing.T) {
	quote := "Provisioned Throughput commitments are non-cancellable."
	mk := func(q string) report.Report {
		return report.Report{Schema: report.Schema,
			Checks: []report.Check{{ID: "C3", Title: "PT cancellation", Description: "A right to cancel PT.", Severity: report.Critical, Remediation: "Ask for it."}},
			Documents: []report.DocumentReport{{Path: "drafts/Vendor Draft #2 (v3).md", Findings: []report.Finding{{
				ID: "C3", Status: report.Conflict, Severity: report.Critical, Title: "PT cancellation", Reason: "non-cancellable",
				Evidence: []report.Evidence{{Clause: "6.1", Page: 2, Quote: q}, {Clause: "6.1", Quote: "Another sentence of 6.1."}},
			}}}}}
	}
	render := func(rep report.Report) map[string]any {
		var b bytes.Buffer
		if err := (SARIF{Version: "1.0.0"}).Render(&b, rep); err != nil {
			t.Fatal(err)
		}
		mustValidSARIF(t, rep.Documents[0].Path, b.Bytes())
		var v map[string]any
		if err := json.Unmarshal(b.Bytes(), &v); err != nil {
			t.Fatal(err)
		}
		return v
	}
	get := func(v any, path ...any) any {
		for _, p := range path {
			switch k := p.(type) {
			case string:
				v = v.(map[string]any)[k]
			case int:
				v = v.([]any)[k]
			}
		}
		return v
	}
	v := render(mk(quote))
	res := get(v, "runs", 0, "results", 0)
	loc := get(res, "locations", 0)
	if n := len(get(loc, "logicalLocations").([]any)); n != 1 {
		t.Errorf("%d logical locations for one clause, want 1 (uniqueItems)", n)
	}
	// each segment escaped as a URI path segment: spaces, "#" and brackets
	if uri := get(loc, "physicalLocation", "artifactLocation", "uri"); uri != "drafts/Vendor%20Draft%20%232%20%28v3%29.md" {
		t.Errorf("uri %q is not percent-encoded", uri)
	}
	if base := get(loc, "physicalLocation", "artifactLocation", "uriBaseId"); base != "%SRCROOT%" {
		t.Errorf("uriBaseId %v", base)
	}
	if snip := get(loc, "physicalLocation", "region", "snippet", "text"); snip != quote {
		t.Errorf("region snippet %v", snip)
	}
	if page := get(res, "properties", "page"); page != float64(2) {
		t.Errorf("page %v", page)
	}
	if _, ok := get(loc, "physicalLocation", "region").(map[string]any)["startLine"]; ok {
		t.Errorf("a PDF's evidence has lines: %v", get(loc, "physicalLocation", "region"))
	}
	// a text or Markdown draft's evidence: its lines and columns
	lined := mk(quote)
	lined.Documents[0].Findings[0].Evidence[0] = report.Evidence{Clause: "6.1", Quote: quote, Line: 12, Column: 5, EndLine: 13, EndColumn: 22}
	lv := render(lined)
	region := get(lv, "runs", 0, "results", 0, "locations", 0, "physicalLocation", "region")
	for k, want := range map[string]float64{"startLine": 12, "startColumn": 5, "endLine": 13, "endColumn": 22} {
		if got := get(region, k); got != want {
			t.Errorf("region %s %v, want %v", k, got, want)
		}
	}
	if get(lv, "runs", 0, "columnKind") != "unicodeCodePoints" {
		t.Errorf("columnKind %v", get(lv, "runs", 0, "columnKind"))
	}
	if lfp := get(lv, "runs", 0, "results", 0, "partialFingerprints", "clausecheckFinding/v1"); lfp != get(res, "partialFingerprints", "clausecheckFinding/v1") {
		t.Errorf("the line moved the fingerprint: %v", lfp)
	}
	rule := get(v, "runs", 0, "tool", "driver", "rules", 0)
	if get(rule, "fullDescription", "text") != "A right to cancel PT." || get(rule, "defaultConfiguration", "level") != "error" {
		t.Errorf("rule %v", rule)
	}
	fp := get(res, "partialFingerprints", "clausecheckFinding/v1")
	// the same finding with the quote re-wrapped and re-cased
	again := get(render(mk("provisioned  throughput commitments are\nNON-cancellable")), "runs", 0, "results", 0, "partialFingerprints", "clausecheckFinding/v1")
	if fp == nil || fp != again {
		t.Errorf("fingerprints %v and %v differ for the same finding", fp, again)
	}
	other := get(render(mk("Provisioned Throughput commitments may be cancelled.")), "runs", 0, "results", 0, "partialFingerprints", "clausecheckFinding/v1")
	if other == fp {
		t.Errorf("a different evidence gives the same fingerprint")
	}
}

// GitHub workflow commands: one per finding short of met, error exactly
// when the gate fails on it, with the file named and the text escaped.
func TestGitHubAnnotations(t *testing.T) {
	var b bytes.Buffer
	if err := (GitHub{}).Render(&b, sample()); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"::error file=drafts/bedrock-addendum.md,line=41,endLine=42,title=C3 Provisioned Throughput cancellation rights::conflict: ",
		"::warning file=drafts/bedrock-addendum.md,title=C6 SLA on Provisioned Throughput::partial: ",
		"%0ARemediation: Ask for 99.9%25 with service credits.",
		"::warning file=drafts/bedrock-addendum.md,title=clausecheck::page 3: no text layer",
		"::notice title=clausecheck::.clausecheck.yaml: waiver for C2 (old/*.md) matched no finding",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in:\n%s", want, out)
		}
	}
	if strings.Contains(out, "L5") || strings.Contains(out, "C1 ") {
		t.Errorf("a met or waived finding was annotated:\n%s", out)
	}
	if n := strings.Count(out, "\n"); n != 4 {
		t.Errorf("%d lines, want 4 (one command per line):\n%s", n, out)
	}
}

// A draft that could not be checked is an error entry in every format
// that has one: a JUnit test in error, a SARIF error notification on the
// draft with the run marked unsuccessful, and the JSON's errors.
func TestUnreadableDraftInReports(t *testing.T) {
	rep := sample()
	rep.Errors = []report.DraftError{{Path: "drafts/empty.md", Message: "extract drafts/empty.md: empty draft"}}
	var j junitSuites
	if err := xml.Unmarshal([]byte(renderString(t, "junit", rep)), &j); err != nil {
		t.Fatal(err)
	}
	last := j.Suites[len(j.Suites)-1]
	if j.Errors != 1 || j.Tests != 5 || last.Name != "drafts/empty.md" || last.Errors != 1 || last.Cases[0].Error == nil ||
		!strings.Contains(last.Cases[0].Error.Message, "empty draft") {
		t.Errorf("junit: errors %d tests %d, last suite %+v", j.Errors, j.Tests, last)
	}
	out := renderString(t, "sarif", rep)
	mustValidSARIF(t, "unreadable", []byte(out))
	var log sarifLog
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatal(err)
	}
	inv := log.Runs[0].Invocations
	if len(inv) != 1 || inv[0].ExecutionSuccessful {
		t.Fatalf("sarif invocations %+v: want one, unsuccessful", inv)
	}
	notes := inv[0].ToolExecutionNotifications
	if n := notes[len(notes)-1]; n.Level != "error" || n.Locations[0].PhysicalLocation.ArtifactLocation.URI != "drafts/empty.md" {
		t.Errorf("sarif: last notification %+v", n)
	}
	if !strings.Contains(renderString(t, "json", rep), `"errors": [`) {
		t.Error("json has no errors")
	}
}

func TestBatchSummary(t *testing.T) {
	doc := func(passed bool, gate ...string) report.DocumentReport {
		d := report.DocumentReport{Path: "d.md", Passed: passed}
		for _, id := range gate {
			d.Findings = append(d.Findings, report.Finding{ID: id, Status: report.Missing, FailsGate: true})
		}
		d.Findings = append(d.Findings, report.Finding{ID: "L4", Status: report.Missing})
		return d
	}
	var twelve []report.DocumentReport
	for i := 0; i < 9; i++ {
		twelve = append(twelve, doc(true))
	}
	twelve = append(twelve, doc(false, "C3"), doc(false, "C3", "C4"), doc(false, "C4", "C4"))
	cases := []struct {
		rep  report.Report
		want string
	}{
		{report.Report{Documents: twelve}, "12 drafts: 9 passed, 3 failed (C3 ×2, C4 ×2)"},
		{report.Report{Documents: twelve[:1]}, "1 draft: 1 passed, 0 failed"},
		{report.Report{Documents: twelve[8:10], Errors: []report.DraftError{{Path: "x.pdf"}}}, "3 drafts: 1 passed, 1 failed (C3 ×1), 1 not checked"},
		{report.Report{}, "0 drafts: 0 passed, 0 failed"},
	}
	for _, c := range cases {
		if got := BatchSummary(c.rep); got != c.want {
			t.Errorf("got %q, want %q", got, c.want)
		}
	}
}

// A draft read only in part: every format says what was lost and that it
// cannot pass, and an unknown critical check is an error where a missing
// one is.
func TestIncompleteDraftInReports(t *testing.T) {
	rep := sample()
	d := &rep.Documents[0]
	d.Incomplete = []string{"page 6 unreadable"}
	d.Findings[2].Status, d.Findings[2].Reason = report.Unknown, "unknown (page 6 unreadable): on the text read, partial: availability 99.5%"
	d.Findings[2].FailsGate = true
	d.Summary.Partial, d.Summary.Unknown = 0, 1
	for _, format := range Formats() {
		out := renderString(t, format, rep)
		if !strings.Contains(out, "page 6 unreadable") {
			t.Errorf("%s does not say which page was lost:\n%s", format, out)
		}
		if format != "json" && !strings.Contains(out, "cannot pass") {
			t.Errorf("%s does not say the draft cannot pass:\n%s", format, out)
		}
	}
	if out := renderString(t, "text", rep); !strings.Contains(out, "1 unknown") || !strings.Contains(out, "? C6  unknown") {
		t.Errorf("text: no unknown count or mark:\n%s", out)
	}
	if f := d.Findings[2]; sarifLevel(f) != "error" {
		t.Errorf("sarif level of an unknown critical check: %s", sarifLevel(f))
	}
	var j junitSuites
	if err := xml.Unmarshal([]byte(renderString(t, "junit", rep)), &j); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, c := range j.Suites[0].Cases {
		if c.Failure != nil && c.Failure.Type == "incomplete" {
			found = true
		}
	}
	if !found {
		t.Errorf("junit: no failed case for the lost page: %+v", j.Suites[0].Cases)
	}
	mustValidSARIF(t, "incomplete", []byte(renderString(t, "sarif", rep)))
}
