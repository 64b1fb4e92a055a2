package diffrender_test

import (
	"fmt"
	"os"

	"github.com/clausecheck/clausecheck/diff"
	"github.com/clausecheck/clausecheck/diffrender"
	"github.com/clausecheck/clausecheck/document"
	"github.com/clausecheck/clausecheck/report"
)

// What `clausecheck diff old new --format text --fail-on-regression` does
// once the drafts are extracted and checked.
func Example() {
	oldDoc := &document.Document{Path: "v1.md", Clauses: []document.Clause{
		{ID: "3.3", Number: "3.3", Kind: document.KindClause, Text: "3.3 AWS will make Provisioned Throughput available at least 99.9% of each month."},
	}}
	newDoc := &document.Document{Path: "v2.md", Clauses: []document.Clause{
		{ID: "3.3", Number: "3.3", Kind: document.KindClause, Text: "3.3 AWS will make Provisioned Throughput available at least 99.5% of each month."},
	}}
	res, err := diff.Compare(oldDoc, newDoc, diff.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	oldRep := report.DocumentReport{Findings: []report.Finding{{ID: "C6", Severity: report.Critical, Status: report.Met, Evidence: []report.Evidence{{Clause: "3.3"}}}}}
	newRep := report.DocumentReport{Findings: []report.Finding{{ID: "C6", Severity: report.Critical, Status: report.Partial, Evidence: []report.Evidence{{Clause: "3.3"}}}}}
	res.Compliance = diff.Compliance(res, oldRep, newRep)

	if err := diffrender.Render(os.Stdout, res, "text", diffrender.Options{Color: false}); err != nil {
		fmt.Println(err)
	}
	if len(res.Regressed(true)) > 0 {
		fmt.Println("exit 1: a critical check regressed")
	}
	// Output:
	// diff v1.md → v2.md
	// similarity 91.7%, 1 substantive, 0 cosmetic
	//
	// Compliance
	//   C6   met → partial          ▼ regressed  3.3
	//
	// Substantive changes
	//   modified 3.3 [number, percent]
	//     AWS will make Provisioned Throughput available at least [-99.9-] {+99.5+}% of each month.
	// exit 1: a critical check regressed
}
