package interpret

import (
	"slices"
	"strings"
	"testing"

	"github.com/clausecheck/clausecheck/document"
)

func TestSectionNumbersWithRangesInAList(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string
	}{
		{"Sections 1 to 3", "1 2 3"},
		{"Slides 1 to 7 and 9 to 11 are briefing material", "1 2 3 4 5 6 7 9 10 11"},
		{"clauses 2, 4 and 5", "2 4 5"},
		{"Sections 1-2, 4-5 and 7", "1 2 4 5 7"},
		{"Part 4", "part 4"},
		{"Parts 1 and 3 to 4", "part 1 part 3 part 4"},
	} {
		if got := strings.Join(sectionNumbers(tc.text), " "); got != tc.want {
			t.Errorf("%q: %q, want %q", tc.text, got, tc.want)
		}
	}
}

// A deck that says, in a slide after its first ones, which slides are for
// information only: those slides bind nobody, and the slide it names as
// binding does.
func TestSlidesDeclaredInformational(t *testing.T) {
	const deck = `NORTHWIND RETAIL
Steering committee deck, exported 9 June 2026

Slide 1 - Title
Bedrock deal review.

Slide 2 - About this deck
- Slides 1 to 3 and 5 are briefing material. They are for information only and create no obligation for either party.
- Slide 4 is reproduced as Schedule 1 to the Order Form and binds both parties.

Slide 3 - What we asked for
- AWS will not charge any fee to import custom models.

Slide 4 - Binding terms
- AWS will not use prompts or completions to train any model.

Slide 5 - Next steps
- AWS will give 180 days' notice before deprecating a model.
`
	rg := readAs(t, "deck.txt", deck)
	binding := map[string]bool{}
	for _, st := range rg.Statements {
		binding[st.Clause] = binding[st.Clause] || st.Binding
	}
	for clause, want := range map[string]bool{"SLIDE 3": false, "SLIDE 4": true, "SLIDE 5": false} {
		if binding[clause] != want {
			t.Errorf("%s binding = %v, want %v (%v)", clause, binding[clause], want, rg.bindingBySection)
		}
	}
	// a sentence that only mentions a section says nothing of its status
	if sectionsSubject("The parties will discuss Section 9 at renewal.") {
		t.Error("a section named as an object was read as the subject")
	}
}

// "99.5% -> 99.9%": the value changed to is the one read; values of other
// kinds or units either side of an arrow are both read.
func TestArrowReplacesAValue(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"PT availability 99.5% -> 99.9%", []string{"99.9%"}},
		{"notice 30 days → 60 days", []string{"60 days"}},
		{"PT availability 99.5% to 99.9%", []string{"99.5%", "99.9%"}},
		{"Tier 1 USD 500,000 -> 35%", []string{"USD 500,000", "35%"}},
	} {
		var got []string
		for _, f := range readFacts(tc.text, nil) {
			if f.Kind != document.FactDate {
				got = append(got, f.Text)
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: facts %q, want %q", tc.text, got, tc.want)
		}
	}
}

// A table of versions beside the agreed one ("v4 (AWS, 2 Feb) | v5
// (agreed, 27 Feb)"): the earlier version states no term, unless the
// agreed cell of its row is blank, and then it stands unchanged.
func TestEarlierVersionColumns(t *testing.T) {
	rg := read(t, "# Term sheet\n\n## Terms\n\n| # | Item | v4 (AWS, 2 Feb 2026) | v5 (agreed, 27 Feb 2026) |\n|---|---|---|---|\n"+
		"| 13 | PT cancellation | Customer may cancel any PT commitment on 90 days' notice on model deprecation only | Customer may cancel any PT commitment on sixty (60) days' notice where the model is deprecated or Customer moves the workload to another Bedrock model |\n"+
		"| 14 | PT availability SLA | AWS will make PT available 99.9% of each month, with a service credit of 10% of the monthly PT fee below that level | |\n")
	var days []float64
	for _, c := range rg.Frames().PTCancellation {
		if c.InForce {
			days = append(days, c.NoticeDays)
		}
	}
	if len(days) != 1 || days[0] != 60 {
		t.Errorf("PT cancellation notice read: %v, want the agreed 60 days only", days)
	}
	var levels []float64
	for _, s := range inForce(rg.Frames().PTSLA, func(x PTSLA) Base { return x.Base }) {
		levels = append(levels, s.Levels...)
	}
	if !slices.Contains(levels, 99.9) {
		t.Errorf("the v4 SLA a blank v5 cell leaves standing was not read: %v", levels)
	}
}

