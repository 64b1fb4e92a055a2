package interpret

import (
	"slices"
	"strings"
	"testing"
)

// Sections tagged "[BINDING]" bind, those tagged "[INDICATIVE ONLY]" do
// not, and the note that explains the tags does not make the whole term
// sheet non-binding.
func TestSectionsTaggedBindingOrNot(t *testing.T) {
	rg := readText(t, `TERM SHEET - AMAZON BEDROCK COMMERCIAL TERMS

HOW TO READ THIS TERM SHEET

Items tagged [INDICATIVE ONLY] record present expectations. They are not
binding and create no obligation on either party.

------------------------------------------------------------
1. PARTIES                                          [BINDING]
------------------------------------------------------------

Halvorsen Freight Group AS ("Customer") and Amazon Web Services EMEA SARL ("AWS").

------------------------------------------------------------
2. CUSTOM MODEL IMPORT                              [BINDING]
------------------------------------------------------------

Customer may import open-weight models into Amazon Bedrock. A one-time fee of $4,000 applies to each imported model.

------------------------------------------------------------
3. PT AVAILABILITY                          [INDICATIVE ONLY]
------------------------------------------------------------

AWS will make Provisioned Throughput available 99.9% of each month, with service credits.

------------------------------------------------------------
4. LAW                                              [BINDING]
------------------------------------------------------------

This term sheet is governed by Norwegian law.
`)
	if rg.NonBinding {
		t.Fatal("the note on the tags made the whole term sheet non-binding")
	}
	f := rg.Frames()
	if imp := inForce(f.CustomImport, func(x CustomImport) Base { return x.Base }); len(imp) == 0 {
		t.Errorf("the [BINDING] import section is not in force: %+v", f.CustomImport)
	}
	if sla := inForce(f.PTSLA, func(x PTSLA) Base { return x.Base }); len(sla) != 0 {
		t.Errorf("the [INDICATIVE ONLY] SLA binds: %+v", sla)
	}
}

// In a thread, "we" is the side of the message's sender: the customer's
// final list says what "we" (the customer) may do.
func TestThreadSenderPronouns(t *testing.T) {
	rg := readText(t, `From:    Marcus Oyelaran <moyelaran@amazon.com>
To:      Dana Whitfield <dana.whitfield@castellanretail.com>
Date:    Tue, 9 Jun 2026 16:02 CT
Subject: RE: Bedrock terms

Dana, we can offer cancellation on 75 days' notice.

From:    Dana Whitfield <dana.whitfield@castellanretail.com>
To:      Marcus Oyelaran <moyelaran@amazon.com>
Date:    Sat, 20 Jun 2026 17:31 CT
Subject: RE: Bedrock terms - FINAL AGREED TERMS

Marcus, these are the final agreed terms.

7. PT cancellation. We may cancel a PT commitment on 60 calendar days' written notice where the underlying model is materially deprecated. AWS did not agree to a cancellation right when we move a workload to a different Bedrock model, and there is none.
`)
	var right, denial *PTCancellation
	for _, c := range inForce(rg.Frames().PTCancellation, func(x PTCancellation) Base { return x.Base }) {
		switch c.Kind {
		case "right":
			right = &c
		case "denial":
			denial = &c
		}
	}
	if right == nil || right.Holder != Customer {
		t.Errorf("the customer's right, in the customer's message: %+v", right)
	}
	if denial == nil || len(denial.Triggers) != 1 || denial.Triggers[0] != "migration" {
		t.Errorf("the denial is of the move trigger only: %+v", denial)
	}
}

// A fee the final terms say is dropped or waived is not charged.
func TestImportFeeDropped(t *testing.T) {
	for _, s := range []string{"The USD 5,000 onboarding fee is dropped.", "The per-model import fee is waived."} {
		rg := read(t, "# Addendum\n\n## 9. Custom model import\n\n9.1 Customer may import Llama and Mistral derivatives into Amazon Bedrock. "+s+"\n")
		for _, c := range inForce(rg.Frames().CustomImport, func(x CustomImport) Base { return x.Base }) {
			if c.FeeCharged {
				t.Errorf("%q charges the fee: %+v", s, c)
			}
		}
	}
}

