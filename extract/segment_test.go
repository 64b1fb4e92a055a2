package extract

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/clausecheck/clausecheck/document"
	"github.com/clausecheck/clausecheck/internal/fuzzdeadline"
)

// clauseRow is the expected shape of one clause: "ID|Number|ParentID|Heading".
func shape(doc *document.Document) []string {
	var out []string
	for _, c := range doc.Clauses {
		out = append(out, c.ID+"|"+c.Number+"|"+c.ParentID+"|"+c.Heading)
	}
	return out
}

func extractString(t *testing.T, name, text string) *document.Document {
	t.Helper()
	doc, err := Bytes(name, []byte(text), Options{})
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// TestSegmentation covers the numbering hard cases, in plain text and
// Markdown. Each row lists every clause as "ID|Number|ParentID|Heading".
func TestSegmentation(t *testing.T) {
	tests := []struct {
		name, file, text string
		want             []string
	}{
		{"decimal hierarchy and inline heading", "a.txt", `1. DEFINITIONS
1.1 "Model Unit" means a unit of capacity.
1.1.1 A sub-clause.
2. Service Levels
2.1 Availability. AWS will meet the level.
`, []string{"1|1||DEFINITIONS", `1.1|1.1|1|`, "1.1.1|1.1.1|1.1|", "2|2||Service Levels", "2.1|2.1|2|Availability"}},
		{"LaTeX sectioning commands are headings, alone on a line or run into their text", "l.txt", "\\title{Master Bedrock Terms}\n\n\\section{1. Definitions}\n\n\\subsection{1.1 Sunset Event}\n\"Sunset Event\" means the retirement of a model.\n\n\\section{2. Model Lifecycle}\n\n\\subsection{2.1 Notice} AWS will give 120 days' notice.\n",
			[]string{"preamble|||Master Bedrock Terms", "1|1||Definitions", "1.1|1.1|1|Sunset Event", "2|2||Model Lifecycle", "2.1|2.1|2|Notice"}},
		{"a collapsible panel's control before a numbered heading is no part of it", "w.txt", "TERMS\n\n-----\n[-] 1. ORDER OF PRECEDENCE\n-----\n1.1 These terms govern.\n\n1.2 The Service Terms apply.\n\n-----\n[+] 2. YOUR COMMITMENT\n-----\n2.1 Customer commits to spend USD 1,500,000.\n",
			[]string{"preamble|||TERMS", "1|1||ORDER OF PRECEDENCE", "1.1|1.1|1|", "1.2|1.2|1|", "2|2||YOUR COMMITMENT", "2.1|2.1|2|"}},
		{"a list restarting at 1 under a section of a number and a title alone is that section's items", "m.txt", "MEMO\n\n3. Points not addressed\n\nNothing deals with import.\n\n4. Recommendations for the renewal\n\n1. Seek a PT cancellation right on 60 days notice or less.\n2. Seek a PT availability commitment of at least 99.9% with credits.\n",
			[]string{"preamble|||MEMO", "3|3||", "4|4||", "4.1|1|4|", "4.2|2|4|"}},
		{"clauses with titles of their own restarting at 1 are another document's, quoted whole", "q.txt", "AMENDMENT\n\n1. Amendments\n\nSection 3 is deleted.\n\n2. Provisions before this Amendment\n\n1. Definitions. \"Content\" means prompts.\n2. Term. The term is one year.\n",
			[]string{"preamble|||AMENDMENT", "1|1||Amendments", "2|2||", "1#2|1||Definitions", "2#2|2||Term"}},
		{"a date wrapped to the start of a line is no section 1", "d.txt", `RECITALS

A. AWS and Customer are parties to the Amazon Bedrock Addendum dated
   1 February 2025 (the "Addendum").

B. The parties wish to amend the Addendum.

1. Amendments
1.1 Section 3 of the Addendum is deleted.
`, []string{"RECITALS|||RECITALS", "A|A||", "B|B||", "1|1||Amendments", "1.1|1.1|1|"}},
		{"a recital's numbered items are its own", "r.txt", `RECITALS

A. The parties are parties to the Original Addendum.

B. The parties wish to restate it. The principal changes are that:

1. former Section 5 (Token Metering) has been removed;

2. a migration credit has been introduced.

NOW, THEREFORE, the parties agree as follows.

1. Definitions
1.1 "Commitment Year" means each year.
`, []string{"RECITALS|||RECITALS", "A|A||", "B|B||", "B.1|1|B|", "B.2|2|B|", "recital-1|||", "1|1||Definitions", "1.1|1.1|1|"}},
		{"the words that end the recitals lead into no recital items", "s.txt", `RECITALS

A. The parties are parties to the Original Addendum.

B. The parties wish to amend it as set out below.

The parties therefore agree as follows:

1. Section 3 of the Addendum is deleted.

2. Section 4 of the Addendum is deleted.
`, []string{"RECITALS|||RECITALS", "A|A||", "B|B||", "1|1||", "2|2||"}},
		{"after the parties, a capitals heading starts the body", "e.txt", `BEDROCK DEAL SHEET

PARTIES
-------
Customer:               Larkspur Health Systems, Inc.
AWS entity:             Amazon Web Services, Inc.

COMMERCIAL TERMS
----------------
Bedrock commitment:     USD 9,000,000 per commitment year
`, []string{"preamble|||BEDROCK DEAL SHEET", "COMMERCIAL TERMS|||COMMERCIAL TERMS"}},
		{"(h) then (i) is a letter; (i) (ii) roman", "b.txt", `5. Lists
(a) one;
(b) two;
(c) three;
(d) four;
(e) five;
(f) six;
(g) seven;
(h) eight;
(i) nine, a letter;
(j) ten, with:
(i) a roman first;
(ii) a roman second.
`, []string{"5|5||Lists", "5(a)|(a)|5|", "5(b)|(b)|5|", "5(c)|(c)|5|", "5(d)|(d)|5|", "5(e)|(e)|5|", "5(f)|(f)|5|",
			"5(g)|(g)|5|", "5(h)|(h)|5|", "5(i)|(i)|5|", "5(j)|(j)|5|", "5(j)(i)|(i)|5(j)|", "5(j)(ii)|(ii)|5(j)|"}},
		{"an appendix numbered A3.1, A3.2 with no A3 of its own", "c.txt", `1. TERMS
1.1 The levels are in Appendix 3.

APPENDIX 3 - SERVICE LEVELS

A3.1 Scope. This Appendix sets the levels.

A3.2 Availability. At least 99.9%.
`, []string{"1|1||TERMS", "1.1|1.1|1|", "APPENDIX 3|APPENDIX 3||SERVICE LEVELS", "APPENDIX 3/A3.1|A3.1|APPENDIX 3|Scope", "APPENDIX 3/A3.2|A3.2|APPENDIX 3|Availability"}},
		{"inserted 2.1A", "c.txt", `2. Fees
2.1 First.
2.1A Inserted later.
2.2 Second.
`, []string{"2|2||Fees", "2.1|2.1|2|", "2.1A|2.1A|2|", "2.2|2.2|2|"}},
		{"numbers that are not clauses", "d.txt", `3. Term
3.1 The term starts on the Effective Date and runs for
12 months after the Effective Date, with notices sent to
750 University Avenue, and a cap of
1.5 million dollars in total.
3.2 Next clause.
`, []string{"3|3||Term", "3.1|3.1|3|", "3.2|3.2|3|"}},
		{"schedule with its own 1.1", "e.txt", `1. Scope
1.1 Main clause.

SCHEDULE A - RATE CARD
1.1 Schedule clause.
`, []string{"1|1||Scope", "1.1|1.1|1|", "SCHEDULE A|SCHEDULE A||RATE CARD", "SCHEDULE A/1.1|1.1|SCHEDULE A|"}},
		{"articles and sections", "f.txt", `ARTICLE IV FEES
Section 4.1. Payment. Customer pays monthly.
Section 4.2. Taxes. Customer pays taxes.
ARTICLE V TERM
Section 5.1. Duration. One year.
`, []string{"ARTICLE IV|ARTICLE IV||FEES", "4.1|4.1|ARTICLE IV|Payment", "4.2|4.2|ARTICLE IV|Taxes", "ARTICLE V|ARTICLE V||TERM", "5.1|5.1|ARTICLE V|Duration"}},
		{"preamble, recitals and all-caps heading", "g.txt", `BEDROCK ADDENDUM

This Addendum is made between AWS and Customer.

WHEREAS, the parties use Amazon Bedrock;

WHEREAS, they wish to agree terms;

NOW, THEREFORE, the parties agree:

DEFINITIONS
1.1 Terms have their meanings.
`, []string{"preamble|||BEDROCK ADDENDUM", "recital-1|||", "recital-2|||", "recital-3|||", "DEFINITIONS|||DEFINITIONS", "1.1|1.1|DEFINITIONS|"}},
		{"markdown nested ordered lists restart at every level", "h.md", `# Terms

1. **Services**

    1. **Provision**. xAI will provide the Services.

    2. **Access**. Customer may access them.

2. **Fees**

    1. **Payment**. Customer pays within thirty (30) days.
`, []string{"preamble|||Terms", "1|1||Services", "1.1|1.1|1|Provision", "1.2|1.2|1|Access", "2|2||Fees", "2.1|2.1|2|Payment"}},
		{"markdown headings with numbers and paragraphs", "i.md", `# Bedrock Addendum

## 5. Service Levels

5.1 Availability. AWS will make PT available.

5.2 Credits. Credits apply.

## Schedule A — Rates

1.1 Rates apply.
`, []string{"preamble|||Bedrock Addendum", "5|5||Service Levels", "5.1|5.1|5|Availability", "5.2|5.2|5|Credits", "SCHEDULE A|Schedule A||Rates", "SCHEDULE A/1.1|1.1|SCHEDULE A|"}},
		{"label separated from its text by a tab", "j.txt", "1.1\tDefinitions\n1.2\tThe second clause applies.\n",
			[]string{"1.1|1.1||Definitions", "1.2|1.2||"}},
		{"numbered paragraph that is not a heading", "k.txt", `1. Scope
1.1 Customer may use the Services.
2. Customer shall pay all fees when due.
`, []string{"1|1||Scope", "1.1|1.1|1|", "2|2||"}},
		{"cross-reference at a line end does not start a clause", "l.txt", `3. Commitments
3.1 Customer may cancel as set out in Section
3.2. For example, on deprecation.
3.2 The second clause.
`, []string{"3|3||Commitments", "3.1|3.1|3|", "3.2|3.2|3|"}},
		{"tight markdown list nested under a numbered heading", "m.md", `I. Termination
--------------

1.  **Term.** These Terms run until ended.
2.  **Termination.**
    1.  Either party may end them with notice.
    2.  Either party may end them for breach.
3.  **Suspension.** Access may be suspended.
`, []string{"I|I||Termination", "I.1|1|I|Term", "I.2|2|I|Termination", "I.2.1|2.1|I.2|", "I.2.2|2.2|I.2|", "I.3|3|I|Suspension"}},
		// a Markdown heading right under a part's bare label is its title
		{"markdown part label then its title", "t.md", `# AMENDMENT

1. The Addendum is restated as Attachment 1.

# ATTACHMENT 1
# RESTATED ADDENDUM

## 2. Tokens

2.1 Tokens are counted per request.
`, []string{"preamble|||AMENDMENT", "1|1||", "ATTACHMENT 1|ATTACHMENT 1||RESTATED ADDENDUM", "ATTACHMENT 1/2|2|ATTACHMENT 1|Tokens", "ATTACHMENT 1/2.1|2.1|ATTACHMENT 1/2|"}},
		// a short item with a run-in heading keeps its sentence as its text
		{"markdown list item: run-in heading over a short sentence", "r.md", `## 5. Data

1. **Training.** AWS will not train on Prompts.
2. **Region.** Only in the EU.
3. **Reserved.**
`, []string{"5|5||Data", "5.1|1|5|Training", "5.2|2|5|Region", "5.3|3|5|"}},
		{"a bracketed figure after a number word is not a clause", "o.txt", `3. Provisioned Throughput
3.1 Customer may buy Provisioned Throughput for a 6-month or one
(1) year term at the published rate.
3.2 Next.
`, []string{"3|3||Provisioned Throughput", "3.1|3.1|3|", "3.2|3.2|3|"}},
		{"a list item stays a clause when the one before it was deleted", "p.txt", `4. Triggers

(a) the model is deprecated;

(c) usage moves to another model.
`, []string{"4|4||Triggers", "4(a)|(a)|4|", "4(c)|(c)|4|"}},
		{"a long first line of a wrapped sentence is not a heading", "q.txt", `5. Data
5.1 AWS will not use Customer Content to train any foundation model at all.
5.2 Customer Content stays in the AWS Regions that Customer
selects, and AWS will honour data residency in each of them.
`, []string{"5|5||Data", "5.1|5.1|5|", "5.2|5.2|5|"}},
		{"lettered parts, annexes and exhibits", "r.txt", `PART A - SERVICES
A.1 Scope. AWS provides Amazon Bedrock.
A.2 Support. AWS supports it.
PART B - FEES
B.1 Fees. Customer pays the rates in Exhibit B.

Annex 1 - Security
1. Controls. AWS keeps controls.

Exhibit B
1. Rates. As listed.
`, []string{"PART A|PART A||SERVICES", "PART A/A.1|A.1|PART A|Scope", "PART A/A.2|A.2|PART A|Support", "PART B|PART B||FEES",
			"PART B/B.1|B.1|PART B|Fees", "ANNEX 1|Annex 1||Security", "ANNEX 1/1|1|ANNEX 1|Controls", "EXHIBIT B|Exhibit B||", "EXHIBIT B/1|1|EXHIBIT B|Rates"}},
		{"Markdown headings 'Section N - Title', list items on consecutive lines", "s.md", `## Section 2 - Fees

2.1 Per-model commitments:
(a) Claude models: USD 2,000,000;
(b) Llama models: USD 500,000.

## ARTICLE III METERING

Section 3.1 Billable Tokens. Tokens are counted by the tokenizer.
`, []string{"2|2||Fees", "2.1|2.1|2|", "2.1(a)|(a)|2.1|Claude models", "2.1(b)|(b)|2.1|Llama models", "ARTICLE III|ARTICLE III||METERING", "3.1|3.1|ARTICLE III|Billable Tokens"}},
		{"lettered clauses with decimal sub-clauses", "g.txt", `G1. Model Lifecycle
G1.1 AWS will give notice.
G2. Provisioned Throughput
G2.1 PT is available for one-month terms.
G2.2 Customer may cancel a PT commitment.
G3. Custom Model Import
`, []string{"G1|G1||Model Lifecycle", "G1.1|G1.1|G1|", "G2|G2||Provisioned Throughput", "G2.1|G2.1|G2|", "G2.2|G2.2|G2|", "G3|G3||Custom Model Import"}},
		{"quoted replacement wording is the instruction's text", "q.txt", `1.   Section 8 of the Addendum is deleted and replaced with the following:

     "8.  PT SERVICE LEVEL

     8.1  Provisioned Throughput is provided on an "as available" basis."

2.   This Amendment prevails over the Addendum.
`, []string{"1|1||", "2|2||"}},
		{"a quoted wording that ends in a table closes with its last row", "q.txt", `1.   AMENDMENTS

     1.1  The following new Section 10A is inserted after Section 10:

          "10A. GUARDRAILS PRICING

          10A.1 Text units are charged at the following rates:

                Band  Monthly text units            Price per million
                ----  ----------------------------  -----------------
                1     first 300 million             SGD 0.20
                2     above 300 million             SGD 0.09"

2.   PRECEDENCE

     This Amendment prevails over the Addendum.
`, []string{"1|1||AMENDMENTS", "1.1|1.1|1|", "2|2||PRECEDENCE"}},
		{"a decimal list restarting at 1 under a lead-in is the clause's items", "r.txt", `4. Fees

4.1 Charges are monthly.

5. Dedicated Throughput

(a) Customer may cancel a DT Commitment in either of the following cases:

1. a Model Sunset occurs; or

2. Customer shifts the workload to another model.

(b) No charge applies to a cancellation under (a).

6. Availability
`, []string{"4|4||Fees", "4.1|4.1|4|", "5|5||Dedicated Throughput", "5(a)|(a)|5|", "5(a).1|1|5(a)|", "5(a).2|2|5(a)|", "5(b)|(b)|5|", "6|6||Availability"}},
		{"a decimal list under a lead-in of a paragraph numbered (2)", "r3.txt", `Article 5 (Pre-Purchase)
  (1) The Company may pre-purchase credits.
  (2) The discount is determined as follows:
        1. less than USD 500,000 : thirty-five percent (35%)
        2. USD 500,000 or more : forty-one percent (41%)
Article 6 (Metering)
`, []string{"ARTICLE 5|Article 5||", "5(1)|(1)|ARTICLE 5|", "5(2)|(2)|ARTICLE 5|", "5(2).1|1|5(2)|", "5(2).2|2|5(2)|", "ARTICLE 6|Article 6||"}},
		// an item under an article or a capitals ITEM is cited with its
		// number: "Item 9(a)" finds it
		{"items under a capitals ITEM heading", "r4.txt", `ITEM 9 - BEDROCK COMMITMENT
  (a) Meranti commits to spend SGD 5,000,000 on Amazon Bedrock.
  (b) The rate is the published rate less twenty per cent.
ITEM 10 - SCOPE OF THE COMMITMENT
  (a) Only spend on Claude models counts towards the commitment in Item 9(a).
`, []string{"ITEM 9|ITEM 9||BEDROCK COMMITMENT", "9(a)|(a)|ITEM 9|", "9(b)|(b)|ITEM 9|", "ITEM 10|ITEM 10||SCOPE OF THE COMMITMENT", "10(a)|(a)|ITEM 10|"}},
		{"a list at 1 after a lead-in before the numbering passed 1 is the numbering", "r2.txt", `The parties agree as follows:

1. Definitions

2. Fees
`, []string{"preamble|||", "1|1||Definitions", "2|2||Fees"}},
		{"section words of translated drafts", "z.txt", `Ziff. 3  Bedrock commitment

3.1  Alpenfirn undertakes to spend CHF 2'400'000.00 per contract year.

Artikel 4  Laufzeit

4.1  The term is three years.
`, []string{"3|3||Bedrock commitment", "3.1|3.1|3|", "ARTIKEL 4|Artikel 4||Laufzeit", "4.1|4.1|ARTIKEL 4|"}},
		// "Sec. 7" is a section; its short sentence-case text over its
		// first paragraph "(1)" is its heading, not its text
		{"abbreviated section word, heading in sentence case over paragraphs", "s.txt", `Sec. 7   Own models

  (1) Rheinwerk may bring its own models into the Service.

  (2) No licence fee is charged for such models.

Sec. 8   Confidentiality

  (1) Each party keeps the other's information confidential.
`, []string{"7|7||Own models", "7(1)|(1)|7|", "7(2)|(2)|7|", "8|8||Confidentiality", "8(1)|(1)|8|"}},
		{"clauses named by ordinal words, paragraphs numbered in words", "o.txt", `FIRST.- PURPOSE.

This Agreement sets the terms of Amazon Bedrock.

SECOND CLAUSE – OF THE COMMITMENT

One. The Customer undertakes to consume CLP 100.000.000 in each year.

Two. The commitment forms part of the EDP.

CLAUSE THREE – PRICES

3.1 Prices are 18% below on-demand prices.
`, []string{"FIRST|FIRST||PURPOSE.", "SECOND CLAUSE|SECOND CLAUSE||OF THE COMMITMENT", "One|One|SECOND CLAUSE|", "Two|Two|SECOND CLAUSE|", "CLAUSE THREE|CLAUSE THREE||PRICES", "3.1|3.1|CLAUSE THREE|"}},
		{"articles abbreviated, a heading with a lower-case version", "a.txt", `ART. 7  DATA
7.1  AWS will not use Inputs to train any model.

ART. 8  AMENDMENTS IN THIS VERSION (v0.3)
8.1  Art. 6 of v0.2 is deleted.
`, []string{"ART. 7|ART. 7||DATA", "7.1|7.1|ART. 7|", "ART. 8|ART. 8||AMENDMENTS IN THIS VERSION (v0.3)", "8.1|8.1|ART. 8|"}},
		{"a title word after Addendum is no part label", "t.txt", `ADDENDUM AS AMENDED BY AMENDMENT NO. 1

1. DEFINITIONS
1.1 "PT" means Provisioned Throughput.
`, []string{"preamble|||ADDENDUM AS AMENDED BY AMENDMENT NO. 1", "1|1||DEFINITIONS", "1.1|1.1|1|"}},
		{"an unnumbered schedule reproducing a document keeps its recitals and clauses", "s.txt", `1. TERMS
1.1 This Amendment is governed by the laws of Ireland.

Signed for AWS:        ______________

=====================
SCHEDULE - AMAZON BEDROCK ADDENDUM (AS ORIGINALLY SIGNED, 1 MAY 2026)
=====================

RECITALS

(A)  Customer uses Bedrock.

1.   DEFINITIONS

1.1  "PT" means Provisioned Throughput.
`, []string{"1|1||TERMS", "1.1|1.1|1|", "SCHEDULE|SCHEDULE||AMAZON BEDROCK ADDENDUM (AS ORIGINALLY SIGNED, 1 MAY 2026)", "RECITALS|||RECITALS",
			"SCHEDULE/(A)|(A)|SCHEDULE|", "SCHEDULE/1|1|SCHEDULE|DEFINITIONS", "SCHEDULE/1.1|1.1|SCHEDULE/1|"}},
		{"recitals after a schedule with clauses start a new document", "r.txt", `SCHEDULE 1 - PRICING

1.1 Fees are USD 10.

RECITALS

(A)  Customer uses Bedrock.

1.   DEFINITIONS
`, []string{"SCHEDULE 1|SCHEDULE 1||PRICING", "SCHEDULE 1/1.1|1.1|SCHEDULE 1|", "RECITALS|||RECITALS", "(A)|(A)||", "1|1||DEFINITIONS"}},
		{"numbering past 300 continues; a year does not", "n.txt", "299. The parties agree.\n\n300. They also agree.\n\n301. And this.\n\nIt was signed in\n2024. The parties met.\n",
			[]string{"299|299||", "300|300||", "301|301||"}},
		{"a Markdown list after a lead-in belongs to that clause", "l.md", "## § 5. Dedicated Throughput\n\n(a) Customer may cancel in either of the following cases:\n\n1. the model is retired; or\n2. Customer moves the workload.\n\n(b) No charge applies.\n",
			[]string{"5|5||Dedicated Throughput", "5(a)|(a)|5|", "5(a).1|1|5(a)|", "5(a).2|2|5(a)|", "5(b)|(b)|5|"}},
		{"a heading in sentence case over the clause's first line", "h.txt", "6. DATA\n\n6.1 Data handling\nIn this item, AWS keeps data in London.\n\n6.2 AWS keeps data\nin London and in Dublin.\n",
			[]string{"6|6||DATA", "6.1|6.1|6|Data handling", "6.2|6.2|6|"}},
		{"a Markdown item closed by \"; and\" ends before the next item", "k.md", "## 5. Metering\n\n5.2 For billing purposes:\n(a) system prompts are counted;\n(b) tool definitions are counted; and\n(c) output schemas are not counted.\n",
			[]string{"5|5||Metering", "5.2|5.2|5|", "5.2(a)|(a)|5.2|", "5.2(b)|(b)|5.2|", "5.2(c)|(c)|5.2|"}},
		{"a variation dated in brackets is a part", "v.txt", `1. TERMS
1.1 AWS shall do X.
1.2 This is governed by English law.

VARIATION No. 1 (9 December 2025)

The parties agree that:

(a)  clause 1.1 is deleted; and

(b)  nothing else changes.
`, []string{"1|1||TERMS", "1.1|1.1|1|", "1.2|1.2|1|", "VARIATION NO. 1|VARIATION No. 1||", "VARIATION NO. 1/(a)|(a)|VARIATION NO. 1|", "VARIATION NO. 1/(b)|(b)|VARIATION NO. 1|"}},
		{"headings in a script without capitals, ruled with dashes and hashes", "k.txt", `0.1 The parties agree.

--------------------------------------------------------
1. 정의 / Definitions
--------------------------------------------------------
1.1 "모델": 모델. (EN) "Model": a model.
1.2 해지권: 고객은 해지할 수 있다.
      (a) 해당 모델의 지원 중단 또는 실질적 변경
      (b) 고객이 해당 워크로드를 Bedrock의 다른 모델로 이전
1.3 본 조건합의서의 조건은 비밀정보이다。

#########################################################
부속서 A 협상 경과 (기록용) / ANNEX A NEGOTIATION RECORD
#########################################################
2026-06-03  Customer  no fees
`, []string{"0.1|0.1||", "1|1||정의 / Definitions", "1.1|1.1|1|", "1.2|1.2|1|", "1.2(a)|(a)|1.2|", "1.2(b)|(b)|1.2|", "1.3|1.3|1|",
			"ANNEX A|ANNEX A||NEGOTIATION RECORD"}},
		{"a Markdown heading in two languages names its part", "m.md", "2.1 AWS charges the rate card in Schedule 1.\n\n## 附表一 费率卡 / Schedule 1 Rate Card\n\n| Model | Rate |\n|---|---|\n| Claude | 3.00 |\n",
			[]string{"2.1|2.1||", "SCHEDULE 1|Schedule 1||Rate Card"}},
		{"a list of sections wrapped onto its own line", "w.txt", `1. STRUCTURE
1.1 This Proposal is made up of this cover page; Section 2 (Assumptions);
Section 3 (Definitions); Section 4 (Commercial Terms); and the Annexes.
1.2 The Annexes form part of it.
2. ASSUMPTIONS
2.1 Usage grows.
`, []string{"1|1||STRUCTURE", "1.1|1.1|1|", "1.2|1.2|1|", "2|2||ASSUMPTIONS", "2.1|2.1|2|"}},
		{"an article labelled with a dash", "ad.txt", `ARTICLE-VI     PRE-PURCHASE CREDITS
6.1 Credits are tiered.
6.2 Credits remain valid for twelve months.
ARTICLE-VII    MODEL END-OF-LIFE
[Intentionally Omitted]
`, []string{"ARTICLE-VI|ARTICLE-VI||PRE-PURCHASE CREDITS", "6.1|6.1|ARTICLE-VI|", "6.2|6.2|ARTICLE-VI|", "ARTICLE-VII|ARTICLE-VII||MODEL END-OF-LIFE"}},
		{"a number wrapped after a part word continues the reference", "wr.txt", `Article 10 (Service Level)
1. AWS shall make each PT Commitment available 99.9% of each month.
2. If it does not, Customer shall receive service credits as set out in Attachment
3 (Service Credit Schedule).
Article 11 (Data)
1. AWS shall not train on prompts.
`, []string{"ARTICLE 10|Article 10||", "10.1|1|ARTICLE 10|", "10.2|2|ARTICLE 10|", "ARTICLE 11|Article 11||", "11.1|1|ARTICLE 11|"}},
		{"a line underlined with dashes is a heading whatever its case", "ul.txt", `TERMS
-----
1. AWS shall not train on prompts.

NOTES (background only; not agreed terms)
-----------------------------------------
1. Vector storage. The customer asked for a growth cap.

Can the pool flex across models?
--------------------------------
It can.
`, []string{"preamble|||TERMS", "1|1||", "NOTES (BACKGROUND ONLY; NOT AGREED TERMS)|||NOTES (background only; not agreed terms)", "1#2|1|NOTES (BACKGROUND ONLY; NOT AGREED TERMS)|Vector storage"}},
		{"a part heading under the title opens the body", "pt.txt", `ACME INC.
BEDROCK ADDENDUM

==========================
PART ONE - CUSTOMER SUMMARY
==========================

Important: this summary is for information only.

Q1. How are tokens billed?
System prompts count.

==========================
PART TWO - ADDENDUM
==========================

1. PRICING
1.1 Usage counts towards the EDP.
`, []string{"preamble|||ACME INC BEDROCK ADDENDUM", "PART ONE - CUSTOMER SUMMARY|||PART ONE - CUSTOMER SUMMARY", "Q1|Q1|PART ONE - CUSTOMER SUMMARY|", "PART TWO - ADDENDUM|||PART TWO - ADDENDUM", "1|1|PART TWO - ADDENDUM|PRICING", "1.1|1.1|1|"}},
		{"a heading drawn with rules after the title and its text opens the body", "dh.txt", `NORTHWIND LTD
Spend review, exported 9 June 2026

=====================
Spend profile
=====================
Forecast spend is stated below.

=====================
Terms agreed
=====================
AWS will count tokens as invoiced.
`, []string{"preamble|||NORTHWIND LTD", "SPEND PROFILE|||Spend profile", "TERMS AGREED|||Terms agreed"}},
		{"a title drawn with rules and no text before it stays the preamble's", "dt.txt", `BEDROCK ADDENDUM
=====================
This addendum is made between AWS and Customer.

1. Pricing
1.1 Usage counts towards the EDP.
`, []string{"preamble|||BEDROCK ADDENDUM", "1|1||Pricing", "1.1|1.1|1|"}},
		{"a German deck's slides are its sections", "fo.txt", `DECK
Export aus PowerPoint.

FOLIE 1 VON 2  -  Ausgangslage
Text der ersten Folie.

Folie 2 von 2 - Bedingungen
Text der zweiten Folie.
`, []string{"preamble|||DECK", "SLIDE 1|Slide 1||Ausgangslage", "SLIDE 2|Slide 2||Bedingungen"}},
		{"the slides of a deck are its numbered sections, however their labels are drawn", "sl.txt", `DECK
Exported from slides.

Slide 1 - About this deck
Slides 1 to 2 are for information only.

[Slide 2 of 4]  THE ASK
- Lower prices.

SLIDE 03 / 04  ·  Binding terms
1. AWS will count tokens.
2. AWS will give notice.
4. TERM SCHEDULE
4.1 The term is three years.
`, []string{"preamble|||DECK", "SLIDE 1|Slide 1||About this deck", "SLIDE 2|Slide 2||THE ASK", "SLIDE 3|Slide 3||Binding terms",
			"1|1|SLIDE 3|", "2|2|SLIDE 3|", "4|4||TERM SCHEDULE", "4.1|4.1|4|"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := extractString(t, tt.file, tt.text)
			got := shape(doc)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("clauses:\n%s", lineDiff(tt.want, got))
			}
			checkInvariants(t, doc)
		})
	}
}

