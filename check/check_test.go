package check

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/clausecheck/clausecheck/document"
	"github.com/clausecheck/clausecheck/extract"
	"github.com/clausecheck/clausecheck/internal/fuzzdeadline"
	"github.com/clausecheck/clausecheck/report"
	"github.com/clausecheck/clausecheck/rules"
)

var (
	engineOnce sync.Once
	engine     *Engine
	engineErr  error
)

func testEngine(t testing.TB) *Engine {
	t.Helper()
	engineOnce.Do(func() { engine, engineErr = New(context.Background(), Options{}) })
	if engineErr != nil {
		t.Fatal(engineErr)
	}
	return engine
}

// cl is a clause: "id|heading|kind|text"; kind defaults to clause.
type cl struct {
	id, heading, kind, text, parent string
	refs                            []document.Ref
	facts                           []document.Fact
}

// mkdoc lays clauses out in Document.Text with consistent offsets.
func mkdoc(path string, cls ...cl) *document.Document {
	d := &document.Document{Schema: document.Schema, Path: path, Format: document.FormatMarkdown, SHA256: "00"}
	var b strings.Builder
	for _, c := range cls {
		kind := c.kind
		if kind == "" {
			kind = document.KindClause
		}
		start := b.Len()
		b.WriteString(c.text)
		b.WriteString("\n\n")
		refs := append([]document.Ref(nil), c.refs...)
		for i := range refs {
			refs[i].Offset = start + strings.Index(c.text, refs[i].Text)
		}
		d.Clauses = append(d.Clauses, document.Clause{
			ID: c.id, Number: c.id, Heading: c.heading, Kind: kind, Text: c.text,
			Start: start, End: start + len(c.text), Page: 1, Refs: refs, Facts: c.facts, ParentID: c.parent,
		})
	}
	d.Text = b.String()
	return d
}

const bedrockIntro = "This Amazon Bedrock Addendum to the AWS Enterprise Discount Program is between AWS and Customer."

func statuses(t *testing.T, doc *document.Document, cfg *rules.Config) map[string]report.Finding {
	t.Helper()
	dr, err := testEngine(t).Check(context.Background(), doc, cfg)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]report.Finding{}
	for _, f := range dr.Findings {
		if _, dup := out[f.ID]; dup {
			t.Fatalf("check %s reported twice", f.ID)
		}
		out[f.ID] = f
	}
	return out
}