// A section that cites a schedule for its credits and says the schedule
// prevails over it is overridden where the two state different levels; a
// service-level table's bare percentage is the level of its row.
func TestSectionYieldsToTheScheduleItCites(t *testing.T) {
	rg := read(t, `# Amazon Bedrock Addendum

## 8. Service Levels

8.1 AWS commits to a Monthly Uptime Percentage of 99.5% for each PT resource, and Customer is eligible for service credits as set out in Schedule A.

8.2 If this Section 8 and Schedule A are inconsistent, Schedule A prevails.

## Schedule A — Service Levels

All percentages are Monthly Uptime Percentages, measured per calendar month.

| Service / resource | Commitment | Service credit if missed |
|---|---|---|
| Amazon Bedrock — Provisioned Throughput (per PT resource) | 99.9% | 10% below 99.9%; 25% below 99.0% |
`)
	var levels []float64
	for _, s := range inForce(rg.Frames().PTSLA, func(x PTSLA) Base { return x.Base }) {
		levels = append(levels, s.Levels...)
	}
	if len(levels) != 1 || levels[0] != 99.9 {
		t.Errorf("levels in force %v, want Schedule A's 99.9 alone (overrides %+v)", levels, rg.Overrides)
	}
}

// A deleted section leaves behind only its item's title and a rule of
// reading: neither grants the right it took away.
func TestDeletedRightLeavesNoRight(t *testing.T) {
	rg := read(t, `# Side Letter

## 3. Terms

3.9 **Custom model import.** Customer may import open-weight custom models into Amazon Bedrock. AWS will not charge any per-import fee.

## 4. Changes

**Change 2 — Custom model import.** Paragraph 3.9 of this Side Letter is deleted in its entirety and has no further effect. References in the Addendum to "Imported Models" are to be read as references to models fine-tuned by Customer on Amazon Bedrock.
`)
	if c := inForce(rg.Frames().CustomImport, func(x CustomImport) Base { return x.Base }); len(c) != 0 {
		t.Errorf("an import term survives the deletion: %+v", c)
	}
}

// Staff who "may access Customer data" and "receive annual privacy
// training, including training on the … Act" are trained; no data is, and
// the relative clause's "may" is not the sentence's.
func TestStaffTrainingIsNoTrainingOnData(t *testing.T) {
	rg := read(t, "# Addendum\n\n## 5. Data\n\n5.1 AWS will not use Prompts or Completions to train any foundation model.\n\n5.3 AWS personnel who may access Customer data receive annual privacy training, including training on the Personal Information Protection and Electronic Documents Act.\n")
	for _, tr := range inForce(rg.Frames().Training, func(x Training) Base { return x.Base }) {
		if tr.Effect != "exclusion" {
			t.Errorf("staff training read as training on data: %+v", tr)
		}
	}
	for _, st := range rg.Statements {
		if st.Clause == "5.3" && st.Modality == Permission {
			t.Errorf("the relative clause's modal made 5.3 a permission: %+v", st.Text)
		}
	}
}

// "available to Maplecrest at least 99.9% of each calendar month" is an
// availability level, though "available to" alone is not one; its credits
// behind a schedule the draft lacks leave the level standing.
func TestAvailableShareOfTheMonth(t *testing.T) {
	rg := read(t, "# Letter\n\n## 1. SLA\n\n1.1 AWS will make Provisioned Throughput available to Maplecrest at least 99.9% of each calendar month. Service credits for any shortfall are set out in Schedule C to this letter.\n")
	var levels []float64
	for _, s := range rg.Frames().PTSLA {
		levels = append(levels, s.Levels...)
	}
	if len(levels) != 1 || levels[0] != 99.9 {
		t.Errorf("levels %v, want 99.9", levels)
	}
}

// The schedule a sentence cites for its service credits, and the draft
// lacks, holds back the credits, not the level the same sentence states.
func TestLevelBesideCreditsElsewhere(t *testing.T) {
	rg := read(t, "# Schedule\n\n## 3. Service levels\n\n3.3 Provisioned Throughput shall be available not less than 99,9 % of the time in each calendar month, and service credits shall apply as set out in Schedule 4.\n")
	var levels []float64
	credits := false
	for _, s := range inForce(rg.Frames().PTSLA, func(x PTSLA) Base { return x.Base }) {
		levels = append(levels, s.Levels...)
		credits = credits || s.Credits
	}
	if len(levels) != 1 || levels[0] != 99.9 || credits {
		t.Errorf("in force: levels %v, credits %v; want the 99.9 level without credits", levels, credits)
	}
}