func TestClauseText(t *testing.T) {
	doc := extractString(t, "t.txt", `7. Indemnity
7.1 AWS will indem-
nify Customer within forty-
five days and the non-
cancellable term applies. Page-
breaks happen.
7.2 Page-breaks are words of this draft. Data is de-
identified when it is identified by no one.
`)
	c := doc.Clause("7.1")
	if c == nil {
		t.Fatal("no clause 7.1")
	}
	want := "AWS will indemnify Customer within forty-five days and the non-cancellable term applies. Page-breaks happen."
	if c.Text != want {
		t.Errorf("text\n got %q\nwant %q", c.Text, want)
	}
	if got := doc.Clause("7.2").Text; !strings.Contains(got, "de-identified") {
		t.Errorf("7.2: %q", got)
	}
}

func TestTextNormalisation(t *testing.T) {
	in := "1. Scope\r\n1.1 Customer\u00a0may use\tthe \u201cServices\u201d.\r\n\f2. Fees\r\n2.1 Rates:\r\nModel      Input     Output\r\nClaude     $3.00     $15.00\r\n"
	doc := extractString(t, "n.txt", in)
	if got := doc.Clause("1.1").Text; got != "Customer may use the \u201cServices\u201d." {
		t.Errorf("1.1 text %q", got)
	}
	if p := doc.Clause("2").Page; p != 2 {
		t.Errorf("form feed: clause 2 on page %d, want 2", p)
	}
	if got := doc.Clause("2.1").Text; got != "Rates:\nModel\tInput\tOutput\nClaude\t$3.00\t$15.00" {
		t.Errorf("table rows %q", got)
	}
}

