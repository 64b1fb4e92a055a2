package interpret

import (
	"github.com/clausecheck/clausecheck/extract"
	"slices"
	"strings"
	"testing"
)

// statementsWith returns the statements whose quote holds every word; a
// test fails when none does (it would otherwise pass on text it never read).
func statementsWith(t *testing.T, rg *Reading, words ...string) []*Statement {
	t.Helper()
	var out []*Statement
	for _, st := range rg.Statements {
		all := true
		for _, w := range words {
			all = all && strings.Contains(st.Quote, w)
		}
		if all {
			out = append(out, st)
		}
	}
	if len(out) == 0 {
		t.Fatalf("no statement quotes %q", words)
	}
	return out
}

// wantBinding fails the test unless every statement quoting all the words
// binds (want) or binds nobody (!want); nonbinding, when given, is the
// reason a statement that does not bind must give.
func wantBinding(t *testing.T, rg *Reading, want bool, nonbinding string, words ...string) {
	t.Helper()
	for _, st := range statementsWith(t, rg, words...) {
		if st.Binding != want || !want && nonbinding != "" && st.Nonbinding != nonbinding {
			t.Errorf("%q: binding %v (%q), want %v %s", st.Quote, st.Binding, st.Nonbinding, want, nonbinding)
		}
	}
}

// A reply that answers points inline and then says, by number, which
// points are still open: those points bind nobody, even where the answer
// under one of them does not open with a refusal ("Thank you … we cannot
// accept it yet. Open."); the points the summary leaves out stand. A
// sentence that makes the status a condition decides nothing.
func TestListedOpenPoints(t *testing.T) {
	rg := readText(t, "From: Counsel <counsel@customer.example>\nTo: AWS <deals@aws.example>\nSubject: RE: Bedrock points\n\n"+
		"> AWS's positions on the open points follow.\n>\n"+
		"> 1. Data. AWS will not use prompts or completions to\n> train any foundation model.\n\nAgreed.\n\n"+
		"> 2. PT availability. AWS will make each Provisioned Throughput\n> endpoint available 99.9% of each month, with a 10% service\n> credit below that.\n\n"+
		"Thank you for moving on this, but we cannot accept it yet. Open.\n\n"+
		"> 3. Term. The Bedrock commitment runs for 36 months.\n\nWe will come back on this.\n\n"+
		"Summary: point 1 is agreed. Points 2 and 3 are not agreed and remain open.\n")
	wantBinding(t, rg, false, "negotiation", "99.9%")
	wantBinding(t, rg, false, "", "36 months")
	wantBinding(t, rg, true, "", "train any foundation model")

	rg = readText(t, "1. PT availability. AWS will make each Provisioned Throughput endpoint available 99.9% of each month.\n\n"+
		"2. Review. If points 1 and 2 remain open at the next review, either party may call a meeting.\n")
	wantBinding(t, rg, true, "", "99.9%")
}

// A passage a tag attributes to someone ("[Halvorsen, 24 Feb]") whose words
// open by proposing or refusing is a party's ask, not a term; a tag before
// a term ("[Clause 4]") leaves it a term.
func TestTaggedProposal(t *testing.T) {
	rg := readText(t, "1. Model lifecycle. AWS will give 180 days' notice before it retires a model.\n\n"+
		"[Halvorsen, 24 Feb] We require a migration credit equal to 15% of the prior quarter's spend.\n\n"+
		"[Halvorsen, 24 Feb] We propose a 30% discount.\n\n"+
		"2. [Clause 4] Tool definitions are billed as input tokens.\n")
	wantBinding(t, rg, false, "negotiation", "We require")
	wantBinding(t, rg, false, "negotiation", "We propose")
	wantBinding(t, rg, true, "", "Tool definitions")
}