// A promise to review after a semicolon is its own proposition: the
// quote recorded before it stays recorded.
func TestCueAfterSemicolonIsItsOwn(t *testing.T) {
	rg := read(t, "# Agreed terms\n\n## 1. Benchmark\n\n1.1 The Anthropic API quote of 8 January 2026 (Claude Sonnet, USD 2.55 / 12.75 per 1M input/output tokens) is recorded as the Customer's benchmark; AWS will review the Bedrock rate card against it at the start of each EDP year.\n")
	if q := inForce(rg.Frames().AltQuote, func(x AltQuote) Base { return x.Base }); len(q) == 0 {
		t.Errorf("the recorded quote is not in force: %+v", rg.Frames().AltQuote)
	}
}

// "Neither Requests nor Responses will be used … to train" excludes both
// from training.
func TestNeitherNorUsedToTrain(t *testing.T) {
	rg := read(t, "# Minutes\n\n## 3. Data\n\n3.4 Neither prompts nor completions will be used by AWS or by any model provider to train, fine-tune or improve any foundation model.\n")
	tr := inForce(rg.Frames().Training, func(x Training) Base { return x.Base })
	if len(tr) != 1 || tr[0].Effect != "exclusion" || len(tr[0].Covers) != 2 {
		t.Errorf("want one exclusion covering prompts and completions, got %+v", tr)
	}
}

// Columns named in emphasis (the marks gone) bind nobody when the draft
// says so, and an outcome cell that says nothing was agreed states no term.
func TestUnquotedInfoColumnsAndNothingAgreed(t *testing.T) {
	rg := read(t, "# Amazon Bedrock: Term Sheet and Negotiation Record\n\n## How to read this record\n\n"+
		"- Only the **Agreed position** column is binding. The *Cobalt Ridge ask* and *AWS response* columns are kept for information only.\n\n"+
		"## Term-by-term record\n\n| # | Topic | Cobalt Ridge ask | AWS response | Agreed position |\n|---|---|---|---|---|\n"+
		"| 3 | Model deprecation | 12 months' notice plus a migration credit | Declined | No term agreed on this topic. |\n"+
		"| 5 | Data use | No training on prompts or outputs | Proposed adding \"except to improve service quality\" | AWS will not use Cobalt Ridge's prompts or model outputs to train, fine-tune or improve any foundation model, without exception. |\n")
	f := rg.Frames()
	tr := inForce(f.Training, func(x Training) Base { return x.Base })
	if len(tr) != 1 || tr[0].Effect != "exclusion" || tr[0].Swallowed {
		t.Errorf("want the agreed exclusion alone, got %+v", tr)
	}
	if m := inForce(f.ModelLifecycle, func(x ModelLifecycle) Base { return x.Base }); len(m) != 0 {
		t.Errorf("\"No term agreed on this topic\" addresses deprecation: %+v", m)
	}
}

func TestOutcomeCellNothingAgreed(t *testing.T) {
	rg := read(t, "# Record\n")
	header := []string{"#", "Topic", "Agreed position"}
	if !rg.rowOpen(header, []string{"3", "Model deprecation", "No term agreed on this topic."}) {
		t.Error("a row whose outcome says no term was agreed binds")
	}
	if rg.rowOpen(header, []string{"5", "Data use", "AWS will not use prompts to train any model."}) {
		t.Error("an agreed row is held open")
	}
}

// Another cloud's region names ("northamerica-northeast1") are regions.
func TestOtherCloudRegionNames(t *testing.T) {
	rg := read(t, "# Order form amendment\n\n## 6. Data\n\n6.1 Customer data at rest and machine-learning processing remain in northamerica-northeast1 (Montréal) and northamerica-northeast2 (Toronto).\n")
	if r := inForce(rg.Frames().Residency, func(x Residency) Base { return x.Base }); len(r) != 1 || r[0].Effect != "promise" {
		t.Errorf("want one residency promise, got %+v", r)
	}
}