func TestDefinitionsAndRefs(t *testing.T) {
	doc := extractString(t, "d.txt", `This Addendum is between Amazon Web Services, Inc. (the "Supplier") and Example Corp (hereinafter "Customer").

1. Definitions
1.1 "Model Unit" means a unit of capacity.
1.2 “Contract Year” shall mean twelve months.
1.3 "Guaranteed Capacity" (Capacidad Garantizada): the Provisioned Throughput bought by the Client.
1.4 "Model Withdrawal" – the end of life of a model.
2. Terms
2.1 As set out in Section 1.1, Section 9.9 and Schedule B, and Section 3 of the EDP Agreement.
`)
	wantDefs := map[string]string{"Supplier": "preamble", "Customer": "preamble", "Model Unit": "1.1", "Contract Year": "1.2", "Guaranteed Capacity": "1.3", "Model Withdrawal": "1.4"}
	for term, id := range wantDefs {
		if doc.Definitions[term] != id {
			t.Errorf("definition %q: got %q, want %q", term, doc.Definitions[term], id)
		}
	}
	refs := doc.Clause("2.1").Refs
	wantRefs(t, refs, map[string]bool{"1.1": false, "9.9": true, "Schedule B": true, "3": false})
}

// "Article 8.1" is clause 8.1 of Article 8 where the draft numbers its
// clauses so; "Article 9" stays an article.
func TestArticleClauseRefs(t *testing.T) {
	doc := extractString(t, "a.md", "## Article 8 Commitment\n\n8.1 The Client commits EUR 5,000,000.\n\n8.2 The commitment in Article 8.1 is a single pool; see Article 9.\n")
	refs := ReadRefs(doc, doc.Clause("8.2").Text)
	wantRefs(t, refs, map[string]bool{"8.1": false, "article 9": true})
}

// "Item 9(a)" and "Article 4(b)" are found as the item (a) of ITEM 9 and
// (b) of Article 4.
func TestItemRefsUnderArticles(t *testing.T) {
	doc := extractString(t, "a.txt", "ARTICLE 4 - FEES\n  (a) Fees are fixed.\n  (b) Fees are payable monthly.\nITEM 9 - COMMITMENT\n  (a) Customer commits USD 5,000,000.\nITEM 10 - SCOPE\n  (a) Only Claude spend counts towards the commitment in Item 9(a); see Article 4(b), Item 9(c) and the models within Item 9.\n")
	refs := ReadRefs(doc, doc.Clause("10(a)").Text)
	wantRefs(t, refs, map[string]bool{"9(a)": false, "4(b)": false, "9(c)": true, "9": false})
}

// References to lettered clauses ("Clause G5.2") are read with their
// prefix and found in the draft.
func TestLetteredRefs(t *testing.T) {
	doc := extractString(t, "g.md", "## G5. Provisioned Throughput\n\nG5.1 PT is sold monthly.\n\nG5.2 Customer may cancel PT.\n\n## G6. Amendment\n\nG6.1 Clause G5.2 is deleted and Clause G9.1 is replaced.\n")
	refs := ReadRefs(doc, doc.Clause("G6.1").Text)
	wantRefs(t, refs, map[string]bool{"G5.2": false, "G9.1": true})
}

// A line wholly in bold, a label and a short title ("**5. Bedrock
// Commitment.**"), is the clause's heading; the numbered line under it, in
// the same Markdown paragraph, is a clause of its own.
func TestMarkdownBoldHeadingLine(t *testing.T) {
	for _, src := range []string{
		"# T\n\n**5. Bedrock Commitment.**\n5.1 Customer commits to USD 5,600,000.\n5.2 The commitment is one pool.\n",
		"# T\n\n**5. Bedrock Commitment.**\n\n5.1 Customer commits to USD 5,600,000.\n5.2 The commitment is one pool.\n",
	} {
		doc := extractString(t, "b.md", src)
		got := shape(doc)
		want := []string{"preamble|||T", "5|5||Bedrock Commitment", "5.1|5.1|5|", "5.2|5.2|5|"}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%q clauses:\n%s", src, lineDiff(want, got))
		}
		if c := doc.Clause("5.1"); c == nil || c.Text != "Customer commits to USD 5,600,000." {
			t.Errorf("%q: 5.1 is %+v", src, c)
		}
	}
}

// A redline in Markdown: struck-through words are deleted, inserted ones
// kept.
func TestMarkdownStrikethroughIsDeleted(t *testing.T) {
	doc := extractString(t, "r.md", "1. AWS will give ~~60~~ **[120]** days' notice. <del>No credit applies.</del> Credits apply.\n")
	if got := doc.Clause("1").Text; got != "AWS will give [120] days' notice. Credits apply." {
		t.Errorf("text %q", got)
	}
}

// A table laid out under a ruler of dashes, with cells wrapped over
// several lines: each row is one line of cells, wrapped words joined.
func TestRulerTable(t *testing.T) {
	doc := extractString(t, "o.txt", `ORDER

2. COMMERCIAL SCHEDULE

Line  Item                   Quantity / rate                 Notes
----  ---------------------  ------------------------------  -------------
2.1   Bedrock Commitment     AUD 4,500,000 over the          Within the
                             Commitment Period               EDP.

2.2   Allocation by model    Anthropic AUD 3,000,000         Allocations
      family                                                 are not
                                                             interchange-
                                                             able.


3. SERVICE TERMS
`)
	want := "Line\tItem\tQuantity / rate\tNotes\n" +
		"2.1\tBedrock Commitment\tAUD 4,500,000 over the Commitment Period\tWithin the EDP.\n" +
		"2.2\tAllocation by model family\tAnthropic AUD 3,000,000\tAllocations are not interchangeable."
	if got := doc.Clause("2").Text; got != want {
		t.Errorf("table text:\n%q\nwant\n%q", got, want)
	}
	if doc.Clause("3") == nil {
		t.Error("the table must end at two blank lines")
	}
}

