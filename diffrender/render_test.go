package diffrender

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/clausecheck/clausecheck/diff"
	"github.com/clausecheck/clausecheck/document"
	"github.com/clausecheck/clausecheck/report"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func clauses(path string, defs map[string]string, cs ...document.Clause) *document.Document {
	for i := range cs {
		if cs[i].ID == "" {
			cs[i].ID = cs[i].Number
		}
		if cs[i].Kind == "" {
			cs[i].Kind = document.KindClause
		}
	}
	return &document.Document{Schema: document.Schema, Path: path, Clauses: cs, Definitions: defs}
}

// sample is a result with every kind of change, a compliance delta and
// text that needs escaping in Markdown and HTML.
func sample(t *testing.T) *diff.Result {
	t.Helper()
	sla := "Provider shall make Provisioned Throughput available at least 99.9% of each calendar month <as measured by Provider>."
	oldDoc := clauses("drafts/v1.md", map[string]string{"Fees": "2"},
		document.Clause{Number: "1", Heading: "DEFINITIONS", Text: `1 DEFINITIONS. "Fees" means the *amounts* payable under an Order Form.`},
		document.Clause{Number: "2", Heading: "Fees", Text: "2 Fees. Customer shall pay the Fees within thirty (30) days of the invoice date."},
		document.Clause{Number: "3", Text: "3 " + sla, Facts: []document.Fact{{Kind: "percent", Text: "99.9%", Value: 99.9}}},
		document.Clause{Number: "4", Text: "4 Provider shall not use prompts or completions to train any foundation model."},
		document.Clause{Number: "5", Text: "5 Either party may terminate this Addendum for convenience on ninety days' notice."},
		document.Clause{Number: "6", Text: "6 This Addendum is governed by the laws of New York, as stated in Section 3."},
	)
	newDoc := clauses("drafts/v2.md", map[string]string{"Fees": "2"},
		document.Clause{Number: "1", Heading: "Definitions", Text: "1 Definitions. \u201cFees\u201d means the *amounts* payable under an Order Form."},
		document.Clause{Number: "2", Heading: "Fees", Text: "2 Fees. Customer shall pay the Fees within forty-five (45) days of the invoice date."},
		document.Clause{Number: "3", Text: "3 Notices must be in writing | signed."},
		document.Clause{Number: "4", Text: "4 " + strings.Replace(sla, "99.9%", "99.5%", 1), Facts: []document.Fact{{Kind: "percent", Text: "99.5%", Value: 99.5}}},
		document.Clause{Number: "5", Text: "5 Provider may use prompts or completions to train any foundation model."},
		document.Clause{Number: "6", Text: "6 This Addendum is governed by the laws of New York,\nas stated in Section 4."},
	)
	res, err := diff.Compare(oldDoc, newDoc, diff.Options{})
	if err != nil {
		t.Fatal(err)
	}
	oldRep := report.DocumentReport{Findings: []report.Finding{
		{ID: "C6", Title: "SLA on PT throughput", Severity: report.Critical, Status: report.Met, Evidence: []report.Evidence{{Clause: "3"}}, Facts: report.Facts{"sla_percent": 99.9}},
		{ID: "C4", Title: "Data residency and training-data exclusion", Severity: report.Critical, Status: report.Partial, Evidence: []report.Evidence{{Clause: "4"}}},
		{ID: "L7", Title: "EDP renegotiation timing", Severity: report.Warning, Status: report.Missing},
	}}
	newRep := report.DocumentReport{Findings: []report.Finding{
		{ID: "C6", Title: "SLA on PT throughput", Severity: report.Critical, Status: report.Partial, Evidence: []report.Evidence{{Clause: "4"}}, Facts: report.Facts{"sla_percent": 99.5}},
		{ID: "C4", Title: "Data residency and training-data exclusion", Severity: report.Critical, Status: report.Conflict, Evidence: []report.Evidence{{Clause: "5"}}},
		{ID: "L7", Title: "EDP renegotiation timing", Severity: report.Warning, Status: report.Missing},
	}}
	res.Compliance = diff.Compliance(res, oldRep, newRep)
	return res
}