// A ticket export: each ticket's comments, however they are labelled
// ("Comments (oldest first):"), record the discussion; its "Agreed clause"
// binds, sentence by sentence, unless the ticket's status or resolution
// says it is open or withdrawn.
func TestTicketExport(t *testing.T) {
	rg := readText(t, "TICKET EXPORT - PROJECT LGL\n\n"+
		"LGL-412  Token counting methodology\nType: Negotiation point | Status: RESOLVED | Resolution: Done\n"+
		"Description: We need the addendum to say how billable tokens are counted.\n\n"+
		"Comments (oldest first):\n[2026-01-20 10:02] A. Byrne: Proposed text: \"Billable input tokens exclude system prompts.\"\n"+
		"[2026-02-02 16:45] S. Lindqvist (AWS Legal): We can exclude tool definitions and structured output schemas.\n"+
		"[2026-03-11 14:05] A. Byrne: Accepted as below.\n\n"+
		"Agreed clause: \"Billable input tokens include all tokens in system prompts. Tokens in tool definitions supplied with a request are excluded from billable input tokens.\"\n\n"+
		"LGL-415  PT cancellation on migration\nType: Negotiation point | Status: IN REVIEW | Resolution: Unresolved\n"+
		"Comments (oldest first):\n[2026-01-14 10:00] S. Lindqvist (AWS Legal): Needs product team approval.\n\n"+
		"Agreed clause: \"Customer may cancel any Provisioned Throughput commitment on thirty (30) days' written notice where it moves the workload to another model on Amazon Bedrock.\"\n")
	wantBinding(t, rg, false, "", "structured output schemas")
	wantBinding(t, rg, false, "", "LGL-415")
	wantBinding(t, rg, false, "negotiation", "thirty (30) days")
	wantBinding(t, rg, true, "", "include all tokens in system prompts")
	wantBinding(t, rg, true, "", "Tokens in tool definitions", "excluded")
	for _, st := range rg.Statements {
		if strings.Contains(st.Quote, "include all tokens") && strings.Contains(st.Quote, "tool definitions") {
			t.Errorf("the agreed clause is read as one sentence: %q", st.Quote)
		}
	}
}

// A quotation that opens its sentence is the wording itself, sentence by
// sentence; one that a sentence quotes ("… is replaced with: "…"") is
// part of that sentence.
func TestStandaloneQuotationSplits(t *testing.T) {
	for _, c := range []struct {
		text string
		n    int
	}{
		{"\"Billable input tokens include system prompts. Tool definitions are excluded.\"", 2},
		{"Clause 5 is replaced with: \"AWS will give notice. Customer may cancel.\" Clause 6 is deleted.", 2},
	} {
		if got := len(splitSentences(c.text)); got != c.n {
			t.Errorf("%q: %d sentences, want %d", c.text, got, c.n)
		}
	}
}

// A part headed as review comments (a pull request's conversation) is a
// record of the discussion: a suggested wording in it is no term.
func TestReviewCommentsPart(t *testing.T) {
	rg := read(t, "# Schedule 7\n\n## 6. Data\n\n6.1 AWS will not use Inputs to train or improve any foundation model.\n\n"+
		"## Review comments on a41f9c2\n\n**@procurement** commented on line 30 (§6.1)\n\n6.1 AWS will not use Inputs or Outputs to train or improve any foundation model.\n\nOutputs should be covered too.\n")
	wantBinding(t, rg, false, "", "Inputs or Outputs")
	wantBinding(t, rg, true, "", "use Inputs to train")
}

// A German part word names a part as the English one does: credits
// "gemäß Anhang C" where the draft has no Anhang C are behind a missing
// reference, and the sentence ends after the part's letter, so that the
// English sentence after it is read on its own.
func TestGermanPartReference(t *testing.T) {
	rg := read(t, "# Folie 9 — VERBINDLICH / BINDING\n\n**DE:** AWS stellt die Verfügbarkeit von Provisioned Throughput für den Kunden mit 99,9 % pro Kalendermonat sicher. Service Credits gemäß Anhang C.\n\n"+
		"**EN:** AWS commits to Provisioned Throughput availability for Customer of 99.9 % per calendar month. Service credits as set out in Appendix C.\n")
	mustHold(t, rg, "99.9 % per calendar month")
	for _, s := range inForce(rg.Frames().PTSLA, func(x PTSLA) Base { return x.Base }) {
		if s.Credits {
			t.Errorf("credits read as granted: %q", s.Quote)
		}
	}
	if n := len(splitSentences("Service Credits gemäß Anhang C. AWS commits to 99.9 %.")); n != 2 {
		t.Errorf("%d sentences, want 2", n)
	}
}