// "Customer may upload to Vertex AI Model Registry, and serve, its own
// custom models derived from open-weight models": the models brought in
// may stand a few words after the verb.
func TestUploadRightWithPlaceBeforeObject(t *testing.T) {
	rg := read(t, "# Term sheet\n\n## 8. Custom models\n\n8.1 Customer may upload to Vertex AI Model Registry, and serve, its own custom models derived from open-weight models (for example Llama 3.1 or Mistral 7B fine-tunes).\n")
	imp := inForce(rg.Frames().CustomImport, func(x CustomImport) Base { return x.Base })
	if len(imp) == 0 || !imp[0].Right {
		t.Errorf("no import right read: %+v", imp)
	}
}

// A relative clause between commas is not the sentence's verb: "For Global
// deployments, which Harrowgate will use for its batch workload, Microsoft
// may process prompts … in any Azure region" lets the provider move data.
func TestRelativeClauseBetweenCommas(t *testing.T) {
	rg := readText(t, "6. Data location. Standard deployments in UK South store and process data in UK South. For Global deployments, which Harrowgate will use for its batch de-identification workload, Microsoft may process prompts and completions in any Azure region in which the model is available; data at rest remains in UK South.\n")
	found := false
	for _, st := range rg.Statements {
		if strings.Contains(st.Text, "Microsoft may process") && st.Actor == Vendor && st.Modality == Permission {
			found = true
		}
	}
	if !found {
		t.Error("the provider's permission is read as the relative clause's obligation")
	}
}

// A no-training promise whose proviso lets the provider train "unless and
// until Customer has opted out" is swallowed by it (G5), not left out.
func TestProvisoTrainingUnlessOptOut(t *testing.T) {
	rg := read(t, "# Addendum\n\n## 6. Data\n\n6.2 AWS shall not use prompts or completions to train foundation models; provided, however, that nothing in this Section 6.2 shall prevent AWS, unless and until Customer has opted out under Section 6.3, from using prompts and completions to develop and improve Amazon foundation models.\n\n6.3 Customer may opt out by attaching an opt-out policy.\n")
	tr := inForce(rg.Frames().Training, func(x Training) Base { return x.Base })
	if len(tr) == 0 || !tr[0].Swallowed {
		t.Errorf("want the exclusion swallowed by its proviso, got %+v", tr)
	}
}

// Content stored and processed in a named region is kept there; leave to
// move it to other regions when capacity is short takes that back.
func TestNamedRegionAndLeaveToMove(t *testing.T) {
	kept := "# Terms\n\n## Your data\n\nYour content is stored and processed in the South America (São Paulo) Region.\n"
	effects := func(md string) []string {
		var out []string
		for _, r := range inForce(read(t, md).Frames().Residency, func(x Residency) Base { return x.Base }) {
			out = append(out, r.Effect)
		}
		return out
	}
	if e := effects(kept); len(e) != 1 || e[0] != "promise" {
		t.Errorf("kept in a named region: %v, want one promise", e)
	}
	moved := kept + "\nWhen São Paulo capacity is constrained, AWS may move or process your content in its US Regions until capacity is restored.\n"
	if e := effects(moved); !slices.Contains(e, "conflict") {
		t.Errorf("leave to move it elsewhere: %v, want a conflict", e)
	}
}

// "items (a) and (b) of that definition are billed" reads the items of the
// definition its clause names.
func TestItemsOfThatDefinition(t *testing.T) {
	rg := read(t, `# Bundle

## Definitions

| Term | Meaning |
|---|---|
| **Instruction Overhead** | together: (a) system prompts and system messages; (b) tool and function definitions supplied in a request; and (c) JSON or other schemas supplied to constrain the structure of a response |

## Part B

B2.1 Billable tokens are counted by the tokenizer of the model invoked.

B2.2 Instruction Overhead is metered: items (a) and (b) of that definition are billed as input tokens at the input rate of the model invoked.
`)
	var els []string
	for _, c := range inForce(rg.Frames().TokenCounting, func(x TokenCounting) Base { return x.Base }) {
		els = append(els, c.Elements...)
	}
	if !slices.Contains(els, "system_prompts") || !slices.Contains(els, "tool_definitions") {
		t.Errorf("elements %v: want system prompts and tool definitions read from the definition's items", els)
	}
}