// One aligned line standing alone above a ruled table ("Legend:  C =
// Comply   NC = Does Not Comply") is prose, not the table's first row: the
// header is the line over the ruler.
func TestRulerTableLegendAbove(t *testing.T) {
	doc := extractString(t, "l.txt", `ANNEX B - COMPLIANCE

Legend:  C = Comply   PC = Partially Comply   NC = Does Not Comply

S/N  Requirement                     Compl.  Remarks
---  ------------------------------  ------  --------------------
B06  Notice and credit on model      C       9 months' notice;
     end-of-life                             credit per model.
`)
	want := "Legend: C = Comply PC = Partially Comply NC = Does Not Comply\n" +
		"S/N\tRequirement\tCompl.\tRemarks\n" +
		"B06\tNotice and credit on model end-of-life\tC\t9 months' notice; credit per model."
	if got := doc.Clause("ANNEX B").Text; got != want {
		t.Errorf("table text:\n%q\nwant\n%q", got, want)
	}
}

// A ruler table whose header takes two lines reads them as one row.
// The text after an indented ruler table starts left of its columns: the
// next numbered clause is not a row of the table.
func TestRulerTableEndsAtTheMargin(t *testing.T) {
	doc := extractString(t, "b.txt", "EXHIBIT B - PRICING\n\nB1. Commitment\n\n    Customer commits USD 2,000,000.\n\nB2. Rates\n\n    Model                  Published rate       Customer rate\n    -------------------    -----------------    -----------------\n    Claude 3.7 Sonnet      3.00 / 15.00         2.52 / 12.60\n\nB3. Term\n\n    The commitment runs with the EDP.\n")
	got := shape(doc)
	want := []string{"EXHIBIT B|EXHIBIT B||PRICING", "EXHIBIT B/B1|B1|EXHIBIT B|Commitment", "EXHIBIT B/B2|B2|EXHIBIT B|Rates", "EXHIBIT B/B3|B3|EXHIBIT B|Term"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("clauses:\n%s", lineDiff(want, got))
	}
}

func TestRulerTableTwoLineHeader(t *testing.T) {
	doc := extractString(t, "r.txt", `1. Rates

         Model                 Published on-demand    Our rate
                               input / output         input / output
         --------------------  --------------------   ----------------
         Claude Sonnet 4       3.00 / 15.00           2.40 / 12.00
`)
	want := "Model\tPublished on-demand input / output\tOur rate input / output\nClaude Sonnet 4\t3.00 / 15.00\t2.40 / 12.00"
	if got := doc.Clause("1").Text; got != want {
		t.Errorf("table text:\n%q\nwant\n%q", got, want)
	}
}

// The numbered rows of a table can be referred to: "Section 4.2" in a
// draft whose order form has a row "4.2" is not a dangling reference.
func TestRowLabelsAreReferable(t *testing.T) {
	doc := extractString(t, "o.md", "## 4. Order\n\n| Ref | Item | Terms |\n|---|---|---|\n| 4.2 | Model deprecation | A credit. |\n\n## 7. Terms\n\n7.1 Notwithstanding Section 4.2 and Section 4.9, no credit is due.\n")
	if got := RowLabels(doc)["4.2"]; got != "4" {
		t.Errorf("row 4.2 is held by %q, want clause 4", got)
	}
	for _, r := range ReadRefs(doc, doc.Clause("7.1").Text) {
		if want := r.Target == "4.9"; r.Missing != want {
			t.Errorf("ref %+v: want missing=%v", r, want)
		}
	}
}

// Sub-clauses run together in one quoted paragraph ("**2. Bedrock
// Commitment.** 2.1 … 2.3 The rates …") are numbers a reference can find.
func TestInlineSubClausesAreReferable(t *testing.T) {
	doc := extractString(t, "q.md", "## 4. Approved terms\n\n> **2. Bedrock Commitment.** 2.1 Customer commits to spend USD 6,500,000. 2.3 The rates are 18% below the published rates.\n\n"+
		"> **10. Benchmark.** The rates in clause 2.3 and clause 2.4 were benchmarked against a written quotation.\n")
	c := doc.Clause("10")
	if c == nil {
		t.Fatalf("no clause 10 in %+v", doc.Clauses)
	}
	refs := ReadRefs(doc, c.Text)
	if len(refs) != 2 {
		t.Fatalf("refs %+v: want 2.3 and 2.4", refs)
	}
	for _, r := range refs {
		if want := r.Target == "2.4"; r.Missing != want {
			t.Errorf("ref %+v: want missing=%v", r, want)
		}
	}
}

// "§ 6 (2)" refers to paragraph 2 of § 6, written 6(2) in the draft.
func TestParagraphSignRefs(t *testing.T) {
	doc := extractString(t, "p.txt", "§ 6  Capacity\n\n(1) Text.\n\n(2) Customer may cancel on notice.\n")
	refs := ReadRefs(doc, "§ 6 (2) is amended and § 9 (1) is deleted.")
	if len(refs) != 2 || refs[0].Target != "6(2)" || refs[0].Missing || !refs[1].Missing {
		t.Errorf("refs %+v", refs)
	}
}

// In a text or PDF line layout, a label at the start of a line that
// continues a phrase ("… as set out in" / "Schedule 2 …", "(CONSOLIDATED
// WITH" / "AMENDMENT NO. 1)") is no new section; "…; and" / "(c)" is.
func TestLabelContinuingALine(t *testing.T) {
	doc := extractString(t, "c.txt", `1. Fees
1.1 Import fees are charged as set out in
Schedule 2 of the price list, unless waived.
1.2 The discount applies to:
(a) on-demand usage; and
(b) batch usage.
`)
	got := strings.Join(shape(doc), ",")
	want := "1|1||Fees,1.1|1.1|1|,1.2|1.2|1|,1.2(a)|(a)|1.2|,1.2(b)|(b)|1.2|"
	if got != want {
		t.Errorf("clauses %s\nwant %s", got, want)
	}
}

// A printed thread whose lines run on (a PDF without blank lines between
// messages): the sender line of each message stays a line of its own, so
// that the messages can be told apart.
func TestMailSenderLineStandsAlone(t *testing.T) {
	doc := extractString(t, "thread.txt", "Bedrock heads of terms\n"+
		"G. PT SLA: 99.9% monthly, service credits of ten and twenty-five per cent, and the\n"+
		"Rhiannon Kelly <rhiannon@example.com> Fri, 6 Feb 2026 at 10:02 am\n"+
		"To: Sam Whitford <sam@example.com>\n"+
		"Thanks, we need at least 20%.\n")
	var text string
	for _, c := range doc.Clauses {
		text += c.Text + "\n"
	}
	if !strings.Contains(text, "\nRhiannon Kelly <rhiannon@example.com>") || strings.Contains(text, "the Rhiannon") {
		t.Errorf("the sender line was run into the text before it:\n%s", text)
	}
}

// "Annexure" names a part as "Annex" does: a heading opens one and a
// reference to one that is not attached is missing.
func TestAnnexureIsAPart(t *testing.T) {
	doc := extractString(t, "a.md", "# Contract\n\n## 11. Service level\n\n11.1 Service credits apply as set out in Annexure F and the rates in Annexure A.\n\n# ANNEXURE A — RATE CARD\n\n1. Rates are published.\n")
	refs := ReadRefs(doc, doc.Clause("11.1").Text)
	want := map[string]bool{"Annexure F": true, "Annexure A": false}
	if len(refs) != len(want) {
		t.Fatalf("refs %+v", refs)
	}
	for _, r := range refs {
		if m, ok := want[r.Text]; !ok || m != r.Missing {
			t.Errorf("ref %+v: want missing=%v", r, m)
		}
	}
}

// A table whose columns are pipes with no pipe at the edges, under a rule
// drawn with "+", is a table.
func TestInnerPipeTable(t *testing.T) {
	doc := extractString(t, "p.txt", `7.1  Treatment of request components:

       Component                         | Billable as input tokens?
       ----------------------------------+---------------------------
       System prompt                     | Yes
       Structured output schema          | No

7.2  Key points follow.
`)
	if got, want := doc.Clause("7.1").Text, "Treatment of request components:\nComponent\tBillable as input tokens?\nSystem prompt\tYes\nStructured output schema\tNo"; got != want {
		t.Errorf("7.1 text %q, want %q", got, want)
	}
}

// A wrapped cell of such a table ("     | s.2.02 | renewal |  | EDP")
// continues the row above, cell by cell, its empty first cell kept; a
// pipe at its end closes an empty last cell.
func TestInnerPipeTableWrappedRow(t *testing.T) {
	doc := extractString(t, "p.txt", `PART 3 — ISSUES

 No. | Ref.    | Issue                 | Rating | Position
 ----+---------+-----------------------+--------+-----------------
 4   | Rec. C, | No commitment; only   | AMBER  | Commitment at
     | s.2.02  | a discussion          |        | 20%, co-terminous
 5   | Annex B | Tiers 30/32/34%       | AMBER  | 36/42/48%
     | (draft) |                       |        |
`)
	want := "No.\tRef.\tIssue\tRating\tPosition\n4\tRec. C, s.2.02\tNo commitment; only a discussion\tAMBER\tCommitment at 20%, co-terminous\n5\tAnnex B (draft)\tTiers 30/32/34%\tAMBER\t36/42/48%"
	if got := doc.Clauses[0].Text; !strings.HasSuffix(got, want) {
		t.Errorf("text %q, want it to end %q", got, want)
	}
}

// A variant's label on a line of its own ("[F] >> ADOPTED") is a paragraph
// of its own, even with no blank line before it (as a PDF's text has none).
func TestLetterMarkStartsAParagraph(t *testing.T) {
	doc := extractString(t, "v.txt", "ARTICLE 6 (CANCELLATION)\n1. The Customer may cancel a PT Commitment on sixty (60) days'\nnotice.\n[F] >> ADOPTED\nARTICLE 6 (PT COMMITMENTS)\n1. PT Commitments are non-cancellable.\n")
	if got, want := doc.Clauses[1].Text, "The Customer may cancel a PT Commitment on sixty (60) days' notice.\n[F] >> ADOPTED"; got != want {
		t.Errorf("text %q, want %q", got, want)
	}
}

// A part named in another language ("ANEXO II", "Allegato 1") is a part,
// and a reference in English ("Annex II") finds it.
func TestForeignPartWords(t *testing.T) {
	doc := extractString(t, "b.txt", "3. CREDITS\n3.1 The Customer may buy credits at the tiers in Annex II and the rates in Anexo I.\n\n"+
		"ANEXO I — TARIFAS / ANNEX I — RATES\nThe rates are published.\n\n"+
		"ANEXO II — CRÉDITOS / ANNEX II — CREDITS\nTier A: 35%.\n")
	var parts []string
	for _, c := range doc.Clauses {
		if c.Kind == document.KindPart {
			parts = append(parts, c.ID)
		}
	}
	if strings.Join(parts, ",") != "ANEXO I,ANEXO II" {
		t.Errorf("parts %v", parts)
	}
	refs := doc.Clause("3.1").Refs
	if len(refs) != 2 {
		t.Fatalf("refs %+v", refs)
	}
	for _, r := range refs {
		if r.Missing {
			t.Errorf("%+v: the annex is in the draft", r)
		}
	}
}

// "Attachment J-3" names attachment J-3, not attachment J: it is missing
// when only J-1 is in the draft.
func TestHyphenatedPartLabels(t *testing.T) {
	doc := extractString(t, "a.txt", "H.8 SERVICE CREDITS\nH.8.2 Service credits are as set out in Attachment J-3 and Attachment J-1.\n\nATTACHMENT J-1 - RATES\nThe rates are published.\n")
	if c := doc.Clause("ATTACHMENT J-1"); c == nil {
		t.Fatalf("no part J-1: %v", shape(doc))
	}
	missing := map[string]bool{}
	for _, r := range doc.Clause("H.8.2").Refs {
		missing[r.Target] = r.Missing
	}
	if !missing["Attachment J-3"] || missing["Attachment J-1"] {
		t.Errorf("refs %v: J-3 is missing, J-1 is not", missing)
	}
	// a part word joined to its label by a dash: "Schedule-A" is Schedule A
	doc = extractString(t, "s.txt", "1. TERMS\n1.1 Rates are set out in Schedule-A and credits in Annexure-F.\n\nSCHEDULE-A     PRICING\n\nRates are published.\n")
	missing = map[string]bool{}
	for _, r := range doc.Clause("1.1").Refs {
		missing[r.Target] = r.Missing
	}
	if missing["Schedule A"] || !missing["Annexure F"] {
		t.Errorf("refs %v: Schedule-A is in the draft, Annexure-F is not", missing)
	}
}