func TestSemantics(t *testing.T) {
	cases := []struct {
		name    string
		clauses []cl
		want    map[string]report.Status
	}{
		{"negated training and residency is met", []cl{
			{id: "1", text: bedrockIntro},
			{id: "5.1", text: "AWS will not use prompts or completions to train or improve any foundation model."},
			{id: "5.2", text: "Customer Content will remain in the AWS Region selected by Customer."},
		}, map[string]report.Status{"C4": report.Met}},
		{"permission to improve models is a conflict", []cl{
			{id: "1", text: bedrockIntro},
			{id: "5.1", text: "AWS may use Inputs to improve its models."},
		}, map[string]report.Status{"C4": report.Conflict}},
		{"prompts only is partial", []cl{
			{id: "5.1", text: "AWS will not use prompts to train any model."},
			{id: "5.2", text: "Customer Content will remain in the AWS Region selected by Customer."},
		}, map[string]report.Status{"C4": report.Partial}},
		{"staff training is no training clause", []cl{
			{id: "2.1", text: "Supplier shall provide staff training on security to its personnel."},
		}, map[string]report.Status{"C4": report.Missing}},
		{"a recital commits to nothing", []cl{
			{id: "recital-1", kind: document.KindRecital, text: "WHEREAS AWS will not use prompts or completions to train any model and data will remain in the AWS Region selected."},
		}, map[string]report.Status{"C4": report.Missing}},
		{"a term sheet that binds nobody is at most partial", []cl{
			{id: "1", text: "This term sheet is not binding on either party."},
			{id: "2", text: "AWS will not use prompts or completions to train any model and data will remain in the AWS Region selected."},
		}, map[string]report.Status{"C4": report.Partial}},
		{"shall not be entitled to cancel is a conflict", []cl{
			{id: "4.1", text: "Customer shall not be entitled to cancel Provisioned Throughput commitments."},
		}, map[string]report.Status{"C3": report.Conflict}},
		{"cancel on 90 days is partial", []cl{
			{id: "4.1", text: "Customer may cancel a Provisioned Throughput commitment on ninety (90) days' notice if the model is deprecated or if Customer moves its usage to another Bedrock model."},
		}, map[string]report.Status{"C3": report.Partial}},
		{"cancel on 60 days with both triggers is met", []cl{
			{id: "4.1", text: "Customer may cancel a Provisioned Throughput commitment on sixty (60) days' notice if the model is deprecated or if Customer moves its usage to another Bedrock model."},
		}, map[string]report.Status{"C3": report.Met}},
		{"triggers in sub-clauses count", []cl{
			{id: "4.1", text: "Customer may cancel a Provisioned Throughput commitment on thirty (30) days' notice where:"},
			{id: "4.1(a)", parent: "4.1", text: "(a) the covered model is materially deprecated; or"},
			{id: "4.1(b)", parent: "4.1", text: "(b) Customer moves the workload to another Bedrock model."},
		}, map[string]report.Status{"C3": report.Met}},
		{"list items share a negated lead-in", []cl{
			{id: "5.1", text: "AWS shall not:"},
			{id: "5.1(a)", parent: "5.1", text: "(a) use prompts or completions to train foundation models; or"},
			{id: "5.1(b)", parent: "5.1", text: "(b) store or process prompts or completions outside the AWS Region selected by Customer."},
		}, map[string]report.Status{"C4": report.Met}},
		{"a lead-in ending in 'without commitment:' negates no item", []cl{
			{id: "1", text: bedrockIntro},
			{id: "3.2", text: "Customer may pre-purchase Provisioned Throughput credits at the following tiers, measured against the standalone rate without commitment:"},
			{id: "3.2(a)", parent: "3.2", text: "(a) pre-purchases of up to $1,000,000, thirty-eight percent (38%) below the standalone rate; and"},
			{id: "3.2(b)", parent: "3.2", text: "(b) pre-purchases above $1,000,000, forty-four percent (44%) below the standalone rate."},
		}, map[string]report.Status{"L3": report.Met}},
		{"a word-for-word amendment is judged on the amended clause", []cl{
			{id: "3.3", text: "Customer may cancel a Provisioned Throughput commitment on ninety (90) days' notice if the model is deprecated or if Customer moves the workload to another Bedrock model."},
			{id: "9.2", heading: "Amendments", text: "In Section 3.3, \"ninety (90) days'\" is replaced by \"sixty (60) days'\".", refs: []document.Ref{{Text: "Section 3.3", Target: "3.3"}}},
		}, map[string]report.Status{"C3": report.Met}},
		{"a word-for-word amendment can make a term worse", []cl{
			{id: "3.3", text: "Customer may cancel a Provisioned Throughput commitment on sixty (60) days' notice if the model is deprecated or if Customer moves the workload to another Bedrock model."},
			{id: "9.2", heading: "Amendments", text: "In Section 3.3, “sixty (60) days’” is replaced by “one hundred and twenty (120) days’”.", refs: []document.Ref{{Text: "Section 3.3", Target: "3.3"}}},
		}, map[string]report.Status{"C3": report.Partial}},
		{"an amendment adding words is judged with the clause it amends", []cl{
			{id: "4", heading: "Provisioned Throughput Availability", text: "AWS will make Provisioned Throughput available 99.9% of each month."},
			{id: "A1", heading: "Amendment No. 1", text: "Section 4 is amended by adding at the end: \"If it does not, AWS will give Customer a service credit of 10% of the monthly Provisioned Throughput charges.\"", refs: []document.Ref{{Text: "Section 4", Target: "4"}}},
		}, map[string]report.Status{"C6": report.Met}},
		{"a term defined as Amazon Bedrock scopes a commitment", []cl{
			{id: "1.1", text: "\"Services\" means Amazon Bedrock and the features made available through it."},
			{id: "2.1", text: "Customer commits to spend $2,500,000 per Contract Year on the Services. AWS grants a discount of twelve percent (12%) on the published on-demand rates."},
		}, map[string]report.Status{"L1": report.Partial}},
		{"a term defined by reference to Bedrock data is not Bedrock", []cl{
			{id: "1.1", text: "\"Customer Content\" means the data that Customer submits to Amazon Bedrock."},
			{id: "2.1", text: "Customer commits to keep Customer Content accurate. A discount of twelve percent (12%) applies."},
		}, map[string]report.Status{"L1": report.Missing}},
		{"no licence fee next to infrastructure charges is met", []cl{
			{id: "1", text: bedrockIntro},
			{id: "8.1", text: "Customer may import custom models built on open-weight models into Amazon Bedrock. AWS charges only for the infrastructure used to store and serve an imported model; no licence fee or per-import fee applies."},
		}, map[string]report.Status{"C5": report.Met}},
		{"notwithstanding overrides only the section it names", []cl{
			{id: "2.1", text: "Customer commits to Amazon Bedrock spend of USD 900,000 per year: USD 600,000 to Anthropic Claude models and USD 300,000 to Amazon Nova models."},
			{id: "2.2", text: "Bedrock usage under Section 2.1 is invoiced at fifteen percent (15%) below the published on-demand rates."},
			{id: "B1", text: "Notwithstanding Section 2.2, Bedrock usage under Section 2.1 is invoiced at twenty percent (20%) below the published on-demand rates.",
				refs: []document.Ref{{Text: "Section 2.2", Target: "2.2"}, {Text: "Section 2.1", Target: "2.1"}}},
		}, map[string]report.Status{"L1": report.Met, "L2": report.Partial}},
		{"a reference to the clause's own section is not missing", []cl{
			{id: "3.2", text: "Provisioned Throughput is expressly excluded from this Section 3 and from any other service level commitment.",
				refs: []document.Ref{{Text: "Section 3", Target: "3", Missing: true}}},
		}, map[string]report.Status{"C6": report.Conflict}},
		{"an unparsed label opening a sentence is no reference", []cl{
			{id: "ARTICLE VI", text: "Section 6.1 Customer may import custom model weights based on open-weight models into Amazon Bedrock.",
				refs: []document.Ref{{Text: "Section 6.1", Target: "6.1", Missing: true}}},
		}, map[string]report.Status{"C5": report.Partial}},
		{"a reference inside the sentence to a section not in the draft satisfies nothing", []cl{
			{id: "2.1", text: "Customer may import custom models as set out in Section 6.1.", refs: []document.Ref{{Text: "Section 6.1", Target: "6.1", Missing: true}}},
		}, map[string]report.Status{"C5": report.Missing}},
		{"a termination after 'even if' grants nothing", []cl{
			{id: "50.12.3", text: "Provisioned Throughput commitments are nontransferable and noncancellable, so you will be charged for the duration of the term you selected, even if you terminate the Agreement."},
		}, map[string]report.Status{"C3": report.Conflict}},
		{"another service's reserved capacity is not Provisioned Throughput", []cl{
			{id: "19", text: "Customer may terminate any Amazon DynamoDB Reserved Capacity on thirty (30) days' notice."},
		}, map[string]report.Status{"C3": report.Missing}},
		{"placeholder is missing", []cl{
			{id: "3", heading: "Token counting", text: "Token counting: TBD."},
		}, map[string]report.Status{"C1": report.Missing}},
		{"definition grants nothing", []cl{
			{id: "1.7", text: "\"Customer Claim\" means a claim alleging that data AWS has used to train a model infringes a right."},
		}, map[string]report.Status{"C4": report.Missing}},
		{"99.5 is not 99.9", []cl{
			{id: "6.1", text: "AWS will make Provisioned Throughput available 99.5% of each month, and Customer receives service credits when it misses."},
		}, map[string]report.Status{"C6": report.Partial}},
		{"on-demand SLA does not cover PT", []cl{
			{id: "6.1", text: "On-demand inference will be available 99.9% of each month, with service credits."},
		}, map[string]report.Status{"C6": report.Missing}},
		{"99.99 for another service does not count", []cl{
			{id: "6.1", text: "Amazon S3 will be available 99.99% of each month, with service credits."},
		}, map[string]report.Status{"C6": report.Missing}},
		{"PT excluded from SLA is a conflict", []cl{
			{id: "6.1", text: "Provisioned Throughput is excluded from any service level agreement and provided on a best-effort basis."},
		}, map[string]report.Status{"C6": report.Conflict}},
		{"intentionally omitted is missing", []cl{
			{id: "3", heading: "Token Counting", text: "[Intentionally Omitted]"},
		}, map[string]report.Status{"C1": report.Missing}},
		{"two of three C1 elements is partial", []cl{
			{id: "3.1", text: "Billable tokens are counted by the model tokenizer. System prompts and tool definitions count as input tokens."},
		}, map[string]report.Status{"C1": report.Partial}},
		{"by the same token is no token counting", []cl{
			{id: "9.1", text: "By the same token, each party bears its own costs."},
		}, map[string]report.Status{"C1": report.Missing}},
		{"missing cross-reference satisfies nothing", []cl{
			{id: "3.1", text: "Billable tokens are counted as set out in Section 12.4.", refs: []document.Ref{{Text: "Section 12.4", Target: "12.4", Missing: true}}},
		}, map[string]report.Status{"C1": report.Missing}},
		{"a good faith discussion of a critical clause commits to nothing", []cl{
			{id: "2.1", text: "The parties will discuss in good faith a credit if AWS deprecates a foundation model."},
		}, map[string]report.Status{"C2": report.Missing}},
		{"a good faith discussion of a lever is partial", []cl{
			{id: "1", text: bedrockIntro},
			{id: "2.1", text: "The parties will discuss in good faith PT pre-purchase credits in tiers at 40% below standalone Provisioned Throughput rates."},
		}, map[string]report.Status{"L3": report.Partial}},
		{"deprecation at any time without notice is a conflict", []cl{
			{id: "2.1", text: "AWS may deprecate any model at any time without notice or liability."},
		}, map[string]report.Status{"C2": report.Conflict}},
		{"per-import fee is a conflict", []cl{
			{id: "7.1", text: "Customer may import custom models. A licence fee of USD 2,000 applies to each import."},
		}, map[string]report.Status{"C5": report.Conflict}},
		{"12% discount is below the floor", []cl{
			{id: "1", text: bedrockIntro},
			{id: "2.1", text: "Customer commits to spend USD 8,000,000 per year on Amazon Bedrock under the EDP at a 12% discount below on-demand rates."},
		}, map[string]report.Status{"L1": report.Partial}},
		{"28% discount meets L1", []cl{
			{id: "1", text: bedrockIntro},
			{id: "2.1", text: "Customer commits to spend USD 8,000,000 per year on Amazon Bedrock under the EDP at a 28% discount below on-demand rates."},
		}, map[string]report.Status{"L1": report.Met}},
		{"another provider's commit is no Bedrock lever", []cl{
			{id: "1", text: "This Azure OpenAI Service addendum is between Microsoft and Customer."},
			{id: "2.1", text: "Customer commits to spend USD 8,000,000 per year on Azure OpenAI at a 28% discount below list rates."},
		}, map[string]report.Status{"L1": report.Missing}},
		{"amendment overrides the body", []cl{
			{id: "6.1", text: "AWS will make Provisioned Throughput available 99.5% of each month, with service credits."},
			{id: "A", heading: "Amendment No. 1", kind: document.KindPart, text: "Amendment No. 1"},
			{id: "A/1", parent: "A", text: "Section 6.1 is deleted and replaced with: AWS will make Provisioned Throughput available 99.9% of each month, with service credits.", refs: []document.Ref{{Text: "Section 6.1", Target: "6.1"}}},
		}, map[string]report.Status{"C6": report.Met}},
		{"amendment can make things worse", []cl{
			{id: "4.1", text: "Customer may cancel a Provisioned Throughput commitment on sixty (60) days' notice if the model is deprecated or if Customer moves its usage to another Bedrock model."},
			{id: "A", heading: "Amendment No. 1", kind: document.KindPart, text: "Amendment No. 1"},
			{id: "A/1", parent: "A", text: "Section 4.1 is deleted and replaced with: Provisioned Throughput commitments are non-cancellable.", refs: []document.Ref{{Text: "Section 4.1", Target: "4.1"}}},
		}, map[string]report.Status{"C3": report.Conflict}},
		{"body prevails over the appendix when it says so", []cl{
			{id: "1.2", text: "In the event of any conflict, the body of this Addendum prevails over the Appendix."},
			{id: "6.1", text: "AWS will make Provisioned Throughput available 99.5% of each month, with service credits."},
			{id: "App", heading: "Appendix A", kind: document.KindPart, text: "Appendix A"},
			{id: "App/1", parent: "App", text: "AWS will make Provisioned Throughput available 99.9% of each month, with service credits."},
		}, map[string]report.Status{"C6": report.Partial}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := statuses(t, mkdoc("t.md", c.clauses...), nil)
			if len(got) != 13 {
				t.Errorf("%d findings, want 13", len(got))
			}
			for id, want := range c.want {
				if got[id].Status != want {
					t.Errorf("%s = %s (%s), want %s", id, got[id].Status, got[id].Reason, want)
				}
			}
		})
	}
}