// A deck that lists the slides that bind ("Only slides 2 and 4 … form
// binding terms") and says all other slides do not: the slides it lists
// bind, the others do not, "Folie 3 von 4" a slide as "Slide 3 of 4" is.
func TestSlidesListedAsBinding(t *testing.T) {
	const deck = "# Krämer GmbH — Bedrock\n\n## Folie 1 von 4\n\n**EN:** Only slides 2 and 4 (marked BINDING) form binding terms of the Bedrock Addendum. All other slides are for information only, are non-binding and create no obligations.\n\n" +
		"## Folie 2 von 4 — BINDING\n\nAWS will not use prompts or completions to train any model.\n\n" +
		"## Folie 3 von 4 — non-binding\n\nAWS will give 180 days' notice before deprecating a model and a migration credit of 10%.\n\n" +
		"## Folie 4 von 4 — BINDING\n\nCustomer may cancel any Provisioned Throughput commitment on 30 days' notice.\n"
	rg := readAs(t, "deck.md", deck)
	binding := map[string]bool{}
	for _, st := range rg.Statements {
		binding[st.Clause] = binding[st.Clause] || st.Binding
	}
	for clause, want := range map[string]bool{"SLIDE 2": true, "SLIDE 3": false, "SLIDE 4": true} {
		if binding[clause] != want {
			t.Errorf("%s binding = %v, want %v (%v)", clause, binding[clause], want, rg.bindingBySection)
		}
	}
	// the same list on a slide after the first: the others bind nobody
	rg = readAs(t, "deck.md", strings.Replace(deck, "## Folie 1 von 4\n\n", "## Folie 1 von 4\n\nDeal review.\n\n## Binding effect\n\n", 1))
	if got, ok := rg.bindingBySection["3"]; !ok || got {
		t.Errorf("slide 3 listed %v, binding %v: %v", ok, got, rg.bindingBySection)
	}
	if namesBinding("The parties will discuss whether Section 9 becomes binding.") != true || namesBinding("This binding term sheet covers Section 9.") {
		t.Error("namesBinding: a sentence naming a section before \"binding\" is one that may say it binds; one naming it after, not")
	}
}

// A reply that answers the other side's numbered points inline: a point
// answered "Not agreed" or "Open" binds nobody, one answered "Agreed"
// keeps its words.
func TestPointsAnsweredInline(t *testing.T) {
	rg := readAs(t, "reply.txt", `From: Customer Counsel <counsel@customer.example>
To: AWS Account Team <team@amazon.example>
Subject: RE: Bedrock addendum - AWS positions (our replies inline)

Our replies are inline under each of your numbered points.

-----Original Message-----
From: AWS Account Team <team@amazon.example>
Subject: Bedrock addendum - AWS positions

> 5. Provisioned Throughput. Customer may cancel a Provisioned Throughput
> commitment on sixty (60) days' written notice if AWS deprecates the model
> or Customer moves the workload to another Bedrock model.

Not agreed in this form. We need thirty days.

> 6. Data. AWS will not use Customer's prompts or completions to train any
> foundation model.

Agreed.
`)
	cancel, data := false, false
	for _, st := range rg.Statements {
		if st.Binding && st.Clause == "5" {
			cancel = true
		}
		if st.Binding && st.Clause == "6" {
			data = true
		}
	}
	if cancel || !data {
		t.Errorf("point 5 (not agreed) binds: %v; point 6 (agreed) binds: %v", cancel, data)
	}
}