// A part's number and title set apart by spaced dashes between rules
// ("PART IV  -  SPECIAL CONDITIONS") is a part heading, not a table row.
func TestSpacedDashPartHeading(t *testing.T) {
	doc := extractString(t, "p.txt", "1. TERMS\n1.1 The parts below apply.\n\n=====================\nPART I  -  COMMERCIAL TERMS\n=====================\n\n1.   Commitment\n\n1.1  Customer commits to spend.\n\n"+
		"=====================\nPART IV  -  SPECIAL CONDITIONS\n=====================\n\n1.   Models\n\n1.2  AWS may retire any model.\n")
	for _, id := range []string{"PART I", "PART IV"} {
		c := doc.Clause(id)
		if c == nil || c.Kind != document.KindPart {
			t.Fatalf("no part %s: %v", id, shape(doc))
		}
	}
	if c := doc.Clause("PART IV/1.2"); c == nil || !strings.Contains(c.Text, "retire") {
		t.Errorf("1.2 is not under part IV: %v", shape(doc))
	}
}

// A fixed-width table whose columns are divided by pipes and whose rows
// by rules: each row's wrapped lines are one row of cells, and a topic
// line over a row stays a line of its own. Rows a line each under one
// closing rule are rows as they stand.
func TestRuledRowsJoined(t *testing.T) {
	rule := strings.Repeat("-", 60)
	text := "B. POSITIONS\n\nCustomer position      | AWS position       | Agreed\n" + rule + "\n" +
		"1. PT CANCELLATION\n" +
		"Cancel on 30 days'     | Non-cancellable.   | Customer may cancel\n" +
		"notice.                |                    | on 60 days' notice.\n" + rule + "\n" +
		"2. IMPORT\n" +
		"No fee.                | A fee of USD 5,000 | No per-import fee.\n" +
		"                       | per model.         |\n" + rule + "\n"
	doc := extractString(t, "p.txt", text)
	c := doc.Clause("1")
	if c == nil {
		t.Fatalf("no topic 1: %v", shape(doc))
	}
	if want := "Cancel on 30 days' notice.\tNon-cancellable.\tCustomer may cancel on 60 days' notice."; c.Text != want {
		t.Errorf("row 1 = %q, want %q", c.Text, want)
	}
	if c := doc.Clause("2"); c == nil || !strings.Contains(c.Text, "A fee of USD 5,000 per model.\tNo per-import fee.") {
		t.Errorf("row 2 not joined: %v", shape(doc))
	}
	// one closing rule under rows of a line each: four rows, not one
	single := " # | Field     | Value\n---+-----------+--------\n 1 | Term      | 36 months\n 2 | Currency  | CAD\n 3 | Law       | Ontario\n" + rule + "\n"
	if got := joinRuledRows(single); got != single {
		t.Errorf("rows a line each were joined:\n%s", got)
	}
}

// Lettered paragraphs under a roman-numbered section are cited with it
// ("IV(b)", "IV(b)(ii)"), as an amendment names them.
func TestLettersUnderRomanSections(t *testing.T) {
	doc := extractString(t, "r.md", "# Addendum\n\n## IV. Token Counting\n\n(a) Tokens are counted.\n\n(b) For paragraph (a):\n\n- (i) system prompts are included;\n- (ii) tool definitions are included.\n\n## V. Lifecycle\n\n(a) AWS gives notice.\n\n## X. Exceptions\n\n(a) Paragraph (ii) of Section IV(b) is deleted.\n")
	for _, id := range []string{"IV(a)", "IV(b)", "IV(b)(ii)", "V(a)", "X(a)"} {
		if doc.Clause(id) == nil {
			t.Errorf("no clause %s: %v", id, shape(doc))
		}
	}
}

// A table named by its label is a reference: present where a heading or
// a caption names it ("TABLE S-1 - DISCOUNTS", "Tabella 1 — … / Table 1 —
// …"), missing otherwise; a caption is no reference of its own.
func TestTableReferences(t *testing.T) {
	doc := extractString(t, "t.txt", "9. SLA\n9.1 AWS will make PT available 99.9% of each month.\n9.2 Credits are calculated as set out in Table S-5 of Schedule 1.\n9.3 Discounts are in Table S-1 and Table 2.\n\n"+
		"SCHEDULE 1 - PRICING\n\nTABLE S-1 - DISCOUNTS\n\nClaude   Nova   Llama\n18%      20%    22%\n\nPT credits\nTable 2 – PT credit tiers\nTier 1: 35%.\n")
	missing := map[string]bool{}
	for _, id := range []string{"9.2", "9.3"} {
		for _, r := range doc.Clause(id).Refs {
			missing[r.Target] = r.Missing
		}
	}
	if m, ok := missing["Table S-5"]; !ok || !m {
		t.Errorf("refs %v: Table S-5 is referred to and missing", missing)
	}
	if m, ok := missing["Table S-1"]; !ok || m {
		t.Errorf("refs %v: Table S-1 is a heading of the draft", missing)
	}
	if m, ok := missing["Table 2"]; !ok || m {
		t.Errorf("refs %v: Table 2 is captioned in the draft", missing)
	}
	for _, c := range doc.Clauses {
		for _, r := range c.Refs {
			if r.Target == "Table 2" && c.ID != "9.3" {
				t.Errorf("the caption in %s is read as a reference", c.ID)
			}
		}
	}
}

// A numbered paragraph whose first line holds a run-in heading and the
// start of its text ("B3. Provisioned Throughput Availability. AWS commits
// to a Monthly Uptime") is headed by the heading alone; its text runs on.
func TestRunInHeadingOnAWrappedLine(t *testing.T) {
	doc := extractString(t, "b.txt", "APPROVAL RECORD\n\nPART B - AGREED CLAUSES\n\nB1. Scope. This part applies to Bedrock.\n\nB2. Credits. Customer may buy credits.\n\nB3. Provisioned Throughput Availability. AWS commits to a Monthly Uptime\n    Percentage of 99.9% for each Provisioned Throughput commitment.\n")
	c := doc.Clause("PART B/B3")
	if c == nil || c.Heading != "Provisioned Throughput Availability" || !strings.HasPrefix(c.Text, "AWS commits to a Monthly Uptime Percentage of 99.9%") {
		t.Errorf("B3 = %+v (%v)", c, shape(doc))
	}
}

// A clause of another document named with a year ("Section 10.1 of the
// 2025 Addendum") is a reference into that document, not into this one.
func TestReferenceIntoDocumentNamedWithYear(t *testing.T) {
	doc := extractString(t, "r.txt", "2026 RENEWAL ADDENDUM\n\n1. CHANGES\n\n1.1 Section 10.1 of the 2025 Addendum is deleted.\n")
	refs := doc.Clause("1.1").Refs
	if len(refs) != 1 || refs[0].In != "Addendum" {
		t.Errorf("refs %+v: section 10.1 of the 2025 Addendum", refs)
	}
}

// A table drawn in a box whose rows wrap between "+---+" borders: each
// row's lines are one row; rows a line each, every cell filled, are rows
// as they stand even where one border closes several of them.
func TestBoxedRowsJoined(t *testing.T) {
	border := "+------------+------------------+------------------+"
	text := border + "\n| CLAUSE     | BEFORE           | AFTER            |\n" + strings.Replace(border, "-", "=", -1) + "\n" +
		"| 5.3 PT     | Customer may     | Customer may     |\n| cancel     | cancel on 90     | cancel on 60     |\n|            | days' notice.    | days' notice.    |\n" + border + "\n" +
		"| 9.1 SLA    | 99.5%.           | Deleted.         |\n" + border + "\n"
	got := joinRuledRows(text)
	if !strings.Contains(got, "| 5.3 PT cancel | Customer may cancel on 90 days' notice. | Customer may cancel on 60 days' notice. |") {
		t.Errorf("wrapped row not joined:\n%s", got)
	}
	flat := border + "\n| Model family | Commitment (AUD) | Notes            |\n" + border + "\n" +
		"| Claude       | 6,000,000        | fixed            |\n| Llama        | 2,000,000        | fixed            |\n" + border + "\n" +
		"| Total        | 8,000,000        | -                |\n" + border + "\n"
	if got := joinRuledRows(flat); got != flat {
		t.Errorf("rows a line each were joined:\n%s", got)
	}
}

// A fixed-width table whose header wraps over two lines above the rule:
// the header's lines are one header row, and each row's wrapped lines one
// row, cell by cell.
func TestRuledRowsUnderWrappedHeader(t *testing.T) {
	rule := strings.Repeat("-", 72)
	text := "A. Original   | B. Original position   | C. Position for the\n" +
		"   clause     |    (reference only)    |    Extended Term\n" + rule + "\n" +
		"2.3 Discount  | 16% below published    | 21% below the on-demand\n" +
		"              | on-demand rates        | rates at the time of use.\n" + rule + "\n" +
		"6.2 PT        | Non-cancellable.       | Customer may cancel on\n" +
		"cancellation  |                        | 60 days' notice.\n" + rule + "\n"
	got := joinRuledRows(text)
	for _, want := range []string{
		"| A. Original clause | B. Original position (reference only) | C. Position for the Extended Term |",
		"| 2.3 Discount | 16% below published on-demand rates | 21% below the on-demand rates at the time of use. |",
		"| 6.2 PT cancellation | Non-cancellable. | Customer may cancel on 60 days' notice. |",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("no %q in:\n%s", want, got)
		}
	}
}

// A purchase order's terms numbered after their abbreviation ("T&C 2.
// Support Portal. …") are clauses of their own.
func TestTermsAndConditionsLabels(t *testing.T) {
	doc := extractString(t, "po.txt", "PURCHASE ORDER\n\nTERMS AND CONDITIONS\n\nT&C 1. Definitions. In this PO the Agency is the buyer.\n\nT&C 2. Support Portal. The support portal shall be available 99.5% of each month.\n")
	c := doc.Clause("T&C 2")
	if c == nil || c.Heading != "Support Portal" || !strings.HasPrefix(c.Text, "The support portal") {
		t.Errorf("T&C 2 = %+v (%v)", c, shape(doc))
	}
}

// "Clause 5.1 The Supplier must …" is clause 5.1 of Part 5; "Clause 5.2
// does not restrict …", a sentence about the clause, is no label.
func TestClauseWordLabels(t *testing.T) {
	doc := extractString(t, "nz.txt", "PART 5 - MODEL LIFECYCLE\n\nClause 5.1 The Supplier must give the Agency twelve (12) months' notice of a Retirement.\n\nClause 5.2 The Supplier must credit the Agency's account.\n\nClause 5.1 does not restrict where personnel are located.\n")
	if c := doc.Clause("PART 5/5.1"); c == nil || !strings.HasPrefix(c.Text, "The Supplier must give") {
		t.Errorf("5.1 = %+v (%v)", c, shape(doc))
	}
	if c := doc.Clause("PART 5/5.2"); c == nil || !strings.HasPrefix(c.Text, "The Supplier must credit") || !strings.Contains(c.Text, "Clause 5.1 does not restrict") {
		t.Errorf("5.2 = %+v (%v)", c, shape(doc))
	}
}

// A drawn table's header of two lines ("| 구간 | … | Discount |" over
// "| Tier |  |  |") is one header row.
func TestDrawnTableTwoLineHeader(t *testing.T) {
	doc := extractString(t, "h.txt", `5.3 PT pre-purchase credits at the tiers below:

    +--------+-----------------------------+-------------------+
    | 구간    | Amount per purchase         | 할인율 / Discount  |
    | Tier   |                             |                   |
    +--------+-----------------------------+-------------------+
    | 1      | USD 250,000 ~ 1,000,000     | 36%               |
    | 2      | USD 1,000,001 ~ 3,000,000   | 42%               |
    +--------+-----------------------------+-------------------+
`)
	if got, want := doc.Clause("5.3").Text, "PT pre-purchase credits at the tiers below:\n구간 Tier\tAmount per purchase\t할인율 / Discount\n1\tUSD 250,000 ~ 1,000,000\t36%\n2\tUSD 1,000,001 ~ 3,000,000\t42%"; got != want {
		t.Errorf("text %q, want %q", got, want)
	}
}

// An e-mail's header lines are a paragraph of their own: the message's
// first words do not join the subject line, nor a reply's quoted lines the
// text they answer.
func TestMailHeaderAndQuoteParagraphs(t *testing.T) {
	doc := extractString(t, "m.txt", "PART 3 - CONFIRMATION\nFrom: Marcus Reyes <m@example.com>\nTo: Kari Lunde\nSubject: RE: RECAP FOR CONFIRMATION\nKari, confirmed on behalf of AWS: your recap is binding.\nTOKEN COUNTING\n[Intentionally Omitted]\n> Coorong 29/5: WE PROPOSED that system prompts are excluded.\nOUR POSITION: no change.\n")
	text := ""
	for _, c := range doc.Clauses {
		text += c.Text + "\n"
	}
	for _, want := range []string{"FOR CONFIRMATION\nKari,", "To: Kari Lunde Subject:", "[Intentionally Omitted]\n> Coorong", "excluded.\nOUR POSITION"} {
		if !strings.Contains(text, want) {
			t.Errorf("text lacks %q:\n%s", want, text)
		}
	}
}

