package interpret

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/clausecheck/clausecheck/extract"
)

// Cover-sheet drafting: the clauses are read with the values of the Items
// they name; a clause that applies an Item marked "Not applicable" states
// no term; an Item row a clause applies is not read as a term of its own;
// an amendment's new wording of an Item replaces it.
func TestCoverSheetItems(t *testing.T) {
	const sheet = "# Addendum\n\n## KEY TERMS\n\n| Item | Key Term | Particulars |\n|---|---|---|\n" +
		"| 11 | Deprecation Notice Period | 180 days |\n| 12 | Migration Credit | Not applicable |\n| 13 | PT Cancellation Notice | 90 days |\n| 14 | Governing Law | Norway |\n\n" +
		"## 4. Model lifecycle\n\n4.1 AWS will give Customer written notice, of at least the Deprecation Notice Period in Item 11, before the end of life of any Foundation Model.\n\n" +
		"4.4 The Migration Credit in Item 12 applies to each forced migration.\n\n" +
		"## 6. Provisioned Throughput\n\n6.2 Customer may cancel any PT Commitment on written notice of not less than the PT Cancellation Notice in Item 13 if the Foundation Model is deprecated or Customer moves the workload to another model on Bedrock.\n\n"
	t.Run("values read, hollow items apply nothing", func(t *testing.T) {
		rg := read(t, sheet)
		notice := false
		for _, m := range rg.Frames().ModelLifecycle {
			if m.InForce && m.Remedy {
				t.Errorf("a migration credit read from an Item that is not applicable: %q", m.Quote)
			}
			if m.InForce && m.NoticeDays == 180 {
				notice = true
			}
		}
		if !notice {
			t.Errorf("the notice period of Item 11 is not read into 4.1: %+v", rg.Frames().ModelLifecycle)
		}
		for _, c := range rg.Frames().PTCancellation {
			if c.InForce && c.Kind == "right" && c.NoticeDays != 90 {
				t.Errorf("%s: notice %v, want Item 13's 90 days", c.Clause, c.NoticeDays)
			}
			if c.InForce && strings.Contains(c.Quote, "Particulars") {
				t.Errorf("the Item row read as a term of its own: %q", c.Quote)
			}
		}
	})
	t.Run("an amendment's new wording of an Item", func(t *testing.T) {
		rg := read(t, sheet+"## AMENDMENT No. 1\n\n1. Item 13 of the Key Terms is deleted and replaced with:\n\n| Item | Key Term | Particulars |\n|---|---|---|\n| 13 | PT Cancellation Notice | 45 days |\n")
		for _, c := range rg.Frames().PTCancellation {
			if c.InForce && c.Kind == "right" && c.Clause == "6.2" && c.NoticeDays != 45 {
				t.Errorf("notice %v, want the amended 45 days", c.NoticeDays)
			}
		}
	})
	t.Run("an Item of another part's table", func(t *testing.T) {
		// "item 1 of Schedule 2" is the rate table's row 1, not row 1 of
		// the token table, which stays a term of its own
		const doc = "# Rules\n\n## PART 2\n\n2.05 Treatment of content\n\n| Item | Content | Billable? |\n|---|---|---|\n" +
			"| 1 | System prompt | Included in billable input Tokens |\n| 2 | Tool definitions | Included in billable input Tokens |\n| 3 | Structured output schema | Excluded from billable Tokens |\n\n" +
			"2.06 Vector collections are charged at the rate in item 1 of Schedule 2.\n\n" +
			"## SCHEDULE 2—RATES\n\n| Item | Service | Rate |\n|---|---|---|\n| 1 | OpenSearch Serverless | SGD 0.33 per OCU-hour |\n| 2 | Guardrails | SGD 0.12 per 1,000 text units |\n| 3 | Storage | SGD 0.02 per GB-month |\n"
		rg := read(t, doc)
		var elements []string
		for _, c := range rg.Frames().TokenCounting {
			if c.InForce {
				elements = append(elements, c.Elements...)
			}
		}
		if !slices.Contains(elements, "system_prompts") {
			t.Errorf("the token table's row 1 is not a term: elements %v", elements)
		}
		for _, st := range rg.Statements {
			if strings.Contains(st.Text, "Vector collections") && !strings.Contains(st.Text, "SGD 0.33") {
				t.Errorf("item 1 of Schedule 2 not read from Schedule 2: %q", st.Text)
			}
		}
	})
}