// A note under a table that takes back one of its rows ("² The Agreed
// position in row 9 is withdrawn.", "³ This entry forms no part of this
// Addendum.") leaves that row binding nobody and the other rows standing.
func TestNoteWithdrawsRow(t *testing.T) {
	for _, note := range []string{"² The Agreed position in row 9 is withdrawn. Data residency remains under discussion.", "² This entry forms no part of this Addendum."} {
		rg := read(t, "# Addendum\n\n## Part 2 - Agreed positions\n\n| # | Issue | Agreed position |\n|---|---|---|\n"+
			"| 8 | Training | AWS will not use prompts or completions to train any foundation model. |\n"+
			"| 9 | Data residency | Customer Content is processed and stored only in the AWS Regions Customer selects. Cross-region inference is limited to Regions in the European Union.² |\n\n"+
			note+"\n")
		for _, st := range rg.Statements {
			if st.Binding && strings.Contains(st.Quote, "AWS Regions Customer selects") {
				t.Errorf("%q: the withdrawn row binds: %q", note, st.Quote)
			}
		}
		wantBinding(t, rg, true, "", "train any foundation model")
	}
}

// "Tool Schemas" name a tool definition: the word "schema" inside the
// longer name is no output schema, whether the name is used bare or
// defined ("Tool Schema" means the definition of a tool …).
func TestNestedElementName(t *testing.T) {
	for _, defs := range []string{"", "## 1. Definitions\n\n1.25 \"**Tool Schema**\" means the definition of a tool or function made available to a model in a request.\n\n"} {
		rg := read(t, "# Agreement\n\n"+defs+"## 3. Tokens\n\n3.5 Tool Schemas are excluded from Billable Tokens.\n")
		n := 0
		for _, f := range inForce(rg.Frames().TokenCounting, func(x TokenCounting) Base { return x.Base }) {
			if strings.Contains(f.Quote, "Tool Schemas") {
				n++
				if !slices.Equal(f.Elements, []string{"tool_definitions"}) {
					t.Errorf("defined=%v: elements %v, want [tool_definitions]: %q", defs != "", f.Elements, f.Quote)
				}
			}
		}
		if n == 0 {
			t.Errorf("defined=%v: the sentence is not read as token counting", defs != "")
		}
	}
}

// A quote the sentence itself documents (who quoted, on what date) is
// documented though the copy sits in an attachment the draft lacks; a
// quote that is only a reference to a missing part is not.
func TestQuoteDocumentedBesideItsAttachment(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Customer holds Anthropic PBC quotation ANT-EU-22871 dated 2026-03-18 for direct API access to Claude models (attachment ATT-3 to this record).", true},
		{"The quotation from Anthropic PBC for direct API access is set out in Attachment 3.", false},
	} {
		rg := read(t, "# Addendum\n\n## 9. Benchmark\n\n9.1 "+c.text+"\n")
		got := len(inForce(rg.Frames().AltQuote, func(x AltQuote) Base { return x.Base })) > 0
		if got != c.want {
			t.Errorf("%q: documented %v, want %v", c.text, got, c.want)
		}
	}
}

// A discount on Bedrock usage as a whole below the on-demand prices is the
// Bedrock rate, though it then lists the PT charges it applies to; a
// discount whose subject is PT is not.
func TestBedrockWideDiscount(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"All Bedrock usage is billed at the Bedrock Rate Card, which is eighteen per cent (18%) below AWS's published on-demand prices for the relevant Region, applied line by line to token, Provisioned Throughput and model customisation charges.", true},
		{"Provisioned Throughput for Bedrock models is billed at twenty per cent (20%) below the published on-demand Provisioned Throughput rate.", false},
	} {
		rg := read(t, "# Addendum\n\n## 5. Provisioned Throughput\n\n5.1 Customer may buy Provisioned Throughput in model units.\n\n## 6. Rates\n\n6.1 "+c.text+"\n")
		got := len(inForce(rg.Frames().Discount, func(x Discount) Base { return x.Base })) > 0
		if got != c.want {
			t.Errorf("%q: a Bedrock discount %v, want %v", c.text, got, c.want)
		}
	}
}