// A draft quoted in a Markdown reply ("> 4.01 …") keeps its clauses: the
// quote markers are not the text, and a ">" line alone is a blank line.
func TestMarkdownQuotedDraftKeepsClauses(t *testing.T) {
	doc := extractString(t, "q.md", "Agreed, see below.\n\n> **ARTICLE 4 – MODEL LIFECYCLE**\n>\n> 4.01 AWS will give nine months' notice.\n>\n> 4.02 AWS will grant a migration credit.\n>\n> > GENEVIÈVE: 4.02 IS IMPORTANT.\n>\n> **ARTICLE 7 – PT CANCELLATION**\n>\n> 7.01 Laurentian may cancel a PT commitment on 45 days' notice.\n")
	for _, id := range []string{"4.01", "4.02", "7.01"} {
		c := doc.Clause(id)
		if c == nil {
			t.Errorf("no clause %s in %v", id, doc.Clauses)
			continue
		}
		if strings.Contains(c.Text, ">") || strings.Contains(c.Text, "ARTICLE") {
			t.Errorf("clause %s runs on: %q", id, c.Text)
		}
	}
}

// "6(c) Cancellation. …" numbers a clause as it is cited: clause 6(c),
// whose items (i) and (ii) are its own.
func TestNumberWithItemLabels(t *testing.T) {
	doc := extractString(t, "n.txt", "6(a) Corallin may purchase PT Commitments.\n\n6(b) **Service level.** PT is provided on a best-efforts basis.\n\n6(c) **Cancellation.** Corallin may cancel a PT Commitment on one calendar month's written notice if:\n\n  (i) the Foundation Model is retired; or\n\n  (ii) Corallin moves the workload to another Foundation Model.\n\n7(a) **No training.** AWS will not use Customer Content to train any model.\n")
	for id, parent := range map[string]string{"6(a)": "", "6(b)": "", "6(c)": "", "6(c)(i)": "6(c)", "6(c)(ii)": "6(c)", "7(a)": ""} {
		c := doc.Clause(id)
		if c == nil {
			t.Errorf("no clause %s", id)
			continue
		}
		if c.ParentID != parent {
			t.Errorf("clause %s: parent %q, want %q", id, c.ParentID, parent)
		}
	}
}

// A roman division heading in capitals ("I. COVER MEMO") holds the
// numbered sections after it, until the next ("II. THE DRAFT").
func TestRomanDivisionHoldsSections(t *testing.T) {
	doc := extractString(t, "r.txt", "REVIEW OF THE DRAFT\n\nI. COVER MEMO\n\n1. What this is. Below is the draft.\n\n2. Bottom line. It is weak.\n\nII. THE DRAFT, WITH NOTES\n\n1. Definitions. Terms have the meanings in the EDP.\n")
	var got []string
	for _, c := range doc.Clauses {
		got = append(got, c.ID+"<"+c.ParentID)
	}
	if want := "I<,1<I,2<I,II<,1#2<II"; !strings.HasSuffix(strings.Join(got, ","), want) {
		t.Errorf("clauses %v, want them to end %s", got, want)
	}
}

// Where each article numbers its paragraphs from 1 again, a paragraph is
// cited with its article's number, and a reference to "Article 6.1"
// finds it.
func TestArticleParagraphCites(t *testing.T) {
	doc := extractString(t, "a.txt", "ARTICLE 5 (PRICING)\n1. The discount is 18%.\n2. Schedule 1 prevails on periods.\nARTICLE 6 (CANCELLATION)\n1. Party B may cancel on sixty (60) days' notice if:\n(1) the model is deprecated; or\n(2) Party B moves the workload.\nSCHEDULE 1\nPart D. The notice period under Article 6.1 is 60 Working Days.\n")
	if got := clauseIDs(doc); !strings.Contains(got, "5.1,5.2,ARTICLE 6,6.1,6.1(1),6.1(2)") {
		t.Errorf("ids %s", got)
	}
	for _, c := range doc.Clauses {
		for _, r := range c.Refs {
			if strings.Contains(r.Text, "6.1") && r.Missing {
				t.Errorf("the reference %q finds nothing", r.Text)
			}
		}
	}
}

// Statute style numbers its sections through the Parts: "4 Token
// counting" under "PART 3 — METERING" follows section 3 of Part 2.
func TestSectionsNumberedThroughParts(t *testing.T) {
	doc := extractString(t, "s.txt", "PART 1 — PRELIMINARY\n\n1 Name\n\n   This is the Addendum.\n\n2 Commencement\n\n   It commences on 1 March 2026.\n\nPART 2 — COMMERCIAL\n\n3 Discount\n\n   (1) The discount is 18%.\n\nPART 3 — METERING\n\n4 Token counting\n\n   (1) A Token is the unit of text.\n\n   (2) Billable input Tokens include the system prompt.\n")
	if got := clauseIDs(doc); !strings.Contains(got, "PART 2/3,PART 2/3(1),PART 3,PART 3/4,PART 3/4(1),PART 3/4(2)") {
		t.Errorf("ids %s", got)
	}
}

// clauseIDs lists a document's clause IDs, joined by commas.
func clauseIDs(doc *document.Document) string {
	ids := make([]string, 0, len(doc.Clauses))
	for _, c := range doc.Clauses {
		ids = append(ids, c.ID)
	}
	return strings.Join(ids, ",")
}

// A list of the annexes under the parties ("Anlage 1   Bedrock Rate Card"
// on consecutive lines, each annex following later in full) is a list, not
// the start of the annexes: the sections after it stay top-level.
func TestAnnexListIsNoPart(t *testing.T) {
	text := "AMAZON BEDROCK ADDENDUM\n\nbetween AWS and Vossberg\n\nAnnexes (Anlagen):\n   Anlage 1   Bedrock Rate Card\n   Anlage 2   Benchmark Quotation\n   Anlage 3   Conditions Precedent Checklist\n\n-----\n\nPREAMBLE\n\nVossberg uses Amazon Bedrock.\n\n§ 1  DEFINITIONS\n\n(1) Terms have the meaning given in the EDP.\n\n§ 2  TERM\n\n(1) The Bedrock Term is 24 months.\n\nANLAGE 1 - BEDROCK RATE CARD\n\nPrices in EUR.\n\nANLAGE 2 - BENCHMARK QUOTATION\n\nQuotation from Microsoft.\n\nANLAGE 3 - CONDITIONS PRECEDENT CHECKLIST\n\n(a) Works council consent.\n"
	doc := extractString(t, "a.txt", text)
	for _, c := range doc.Clauses {
		if strings.HasPrefix(c.ID, "Anlage") || strings.HasPrefix(c.ParentID, "Anlage") {
			t.Errorf("a listed annex is read as a part: %s (parent %q)", c.ID, c.ParentID)
		}
	}
	if c := doc.Clause("2(1)"); c == nil || c.ParentID != "2" {
		t.Errorf("§ 2(1) is not under § 2: %v", shape(doc))
	}
	if c := doc.Clause("ANLAGE 3"); c == nil || c.Kind != document.KindPart {
		t.Errorf("the annex itself is no part: %v", shape(doc))
	}
	// one annex of the list is provided separately: it never begins here,
	// and the list is a list all the same
	text = "1.2  The Annexes to this Addendum are:\n     Annex 1  Regulatory Compliance Annex\n     Annex 2  PT Pre-Purchase Tiers\n     Annex 3  Contacts and Escalation\n     Annex 4  Private Pricing Addendum (provided separately)\n\n1.3  This Addendum prevails over the EDP.\n\n2.   TERM\n\n2.1  The term is 24 months.\n\nANNEX 1 - REGULATORY COMPLIANCE ANNEX\n\nText.\n\nANNEX 2 - PT PRE-PURCHASE TIERS\n\nTiers.\n\nANNEX 3 - CONTACTS AND ESCALATION\n\nContacts.\n"
	doc = extractString(t, "b.txt", text)
	for _, c := range doc.Clauses {
		if strings.HasPrefix(strings.ToUpper(c.ID), "ANNEX 4") || strings.HasPrefix(strings.ToUpper(c.ParentID), "ANNEX") {
			t.Errorf("a listed annex is read as a part: %s (parent %q) in %v", c.ID, c.ParentID, shape(doc))
		}
	}
	// a Markdown list of the annexes, each beginning later under a heading
	text = "### Article 3 — Contractual documents\n\n3.1 The contractual documents are:\n\n(a) the present Avenant;\n(b) its annexes, namely:\n   - Annex 1: Price grid;\n   - Annex 2: Authorised Regions;\n   - Annex 3: Service credits;\n(c) the EDP Contract.\n\n3.2 The document of higher rank prevails.\n\n### ANNEX 1 — PRICE GRID\n\nPrices.\n\n### ANNEX 2 — AUTHORISED REGIONS\n\nRegions.\n\n### ANNEX 3 — SERVICE CREDITS\n\nCredits.\n"
	doc = extractString(t, "c.md", text)
	if c := doc.Clause("3.2"); c == nil || c.ParentID != "ARTICLE 3" {
		t.Errorf("3.2 is not under Article 3: %v", shape(doc))
	}
	if c := doc.Clause("ANNEX 3"); c == nil || c.Kind != document.KindPart {
		t.Errorf("the annex itself is no part: %v", shape(doc))
	}
	// a contents list whose last entry runs into the first part's own
	// heading: the heading is not listed
	text = "CONTENTS\n  Part A   Record of Negotiation\n  Part B   Letter Agreement\n\n####\nPART A - RECORD OF NEGOTIATION\n####\n\nRound 1.\n\nPART B - LETTER AGREEMENT\n\n1.1 Terms.\n"
	doc = extractString(t, "d.txt", text)
	if c := doc.Clause("PART A"); c == nil || c.Kind != document.KindPart {
		t.Errorf("PART A is no part: %v", shape(doc))
	}
}

// "WHEREAS:" as a heading opens the recitals, and "NOW THEREFORE IT IS
// AGREED:" closes them: the numbered clauses after it are operative, not
// items of the last recital.
func TestNowThereforeEndsRecitals(t *testing.T) {
	text := "AMENDMENT AGREEMENT No. 1\n\nThis Amendment Agreement is made between Kaveri and AWS India.\n\nWHEREAS:\n\n(A)  Kaveri has requested a larger discount.\n\n(B)  The Parties wish to amend the Addendum as set out herein.\n\nNOW THEREFORE IT IS AGREED:\n\n1.   Clause 7.4 of the Addendum shall stand deleted.\n\n2.   In Annexure II of the Addendum, the discount for Tier B shall be increased from 41% to 43%.\n"
	doc := extractString(t, "a.txt", text)
	for _, id := range []string{"1", "2"} {
		c := doc.Clause(id)
		if c == nil {
			t.Fatalf("no clause %s: %v", id, shape(doc))
		}
		for p := doc.Clause(c.ParentID); p != nil; p = doc.Clause(p.ParentID) {
			if p.Kind == document.KindRecital || strings.HasPrefix(strings.ToUpper(p.Heading), "WHEREAS") || p.Number == "(B)" {
				t.Errorf("clause %s is under the recitals (%s): %v", id, p.ID, shape(doc))
			}
			if p.ParentID == "" {
				break
			}
		}
	}
	if c := doc.Clause("(A)"); c == nil {
		t.Errorf("no recital (A): %v", shape(doc))
	}
}