func TestEvidenceAndFacts(t *testing.T) {
	got := statuses(t, mkdoc("t.md",
		cl{id: "1", text: bedrockIntro},
		cl{id: "4.1", text: "Customer may cancel a Provisioned Throughput commitment on ninety (90) days' notice if the model is deprecated."},
	), nil)
	f := got["C3"]
	if len(f.Evidence) == 0 || f.Evidence[0].Clause != "4.1" || !strings.Contains(f.Evidence[0].Quote, "ninety (90) days") {
		t.Errorf("evidence %+v", f.Evidence)
	}
	if f.Facts["cancel_notice_days"] != 90.0 {
		t.Errorf("facts %v", f.Facts)
	}
	if f.Remediation == "" || f.Title == "" || f.Severity != report.Critical {
		t.Errorf("metadata not carried: %+v", f)
	}
}

func TestFactsFromExtractorWin(t *testing.T) {
	text := "Provisioned Throughput availability will be ninety-nine point nine percent of each month, with service credits."
	doc := mkdoc("t.md", cl{id: "6.1", text: text, facts: []document.Fact{{Kind: document.FactPercent, Text: "ninety-nine point nine percent", Value: 99.9}}})
	doc.Clauses[0].Facts[0].Offset = doc.Clauses[0].Start + strings.Index(text, "ninety")
	got := statuses(t, doc, nil)
	if got["C6"].Status != report.Met || got["C6"].Facts["sla_percent"] != 99.9 {
		t.Errorf("C6 %s %v", got["C6"].Status, got["C6"].Facts)
	}
}