// A row of a negotiation table that binds nobody ("Withdrawn by AWS")
// does not make another row of the table, on PT pre-purchase credits, a
// remedy for a model's withdrawal.
func TestWithdrawnRowSpeaksForNoOtherRow(t *testing.T) {
	rg := read(t, "# Term sheet\n\n## Terms\n\n| # | Item | v4 (AWS, 2 Feb 2026) | v5 (agreed, 27 Feb 2026) |\n|---|---|---|---|\n"+
		"| 5 | PT pre-purchase credits | Prepaid model-unit hours at 30% below standalone PT | Prepaid model-unit hours in tiers: Tier 1 38%; Tier 2 45%; Tier 3 50% below the standalone PT rate |\n"+
		"| 8 | Guardrails pricing | Sliding scale per 1M text units | Withdrawn by AWS — no agreed position |\n")
	for _, l := range inForce(rg.Frames().ModelLifecycle, func(x ModelLifecycle) Base { return x.Base }) {
		if l.Remedy {
			t.Errorf("a migration remedy read from %s: %q", l.Clause, l.Quote)
		}
	}
}

// A page that says its commentary is no part of the contract: its
// commentary, before the signed text and in a section headed as
// commentary after it, binds nobody; the signed text does.
func TestCommentaryNotContract(t *testing.T) {
	rg := readAs(t, "kb.txt", `KNOWLEDGE BASE - BEDROCK ADDENDUM (PRECEDENT)

Why this page exists. The commentary on this page is internal working knowledge, not part of the contract; the only operative text is the signed addendum below. The deal team thought that AWS will not charge any fee to import custom models.

7.1 Customer may import custom models derived from open-weight Meta Llama models.

7.2 Customer is responsible for the licences of the weights it imports.

Commentary on the signed text
-----------------------------

AWS will not charge any import, licence or per-model fee for imported models.
`)
	for _, st := range rg.Statements {
		if st.Binding && !strings.HasPrefix(st.Clause, "7.") {
			t.Errorf("commentary binds: %s: %q", st.Clause, st.Quote)
		}
	}
	for _, st := range rg.Statements {
		if st.Clause == "7.1" && !st.Binding {
			t.Errorf("the signed text binds nobody: %q", st.Quote)
		}
	}
}

func TestNoteNotContractWording(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"This note explains the deal. It is not part of the contract.", true},
		{"This summary is for the board, not part of the agreement.", true},
		{"The commentary on this page is internal working knowledge, not part of the contract.", true},
		{"The Change Log records the rounds. It does not form part of this Addendum.", false},
		{"The commentary on this page is reviewed monthly. Clause 4 is not part of the contract.", false},
	} {
		if got := reNoteNotContract.MatchString(tc.text); got != tc.want {
			t.Errorf("%q: a note no part of the contract = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestLegendOverContents: a draft's legend in capitals ("SUBJECT TO
// CONTRACT") run together with a contents list that names clauses (as an
// extractor keeps them, in the preamble) does not make the sections listed
// non-binding: it speaks of the draft. A sentence that says listed
// sections are for information only still does.
func TestLegendOverContents(t *testing.T) {
	mk := func(preamble string) *document.Document {
		return &document.Document{Path: "draft.txt", Format: document.FormatText, Definitions: map[string]string{}, Clauses: []document.Clause{
			{ID: "preamble", Kind: document.KindPreamble, Text: preamble},
			{ID: "1", Number: "1", Kind: document.KindClause, Level: 1, Heading: "DATA"},
			{ID: "1.1", Number: "1.1", Kind: document.KindClause, Level: 2, ParentID: "1", Parent: "1",
				Text: "AWS shall not use Customer prompts or completions to train any model."},
		}}
	}
	legend := "AWS DRAFT 4 - ISSUED FOR REVIEW - SUBJECT TO CONTRACT Version 4.0 | 6 March 2026\nMASTER AGREEMENT\n" +
		"between AMAZON WEB SERVICES EMEA SARL (\"AWS\") and NORTHMERE LTD (\"the Customer\")\nCONTENTS\n" +
		"Part 1 - Master Agreement (clauses 1 to 2) Schedule 1 - Pricing Signature page"
	binding := func(rg *Reading) bool {
		for _, st := range rg.Statements {
			if st.Clause == "1.1" {
				return st.Binding
			}
		}
		t.Fatal("no statement of 1.1")
		return false
	}
	if !binding(mustReader(t).Read(mk(legend))) {
		t.Error("a legend over a contents list made clause 1.1 non-binding")
	}
	info := strings.Replace(legend, "CONTENTS\n", "CONTENTS\nPart 1 (clauses 1 to 2) is for information only.\n", 1)
	if binding(mustReader(t).Read(mk(info))) {
		t.Error("clauses said to be for information only still bind")
	}
}