// Text drawn in one-column boxes is read without its frame: a heading box
// whose bottom edge is the top edge of the box under it, and the clauses in
// that box; a box whose lines divide cells stays a table. A part whose
// heading names a schedule ("PART C - CALL-OFF SCHEDULE 2: …") is what a
// reference to "Schedule 2" finds.
func TestBoxedText(t *testing.T) {
	doc := extractString(t, "b.txt", "ORDER FORM\n\n"+
		"+---------------------------------------------+\n"+
		"| PART B - CONTRACT TERMS                     |\n"+
		"+---------------------------------------------+\n"+
		"| B1 Order of precedence. The Special Terms   |\n"+
		"| prevail over Call-Off Schedule 2.           |\n"+
		"|                                             |\n"+
		"| B2 Notwithstanding paragraph 6.2 of         |\n"+
		"| Call-Off Schedule 2, data may go anywhere.  |\n"+
		"+---------------------------------------------+\n\n"+
		"+------------------+--------------------------+\n"+
		"| Item             | Price                    |\n"+
		"+------------------+--------------------------+\n"+
		"| Guardrails       | USD 0.15                 |\n"+
		"+------------------+--------------------------+\n\n"+
		"+---------------------------------------------+\n"+
		"| PART C - CALL-OFF SCHEDULE 2: SERVICE TERMS |\n"+
		"+---------------------------------------------+\n\n"+
		"6. Data\n\n6.2 Data stays in London.\n")
	var b2 *document.Clause
	for i := range doc.Clauses {
		if doc.Clauses[i].Number == "B2" {
			b2 = &doc.Clauses[i]
		}
	}
	if b2 == nil {
		t.Fatalf("no clause B2 read out of the box: %v", clauseIDs(doc))
	}
	if strings.Contains(b2.Text, "|") || !strings.Contains(b2.Text, "data may go anywhere") {
		t.Errorf("B2 text %q: want the words without the frame", b2.Text)
	}
	for _, r := range ReadRefs(doc, b2.Text) {
		if strings.Contains(r.Text, "Schedule 2") && r.Missing {
			t.Errorf("reference %q not found, though PART C's heading names it", r.Text)
		}
	}
	table := false
	for _, c := range doc.Clauses {
		table = table || strings.Contains(c.Text, "Guardrails\tUSD 0.15")
	}
	if !table {
		t.Errorf("the ruled table lost its cells: %v", clauseIDs(doc))
	}
}

// A Markdown redline with numbered changes whose note rejects some: a
// rejected change reads as never proposed (its struck words stay, its
// bold insertion goes); an accepted one as made.
func TestRejectedNumberedChanges(t *testing.T) {
	const legend = "# Order Form\n\n*Deleted text is shown ~~struck through~~; inserted text is shown in **bold**. Each change carries a number in square brackets.*\n\n" +
		"> All changes [1] to [3] are accepted except changes [2] and [3], which were rejected.\n\n"
	doc := extractString(t, "r.md", legend+
		"## 2. Pricing\n\n2.2 Usage is charged at the published rates less ~~twenty-two per cent (22%)~~ **twenty-eight per cent (28%)** [1].\n\n"+
		"## 6. Data\n\n6.2 ~~Customer Content will be stored only in the Regions Customer selects.~~ **AWS staff are based in the UK** [2]. **Customer Content will be processed only in London** [3].\n")
	text := map[string]string{}
	for _, c := range doc.Clauses {
		text[c.ID] = c.Text
	}
	if got := text["2.2"]; strings.Contains(got, "22%") || !strings.Contains(got, "28%") {
		t.Errorf("accepted change [1]: %q", got)
	}
	if got := text["6.2"]; !strings.Contains(got, "stored only in the Regions Customer selects") || strings.Contains(got, "London") || strings.Contains(got, "UK") {
		t.Errorf("rejected changes [2] and [3]: %q", got)
	}
}

// TestInlineSiblingItems: a numbered paragraph "(a)" whose text goes on
// "; and (b) …" holds the next item of its list, written inline.
func TestInlineSiblingItems(t *testing.T) {
	in := &input{blocks: []block{
		{text: "AWS may use Customer Data:", label: "7.1"},
		{text: "to detect abuse; and (b) to evaluate the Service, subject to clause 7.2(b)(ii).", label: "(a)"},
		{text: "Any use under clause 7.1 shall be limited to:", label: "7.2"},
		{text: "automated processing; and (ii) review by personnel; or (iii) audit.", label: "(i)"},
		{text: "Customer may claim a credit:", label: "7.3"},
		{text: "as set out in paragraph (b) below.", label: "(a)"},
	}}
	doc := build(in)
	var got []string
	for _, c := range doc.Clauses {
		got = append(got, c.ID+"="+c.Text)
	}
	want := []string{
		"7.1=AWS may use Customer Data:",
		"7.1(a)=to detect abuse; and",
		"7.1(b)=to evaluate the Service, subject to clause 7.2(b)(ii).",
		"7.2=Any use under clause 7.1 shall be limited to:",
		"7.2(i)=automated processing; and",
		"7.2(ii)=review by personnel; or",
		"7.2(iii)=audit.",
		"7.3=Customer may claim a credit:",
		"7.3(a)=as set out in paragraph (b) below.",
	}
	if !slices.Equal(got, want) {
		t.Errorf("clauses\n%q\nwant\n%q", got, want)
	}
}

// TestInlineSiblingOnALine: in a plain-text or PDF line, "(a) …; and (b)
// …" holds two items of the list.
func TestInlineSiblingOnALine(t *testing.T) {
	in := &input{lineMode: true, blocks: []block{
		{text: "7.1 AWS may use Customer Data:"},
		{text: "(a) to detect abuse; and (b) to evaluate the Service."},
	}}
	doc := build(in)
	var got []string
	for _, c := range doc.Clauses {
		got = append(got, c.ID+"="+c.Text)
	}
	want := []string{"7.1=AWS may use Customer Data:", "7.1(a)=to detect abuse; and", "7.1(b)=to evaluate the Service."}
	if !slices.Equal(got, want) {
		t.Errorf("clauses\n%q\nwant\n%q", got, want)
	}
}

// A plain rule under a header of three pipe-divided cells or more makes a
// table: its rows stay rows, even those that open with a number ("1b.").
func TestPipeTableUnderPlainRule(t *testing.T) {
	doc := extractString(t, "i.txt", `A. Only rows with Status "Agreed" are binding.

--------------------------------------------------------------
Issue | Customer ask | AWS response | Status
--------------------------------------------------------------
1a. Commitment | USD 6M at 30% | USD 6M at 15% | Superseded
1b. Commitment | Meet at 26% | USD 6M at 24% | Agreed
2. Flexibility | One pool | Not offered | Rejected
--------------------------------------------------------------
`)
	want := "Only rows with Status \"Agreed\" are binding.\nIssue\tCustomer ask\tAWS response\tStatus\n1a. Commitment\tUSD 6M at 30%\tUSD 6M at 15%\tSuperseded\n1b. Commitment\tMeet at 26%\tUSD 6M at 24%\tAgreed\n2. Flexibility\tOne pool\tNot offered\tRejected"
	if len(doc.Clauses) != 1 || doc.Clauses[0].Text != want {
		t.Errorf("clauses %v, want one clause with the table:\n%q", shape(doc), want)
		for _, c := range doc.Clauses {
			t.Logf("%s: %q", c.ID, c.Text)
		}
	}
}

// An inserted clause numbered 14A keeps its sub-clauses numbered 14A.1,
// 14A.2 …, and a reference to "clause 14A.6(a)" finds them.
func TestInsertedClauseNumbers(t *testing.T) {
	doc := extractString(t, "i.md", "### Part B — New clause 14A\n\n**14A Amazon Bedrock**\n\n**14A.1 Commitment.** The Customer commits to spend USD 3,000,000.\n\n**14A.6 Customer data.**\n\n(a) AWS will not use Prompts to train any model.\n\n(b) Notwithstanding clause 14A.6(a), AWS may use Prompts to improve the service.\n")
	for _, id := range []string{"PART B/14A.1", "PART B/14A.6", "PART B/14A.6(a)", "PART B/14A.6(b)"} {
		if doc.Clause(id) == nil {
			t.Errorf("no clause %s in %v", id, shape(doc))
		}
	}
	if c := doc.Clause("Part B/14A.6(b)"); c != nil {
		refs := ReadRefs(doc, c.Text)
		if len(refs) != 1 || refs[0].Target != "14A.6(a)" || refs[0].Missing {
			t.Errorf("refs %+v: want 14A.6(a), found", refs)
		}
	}
}

func TestLowerCaseRecitalsAreRecitals(t *testing.T) {
	doc := extractString(t, "l.txt", "BACKGROUND\n\nThe following paragraphs are provided for background only.\n\n(a) Under Section 2 of the Addendum, Customer committed to USD 6,000,000.\n\n(b) Customer has stopped purchasing Provisioned Throughput.\n\nAMENDMENTS\n\n1. Section 4 of the Addendum is deleted.\n")
	for _, id := range []string{"(a)", "(b)"} {
		if c := doc.Clause(id); c == nil || c.Kind != document.KindRecital {
			t.Errorf("%s is not a recital: %+v", id, c)
		}
	}
}

// The quoted messages of an e-mail thread are read without their quote
// marks: "> 1. Commitment. …" is clause 1.
func TestQuotedMailIsRead(t *testing.T) {
	doc := extractString(t, "m.txt", `From: Hamish <h@example.com>
Subject: RE: term sheet

Thank you, comfortable in principle.

> From: Yasmin <y@amazon.com>
> Subject: term sheet
>
> TERM SHEET
>
> 1. Commitment. Customer would commit to GBP 1.6m of Bedrock spend.
>
> 2. Pricing. Bedrock usage would be discounted by 25%.
`)
	for _, id := range []string{"1", "2"} {
		if c := doc.Clause(id); c == nil || strings.HasPrefix(c.Text, ">") {
			t.Errorf("no clause %s read from the quoted message: %v", id, shape(doc))
		}
	}
}

// TestTextBulletsAreLines: in plain text, each "- " item of a bulleted
// list is a line of its own; its wrapped lines join it.
func TestTextBulletsAreLines(t *testing.T) {
	doc := extractString(t, "b.txt", `6. PROVISIONED THROUGHPUT

   - Terms available: no commitment, one month or six months.
   - Service level: Provisioned Throughput is provided on a best-efforts
     basis and is excluded from the Service Level Agreement.
   - For clarity, the Service Level Agreement (99.9% monthly uptime)
     continues to apply to on-demand inference.

7. DATA
`)
	want := "- Terms available: no commitment, one month or six months.\n" +
		"- Service level: Provisioned Throughput is provided on a best-efforts basis and is excluded from the Service Level Agreement.\n" +
		"- For clarity, the Service Level Agreement (99.9% monthly uptime) continues to apply to on-demand inference."
	for _, c := range doc.Clauses {
		if c.ID == "6" && c.Text != want {
			t.Errorf("clause 6:\n%s\nwant:\n%s", c.Text, want)
		}
	}
}

// wordExpr is what eachWord reads.
var wordExpr = regexp.MustCompile(`[\p{L}][\p{L}'’-]*[\p{L}]|[\p{L}]`)

// wordsBoth are the words eachWord reads in s, and those wordExpr finds.
func wordsBoth(s string) (got, want []string) {
	eachWord(s, func(w string) { got = append(got, w) })
	return got, wordExpr.FindAllString(s, -1)
}

func TestEachWordAsExpression(t *testing.T) {
	for _, s := range []string{
		"", "a", "don't", "co-term -x- 'quoted' it’s", "Geschäftstage über 30 Tage", "a--b' -'c d-",
		"x\xffy", "日本語 テキスト", "end-", "'", "ab12cd", "§ 3(a)-(b)",
	} {
		if got, want := wordsBoth(s); !slices.Equal(got, want) {
			t.Errorf("%q: words %q, the expression finds %q", s, got, want)
		}
	}
	if got, _ := wordsBoth("co-term don't"); !slices.Equal(got, []string{"co-term", "don't"}) {
		t.Errorf("words %q", got)
	}
}

func FuzzEachWord(f *testing.F) {
	f.Add("don't co-term -x- it’s")
	f.Add("x\xffy über")
	f.Fuzz(func(t *testing.T, s string) {
		fuzzdeadline.Run(t, func() {
			if got, want := wordsBoth(s); !slices.Equal(got, want) {
				t.Fatalf("%q: words %q, the expression finds %q", s, got, want)
			}
		})
	})
}

// TestNoGapNoCells: a line tableCells passes over without looking for
// gaps (no tab, no other blank but single spaces) has none to find.
func TestNoGapNoCells(t *testing.T) {
	lines := []string{"a b c", "a\u00a0\u00a0b", "x \v y", "1.1 The fee is USD 5."}
	files, _ := filepath.Glob("../fixtures/drafts/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(string(b), "\n")...)
	}
	checked := 0
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if !strings.ContainsAny(l, "\t\n\f\r") && !strings.Contains(l, "  ") {
			checked++
			if m := cellGapExpr.FindAllStringIndex(l, -1); m != nil {
				t.Errorf("%q: a gap at %v", l, m)
			}
		}
	}
	if checked < 100 {
		t.Fatalf("only %d lines checked", checked)
	}
}