func tooDifferent(t *testing.T) *diff.Result {
	t.Helper()
	a := clauses("a.txt", nil,
		document.Clause{Number: "1", Text: "1 Customer shall pay the Fees within thirty days of the invoice."},
		document.Clause{Number: "2", Text: "2 Provider shall keep Customer Data in the selected Region."})
	b := clauses("b.txt", nil,
		document.Clause{Number: "1", Text: "1 The lessee keeps the premises in good repair at its own cost."},
		document.Clause{Number: "2", Text: "2 Rent falls due on the first business day of every quarter."})
	res, err := diff.Compare(a, b, diff.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !res.TooDifferent {
		t.Fatal("unrelated drafts not flagged too different")
	}
	return res
}

// kinds is a hand-built result with the change kinds and states that
// sample lacks: a move into a schedule, a split, a rewording, an omitted
// redline, a renumbering, furniture, an improved and a waived check.
func kinds(*testing.T) *diff.Result {
	return &diff.Result{
		Schema: diff.Schema, Old: "a.docx", New: "b.pdf", Similarity: 0.874,
		Changes: []diff.Change{
			{Kind: diff.Split, OldClause: "2", NewClause: "2", NewClauses: []string{"2", "2(a)", "2(b)"}, OldNumber: "2", NewNumber: "2",
				Substantive: true, Reasons: []string{diff.ReasonObligation}, Why: []string{"removed: 'shall'"},
				Redline: []diff.Segment{{Op: diff.OpEqual, Text: "Provider shall: keep data in Region; and "}, {Op: diff.OpDelete, Text: "shall "}, {Op: diff.OpEqual, Text: "not train."}}},
			{Kind: diff.Renumbered, OldClause: "3", NewClause: "4", OldNumber: "3", NewNumber: "4"},
			{Kind: diff.Moved, OldClause: "3.4", NewClause: "Schedule A/1.2", OldNumber: "3.4", NewNumber: "1.2", NewPart: "Schedule A",
				Reasons: []string{diff.ReasonMoved, diff.ReasonPart}},
			{Kind: diff.Reworded, OldClause: "4", NewClause: "5", OldNumber: "4", NewNumber: "5",
				Redline: []diff.Segment{{Op: diff.OpEqual, Text: "AWS shall "}, {Op: diff.OpDelete, Text: "procure"}, {Op: diff.OpInsert, Text: "ensure"}, {Op: diff.OpEqual, Text: " the credit."}}},
			{Kind: diff.Modified, OldClause: "5", NewClause: "5", OldNumber: "5", NewNumber: "5", OldHeading: "Term", Heading: "Duration",
				Substantive: true, Reasons: []string{diff.ReasonWording}, RedlineOmitted: diff.OmitRewritten,
				OldText: "Term. The lessee keeps the premises in repair.", NewText: "Duration. Rent is due each quarter.",
				Facts: []diff.FactChange{{Kind: "duration", New: "each quarter"}}},
		},
		Cosmetic: diff.Cosmetic{Count: 2, ByKind: map[string]int{"label": 1, "renumbered": 1},
			Items: []diff.CosmeticItem{{Kind: "renumbered", OldClause: "3", NewClause: "4", Detail: "3 → 4"}, {Kind: "label", OldClause: "2", NewClause: "2", Detail: "→ (a)"}}},
		Furniture: []diff.FurnitureChange{{Kind: "legend", Old: "Customer draft 2", New: "AWS comments on draft 2"}, {Kind: "signature", New: "Name: J. Smith"}},
		Compliance: []diff.CheckDelta{
			{ID: "C3", Title: "PT cancellation", Severity: report.Critical, Old: report.Missing, New: report.Met, Direction: diff.Improved, Summary: "C3 missing → met: +3.2"},
			{ID: "C4", Severity: report.Critical, Old: report.Met, New: report.Conflict, Direction: diff.Regressed, Waived: true, Summary: "C4 met → conflict: 5.1"},
		},
	}
}

func TestGolden(t *testing.T) {
	results := map[string]func(*testing.T) *diff.Result{"sample": sample, "too-different": tooDifferent, "kinds": kinds}
	outputs := []struct {
		format string
		opt    Options
		ext    string
	}{
		{"text", Options{}, ".txt"},
		{"text", Options{Color: true}, ".color.txt"},
		{"markdown", Options{}, ".md"},
		{"html", Options{}, ".html"},
		{"json", Options{}, ".json"},
	}
	for name, mk := range results {
		for _, o := range outputs {
			t.Run(name+o.ext, func(t *testing.T) {
				res := mk(t)
				var buf bytes.Buffer
				if err := Render(&buf, res, o.format, o.opt); err != nil {
					t.Fatal(err)
				}
				// Same result, same bytes.
				var again bytes.Buffer
				if err := Render(&again, res, o.format, o.opt); err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(buf.Bytes(), again.Bytes()) {
					t.Fatal("two renderings differ")
				}
				golden := filepath.Join("testdata", name+o.ext)
				if *update {
					if err := os.MkdirAll("testdata", 0o755); err != nil {
						t.Fatal(err)
					}
					if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
						t.Fatal(err)
					}
					return
				}
				want, err := os.ReadFile(golden)
				if err != nil {
					t.Fatalf("%v (run go test -update)", err)
				}
				if !bytes.Equal(buf.Bytes(), want) {
					t.Errorf("%s differs from golden file; got:\n%s", golden, buf.String())
				}
			})
		}
	}
}