// A table entry is read with the note its marker calls; a row of a table
// of components stands for its own component; a price-benchmark credit
// beside an availability row is no service credit.
func TestTableNotesAndRows(t *testing.T) {
	doc, err := extract.Bytes("quote.txt", []byte(`QUOTE

14. SERVICE LEVELS

14.1 The service levels in Table 2 apply to Amazon Bedrock.

  Service component                    Monthly Uptime commitment    Service credits
  -----------------------------------  ---------------------------  ---------------
  On-demand inference                  99,9 %                       Yes
  Provisioned Throughput               99,9 % [4]                   See note [4]
  Knowledge Bases (retrieval API)      99,5 %                       Yes

15. OBLIGATIONS

  Obligation                     Provider
  -----------------------------  --------
  PT Availability 99.9%          X
  Price benchmark credit         X

NOTES

[4] Provisioned Throughput is excluded from the Amazon Bedrock Service Level Agreement and from any service credits.
`), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	rg := mustReader(t).Read(doc)
	excluded := false
	for _, s := range rg.Frames().PTSLA {
		if !s.InForce {
			continue
		}
		if strings.Contains(s.Quote, "Knowledge Bases") || strings.Contains(s.Quote, "benchmark") {
			t.Errorf("another component's row read as PT's SLA: %q", s.Quote)
		}
		if strings.Contains(s.Quote, "Provisioned Throughput | 99,9 %") && !s.Excluded {
			t.Errorf("the PT row is read without its note [4]: %+v", s)
		}
		if s.Excluded {
			excluded = true
		}
	}
	if !excluded {
		t.Errorf("no exclusion of PT read: %+v", rg.Frames().PTSLA)
	}
}

// A table's row that names the discount in one cell and lists the tiers in
// another gives the tiers' discounts.
func TestTierCellDiscounts(t *testing.T) {
	rg := read(t, "# Letter\n\n## Annex 1\n\n| Row | Item | Term |\n|---|---|---|\n| 4 | PT pre-purchase credits — tiers (discount vs standalone no-commit PT rate) | Tier A: up to CHF 400 000 — 35 %; Tier B: CHF 400 001 – 900 000 — 40 %; Tier C: above CHF 900 000 — 45 % |\n")
	var got []float64
	for _, p := range rg.Frames().PTPrepurchase {
		got = append(got, p.Discounts...)
	}
	if !slices.Equal(got, []float64{35, 40, 45}) {
		t.Errorf("discounts %v, want 35 40 45", got)
	}
}

// A list of the document's annexures names them; it states no term.
func TestListOfAnnexuresIsNoTerm(t *testing.T) {
	rg := read(t, "# Addendum\n\n## 13. Service levels\n\n13.1 AWS shall ensure that each Provisioned Throughput endpoint achieves a monthly availability of not less than 99.9%.\n\n"+
		"13.2 Customer shall be entitled to Service Credits as set out in Annexure-F.\n\n## LIST OF ANNEXURES\n\n| Annexure | Title |\n|---|---|\n| D | Service Levels and availability of Amazon Connect |\n| F | Service Credit Schedule — Provisioned Throughput |\n")
	for _, s := range rg.Frames().PTSLA {
		if s.InForce && s.Credits {
			t.Errorf("service credits read from a list of annexures or a missing annexure: %q", s.Quote)
		}
	}
}

// "Despite Item 13, … the notice period for clause 6.3 is sixty (60)
// Business Days": the sentence's own figure is read, not the Item's, and it
// sets the notice of the right clause 6.3 grants.
func TestNoticePeriodForAClause(t *testing.T) {
	rg := read(t, "# Supplement\n\n## DETAILS\n\n| Item | Description | Details |\n|---|---|---|\n| 12 | Deprecation Notice Period | 9 months |\n| 13 | PT Cancellation Notice | 60 days |\n| 14 | Governing Law | NSW |\n\n"+
		"## 6. Provisioned Throughput\n\n6.3 Customer may cancel a PT Commitment by giving AWS written notice of not less than the PT Cancellation Notice in Item 13 if the model is deprecated or Customer moves the workload to another Bedrock model.\n\n"+
		"6.4 Despite Item 13, the number in Item 13 is a number of Business Days, and the notice period for clause 6.3 is accordingly sixty (60) Business Days.\n")
	found := false
	for _, c := range rg.Frames().PTCancellation {
		if c.InForce && c.Kind == "right" && c.NoticeDays == 84 {
			found = true
		}
	}
	if !found {
		t.Errorf("no right with 60 business days (84 days) in force: %+v", rg.Frames().PTCancellation)
	}
}

// A lead-in that ends in a concessive ("…, whether or not any other has
// also occurred:") over items two levels deep: the concessive ends at the
// colon, and an item that stops on a word goes on in its own items, so
// each event is a trigger of the right.
func TestTriggersInNestedItemsAfterConcessive(t *testing.T) {
	rg := read(t, "# Amazon Bedrock Addendum\n\n## 7. Provisioned Throughput\n\n"+
		"7.1 Customer may end a Provisioned Throughput commitment on thirty (30) days' notice if one of these events occurs, whether or not any other event has also occurred:\n\n"+
		"7.1.1 the model serving the commitment\n\n"+
		"(a) is deprecated by AWS; or\n\n"+
		"(b) is changed materially; or\n\n"+
		"7.1.2 Customer moves the workload to another model on Amazon Bedrock.\n")
	trig := map[string]bool{}
	for _, c := range inForce(rg.Frames().PTCancellation, func(x PTCancellation) Base { return x.Base }) {
		if c.Kind == "right" && c.NoticeDays == 30 {
			for _, tr := range c.Triggers {
				trig[tr] = true
			}
		}
	}
	if !trig["deprecation"] || !trig["migration"] {
		t.Errorf("triggers %v, want deprecation and migration", trig)
	}
}

// A row whose values are all empty or omission marks is no term (an
// item, empty), whatever its notes say; a row with one real value is one.
func TestVoidRows(t *testing.T) {
	rg := read(t, "# Amazon Bedrock Addendum\n\n## 4. Commercial terms\n\n"+
		"| No. | Item | Agreed term | Standard term | Notes |\n|---|---|---|---|---|\n"+
		"| 1 | PT pre-purchase credits | — | N/A | Customer does not plan PT this year. |\n"+
		"| 2 | Structured output schemas | Excluded | — | |\n"+
		"| 3 | Guardrails rate | deleted | [Reserved] | see Amendment 2 |\n")
	void := map[string]bool{}
	for _, st := range rg.Statements {
		for _, item := range []string{"PT pre-purchase", "Structured output", "Guardrails rate"} {
			if strings.Contains(st.Quote, item) && st.Row {
				void[item] = st.Placeholder && !st.Binding
			}
		}
	}
	want := map[string]bool{"PT pre-purchase": true, "Structured output": false, "Guardrails rate": true}
	for item, w := range want {
		if got, ok := void[item]; !ok || got != w {
			t.Errorf("%s: void %v (found %v), want %v", item, got, ok, w)
		}
	}
}

// A percentage is a Bedrock discount only where it is taken off a price:
// not the size of a migration credit, not the margin that triggers a
// price match.
func TestDiscountIsNoCreditOrMatchMargin(t *testing.T) {
	rg := read(t, "# Amazon Bedrock Addendum\n\n## 3. Pricing\n\n"+
		"3.1 Customer commits to spend USD 5,000,000 a year on Amazon Bedrock within the EDP.\n\n"+
		"3.2 AWS will charge on-demand inference for all models at rates twenty per cent (20%) below the published on-demand rates.\n\n"+
		"3.3 Where a model is deprecated and Customer must migrate, Customer receives a one-off migration credit of ten per cent (10%) of its Bedrock charges for that model in the prior three months.\n\n"+
		"3.4 If Anthropic's published direct API price for a Claude model is more than 4% below Customer's Bedrock rate, AWS will match it within 30 days.\n\n"+
		"3.5 If the Bedrock rate exceeds the Benchmark Quote by more than 6%, AWS will reduce the rate to the quoted one.\n")
	var got []float64
	for _, d := range inForce(rg.Frames().Discount, func(x Discount) Base { return x.Base }) {
		got = append(got, d.Percent)
	}
	if !slices.Equal(got, []float64{20}) {
		t.Errorf("discounts %v, want [20]", got)
	}
}

// A compliance item whose fields a layout joined into one line: the
// requirement asks (no term), the tenderer's clarification answers.
func TestInlineComplianceFields(t *testing.T) {
	doc, err := extract.Bytes("award.txt", []byte("LETTER OF AWARD\n\n1. AWARD\n\n1.1 The Council awards the contract for Amazon Bedrock to AWS.\n\n"+
		"PART IV - COMPLIANCE SCHEDULE\n\n"+
		"[4.01]  Requirement: State how billable tokens are counted, and\n"+
		"        whether system prompts, tool definitions and structured\n"+
		"        output schemas are counted.\n"+
		"        Compliance: C\n"+
		"        Tenderer's clarification: See Annex T.\n"), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	rg := mustReader(t).Read(doc)
	asks, answers := 0, 0
	for _, st := range rg.Statements {
		switch {
		case strings.Contains(st.Quote, "State how billable tokens"):
			asks++
			if st.Binding {
				t.Errorf("the requirement binds: %q", st.Quote)
			}
			if strings.Contains(st.Quote, "See Annex T") {
				t.Errorf("the requirement runs into the answer: %q", st.Quote)
			}
		case strings.Contains(st.Quote, "See Annex T"):
			answers++
			if !st.Binding {
				t.Errorf("the clarification binds nobody: %q (%s)", st.Quote, st.Nonbinding)
			}
		}
	}
	if asks == 0 || answers == 0 {
		t.Errorf("requirement read %d times, clarification %d", asks, answers)
	}
}

// A party introduced a few paragraphs into a letter ("Harbourview District
// Council (the "Council") accepts …") acts under its short name, and a
// short name given after a company's description ("the Tender Response of
// Amazon Web Services Australia Pty Ltd ("AWS")") names the party only:
// "AWS" takes no meaning from "Response".
func TestPartyNamedInALetter(t *testing.T) {
	doc, err := extract.Bytes("loa.txt", []byte("LETTER OF ACCEPTANCE\n\n1. REFERENCES\n\n1.1 Our ref: LOA-7\n\n1.2 Your ref: TR-19\n\n1.3 Date: 2 May 2026\n\n"+
		"2. ACCEPTANCE\n\n2.1 Harbourview District Council (the \"Council\") accepts the Tender Response of Amazon Web Services Australia Pty Ltd (\"AWS\") for Amazon Bedrock.\n\n"+
		"3. DATA\n\n3.1 AWS will not use prompts to train any foundation model.\n\n3.2 The Council will not submit Outputs to any model training programme.\n"), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	rg := mustReader(t).Read(doc)
	for _, st := range rg.Statements {
		if st.Clause == "3.2" && st.Actor != Customer {
			t.Errorf("3.2 binds %q, want the customer", st.Actor)
		}
	}
	for _, tr := range inForce(rg.Frames().Training, func(x Training) Base { return x.Base }) {
		if tr.Clause == "3.2" {
			t.Errorf("the customer's own duty counts as the no-training promise: %+v", tr)
		}
		if tr.Clause == "3.1" && slices.Contains(tr.Covers, "completions") {
			t.Errorf("3.1 names prompts only, read as covering completions: %+v", tr)
		}
	}
}

// A compliance table's requirement column asks where a clarification or
// answer column answers; a percentage unit in a row's label applies to
// the bare number beside it.
func TestComplianceTableAndLabelUnits(t *testing.T) {
	rg := read(t, "# Amazon Bedrock Award\n\n## 1. Schedule\n\n"+
		"1.1 Customer commits to spend CAD 5,400,000 a year on Amazon Bedrock within the EDP.\n\n"+
		"| Item | Value |\n|---|---|\n| Bedrock rate card discount (basis points off published on-demand rates) | 1,800 |\n\n"+
		"## 2. Tender response\n\n"+
		"| Ref | Requirement | Compliance | Bidder's clarification |\n|---|---|---|---|\n"+
		"| R-1 | AWS will not use prompts or completions to train any model. | C | Confirmed for prompts. |\n")
	var got []float64
	for _, d := range inForce(rg.Frames().Discount, func(x Discount) Base { return x.Base }) {
		got = append(got, d.Percent)
	}
	if !slices.Equal(got, []float64{18}) {
		t.Errorf("discounts %v, want [18] (1,800 basis points)", got)
	}
	for _, tr := range inForce(rg.Frames().Training, func(x Training) Base { return x.Base }) {
		if slices.Contains(tr.Covers, "completions") {
			t.Errorf("the requirement reads as a term: %+v", tr)
		}
	}
}

// A definition of the billed unit that a binding clause bills or counts
// by states the treatment; one no clause applies stays a gloss.
func TestAppliedUnitDefinition(t *testing.T) {
	const def = "# Amazon Bedrock Addendum\n\n## 5. Tokens\n\n" +
		"5.1 \"Input Token\" means every token submitted to a model in a request, including the system prompt and any structured output schema.\n\n"
	elements := func(md string) map[string]bool {
		out := map[string]bool{}
		for _, tc := range inForce(read(t, md).Frames().TokenCounting, func(x TokenCounting) Base { return x.Base }) {
			for _, e := range tc.Elements {
				out[e] = true
			}
		}
		return out
	}
	if e := elements(def + "5.2 Tool definitions are not counted as Input Tokens and are not charged.\n"); !e["system_prompts"] || !e["output_schemas"] || !e["tool_definitions"] {
		t.Errorf("applied definition: elements %v, want all three", e)
	}
	if e := elements(def + "5.2 Amazon Bedrock is available in Sydney.\n"); e["system_prompts"] {
		t.Errorf("a definition no clause applies counts: %v", e)
	}
}

// A conformed copy of the addendum in force, attached "for reference
// only", that the draft's own text amends: its terms are the addendum's,
// as amended. A reference-only copy the draft does not amend binds nobody.
func TestAmendedReferenceCopyBinds(t *testing.T) {
	const operative = "# Second Addendum for Amazon Bedrock\n\n## 1. Amendments\n\n" +
		"1.1 Clause 8 of the First Addendum is deleted in its entirety and the following is substituted therefor: \"8.1 Provisioned Throughput is provided on a best-efforts basis and is excluded from the Amazon Bedrock Service Level Agreement.\"\n\n"
	const copy = "## Annexure 1 — Conformed copy of the First Addendum (for reference only)\n\n" +
		"### 7. Provisioned Throughput\n\n7.1 Customer may cancel a Provisioned Throughput commitment on thirty (30) days' notice if the model is deprecated or Customer moves the workload to another model on Amazon Bedrock.\n\n" +
		"### 8. Service levels\n\n8.1 AWS will make Provisioned Throughput available 99.9% of each month and will issue service credits if it does not.\n"
	rg := read(t, operative+copy)
	f := rg.Frames()
	if c := inForce(f.PTCancellation, func(x PTCancellation) Base { return x.Base }); len(c) == 0 {
		t.Error("the amended copy's cancellation right binds nobody")
	}
	best := false
	for _, s := range inForce(f.PTSLA, func(x PTSLA) Base { return x.Base }) {
		if s.BestEffort {
			best = true
		}
		if len(s.Levels) > 0 {
			t.Errorf("the replaced 99.9%% is still in force: %+v", s)
		}
	}
	if !best {
		t.Error("the substituted best-efforts wording binds nobody")
	}
	// the same copy, not amended: for reference only
	rg = read(t, "# Second Addendum for Amazon Bedrock\n\n## 1. Terms\n\n1.1 Customer may use Amazon Bedrock.\n\n"+copy)
	if c := inForce(rg.Frames().PTCancellation, func(x PTCancellation) Base { return x.Base }); len(c) != 0 {
		t.Errorf("a reference-only copy the draft does not amend binds: %+v", c)
	}
}

// "A new § 8(5) is inserted: "(5) Notwithstanding subsection (2), AWS may
// use Prompts …"": the new paragraph joins § 8, where it qualifies (2).
func TestNewSubParagraphJoinsItsSection(t *testing.T) {
	rg := read(t, "# Contract for Amazon Bedrock\n\n## § 8 Data\n\n(2) AWS shall not use Prompts or Completions to train any foundation model.\n\n(3) Data stays in the EU.\n\n"+
		"## CR-002\n\n1. A new § 8(5) is inserted:\n\n> \"(5) Notwithstanding subsection (2), AWS may use Prompts and Completions to evaluate and improve the Amazon foundation models.\"\n")
	found := false
	for _, tr := range inForce(rg.Frames().Training, func(x Training) Base { return x.Base }) {
		if tr.Effect == "permission" {
			found = true
			if tr.Clause != "8" || tr.Amended != "CR-002.1" {
				t.Errorf("the inserted permission stands in %s (amended by %q), want § 8 as amended by CR-002.1", tr.Clause, tr.Amended)
			}
		}
	}
	if !found {
		t.Error("the inserted permission is not read")
	}
}

// An availability level a block states for another AWS service (vector
// storage, Guardrails) is not Provisioned Throughput's, even where the
// same block also has a PT item.
func TestSLAOfAnotherServiceInAPTBlock(t *testing.T) {
	rg := read(t, "# Amazon Bedrock Addendum\n\n## Appendix 3 — Service levels\n\n"+
		"Amazon OpenSearch Serverless (used for transaction search, not for Bedrock): monthly availability of at least 99.9%. "+
		"Provisioned Throughput for Amazon Bedrock: to be agreed.\n")
	for _, s := range inForce(rg.Frames().PTSLA, func(x PTSLA) Base { return x.Base }) {
		if len(s.Levels) > 0 {
			t.Errorf("another service's level reads as PT's: %+v", s)
		}
	}
}

// "…; no part of it is allocated to an individual model or model family"
// denies a split; a PT pre-purchase table whose column names the
// "Commitment Year" is no spend commitment split by family.
func TestCommitmentNotSplit(t *testing.T) {
	rg := read(t, "# Amazon Bedrock Addendum\n\n## 3. Commitment\n\n"+
		"3.1 Customer commits to spend USD 4,000,000 per year on Amazon Bedrock within the EDP. It may be consumed through any model family offered in Bedrock (including Anthropic Claude, Meta Llama and Amazon Nova); no part of it is allocated to an individual model or model family.\n\n"+
		"3.2 Customer may pre-purchase Provisioned Throughput hours for Claude-family models at the following prices:\n\n"+
		"| Tier | Amount pre-purchased in the EDP Commitment Year | Price per model-unit hour |\n|---|---|---|\n"+
		"| Tier 1 | US$500,000 – US$1,499,999 | US$25.35 |\n| Tier 2 | US$1,500,000 and above | US$22.23 |\n")
	for _, c := range inForce(rg.Frames().Commitment, func(x Commitment) Base { return x.Base }) {
		if c.Split {
			t.Errorf("read as split by model: %s %q", c.Clause, c.Quote)
		}
	}
}

// The level promised is what the SLA says availability will be, not how
// unavailability is measured, nor the lower bound of a band of the credit
// scale; a level stated with "at least" stays a level.
func TestSLALevelNotMeasurementOrBand(t *testing.T) {
	levels := func(md string) []float64 {
		var out []float64
		for _, s := range inForce(read(t, md).Frames().PTSLA, func(x PTSLA) Base { return x.Base }) {
			out = append(out, s.Levels...)
		}
		slices.Sort(out)
		return out
	}
	const head = "# Amazon Bedrock Addendum\n\n## 6. Provisioned Throughput service level\n\n"
	if got := levels(head + "6.1 AWS will make each Provisioned Throughput endpoint available 99.9% of each month.\n\n" +
		"6.2 A minute in which an endpoint delivers less than 90% of its purchased throughput is a minute of unavailability.\n\n" +
		"6.3 Service credits: below 99.9% but 95.0% or more: 10%; below 95.0%: 25%.\n"); !slices.Equal(got, []float64{99.9}) {
		t.Errorf("levels %v, want [99.9]", got)
	}
	if got := levels(head + "6.1 AWS will make each Provisioned Throughput endpoint available 99.9% of each month.\n\n" +
		"6.2 The monthly availability of a Provisioned Throughput endpoint is banded as follows:\n\n" +
		"(a) below 99.9% but 99.0% or more;\n\n(b) below 99.0% but at least 95.0%.\n"); !slices.Equal(got, []float64{99.9}) {
		t.Errorf("levels %v, want [99.9]", got)
	}
	if got := levels(head + "6.1 AWS will make each Provisioned Throughput endpoint available at least 99.5% of each month, and Customer receives a 10% service credit if availability falls below it.\n"); !slices.Contains(got, 99.5) {
		t.Errorf("levels %v, want the 99.5 promised", got)
	}
	// the level said in one sentence with a credit scale that starts above
	// it stays the level; a band's condition in the scale does not become one
	if got := levels(head + "6.1 Provisioned Throughput monthly availability of 99.85%, with service credits of 10% of the monthly PT charge when availability is below 99.9%, 25% when below 99.0% and 50% when below 95.0%.\n"); !slices.Equal(got, []float64{99.85}) {
		t.Errorf("levels %v, want [99.85]", got)
	}
	if got := levels(head + "6.1 AWS shall make each PT Commitment available for at least 99.9% of each month.\n\n" +
		"6.2 If availability falls below 99.9%, AWS shall credit Customer: 10% where availability is at least 99.0%; 30% where availability is below 99.0%.\n"); !slices.Equal(got, []float64{99.9}) {
		t.Errorf("levels %v, want [99.9]", got)
	}
	// a figure right after "below" bounds a band; "not less than" is "at least"
	if got := levels(head + "| Clause | Amended text |\n|---|---|\n| 6.5 PT availability | AWS commits that each Provisioned Throughput commitment will be available for at least ninety-nine point nine per cent of the minutes in each calendar month. If it is not, AWS will issue a service credit of ten per cent, increasing to twenty-five per cent if availability falls below ninety-nine per cent. |\n"); !slices.Equal(got, []float64{99.9}) {
		t.Errorf("levels %v, want [99.9]", got)
	}
	if got := levels(head + "6.2 AWS will make Provisioned Throughput available at a Monthly Uptime Percentage of not less than ninety-nine point nine percent (99.9%).\n"); !slices.Equal(got, []float64{99.9}) {
		t.Errorf("levels %v, want [99.9]", got)
	}
}

// What a clause did before it was amended, told in the past ("As
// originally executed, clause 7.2 allowed …"), is no term; the
// replacement told in the present is.
func TestAsOriginallyExecutedIsOldWording(t *testing.T) {
	rg := read(t, "# Advice on the Amazon Bedrock Amendment\n\n## 4. The PT cancellation right\n\n"+
		"4.4 The amendment changes the right to cancel Provisioned Throughput:\n\n"+
		"(a) As originally executed, clause 7.2 allowed the Customer to cancel a PT Commitment on 90 days' notice, and only where the Foundation Model underwent a Material Deprecation.\n\n"+
		"(b) Under the replacement, the Customer may cancel on forty-five (45) days' written notice where there is a Material Deprecation or where it migrates the workload to another Foundation Model on Amazon Bedrock.\n\n"+
		"## 7. Provisioned Throughput\n\n7.2 Customer may cancel a PT Commitment on forty-five (45) days' notice where the Foundation Model undergoes a Material Deprecation or Customer migrates the workload to another Foundation Model on Amazon Bedrock.\n")
	for _, c := range inForce(rg.Frames().PTCancellation, func(x PTCancellation) Base { return x.Base }) {
		if c.NoticeDays == 90 {
			t.Errorf("the original wording reads as a right in force: %q", c.Quote)
		}
	}
}

// "There is no separate Bedrock commitment" sets aside a good-faith word
// about one at the next renewal; a recital's statement of intention stays.
func TestNoCommitmentNow(t *testing.T) {
	const body = "## 2. Spend\n\n2.1 Customer commits to USD 6,000,000 of total AWS spend under the EDP; Amazon Bedrock usage counts towards it at published rates. There is no separate Bedrock commitment.\n\n" +
		"2.2 The parties will consider in good faith whether a Bedrock-specific commitment should be introduced at the next EDP renewal.\n"
	rg := read(t, "# Amazon Bedrock Terms\n\n"+body)
	for _, c := range rg.Frames().Commitment {
		if !c.Binding && c.SupersededBy == "" {
			t.Errorf("a non-binding word about a commitment the draft says it does not have stands: %q", c.Quote)
		}
	}
	rg = read(t, "# Amazon Bedrock Terms\n\n## Recitals\n\n(A) The parties intend to agree a Bedrock-specific commitment, pooled across model families, in good faith.\n\n"+body)
	kept := false
	for _, c := range rg.Frames().Commitment {
		if c.Nonbinding == "recital" && c.SupersededBy == "" {
			kept = true
		}
	}
	if !kept {
		t.Error("the recital's intention was set aside")
	}
	// "no part of the Bedrock Commitment is allocated …" denies a split, not
	// the commitment
	rg = read(t, "# Amazon Bedrock Terms\n\n## 2. Spend\n\n2.1 Customer commits to spend USD 6,000,000 a year on Amazon Bedrock, and no part of the Bedrock Commitment is allocated to a particular model.\n\n"+
		"2.2 The parties will consider in good faith a growth plan for the Bedrock Commitment at the next EDP renewal.\n")
	for _, c := range rg.Frames().Commitment {
		if c.SupersededBy != "" {
			t.Errorf("set aside by a sentence that only denies a split: %q (by %s)", c.Quote, c.SupersededBy)
		}
	}
}

// "independent of" makes a commitment's term independent of the EDP only
// where it speaks of the term or the EDP, not of a tariff's volume.
func TestIndependentOfWhat(t *testing.T) {
	const commit = "# Amazon Bedrock Addendum\n\n## 2. Commitment\n\n2.1 Customer commits to spend USD 3,000,000 a year on Amazon Bedrock; the commitment is co-terminous with the EDP and ends on the same day.\n\n"
	independent := func(md string) bool {
		for _, c := range inForce(read(t, md).Frames().Commitment, func(x Commitment) Base { return x.Base }) {
			if c.Independent {
				return true
			}
		}
		return false
	}
	if independent(commit + "2.2 Guardrails within the commitment are charged at a single tariff, independent of the volume consumed.\n") {
		t.Error("a tariff independent of volume made the commitment's term independent")
	}
	if !independent(commit + "2.2 The commitment runs for a fixed term of 36 months, independent of the EDP term.\n") {
		t.Error("a term independent of the EDP not read")
	}
}

// A record of competing quotes holds the other provider's terms: its
// "Enterprise commitment, 12 months" is no commitment of this deal.
func TestQuoteRecordIsNoCommitment(t *testing.T) {
	rg := read(t, "# Addendum\n\n## 1. Commitment\n\n1.1 Customer commits to spend USD 2,000,000 on Amazon Bedrock in each year of a fixed 36-month term.\n\n"+
		"## SCHEDULE 4—BENCHMARK RECORD\n\n| Item | Provider | Offer | Date | Headline terms |\n|---|---|---|---|---|\n"+
		"| 1 | Microsoft — Azure OpenAI Service | Provisioned throughput units, 12-month reservation | 3 March 2026 | SGD 31.40 per model unit-hour |\n"+
		"| 2 | Anthropic — direct API | Enterprise commitment, 12 months | 10 March 2026 | Claude 3.7 Sonnet USD 2.55 / 12.75 per million tokens |\n")
	for _, c := range rg.Frames().Commitment {
		if c.InForce && strings.Contains(c.Quote, "Anthropic") {
			t.Errorf("a competitor's offer read as the commitment: %+v", c)
		}
	}
}

// An issues list: the parties' positions ask, only the agreed wording
// binds, also where the layout joined a field to the line before it.
func TestIssuesListAgreedWording(t *testing.T) {
	doc, err := extract.Bytes("issues.txt", []byte("AMAZON BEDROCK ADDENDUM\n\nbetween Meridian Freight LLC (\"Meridian\") and Amazon Web Services, Inc. (\"AWS\")\n\n"+
		"1.  Only the Agreed wording of an issue marked AGREED forms part of this Addendum.\n\nISSUES LIST\n\n"+
		"Issue 9.  Foundation Model deprecation\n    Meridian:  12 months' notice; migration credit equal to 10% of trailing spend.\n    AWS:       9 months' notice; no credit.\n    Status:    AGREED (v11)\n    Agreed wording:\n        [Intentionally Omitted.]\n\n"+
		"Issue 10.  PT cancellation\n    Meridian:  Cancel on 60 days' notice if the model is deprecated or Meridian moves the workload to another Bedrock model.\n"+
		"    AWS:       Agreed in principle; final AWS\n    wording accepted. Agreed wording: Meridian may cancel PT commitments on ninety (90) days' notice if the model is deprecated.\n    Status:    AGREED (v12)\n"), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	rg := mustReader(t).Read(doc)
	for _, m := range inForce(rg.Frames().ModelLifecycle, func(x ModelLifecycle) Base { return x.Base }) {
		if m.Remedy {
			t.Errorf("a party's position read as the agreed term: %q", m.Quote)
		}
	}
	c := inForce(rg.Frames().PTCancellation, func(x PTCancellation) Base { return x.Base })
	for _, x := range c {
		if x.NoticeDays != 90 {
			t.Errorf("cancellation %q: notice %v, want the agreed 90 days", x.Quote, x.NoticeDays)
		}
	}
	if len(c) == 0 {
		t.Errorf("the agreed wording is not read: %+v", rg.Frames().PTCancellation)
	}
}

// An issues list whose fields run on in one paragraph ("Customer position:
// … AWS position: … Outcome: …"): only the outcome binds, also after a
// sentence that ends in capitals ("… with an SLA. Outcome: …").
func TestIssuesListOutcomeInline(t *testing.T) {
	doc, err := extract.Bytes("issues.txt", []byte("CLOSING ISSUES LIST\n\nParties: Amazon Web Services, Inc. (\"AWS\") and Tollund A/S (\"Customer\")\n\n"+
		"A. The position lines record the negotiation only.\n\nB. Only the text on the Outcome line of each issue is a binding term.\n\n"+
		"====================\nISSUE 03 - PT CANCELLATION\n====================\nCustomer position: Cancellation on 30 days' notice.\nAWS position: PT commitments are non-cancellable.\n"+
		"Outcome: Customer may cancel any Provisioned Throughput commitment on sixty (60) days' notice if the model is deprecated or if Customer moves the workload to another Bedrock model.\n\n"+
		"====================\nISSUE 06 - PT AVAILABILITY\n====================\nCustomer position: 99.9% monthly availability for PT with service credits.\nAWS position: PT is not offered with an SLA.\n"+
		"Outcome: Provisioned Throughput is expressly excluded from the Amazon Bedrock SLA.\n"), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	rg := mustReader(t).Read(doc)
	c := inForce(rg.Frames().PTCancellation, func(x PTCancellation) Base { return x.Base })
	for _, x := range c {
		if x.Kind != "right" {
			t.Errorf("a party's position read as a term: %q", x.Quote)
		}
	}
	if len(c) == 0 {
		t.Errorf("the outcome's cancellation right is not read: %+v", rg.Frames().PTCancellation)
	}
	excluded := false
	for _, s := range inForce(rg.Frames().PTSLA, func(x PTSLA) Base { return x.Base }) {
		excluded = excluded || s.Excluded
		if s.Credits {
			t.Errorf("the customer's position read as a term: %q", s.Quote)
		}
	}
	if !excluded {
		t.Errorf("the outcome after \"SLA.\" is not read as a term: %+v", rg.Frames().PTSLA)
	}
}

// What an element holds is no element of its own: "tool definitions,
// including … parameter schemas" addresses no output schema.
func TestElementDescribedByIncluding(t *testing.T) {
	rg := read(t, "# Addendum\n\n## 5. Token counting\n\n5.1 Tokens are counted by the tokenizer of the model invoked.\n\n"+
		"5.2 Billable input tokens include (a) system prompts and (b) tool definitions, including tool names, descriptions and parameter schemas, in each case as sent with the request.\n")
	var elements []string
	for _, c := range inForce(rg.Frames().TokenCounting, func(x TokenCounting) Base { return x.Base }) {
		elements = append(elements, c.Elements...)
	}
	if !slices.Contains(elements, "system_prompts") || !slices.Contains(elements, "tool_definitions") || slices.Contains(elements, "output_schemas") {
		t.Errorf("elements %v: want system prompts and tool definitions, no output schemas", elements)
	}
}

// A discount stated as a share "below" the published rates is read; a
// provider named in a model family on Bedrock makes no price match of it.
func TestDiscountBelowPublishedRates(t *testing.T) {
	for _, c := range []struct {
		sentence string
		want     float64
	}{
		{"4.1 The on-demand input and output tokens of Anthropic Claude Foundation Models shall be invoiced at prices which are twenty-five percent (25 %) below the on-demand prices published by AWS for the Europe (Spain) Region.", 25},
		{"4.1 If Anthropic's direct price is more than 3% below the on-demand prices published by AWS, AWS will match it.", 0},
	} {
		rg := read(t, "# Addendum\n\n## 3. Commitment\n\n3.1 Customer commits to spend EUR 6,000,000 on Amazon Bedrock in each Contract Year.\n\n## 4. Prices\n\n"+c.sentence+"\n")
		got := 0.0
		for _, d := range inForce(rg.Frames().Discount, func(x Discount) Base { return x.Base }) {
			got = d.Percent
		}
		if got != c.want {
			t.Errorf("%q: discount %v, want %v", c.sentence, got, c.want)
		}
	}
}

// A row whose status column leaves it unsettled ("Superseded by 9A",
// "Open") binds nobody; the agreed row does.
func TestUnsettledStatusRow(t *testing.T) {
	rg := read(t, "# Issues list\n\n## Part B\n\n| # | Issue | Status | Agreed wording |\n|---|---|---|---|\n"+
		"| 9 | PT cancellation | Superseded by 9A | Customer may cancel a PT commitment on ninety (90) days' notice where the model is deprecated. |\n"+
		"| 9A | PT cancellation | Agreed | Customer may cancel any PT commitment on sixty (60) days' notice if the model is deprecated or Customer moves the workload to another Bedrock model. |\n")
	c := inForce(rg.Frames().PTCancellation, func(x PTCancellation) Base { return x.Base })
	if len(c) != 1 || c[0].NoticeDays != 60 {
		t.Errorf("cancellation in force: %+v, want only row 9A's", c)
	}
}

// A PDF table's narrow column breaks its words ("Sta tus | Su per sed ed
// by 9A"): the status still leaves the row unsettled.
func TestUnsettledStatusBrokenWords(t *testing.T) {
	for text, want := range map[string]bool{"Su per sed ed by 9A": true, "Open": true, "Ag ree d": false, "Opens on 1 July": false} {
		if got := reUnsettled.MatchString(compactWords(text)); got != want {
			t.Errorf("%q unsettled %v, want %v", text, got, want)
		}
	}
	if !reStatusHeader.MatchString(compactWords("Sta tus")) {
		t.Errorf("a broken status header is not read")
	}
}

// A commitment drafted as "a single envelope … usable on all the
// Foundation Models, whatever their family" is one pool.
func TestCommitmentAsSingleEnvelope(t *testing.T) {
	rg := read(t, "# Conditions\n\n## Article 4 — Bedrock Commitment\n\n4.1 Deverney undertakes to consume Amazon Bedrock for a minimum amount of EUR 2 900 000,00 per Contract Year (the \"Bedrock Commitment\").\n\n"+
		"4.2 The Bedrock Commitment is a single envelope in euros, freely usable on all the Foundation Models of the Service, whatever their family.\n")
	pool := false
	for _, c := range inForce(rg.Frames().Commitment, func(x Commitment) Base { return x.Base }) {
		pool = pool || c.Pool
	}
	if !pool {
		t.Errorf("the single envelope is not read as one pool: %+v", rg.Frames().Commitment)
	}
}

// "Training" that people receive, or that names what fine-tuning is billed
// by, is no use of data to train a model; training on content still is.
func TestTrainingOfPeopleOrBilling(t *testing.T) {
	for _, c := range []struct {
		sentence string
		permits  bool
	}{
		{"AWS ensures that the members of its personnel who may have access to Customer Content have followed training in the protection of personal data.", false},
		{"AWS shall waive the training charges for one re-customization, up to the number of training tokens used with Customer Content for the original customization.", false},
		{"AWS may use Customer Content for training its models.", true},
	} {
		rg := read(t, "# Addendum\n\n## 7. Data\n\n7.1 AWS will not use Customer Content, including prompts and completions, to train any model.\n\n7.2 "+c.sentence+"\n")
		permits := false
		for _, f := range inForce(rg.Frames().Training, func(x Training) Base { return x.Base }) {
			permits = permits || f.Effect == "permission"
		}
		if permits != c.permits {
			t.Errorf("%q: a permission to train %v, want %v", c.sentence, permits, c.permits)
		}
	}
}

// Guardrails named in brackets among the services a fee covers are not
// priced; a rate for Guardrails is.
func TestGuardrailsNamedAmongServices(t *testing.T) {
	for _, c := range []struct {
		sentence string
		priced   bool
	}{
		{"The fees for Amazon Bedrock (including on-demand inference, Knowledge Bases and Guardrails) are invoiced monthly in arrears, excluding VAT.", false},
		{"Guardrails are charged at USD 0.15 per 1,000 text units.", true},
	} {
		rg := read(t, "# Addendum\n\n## 3. Charges\n\n3.1 "+c.sentence+"\n")
		priced := false
		for _, g := range inForce(rg.Frames().Guardrails, func(x Guardrails) Base { return x.Base }) {
			priced = priced || g.Priced
		}
		if priced != c.priced {
			t.Errorf("%q: Guardrails priced %v, want %v", c.sentence, priced, c.priced)
		}
	}
}

// An annex's title in a list of the annexes, and a price's unit with its
// tax left out, say nothing of how tokens are counted.
func TestNoCountingInTitlesOrTaxes(t *testing.T) {
	for _, sentence := range []string{
		"Annex IV – Token Metering Methodology.",
		"Prices are in EUR per 1.000.000 tokens, VAT excluded, for the Europe (Spain) Region.",
	} {
		rg := read(t, "# Addendum\n\n## 1. Scope\n\n1.2 "+sentence+"\n")
		if c := inForce(rg.Frames().TokenCounting, func(x TokenCounting) Base { return x.Base }); len(c) != 0 {
			t.Errorf("%q read as token counting: %+v", sentence, c)
		}
	}
}

// The training a statement names is the customer's where the customer
// does it ("fine-tuned by Laurentide"), not where AWS does ("by AWS").
func TestCustomerTrains(t *testing.T) {
	for sentence, want := range map[string]bool{
		"Laurentide may import Meta Llama derivatives fine-tuned by Laurentide into Amazon Bedrock.": true,
		"Laurentide may import Meta Llama derivatives fine-tuned by AWS into Amazon Bedrock.":        false,
	} {
		rg := read(t, "# Addendum\n\nbetween Laurentide Power Inc. (\"Laurentide\") and Amazon Web Services, Inc. (\"AWS\")\n\n## 12. Import\n\n12.1 "+sentence+"\n")
		fb := &frameBuilder{rg: rg}
		found := false
		for _, st := range rg.Statements {
			if strings.Contains(st.Text, "fine-tuned by") {
				found = true
				if got := fb.customerTrains(st); got != want {
					t.Errorf("%q: the customer's training %v, want %v", sentence, got, want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no statement read", sentence)
		}
	}
}

// A sentence beside the commitment (its row of a table, its clause) divides
// the commitment only where it speaks of spend: a fee charged for each
// imported model, a storage price per model or charges itemised by family
// divide nothing; an allocation row, a "this amount applies solely to"
// sentence or a sentence under a heading about the commitment do. "Any Claude model you
// use" is one family, not a pool across families.
func TestCommitmentSplitOnlyBySpend(t *testing.T) {
	const table = "# Amazon Bedrock Key Terms\n\n## Part 1\n\n| No. | Term | Agreed position |\n|---|---|---|\n" +
		"| 1 | Bedrock Commitment | USD 5,000,000 in each year of the EDP term, counting toward the EDP commitment. |\n"
	cases := []struct {
		name  string
		md    string
		split bool
		pool  bool
	}{
		{"a fee for each imported model", table +
			"| 2 | Model import | Customer may import fine-tuned Llama models. A one-off onboarding fee of USD 6,500 applies for each imported model. |\n", false, false},
		{"a storage price per model", table +
			"| 2 | Imported model storage, per model per month | USD 1.85 |\n", false, false},
		{"charges itemised by family", table +
			"| 2 | Billing | Bedrock charges appear on the monthly invoice broken down by model family. |\n", false, false},
		{"a service available only to some", table +
			"| 2 | Custom models | AWS makes Customer's custom models available only to Customer's own accounts. |\n", false, false},
		{"an allocation row", table +
			"| 2 | Allocation by model family | Anthropic: USD 3,000,000; Meta Llama: USD 2,000,000. Allocations cannot be moved. |\n", true, false},
		{"this amount for one family", "# Bedrock Order\n\n## 2. Spend\n\n2.1 Customer commits to spend USD 2,000,000 on Amazon Bedrock in each year. This amount applies solely to usage of Anthropic Claude models.\n", true, false},
		{"a part headed by the commitment", "# Amazon Bedrock Schedule\n\n## Part A: Commitment and pricing\n\n" +
			"A1. Customer commits to spend USD 3,000,000 on Amazon Bedrock in each Commitment Year.\n\n" +
			"A2. Only Anthropic Claude models available on Amazon Bedrock, in any version.\n\n" +
			"A3. If Anthropic lists any Claude model you use below your rate, AWS matches that price.\n", true, false},
		{"any model of one family", "# Amazon Bedrock Schedule\n\n## Part A: Commitment and pricing\n\n" +
			"A1. Customer commits to spend USD 3,000,000 on Amazon Bedrock in each Commitment Year.\n\n" +
			"A2. If Anthropic lists any Claude model you use below your rate, AWS matches that price.\n", false, false},
		{"spent on any model of one family", "# Amazon Bedrock Schedule\n\n## Part A: Commitment\n\n" +
			"A1. Customer commits to spend USD 3,000,000 on Amazon Bedrock in each Commitment Year. Customer may consume it on any Claude model.\n", false, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			split, pool := false, false
			for _, f := range inForce(read(t, c.md).Frames().Commitment, func(x Commitment) Base { return x.Base }) {
				if f.Bedrock {
					split, pool = split || f.Split, pool || f.Pool
				}
			}
			if split != c.split || pool != c.pool {
				t.Errorf("split %v pool %v, want split %v pool %v", split, pool, c.split, c.pool)
			}
		})
	}
}

// A table's yes/no column that says whether an option offered was taken
// up ("Included? (Y/N)") leaves the rows marked N out of the deal; a
// column saying what an item is included in ("Included in input tokens?")
// states a term in every row.
func TestSelectedColumn(t *testing.T) {
	rg := read(t, "# Order Form\n\nBetween Amazon Web Services, Inc. (\"AWS\") and Kestrel Ltd (\"Customer\").\n\n## 1. Line items\n\n"+
		"| No. | Item | Terms | Included? (Y/N) |\n|---|---|---|---|\n"+
		"| 1 | PT exit | Customer may cancel any Provisioned Throughput commitment on 30 days' notice if the model is deprecated or Customer moves the workload to another model. | N |\n"+
		"| 2 | Model retirement | AWS gives 180 days' notice of the end of life of a model. | Y |\n\n"+
		"## 2. Tokens\n\n| Element | Included in input tokens? |\n|---|---|\n| System prompts | Y |\n| Tool definitions | N |\n")
	f := rg.Frames()
	if c := inForce(f.PTCancellation, func(x PTCancellation) Base { return x.Base }); len(c) != 0 {
		t.Errorf("a row marked N binds: %+v", c)
	}
	notice := false
	for _, m := range inForce(f.ModelLifecycle, func(x ModelLifecycle) Base { return x.Base }) {
		notice = notice || m.NoticeDays == 180
	}
	if !notice {
		t.Errorf("the row marked Y is not read")
	}
	var elems []string
	for _, tc := range inForce(f.TokenCounting, func(x TokenCounting) Base { return x.Base }) {
		elems = append(elems, tc.Elements...)
	}
	if !slices.Contains(elems, "tool_definitions") {
		t.Errorf("a row marked N under \"Included in input tokens?\" is a term too; elements %v", elems)
	}
}

// A cancellation right whose notice is named but not given ("notice of
// not less than the Cancellation Notice Period", nothing defining it) has
// no known notice; one that points to a section of the draft reads the
// notice there.
func TestNoticeNamedNotGiven(t *testing.T) {
	const right = "3.1 Customer may cancel any Provisioned Throughput commitment on written notice of not less than the %s if the model is deprecated or Customer moves the workload to another model.\n\n"
	cases := []struct {
		name, md string
		days     float64
		unstated bool
	}{
		{"named, not given", "# Addendum\n\n## 3. PT\n\n" + fmt.Sprintf(right, "Cancellation Notice Period"), 0, true},
		{"a section of the draft", "# Addendum\n\n## 3. PT\n\n" + fmt.Sprintf(right, "notice period in section 3.2") + "3.2 The notice period is forty-five (45) days.\n", 45, false},
		// (business days counted as calendar days, as a notice stated in
		// the sentence is)
		{"a section of the draft, in business days", "# Addendum\n\n## 3. PT\n\n" + fmt.Sprintf(right, "notice period in section 3.2") + "3.2 The notice period is forty-five (45) business days.\n", 63, false},
		{"stated", "# Addendum\n\n## 3. PT\n\n3.1 Customer may cancel any Provisioned Throughput commitment on written notice of not less than thirty (30) days if the model is deprecated or Customer moves the workload to another model.\n", 30, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rs := inForce(read(t, c.md).Frames().PTCancellation, func(x PTCancellation) Base { return x.Base })
			if len(rs) == 0 {
				t.Fatal("no cancellation right read")
			}
			for _, r := range rs {
				if r.NoticeDays != c.days || r.NoticeUnstated != c.unstated {
					t.Errorf("notice %v unstated %v, want %v %v", r.NoticeDays, r.NoticeUnstated, c.days, c.unstated)
				}
			}
		})
	}
}

// A schedule of lettered figures ("Figure | Item | Value") that clauses
// cite ("falls below Figure E", "the service credits in Figure H") gives
// its values where they are cited; a figure "[to be agreed]" leaves the
// term it holds unagreed. Its rows are figures also where a page break
// has left the header behind (three or more consecutive letters).
func TestLetteredFigures(t *testing.T) {
	const body = "# Addendum\n\nBetween Amazon Web Services, Inc. (\"AWS\") and Kestrel Ltd (\"Customer\").\n\n## 7. PT service level\n\n" +
		"7.1 AWS will make each PT Commitment available for at least the Monthly Availability in Figure E.\n\n" +
		"7.2 If Monthly Availability falls below Figure E in a month, Customer is entitled to the service credits in Figure H.\n\n" +
		"## Schedule 1 - Figures\n\n"
	for name, table := range map[string]string{
		"under its header":   "| Figure | Item | Value |\n|---|---|---|\n| D | Deprecation notice | 270 days |\n| E | PT Monthly Availability | 99.9% |\n| H | PT service credits | CREDITS |\n",
		"header left behind": "Continued from the previous page.\n\n| | | |\n|---|---|---|\n| E | PT Monthly Availability | 99.9% |\n| F | OCU rate | USD 0.18 per OCU-hour |\n| G | Guardrails | USD 0.15 |\n| H | PT service credits | CREDITS |\n",
	} {
		for _, credits := range []string{"[to be agreed]", "10% below 99.9%; 25% below 99.0%"} {
			t.Run(name+"/"+credits, func(t *testing.T) {
				var levels []float64
				withCredits := false
				for _, s := range inForce(read(t, body+strings.Replace(table, "CREDITS", credits, 1)).Frames().PTSLA, func(x PTSLA) Base { return x.Base }) {
					levels = append(levels, s.Levels...)
					withCredits = withCredits || s.Credits
				}
				if !slices.Contains(levels, 99.9) {
					t.Errorf("Figure E's 99.9%% is not read where it is cited: %v", levels)
				}
				if want := credits != "[to be agreed]"; withCredits != want {
					t.Errorf("credits %v, want %v", withCredits, want)
				}
			})
		}
	}
}

// In a reply that answers a mark-up point by point, a point whose status
// is its heading or its first words ("6(b) OPEN. …", "NOT ACCEPTED. …")
// states no term; the agreed points do.
func TestPointStatusOpen(t *testing.T) {
	rg := readAs(t, "reply.txt", "From: AWS counsel\nSubject: RE: Bedrock Addendum markup\n\n"+
		"AGREED - the quoted text is final. OPEN - not agreed. NOT ACCEPTED - the change will not be made.\n\n"+
		"Comment 6 - Provisioned Throughput cancellation (cl. 6.3)\n\n"+
		"6(a) AGREED. Final text:\n\n  \"6.3 Customer may cancel a Provisioned Throughput commitment on forty-five (45)\n  days' written notice if the foundation model is deprecated.\"\n\n"+
		"6(b) OPEN. Your added limb allowing cancellation when Customer moves the workload to\n     another Bedrock model. No position yet.\n\n"+
		"Comment 7 - Provisioned Throughput service level (new cl. 7.4)\n\n"+
		"NOT ACCEPTED. Your proposed 99.9% monthly availability for Provisioned Throughput,\nwith 10% and 25% service credits, will not be added.\n")
	f := rg.Frames()
	var trig []string
	for _, c := range inForce(f.PTCancellation, func(x PTCancellation) Base { return x.Base }) {
		if c.Kind == "right" {
			trig = append(trig, c.Triggers...)
		}
	}
	if !slices.Contains(trig, "deprecation") || slices.Contains(trig, "migration") {
		t.Errorf("triggers %v: the agreed 6(a) gives deprecation, the open 6(b) nothing", trig)
	}
	for _, s := range inForce(f.PTSLA, func(x PTSLA) Base { return x.Base }) {
		if len(s.Levels) > 0 || s.Credits {
			t.Errorf("the point not accepted states a service level: %+v", s)
		}
	}
}

// A block of notes whose lines were joined ("[1] … [2] … [5] …") is read
// note by note: a row calling note 1 reads note 1 alone. A row's credit
// cell that says there is none ("none [5]") gives no credit.
func TestJoinedNotesAndNoCreditCell(t *testing.T) {
	rg := readAs(t, "annex.txt", "ANNEX B - PRICES\n\n"+
		"Model                 Published   Contract [1]   Discount\n"+
		"--------------------  ----------  -------------  --------\n"+
		"Amazon Nova Pro       0.80        0.64           20%\n\n"+
		"PART E - SERVICE LEVELS\n\n"+
		"Service                   Monthly availability   Service credit if missed\n"+
		"------------------------  ---------------------  ------------------------\n"+
		"Provisioned Throughput    99.9% [2]              none [2]\n\n"+
		"Footnotes\n\n"+
		"[1] Billable input tokens are counted with the serving model's tokenizer.\n"+
		"[2] AWS commits to 99.9% Monthly Availability for Provisioned Throughput. No service\n"+
		"    credit is payable for Provisioned Throughput.\n")
	if n := rg.footnotes["1"]; strings.Contains(n, "Availability") {
		t.Errorf("note 1 runs into note 2: %q", n)
	}
	for _, s := range inForce(rg.Frames().PTSLA, func(x PTSLA) Base { return x.Base }) {
		if s.Credits {
			t.Errorf("a service credit read: %s %q", s.Clause, s.Quote)
		}
	}
}