// A section the clause's own new wording sets out ("4.2 The Bedrock
// Commitment is allocated as follows:") is in the draft for a reference
// to it inside that wording; a memo's account of what an earlier draft
// said ("Draft 3 §4.2 gave …") is no term.
func TestSectionInNewWording(t *testing.T) {
	rg := readText(t, "AMENDMENT\n\n1. Section 4 of the 2025 Addendum is deleted and replaced with the following:\n\n"+
		"    \"4.1 Customer commits to Amazon Bedrock charges of USD 9,000,000 in each year.\n\n"+
		"    4.2 The Bedrock Commitment is allocated as follows: Anthropic Claude models USD 6,000,000; Meta Llama models USD 3,000,000.\n\n"+
		"    4.3 Customer's on-demand inference charges for the model families in Section 4.2 will be twenty-one per cent (21%) below AWS's published on-demand prices.\"\n")
	if len(inForce(rg.Frames().Discount, func(x Discount) Base { return x.Base })) == 0 {
		t.Error("the discount is read as behind a missing Section 4.2")
	}
	rg = read(t, "# Memorandum: redline summary\n\nTo: the Board\n\n## 1. Model lifecycle\n\nDraft 3 §4.2 gave the Bank a migration credit of 20% of the prior quarter's spend on a deprecated model. The executed clause gives 180 days' notice only.\n")
	wantBinding(t, rg, false, "", "Draft 3")
}

// A questionnaire whose answers bind except those of a marked status and
// the comment fields: an answer marked "See comment" or "N/A", and any
// "AWS comment", binds nobody; the item's question ("Describe how …") is
// no term; an answer marked "Yes" binds.
func TestIncorporatedAnswers(t *testing.T) {
	rg := readText(t, "ADDENDUM\n\nA2. Incorporation. Each response given by AWS in Part B is incorporated into this Addendum, EXCEPT any response whose Response Status is marked \"N/A\" or \"See comment\". Responses so marked, and all text in any \"AWS comment\" field, are provided for information only and form no part of this Addendum.\n\n"+
		"PART B\n\n"+
		"Q1.1 | Does the supplier use Customer Inputs to train models? Response Status: No AWS response: AWS does not use prompts or completions to train or improve any foundation model.\n"+
		"Q1.2 | Will Customer data stay in region? Response Status: See comment AWS response: Prompts and completions are processed and stored only in the AWS Regions Customer selects.\n"+
		"Q2.2 | Describe how billable tokens are counted, stating whether system prompts, tool definitions and structured output schemas are billable. Response Status: N/A AWS response: Refer to the pricing page. AWS comment: System prompts and tool definitions are metered as input tokens.\n")
	wantBinding(t, rg, true, "", "does not use prompts or completions")
	wantBinding(t, rg, false, "", "only in the AWS Regions Customer selects")
	wantBinding(t, rg, false, "", "metered as input tokens")
	wantBinding(t, rg, false, "", "Describe how billable tokens")
}

// A residency promise whose exception lets the data go to another Region,
// named by its code, is taken back; an exception that names no other
// Region, or routes inference within the same area, is not.
func TestResidencyExceptionToAnotherRegion(t *testing.T) {
	for _, c := range []struct {
		text, want string
	}{
		{"AWS will process and store Customer Content only in the AWS Region selected by Customer, which is Europe (Ireland), eu-west-1, save that AWS may replicate Customer Content to the US East (N. Virginia) Region, us-east-1, for backup and disaster recovery purposes.", "conflict"},
		{"AWS will process and store Customer Content only in the AWS Region selected by Customer, which is Europe (Ireland), eu-west-1, save that AWS may replicate Customer Content within eu-west-1 across Availability Zones.", "promise"},
	} {
		rg := read(t, "# Addendum\n\n## 6. Data\n\n6.2 "+c.text+"\n")
		got := ""
		for _, r := range inForce(rg.Frames().Residency, func(x Residency) Base { return x.Base }) {
			if got == "" || r.Effect == "conflict" {
				got = r.Effect
			}
		}
		if got != c.want {
			t.Errorf("%q: %q, want %q", c.text, got, c.want)
		}
	}
}