// TestContentsNotClauses: the entries of a table of contents name clauses
// with dot leaders and a page number; they are lines of text, and the
// clauses they name are the ones in the body, once each.
func TestContentsNotClauses(t *testing.T) {
	for _, name := range []string{"t.txt", "t.md"} {
		doc := extractString(t, name, `AMAZON BEDROCK ADDENDUM

TABLE OF CONTENTS

Article I - Definitions ............................ 1
Article II - Commercial Terms ...................... 2
1. Fees . . . . . . . . 3

ARTICLE I
DEFINITIONS

1. Fees
AWS shall invoice monthly.
`)
		n := 0
		for _, c := range doc.Clauses {
			if c.Number == "Article II" || strings.Contains(c.Text, "Commercial Terms ....") && c.ID != "preamble" {
				t.Errorf("%s: contents entry read as clause %q: %q", name, c.ID, c.Text)
			}
			if c.Number == "1" {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%s: %d clauses numbered 1, want the body's only", name, n)
		}
	}
	for line, want := range map[string]bool{
		"Article II - Commercial Terms ........ 12": true,
		"1. Fees . . . . . . . . 3":                 true,
		"Tier 1 ...... 38%":                         false, // a rate card's leader runs to a figure, not a page
		"AWS shall pay USD 1,000.":                  false,
		"....":                                      false,
	} {
		if got := IsContentsLine(line); got != want {
			t.Errorf("IsContentsLine(%q) = %v, want %v", line, got, want)
		}
	}
}

// One draft has one set of clause IDs, whether it is read from its
// Markdown or from the text a PDF of it gives (line by line, headings in
// the capitals a heading style may print them in).
func TestSameIDsAcrossRenderings(t *testing.T) {
	tests := []struct {
		name     string
		md, text string
		want     []string
	}{
		{"a paragraph in capitals is a heading",
			"**BETWEEN:**\n\n(1) **ACME PLC** (\"Customer\"); and\n\n(2) **AWS EMEA SARL** (\"AWS\").\n\n**BACKGROUND**\n\n(A) The parties are party to an EDP.\n\n(B) The Customer wishes to use Amazon Bedrock.\n\n## 1. Commitment\n\n1.1 The Customer commits to spend USD 1,000,000.\n",
			"BETWEEN:\n\n(1) ACME PLC (\"Customer\"); and\n\n(2) AWS EMEA SARL (\"AWS\").\n\nBACKGROUND\n\n(A) The parties are party to an EDP.\n\n(B) The Customer wishes to use Amazon Bedrock.\n\n1. COMMITMENT\n\n1.1 The Customer commits to spend USD 1,000,000.\n",
			[]string{"preamble", "(1)", "(2)", "BACKGROUND", "(A)", "(B)", "1", "1.1"}},
		{"C. after B. is a letter, and its items are cited with it",
			"## A. Definitions\n\n(i) \"EDP\" means the agreement.\n\n## B. Commitment\n\n(i) Customer commits to spend USD 1,000,000.\n\n## C. Token Counting\n\n(i) Tokens are counted by the model's tokenizer.\n\n(ii) System prompts are input tokens.\n\n## D. Lifecycle\n\n(i) AWS gives 180 days' notice.\n",
			"A. Definitions\n\n     (i)   \"EDP\" means the agreement.\n\nB. Commitment\n\n     (i)   Customer commits to spend USD 1,000,000.\n\nC. Token Counting\n\n     (i)   Tokens are counted by the model's tokenizer.\n     (ii)  System prompts are input tokens.\n\nD. Lifecycle\n\n     (i)   AWS gives 180 days' notice.\n",
			[]string{"A", "A(i)", "B", "B(i)", "C", "C(i)", "C(ii)", "D", "D(i)"}},
		{"a heading's ID is in capitals",
			"## 1. Commitment\n\n1.1 Customer commits to spend USD 1,000,000.\n\n## Signatures\n\nSigned for AWS.\n",
			"1. COMMITMENT\n\n1.1 Customer commits to spend USD 1,000,000.\n\nSIGNATURES\n\nSigned for AWS.\n",
			[]string{"1", "1.1", "SIGNATURES"}},
		{"a lower-case heading under the title is its subtitle",
			"# BEDROCK ADDENDUM\n\n## to the Enterprise Discount Program Agreement\n\nThis Addendum is made between Acme and AWS.\n\n## 1. Commitment\n\n1.1 Customer commits to spend USD 1,000,000.\n",
			"BEDROCK ADDENDUM\nto the Enterprise Discount Program Agreement\n\nThis Addendum is made between Acme and AWS.\n\n1. COMMITMENT\n\n1.1 Customer commits to spend USD 1,000,000.\n",
			[]string{"preamble", "1", "1.1"}},
		{"the line under a bare part label is its title",
			"## 1. Commitment\n\n1.1 Customer commits to spend USD 1,000,000.\n\n## SCHEDULE 1 — PT PRE-PURCHASE CREDITS\n\n1. Customer may pre-purchase PT credits.\n",
			"1. COMMITMENT\n\n1.1 Customer commits to spend USD 1,000,000.\n\nSCHEDULE 1\nPT PRE-PURCHASE CREDITS\n\n1. Customer may pre-purchase PT credits.\n",
			[]string{"1", "1.1", "SCHEDULE 1", "SCHEDULE 1/1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, r := range []struct{ name, text string }{{"d.md", tt.md}, {"d.txt", tt.text}} {
				doc := extractString(t, r.name, r.text)
				var got []string
				for _, c := range doc.Clauses {
					got = append(got, c.ID)
				}
				if !slices.Equal(got, tt.want) {
					t.Errorf("%s: IDs %q, want %q\n%v", r.name, got, tt.want, shape(doc))
				}
			}
		})
	}
}

// A part's title is its heading, in capitals under its label or in
// sentence case after a dash; a recital opens its line even where the one
// before ends in "; and".
func TestPartTitlesAndRecitals(t *testing.T) {
	doc := extractString(t, "s.txt", "SCHEDULE 1\nPT PRE-PURCHASE CREDITS\n\n1. Customer may pre-purchase PT credits.\n\nAnnex 1 - Data-processing schedule\n\n1. Subject matter: processing of Customer Data.\n")
	for id, heading := range map[string]string{"SCHEDULE 1": "PT PRE-PURCHASE CREDITS", "ANNEX 1": "Data-processing schedule"} {
		if c := doc.Clause(id); c == nil || c.Heading != heading || c.Text != "" {
			t.Errorf("%s: want heading %q and no text of its own: %v", id, heading, shape(doc))
		}
	}
	if doc.Clause("ANNEX 1/1") == nil {
		t.Errorf("the annex's paragraph 1 is no clause: %v", shape(doc))
	}
	doc = extractString(t, "r.txt", "RECITALS\n\nWHEREAS, AWS and Customer are parties to the EDP Agreement; and\nWHEREAS, the Parties wish to set forth additional terms;\nNOW, THEREFORE, the Parties agree as follows:\n\n1. COMMITMENT\n\n1.1 Customer commits to spend USD 1,000,000.\n")
	var recitals []string
	for _, c := range doc.Clauses {
		if c.Kind == document.KindRecital {
			recitals = append(recitals, c.ID)
		}
	}
	if want := []string{"RECITALS", "recital-1", "recital-2", "recital-3"}; !slices.Equal(recitals, want) {
		t.Errorf("recitals %q, want %q: %v", recitals, want, shape(doc))
	}
}

// A part labelled with a short code and a number ("Annex SLA-2") is a
// part the reference names, missing where the draft lacks it; "Anhang C"
// names a part as "Appendix C" does.
func TestCodedAndGermanPartRefs(t *testing.T) {
	doc := extractString(t, "a.md", "## 12. Service levels\n\n12.1 Service credits are set out in Annex SLA-2 and in Anhang C; uptime in Annex SLA-1.\n\n## Annex SLA-1 Definitions\n\nUptime is measured monthly.\n")
	refs := ReadRefs(doc, doc.Clause("12.1").Text)
	wantRefs(t, refs, map[string]bool{"Annex SLA-2": true, "Anhang C": true, "Annex SLA-1": false})
}

// In a draft laid out in wrapped lines, a numbered line whose words run
// on in lower case on the next line is a sentence, not a heading over it,
// even when it is shorter than the longest line of the draft.
func TestWrappedSentenceIsNoHeading(t *testing.T) {
	doc := extractString(t, "a.txt", "ADDENDUM\n\nParties:    Amazon Web Services, Inc. (\"AWS\") and Kestrel Aerospace Systems, Inc. (\"Customer\"), each a party\n\n"+
		"5. PROVISIONED THROUGHPUT\n\n5.3 Except as set out in Section 5.2, Provisioned Throughput commitments\n    are non-cancellable.\n\n5.4 Fees\n\nFees are payable monthly.\n")
	c := doc.Clause("5.3")
	if c == nil || c.Heading != "" || !strings.Contains(c.Text, "commitments are non-cancellable") {
		t.Fatalf("5.3 read as %+v", c)
	}
	if h := doc.Clause("5.4"); h == nil || h.Heading != "Fees" {
		t.Errorf("5.4 read as %+v", h)
	}
}

// wantRefs fails the test unless refs are exactly the targets of want,
// each missing from the draft or not as want says.
func wantRefs(t *testing.T, refs []document.Ref, want map[string]bool) {
	t.Helper()
	if len(refs) != len(want) {
		t.Fatalf("refs %+v, want the targets of %v", refs, want)
	}
	for _, r := range refs {
		if m, ok := want[r.Target]; !ok || m != r.Missing {
			t.Errorf("ref %+v: want missing=%v", r, m)
		}
	}
}

// A numbered heading in capitals whose parenthesis the next line closes
// is one heading wrapped over two lines, as a PDF prints it; "Section 3.2
// of the Addendum is replaced with:" opens a sentence about a section, no
// clause 3.2.
func TestWrappedHeadingAndSectionSentence(t *testing.T) {
	in := &input{lineMode: true, blocks: []block{
		{text: "2. WHY ARE WE AMENDING? (BACKGROUND ONLY — THIS SECTION"},
		{text: "ISN'T A TERM)"},
		{text: "Under the Addendum we could cancel PT only on 90 days' notice.", breakBefore: true},
		{text: "3. WHAT DOES THIS AMENDMENT CHANGE?", breakBefore: true},
		{text: "3.1 HOW TOKENS ARE COUNTED", breakBefore: true},
		{text: "Section 3.2 of the Addendum is replaced with: \"Tool definitions are not billed.\"", breakBefore: true},
	}}
	doc := build(in)
	var got []string
	for _, c := range doc.Clauses {
		got = append(got, c.ID+"|"+c.Heading+"|"+c.Text)
	}
	want := []string{"2|WHY ARE WE AMENDING? (BACKGROUND ONLY — THIS SECTION ISN'T A TERM)|Under the Addendum we could cancel PT only on 90 days' notice.",
		"3|WHAT DOES THIS AMENDMENT CHANGE?|", "3.1|HOW TOKENS ARE COUNTED|Section 3.2 of the Addendum is replaced with: \"Tool definitions are not billed.\""}
	if !slices.Equal(got, want) {
		t.Errorf("clauses\n%q\nwant\n%q", got, want)
	}
}

// A policy-style schedule: "ITEM 9   CUSTOMER CONTENT" is item 9 with
// its heading in capitals, and "ENDORSEMENT No. 5 - …" is a part.
func TestItemHeadsAndEndorsements(t *testing.T) {
	doc := extractString(t, "p.txt", "COMMERCIAL SCHEDULE\n\nITEM 9   CUSTOMER CONTENT\n         (a) AWS will not use Customer Content to train any model.\n\nITEM 10  PROVISIONED THROUGHPUT - CANCELLATION\n         Customer may cancel on sixty (60) days' notice.\n\nENDORSEMENT No. 5 - SERVICE IMPROVEMENT\nNotwithstanding Item 9(a), AWS may use Customer Content to improve its models.\n")
	var got []string
	for _, c := range doc.Clauses {
		got = append(got, c.ID+"|"+c.Heading)
	}
	want := []string{"preamble|COMMERCIAL SCHEDULE", "ITEM 9|CUSTOMER CONTENT", "9(a)|", "ITEM 10|PROVISIONED THROUGHPUT - CANCELLATION", "ENDORSEMENT NO. 5|SERVICE IMPROVEMENT"}
	if !slices.Equal(got, want) {
		t.Errorf("clauses\n%q\nwant\n%q", got, want)
	}
}

// A numbered item whose words open in emphasis ("1. *Bedrock commitment:*
// …", as a chat export marks them) is an item of the list.
func TestEmphasisedItemLabels(t *testing.T) {
	doc := extractString(t, "c.txt", "Slack export\n\n[2025-03-28 16:52] Tom Becker\n  FINAL AGREED TERMS\n\n  1. *Bedrock commitment:* US$1,800,000 of Amazon Bedrock spend under the\n     EDP (addendum s. 2).\n  2. *Pool:* single commitment usable on any model family on Bedrock.\n")
	if c := doc.Clause("2"); c == nil || !strings.HasPrefix(c.Text, "*Pool:*") {
		t.Errorf("item 2 = %+v (%v)", c, shape(doc))
	}
}
