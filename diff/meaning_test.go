package diff

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/clausecheck/clausecheck/extract"
	"github.com/clausecheck/clausecheck/interpret"
	"github.com/clausecheck/clausecheck/rules"
)

// compareText extracts two Markdown drafts and compares them with the
// interpretation layer as the Reader, as the command does.
func compareText(t *testing.T, old, nw string) *Result {
	t.Helper()
	a, err := extract.Bytes("old.md", []byte(old), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := extract.Bytes("new.md", []byte(nw), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	rd, err := interpret.New(rules.MustDefault())
	if err != nil {
		t.Fatal(err)
	}
	res, err := Compare(a, b, Options{Reader: rd})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

const addendumHead = "# Bedrock Addendum\n\nThis Addendum is between Amazon Web Services, Inc. (\"AWS\") and Northmere Ltd (\"Customer\").\n\n"

// TestRewordedOrSubstantive: a change of words that leaves what the
// clause does is reworded; a change of a value, a party, a modal, a
// negation, a condition, a scope or a defined term is substantive, even
// where each new word is used elsewhere in the clause.
func TestRewordedOrSubstantive(t *testing.T) {
	for _, tc := range []struct {
		name, old, new string
		substantive    bool
		why            string // a line the change's Why must hold
	}{
		{"passive voice", "AWS shall invoice the Customer monthly in arrears.",
			"The Customer shall be invoiced monthly in arrears by AWS.", false, ""},
		{"synonym and spelling", "AWS shall procure that credits are utilised whilst the Term runs.",
			"AWS shall ensure that credits are utilized while the Term runs.", false, ""},
		{"figures restated in words", "The Customer may cancel on 60 days' notice.",
			"The Customer may cancel on sixty (60) days' notice.", false, ""},
		{"phrase of the same meaning", "AWS shall give the Customer not less than 180 days' written notice of a deprecation.",
			"AWS shall give the Customer at least 180 days' written notice of a deprecation.", false, ""},
		{"day basis", "The Customer may cancel on sixty (60) days' notice.",
			"The Customer may cancel on sixty (60) Business Days' notice.", true, "≈ 84 days"},
		{"modal", "AWS shall issue a migration credit for each deprecated model.",
			"AWS may issue a migration credit for each deprecated model.", true, "modal: shall → may"},
		{"negation", "AWS shall use Customer Content to train models.",
			"AWS shall not use Customer Content to train models.", true, "negation added"},
		{"threshold", "AWS shall make Provisioned Throughput available 99.9% of each month.",
			"AWS shall make Provisioned Throughput available 99.5% of each month.", true, "99.9% → 99.5%"},
		{"new exception", "AWS shall keep Customer Content in the Selected Regions.",
			"AWS shall keep Customer Content in the Selected Regions, except to prevent abuse.", true, "new exception"},
		{"region named", "AWS shall keep Customer Content in Frankfurt.",
			"AWS shall keep Customer Content in Ireland.", true, ""},
		{"triggers joined", "The Customer may cancel on thirty (30) days' notice if the model is deprecated, or if the Customer moves the workload to another model.",
			"The Customer may cancel on thirty (30) days' notice if both the model is deprecated and the Customer moves the workload to another model.", true, ""},
		{"a phrase added from the clause's own words", "AWS shall not use prompts or completions to train models, and prompts are deleted after use.",
			"AWS shall not use prompts or completions to train or evaluate models, and prompts are deleted after use.", true, ""},
		{"a statement of fact binds as shall does", "Invoices are issued to the Customer monthly in arrears by AWS.",
			"AWS shall issue invoices to the Customer monthly in arrears.", false, ""},
		{"one word put for another in two places", "Service credits must be claimed within thirty (30) days after the month concerned.",
			"Service credits must be claimed within thirty (30) days after the relevant month.", false, ""},
		{"a cue of a check said otherwise", "If availability falls below 99.9% in a month, AWS shall credit 10% of that month's charges.",
			"Where availability in a month is lower than 99.9%, AWS shall credit 10% of that month's charges.", false, ""},
		{"'one' for 'a'", "The Bedrock Commitment forms one single pool for all models.",
			"The Bedrock Commitment forms a single pool for all models.", false, ""},
		{"'once' as a count", "The Customer may request a usage report once per quarter.",
			"The Customer may request a usage report each quarter.", true, ""},
		{"the party named with the active voice", "Fees paid for any period after the notice ends shall be refunded.",
			"AWS shall refund fees paid for any period after the notice ends.", false, ""},
		{"a permission turned prohibition beside another prohibition",
			"AWS may store prompts in the Selected Regions. AWS shall not share prompts with third parties. AWS may copy prompts for backup.",
			"AWS may store prompts in the Selected Regions. AWS shall not share prompts with third parties. AWS shall not copy prompts for backup.", true, ""},
		{"a phrase grown inside one hunk", "BETA SERVICES AND BETA REGIONS MAY CONTAIN ERRORS. AWS MAKES NO WARRANTY THAT THE SERVICES WILL BE AVAILABLE.",
			"BETA SERVICES AND BETA REGIONS MAY CONTAIN ERRORS. AWS MAKES NO WARRANTY THAT THE BETA SERVICES OR BETA REGIONS WILL BE AVAILABLE.", true, ""},
		{"a purpose changed where a word of it stays elsewhere", "Usage Data, including request counts, may be used by AWS to operate and provide the Service (including development and improvement of the Service).",
			"Usage Data, including request counts, may be used by AWS to develop and improve the Service.", true, ""},
		{"a purpose changed", "Usage Data may be used by AWS to operate and provide the Service (including development and improvement of the Service).",
			"Usage Data may be used by AWS to develop and improve the Service.", true, ""},
		{"a generic quantifier", "Amendments to this Addendum must be in writing and signed by both parties.",
			"Any amendment to this Addendum must be in writing and signed by both parties.", false, ""},
		{"a verb turned into its noun", "Service credits are applied to the next invoice after AWS validates the claim.",
			"Service credits are applied to the next invoice after validation of the claim by AWS.", false, ""},
		{"'and' for 'or'", "AWS shall not use prompts or completions to train models.",
			"AWS shall not use prompts and completions to train models.", true, ""},
		{"the data covered", "AWS shall delete prompts within thirty (30) days after each request.",
			"AWS shall delete completions within thirty (30) days after each request.", true, ""},
		{"a definition narrowed", `In this Addendum, "Customer Content" means prompts, completions and uploaded files.`,
			`In this Addendum, "Customer Content" means prompts, completions and files.`, true, ""},
		{"a words-only insertion of used words", "AWS shall not copy the training data or reproduce data outputs for models.",
			"AWS shall not copy the training data or reproduce the training data outputs for models.", true, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := compareText(t, addendumHead+"1. Terms\n\n1.1 "+tc.old+"\n", addendumHead+"1. Terms\n\n1.1 "+tc.new+"\n")
			var ch *Change
			for i := range res.Changes {
				if res.Changes[i].OldClause == "1.1" {
					ch = &res.Changes[i]
				}
			}
			if ch == nil {
				t.Fatalf("no change of 1.1: %q", briefs(res))
			}
			if ch.Substantive != tc.substantive {
				t.Fatalf("%s: substantive = %v, want %v (reasons %v)", ch.Kind, ch.Substantive, tc.substantive, ch.Reasons)
			}
			if !tc.substantive && (ch.Kind != Reworded || len(ch.Redline) == 0) {
				t.Errorf("kind %s with %d redline segments, want reworded with its redline", ch.Kind, len(ch.Redline))
			}
			if tc.why != "" && !slices.ContainsFunc(ch.Why, func(w string) bool { return strings.Contains(w, tc.why) }) {
				t.Errorf("why %q lacks %q", ch.Why, tc.why)
			}
		})
	}
}

// TestFurniture: a draft legend, a stamp, a contents list and a signature
// block are furniture, listed once; a term that starts like a legend is
// not.
func TestFurniture(t *testing.T) {
	old := "CUSTOMER DRAFT 2 - FOR DISCUSSION\n\nLast updated: 3 March 2026\n\n" + addendumHead +
		"TABLE OF CONTENTS\n\n1. Terms .......... 1\n\n1. Terms\n\n1.1 AWS shall give ninety (90) days' notice.\n\n" +
		"1.2 Draft invoices are issued monthly.\n\nSigned for and on behalf of AWS\n\nName: J. Smith\n\nTitle: Director\n"
	nw := "AWS COMMENTS ON CUSTOMER DRAFT 2\n\nLast updated: 9 March 2026\n\n" + addendumHead +
		"1. Terms\n\n1.1 AWS shall give ninety (90) days' notice.\n\n" +
		"1.2 Draft invoices are issued weekly.\n\nSigned for and on behalf of AWS\n\nName: P. Anand\n\nTitle: Counsel\n"
	res := compareText(t, old, nw)
	checkFurniture(t, res)
}

// checkFurniture holds TestFurniture's results: the four kinds listed,
// and only 1.2 substantive.
func checkFurniture(t *testing.T, res *Result) {
	t.Helper()
	kinds := map[string]bool{}
	for _, f := range res.Furniture {
		kinds[f.Kind] = true
	}
	for _, k := range []string{"legend", "stamp", "contents", "signature"} {
		if !kinds[k] {
			t.Errorf("no %s in the furniture %+v", k, res.Furniture)
		}
	}
	var subst []string
	for _, c := range res.Changes {
		if c.Substantive {
			subst = append(subst, brief(c))
		}
	}
	if !slices.Equal(subst, []string{"modified 1.2>1.2 !wording"}) {
		t.Errorf("substantive changes %q, want only 1.2 (a term starting with \"Draft\")", subst)
	}
}

// TestFurnitureLines: a stamp line of cells, a contents heading, and a
// signature block that hangs from another clause in the other draft are
// furniture; an unchanged signature line is not listed.
func TestFurnitureLines(t *testing.T) {
	old := "AWS DRAFT 3 - SUBJECT TO CONTRACT\n\nVersion 3.0 | 24 February 2026 | Ref: AWS-0091\n\n" + addendumHead +
		"CONTENTS\n\nPart 1 - Terms (clauses 1 to 2)\n\nSchedule 1 - Pricing\n\n1. Terms\n\n1.1 AWS shall give ninety (90) days' notice.\n\n" +
		"SIGNED for and on behalf of AWS\n\nName: J. Smith\n\n2. Fees\n\n2.1 Fees are due monthly.\n"
	nw := "AWS DRAFT 4 - SUBJECT TO CONTRACT\n\nVersion 4.0 | 6 March 2026 | Ref: AWS-0091\n\n" + addendumHead +
		"1. Terms\n\n1.1 AWS shall give ninety (90) days' notice.\n\n2. Fees\n\n2.1 Fees are due monthly.\n\n" +
		"SIGNED for and on behalf of AWS\n\nName: P. Anand\n"
	res := compareText(t, old, nw)
	for _, c := range res.Changes {
		if c.Substantive {
			t.Errorf("substantive change %s", brief(c))
		}
	}
	var got []string
	for _, f := range res.Furniture {
		got = append(got, f.Kind+":"+f.Old+">"+f.New)
		if strings.Contains(f.Old+f.New, "SIGNED for and on behalf") {
			t.Errorf("an unchanged signature line is listed: %+v", f)
		}
	}
	for _, want := range []string{"stamp:Version 3.0 | 24 February 2026", "Name: J. Smith>Name: P. Anand", "contents:CONTENTS"} {
		if !slices.ContainsFunc(got, func(g string) bool { return strings.Contains(g, want) }) {
			t.Errorf("furniture %q lacks %q", got, want)
		}
	}
}

// TestStaleReference: an unchanged clause that still cites a number the
// renumbering gave to another clause now points elsewhere: substantive.
// One that follows the renumbering is not.
func TestStaleReference(t *testing.T) {
	old := addendumHead + "1. Terms\n\n1.1 Credits are set out below.\n\n1.2 The credit table applies monthly.\n\n1.3 Credits under clause 1.2 are applied to the next invoice.\n\n1.4 Claims under clause 1.2 are made in writing.\n"
	nw := addendumHead + "1. Terms\n\n1.1 Credits are set out below.\n\n1.2 AWS may monitor usage for abuse.\n\n1.3 The credit table applies monthly.\n\n1.4 Credits under clause 1.2 are applied to the next invoice.\n\n1.5 Claims under clause 1.3 are made in writing.\n"
	res := compareText(t, old, nw)
	got := map[string]Change{}
	for _, c := range res.Changes {
		got[c.OldClause] = c
	}
	if c := got["1.3"]; !c.Substantive || !slices.Contains(c.Reasons, ReasonReference) {
		t.Errorf("1.3 (still cites 1.2, now another clause): %s substantive=%v %v", c.Kind, c.Substantive, c.Reasons)
	}
	if c := got["1.4"]; c.Substantive {
		t.Errorf("1.4 (its reference follows the renumbering): %s substantive %v", c.Kind, c.Reasons)
	}
}

// TestSwappedAnnexes: two annexes that trade places both moved; a clause
// moved into an annex is that clause's move alone, the annex it joins stays.
func TestSwappedAnnexes(t *testing.T) {
	body := addendumHead + "## 1. Terms\n\n1.1 The Annexes form part of this Addendum.\n\n1.2 AWS will credit Customer as Annex B says.\n\n"
	annexA := "## Annex A - Data\n\n1. Customer Data stays in eu-west-1.\n\n2. AWS will not train models on Customer Data.\n\n"
	annexB := "## Annex B - Service levels\n\n1. Provisioned Throughput is available 99.9% of each month.\n\n2. Below that AWS credits 10% of the month's charges.\n\n"
	res := compareText(t, body+annexA+annexB, body+annexB+annexA)
	moved := map[string]bool{}
	for _, c := range res.Changes {
		if c.Kind == Moved {
			moved[c.OldClause] = true
		}
	}
	for _, id := range []string{"ANNEX A", "ANNEX A/1", "ANNEX B", "ANNEX B/2"} {
		if !moved[id] {
			t.Errorf("%s is not reported moved: %v", id, moved)
		}
	}
	// 1.2 moves into Annex B: the annex's own clauses did not move
	res = compareText(t, body+annexA+annexB, addendumHead+"## 1. Terms\n\n1.1 The Annexes form part of this Addendum.\n\n"+annexA+strings.TrimSuffix(annexB, "\n\n")+"\n\n3. AWS will credit Customer as Annex B says.\n")
	moved = map[string]bool{}
	for _, c := range res.Changes {
		if c.Kind == Moved {
			moved[c.OldClause] = true
		}
	}
	if !moved["1.2"] || len(moved) != 1 {
		t.Errorf("moved %v, want 1.2 alone", moved)
	}
}

// TestHeadingKeepsIdentity: a clause moved into a schedule and rewritten
// there keeps its identity by its heading, used once in each draft: one
// change, moved, not a deletion and an addition. A heading used twice
// names nothing.
func TestHeadingKeepsIdentity(t *testing.T) {
	oldGR := "1.3 Guardrails. Guardrails are charged on a sliding scale: USD 0.13 per million text units up to 50 million, USD 0.10 above.\n\n"
	newGR := "2. Guardrails. Every text unit is charged at a flat USD 0.11 per million, whatever the monthly volume.\n\n"
	body := "## 1. Terms\n\n1.1 Customer commits to spend USD 1,000,000 on Amazon Bedrock.\n\n1.2 AWS counts tokens with the model's own tokenizer.\n\n"
	sched := "## Schedule A - Rates\n\n1. On-demand usage is charged 20% below list price.\n\n"
	kinds := func(res *Result) map[string]string {
		m := map[string]string{}
		for _, c := range res.Changes {
			m[c.OldClause+">"+c.NewClause] = string(c.Kind)
		}
		return m
	}
	got := kinds(compareText(t, addendumHead+body+oldGR+sched, addendumHead+body+sched+newGR))
	if got["1.3>SCHEDULE A/2"] != string(Moved) {
		t.Errorf("Guardrails moved into the schedule and rewritten: %v", got)
	}
	// the same heading twice in the new draft: no pairing by heading
	got = kinds(compareText(t, addendumHead+body+oldGR+sched, addendumHead+body+sched+newGR+strings.Replace(newGR, "2. ", "3. ", 1)))
	if got["1.3>"] != string(Deleted) {
		t.Errorf("a heading used twice paired a clause: %v", got)
	}
}

// TestRewrittenInPlace: the one clause left unmatched between two kept
// neighbours, rewritten with few words in common, is that clause changed;
// two replaced by two stay deletions and additions.
func TestRewrittenInPlace(t *testing.T) {
	head := addendumHead + "## 1. Terms\n\n1.1 Customer commits to spend USD 1,000,000 on Amazon Bedrock.\n\n"
	tail := "1.3 AWS counts tokens with the model's own tokenizer.\n"
	old := head + "1.2 Where the Addendum and the EDP differ on Amazon Bedrock, the Addendum applies.\n\n" + tail
	nw := head + "1.2 In case of any inconsistency regarding Amazon Bedrock, this Addendum shall prevail over the EDP.\n\n" + tail
	res := compareText(t, old, nw)
	if len(res.Changes) != 1 || res.Changes[0].OldClause != "1.2" || res.Changes[0].NewClause != "1.2" {
		t.Errorf("changes %+v, want 1.2 changed in place", res.Changes)
	}
	old = head + "1.2 Where the Addendum and the EDP differ on Amazon Bedrock, the Addendum applies.\n\n1.3 Guardrails are free of charge.\n\n1.4 AWS counts tokens with the model's own tokenizer.\n"
	nw = head + "1.2 In case of any inconsistency regarding Amazon Bedrock, this Addendum shall prevail over the EDP.\n\n1.3 Knowledge Bases are billed per OCU-hour.\n\n1.4 AWS counts tokens with the model's own tokenizer.\n"
	var got []string
	for _, c := range compareText(t, old, nw).Changes {
		got = append(got, string(c.Kind)+" "+c.OldClause+">"+c.NewClause)
	}
	slices.Sort(got)
	if want := []string{"added >1.2", "added >1.3", "deleted 1.2>", "deleted 1.3>"}; !slices.Equal(got, want) {
		t.Errorf("changes %q, want %q: two clauses replaced by two are no rewrite", got, want)
	}
}

// TestAmendmentOfAnotherDocument: an amendment letter's paragraphs cite
// the clauses of the agreement they amend ("Clause 7 of the Addendum is
// replaced with …"). When a paragraph of the letter is deleted and the
// rest renumber, those citations are the other document's numbers: not
// stale, and not the paragraph's own label either, even in paragraph 7.
func TestAmendmentOfAnotherDocument(t *testing.T) {
	para := func(n int, clause int, text string) string {
		return fmt.Sprintf("%d. **Term %d.** Clause %d of the Addendum is replaced with: \"%s\"\n\n", n, clause, clause, text)
	}
	old := addendumHead + "## Amendments\n\n" + para(5, 5, "AWS will bill vector storage at USD 0.19 per OCU-hour.") +
		para(6, 6, "Customer may pre-purchase Provisioned Throughput at 35% below the standalone rate.") +
		para(7, 7, "Customer may cancel Provisioned Throughput on 60 days' notice if the model is deprecated.") +
		para(8, 9, "Guardrails are charged at USD 0.10 per 1,000 text units.")
	nw := addendumHead + "## Amendments\n\n" +
		para(5, 6, "Customer may pre-purchase Provisioned Throughput at 35% below the standalone rate.") +
		para(6, 7, "Customer may cancel Provisioned Throughput on 60 days' notice if the model is deprecated.") +
		para(7, 9, "Guardrails are charged at USD 0.10 per 1,000 text units.")
	res := compareText(t, old, nw)
	var subst []string
	for _, c := range res.Changes {
		if c.Substantive {
			subst = append(subst, brief(c))
		}
	}
	if len(subst) != 1 || !strings.HasPrefix(subst[0], "deleted ") {
		t.Errorf("substantive changes %q, want the deleted paragraph 5 alone", subst)
	}
}

func TestStem(t *testing.T) {
	for _, tc := range [][2]string{
		{"used", "us"}, {"uses", "us"}, {"using", "us"}, {"use", "us"},
		{"training", "train"}, {"trained", "train"}, {"committed", "commit"},
		{"customisation", "customization"}, {"customization", "customization"},
		{"notes", "note"}, {"not", "not"}, {"none", "none"}, {"business", "business"}, {"made", "mak"},
		{"tokeniser", "tokenizer"}, {"tokenizer", "tokenizer"}, {"tokenisers", "tokenizer"},
	} {
		if got := stem(tc[0]); got != tc[1] {
			t.Errorf("stem(%q) = %q, want %q", tc[0], got, tc[1])
		}
	}
}

// TestFurnitureCells: in a line of cells, the furniture cells and the
// short cells beside them go; a cell that states a term stays. Entries
// under a contents heading are furniture until a sentence.
func TestFurnitureCells(t *testing.T) {
	lx, err := lexiconFor(nil)
	if err != nil {
		t.Fatal(err)
	}
	rest, f := lx.stripFurniture("Order Form No. BR-14 | Last updated: 3 March 2026 | AWS shall pay the credit.\nCONTENTS\nPart 1 - Master Agreement (clauses 1 to 8) Part 2 - AI Addendum\nThis Addendum is between AWS and the Customer.")
	var kinds []string
	for _, x := range f {
		kinds = append(kinds, x.kind+":"+x.text)
	}
	want := []string{"stamp:Last updated: 3 March 2026", "stamp:Order Form No. BR-14", "contents:CONTENTS", "contents:Part 1 - Master Agreement (clauses 1 to 8) Part 2 - AI Addendum"}
	if !slices.Equal(kinds, want) {
		t.Errorf("furniture %q, want %q", kinds, want)
	}
	if rest != " AWS shall pay the credit.\nThis Addendum is between AWS and the Customer." {
		t.Errorf("text left %q", rest)
	}
}

// TestCoverNote: a cover e-mail above the draft, up to its legend, is
// furniture; a clause that only mentions an e-mail is not.
func TestCoverNote(t *testing.T) {
	lx, err := lexiconFor(nil)
	if err != nil {
		t.Fatal(err)
	}
	rest, f := lx.stripFurniture("From: M. Oyelaran (AWS) Sent: 24 February 2026 Subject: RE: Bedrock Addendum\n" +
		"Dana - our markup of your draft follows below this note. Happy to walk through it. Marcus\n" +
		"AWS COMMENTS ON DRAFT 1\nThis Addendum is between AWS and the Customer.")
	if len(f) < 3 || f[0].kind != "cover" || f[1].kind != "cover" || f[2].kind != "legend" {
		t.Errorf("furniture %+v, want two cover lines and the legend", f)
	}
	if rest != "This Addendum is between AWS and the Customer." {
		t.Errorf("text left %q", rest)
	}
	text := "Notices may be sent by e-mail.\nFrom: the date of this Addendum, AWS shall keep prompts in the Region."
	if rest, f := lx.stripFurniture(text); len(f) > 0 || rest != text {
		t.Errorf("a clause read as a cover note: %+v", f)
	}
}

// TestSignatureHeading: under a "Signatures" or "Execution" heading, the
// lines that bind no one are the signature block, however long, and a
// change of signatory is furniture; a line there with a modal is a term.
func TestSignatureHeading(t *testing.T) {
	draft := func(signer, fee string) string {
		return addendumHead + "1. Terms\n\n1.1 AWS shall give ninety (90) days' notice.\n\n2. Execution\n\n" +
			"In witness whereof the parties sign this Addendum in two counterparts, each an original, on the dates below. For the Customer: Name: R. Osei Position: Chief Financial Officer Date: For AWS: Name: " + signer + " Position: Authorised Signatory Date:\n\n" +
			"AWS shall pay the Customer a signing credit of USD " + fee + " on execution.\n"
	}
	res := compareText(t, draft("L. Mercer", "5,000"), draft("A. Weber", "5,000"))
	for _, c := range res.Changes {
		if c.Substantive || c.Kind == Reworded {
			t.Errorf("a change of signatory is a clause change: %s", brief(c))
		}
	}
	if !slices.ContainsFunc(res.Furniture, func(f FurnitureChange) bool { return f.Kind == "signature" }) {
		t.Errorf("no signature furniture in %+v", res.Furniture)
	}
	res = compareText(t, draft("L. Mercer", "5,000"), draft("L. Mercer", "2,000"))
	var subst []string
	for _, c := range res.Changes {
		if c.Substantive {
			subst = append(subst, brief(c))
		}
	}
	if len(subst) != 1 {
		t.Errorf("substantive changes %q, want the signing credit", subst)
	}
}