// A change log's rows ("C-4 | Accepted | Schema sentence removed.")
// decide changes of the text; a margin comment in braces is no words of
// the text; a part headed as asks not achieved records refused asks.
func TestChangeLogCommentsAndRefusedAsks(t *testing.T) {
	rg := readText(t, "ADDENDUM\n\n3. TOKENS\n\n3.2 System prompts are counted as input tokens. {Comment AWS-2: Cannot commit; schema handling differs by model provider.}\n\n"+
		"4. DISPOSITION\n\n4.1 The changes are decided as follows.\n\nChange\tDisposition\tNote\nC-3\tAccepted\tTool definitions counted as input tokens.\nC-4\tAccepted\tSchema sentence removed.\n")
	for _, f := range inForce(rg.Frames().TokenCounting, func(x TokenCounting) Base { return x.Base }) {
		if slices.Contains(f.Elements, "output_schemas") || slices.Contains(f.Elements, "tool_definitions") {
			t.Errorf("a comment or a change log's note addresses an element: %v %q", f.Elements, f.Quote)
		}
	}
	mustHold(t, rg, "System prompts are counted")
	rg = read(t, "# Approval memo\n\n## 4. Terms\n\n4.1 AWS will give 180 days' notice before a model reaches end of life.\n\n## 6. Asks not achieved (for the record)\n\n1. Migration Credit of USD 250,000 on model end of life. Refused.\n")
	wantBinding(t, rg, false, "", "Migration Credit of USD 250,000")
	wantBinding(t, rg, true, "", "180 days")
}

// An item that closes on a bare refusal ("… (see 4.3). Refused.") records
// an ask refused, under whatever heading; "notwithstanding anything
// contained in Annexure-III" overrides that annexure's contrary term.
func TestClosingRefusalAndAnythingContainedIn(t *testing.T) {
	rg := read(t, "# Memo\n\n## 2. Points\n\n1. Migration Credit of USD 250,000 on model end of life (see 4.3). Refused.\n\n2. AWS will give 180 days' notice before a model reaches end of life.\n")
	wantBinding(t, rg, false, "negotiation", "Migration Credit of USD 250,000")
	wantBinding(t, rg, true, "", "180 days")
	rg = readText(t, "PURCHASE ORDER\n\n1. CONDITIONS\n\n1.1 Notwithstanding anything contained in Annexure-III, the Purchaser may cancel a Provisioned Throughput commitment by giving thirty (30) days' written notice if the model is deprecated.\n\nANNEXURE-III - SUPPLIER TERMS\n\n1. Provisioned Throughput commitments are non-cancellable.\n")
	for _, c := range inForce(rg.Frames().PTCancellation, func(x PTCancellation) Base { return x.Base }) {
		if c.Kind == "denial" {
			t.Errorf("the overridden annexure still binds: %q", c.Quote)
		}
	}
}

// A variation whose own status field refuses it ("Status: … declined …;
// withdrawn. Not effective.") changes nothing and binds nobody; one whose
// status is "Agreed" applies.
func TestVariationStatus(t *testing.T) {
	rg := readText(t, "AGREEMENT\n\n6. PROVISIONED THROUGHPUT\n\n6.2 PT Commitments are non-cancellable and non-refundable for the whole of their PT Term.\n\n"+
		"SCHEDULE OF VARIATIONS\n\nVariation 3\nClause varied: 6.2\nChange: replace clause 6.2 with: \"The Agency may cancel a PT Commitment on thirty (30) days' notice where the model is retired.\"\nStatus: Proposed by the Agency 4 June 2025; declined by the Supplier 10 June 2025; withdrawn. Not effective.\n")
	wantBinding(t, rg, true, "", "non-cancellable")
	for _, st := range rg.Statements {
		if st.Binding && strings.Contains(st.Quote, "thirty (30) days") {
			t.Errorf("a refused variation binds: %q", st.Quote)
		}
	}
	if rg.statusRefuses("Clause varied: 1.1 Change: insert \", images\" after \"documents\". Status: Agreed, 12 June 2025.") {
		t.Error("an agreed variation read as refused")
	}
}