// "… applied to every model listed in Schedule 1 and to any model added
// during the Term" describes models; it inserts nothing into Schedule 1,
// and its row stays a term.
func TestAddedAsParticipleIsNoInsertion(t *testing.T) {
	rg := read(t, "# Order form\n\n## 1. Bedrock Commitment\n\n| Item | Term |\n|---|---|\n| 1.1 Bedrock Commitment | EUR 2,400,000 of Amazon Bedrock usage, a distinct commitment within the EDP |\n| 1.3 Rate card discount | Eighteen per cent (18%) off the published on-demand per-token rates, applied to every model listed in Schedule 1 and to any model added during the Term |\n\n## Schedule 1 – Bedrock Rate Card\n\nClaude Sonnet: EUR 2.46 per 1M input tokens.\n")
	found := false
	for _, st := range rg.Statements {
		if strings.Contains(st.Text, "Eighteen per cent") {
			found = true
		}
	}
	if !found {
		t.Errorf("the discount row was taken for an insertion (notices %v)", rg.Notices)
	}
}

// A row that pools the commitment and denies any allocation by model is
// negated for the allocation only: it still pools.
func TestPoolWithNoAllocation(t *testing.T) {
	rg := read(t, "# Order Form\n\n### 1. Bedrock Commitment\n\n| Item | Term |\n|---|---|\n"+
		"| 1.1 Bedrock Commitment | EUR 2,400,000 of Amazon Bedrock usage over the Bedrock Term, forming a distinct commitment within the EDP |\n"+
		"| 1.2 Pool | One euro pool. Usage of any foundation model family offered on Amazon Bedrock (including Anthropic Claude, Meta Llama, Mistral) draws down the same pool; no allocation by model or vendor applies |\n")
	pooled := false
	for _, c := range inForce(rg.Frames().Commitment, func(x Commitment) Base { return x.Base }) {
		pooled = pooled || c.Pool
	}
	if !pooled {
		t.Errorf("the commitment is not read as one pool: %+v", rg.Frames().Commitment)
	}
}

// A sentence whose subject is the commitment's amount describes the
// commitment, wherever it stands.
func TestCommitmentNamedByItsAmount(t *testing.T) {
	rg := readText(t, "1. Commitment. Halvorsen commits to USD 1,500,000 of Amazon Bedrock spend as a Bedrock-specific commitment under its existing EDP.\n\n2. One pool. The USD 1.5M is a single dollar pool. It can be drawn down on any model family offered on Bedrock with no per-model or per-family allocation.\n")
	pooled := false
	for _, c := range inForce(rg.Frames().Commitment, func(x Commitment) Base { return x.Base }) {
		pooled = pooled || c.Pool
	}
	if !pooled {
		t.Errorf("the pool named by the commitment's amount is not the commitment's: %+v", rg.Frames().Commitment)
	}
}

// "Spend on any other Available Model does not count toward the Bedrock
// Commitment": the commitment is limited to the family it names.
func TestOtherModelsDoNotCount(t *testing.T) {
	rg := read(t, "# Amendment\n\n## 7. Commitment\n\n7.01 Bluestem commits to spend not less than US$2,400,000 per Commitment Year on Anthropic Claude models invoked through Amazon Bedrock (the \"Bedrock Commitment\"). Spend on any other Available Model does not count toward the Bedrock Commitment.\n")
	split := false
	for _, c := range inForce(rg.Frames().Commitment, func(x Commitment) Base { return x.Base }) {
		split = split || c.Split
	}
	if !split {
		t.Errorf("the commitment limited to one family is not read as split: %+v", rg.Frames().Commitment)
	}
}

// A thread's message that withdraws an item of the list by its number
// takes the item out: what it offered is offered no more.
func TestThreadWithdrawsAnItem(t *testing.T) {
	rg := readText(t, `From: Dana <dana@kestrel.example>
Subject: RE: agreed terms

For the record: Kestrel accepts the withdrawal of item 10 of your list of 3 March.

From: Marcus <marcus@amazon.com>
Subject: RE: agreed terms

I have to withdraw item 10 (Provisioned Throughput service credits) from the list I sent on 3 March.

AGREED TERMS

9. Provisioned Throughput availability. AWS commits to monthly availability of at least 99.9% for each Provisioned Throughput model unit. Credits for a shortfall are as set out in item 10.

10. Provisioned Throughput service credits. If monthly availability falls below 99.9%, Kestrel receives a service credit of 10% of the Provisioned Throughput charges for that month.
`)
	for _, s := range inForce(rg.Frames().PTSLA, func(x PTSLA) Base { return x.Base }) {
		if s.Credits {
			t.Errorf("the withdrawn item still grants credits: %+v", s)
		}
	}
}