func TestConfigThresholdSeverityDisabledWaiver(t *testing.T) {
	rs := rules.MustDefault()
	cfg, err := rules.ParseConfig([]byte(`thresholds: {pt_sla_percent: 99.5}
severities: {L1: critical}
disabled: [L6]
waivers:
  - {check: C5, path: "t.md", reason: no custom models}
  - {check: C2, path: "t.md", reason: old, expires: 2020-01-01}
  - {check: C1, path: "other/*.md", reason: unused}
`), rs)
	if err != nil {
		t.Fatal(err)
	}
	doc := mkdoc("t.md", cl{id: "6.1", text: "AWS will make Provisioned Throughput available 99.5% of each month, with service credits."})
	eng, err := New(context.Background(), Options{Now: func() time.Time { return time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC) }})
	if err != nil {
		t.Fatal(err)
	}
	run := eng.NewRun()
	dr, err := run.Check(context.Background(), doc, cfg)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]report.Finding{}
	for _, f := range dr.Findings {
		got[f.ID] = f
	}
	if _, ok := got["L6"]; ok || len(dr.Findings) != 12 {
		t.Errorf("L6 not disabled: %d findings", len(dr.Findings))
	}
	if got["C6"].Status != report.Met {
		t.Errorf("C6 with threshold 99.5: %s %s", got["C6"].Status, got["C6"].Reason)
	}
	if got["L1"].Severity != report.Critical {
		t.Errorf("L1 severity %s", got["L1"].Severity)
	}
	if !got["C5"].Waived || got["C5"].WaiverReason != "no custom models" {
		t.Errorf("C5 not waived: %+v", got["C5"])
	}
	if got["C2"].Waived {
		t.Error("expired waiver applied")
	}
	if dr.Summary.Waived != 1 || dr.Passed {
		t.Errorf("summary %+v passed %v", dr.Summary, dr.Passed)
	}
	rep := run.Report()
	joined := strings.Join(rep.Notices, "\n")
	if !strings.Contains(joined, "C2") || !strings.Contains(joined, "expired on 2020-01-01") {
		t.Errorf("no expiry notice: %q", joined)
	}
	if !strings.Contains(joined, "C1 (other/*.md) matched no finding") {
		t.Errorf("no unused-waiver notice: %q", joined)
	}
	if rep.Schema != report.Schema || len(rep.Documents) != 1 {
		t.Errorf("report %+v", rep)
	}
}