// Variations a line each, each closed by its own status field: the one
// whose status refuses it binds nobody and changes nothing, the agreed
// ones apply; a deletion of "clauses 5.1 and 5.2" deletes both.
func TestVariationsEachWithStatus(t *testing.T) {
	doc, err := extract.Bytes("draft.txt", []byte("AGREEMENT\n\n5. MODEL LIFECYCLE\n\n5.1 The Supplier must give twelve (12) months' notice of the Retirement of a model.\n\n5.2 On the Retirement of a model, the Supplier must credit the Agency's account with its migration costs.\n\n"+
		"6. PROVISIONED THROUGHPUT\n\n6.2 PT Commitments are non-cancellable and non-refundable for the whole of their PT Term.\n\n"+
		"SCHEDULE OF VARIATIONS\n\nEach variation below has the status shown.\n"), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	// (the schedule's paragraphs as a DOCX gives them: one clause, a line
	// each)
	sched := &doc.Clauses[len(doc.Clauses)-1]
	sched.Text += "\nVariation 2 Clause varied: 5 Change: delete clauses 5.1 and 5.2 in their entirety. Status: Agreed, 12 June 2025.\n" +
		"Variation 3 Clause varied: 6 Change: insert new clause 6.5: \"Despite clause 6.2, the Agency may cancel a PT Commitment on thirty (30) days' notice where the model is retired.\" Status: Proposed by the Agency; declined by the Supplier; withdrawn. Not effective."
	rg := mustReader(t).Read(doc)
	for _, st := range rg.Statements {
		if st.Binding && strings.Contains(st.Quote, "thirty (30) days") {
			t.Errorf("a refused variation binds: %q", st.Quote)
		}
	}
	for _, id := range []string{"5.1", "5.2"} {
		if e := rg.eff[id]; e == nil || !e.deleted {
			t.Errorf("clause %s not deleted: %+v", id, e)
		}
	}
	if e := rg.eff["6.2"]; e == nil || e.deleted || e.amended != "" {
		t.Errorf("6.2 changed by a refused variation: %+v", e)
	}
}

// "Yes, in one case." grants the question only in the case the answer
// then states: the right is read from that sentence, not from the
// question as asked.
func TestLimitedYes(t *testing.T) {
	rg := readText(t, "QUESTIONS AND ANSWERS\n\nQ12. Can Customer cancel Provisioned Throughput if a model is retired or if Customer wants to switch models?\n\n"+
		"A12. Yes, in one case. Customer may cancel a PT commitment on sixty (60) days' written notice where the Foundation Model is deprecated and Customer moves the affected workload to another Foundation Model on Amazon Bedrock.\n")
	n := 0
	for _, c := range inForce(rg.Frames().PTCancellation, func(x PTCancellation) Base { return x.Base }) {
		if c.Kind == "right" {
			n++
			if !c.Joint && len(c.Triggers) > 1 {
				t.Errorf("two independent triggers read: %q %v", c.Quote, c.Triggers)
			}
		}
	}
	if n == 0 {
		t.Error("no cancellation right read")
	}
}

// "In Schedule III, paragraph 2, the row … is deleted and replaced" amends
// paragraph 2 of Schedule III, not the body's clause 2; "Clause 4 of the
// Prior Addendum is deleted" deletes nothing of the draft's own clause 4
// and leaves nothing unresolved.
func TestPartNamedBeforeParagraph(t *testing.T) {
	rg := readText(t, "AGREEMENT\n\n1. DEFINITIONS\n\n1.1 Terms have the meanings in the EDP.\n\n2. PRECEDENCE\n\n2.1 The Schedules prevail over the clauses.\n\n"+
		"SCHEDULE III - SERVICE LEVELS\n\n1. Scope\n\nThis Schedule applies to Amazon Bedrock.\n\n2. Levels\n\nBedrock PT availability 99.5% each month.\n\n"+
		"AMENDMENT NO. 1\n\n1. In Schedule III, paragraph 2 is deleted and replaced with: \"Bedrock PT availability 99.9% each month.\"\n\n"+
		"2. Clause 1 of the Prior Addendum is deleted without replacement.\n")
	sched, body := rg.eff["SCHEDULE III/2"], rg.eff["2"]
	if sched == nil || !strings.Contains(sched.text, "99.9%") {
		t.Errorf("Schedule III paragraph 2 not amended: %+v (notices %v)", sched, rg.Notices)
	}
	if body == nil || body.amended != "" {
		t.Errorf("the body's clause 2 amended: %+v", body)
	}
	if e := rg.eff["1"]; e == nil || e.deleted {
		t.Errorf("the draft's own clause 1 deleted by a deletion of another document's: %+v", e)
	}
	if len(rg.Unresolved) > 0 {
		t.Errorf("unresolved: %v (notices %v)", rg.Unresolved, rg.Notices)
	}
}

// A topic left to a later instrument ("will address … in a later
// Endorsement") is named, not settled: a placeholder, no term.
func TestLeftToALaterInstrument(t *testing.T) {
	rg := readText(t, "SCHEDULE\n\n7. TOKEN METERING\n\nBillable input tokens include system prompts and tool definitions sent with the request. The parties will address the metering of structured output schemas in a later Endorsement.\n")
	n := 0
	for _, st := range rg.Statements {
		if strings.Contains(st.Quote, "later Endorsement") {
			n++
			if !st.Placeholder {
				t.Errorf("a topic left to a later endorsement read as settled: %q", st.Quote)
			}
		}
	}
	if n == 0 {
		t.Error("no statement reads the sentence")
	}
}

// A summary's rows: "Our position" and "Their position" record the
// negotiation, "Risk" is a reviewer's note, "Outcome" is the term.
func TestPositionAndCommentRows(t *testing.T) {
	rg := read(t, "# Contract summary\n\n## Page 3 — Token metering\n\n| | |\n|---|---|\n| **Our position** | System prompts, tool definitions and output schemas are each counted as input tokens. |\n| **Their position** | Metering follows the public documentation. |\n| **Outcome** | AWS counts billable tokens with each model's own tokenizer. |\n| **Risk** | Medium — AWS may count tool definitions as input tokens. |\n")
	wantBinding(t, rg, false, "negotiation", "output schemas are each counted")
	wantBinding(t, rg, false, "negotiation", "public documentation")
	wantBinding(t, rg, false, "note", "may count tool definitions")
	wantBinding(t, rg, true, "", "own tokenizer")
}

// Bracketed alternatives side by side ("[AWS: …] [Customer: …]") read as
// the side a record of the choices accepted for the section; the record's
// rows state no term; a section with no record row keeps its brackets.
func TestBracketedAlternatives(t *testing.T) {
	rg := read(t, "# Addendum\n\n## 10. Data\n\n10.1 AWS will not use [AWS: Inputs] [Customer: Inputs or Outputs] to train any foundation model.\n\n"+
		"10.2 [AWS: Customer may cancel a PT Commitment on ninety (90) days' notice.] [Customer: Customer may cancel a PT Commitment on thirty (30) days' notice.]\n\n"+
		"10.3 Pre-purchase credits are [AWS: 30%] [Customer: 40%] below standalone rates.\n\n"+
		"## 11. Closing note\n\n| Section | Alternative accepted | Comment |\n|---|---|---|\n| 10.1 Training | **AWS** (\"Inputs\") | Customer's Outputs withdrawn. |\n| 10.2 PT cancellation | **Customer** | |\n")
	if got := rg.eff["10.1"].text; got != "AWS will not use Inputs to train any foundation model." {
		t.Errorf("10.1 reads %q", got)
	}
	if got := rg.eff["10.2"].text; got != "Customer may cancel a PT Commitment on thirty (30) days' notice." {
		t.Errorf("10.2 reads %q", got)
	}
	if got := rg.eff["10.3"].text; !strings.Contains(got, "[AWS: 30%] [Customer: 40%]") {
		t.Errorf("10.3, with no record, reads %q", got)
	}
	wantBinding(t, rg, true, "", "thirty (30) days")
	wantBinding(t, rg, false, "note", "Outputs withdrawn")
}

// A place defined by the draft carries where data may go: processing
// "only in Permitted Processing Locations", defined as any other AWS Region
// in any geography, lets the data leave the region; "only in Approved
// Regions", defined as the Home Region and others in the EU, does not.
func TestDefinedProcessingLocations(t *testing.T) {
	for _, tc := range []struct {
		def  string
		want string
	}{
		{"the Home Region and any other AWS Region, in any geography, to which AWS routes inference requests", "conflict"},
		{"the Home Region and, where Customer enables cross-region inference, other AWS Regions within the European Union", "promise"},
	} {
		rg := readText(t, "ORDER FORM\n\n1. DEFINITIONS\n\n\"Home Region\" means eu-central-1.\n\n\"Permitted Processing Locations\" means "+tc.def+".\n\n2. DATA\n\n2.1 AWS will store Customer Content only in the Home Region and will process it only in Permitted Processing Locations.\n")
		var effects []string
		for _, r := range inForce(rg.Frames().Residency, func(x Residency) Base { return x.Base }) {
			effects = append(effects, r.Effect)
		}
		if !slices.Contains(effects, tc.want) || tc.want == "promise" && slices.Contains(effects, "conflict") {
			t.Errorf("%q: residency %v, want %s", tc.def, effects, tc.want)
		}
	}
}

// A section cited as the label of the words it introduces ("§5.2: Target
// may cancel …") is quoted here, no reference to a missing clause; a
// reviewer's comment column ("DD comment") is no part of the row's term.
func TestCitedLabelAndCommentColumn(t *testing.T) {
	rg := read(t, "# Data room index\n\n## Document 7.5 — Bedrock Addendum\n\n| # | Topic | Extract from 7.5 | DD comment |\n|---|---|---|---|\n"+
		"| 7 | PT cancellation | §5.2: Target may cancel a Provisioned Throughput commitment on 30 days' written notice where the model is deprecated. | Narrower than 7.3 §5.3. |\n"+
		"| 8 | Model deprecation | §4.1: AWS will give at least 120 days' notice before deprecating a model. | The migration credit in 7.3 §4.3 was not carried into 7.5. |\n")
	for _, st := range statementsWith(t, rg, "30 days' written notice") {
		if len(st.MissingRefs) > 0 {
			t.Errorf("%q refers to missing %v", st.Quote, st.MissingRefs)
		}
	}
	for _, st := range rg.Statements {
		if strings.Contains(st.Text, "migration credit") && st.Binding {
			t.Errorf("a reviewer's comment read as a term: %q", st.Text)
		}
	}
}

// A full stop after a closed bracket ends the sentence ("… any model (s.
// 7.1). Outputs are not included …"), though an abbreviation opens the
// bracket; a tokenization service that hides identifiers counts no tokens.
func TestStopAfterBracketAndDataTokenization(t *testing.T) {
	rg := readText(t, "TERMS\n\n7. Training. AWS will not use Inputs to train or improve any model (s. 7.1). Outputs are not included in the exclusion.\n")
	statementsWith(t, rg, "Outputs are not included")
	for _, st := range rg.Statements {
		if strings.Contains(st.Quote, "train") && strings.Contains(st.Quote, "Outputs") {
			t.Errorf("two sentences read as one: %q", st.Quote)
		}
	}
	rg = readText(t, "TERMS\n\n3.03 Minimum necessary. NVHA shall tokenize health card numbers using its enterprise tokenization service before they are included in Prompts.\n")
	if tc := rg.Frames().TokenCounting; len(tc) > 0 {
		t.Errorf("data tokenization read as token counting: %q", tc[0].Quote)
	}
}

// "The Parties intend that …" states an intention, not a term.
func TestIntendThat(t *testing.T) {
	rg := read(t, "# MoU\n\n## 4. Commitment\n\n4.2 The Parties intend that the Bedrock commitment would be a single pool usable on any model family on Amazon Bedrock.\n\n4.3 The Bedrock commitment is one pool for every model family.\n")
	wantBinding(t, rg, false, "", "would be a single pool")
	wantBinding(t, rg, true, "", "one pool for every model family")
}