func TestRenderProperties(t *testing.T) {
	res := sample(t)
	render := func(format string, opt Options) string {
		var buf bytes.Buffer
		if err := Render(&buf, res, format, opt); err != nil {
			t.Fatal(err)
		}
		return buf.String()
	}
	txt := render("text", Options{})
	if strings.Contains(txt, "\x1b[") {
		t.Error("plain text has ANSI escapes")
	}
	for _, want := range []string{"[-thirty-] {+forty-five+}", "[-99.9-] {+99.5+}", "▼ regressed"} {
		if !strings.Contains(txt, want) {
			t.Errorf("text lacks %q", want)
		}
	}
	if col := render("text", Options{Color: true}); !strings.Contains(col, ansiDel+"thirty"+ansiReset) {
		t.Error("colour text does not colour the deletion")
	}
	md := render("markdown", Options{})
	for _, want := range []string{"~~thirty~~ **forty-five**", `in writing \| signed`, "| C6 SLA on PT throughput |", "<details>"} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q", want)
		}
	}
	// Substantive before cosmetic.
	if strings.Index(md, "Substantive changes") > strings.Index(md, "Cosmetic changes") {
		t.Error("markdown shows cosmetic changes first")
	}
	html := render("html", Options{})
	for _, bad := range []string{"<script", "<link", "src=", "http://", "https://", "@import"} {
		if strings.Contains(html, bad) {
			t.Errorf("html is not self-contained: has %q", bad)
		}
	}
	for _, want := range []string{"<del>thirty</del>", "<ins>forty-five</ins>", "&lt;as measured by Provider&gt;", "<details>"} {
		if !strings.Contains(html, want) {
			t.Errorf("html lacks %q", want)
		}
	}
	if strings.Index(html, "Compliance delta") > strings.Index(html, "Substantive changes") {
		t.Error("html does not put the compliance delta on top")
	}
}

func TestUnknownFormat(t *testing.T) {
	for _, f := range []string{"", "xml", "sarif", "htm"} {
		err := Render(&bytes.Buffer{}, &diff.Result{}, f, Options{})
		if !errors.Is(err, ErrUnknownFormat) {
			t.Errorf("format %q: err = %v, want ErrUnknownFormat", f, err)
		}
	}
	for _, f := range []string{"text", "md", "Markdown", "html", "json"} {
		if _, err := New(f, Options{}); err != nil {
			t.Errorf("format %q: %v", f, err)
		}
	}
}

// Escape sequences in a draft's words or its file name never reach the
// reader raw, in any format a terminal may show.
func TestEscapesVisibleInEveryFormat(t *testing.T) {
	oldDoc := clauses("drafts/v1\x1b]0;pwned\x07.md", nil,
		document.Clause{Number: "1", Text: "1 Customer shall pay within thirty (30) days."})
	newDoc := clauses("drafts/v2.md", nil,
		document.Clause{Number: "1", Text: "1 Customer shall pay within \x1b[2Jforty (40) days."})
	for _, format := range Formats() {
		res, err := diff.Compare(oldDoc, newDoc, diff.Options{})
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := Render(&buf, res, format, Options{}); err != nil {
			t.Fatal(err)
		}
		if strings.ContainsAny(buf.String(), "\x1b\x07") {
			t.Errorf("%s writes a raw escape sequence:\n%q", format, buf.String())
		}
	}
}