func TestGate(t *testing.T) {
	ctx := context.Background()
	full := mkdoc("t.md",
		cl{id: "1", text: bedrockIntro},
		cl{id: "5.1", text: "AWS will not use prompts or completions to train or improve any foundation model."},
	)
	for _, c := range []struct {
		gate FailOn
		want bool
	}{{FailOnCritical, false}, {FailOnWarning, false}, {FailOnNone, true}} {
		eng, err := New(ctx, Options{FailOn: c.gate})
		if err != nil {
			t.Fatal(err)
		}
		dr, err := eng.Check(ctx, full, nil)
		if err != nil {
			t.Fatal(err)
		}
		if dr.Passed != c.want {
			t.Errorf("gate %s: passed %v, want %v", c.gate, dr.Passed, c.want)
		}
	}
	if _, err := ParseFailOn("sometimes"); !errors.Is(err, ErrUsage) {
		t.Errorf("err = %v", err)
	}
}

func TestGateWaivedCriticalPasses(t *testing.T) {
	var b strings.Builder
	b.WriteString("waivers:\n")
	for _, id := range []string{"C1", "C2", "C3", "C4", "C5", "C6"} {
		b.WriteString("  - {check: " + id + ", path: \"**\", reason: test}\n")
	}
	cfg, err := rules.ParseConfig([]byte(b.String()), rules.MustDefault())
	if err != nil {
		t.Fatal(err)
	}
	dr, err := testEngine(t).Check(context.Background(), mkdoc("x/t.md", cl{id: "1", text: "Nothing relevant."}), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if !dr.Passed {
		t.Error("waived critical findings failed the gate")
	}
}

func TestFindingsSortedAndDeterministic(t *testing.T) {
	doc := mkdoc("t.md", cl{id: "1", text: bedrockIntro})
	a := statusesList(t, doc)
	b := statusesList(t, doc)
	if strings.Join(a, ",") != "C1,C2,C3,C4,C5,C6,L1,L2,L3,L4,L5,L6,L7" || strings.Join(a, ",") != strings.Join(b, ",") {
		t.Errorf("order %v / %v", a, b)
	}
}

func statusesList(t *testing.T, doc *document.Document) []string {
	dr, err := testEngine(t).Check(context.Background(), doc, nil)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, f := range dr.Findings {
		ids = append(ids, f.ID)
	}
	return ids
}

func TestLessID(t *testing.T) {
	if !lessID("C2", "C10") || lessID("L1", "C6") || !lessID("C6", "L1") {
		t.Error("lessID order wrong")
	}
}

func FuzzCheck(f *testing.F) {
	f.Add("AWS will not use prompts or completions to train any model, except to improve the Service.")
	f.Add("Customer may cancel PT on 60 days' notice where: (a) the model is deprecated; or")
	f.Add("In Section 3.3, \"ninety\" is replaced by \"sixty\". Notwithstanding anything to the contrary, AWS may.")
	f.Fuzz(func(t *testing.T, text string) {
		fuzzdeadline.Run(t, func() {
			e := testEngine(t)
			doc := mkdoc("f.md", cl{id: "1.1", text: text}, cl{id: "1.2", parent: "1.1", text: text})
			dr, err := e.Check(context.Background(), doc, nil)
			if err != nil {
				t.Fatal(err)
			}
			if len(dr.Findings) != 13 {
				t.Fatalf("%d findings", len(dr.Findings))
			}
		})
	})
}

// A draft not read whole (a lost page) or with an amendment that could not
// be applied is never known whole: it never passes the gate, and a check
// the text read does not meet is unknown, not missing.
func TestIncompleteNeverPasses(t *testing.T) {
	ctx := context.Background()
	strong := func() *document.Document {
		return mkdoc("t.md",
			cl{id: "1", text: bedrockIntro},
			cl{id: "5.1", text: "AWS will not use prompts or completions to train or improve any foundation model."},
		)
	}
	eng := testEngine(t)
	// the critical checks it does not meet are waived, so that read whole
	// it passes
	cfg, err := rules.ParseConfig([]byte("waivers:\n"+
		"  - {check: C1, path: \"**\", reason: test}\n  - {check: C2, path: \"**\", reason: test}\n"+
		"  - {check: C3, path: \"**\", reason: test}\n  - {check: C5, path: \"**\", reason: test}\n"+
		"  - {check: C6, path: \"**\", reason: test}\n"), rules.MustDefault())
	if err != nil {
		t.Fatal(err)
	}

	whole, err := eng.Check(ctx, strong(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if len(whole.Incomplete) != 0 || !whole.Passed {
		t.Fatalf("read whole: passed %v, incomplete %v", whole.Passed, whole.Incomplete)
	}
	lost := strong()
	lost.Incomplete = []string{"page 3 unreadable"}
	dr, err := eng.Check(ctx, lost, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if dr.Passed || len(dr.Incomplete) != 1 || dr.Incomplete[0] != "page 3 unreadable" {
		t.Errorf("read in part: passed %v, incomplete %v", dr.Passed, dr.Incomplete)
	}
	wholeBy := map[string]report.Finding{}
	for _, f := range whole.Findings {
		wholeBy[f.ID] = f
	}
	unknown := 0
	for _, f := range dr.Findings {
		was := wholeBy[f.ID]
		switch {
		case was.Status == report.Met && f.Status != report.Met:
			t.Errorf("%s: met on the text read, reported %s", f.ID, f.Status)
		case was.Status != report.Met && f.Status != report.Unknown:
			t.Errorf("%s: %s on the text read of a draft read in part, want unknown", f.ID, f.Status)
		case f.Status == report.Unknown:
			unknown++
			if !strings.Contains(f.Reason, "page 3 unreadable") || !strings.Contains(f.Reason, string(was.Status)) {
				t.Errorf("%s: reason %q does not say what was lost and what the text read gives", f.ID, f.Reason)
			}
			if f.Severity == report.Critical && !f.Waived && !f.FailsGate {
				t.Errorf("%s: a critical check unknown does not fail the gate", f.ID)
			}
		}
	}
	if unknown == 0 || dr.Summary.Unknown != unknown {
		t.Errorf("unknown findings %d, summary %d", unknown, dr.Summary.Unknown)
	}

	// an amendment whose target is not in the draft, touching C4
	amended := mkdoc("t.md",
		cl{id: "1", text: bedrockIntro},
		cl{id: "5.1", text: "AWS will not use prompts or completions to train or improve any foundation model."},
		cl{id: "9.1", text: `In Section 7.4, "train or improve" is replaced with "improve".`},
	)
	dr, err = eng.Check(ctx, amended, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if dr.Passed || len(dr.Incomplete) != 1 || !strings.Contains(dr.Incomplete[0], "clause 9.1: an amendment that could not be applied") {
		t.Errorf("an unresolved amendment: passed %v, incomplete %v", dr.Passed, dr.Incomplete)
	}

	// with no gate, nothing fails
	none, err := New(ctx, Options{FailOn: FailOnNone})
	if err != nil {
		t.Fatal(err)
	}
	if dr, err = none.Check(ctx, lost, cfg); err != nil || !dr.Passed {
		t.Errorf("--fail-on none: passed %v, err %v", dr.Passed, err)
	}
}

// The engine hands the policies its Input as a Go value; the policies
// read it as they would its JSON encoding: the verdicts, reasons, facts
// and evidence are the same either way on every project draft.
func TestInputValueAsJSON(t *testing.T) {
	paths, _ := filepath.Glob("../fixtures/eval/*.md")
	txt, _ := filepath.Glob("../fixtures/eval/*.txt")
	drafts, _ := filepath.Glob("../fixtures/drafts/*.md")
	paths = append(append(paths, txt...), drafts...)
	if len(paths) < 40 {
		t.Fatalf("only %d drafts found", len(paths))
	}
	e := testEngine(t)
	ctx := context.Background()
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := extract.Bytes(p, data, extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		in := e.Input(doc, nil)
		direct, err := e.set.Eval(ctx, in)
		if err != nil {
			t.Fatal(err)
		}
		v, err := in.Value()
		if err != nil {
			t.Fatal(err)
		}
		viaJSON, err := e.set.Eval(ctx, v)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(direct, viaJSON) {
			t.Errorf("%s: the Go value and its JSON give different results:\n%+v\n%+v", p, direct, viaJSON)
		}
	}
}

// A config that turns checks off says so in the draft's warnings, which
// every format shows, levers included (SARIF and JUnit show no config
// line of their own).
func TestDisabledChecksWarned(t *testing.T) {
	cfg, err := rules.ParseConfig([]byte("disabled: [C2, L5, L1]\n"), rules.MustDefault())
	if err != nil {
		t.Fatal(err)
	}
	dr, err := testEngine(t).Check(context.Background(), mkdoc("t.md", cl{id: "1", text: bedrockIntro}), cfg)
	if err != nil {
		t.Fatal(err)
	}
	joined := strings.Join(dr.Warnings, "\n")
	for _, want := range []string{"disables critical check C2", "disables L1, L5: not checked"} {
		if !strings.Contains(joined, want) {
			t.Errorf("warnings %q lack %q", joined, want)
		}
	}
}
