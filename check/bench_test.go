package check

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/clausecheck/clausecheck/document"
)

var benchClauses = []string{
	bedrockIntro,
	"Billable input tokens are counted by the invoked model's tokenizer; system prompts, tool definitions and structured output schemas are included in the count.",
	"If AWS deprecates a foundation model, including a fine-tuned model, AWS will give 180 days' notice and a migration credit equal to one month of spend.",
	"Customer may cancel a Provisioned Throughput commitment on sixty (60) days' notice if the model is deprecated or if Customer moves its usage to another Bedrock model.",
	"AWS will not use prompts or completions to train or improve any foundation model. Customer Content will remain in the AWS Region selected by Customer.",
	"Customer may import open-weight models derived from Llama or Mistral, and no per-import licensing fee applies beyond infrastructure costs.",
	"AWS will make Provisioned Throughput available 99.9% of each month, and Customer receives service credits of 10% when it does not.",
	"Customer commits to spend USD 8,000,000 per year on Amazon Bedrock under the EDP at rate-card pricing 28% below the on-demand published rates.",
	"Each party shall keep the other's Confidential Information confidential and use it only to perform this Agreement.",
	"Notices must be in writing and are effective on receipt at the address stated in the Order Form.",
	"This Agreement is governed by the laws of the State of Washington, and the courts of King County have exclusive jurisdiction.",
}

var boilerplate = []string{
	"Each party shall keep the other's Confidential Information confidential and use it only to perform this Agreement.",
	"Notices must be in writing and are effective on receipt at the address stated in the Order Form.",
	"This Agreement is governed by the laws of the State of Washington, and the courts of King County have exclusive jurisdiction.",
	"Neither party may assign this Agreement without the other party's prior written consent, except to an affiliate.",
	"Fees are payable within thirty (30) days of the invoice date, in US dollars, without set-off.",
}

// draft builds a document of n clauses: the relevant clauses once each
// (the way a real addendum states each term once), then boilerplate.
// n/40 copies of the relevant clauses appear in long drafts.
func draft(n int) *document.Document {
	cls := make([]cl, n)
	for i := range cls {
		text := boilerplate[i%len(boilerplate)]
		if k := i % 40; k < len(benchClauses) {
			text = benchClauses[k]
		}
		cls[i] = cl{id: fmt.Sprintf("%d.%d", i/10+1, i%10+1), text: text}
	}
	return mkdoc("bench.md", cls...)
}

// BenchmarkPolicyEval is the policy evaluation of one draft after
// preparation: one query evaluation for all checks (target < 1 ms).
func BenchmarkPolicyEval(b *testing.B) {
	e := testEngine(b)
	v, err := e.Input(draft(40), nil).Value()
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := e.set.Eval(ctx, v); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCheckDraft is the whole check of a typical text draft (about
// 40 clauses, 4 pages): analysis plus evaluation (target < 20 ms).
func BenchmarkCheckDraft(b *testing.B) {
	benchCheck(b, draft(40))
}

// BenchmarkCheck100Pages checks a 100-page draft (about 1,000 clauses).
func BenchmarkCheck100Pages(b *testing.B) {
	benchCheck(b, draft(1000))
}

func benchCheck(b *testing.B, doc *document.Document) {
	e := testEngine(b)
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := e.Check(ctx, doc, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBatch1000 checks 1,000 drafts in one run; ns/draft is the
// per-draft time.
func BenchmarkBatch1000(b *testing.B) {
	e := testEngine(b)
	ctx := context.Background()
	docs := make([]*document.Document, 1000)
	for i := range docs {
		docs[i] = draft(20 + i%40)
	}
	b.ReportAllocs()
	for b.Loop() {
		run := e.NewRun()
		for _, d := range docs {
			if _, err := run.Check(ctx, d, nil); err != nil {
				b.Fatal(err)
			}
		}
		_ = run.Report()
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(docs)), "ns/draft")
}

// BenchmarkCheckOneLongClause checks a draft that is one clause of one
// long sentence (parts joined by semicolons, each naming facts and
// clauses), at two sizes: the time per size shows that no pass over a
// clause or a sentence is repeated for each of its parts (it was: 10 s
// and 42 s for 125 and 250 KB).
func BenchmarkCheckOneLongClause(b *testing.B) {
	const part = "Customer pays 12% of $50,000 within 30 days after 1 January 2025 as set out in Section 1.2 and clause 3(a); "
	for _, kb := range []int{125, 250} {
		b.Run(fmt.Sprintf("%dKB", kb), func(b *testing.B) {
			text := strings.Repeat(part, kb*1000/len(part))
			benchCheck(b, mkdoc("long.md", cl{id: "1", text: bedrockIntro}, cl{id: "2", text: text}))
		})
	}
}
