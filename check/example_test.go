package check_test

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/clausecheck/clausecheck/check"
	"github.com/clausecheck/clausecheck/document"
	"github.com/clausecheck/clausecheck/render"
	"github.com/clausecheck/clausecheck/rules"
)

// The CLI's use: build the engine once, check each draft with its config,
// render the run's report.
func Example() {
	ctx := context.Background()
	eng, err := check.New(ctx, check.Options{
		FailOn: check.FailOnCritical,
		Now:    func() time.Time { return time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC) },
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	cfg, err := rules.ParseConfig([]byte("disabled: [L1, L2, L3, L4, L5, L6, L7]\n"), eng.Rules())
	if err != nil {
		fmt.Println(err)
		return
	}
	text := "Customer shall not be entitled to cancel Provisioned Throughput commitments."
	doc := &document.Document{Path: "draft.md", Clauses: []document.Clause{
		{ID: "4.1", Number: "4.1", Kind: document.KindClause, Text: text, End: len(text)},
	}}
	run := eng.NewRun()
	if _, err := run.Check(ctx, doc, cfg); err != nil {
		fmt.Println(err)
		return
	}
	rep := run.Report()
	r, _ := render.New("text", render.Options{})
	_ = r.Render(os.Stdout, rep)
	fmt.Println("passed:", check.Passed(rep))
	// Output:
	// draft.md  FAIL  (0 met, 0 partial, 5 missing, 1 conflict, 0 waived)
	//   ✗ C1  missing            critical Token counting methodology
	//         no operative clause addresses token counting
	//         remediation: Ask for a token-counting clause that names the tokenizer and says, one by one, whether system prompts, tool definitions and structured output schemas count as billable input tokens.
	//   ✗ C2  missing            critical Model availability and end-of-life terms
	//         no operative clause addresses model deprecation
	//         remediation: Ask for a minimum deprecation notice and a migration credit (or a successor model at the same price) when a foundation model, including a fine-tuned or custom model, reaches end of life.
	//   ! C3  conflict           critical Provisioned Throughput cancellation rights
	//         Provisioned Throughput commitments are non-cancellable
	//         4.1: “Customer shall not be entitled to cancel Provisioned Throughput commitments.”
	//         remediation: Ask for a right to cancel Provisioned Throughput commitments on no more than 60 days' notice both when the model is deprecated and when the workload moves to another Bedrock model.
	//   ✗ C4  missing            critical Data residency and training-data exclusion
	//         no operative clause addresses training-data exclusion and residency
	//         remediation: Ask for an express promise that neither prompts nor completions are used to train or improve any model, and that content stays in the region the customer selects.
	//   ✗ C5  missing            critical Custom model import
	//         no operative clause addresses custom model import
	//         remediation: Ask for the right to import open-weight models (Llama, Mistral derivatives) and a statement that only infrastructure costs apply, with no per-import licence fee.
	//   ✗ C6  missing            critical SLA on Provisioned Throughput
	//         no operative clause addresses an SLA on Provisioned Throughput
	//         remediation: Ask for a Provisioned Throughput availability commitment of at least 99.9% per month backed by service credits.
	//   warning: the config disables L1, L2, L3, L4, L5, L6, L7: not checked
	// passed: false
}
