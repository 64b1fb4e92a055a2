package interpret

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/clausecheck/clausecheck/document"
	"github.com/clausecheck/clausecheck/extract"
)

// read extracts a Markdown draft and interprets it; readText a plain-text
// one.
func read(t *testing.T, md string) *Reading { t.Helper(); return readAs(t, "draft.md", md) }

func readText(t *testing.T, text string) *Reading { t.Helper(); return readAs(t, "draft.txt", text) }

// mustHold fails the test unless some statement's text holds each of the
// words: a test that looks at how a sentence is read must find it read.
func mustHold(t *testing.T, rg *Reading, words ...string) {
	t.Helper()
	for _, w := range words {
		if !slices.ContainsFunc(rg.Statements, func(st *Statement) bool { return strings.Contains(st.Text, w) }) {
			t.Errorf("no statement reads %q", w)
		}
	}
}

func readAs(t *testing.T, name, text string) *Reading {
	t.Helper()
	doc, err := extract.Bytes(name, []byte(text), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return mustReader(t).Read(doc)
}

func inForce[T any](frames []T, base func(T) Base) []T {
	var out []T
	for _, f := range frames {
		if base(f).InForce {
			out = append(out, f)
		}
	}
	return out
}

func TestAmendments(t *testing.T) {
	const body = "# Addendum\n\n## 1. Provisioned Throughput\n\n" +
		"1.1 Customer may cancel any Provisioned Throughput commitment on ninety (90) days' notice if the model is deprecated.\n\n" +
		"1.2 AWS will make Provisioned Throughput available 99.5% of each month.\n\n"
	cases := []struct {
		name, amendment string
		check           func(t *testing.T, rg *Reading, f *Frames)
	}{
		{"the target as a label, after a lead-in with its own colon", `2.1 The Parties therefore agree: § 1.1: the words "ninety (90) days'" are replaced by "sixty (60) days'".`, func(t *testing.T, rg *Reading, f *Frames) {
			c := inForce(f.PTCancellation, func(x PTCancellation) Base { return x.Base })
			if len(c) != 1 || c[0].NoticeDays != 60 || c[0].Amended != "2.1" {
				t.Errorf("cancellation after the amendment: %+v (notices %v)", c, rg.Notices)
			}
		}},
		{"a colon before a whole new wording still replaces the clause", `2.1 Section 1.1 is replaced with the following: "Customer may cancel on thirty (30) days' notice if the model is deprecated." (the words "ninety" are gone)`, func(t *testing.T, rg *Reading, f *Frames) {
			c := inForce(f.PTCancellation, func(x PTCancellation) Base { return x.Base })
			if len(c) != 1 || c[0].NoticeDays != 30 {
				t.Errorf("cancellation after the restatement: %+v (notices %v)", c, rg.Notices)
			}
		}},
		{"words replaced", `2.1 In Section 1.1, "ninety (90) days'" is replaced with "sixty (60) days'".`, func(t *testing.T, rg *Reading, f *Frames) {
			c := inForce(f.PTCancellation, func(x PTCancellation) Base { return x.Base })
			if len(c) != 1 || c[0].NoticeDays != 60 || c[0].Amended != "2.1" {
				t.Errorf("cancellation after the amendment: %+v", c)
			}
		}},
		{"the draft's own title names the amended document", `2.1 Section 1.1 of the Addendum is amended by deleting the words "ninety (90) days'" and replacing them with "sixty (60) days'".`, func(t *testing.T, rg *Reading, f *Frames) {
			c := inForce(f.PTCancellation, func(x PTCancellation) Base { return x.Base })
			if len(c) != 1 || c[0].NoticeDays != 60 {
				t.Errorf("cancellation after the amendment: %+v (notices %v)", c, rg.Notices)
			}
		}},
		{"a clause of the titled document, with its caption, replaced by a reserved marker", `2.1 Section 1.1 of the Addendum (Cancellation) is deleted in its entirety and replaced with the words "[Intentionally Omitted]".`, func(t *testing.T, rg *Reading, f *Frames) {
			if c := inForce(f.PTCancellation, func(x PTCancellation) Base { return x.Base }); len(c) != 0 {
				t.Errorf("the omitted clause still counts: %+v (notices %v)", c, rg.Notices)
			}
		}},
		{"words deleted by a gerund", `2.1 Section 1.1 is amended by deleting the words " if the model is deprecated". Section 1.2 is unchanged.`, func(t *testing.T, rg *Reading, f *Frames) {
			c := inForce(f.PTCancellation, func(x PTCancellation) Base { return x.Base })
			if len(c) != 1 || len(c[0].Triggers) != 0 || c[0].NoticeDays != 90 {
				t.Errorf("after the deletion the right has no trigger and keeps its notice: %+v (notices %v)", c, rg.Notices)
			}
		}},
		{"clause deleted", "2.1 Section 1.1 is deleted in its entirety.", func(t *testing.T, rg *Reading, f *Frames) {
			if len(f.PTCancellation) != 0 {
				t.Errorf("a deleted clause still counts: %+v", f.PTCancellation)
			}
			if len(rg.Omitted) != 1 || !strings.Contains(rg.Omitted[0].Why, "deleted") {
				t.Errorf("omitted %+v", rg.Omitted)
			}
		}},
		{"clause replaced", `2.1 Section 1.2 is amended and restated to read: "AWS will make Provisioned Throughput available 99.9% of each month and will issue service credits if it does not."`, func(t *testing.T, rg *Reading, f *Frames) {
			var levels []float64
			for _, s := range inForce(f.PTSLA, func(x PTSLA) Base { return x.Base }) {
				levels = append(levels, s.Levels...)
			}
			if !slices.Equal(levels, []float64{99.9}) {
				t.Errorf("levels %v, want the restated 99.9 only", levels)
			}
		}},
		{"a quoted replacement ending in its own full stop, then a deletion", `2.1 Section 1.2 is deleted and replaced with the following: "AWS will make Provisioned Throughput available on a commercially reasonable efforts basis." Section 1.1 is deleted accordingly.`, func(t *testing.T, rg *Reading, f *Frames) {
			if c := inForce(f.PTCancellation, func(x PTCancellation) Base { return x.Base }); len(c) != 0 {
				t.Errorf("the sentence after the quotation deletes 1.1: %+v (notices %v)", c, rg.Notices)
			}
		}},
		{"target missing", `2.1 In Section 7.4, "ninety" is replaced with "thirty".`, func(t *testing.T, rg *Reading, f *Frames) {
			if len(rg.Notices) != 1 || !strings.Contains(rg.Notices[0], "could not be applied") {
				t.Errorf("notices %v", rg.Notices)
			}
			if u := rg.UnresolvedChecks(); len(u["C3"]) == 0 || len(u["L6"]) != 0 {
				t.Errorf("the words could be those of 1.1, so its checks are unknown, and only those; got %v", u)
			}
		}},
		{"target missing, after a term of the same clause", "2.1 AWS will make Provisioned Throughput available 99.9% of each month and will issue service credits if it does not.\n\n" +
			`Amendment 3 (Notice). In Section 7.4, "ninety" is replaced with "thirty".`, func(t *testing.T, rg *Reading, f *Frames) {
			if len(rg.Notices) != 1 || !strings.Contains(rg.Notices[0], "could not be applied") {
				t.Errorf("notices %v", rg.Notices)
			}
			var levels []float64
			for _, s := range inForce(f.PTSLA, func(x PTSLA) Base { return x.Base }) {
				levels = append(levels, s.Levels...)
			}
			if !slices.Contains(levels, 99.9) {
				t.Errorf("levels %v: the instruction that ran into 2.1 takes 2.1's own term with it", levels)
			}
			if u := rg.UnresolvedChecks(); len(u["C3"]) == 0 {
				t.Errorf("the unresolved words could be those of 1.1: its checks are unknown; got %v", u)
			}
		}},
		{"target missing, and no clause holds the words", `2.1 In Section 7.4, "forty-five" is replaced with "thirty".`, func(t *testing.T, rg *Reading, f *Frames) {
			if len(rg.Notices) != 1 || !strings.Contains(rg.Notices[0], "could not be applied") {
				t.Errorf("notices %v", rg.Notices)
			}
			if u := rg.UnresolvedChecks(); len(u) != 0 {
				t.Errorf("no text of the draft changes, nothing is unknown; got %v", u)
			}
		}},
		{"target missing, the instruction names nothing", `2.1 In Section 7.4, "the" is replaced with "a".`, func(t *testing.T, rg *Reading, f *Frames) {
			if u := rg.UnresolvedChecks(); len(u) != 0 {
				t.Errorf("joining words only: %v", u)
			}
		}},
		{"a row of a table named as a section", "2.1 The service table follows.\n\n## 3. Service table\n\n| Ref | Item | Terms |\n|---|---|---|\n| 3.1 | Token counting | Tokens are counted by the model's tokenizer. Tool definitions: [TBD]. |\n\n## 4. Changes\n\n4.1 In Section 3.1, the words \"Tool definitions: [TBD].\" are replaced by \"Tool definitions: counted as input tokens.\"", func(t *testing.T, rg *Reading, f *Frames) {
			if len(rg.Notices) != 0 || len(rg.UnresolvedChecks()) != 0 {
				t.Errorf("the row labelled 3.1 is the target: notices %v", rg.Notices)
			}
			var in []string
			for _, tc := range inForce(f.TokenCounting, func(x TokenCounting) Base { return x.Base }) {
				in = append(in, tc.Quote)
			}
			if !strings.Contains(strings.Join(in, " "), "counted as input tokens") {
				t.Errorf("the new words are in force: %q", in)
			}
		}},
		{"a paragraph of an article numbered afresh", "2.1 The reserved capacity article follows.\n\n## Article 6 Reserved Capacity\n\n1. Reserved Capacity is bought for one month.\n\n2. Customer may terminate Reserved Capacity on ninety (90) Working Days' notice if the model is deprecated.\n\n## Article 7 Changes\n\n1. In Article 6(2), \"ninety (90) Working Days\" is replaced by \"sixty (60) Working Days\".", func(t *testing.T, rg *Reading, f *Frames) {
			if len(rg.Notices) != 0 || len(rg.UnresolvedChecks()) != 0 {
				t.Errorf("paragraph 2 of Article 6 is the target: notices %v", rg.Notices)
			}
		}},
		{"a clause named by its part's initials", "2.1 GC 1.1 is deleted in its entirety.", func(t *testing.T, rg *Reading, f *Frames) {
			if c := inForce(f.PTCancellation, func(x PTCancellation) Base { return x.Base }); len(c) != 0 {
				t.Errorf("GC 1.1 is 1.1, deleted: %+v (notices %v)", c, rg.Notices)
			}
		}},
		{"a price is no clause", `2.1 In Section 1.2, "99.5%" is replaced with "99.9%". The fee of USD 1.20 per hour is unchanged.`, func(t *testing.T, rg *Reading, f *Frames) {
			if len(rg.Notices) != 0 {
				t.Errorf("notices %v", rg.Notices)
			}
		}},
		{"a section deleted with its sub-clauses named", "2.1 Section 1 (Provisioned Throughput), including 1.1 to 1.2, is deleted in its entirety and replaced with: \"1. [Intentionally Omitted.]\"", func(t *testing.T, rg *Reading, f *Frames) {
			if c := inForce(f.PTCancellation, func(x PTCancellation) Base { return x.Base }); len(c) != 0 {
				t.Errorf("Section 1 is gone, 1.1 with it: %+v (notices %v)", c, rg.Notices)
			}
		}},
		{"sections listed together deleted and replaced", "2.1 Sections 1.1 and 1.2 are deleted and replaced with: \"1.1 Provisioned Throughput is excluded from any service level commitment.\"", func(t *testing.T, rg *Reading, f *Frames) {
			if c := inForce(f.PTCancellation, func(x PTCancellation) Base { return x.Base }); len(c) != 0 {
				t.Errorf("1.1 is deleted with 1.2: %+v (notices %v)", c, rg.Notices)
			}
		}},
		{"a clause of another document named by its title", `2.1 Clause 1.1 of the EDP Schedule is amended by replacing "Amazon SageMaker" with "Amazon SageMaker and Amazon Bedrock".`, func(t *testing.T, rg *Reading, f *Frames) {
			if u := rg.UnresolvedChecks(); len(u) != 0 {
				t.Errorf("the EDP Schedule's clause 1.1 is not this draft's: %v (notices %v)", u, rg.Notices)
			}
		}},
		{"words not found in a service level section", `2.1 In Section 1.2, "99.7%" is replaced with "99.9%".`, func(t *testing.T, rg *Reading, f *Frames) {
			u := rg.UnresolvedChecks()
			if len(u["C6"]) == 0 || len(u["C3"]) != 0 {
				t.Errorf("an SLA's amendment touches C6, not the cancellation check: %v", u)
			}
		}},
		{"a section of a schedule deleted, neither here", "2.1 The pricing schedule follows.\n\n## Schedule 1 — Pricing\n\nS1.1 AWS charges USD 10 per model unit per hour.\n\n## 3. Changes\n\n3.1 Section S1.12 of Schedule 1 (Reserved Capacity Service Level) is deleted.", func(t *testing.T, rg *Reading, f *Frames) {
			if len(rg.Notices) != 1 || !strings.Contains(rg.Notices[0], "S1.12") {
				t.Errorf("the section, not the schedule, is the target: %v", rg.Notices)
			}
			if u := rg.UnresolvedChecks(); len(u) != 0 {
				t.Errorf("deleting what is not here changes nothing: %v", u)
			}
		}},
		{"a new section inserted, its clauses after the instruction", "2.1 New Section 8 (Custom Model Import) is inserted:\n\n8.1 Customer may import custom models into Amazon Bedrock. AWS charges no import fee for imported models.\n\n2.2 Section 9 is deleted.", func(t *testing.T, rg *Reading, f *Frames) {
			if len(rg.Notices) != 1 || !strings.Contains(rg.Notices[0], "Section 9") {
				t.Errorf("only the deletion of a section not here is noted; notices %v", rg.Notices)
			}
			if u := rg.UnresolvedChecks(); len(u) != 0 {
				t.Errorf("the inserted section stands as written; unresolved %v", u)
			}
			if len(f.CustomImport) == 0 {
				t.Errorf("the inserted clause is not read: %+v", f.CustomImport)
			}
		}},
		{"a new section quoted over several sentences, placed after another", `2.1 The following new Section 3 is inserted after Section 1: "3. Guardrails pricing. Amazon Bedrock Guardrails text units are charged per million text units at rates that fall with volume. The rate is USD 0.20 for the first 300 million units and USD 0.09 above 300 million units."`, func(t *testing.T, rg *Reading, f *Frames) {
			g := inForce(f.Guardrails, func(x Guardrails) Base { return x.Base })
			if len(g) == 0 || !g[0].Sliding || g[0].Clause != "2.1" {
				t.Errorf("the quoted section is read where it stands, whole: %+v (notices %v)", g, rg.Notices)
			}
			for _, c := range f.PTCancellation {
				if c.Clause == "1.1" && c.Amended != "" {
					t.Errorf("section 1, the anchor, is not amended: %+v", c)
				}
			}
		}},
		{"a table row amended by its label", "2.1 The order form follows.\n\n## 3. Order Form\n\n| Row | Term |\n|---|---|\n| B.4 | Customer may cancel any PT commitment on seventy-five (75) days' notice if the model is deprecated. |\n\n## 4. Changes\n\n4.1 Row B.4 is amended by replacing \"seventy-five (75) days'\" with \"thirty (30) days'\".", func(t *testing.T, rg *Reading, f *Frames) {
			var days []float64
			for _, c := range inForce(f.PTCancellation, func(x PTCancellation) Base { return x.Base }) {
				days = append(days, c.NoticeDays)
			}
			if !slices.Contains(days, 30) || slices.Contains(days, 75) {
				t.Errorf("notice days in force %v, want the amended 30, not 75 (notices %v)", days, rg.Notices)
			}
		}},
		{"one sentence deleted and words added", `2.1 Section 1.1 is amended by deleting its first sentence and adding: "Customer may cancel any Provisioned Throughput commitment on thirty (30) days' notice if the model is deprecated."`, func(t *testing.T, rg *Reading, f *Frames) {
			c := inForce(f.PTCancellation, func(x PTCancellation) Base { return x.Base })
			if len(c) != 1 || c[0].NoticeDays != 30 {
				t.Errorf("cancellation after the amendment: %+v", c)
			}
		}},
		{"a new numbered section joins its parent", `2.1 A new section 1.3 is added: "1.3 Customer may cancel any Provisioned Throughput commitment on thirty (30) days' notice if Customer moves the workload to another Bedrock model."`, func(t *testing.T, rg *Reading, f *Frames) {
			var days []float64
			for _, c := range inForce(f.PTCancellation, func(x PTCancellation) Base { return x.Base }) {
				days = append(days, c.NoticeDays)
				if c.Clause != "1" && c.Clause != "1.1" {
					t.Errorf("the new section is read under section 1, not at %s", c.Clause)
				}
			}
			if !slices.Contains(days, 30) {
				t.Errorf("notice days %v", days)
			}
		}},
		{"a clause of another document restated", `2.1 Clause 10.2 of the Addendum is deleted and replaced with: "10.2 AWS will make each Provisioned Throughput deployment available for at least 99.9% of each calendar month. Service credits for a failure to meet this level are set out in Schedule 3 of the Addendum."`, func(t *testing.T, rg *Reading, f *Frames) {
			// the new wording is read sentence by sentence: the figure is
			// a term here, the credits sit in a document that is not here
			var levels []float64
			credits := false
			for _, s := range inForce(f.PTSLA, func(x PTSLA) Base { return x.Base }) {
				if s.Clause == "2.1" {
					levels = append(levels, s.Levels...)
					credits = credits || s.Credits
				}
			}
			if !slices.Contains(levels, 99.9) || credits {
				t.Errorf("restated SLA in force: levels %v, credits %v; want 99.9 without credits", levels, credits)
			}
		}},
		{"a deleted clause described by a relative clause", "2.1 Section 1.1 (PT cancellation), which provided that Customer may cancel on ninety days' notice, is deleted in its entirety.", func(t *testing.T, rg *Reading, f *Frames) {
			if c := inForce(f.PTCancellation, func(x PTCancellation) Base { return x.Base }); len(c) != 0 {
				t.Errorf("the deleted clause, or the words describing it, still count: %+v", c)
			}
		}},
		{"a clause's figure given anew by naming it, no words quoted", "2.1 Notwithstanding Article 1, paragraph 1, the period of the notice stated therein shall be sixty (60) days.", func(t *testing.T, rg *Reading, f *Frames) {
			c := inForce(f.PTCancellation, func(x PTCancellation) Base { return x.Base })
			if len(c) != 1 || c[0].NoticeDays != 60 || c[0].Amended != "2.1" {
				t.Errorf("cancellation after the restated notice: %+v (notices %v)", c, rg.Notices)
			}
		}},
		{"a figure set after a notwithstanding, with words between the attribute and its verb", "2.1 Notwithstanding the provisions of Section 1.1, the prior notice required for the cancellation of a Provisioned Throughput commitment in the event set out in that Section shall be sixty (60) calendar days.", func(t *testing.T, rg *Reading, f *Frames) {
			c := inForce(f.PTCancellation, func(x PTCancellation) Base { return x.Base })
			if len(c) != 1 || c[0].NoticeDays != 60 || c[0].Amended != "2.1" {
				t.Errorf("cancellation after the restated notice: %+v (notices %v)", c, rg.Notices)
			}
		}},
		{"a figure described, not set, changes nothing", "2.1 Customer pays the rate in Section 1.2, which is 24% below the Published Rate.", func(t *testing.T, rg *Reading, f *Frames) {
			s := inForce(f.PTSLA, func(x PTSLA) Base { return x.Base })
			if len(s) != 1 || !slices.Contains(s[0].Levels, 99.5) || s[0].Amended != "" {
				t.Errorf("the SLA's level changed: %+v", s)
			}
		}},
		{"a restated figure of a kind the clause does not have changes nothing", "2.1 Notwithstanding Section 1.2, the period of the notice shall be sixty (60) days.", func(t *testing.T, rg *Reading, f *Frames) {
			s := inForce(f.PTSLA, func(x PTSLA) Base { return x.Base })
			if len(s) != 1 || !slices.Contains(s[0].Levels, 99.5) || s[0].Amended != "" {
				t.Errorf("the SLA changed: %+v", s)
			}
		}},
		{"a deleted clause named with the earlier version it was in", "2.1 Section 1.1 of v0.2, which provided that Customer may cancel on ninety days' notice, is deleted and replaced by the word \"Reserved\".", func(t *testing.T, rg *Reading, f *Frames) {
			if c := inForce(f.PTCancellation, func(x PTCancellation) Base { return x.Base }); len(c) != 0 {
				t.Errorf("the deleted clause, or the words describing it, still count: %+v", c)
			}
		}},
		{"a lead-in over items that are instructions themselves", "2.1 Section 1 is amended as follows:\n\n(a) In Section 1.1, \"ninety (90) days'\" is replaced with \"sixty (60) days'\".\n\n(b) Section 9.4 is deleted in its entirety.", func(t *testing.T, rg *Reading, f *Frames) {
			c := inForce(f.PTCancellation, func(x PTCancellation) Base { return x.Base })
			if len(c) != 1 || c[0].NoticeDays != 60 {
				t.Errorf("cancellation after the amendment: %+v", c)
			}
			if s := inForce(f.PTSLA, func(x PTSLA) Base { return x.Base }); len(s) == 0 {
				t.Errorf("the lead-in emptied Section 1: 1.2 is gone")
			}
		}},
		{"deleting a section that is not there changes nothing", "2.1 Section 9.4 is deleted.", func(t *testing.T, rg *Reading, f *Frames) {
			if len(rg.Notices) != 1 {
				t.Errorf("notices %v", rg.Notices)
			}
			if u := rg.UnresolvedChecks(); len(u) != 0 {
				t.Errorf("the draft reads as it stands, nothing is unknown; got %v", u)
			}
			if c := inForce(f.PTCancellation, func(x PTCancellation) Base { return x.Base }); len(c) != 1 {
				t.Errorf("1.1 still stands: %+v", c)
			}
		}},
		{"words not found", `2.1 In Section 1.1, "forty-five (45) days'" is replaced with "thirty (30) days'".`, func(t *testing.T, rg *Reading, f *Frames) {
			u := rg.UnresolvedChecks()
			if len(u["C3"]) == 0 || len(u["L6"]) != 0 {
				t.Errorf("unresolved should touch C3 (the target's topic) and not L6: %v", u)
			}
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rg := read(t, body+"## 2. Amendment\n\n"+c.amendment+"\n")
			c.check(t, rg, rg.Frames())
		})
	}
}

func TestPrecedence(t *testing.T) {
	const doc = "# Addendum\n\n## 1. General\n\n1.1 %s\n\n## 2. Service Level\n\n" +
		"2.1 AWS will make Provisioned Throughput available 99.5%% of each month, with service credits.\n\n" +
		"## Schedule 1 — Service Level\n\n1.1 AWS will make Provisioned Throughput available 99.9%% of each month, with service credits.\n"
	cases := []struct {
		name, clause string
		want         []float64 // levels in force
	}{
		{"schedule prevails", "If this Addendum and a Schedule conflict, the Schedule prevails.", []float64{99.9}},
		{"body prevails", "In case of conflict, the provisions of this Addendum prevail over the Schedules.", []float64{99.5}},
		{"no precedence: both stand", "This Addendum is governed by the law of England.", []float64{99.5, 99.9}},
		{"ordered list", "In case of conflict, the documents prevail in this order: first Schedule 1, then this Addendum.", []float64{99.9}},
		{"prevailing over other documents ranks nothing inside", "This Addendum prevails over the EDP Agreement and the AWS Customer Agreement with respect to Amazon Bedrock.", []float64{99.5, 99.9}},
		{"a win over another document is no win over the schedules", "If this Addendum conflicts with the EDP, this Addendum wins. If the main body of this Addendum conflicts with Schedule 1, Schedule 1 wins.", []float64{99.9}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rg := read(t, fmt.Sprintf(doc, c.clause))
			var got []float64
			for _, s := range inForce(rg.Frames().PTSLA, func(x PTSLA) Base { return x.Base }) {
				got = append(got, s.Levels...)
			}
			slices.Sort(got)
			if !slices.Equal(got, c.want) {
				t.Errorf("levels in force %v, want %v (precedence %v)", got, c.want, rg.PrecedenceNotes())
			}
		})
	}
}

func TestNotwithstanding(t *testing.T) {
	rg := read(t, "# Addendum\n\n## 1. Data\n\n"+
		"1.1 AWS will not use Customer Content to train any model.\n\n"+
		"1.2 Notwithstanding Section 1.1, AWS may use Customer Content to improve its models.\n")
	var effects []string
	for _, f := range inForce(rg.Frames().Training, func(x Training) Base { return x.Base }) {
		effects = append(effects, f.Effect)
	}
	if !slices.Equal(effects, []string{"permission"}) {
		t.Errorf("in force %v, want the permission of 1.2 only", effects)
	}
}

func TestDefinitions(t *testing.T) {
	rg := read(t, "# Addendum\n\n## 1. Definitions\n\n"+
		"1.1 \"Requests\" means the prompts Customer sends to a model.\n\n"+
		"1.2 \"Customer Content\" means Requests and the responses of the models, but excludes Outputs.\n\n"+
		"1.3 \"Outputs\" means the responses of the models.\n\n"+
		"1.4 \"Reserved Units\" means Provisioned Throughput purchased under this Addendum.\n\n"+
		"1.5 \"Guaranteed Capacity\" (Capacidad Garantizada): the Provisioned Throughput of Amazon Bedrock bought by Customer.\n\n"+
		"## 2. Terms\n\n2.1 AWS will not use Customer Content to train any model.\n\n"+
		"2.2 Customer may cancel Reserved Units on 30 days' notice if the model is deprecated.\n\n"+
		"2.3 AWS guarantees a monthly availability of the Guaranteed Capacity of 99.9%.\n")
	tr := rg.Frames().Training
	if len(tr) != 1 || !slices.Equal(tr[0].Covers, []string{"prompts"}) {
		t.Errorf("training %+v: Customer Content is defined to leave outputs out", tr)
	}
	pt := rg.Frames().PTCancellation
	if len(pt) != 1 || pt[0].Kind != "right" {
		t.Errorf("cancellation %+v: Reserved Units are defined as Provisioned Throughput", pt)
	}
	// a glossary entry ("Term" (translation): body) defines as well
	if sla := rg.Frames().PTSLA; len(sla) != 1 || !slices.Equal(sla[0].Levels, []float64{99.9}) {
		t.Errorf("SLA %+v: Guaranteed Capacity is defined as Provisioned Throughput", sla)
	}
}

// A definition given after a language tag ("(EN) "Custom Model": …") is
// still a definition: it grants nothing.
func TestDefinitionAfterLanguageTag(t *testing.T) {
	rg := read(t, "# Term Sheet\n\n## 1. 정의 / Definitions\n\n1.1 \"사용자 지정 모델\": 고객이 가져온 모델. (EN) \"Custom Model\": a model Customer creates on, or imports into, Bedrock by fine-tuning or import.\n\n"+
		"## 9. Custom Model Import\n\n9.1 To be agreed.\n")
	for _, c := range rg.Frames().CustomImport {
		if c.InForce && c.Right {
			t.Errorf("a definition read as an import right: %+v", c)
		}
	}
}

func TestNegotiationRecord(t *testing.T) {
	const thread = `Negotiation file

From: Buyer <b@example.com> To: Seller <s@example.com>
Subject: proposals

We propose that AWS may use prompts to improve its models. Customer may cancel PT on 30 days' notice if the model is deprecated.
We also ask for 99.9% availability for Provisioned Throughput with service credits.

From: Seller <s@example.com> To: Buyer <b@example.com>
Subject: FINAL AGREED TERMS

These are the final agreed terms.
AWS will not use prompts or completions to train any model.
Customer Content is stored only in the Region Customer selects.
Provisioned Throughput commitments are non-cancellable.
`
	doc, err := extract.Bytes("thread.txt", []byte(thread), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	f := mustReader(t).Read(doc).Frames()
	for _, c := range f.PTCancellation {
		if c.Kind == "right" && c.InForce {
			t.Errorf("a proposal counts as agreed: %+v", c)
		}
	}
	denied := false
	for _, c := range f.PTCancellation {
		denied = denied || c.Kind == "denial" && c.InForce
	}
	tr := inForce(f.Training, func(x Training) Base { return x.Base })
	if !denied || len(tr) != 1 || tr[0].Effect != "exclusion" {
		t.Errorf("the agreed terms are not read: denial %v, training %+v", denied, tr)
	}
}

func TestFrames(t *testing.T) {
	cases := []struct {
		name, text string
		check      func(t *testing.T, f *Frames)
	}{
		{"joint triggers", "Customer may cancel a PT commitment on 60 days' notice where the model has been deprecated and Customer has moved the workload to another Bedrock model.", func(t *testing.T, f *Frames) {
			if len(f.PTCancellation) != 1 || !f.PTCancellation[0].Joint {
				t.Errorf("%+v: both events must happen", f.PTCancellation)
			}
		}},
		{"business days", "Customer may cancel a PT commitment on sixty (60) Business Days' notice if the model is deprecated or Customer moves the workload to another model.", func(t *testing.T, f *Frames) {
			if len(f.PTCancellation) != 1 || f.PTCancellation[0].NoticeDays != 84 || !f.PTCancellation[0].Business {
				t.Errorf("%+v: 60 business days are 84 days", f.PTCancellation)
			}
		}},
		{"paid exit", "Customer may terminate a PT commitment early only by paying the remaining charges for the rest of the term.", func(t *testing.T, f *Frames) {
			if len(f.PTCancellation) != 1 || !f.PTCancellation[0].PaidExit {
				t.Errorf("%+v: a paid exit is no right", f.PTCancellation)
			}
		}},
		{"credit scale is no level", "If the availability of Provisioned Throughput falls below 99.5%, Customer receives a service credit of 100% of the monthly charges.", func(t *testing.T, f *Frames) {
			if len(f.PTSLA) != 1 || !slices.Equal(f.PTSLA[0].Thresholds, []float64{99.5}) || len(f.PTSLA[0].Levels) != 0 || !f.PTSLA[0].Credits {
				t.Errorf("%+v: 99.5 is the threshold, 100%% a credit", f.PTSLA)
			}
		}},
		{"help named only in the condition does not undo a credit", "Where end of support forces Customer to move to a successor model, AWS shall provide a migration credit equal to 10% of the charges for that model in the three months before the notice.", func(t *testing.T, f *Frames) {
			if len(f.ModelLifecycle) != 1 || !f.ModelLifecycle[0].Remedy {
				t.Errorf("%+v: a migration credit is a remedy, whatever the condition names", f.ModelLifecycle)
			}
		}},
		{"a credit on the end of a model's availability is no SLA credit", "If AWS deprecates or ends the availability of a Foundation Model that Customer used in the six months before the notice, AWS shall issue a migration credit equal to ten percent (10%) of the charges for that model in those six months.", func(t *testing.T, f *Frames) {
			if len(f.ModelLifecycle) != 1 || !f.ModelLifecycle[0].Remedy {
				t.Errorf("%+v: 10%% of charges is a credit's share, not an uptime level", f.ModelLifecycle)
			}
		}},
		{"two triggers joined by and, the first in two forms, are one", "You may cancel a Provisioned Throughput commitment on sixty (60) days' written notice if we deprecate, or materially change, the model it serves and you move the workload it supports to another Amazon Bedrock model.", func(t *testing.T, f *Frames) {
			if len(f.PTCancellation) != 1 || !f.PTCancellation[0].Joint {
				t.Errorf("%+v: both must happen: one combined trigger", f.PTCancellation)
			}
		}},
		{"two triggers joined by or stay two", "You may cancel a Provisioned Throughput commitment on sixty (60) days' written notice if we deprecate, or materially change, the model it serves, or if you move the workload it supports to another Amazon Bedrock model.", func(t *testing.T, f *Frames) {
			if len(f.PTCancellation) != 1 || f.PTCancellation[0].Joint {
				t.Errorf("%+v: either suffices: two triggers", f.PTCancellation)
			}
		}},
		{"a credit the vendor only may give is its discretion, no remedy", "If AWS deprecates a Foundation Model that Customer uses, AWS may give Customer a migration credit equal to 10% of Customer's spend on that model in the three months before the notice.", func(t *testing.T, f *Frames) {
			if slices.ContainsFunc(f.ModelLifecycle, func(m ModelLifecycle) bool { return m.Remedy }) {
				t.Errorf("%+v: AWS may give: nothing the customer holds", f.ModelLifecycle)
			}
		}},
		{"a credit the customer may claim is a remedy", "If AWS deprecates a Foundation Model that Customer uses, Customer may claim a migration credit equal to 10% of Customer's spend on that model in the three months before the notice.", func(t *testing.T, f *Frames) {
			if !slices.ContainsFunc(f.ModelLifecycle, func(m ModelLifecycle) bool { return m.Remedy }) {
				t.Errorf("%+v: a credit Customer may claim is Customer's remedy", f.ModelLifecycle)
			}
		}},
		{"a saved right to cancel PT leaves a deprecation clause C2's", "AWS may deprecate or end the availability of any Foundation Model at any time, with or without notice, and no credit or other remedy shall be available to Customer in respect of any deprecation: provided that nothing in this paragraph shall affect Customer's right to cancel PT Commitments under paragraph 3.", func(t *testing.T, f *Frames) {
			if len(f.ModelLifecycle) == 0 || !slices.ContainsFunc(f.ModelLifecycle, func(m ModelLifecycle) bool { return m.AtWill || m.NoRemedy }) {
				t.Errorf("%+v: the proviso saves C3's right; the deprecation at will is still C2's", f.ModelLifecycle)
			}
		}},
		{"an element named without its counting is not addressed", "Engineering says the claims agent sends a 1,800-token response schema with every request to the model.", func(t *testing.T, f *Frames) {
			for _, tc := range f.TokenCounting {
				if len(tc.Elements) > 0 {
					t.Errorf("%+v: the schema is mentioned, not counted", tc)
				}
			}
		}},
		{"an element left to a party's open action is not addressed", "Token counting: tool definitions: AWS to confirm in a metering annex.", func(t *testing.T, f *Frames) {
			for _, tc := range f.TokenCounting {
				if tc.InForce && len(tc.Elements) > 0 {
					t.Errorf("%+v: an open action settles nothing", tc)
				}
			}
		}},
		{"a fee carved out of a no-fee promise is a fee", "Except for the Model Onboarding Fee (USD 12,500 per imported model, one-time, payable on import), AWS will not charge any license fee or import fee for an imported model.", func(t *testing.T, f *Frames) {
			if len(f.CustomImport) != 1 || !f.CustomImport[0].FeeCharged || f.CustomImport[0].NoFee {
				t.Errorf("%+v: the exception charges per import", f.CustomImport)
			}
		}},
		{"the EDP's all-services discount is no Bedrock discount", "The all-services discount under the EDP Agreement (9%) also applies to Amazon Bedrock on-demand charges.", func(t *testing.T, f *Frames) {
			if len(f.Discount) != 0 {
				t.Errorf("%+v: the EDP's general discount read as a Bedrock discount", f.Discount)
			}
		}},
		{"a purpose that closes the sentence belongs to each denied use", "The Solution Provider will not use Inputs or Outputs, and will procure that neither the Distributor nor AWS uses Inputs or Outputs, to train, retrain, fine-tune or improve any Foundation Model.", func(t *testing.T, f *Frames) {
			ex := false
			for _, tr := range f.Training {
				if tr.Effect == "exclusion" && slices.Contains(tr.Covers, "prompts") && slices.Contains(tr.Covers, "completions") {
					ex = true
				}
			}
			if !ex {
				t.Errorf("%+v: no exclusion of training on prompts and completions", f.Training)
			}
		}},
		{"a denied subject after an opening exception", "Save as provided in this Article, no credit, refund or compensation shall be payable by reason of the deprecation or end of life of a Foundation Model.", func(t *testing.T, f *Frames) {
			for _, m := range f.ModelLifecycle {
				if m.Remedy {
					t.Errorf("%+v: the credit is denied, not granted", m)
				}
			}
		}},
		{"where people sit is no residency", "AWS will ensure that only AWS personnel located in the European Union may access Customer Content for support purposes.", func(t *testing.T, f *Frames) {
			if len(f.Residency) != 0 {
				t.Errorf("%+v: the personnel's location read as the data's", f.Residency)
			}
		}},
		{"the price list today is no fee term", "AWS's current public pricing charges only for Custom Model Units for imported models, but AWS may change its public pricing.", func(t *testing.T, f *Frames) {
			for _, c := range f.CustomImport {
				if c.NoFee {
					t.Errorf("%+v: what the price list says read as a no-fee term", c)
				}
			}
		}},
		{"what another paper said, reported", "The slide deck at VDR 7.3.4 showed \"Custom model import — no per-import licence fee\" as an AWS offer.", func(t *testing.T, f *Frames) {
			for _, c := range f.CustomImport {
				if c.Binding {
					t.Errorf("%+v: a report of a slide read as a term", c)
				}
			}
		}},
		{"swallowing exception", "AWS will not use prompts or completions to train models, except as needed to improve the Service.", func(t *testing.T, f *Frames) {
			if len(f.Training) != 1 || !f.Training[0].Swallowed {
				t.Errorf("%+v", f.Training)
			}
		}},
		{"content used to improve other services is still training on it", "Customer Content (including prompts and completions) may be used to develop and improve AWS AI services and the models underlying them, unless Customer has opted out under the AWS AI services opt-out policy.", func(t *testing.T, f *Frames) {
			if len(f.Training) != 1 || f.Training[0].Effect != "permission" {
				t.Errorf("%+v: a permission to train on the customer's content", f.Training)
			}
		}},
		{"another service's own data", "Amazon Connect call recordings may be used to improve Amazon Connect models.", func(t *testing.T, f *Frames) {
			if len(f.Training) != 0 {
				t.Errorf("%+v: another service's data, not this draft's", f.Training)
			}
		}},
		{"a residency promise an exception takes back", "Your Content stays in the AWS Regions you select, except that during periods of high demand we may route and process requests in any AWS Region worldwide.", func(t *testing.T, f *Frames) {
			if len(f.Residency) != 1 || f.Residency[0].Effect != "conflict" {
				t.Errorf("%+v: the exception lets data leave the Region", f.Residency)
			}
		}},
		{"service credits left to a schedule the parties will negotiate", "AWS commits to 99.9% monthly availability for each Provisioned Throughput commitment. Service credits for a missed month will be set out in a PT service-level schedule that the parties will negotiate.", func(t *testing.T, f *Frames) {
			for _, s := range f.PTSLA {
				if s.InForce && s.Binding && s.Credits {
					t.Errorf("%+v: credits still to be negotiated are no credits", s)
				}
			}
		}},
		{"a residency promise a proviso takes back", "Customer Content shall be processed and stored in the Selected Region, provided that AWS may, at its discretion, process Customer Content in any AWS Region worldwide where capacity in the Selected Region is constrained.", func(t *testing.T, f *Frames) {
			for _, r := range f.Residency {
				if r.Effect != "conflict" {
					t.Errorf("%+v: the proviso lets data leave the Region", r)
				}
			}
			if len(f.Residency) == 0 {
				t.Error("no residency read")
			}
		}},
		{"a residency promise with a proviso for consent", "Customer Content shall be processed and stored in the Selected Region, provided that AWS may process Customer Content in another AWS Region with Customer's prior written consent.", func(t *testing.T, f *Frames) {
			for _, r := range f.Residency {
				if r.Effect != "promise" {
					t.Errorf("%+v: leaving only with consent keeps the promise", r)
				}
			}
		}},
		{"a residency promise with an exception inside the country", "Customer Content stays in the selected AWS Region, except that AWS may process it in another AWS Region in the same country.", func(t *testing.T, f *Frames) {
			if len(f.Residency) != 1 || f.Residency[0].Effect != "promise" {
				t.Errorf("%+v: in-country processing keeps the promise", f.Residency)
			}
		}},
		{"a charge denied is no cancellation denied", "No early termination charge applies to a cancellation of a Provisioned Throughput commitment under clause 5(a).", func(t *testing.T, f *Frames) {
			for _, c := range f.PTCancellation {
				if c.Kind == "denial" {
					t.Errorf("%+v: the charge is denied, not the right", c)
				}
			}
		}},
		{"a commitment that may not be cancelled", "No Provisioned Throughput commitment may be cancelled before the end of its term.", func(t *testing.T, f *Frames) {
			if len(f.PTCancellation) != 1 || f.PTCancellation[0].Kind != "denial" {
				t.Errorf("%+v: a denial", f.PTCancellation)
			}
		}},
		{"import fees refunded are no import fee", "AWS shall refund the USD 12,000.00 of import fees charged on the three imported models within thirty (30) days.", func(t *testing.T, f *Frames) {
			for _, c := range f.CustomImport {
				if c.FeeCharged {
					t.Errorf("%+v: fees paid back read as a fee charged", c)
				}
			}
		}},
		{"a per-model import fee is charged", "AWS charges an import fee of USD 4,000 per imported model.", func(t *testing.T, f *Frames) {
			if len(f.CustomImport) != 1 || !f.CustomImport[0].FeeCharged {
				t.Errorf("%+v: a fee per imported model", f.CustomImport)
			}
		}},
		{"a one-off migration credit is no import fee", "On a deprecation, AWS will give Customer a one-off migration credit of 10% of its charges for the affected custom model.", func(t *testing.T, f *Frames) {
			for _, c := range f.CustomImport {
				if c.FeeCharged {
					t.Errorf("%+v: a credit, not a fee for importing", c)
				}
			}
		}},
		{"a commitment limited to one named family", "Customer commits to spend $1,000,000 on Amazon Bedrock in each year (the \"Bedrock Commitment\"). The Bedrock Commitment may only be applied to the consumption of models of the Anthropic Claude family.", func(t *testing.T, f *Frames) {
			split := false
			for _, c := range f.Commitment {
				split = split || c.Split
			}
			if !split {
				t.Errorf("%+v: the commitment is limited to one family", f.Commitment)
			}
		}},
		{"any model family is no limit", "Customer commits to spend $1,000,000 on Amazon Bedrock in each year (the \"Bedrock Commitment\"). The Bedrock Commitment may be applied to models of any model family.", func(t *testing.T, f *Frames) {
			for _, c := range f.Commitment {
				if c.Split {
					t.Errorf("%+v: no family is named", c)
				}
			}
		}},
		{"a published price less a percentage is a discount", "All on-demand Bedrock usage shall be invoiced at a rate equal to Public Pricing less twenty-two percent (22%).", func(t *testing.T, f *Frames) {
			if len(f.Discount) != 1 || f.Discount[0].Percent != 22 {
				t.Errorf("%+v: 22%% off the published price", f.Discount)
			}
		}},
		{"a proviso that points elsewhere defers nothing", "AWS may use prompts and completions to evaluate and improve Amazon Bedrock and its models, provided that AWS applies the security controls described in the Customer Agreement.", func(t *testing.T, f *Frames) {
			if len(f.Training) != 1 || f.Training[0].Effect != "permission" || f.Training[0].Deferred {
				t.Errorf("%+v: the permission is here, only the proviso's controls are elsewhere", f.Training)
			}
		}},
		{"another service's tokens are no billing term", "Tokens issued by AWS Security Token Service are not billable and are outside Annex A.", func(t *testing.T, f *Frames) {
			if len(f.TokenCounting) != 0 {
				t.Errorf("%+v: security tokens, not billable tokens", f.TokenCounting)
			}
		}},
		{"a heading is no counting term", "7.4 Token Metering.", func(t *testing.T, f *Frames) {
			if len(f.TokenCounting) != 0 {
				t.Errorf("%+v: a heading states nothing", f.TokenCounting)
			}
		}},
		{"a ceiling on the OCU price is no growth cap", "OpenSearch Serverless compute used as the vector store for Bedrock Knowledge Bases shall be billed at a rate not to exceed US$0.17 per OCU-hour.", func(t *testing.T, f *Frames) {
			if len(f.VectorStorage) != 1 || !f.VectorStorage[0].Priced || f.VectorStorage[0].Cap {
				t.Errorf("%+v: priced, not capped", f.VectorStorage)
			}
		}},
		{"a cap on billable OCUs is a cap", "OpenSearch Serverless OCUs for Bedrock Knowledge Bases are charged at GBP 0.20 per OCU-hour; AWS will not charge for more than 40 OCUs in any hour.", func(t *testing.T, f *Frames) {
			capped := false
			for _, v := range f.VectorStorage {
				capped = capped || v.Cap
			}
			if !capped {
				t.Errorf("%+v: the number of OCUs is capped", f.VectorStorage)
			}
		}},
		{"the price without pre-purchase is the base, not a denial", "The discount on the list price for Provisioned Throughput without advance purchase is 35% for up to 20,000 MU-hours purchased in advance and 41% above.", func(t *testing.T, f *Frames) {
			if len(f.PTPrepurchase) == 0 {
				t.Errorf("no pre-purchase term read: 'without advance purchase' names the list price")
			}
		}},
		{"a refusal denied is a duty", "AWS may not refuse to apply the migration credit for a deprecated model on the ground that a successor model exists.", func(t *testing.T, f *Frames) {
			for _, m := range f.ModelLifecycle {
				if m.NoRemedy {
					t.Errorf("%+v: 'may not refuse to apply the credit' grants it", m)
				}
			}
		}},
		{"a plain denial stays one", "AWS will not pay any credit or other remedy when a model is deprecated.", func(t *testing.T, f *Frames) {
			no := false
			for _, m := range f.ModelLifecycle {
				no = no || m.NoRemedy
			}
			if !no {
				t.Errorf("%+v: no remedy", f.ModelLifecycle)
			}
		}},
		{"'immediately before' a date is no deprecation at will", "For twelve months after the Retirement Date, the successor model is billed at rates no higher than those paid for the retired model immediately before the Retirement Date.", func(t *testing.T, f *Frames) {
			for _, m := range f.ModelLifecycle {
				if m.AtWill {
					t.Errorf("%+v: a point in time, not a right to retire at will", m)
				}
			}
		}},
		{"a list parked in its own sentence is out of scope", "PARKED (not part of this deal): - treatment of structured output schemas in token metering; - Guardrails pricing.", func(t *testing.T, f *Frames) {
			for _, c := range inForce(f.TokenCounting, func(x TokenCounting) Base { return x.Base }) {
				t.Errorf("%+v: a parked item is no term", c)
			}
		}},
		{"no charges for cancelled capacity is no denial", "Customer may cancel any Provisioned Throughput commitment on 30 days' notice if the model is deprecated. No charges for the cancelled capacity accrue after the notice expires.", func(t *testing.T, f *Frames) {
			for _, c := range f.PTCancellation {
				if c.Kind == "denial" {
					t.Errorf("%+v: the charges are denied, not the right", c)
				}
			}
		}},
		{"rights that live in another document", "The Provisioned Throughput cancellation rights in Section 7.4 of the Addendum shall also apply to Provisioned Throughput purchased for custom models.", func(t *testing.T, f *Frames) {
			if c := inForce(f.PTCancellation, func(x PTCancellation) Base { return x.Base }); len(c) != 0 {
				t.Errorf("%+v: the rights are in a section the draft does not hold", c)
			}
		}},
		{"the whole contract ended for breach", "Either party may terminate the Commercial Terms and this Order Form if the other commits a material breach of its Provisioned Throughput obligations and fails to cure it within thirty (30) days after notice.", func(t *testing.T, f *Frames) {
			if len(f.PTCancellation) != 0 {
				t.Errorf("%+v: ending the contract is no right to cancel PT", f.PTCancellation)
			}
		}},
		{"the PT order ended", "Customer may terminate the PT order on thirty (30) days' notice if the model is deprecated.", func(t *testing.T, f *Frames) {
			if len(f.PTCancellation) != 1 || f.PTCancellation[0].Kind != "right" {
				t.Errorf("%+v: a PT order is PT", f.PTCancellation)
			}
		}},
		{"staff who received training", "AWS ensures that its personnel authorised to process Customer Data have received training on data protection.", func(t *testing.T, f *Frames) {
			if len(f.Training) != 0 {
				t.Errorf("%+v: people receiving training is no use of data to train models", f.Training)
			}
		}},
		{"customer's covenant is no promise", "Customer will not use completions to train a competing model.", func(t *testing.T, f *Frames) {
			if len(f.Training) != 0 {
				t.Errorf("%+v", f.Training)
			}
		}},
		{"residency with cross-region inference in the same area", "AWS will process Customer Content only in the Regions Customer selects and, where Customer enables cross-region inference, only in other Regions within the European Union.", func(t *testing.T, f *Frames) {
			for _, r := range f.Residency {
				if r.Effect != "promise" {
					t.Errorf("%+v", f.Residency)
				}
			}
			if len(f.Residency) == 0 {
				t.Error("no residency read")
			}
		}},
		{"rate pair discount", "On-demand rates, USD per million tokens:\n\n| Model | Published rate | Addendum rate |\n|---|---|---|\n| Claude | 3.00 | 2.40 |\n", func(t *testing.T, f *Frames) {
			if len(f.Discount) != 1 || f.Discount[0].Percent != 20 {
				t.Errorf("%+v: 2.40 against 3.00 is 20%% off", f.Discount)
			}
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rg := read(t, "# Amazon Bedrock Addendum\n\n## 1. Terms\n\n1.1 "+c.text+"\n")
			c.check(t, rg.Frames())
		})
	}
}

// A section whose whole text is a placeholder word is omitted, with or
// without a heading set apart from it.
func TestOmitted(t *testing.T) {
	for _, text := range []string{
		"# Addendum\n\n## 6. Model Deprecation\n\n[Intentionally Omitted]\n",
		"# Addendum\n\n6. Model Deprecation. Reserved.\n",
		"# Addendum\n\n6. Reserved.\n",
		"# Heads of terms\n\n6. Model Deprecation - not used; deleted from these heads of terms.\n",
	} {
		rg := read(t, text)
		if len(rg.Omitted) != 1 || len(rg.Frames().ModelLifecycle) != 0 {
			t.Errorf("%q: omitted %+v, lifecycle frames %+v", text, rg.Omitted, rg.Frames().ModelLifecycle)
		}
	}
	// a nil value is a term, not an omitted clause
	rg := read(t, "# Order\n\n5. Custom model import fees - none.\n")
	if len(rg.Omitted) != 0 {
		t.Errorf("'fees - none' read as omitted: %+v", rg.Omitted)
	}
}

// An exception set off after "and" belongs to the clause after it: the
// denial "save as provided in 6.2, may not be cancelled" is qualified.
func TestExceptionAfterAnd(t *testing.T) {
	rg := read(t, "# Addendum\n\n6.1 Provisioned Throughput is committed for its stated term and, save as provided in clause 6.2, may not be cancelled or reduced.\n\n6.2 Customer may cancel any Provisioned Throughput commitment on 30 days' notice if the model is deprecated or Customer moves the workload to another Bedrock model.\n")
	for _, c := range rg.Frames().PTCancellation {
		if c.Kind == "denial" && !c.Qualified {
			t.Errorf("the denial is qualified by its exception: %+v", c)
		}
	}
}

// The parties' pronouns are read from the draft: where the customer is
// "we" and AWS "you", "you may use our prompts to improve Bedrock" is the
// provider's permission; an AWS entity named by its address is still AWS.
func TestPartyPronouns(t *testing.T) {
	cases := []struct {
		name, parties, want string
	}{
		{"customer is we", `Between: Umhlaba Retail (Pty) Ltd, 18 Fricker Road, Johannesburg ("we", "us", "our") and: Amazon Web Services, Inc., 410 Terry Avenue North, Seattle ("you", "your", "AWS").`, Vendor},
		{"only you defined", `"We", "us" and "our" mean Veldhoven Energie B.V., Eindhoven. "You" and "your" mean Amazon Web Services EMEA SARL, Luxembourg.`, Customer},
		{"three pronouns said to mean a party, in one sentence with the other's", `In this letter "we", "us" and "our" mean Quokka Robotics Pty Ltd, and "you" and "your" mean Amazon Web Services Australia Pty Ltd.`, Vendor},
		{"pronouns after a dash, the party before it on the line", "between Kraniq GmbH (Berlin, HRB 231447 B) — \"we\", \"us\", \"our\"\nand Amazon Web Services EMEA SARL (Luxembourg) — \"you\", \"your\"", Vendor},
		{"AWS is we", `These terms are between Amazon Web Services EMEA SARL, 38 Avenue John F. Kennedy, L-1855 Luxembourg ("we", "us") and Kettu Analytics Oy, Helsinki ("you").`, Customer},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rg := read(t, "# Terms\n\n"+c.parties+"\n\n## 5. Data\n\n5.3 You may use our prompts and completions to improve the quality of Amazon Bedrock.\n")
			if c.name == "only you defined" {
				rg = read(t, "# Terms\n\n"+c.parties+"\n\n## 5. Data\n\n5.3 We may use your prompts and completions to improve the quality of Amazon Bedrock.\n")
			}
			var got []string
			for _, tr := range rg.Frames().Training {
				got = append(got, tr.Actor+"/"+tr.Effect)
			}
			if c.want == Vendor && !slices.Contains(got, "vendor/permission") || c.want == Customer && slices.Contains(got, "vendor/permission") {
				t.Errorf("training frames %v", got)
			}
		})
	}
}

// The short names a preamble gives its parties are those parties: beside
// AWS, "Coralbay" is the customer, and its own promise about outputs is no
// provider's exclusion; beside a party called "Customer", "Quillfeather"
// is the provider, and its permission to train is the provider's.
func TestPartyNames(t *testing.T) {
	cases := []struct {
		name, parties, sentence, want string
	}{
		{"customer by name", `**Coralbay Health Pty Ltd** (ABN 61 604 228 913), Level 9, Brisbane QLD 4000 ("**Coralbay**")
and **Amazon Web Services Australia Pty Ltd** (ABN 63 605 345 891) ("**AWS**")`,
			"Coralbay will not use any model output to develop a model that competes with Amazon Bedrock.", "customer/"},
		{"provider by name", `BETWEEN Quillfeather Labs, Inc., 77 Ledger Lane, Austin, Texas ("Quillfeather"); and Sorrel & Vane Analytics GmbH, Hamburg ("Customer").`,
			"Quillfeather may use Inputs and Outputs to train its models.", "vendor/permission"},
		{"an AWS company not called AWS", `Amazon Internet Services Private Limited ("AISPL"), Bengaluru, and Indus Fintech Services Private Limited ("Customer").`,
			"AISPL may use prompts to train its models.", "vendor/permission"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rg := read(t, "# Terms\n\n"+c.parties+"\n\n## 5. Data\n\n5.3 "+c.sentence+"\n")
			var got []string
			for _, tr := range rg.Frames().Training {
				got = append(got, tr.Actor+"/"+tr.Effect)
			}
			ok := len(got) == 0 && c.want == "customer/"
			for _, g := range got {
				ok = ok || strings.HasPrefix(g, c.want)
			}
			if !ok {
				t.Errorf("training frames %v, want %s", got, c.want)
			}
		})
	}
}

// A row whose term defines a word and then promises something about it is
// read sentence by sentence: the words of the definition ("in response to
// Customer's requests") are not data the promise covers.
func TestRowDefinitionThenPromise(t *testing.T) {
	rg := read(t, "# Terms\n\n| # | Term | Agreed position |\n|---|---|---|\n| 7 | Outputs | \"Outputs\" means the completions generated by a model in response to Customer's requests. AWS will not use Outputs to train or improve any foundation model. |\n")
	var got [][]string
	for _, tr := range rg.Frames().Training {
		got = append(got, tr.Covers)
	}
	if len(got) != 1 || !slices.Equal(got[0], []string{"completions"}) {
		t.Errorf("training exclusion covers %v, want [completions]", got)
	}
}

// Without a message that calls itself the agreed terms, the message that
// best states terms and is confirmed wins, wherever it stands in the
// thread: not the first one that qualifies.
func TestNegotiationRecordLaterConfirmedBlock(t *testing.T) {
	const thread = `Thread

===== Message 1 of 3 =====
From: Buyer
To: Seller

We ask that Customer may cancel PT on 30 days' notice if the model is deprecated. We also ask for 99.9% availability for Provisioned Throughput with service credits.

===== Message 2 of 3 =====
From: Seller
To: Buyer

Confirmed: AWS will not use prompts or completions to train any model. Provisioned Throughput is available 99.0% of each month.

===== Message 3 of 3 =====
From: Buyer
To: Seller

Clean version as agreed on the call, confirmed by both sides:
1. AWS will not use prompts or completions to train any model.
2. Customer Content is stored only in the Region Customer selects.
3. Provisioned Throughput commitments are non-cancellable.
4. AWS will make Provisioned Throughput available 99.5% of each month.
`
	doc, err := extract.Bytes("thread.txt", []byte(thread), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	f := mustReader(t).Read(doc).Frames()
	if len(inForce(f.Residency, func(x Residency) Base { return x.Base })) == 0 {
		t.Error("the last, fullest confirmed message is the agreement: its residency term is in force")
	}
	for _, c := range f.PTCancellation {
		if c.Kind == "right" && c.InForce {
			t.Errorf("an ask counts as agreed: %+v", c)
		}
	}
}

// A passage wholly in square brackets that opens with who speaks ("[MRO:
// …]") is a comment on the draft, not a term; a bracketed term without such
// a label is read as a term.
func TestBracketedComments(t *testing.T) {
	cases := []struct {
		sentence string
		binding  bool
	}{
		{"[MRO: we also asked about JSON output schemas — AWS did not respond; leaving as is.]", false},
		{"[AWS comment – output schemas are counted as input tokens.]", false},
		{"Output schemas are counted as input tokens.", true},
		// a comment of several sentences: every sentence is the comment's
		{"[Harrowgate: please confirm treatment of JSON output schemas. AWS: TBD - under review.]", false},
		// a drafting note dated after a dash
		{"[Tamarind drafting note - 28 April: Supplier to come back on how JSON output schemas are counted as input tokens.]", false},
		// a dated comment's later sentence, its verb first
		{"[Gap Legal Team comment, 2026.05.12: We do not accept this. Request a migration credit equal to 15% of three months' charges.]", false},
		// a blank left to fill commits nothing
		{"Structured output schemas: [*]", false},
		{"Structured output schemas: [___]", false},
		// a sentence after a closed comment is a term again
		{"[Note: agreed.] Output schemas are counted as input tokens.", true},
	}
	for _, c := range cases {
		rg := read(t, "# Terms\n\n## 3. Tokens\n\n3.1 Billable tokens are counted by the model's tokenizer.\n\n3.2 "+c.sentence+"\n")
		found := false
		for _, st := range rg.Statements {
			if st.Clause == "3.2" && !strings.HasPrefix(st.Quote, "[Note") {
				found = true
				if st.Binding != c.binding {
					t.Errorf("%q: binding %v (%s), want %v", c.sentence, st.Binding, st.Nonbinding, c.binding)
				}
			}
		}
		if !found {
			t.Errorf("%q: no statement", c.sentence)
		}
	}
}

// A printed thread whose messages open with the sender's name and address
// ("Dana Reyes <dana@example.com>   Tue, 7 Apr 2026"): an older message
// printed under the last agreed item is a message of its own, not part of
// that item.
func TestThreadSenderLines(t *testing.T) {
	const thread = `Thread: "Bedrock addendum - final points"
--------------------------------------------------------------------------

Sam Okafor <sam@vendor.example>                         Tue, 7 Apr 2026
To: Dana Reyes

  Dana, these are the FINAL AGREED TERMS. They replace every earlier proposal.

  1. Data. AWS will not use prompts or completions to train any model.

  2. Vector storage. OCU billing is capped at four OCUs per month.

  Sam

--------------------------------------------------------------------------

Dana Reyes <dana@customer.example>                      Tue, 31 Mar 2026
To: Sam Okafor

  Our asks:
  - right to cancel Provisioned Throughput on 60 days' notice if a model is deprecated or we move to another model.

  Dana
`
	rg := read(t, thread)
	if c := inForce(rg.Frames().PTCancellation, func(x PTCancellation) Base { return x.Base }); len(c) != 0 {
		t.Errorf("an ask in an older message is in force: %+v", c)
	}
	if v := inForce(rg.Frames().VectorStorage, func(x VectorStorage) Base { return x.Base }); len(v) == 0 {
		t.Errorf("the agreed item 2 is not read")
	}
}

// An issues list records each party's position beside the agreed outcome:
// only the outcome is a term.
func TestIssuesListPositions(t *testing.T) {
	rg := read(t, "# Issues list\n\n| No. | Topic | Customer position | AWS position | Status | Outcome (agreed wording) |\n|---|---|---|---|---|---|\n"+
		"| B-3 | Training | No training | AWS may use prompts and completions to improve its models. | AGREED | AWS will not use prompts or completions to train any model. |\n")
	var got []string
	for _, tr := range inForce(rg.Frames().Training, func(x Training) Base { return x.Base }) {
		got = append(got, tr.Effect)
	}
	if !slices.Equal(got, []string{"exclusion"}) {
		t.Errorf("training frames in force %v, want the agreed exclusion only", got)
	}
}

// Guardrails volume bands written out, in one sentence or one per line of
// a list, each with its price, are a sliding scale; one rate is flat.
func TestGuardrailBands(t *testing.T) {
	cases := []struct {
		name, text string
		sliding    bool
	}{
		{"one sentence", "5.1 Bedrock Guardrails are charged per million text units as follows: first 500 million units per month EUR 0,14; from 500 million to 2 billion EUR 0,11; above 2 billion EUR 0,08.", true},
		{"list items", "5.1 Bedrock Guardrails content filter charges per 1,000,000 text units in each month:\n\n(a) first 1,000,000,000 text units: CAD 0.20;\n\n(b) next 4,000,000,000 text units: CAD 0.15;\n\n(c) above 5,000,000,000 text units: CAD 0.10.", true},
		{"one rate", "5.1 Bedrock Guardrails are charged at USD 0.15 per 1,000 text units.", false},
	}
	for _, c := range cases {
		rg := read(t, "# Pricing\n\n## 5. Guardrails\n\n"+c.text+"\n")
		sliding := false
		for _, g := range inForce(rg.Frames().Guardrails, func(x Guardrails) Base { return x.Base }) {
			sliding = sliding || g.Sliding
		}
		if sliding != c.sliding {
			t.Errorf("%s: sliding %v, want %v", c.name, sliding, c.sliding)
		}
	}
}

// A side letter restating clauses of an agreement it does not contain:
// the numbers its new wordings give themselves are clauses of the draft,
// and "the commitment in clause 4.1" is the Bedrock commitment of the new
// 4.1.
func TestRestatedNumbersAreCited(t *testing.T) {
	rg := read(t, "# Side letter\n\n## 2. Changes\n\n"+
		"2.1 Clause 4.1 of the Addendum is deleted and replaced with: \"4.1 Customer commits to spend not less than USD 4,500,000 on Amazon Bedrock in each Contract Year.\"\n\n"+
		"2.2 A new clause 4.4 is inserted in the Addendum: \"4.4 The commitment in clause 4.1 runs congruent with the EDP and expires on the same day as the EDP.\"\n")
	aligned := false
	for _, c := range inForce(rg.Frames().Commitment, func(x Commitment) Base { return x.Base }) {
		if c.Bedrock && c.Aligned {
			aligned = true
		}
	}
	if !aligned {
		t.Errorf("no Bedrock commitment aligned with the EDP in force: %+v", rg.Frames().Commitment)
	}
}

// "Section B.6.3" names clause 6.3 of Part B: the amendment applies there.
func TestPartQualifiedAmendment(t *testing.T) {
	rg := read(t, "# Exhibit\n\nPART A - GENERAL\n\n1.1 This Exhibit is governed by English law.\n\n"+
		"PART B - MODELS\n\n6.1 AWS will give Customer 180 days' notice before a model is deprecated.\n\n"+
		"6.3 On a deprecation, AWS will issue Customer a credit of US$50,000 toward migrating to a successor model.\n\n"+
		"AMENDMENT NO. 1\n\n1. Section B.6.3 is deleted in its entirety.\n")
	for _, m := range inForce(rg.Frames().ModelLifecycle, func(x ModelLifecycle) Base { return x.Base }) {
		if m.Remedy {
			t.Errorf("the deleted credit still counts: %+v (notices %v)", m, rg.Notices)
		}
	}
	if len(rg.Notices) != 0 {
		t.Errorf("notices %v", rg.Notices)
	}
}

// "Notwithstanding anything in the AWS Service Terms, this § 4 applies"
// sets the draft above another document; "anything in this Addendum"
// overrides the draft's own clauses.
func TestNotwithstandingAnotherDocument(t *testing.T) {
	const doc = "# Bedrock Addendum\n\n## 4. Model Sunset\n\n4.1 AWS will give Customer six months' notice before a model used by Customer is deprecated.\n\n" +
		"4.2 For each deprecation, AWS will credit Customer with 15%% of its spend on the model in the prior six months to cover the migration.\n\n4.3 %s\n"
	cases := map[string]bool{
		"Notwithstanding anything in the AWS Service Terms allowing AWS to discontinue features, this Section 4 applies to every deprecation.": false,
		"Notwithstanding anything in this Addendum, AWS may discontinue any model at any time without notice.":                                 true,
	}
	for clause, overrides := range cases {
		rg := read(t, fmt.Sprintf(doc, clause))
		remedy := false
		for _, m := range inForce(rg.Frames().ModelLifecycle, func(x ModelLifecycle) Base { return x.Base }) {
			remedy = remedy || m.Remedy && m.Clause == "4.2"
		}
		if remedy == overrides {
			t.Errorf("%q: the 4.2 credit in force = %v, want %v (%v)", clause, remedy, !overrides, rg.PrecedenceNotes())
		}
	}
}

// A parties table that gives each side its pronouns: "we" is the customer
// here, so its commitments and rights are the customer's.
func TestPartyTablePronouns(t *testing.T) {
	rg := read(t, "# Amazon Bedrock Addendum\n\n| | |\n|---|---|\n| **\"We\", \"us\", \"our\"** | Maple Ridge Analytics Inc., Toronto |\n| **\"You\", \"your\"** | Amazon Web Services Canada, Inc. |\n\n"+
		"## 6. Provisioned Throughput\n\n6.1 We may cancel any Provisioned Throughput commitment on 30 days' notice if the model is deprecated.\n")
	c := rg.Frames().PTCancellation
	if len(c) != 1 || c[0].Holder != Customer {
		t.Errorf("%+v: \"we\" is the customer", c)
	}
}

// "On forty business days' notice, on either event in section 6.1": the
// events come from the clause named.
func TestTriggersByReference(t *testing.T) {
	rg := read(t, "# Addendum\n\n## 6. Provisioned Throughput\n\n6.1 Customer may cancel any Provisioned Throughput commitment on 90 days' notice if the model is deprecated or Customer moves the workload to another Bedrock model.\n\n"+
		"## Schedule A\n\nCancellation of Provisioned Throughput: Customer may cancel on forty (40) business days' notice, on either event in section 6.1.\n")
	found := false
	for _, c := range rg.Frames().PTCancellation {
		if strings.HasPrefix(c.Clause, "SCHEDULE") {
			found = true
			if !slices.Equal(c.Triggers, []string{"deprecation", "migration"}) {
				t.Errorf("%+v: the events of 6.1", c)
			}
		}
	}
	if !found {
		t.Errorf("no cancellation read in the schedule: %+v", rg.Frames().PTCancellation)
	}
}

// "7.2 You will not charge any per-import or per-model licence fee for
// doing so": a fee for importing is about import, though the word is in 7.1.
func TestImportFeeInItsOwnClause(t *testing.T) {
	rg := read(t, "# Addendum\n\n## 7. Your own models\n\n7.1 Customer may import custom models built on open-weight models into Amazon Bedrock.\n\n"+
		"7.2 AWS will not charge any per-import or per-model licence fee for doing so.\n")
	noFee := false
	for _, c := range rg.Frames().CustomImport {
		noFee = noFee || c.NoFee && c.Clause == "7.2"
	}
	if !noFee {
		t.Errorf("%+v: 7.2 says no import fee is charged", rg.Frames().CustomImport)
	}
}

// German-style references in an amendment ("In § 4 para. (1), the words …")
// reach the paragraph, and a paragraph left open by a comma over its items
// ("… by giving eight (8) weeks' notice, / a) if …") is their lead-in.
func TestCivilParagraphAmendment(t *testing.T) {
	rg := read(t, "Nachtrag\n\n§ 4  Reserved Capacity\n\n(1) Customer may terminate any commitment for Provisioned Throughput by giving twelve (12) weeks' notice in text form,\n\n"+
		"      a) if the underlying model is subject to a Discontinuation; or\n\n      b) if Customer moves the workload to another model on Amazon Bedrock.\n\n"+
		"§ 13  Amendments\n\n(1) In § 4 para. (1), the words \"twelve (12) weeks'\" are replaced by the words \"eight (8) weeks'\".\n")
	var days []float64
	trig := map[string]bool{}
	for _, c := range inForce(rg.Frames().PTCancellation, func(x PTCancellation) Base { return x.Base }) {
		days = append(days, c.NoticeDays)
		for _, x := range c.Triggers {
			trig[x] = true
		}
	}
	if slices.Contains(days, 84) || !slices.Contains(days, 56) {
		t.Errorf("notice days in force %v, want the amended 56 (notices %v)", days, rg.Notices)
	}
	if !trig["deprecation"] || !trig["migration"] {
		t.Errorf("triggers %v: the items read with their lead-in", trig)
	}
}

// "Notwithstanding paragraph 5.1, the notice period for a cancellation
// under paragraph 5.1 is forty (40) business days": a new term of 5.1's
// right, which keeps its triggers.
func TestNoticeOfANamedRight(t *testing.T) {
	rg := read(t, "# Side letter\n\n## 5. Provisioned Throughput\n\n5.1 Customer may cancel any Provisioned Throughput commitment on ninety (90) days' notice if the model is deprecated or Customer moves the workload to another Bedrock model.\n\n"+
		"## 10. Changes\n\n10.2 Notwithstanding paragraph 5.1 of this letter, the notice period for a cancellation under paragraph 5.1 is forty (40) business days.\n")
	c := inForce(rg.Frames().PTCancellation, func(x PTCancellation) Base { return x.Base })
	if len(c) != 1 || c[0].NoticeDays != 56 || !slices.Equal(c[0].Triggers, []string{"deprecation", "migration"}) {
		t.Errorf("in force %+v, want 10.2's 56 days with 5.1's triggers", c)
	}
}

// A party named only by its company name ("Kestrel Mining Services Pty
// Ltd") is called by the first word of it: "Kestrel will not use Outputs
// to develop a competing model" is the customer's covenant, no promise of
// the provider's.
func TestCompanyFirstWordIsAParty(t *testing.T) {
	rg := read(t, "# Amazon Bedrock Addendum\n\n**Kestrel Mining Services Pty Ltd** and **Amazon Web Services Australia Pty Ltd**\n\n"+
		"## 3. Data\n\n3.1 Kestrel will not use Outputs to develop a model that competes with Amazon Bedrock.\n")
	for _, tr := range rg.Frames().Training {
		if tr.Effect == "exclusion" {
			t.Errorf("%+v: the customer's covenant read as the provider's promise", tr)
		}
	}
}

// "The Clauses prevail over the Schedules" where the clauses sit in Part 1
// and Part 2: a plain part of the main text is the body.
func TestPartsAreTheBody(t *testing.T) {
	rg := read(t, "# Agreement\n\nPART 1 - GENERAL\n\n2.2 If the Clauses and a Schedule conflict, the Clauses prevail.\n\n"+
		"PART 2 - SERVICE\n\n5.1 AWS will make Provisioned Throughput available 99.9% of each month, with service credits.\n\n"+
		"SCHEDULE 4 - SUMMARY\n\n1.1 AWS will make Provisioned Throughput available 99.5% of each month, with service credits.\n")
	var got []float64
	for _, s := range inForce(rg.Frames().PTSLA, func(x PTSLA) Base { return x.Base }) {
		got = append(got, s.Levels...)
	}
	if !slices.Equal(got, []float64{99.9}) {
		t.Errorf("levels in force %v, want Part 2's 99.9 over the schedule (%v)", got, rg.PrecedenceNotes())
	}
}

// "Kestrel prompts and completions are not used to train models": a passive
// verb done to the customer's data, with no one named as acting, is the
// provider's exclusion, not the customer's covenant.
func TestPassiveOnThePartysData(t *testing.T) {
	rg := read(t, "# Addendum\n\nKestrel Mining Pty Ltd and Amazon Web Services Australia Pty Ltd\n\n"+
		"## 6. Data\n\n6.1 Kestrel prompts and completions are not used to train foundation models.\n")
	tr := rg.Frames().Training
	if len(tr) != 1 || tr[0].Effect != "exclusion" {
		t.Errorf("%+v: an exclusion of training on the customer's data", tr)
	}
}

// A compliance statement laid out as labelled fields: the buyer's
// requirement asks for a term, the response is the term.
func TestComplianceStatementFields(t *testing.T) {
	doc, err := extract.Bytes("proposal.txt", []byte(`COMMERCIAL PROPOSAL

2   STATEMENT OF COMPLIANCE

    REQ-04  Cancellation of Provisioned Throughput
            Requirement : Right to cancel PT on thirty days' notice
                          on deprecation or migration.
            Status      : Open
            Response    : Reserved.

    REQ-05  Provisioned Throughput availability
            Requirement : Availability commitment with service credits.
            Status      : Compliant
            Response    : AWS commits that Provisioned Throughput will
                          be available 99.9% of each month.
`), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	f := mustReader(t).Read(doc).Frames()
	if c := inForce(f.PTCancellation, func(x PTCancellation) Base { return x.Base }); len(c) != 0 {
		t.Errorf("the requirement is no cancellation right: %+v", c)
	}
	var levels []float64
	for _, s := range inForce(f.PTSLA, func(x PTSLA) Base { return x.Base }) {
		levels = append(levels, s.Levels...)
	}
	if !slices.Contains(levels, 99.9) {
		t.Errorf("the response is a term: levels %v", levels)
	}
}

// A compliance table whose header names the requirement with the
// response ("Requirement / AWS response"): an item's text before its
// "Response:" is the buyer's requirement.
func TestComplianceTableRequirementFirst(t *testing.T) {
	doc, err := extract.Bytes("rft.txt", []byte(`TENDER RESPONSE

PART 2  COMPLIANCE SCHEDULE

-----------------------------------------------------------------------
Ref    Requirement / AWS response                       Code  Reference
-----------------------------------------------------------------------
4.3    Cancellation of reserved capacity.               NC    -
       The Bank requires the right to cancel Provisioned
       Throughput on 30 days' notice if the model is
       deprecated. Customer may cancel Provisioned
       Throughput on thirty days' notice.

       Response: [Intentionally left blank]

-----------------------------------------------------------------------
4.4    Availability of reserved capacity.               C     SLA
       The Bank requires an availability commitment.

       Response: AWS will make Provisioned Throughput
       available 99.9% of each month.
-----------------------------------------------------------------------
`), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	f := mustReader(t).Read(doc).Frames()
	for _, c := range f.PTCancellation {
		if c.Binding {
			t.Errorf("the requirement is no cancellation right: %+v", c)
		}
	}
	var levels []float64
	for _, s := range inForce(f.PTSLA, func(x PTSLA) Base { return x.Base }) {
		if s.Binding {
			levels = append(levels, s.Levels...)
		}
	}
	if !slices.Contains(levels, 99.9) {
		t.Errorf("the response is a term: levels %v", levels)
	}
}

// A clause that says a numbered section does not bind ("It is not part of
// the offer") makes that section's terms non-binding, wherever it stands.
func TestSectionDeclaredNotBinding(t *testing.T) {
	rg := read(t, "# Proposal\n\n## 1. How to read this proposal\n\n1.1 Sections 2 to 3 are a firm offer.\n\n"+
		"1.2 Section 4 (Negotiation Notes) records open points for information. It is not part of the offer and does not bind either party.\n\n"+
		"## 2. Terms\n\n2.1 AWS will not use prompts or completions to train any model.\n\n"+
		"## 4. Negotiation notes\n\n4.1 Customer may cancel any Provisioned Throughput commitment on thirty (30) days' notice if the model is deprecated.\n")
	f := rg.Frames()
	if c := f.PTCancellation; len(c) != 1 || c[0].Binding {
		t.Errorf("the cancellation in section 4 does not bind: %+v", c)
	}
	if tr := inForce(f.Training, func(x Training) Base { return x.Base }); len(tr) != 1 || !tr[0].Binding {
		t.Errorf("section 2 binds: %+v", tr)
	}
}

// A draft that numbers its sections through its parts has a Section 4 and
// a Part 4: "Section 4 … is explanatory only" leaves Part 4 binding.
func TestSectionIsNotThePartOfItsNumber(t *testing.T) {
	rg := read(t, "# Addendum\n\n# Part 1 Preliminary\n\n## 3 Interpretation\n\n(1) Section 4 and every note in this Addendum is explanatory only and does not form part of the operative terms.\n\n"+
		"## 4 Simplified outline\n\nPart 4 deals with cancelling Provisioned Throughput commitments.\n\n"+
		"# Part 4 Models\n\n## 19 Cancellation\n\n(1) The Customer may cancel a Provisioned Throughput commitment on thirty (30) days' notice if the model is deprecated.\n")
	for _, f := range rg.Frames().PTCancellation {
		if f.Kind == "right" && !f.Binding {
			t.Errorf("the right in section 19 of Part 4 binds: %+v", f)
		}
	}
	if len(rg.Frames().PTCancellation) == 0 {
		t.Error("no cancellation read")
	}
}

// A definition that denies inclusion in other words ("shall in no event
// include") leaves out what it names.
func TestDefinitionInNoEventIncludes(t *testing.T) {
	rg := read(t, "# Amendment\n\n## 1. Definitions\n\n"+
		"1.1 \"Outputs\" means completions returned by Bedrock.\n\n"+
		"1.2 \"Inputs\" means the prompts submitted to Bedrock; provided that Inputs shall in no event include any Outputs, whether or not an Output is later resubmitted.\n\n"+
		"## 2. Data\n\n2.1 AWS shall not use Inputs to train any model.\n")
	tr := inForce(rg.Frames().Training, func(x Training) Base { return x.Base })
	if len(tr) != 1 || slices.Contains(tr[0].Covers, "completions") {
		t.Errorf("training %+v: Inputs are defined to leave outputs out", tr)
	}
}

// A reference to an exhibit the draft has only as a heading over a
// placeholder is a reference to something not in the draft.
func TestHollowExhibitIsMissing(t *testing.T) {
	for _, c := range []struct{ exhibit, wantMissing string }{
		{"[To be attached prior to signature]", "Exhibit D"},
		{"TBD", "Exhibit D"},
		{"Credits: 10% below 99.9%; 25% below 99.0%.", ""},
	} {
		rg := read(t, "# SOW\n\n## 6. Service levels\n\n6.2 AWS will make Provisioned Throughput available 99.9% of each month. "+
			"If AWS misses that level, Customer will receive service credits calculated in accordance with Exhibit D.\n\n"+
			"# EXHIBIT D - SERVICE CREDIT SCHEDULE\n\n"+c.exhibit+"\n")
		var missing []string
		for _, s := range rg.Frames().PTSLA {
			missing = append(missing, s.MissingRefs...)
		}
		if got := strings.Join(slices.Compact(missing), ","); got != c.wantMissing {
			t.Errorf("exhibit %q: missing refs %q, want %q", c.exhibit, got, c.wantMissing)
		}
	}
}

// A board paper quotes the deal's terms; its own account of the
// negotiation ("Management did not obtain language on …") states none.
func TestMemoNarrativeIsNoTerm(t *testing.T) {
	const body = "## 4. Token metering\n\n> 4.1 Tokens are metered using the tokeniser of the model invoked.\n\n" +
		"Management did not obtain language on JSON schemas used for structured outputs.\n"
	for _, c := range []struct {
		title string
		want  bool // the narrative sentence binds
	}{
		{"# Board Paper — Approval of the Amazon Bedrock Addendum\n\n", false},
		{"# Amazon Bedrock Addendum\n\n", true},
	} {
		rg := read(t, c.title+body)
		found := false
		for _, st := range rg.Statements {
			if strings.HasPrefix(st.Quote, "Management did not obtain") {
				found = true
				if st.Binding != c.want {
					t.Errorf("%q: the narrative binds = %v, want %v", c.title, st.Binding, c.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: the narrative sentence is not read", c.title)
		}
	}
}

// Items under a lead-in that is a whole sentence ("… is allocated as
// follows and amounts may not be moved between lines:") are the
// allocation; the lead's negation is not theirs.
func TestCommitmentAllocatedInItems(t *testing.T) {
	// the allocation as a table under its caption
	rg := read(t, "# Bedrock Addendum\n\n2.1 Customer commits to spend USD 3,000,000 on Amazon Bedrock (the \"Bedrock Commitment\").\n\n"+
		"2.2 The Bedrock Commitment is allocated as follows and amounts may not be moved between allocations:\n\n"+
		"| Allocation | Models | Committed amount |\n|---|---|---|\n| A | Anthropic Claude models | USD 2,000,000 |\n| B | Meta Llama models | USD 1,000,000 |\n")
	split := false
	for _, f := range rg.Frames().Commitment {
		split = split || f.Split
	}
	if !split {
		t.Errorf("the allocation table splits the commitment")
	}
	for _, c := range []struct {
		lead  string
		split bool
	}{
		{"7.2 The Bedrock Commitment is allocated as follows and amounts may not be moved between lines:", true},
		{"7.2 The Bedrock Commitment may be spent on any model family and is not allocated:", false},
	} {
		rg := read(t, "# Bedrock Addendum\n\n7.1 Customer commits to spend USD 480,000 on Amazon Bedrock in each year (the \"Bedrock Commitment\").\n\n"+
			c.lead+"\n\n(a) Anthropic Claude models: USD 300,000\n\n(b) Amazon Nova models: USD 180,000\n")
		split := false
		for _, f := range rg.Frames().Commitment {
			split = split || f.Split
		}
		if split != c.split {
			t.Errorf("%q: split %v, want %v", c.lead, split, c.split)
		}
	}
}

// "X is not precluded from terminating" grants X the right; an item that
// names its circumstance in a clause of its own is a trigger.
func TestNotPrecludedWithItemTriggers(t *testing.T) {
	rg := read(t, "# Schedule\n\n## 5. Provisioned Throughput\n\n5.2 The Customer is not precluded from terminating a Provisioned Throughput term by thirty (30) days' notice in either of the following circumstances:\n\n"+
		"(a) AWS deprecates the model to which the Provisioned Throughput relates; or\n\n(b) the Customer migrates the workload to a different model offered on Amazon Bedrock.\n")
	var trig []string
	for _, c := range inForce(rg.Frames().PTCancellation, func(x PTCancellation) Base { return x.Base }) {
		if c.Kind != "right" || c.Holder != Customer {
			t.Errorf("not a right of the customer: %+v", c)
		}
		trig = append(trig, c.Triggers...)
	}
	slices.Sort(trig)
	if trig = slices.Compact(trig); !slices.Equal(trig, []string{"deprecation", "migration"}) {
		t.Errorf("triggers %v, want deprecation and migration", trig)
	}
}

// A change record the draft calls "for information only", by a sentence
// over it or by its name elsewhere, states no term; nor does the "Was"
// column of a change table.
func TestInformationalChangeRecords(t *testing.T) {
	const row = "| 7 | \"Customer may cancel Provisioned Throughput on thirty (30) days' notice if the model is deprecated or Customer moves to another Bedrock model.\" | Reserved |\n"
	for _, c := range []struct{ name, md string }{
		{"a sentence over the table", "# Addendum\n\n## Change record\n\nThe change record below is for information only.\n\n| § | Before | After |\n|---|---|---|\n" + row},
		{"the table named elsewhere", "# Addendum\n\nTable 1 is for information only; the consolidated text governs.\n\n## Table 1 Summary of changes\n\n| § | Before | After |\n|---|---|---|\n" + row},
		{"a Was column", "# Addendum\n\n## Changes\n\n| § | Was | Now |\n|---|---|---|\n" + row},
	} {
		rg := read(t, c.md)
		for _, f := range rg.Frames().PTCancellation {
			if f.Binding && f.Kind == "right" {
				t.Errorf("%s: the old wording is read as a right: %+v", c.name, f)
			}
		}
	}
}

// An amending deed whose schedule reproduces the amended addendum: its
// instructions amend the schedule's paragraphs, not the deed's own
// clauses of the same number.
func TestAmendmentTargetsTheReproducedDocument(t *testing.T) {
	for _, c := range []struct{ name, schedule, intro string }{
		{"heading", "# SCHEDULE 1\n\n## ADDENDUM AS IN FORCE BEFORE THE RENEWAL DATE\n\n", ""},
		{"said in the body", "# SCHEDULE 1\n\n", "1.2 Schedule 1 reproduces the Addendum before the Renewal Date.\n\n"},
	} {
		rg := read(t, "# Deed of Amendment\n\n## 1. Interpretation\n\n1.1 Terms have the meanings in the Addendum.\n\n"+c.intro+
			"## 3. Amendments\n\n3.6 Paragraph 7 (Customer Data) is deleted in its entirety.\n\n## 7. General\n\n7.1 This Deed may be executed in counterparts.\n\n"+
			c.schedule+"### 7. Customer Data\n\n7.1 AWS will not use Customer's prompts or completions to train any foundation model.\n")
		if tr := inForce(rg.Frames().Training, func(x Training) Base { return x.Base }); len(tr) != 0 {
			t.Errorf("%s: the deleted paragraph still counts: %+v (notices %v)", c.name, tr, rg.Notices)
		}
	}
}

// A dated comment in brackets over several sentences is a note; a part the
// draft calls a reading aid with no contractual effect states no term.
func TestDatedCommentsAndReadingAids(t *testing.T) {
	rg := read(t, "# Addendum\n\n## 7. Custom model import\n\n7.1 Customer may import custom models into Amazon Bedrock.\n\n"+
		"> *[Customer Legal, 20.02.2026: AWS still to confirm that no per-import charge will apply. Open point.]*\n")
	for _, f := range rg.Frames().CustomImport {
		if f.Binding && strings.Contains(f.Quote, "per-import") {
			t.Errorf("the comment is read as a term: %+v", f)
		}
	}
	rg = read(t, "# Addendum\n\nThis document has two parts. Part A is a reading aid; it has no contractual effect. Part B prevails.\n\n"+
		"# Part A\n\n| Clause | Before | After |\n|---|---|---|\n| 7 | \"Customer may cancel Provisioned Throughput on thirty (30) days' notice if the model is deprecated.\" | Reserved |\n\n"+
		"# Part B\n\n## 7. Provisioned Throughput\n\nReserved.\n")
	for _, f := range rg.Frames().PTCancellation {
		if f.Binding {
			t.Errorf("the reading aid is read as a term: %+v", f)
		}
	}
}

// "Part 1 and Part 2 are for information only" makes the parts so
// numbered non-binding; "OPEN, not part of Part 4" leaves Part 4 alone.
func TestPartsForInformationOnly(t *testing.T) {
	for _, status := range []string{"Part 1 and Part 2 are for information only. Only Part 3 binds the parties.", "Part 1 and Part 2 are for information only."} {
		testPartsForInformationOnly(t, status)
	}
}

func testPartsForInformationOnly(t *testing.T, status string) {
	rg := read(t, "# Record of negotiation\n\n"+status+"\n\n"+
		"# PART 1 BACKGROUND\n\n1.1 Customer uses Amazon Bedrock.\n\n"+
		"# PART 2 PROPOSALS\n\n2.1 AWS proposed that PT commitments are non-cancellable in all cases. Customer did not accept.\n\n"+
		"2.2 Customer asked for a migration credit. OPEN, not part of Part 3.\n\n"+
		"# PART 3 AGREED TERMS\n\n3.1 Customer may cancel a Provisioned Throughput commitment on thirty (30) days' notice if the model is deprecated.\n")
	for _, f := range rg.Frames().PTCancellation {
		switch {
		case f.Kind == "denial" && f.Binding:
			t.Errorf("the proposal in Part 2 binds: %+v", f)
		case f.Kind == "right" && !f.Binding:
			t.Errorf("the agreed term in Part 3 does not bind: %+v", f)
		}
	}
}

// "AWS may retire a model at any time" where the draft gives a notice
// period for retirement is a right on notice; "without notice" is not.
func TestAtAnyTimeOnNoticeGivenElsewhere(t *testing.T) {
	for _, c := range []struct {
		second string
		atWill bool
	}{
		{"6.2 AWS may retire any model at any time.", false},
		{"6.2 AWS may retire any model without notice.", true},
	} {
		rg := read(t, "# Bedrock Addendum\n\n## 6. Model lifecycle\n\n6.1 AWS will give Customer 180 days' notice before it retires a model that Customer uses.\n\n"+c.second+"\n")
		atWill := false
		for _, f := range inForce(rg.Frames().ModelLifecycle, func(x ModelLifecycle) Base { return x.Base }) {
			atWill = atWill || f.AtWill
		}
		if atWill != c.atWill {
			t.Errorf("%q: at will %v, want %v", c.second, atWill, c.atWill)
		}
	}
}

// A term stated of "the commitment" named by its clause number, or of
// "the commitment" whose term the EDP sets, is the Bedrock commitment's.
func TestCommitmentTermByReference(t *testing.T) {
	for _, term := range []string{
		"3.12 Term. The 3.7 commitment is co-terminous with the EDP and will be reset at each EDP renewal.",
		"3.12 Term. The commitment runs congruent with the EDP Term and terminates together with it.",
	} {
		rg := read(t, "# Minutes\n\n3.7 Commitment. Customer commits to USD 9,000,000 of Amazon Bedrock spend in each year.\n\n"+term+"\n")
		aligned := false
		for _, c := range inForce(rg.Frames().Commitment, func(x Commitment) Base { return x.Base }) {
			aligned = aligned || c.Bedrock && c.Aligned
		}
		if !aligned {
			t.Errorf("%q: the Bedrock commitment is not aligned with the EDP", term)
		}
	}
}

// A commitment term the EDP's renewal or end is denied any effect on runs
// independently of it; "No.: A.4" in a row label denies nothing.
func TestCommitmentTermNotAffectedByTheEDP(t *testing.T) {
	for _, c := range []struct {
		term           string
		aligned, indep bool
	}{
		{"2.4 Its term is fixed and is not affected by any renewal, extension or early termination of the EDP.", false, true},
		{"2.4 The commitment ends on the same day as the EDP. When the EDP is renewed, the commitment will be set afresh as part of that renewal.", true, false},
	} {
		rg := read(t, "# Side letter\n\n## 2. Bedrock Commitment\n\n2.1 Customer commits to spend EUR 2,400,000 on Amazon Bedrock in each Commitment Year (the \"Commitment\").\n\n"+c.term+"\n")
		aligned, indep := false, false
		for _, f := range inForce(rg.Frames().Commitment, func(x Commitment) Base { return x.Base }) {
			aligned = aligned || f.Aligned
			indep = indep || f.Independent
		}
		if aligned != c.aligned || indep != c.indep {
			t.Errorf("%q: aligned %v independent %v, want %v %v", c.term, aligned, indep, c.aligned, c.indep)
		}
	}
	rg := read(t, "# Order form\n\n## 2. Bedrock Commitment\n\n2.1 Customer commits to spend USD 1,000,000 on Amazon Bedrock.\n\n| No. | Term |\n|---|---|\n"+
		"| A.4 | Ends on the same day as the EDP. |\n")
	for _, f := range rg.Frames().Commitment {
		if f.Independent {
			t.Errorf("the row label 'No.' is read as a negation: %+v", f)
		}
	}
}

// A compliance matrix as a table ("Requirement | Status | AWS Response"):
// the requirement column asks, the response column answers.
func TestComplianceMatrixColumns(t *testing.T) {
	rg := read(t, "# RFP response\n\n| Ref | Requirement | Status | AWS Response |\n|---|---|---|---|\n"+
		"| R-3.1 | Right to cancel Provisioned Throughput on thirty (30) days' notice if the model is deprecated. | NC | Provisioned Throughput is provided on a best-efforts basis. |\n")
	for _, f := range rg.Frames().PTCancellation {
		if f.Binding {
			t.Errorf("the requirement is read as a term: %+v", f)
		}
	}
	if len(rg.Frames().PTSLA) == 0 {
		t.Errorf("the response is not read")
	}
}

// An order of precedence whose first rank a rendering made an item, the
// others inline: "they rank in this order:" / "(1) Part D; (2) Part C; …".
func TestPrecedenceRanksInlineInAnItem(t *testing.T) {
	rg := read(t, "# SOW\n\n# Part A\n\n## A8. Charges\n\n8.2 Bedrock usage is charged at the published on-demand rate less fifteen per cent (15%).\n\n"+
		"## A9. Order of precedence\n\n9.1 If the parts of this SOW are inconsistent, they rank in this order:\n\n(1) Part C (Pricing Exhibit); (2) Part A; (3) Part B.\n\n"+
		"# Part C\n\nC.1 All Bedrock on-demand inference is charged at eighteen per cent (18%) below the published on-demand rate.\n")
	var in []float64
	for _, d := range inForce(rg.Frames().Discount, func(x Discount) Base { return x.Base }) {
		in = append(in, d.Percent)
	}
	if !slices.Equal(in, []float64{18}) {
		t.Errorf("discounts in force %v, want Part C's 18 only", in)
	}
}

// The headings over a clause are read one by one: "Pool / Commitment /
// Terms" names a commitment, not a "commitment term".
func TestHeadingPathReadPartByPart(t *testing.T) {
	rg := read(t, "# Term sheet\n\n# Part B Terms\n\n## 1. Commitment\n\n1.1 Bedrock Commitment: EUR 3,000,000 of Amazon Bedrock spend.\n\n"+
		"1.2 Pool: one pool, usable on any foundation model family offered on Bedrock.\n")
	pool := false
	for _, c := range inForce(rg.Frames().Commitment, func(x Commitment) Base { return x.Base }) {
		pool = pool || c.Pool
	}
	if !pool {
		t.Errorf("the pool is not read as the commitment's")
	}
}

// A fee denied "for" something other than import is no word on import
// fees; "for doing so" after an import points back to it.
func TestImportFeeObject(t *testing.T) {
	for _, c := range []struct {
		second string
		noFee  bool
	}{
		{`4.2 No separate licence fee is payable for the Buyer's use of the Supplier's "Bedrock Onboarding Accelerator" scripts and runbooks.`, false},
		{"4.2 AWS will not charge any per-import or per-model licence fee for doing so.", true},
	} {
		rg := read(t, "# Call-off\n\n## 4. Custom models\n\n4.1 The Buyer may import its own custom models derived from open-weight models into Amazon Bedrock.\n\n"+c.second+"\n")
		noFee := false
		for _, f := range inForce(rg.Frames().CustomImport, func(x CustomImport) Base { return x.Base }) {
			noFee = noFee || f.NoFee
		}
		if noFee != c.noFee {
			t.Errorf("%q: no fee %v, want %v", c.second, noFee, c.noFee)
		}
	}
}

// What the customer must send ("The Client shall include a system message
// in each request") says nothing of how it is counted.
func TestCustomerDutyIsNoCountingTerm(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool // system prompts addressed
	}{
		{"3.4 The Client shall include a system message in each request that identifies the channel.", false},
		{"3.4 System prompts count as input tokens.", true},
	} {
		rg := read(t, "# Annex\n\n## 3. Token counting\n\n3.1 Tokens are measured with the tokenizer of the model that processes each request.\n\n"+c.text+"\n")
		got := false
		for _, f := range inForce(rg.Frames().TokenCounting, func(x TokenCounting) Base { return x.Base }) {
			got = got || slices.Contains(f.Elements, "system_prompts")
		}
		if got != c.want {
			t.Errorf("%q: system prompts addressed %v, want %v", c.text, got, c.want)
		}
	}
}

// "Subject only to Clause 4.3, PT is non-cancellable" qualifies the
// denial; cross-Region inference kept "within the Europe geography" stays
// in the customer's area.
func TestSubjectOnlyToAndGeographies(t *testing.T) {
	rg := read(t, "# Addendum\n\n## 4. Committed Capacity\n\n4.1 Subject only to Clause 4.3, Provisioned Throughput is non-cancellable and non-refundable.\n\n"+
		"4.3 The Bank may cancel Provisioned Throughput on sixty (60) days' notice if the model is deprecated.\n\n"+
		"## 7. Data\n\n7.2 Bank Content stays in the Frankfurt Region. Where the Bank enables cross-Region inference, AWS shall route requests only to other Regions within the Europe geography.\n")
	for _, f := range rg.Frames().PTCancellation {
		if f.Kind == "denial" && !f.Qualified {
			t.Errorf("the denial is subject to 4.3: %+v", f)
		}
	}
	for _, r := range inForce(rg.Frames().Residency, func(x Residency) Base { return x.Base }) {
		if r.Effect == "conflict" {
			t.Errorf("cross-Region inference within a geography is no move out of region: %+v", r)
		}
	}
}

// An item whose value is only a mark of omission ("Custom model import:
// Not used.", a row "4.5 | Custom model import | Reserved.") commits
// nothing; a value that says more is a term.
func TestItemValueOmitted(t *testing.T) {
	for _, c := range []struct {
		md    string
		right bool
	}{
		{"# Order\n\n## 1. Services\n\n1.1 Customer uses Amazon Bedrock.\n\n## 3. Special terms\n\nSpecial Term 3 - Custom model import: Not used.\n", false},
		{"# Order\n\n## 1. Services\n\n1.1 Customer uses Amazon Bedrock.\n\n## 4. Terms\n\n| Ref | Item | Terms |\n|---|---|---|\n| 4.5 | Custom model import | Not used. |\n", false},
		{"# Order\n\n## 1. Services\n\n1.1 Customer uses Amazon Bedrock.\n\n## 3. Special terms\n\nSpecial Term 3 - Custom model import: Customer may import its own fine-tuned models into Amazon Bedrock.\n", true},
	} {
		rg := read(t, c.md)
		right := false
		for _, f := range inForce(rg.Frames().CustomImport, func(x CustomImport) Base { return x.Base }) {
			right = right || f.Right
		}
		if right != c.right {
			t.Errorf("%q: import right %v, want %v", c.md, right, c.right)
		}
	}
}

// A rate card whose discount follows from two stated prices: a "Committed
// Rate" column is the customer's price, and a header may describe its
// unit in brackets.
func TestRateCardDiscountFromPrices(t *testing.T) {
	for _, table := range []string{
		"| Model | Published on-demand input | Committed Rate input |\n|---|---:|---:|\n| Claude 3.7 Sonnet | 3.00 | 2.40 |\n| Claude 3.5 Haiku | 1.00 | 0.82 |\n",
		"| Model | Published on-demand rate (USD per 1M tokens, input / output) | Northfield rate (USD per 1M tokens, input / output) |\n|---|---|---|\n| Claude 3.7 Sonnet | 3.00 / 15.00 | 2.40 / 12.00 |\n| Claude 3.5 Haiku | 1.00 / 5.00 | 0.82 / 4.10 |\n",
	} {
		rg := read(t, "# Addendum\n\n## 2. Pricing\n\n2.1 Customer commits to spend USD 5,000,000 on Amazon Bedrock under the EDP.\n\n2.3 Customer's on-demand rates are:\n\n"+table)
		var pcts []float64
		for _, d := range inForce(rg.Frames().Discount, func(x Discount) Base { return x.Base }) {
			pcts = append(pcts, d.Percent)
		}
		if !slices.Contains(pcts, 18) || !slices.Contains(pcts, 20) {
			t.Errorf("discounts %v, want 20 and 18 from the prices", pcts)
		}
	}
}

// Tiers of PT credits priced per model-unit hour, with the standalone rate
// stated in the sentence above the table: each tier's discount follows
// from the two prices.
func TestPrepurchaseTiersBelowStatedStandalone(t *testing.T) {
	rg := read(t, "# Exhibit B\n\n### Part 2 - Provisioned Throughput pre-purchase credits\n\nStandalone PT rate for the reference large model: USD 39.00 per model-unit hour (one-month term). PT credits are bought in advance in the tiers below and applied at the stated rate to PT usage.\n\n"+
		"| Tier | Credits purchased in one order | Rate per model-unit hour |\n|---|---|---|\n| Tier 1 | USD 250,000 – 499,999 | USD 25.35 |\n| Tier 2 | USD 500,000 – 999,999 | USD 23.40 |\n| Tier 3 | USD 1,000,000 and above | USD 21.45 |\n")
	var got []float64
	for _, p := range inForce(rg.Frames().PTPrepurchase, func(x PTPrepurchase) Base { return x.Base }) {
		got = append(got, p.Discounts...)
	}
	for _, want := range []float64{35, 40, 45} {
		if !slices.Contains(got, want) {
			t.Errorf("pre-purchase discounts %v, want %v among them", got, want)
		}
	}
}

// A PT price "before any pre-purchase credit" is no pre-purchase term, and
// a row of an issues list is not one because another row is.
func TestPrepurchaseMentionedAside(t *testing.T) {
	rg := read(t, "# Heads of terms\n\n## 6. PT\n\n6.1 PT credits bought in advance are discounted from the standalone PT rate: 38% for Tier 1, 44% for Tier 2.\n\n"+
		"## 9. Pricing\n\nPS-2 PT hourly rates: published standalone PT rates less 10% (before any pre-purchase credit).\n\n"+
		"## 10. Issues\n\n| No. | Topic | Agreed wording |\n|---|---|---|\n| A3 | PT pre-purchase | PT credits bought in advance are 40% below the standalone PT rate. |\n"+
		"| A4 | Competitive benchmark | If the Claude API price falls more than 10% below the Bedrock price, AWS will match it. |\n")
	var got []float64
	for _, p := range inForce(rg.Frames().PTPrepurchase, func(x PTPrepurchase) Base { return x.Base }) {
		got = append(got, p.Discounts...)
	}
	if slices.Contains(got, 10) {
		t.Errorf("pre-purchase discounts %v: 10%% is not a pre-purchase discount", got)
	}
}

// Pre-purchase tiers priced against a standalone price the lead-in states:
// the discount of each tier follows from the two prices.
func TestPrepurchaseTiersFromPrices(t *testing.T) {
	rg := read(t, "# Rider\n\n## 7. Dedicated Throughput\n\n7.5 Customer may pre-purchase Provisioned Throughput model-unit hours (standalone rate US$39.00 per model-unit hour) at the following prices:\n\n"+
		"| Pre-purchase tier | Amount pre-purchased | Price per model-unit hour |\n|---|---|---|\n| Tier 1 | up to US$500,000 | US$25.35 |\n| Tier 2 | above US$500,000 | US$19.50 |\n")
	var got []float64
	for _, p := range inForce(rg.Frames().PTPrepurchase, func(x PTPrepurchase) Base { return x.Base }) {
		got = append(got, p.Discounts...)
	}
	slices.Sort(got)
	if !slices.Equal(slices.Compact(got), []float64{35, 50}) {
		t.Errorf("pre-purchase discounts %v, want 35 and 50 from the prices", got)
	}
}

// A defined term in bold (its quotes gone) is a definition, not a term of
// the deal; "bring any … term to an end" cancels; an omitted section with
// a bracketed history note under it commits nothing.
func TestDefinitionsEndingsAndOmittedNotes(t *testing.T) {
	rg := read(t, "# Addendum\n\n## 1. Definitions\n\n- **Sunset Event**: AWS deprecating or withdrawing a foundation model.\n- **Model Change** means the retirement of a foundation model from Bedrock.\n\n"+
		"## 4. Model lifecycle\n\n[Intentionally Omitted]\n\n*[FY26: AWS to give ninety (90) days' notice of Model retirement.]*\n\n"+
		"## 6. Model versions\n\n[Reserved] [FY26: AWS to give sixty (60) days' notice before it retires a model version.]\n\n"+
		"## 5. Reserved Capacity\n\n5.1 Customer may bring any Provisioned Throughput term to an end by giving thirty (30) days' notice where a Sunset Event occurs.\n")
	for _, m := range rg.Frames().ModelLifecycle {
		if m.InForce {
			t.Errorf("a lifecycle term in force: %+v", m)
		}
	}
	rights := 0
	for _, c := range inForce(rg.Frames().PTCancellation, func(x PTCancellation) Base { return x.Base }) {
		if c.Kind == "right" {
			rights++
		}
	}
	if rights == 0 {
		t.Errorf("'bring any … term to an end' is no cancellation right")
	}
}

// A section whose heading says it binds nobody ("(for convenience only)",
// "(non-binding)") is read as a non-binding section: a mention, no term.
func TestHeadingQualifiedNonBinding(t *testing.T) {
	for _, h := range []string{"SUMMARY OF KEY TERMS (FOR CONVENIENCE ONLY)", "Items for further discussion (non-binding)", "ANNEX (FOR INFORMATION ONLY - NOT A CONTRACT DOCUMENT: SEE Z1.2) TENDER CLARIFICATIONS LOG", "Part 2 — Non-selected library variants (reference only)"} {
		rg := read(t, "# Addendum\n\n## 6. Reserved capacity\n\n6.3 Customer may cancel Provisioned Throughput on sixty (60) days' notice if the model is deprecated.\n\n"+
			"## 9. "+h+"\n\n9.1 Customer may cancel Provisioned Throughput on ninety (90) days' notice if the model is deprecated.\n")
		for _, c := range rg.Frames().PTCancellation {
			if c.Clause == "9.1" && c.Binding {
				t.Errorf("%q: the section binds: %+v", h, c)
			}
			if c.Clause == "9.1" && c.Nonbinding != "nonbinding_document" {
				t.Errorf("%q: read as %q, want a non-binding section", h, c.Nonbinding)
			}
		}
	}
}

// A term in bold, its quotes gone, is defined: "Our Content means …
// prompts … completions" makes a promise about Our Content cover both.
func TestBareDefinedTerm(t *testing.T) {
	rg := read(t, "# Addendum\n\n## 1. Words we use\n\n- **Our Content** means everything Customer sends to Bedrock (prompts, files) and everything Bedrock sends back (completions).\n\n"+
		"## 5. Data\n\n5.1 AWS will not use Our Content to train any foundation model.\n")
	tr := inForce(rg.Frames().Training, func(x Training) Base { return x.Base })
	if len(tr) != 1 || !slices.Contains(tr[0].Covers, "prompts") || !slices.Contains(tr[0].Covers, "completions") {
		t.Errorf("training %+v: Our Content is defined as prompts and completions", tr)
	}
}

// Definitions listed one per line, each ending in ";", are each defined;
// a use denied in an appositive ("shall procure that AWS does not use, any
// Buyer Content to train") excludes training.
func TestDefinitionLinesAndDeniedUse(t *testing.T) {
	rg := read(t, "# Addendum\n\n## 1. Definitions\n\n1.1 In this Addendum the following words have the following meanings:\n\"Addendum Effective Date\" means 1 July 2026;\n"+
		"\"Interaction Records\" means Prompts and Completions, together with the invocation logs relating to them;\n\"Prompt\" means any input sent to a model;\n\"Completion\" means any content a model generates.\n\n"+
		"## 8. Data\n\n8.3 AWS may use Interaction Records to evaluate and improve the foundation models made available through Amazon Bedrock.\n")
	perm := false
	for _, f := range inForce(rg.Frames().Training, func(x Training) Base { return x.Base }) {
		perm = perm || f.Effect == "permission" && slices.Contains(f.Covers, "prompts")
	}
	if !perm {
		t.Errorf("Interaction Records, defined on their own line, are prompts and completions")
	}
	rg = read(t, "# Call-off\n\n## 2. Data\n\n2.1 The Supplier shall not use, and shall procure that AWS does not use, any Customer Content to train, retrain or improve any foundation model.\n")
	excl := false
	for _, f := range inForce(rg.Frames().Training, func(x Training) Base { return x.Base }) {
		excl = excl || f.Effect == "exclusion"
	}
	if !excl {
		t.Errorf("the denied use is no training exclusion")
	}
}

// A heading is no import right, nor is importing data to fine-tune a model.
func TestImportRightNeedsAModelImported(t *testing.T) {
	for _, c := range []struct {
		text  string
		right bool
	}{
		{"¶7 Custom Model Import", false},
		{"9.1 Customer may import datasets into Amazon Bedrock in order to fine-tune Claude models.", false},
		{"9.1 Customer may import custom models derived from open-weight models into Amazon Bedrock.", true},
	} {
		rg := read(t, "# Annex\n\n## 1. Services\n\n1.1 Customer uses Amazon Bedrock.\n\n## 9. Models\n\n"+c.text+"\n")
		right := false
		for _, f := range inForce(rg.Frames().CustomImport, func(x CustomImport) Base { return x.Base }) {
			right = right || f.Right
		}
		if right != c.right {
			t.Errorf("%q: import right %v, want %v", c.text, right, c.right)
		}
	}
}

// "Whatever we spend on any model counts towards the 1.1 commitment" says
// how the commitment 1.1 applies; "without distinction to any model" is
// no negation.
func TestPoolStatedOfACitedCommitment(t *testing.T) {
	for _, second := range []string{
		"1.2 Whatever Customer spends on any Bedrock model, from any model family, counts towards the 1.1 commitment.",
		"1.2 The commitment may be applied without distinction to any model or family of models available on Amazon Bedrock.",
	} {
		rg := read(t, "# Addendum\n\n1.1 Customer commits to spend CAD 900,000 on Amazon Bedrock during the Commitment Term.\n\n"+second+"\n")
		pool := false
		for _, c := range inForce(rg.Frames().Commitment, func(x Commitment) Base { return x.Base }) {
			pool = pool || c.Pool && c.Bedrock
		}
		if !pool {
			t.Errorf("%q: the commitment is no pool across models", second)
		}
	}
}

// "split between model families" is a split, not a pool; "17.5% off … for
// all models" is a rate, not the commitment's pool; "aggregate commitment
// under the EDP" is the EDP's.
func TestPoolFalseFriends(t *testing.T) {
	for _, c := range []struct {
		text        string
		pool, split bool
	}{
		{"2.2 Customer's Bedrock commitment is split between model families like this: Anthropic Claude models USD 2,000,000; Amazon Nova models USD 1,000,000.", false, true},
		{"2.2 Bedrock usage is charged at 17.5% off published on-demand per-token rates for all models.", false, false},
		{"2.2 Within Customer's aggregate commitment under the EDP, the Bedrock Commitment may only be used for Anthropic Claude models.", false, true},
		{"2.2 The Bedrock Commitment is one pool usable on any model family.", true, false},
	} {
		rg := read(t, "# Addendum\n\n## 2. Bedrock Commitment\n\n2.1 Customer commits to spend USD 3,000,000 on Amazon Bedrock (the \"Bedrock Commitment\").\n\n"+c.text+"\n")
		pool, split := false, false
		for _, f := range inForce(rg.Frames().Commitment, func(x Commitment) Base { return x.Base }) {
			pool, split = pool || f.Pool, split || f.Split
		}
		if pool != c.pool || split != c.split {
			t.Errorf("%q: pool %v split %v, want %v %v", c.text, pool, split, c.pool, c.split)
		}
	}
}

// An e-mail that attaches the agreed terms: the attachment is the
// agreement, not words of the last message; a form's "From:" field is no
// e-mail.
func TestThreadAttachmentIsTheAgreement(t *testing.T) {
	doc, err := extract.Bytes("thread.txt", []byte(`From:    Fiona MacLeod <fiona@example.co.uk>
To:      Daniel Reyes <dreyes@example.com>
Subject: Bedrock Addendum - agreed terms (final)

Daniel, I attach the agreed terms. Please confirm by return.

A couple of practical points, for information only:

  - We will run the Claude and Nova workloads out of London; nothing
    leaves the UK/EU estate.
  - Our AI governance board wants to see the AWS model cards for every
    model before go-live.

----------------------------------------------------------------------
> From: Daniel Reyes <dreyes@example.com>
> Fiona - confirmed. Attachment A reflects what AWS has agreed.
----------------------------------------------------------------------

======================================================================
ATTACHMENT A - AGREED TERMS
AMAZON BEDROCK ADDENDUM
======================================================================

PART 1 - INTERPRETATION

1.1 Capitalised terms have the meanings given in the EDP.

PART 2 - AGREED TERMS

2.1 AWS will not use prompts or completions to train any model.

2.2 Customer may cancel a Provisioned Throughput commitment on thirty
    (30) days' notice if the model is deprecated.
`), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	rg := mustReader(t).Read(doc)
	f := rg.Frames()
	if tr := inForce(f.Training, func(x Training) Base { return x.Base }); len(tr) != 1 {
		t.Errorf("the attached agreed terms are not in force: %+v", f.Training)
	}
	blocks := map[string]int{}
	for _, st := range rg.Statements {
		switch {
		case strings.Contains(st.Quote, "confirmed"):
			blocks["reply"] = st.Block()
		case strings.Contains(st.Quote, "train any model"):
			blocks["attachment"] = st.Block()
		}
	}
	if blocks["reply"] == blocks["attachment"] {
		t.Errorf("the attachment is read as words of the reply (blocks %v)", blocks)
	}
}

// Chat exports and notes: each "Name · 10:03" message is a block of its
// own; "KF NOTE: …" is a note; an annex "to follow (not attached)" is not
// in the draft; a permission to use data "…, after X, to improve the
// service" is a permission to train.
func TestChatsNotesAndPurposes(t *testing.T) {
	rg := read(t, "# Slack export\n\n**Kenji Morita** · 11:15\nOur proposal is that system prompts are excluded from billing.\n\n**Ryo Hasegawa** · 11:48\nSystem prompts excluded won't fly.\n")
	blocks := map[int]bool{}
	for _, st := range rg.Statements {
		blocks[st.Block()] = true
	}
	if len(blocks) < 2 {
		t.Errorf("chat messages are not blocks of their own: %v", blocks)
	}
	// a PDF's text runs the headers into one paragraph
	rg = read(t, "# Slack export\n\n[09:05] Katrin Vogel Our asks: a migration credit when a model is retired. [09:11] Tom Ellery Ack. Our offer is ninety days' notice only.\n")
	blocks = map[int]bool{}
	for _, st := range rg.Statements {
		blocks[st.Block()] = true
	}
	if len(blocks) < 2 {
		t.Errorf("chat headers run into one paragraph are not blocks of their own: %v", blocks)
	}
	rg = read(t, "# Addendum\n\n## 3. Tokens\n\n3.1 Tokens are counted by the model's tokenizer.\n\n3.2 KF NOTE: we asked AWS to confirm how tool definitions are counted.\n")
	for _, st := range rg.Statements {
		if strings.HasPrefix(st.Quote, "KF NOTE") && st.Binding {
			t.Errorf("the note binds: %+v", st)
		}
	}
	rg = read(t, "# Addendum\n\n## 8. Import\n\n8.2 AWS charges no import fee for a custom model.\n\nComment [AWS2]: Onboarding fee of USD 5,000 per imported model covers validation. - D. W.\n")
	for _, st := range rg.Statements {
		if strings.HasPrefix(st.Quote, "Comment") && st.Binding {
			t.Errorf("an exported margin comment binds: %+v", st)
		}
	}
	rg = read(t, "# Addendum\n\n## 5. Models\n\n5.2 AWS shall give notice of a deprecation.\n\n> *[AISPL drafting note, 19 August 2026: The Hospital's request for a migration credit on end-of-life is not accepted. Hospital to confirm.]*\n")
	for _, st := range rg.Statements {
		if strings.Contains(st.Quote, "drafting note") && st.Binding {
			t.Errorf("a dated drafting note binds: %+v", st)
		}
	}
	rg = read(t, "# Summary\n\n## G. PT service level\n\nG.1 Provisioned Throughput: 99.9 % monthly availability.\n\nG.2 Service credits as set out in Annex C.\n\n# Annex C\n\nto follow (not attached to this summary).\n")
	for _, s := range inForce(rg.Frames().PTSLA, func(x PTSLA) Base { return x.Base }) {
		if s.Credits {
			t.Errorf("credits behind an annex that is not attached: %+v", s)
		}
	}
	rg = read(t, "# Order form\n\n## Item 8\n\n8.1 Customer agrees that AWS may use Outputs, after removal of direct identifiers, to evaluate and improve the Bedrock service.\n")
	perm := false
	for _, tr := range inForce(rg.Frames().Training, func(x Training) Base { return x.Base }) {
		perm = perm || tr.Effect == "permission"
	}
	if !perm {
		t.Errorf("using Outputs to improve the service is no permission to train")
	}
}

// Guardrails bands priced as shares of list are a sliding scale; a
// summary's "uniform rate-card discount" is not Guardrails' flat rate.
func TestGuardrailBandsAsShares(t *testing.T) {
	rg := read(t, "# Rider\n\n## 7. Pricing\n\n7.7 Guardrails on the Service are charged per 1,000 text units at 100% of list for the first 250 million text units in a month, 80% of list for the next 750 million, and 60% of list above 1 billion.\n")
	sliding := false
	for _, g := range inForce(rg.Frames().Guardrails, func(x Guardrails) Base { return x.Base }) {
		sliding = sliding || g.Sliding
	}
	if !sliding {
		t.Errorf("bands at shares of list are a sliding scale")
	}
	rg = read(t, "# Decision paper\n\n## 2. Summary\n\n2.1 The Addendum gives us a dedicated Bedrock commitment with a uniform rate-card discount, one flexible pool for all models, a commitment that runs with the EDP, tiered PT credits, a capped vector-store price and Guardrails pricing by volume.\n\n"+
		"## 4. Guardrails\n\n4.1 Guardrails are charged at USD 0.13 per 1,000,000 text units for the first 1,000 million text units and USD 0.07 above 5,000 million text units.\n")
	for _, g := range inForce(rg.Frames().Guardrails, func(x Guardrails) Base { return x.Base }) {
		if g.Flat {
			t.Errorf("the summary's uniform discount is read as a flat Guardrails rate: %+v", g)
		}
	}
}

// A rate "irrespective of the volume processed" is one flat rate, however
// many words stand between "irrespective of" and "volume".
func TestGuardrailRateIrrespectiveOfVolume(t *testing.T) {
	for _, s := range []string{
		"Guardrails shall be charged at the following rates, irrespective of the volume processed: (a) content filters: PKR 42.00 per one million text units; and (b) sensitive information filters: PKR 210.00 per one million text units, a text unit being up to one thousand (1,000) characters.",
		"Guardrails are billed at GBP 0.11 per 1,000,000 text units, irrespective of monthly or annual volume.",
	} {
		rg := read(t, "# Addendum\n\n## 11. Guardrails\n\n11.1 "+s+"\n")
		gs := inForce(rg.Frames().Guardrails, func(x Guardrails) Base { return x.Base })
		if len(gs) == 0 {
			t.Fatalf("%q: no Guardrails price read", s)
		}
		for _, g := range gs {
			if g.Sliding || !g.Flat {
				t.Errorf("%q: read as sliding %v, flat %v", g.st.Text, g.Sliding, g.Flat)
			}
		}
	}
}

// A clause's own caption ("CLAUSE 13 - COMPETITIVE REFERENCE") opening its
// text is a label, not a reference to a clause the draft lacks.
func TestCaptionIsNoReference(t *testing.T) {
	doc, err := extract.Bytes("amendment.txt", []byte(`AMENDMENT No. 3

B.2  A new Clause 13 is inserted after Clause 12:

       "CLAUSE 13 - COMPETITIVE REFERENCE

        13.1  AWS records that Customer has received a written quotation
              from Microsoft for Azure OpenAI Service dated 3 February
              2026 at USD 2.50 per 1M input tokens. If Customer's Bedrock
              price is higher, AWS will credit the difference."
`), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	rg := mustReader(t).Read(doc)
	for _, q := range rg.Frames().AltQuote {
		if len(q.MissingRefs) > 0 {
			t.Errorf("the caption is read as a missing reference: %+v", q)
		}
	}
	if len(inForce(rg.Frames().AltQuote, func(x AltQuote) Base { return x.Base })) == 0 {
		t.Errorf("the quotation is not in force")
	}
}

// A paper that names a clause and quotes it ("Service levels (clause 10)"
// over "10.1 AWS shall …") has that clause in it.
func TestQuotedClauseIsHere(t *testing.T) {
	rg := read(t, "# Legal memo\n\n## 3. Key terms\n\n3.8 Service levels (clause 10) \"10.1 AWS shall make each Provisioned Throughput endpoint available 99.9% of each calendar month, and will issue service credits if it does not.\"\n")
	for _, s := range rg.Frames().PTSLA {
		if len(s.MissingRefs) > 0 {
			t.Errorf("the quoted clause is read as missing: %+v", s)
		}
	}
}

// TestAmendmentTargetsInAList: an amendment part whose items are numbered
// like the sections they amend.
func TestAmendmentTargetsInAList(t *testing.T) {
	doc := "# Addendum\n\n## PART I\n\n" +
		"4.1 AWS will make Provisioned Throughput available 99.9% of each month, with service credits.\n\n" +
		"5.1 AWS will give 180 days' notice before a model is deprecated.\n\n" +
		"5.2 When a model is deprecated, AWS will issue a migration credit of 10% of the charges for that model.\n\n" +
		"## PART II\n\n" +
		"5. In Section 4.1, \"99.9%\" is replaced with \"99.5%\".\n\n" +
		"7. Section 5 is deleted in its entirety.\n"
	rg := read(t, doc)
	f := rg.Frames()
	if l := inForce(f.ModelLifecycle, func(x ModelLifecycle) Base { return x.Base }); len(l) != 0 {
		t.Errorf("section 5 is its sub-clauses 5.1 and 5.2, deleted: %+v (notices %v)", l, rg.Notices)
	}
	var levels []float64
	for _, s := range inForce(f.PTSLA, func(x PTSLA) Base { return x.Base }) {
		levels = append(levels, s.Levels...)
	}
	if !slices.Equal(levels, []float64{99.5}) {
		t.Errorf("item 5 of the list is an instruction, not the section 7 deletes: levels %v (notices %v)", levels, rg.Notices)
	}
}

// TestProvisoRunsOn: a proviso that is a statement of its own runs as far
// as the proviso does, past the commas of an appositive.
func TestProvisoRunsOn(t *testing.T) {
	rg := read(t, "# Addendum\n\n## 8. Data\n\n8.2 AWS will not use Customer Content to train any foundation model, and will not share Customer Content with any model provider, provided that AWS may use Customer Content, including prompts and completions, to maintain and improve the Service.\n")
	var permits bool
	for _, tr := range inForce(rg.Frames().Training, func(x Training) Base { return x.Base }) {
		if tr.Effect == "permission" && tr.Actor == "vendor" {
			permits = true
		}
	}
	if !permits {
		t.Errorf("the proviso lets AWS improve the Service with prompts: %+v", rg.Frames().Training)
	}
}

// TestElementInBracketsExplainsAnother: words in brackets that say what a
// tool definition is do not address output schemas.
func TestElementInBracketsExplainsAnother(t *testing.T) {
	rg := read(t, "# Addendum\n\n## 5. Tokens\n\n5.1 Billable tokens are counted by the model's tokenizer.\n\n5.3 Tool definitions (name, description and parameter schema of each tool made available to the model) are included in billable input tokens.\n")
	for _, tc := range rg.Frames().TokenCounting {
		if slices.Contains(tc.Elements, "output_schemas") {
			t.Errorf("output schemas read from the brackets of a tool definition: %+v", tc)
		}
	}
}

// TestQuestionIsNoTerm: the question of a question and answer is no term.
func TestQuestionIsNoTerm(t *testing.T) {
	rg := read(t, "# Contract\n\n## Appendix 1 - Clarification Responses\n\nCR-06 Q: Confirm that prompts and completions will not be used to train foundation models.\nA: The Contractor will confirm after award.\n")
	for _, tr := range rg.Frames().Training {
		if tr.Binding {
			t.Errorf("the question binds: %+v", tr)
		}
	}
}

// TestSoleRemedyGrantsNoCredit: "service credits are the sole remedy"
// limits the remedies to credits granted elsewhere; it grants none.
func TestSoleRemedyGrantsNoCredit(t *testing.T) {
	rg := read(t, "# Addendum\n\n## 10. Service level\n\n10.1 AWS shall make each Provisioned Throughput commitment available at least 99.95% of each month.\n\n"+
		"10.2 If availability falls below that level, Customer is entitled to service credits calculated in accordance with Annex C.\n\n"+
		"10.3 Service credits shall be Customer's sole and exclusive monetary remedy for any failure of a Provisioned Throughput commitment to meet Clause 10.1.\n")
	for _, s := range inForce(rg.Frames().PTSLA, func(x PTSLA) Base { return x.Base }) {
		if s.Credits {
			t.Errorf("credits granted by %s, though Annex C is not here: %+v", s.Clause, s)
		}
	}
}

// TestDeletionByLabel: a deletion naming a clause or a table row by a label
// the reference reader does not know still deletes it; one whose target is
// nowhere is no term, and what it names cannot be met.
func TestDeletionByLabel(t *testing.T) {
	doc := "# Agreement\n\n## Contract Particulars\n\n| Ref. | Subject | Particular |\n|---|---|---|\n| P-14 | PT availability | 99.9% per month for Provisioned Throughput |\n| P-15 | Model retirement credit | AWS credits 10% of the charges for a retired model on deprecation |\n\n" +
		"## Amendment No. 1\n\n1. P-15 is deleted.\n\n2. Special Condition SC-9 (Deprecation Credit) is deleted in its entirety. Pricing reflects the deletion.\n"
	rg := read(t, doc)
	for _, l := range inForce(rg.Frames().ModelLifecycle, func(x ModelLifecycle) Base { return x.Base }) {
		if l.Remedy {
			t.Errorf("a remedy survives the deletions: %+v", l)
		}
	}
	if u := rg.UnresolvedChecks(); len(u["C2"]) == 0 || len(u["L6"]) != 0 {
		t.Errorf("SC-9 is nowhere: the deprecation check is unknown, and only it: %v (notices %v)", u, rg.Notices)
	}
}

// TestRowReplacedByLabel: an instruction that replaces what a table row
// says, naming the row by its label ("The response to R-3 is deleted and
// replaced"), takes the row out; the new wording is read where it stands.
func TestRowReplacedByLabel(t *testing.T) {
	doc := "# Response Matrix\n\n## 1. Requirements\n\n| ID | Requirement | Response |\n|---|---|---|\n| R-2 | PT cancellation | Customer may cancel a Provisioned Throughput commitment on sixty (60) days' notice if the model is deprecated or if Customer moves the workload to another model. |\n| R-3 | Data | Prompts are not used to train any model. |\n\n" +
		"## 2. Clarifications\n\nThe Supplier Response to R-2 (PT cancellation) is deleted and replaced in its entirety with the following:\n\n\"Customer may cancel a Provisioned Throughput commitment on sixty (60) days' notice only where both the model is deprecated and Customer has moved the workload to another model.\"\n"
	rg := read(t, doc)
	c := inForce(rg.Frames().PTCancellation, func(x PTCancellation) Base { return x.Base })
	if len(c) != 1 || !c[0].Joint {
		t.Errorf("only the replacement's joint trigger is in force: %+v (notices %v)", c, rg.Notices)
	}
	if len(inForce(rg.Frames().Training, func(x Training) Base { return x.Base })) == 0 {
		t.Errorf("the other rows stay")
	}
}

// TestQuotedWordingOfAnAbsentParagraph: a side letter amending another
// replaces a paragraph the draft does not hold, its new wording quoted
// under the instruction and numbered as the paragraph: the wording is
// the draft's own term, read where it stands, not the target replaced
// by nothing.
func TestQuotedWordingOfAnAbsentParagraph(t *testing.T) {
	rg := read(t, "# Side Letter No. 2\n\nThis letter amends Side Letter No. 1 as set out below.\n\n## 1. Amendment Date\n\nThe amendments take effect on 1 November 2026.\n\n## 2. Amendments to Side Letter No. 1\n\n"+
		"**2.4 Paragraph 5 (Provisioned Throughput Cancellation) is replaced with:**\n\n"+
		"> 5. Provisioned Throughput Cancellation. Customer may cancel any Provisioned Throughput commitment on sixty (60) days' notice if the model is deprecated or if Customer moves the workload to another model on Amazon Bedrock.\n\n"+
		"**2.5 Paragraph 12 is deleted.**\n\n## 3. Other Matters\n\n3.1 Except as amended, Side Letter No. 1 remains in force.\n")
	c := inForce(rg.Frames().PTCancellation, func(x PTCancellation) Base { return x.Base })
	if len(c) != 1 || c[0].NoticeDays != 60 {
		t.Errorf("the new wording of paragraph 5 is not read as a term: %+v (notices %v)", c, rg.Notices)
	}
}

// TestPartyBlockThenBackgroundHeading: the parties' block ends without a
// full stop ("… as the party making the commitments in Part 2 only") and
// the next part is headed "BACKGROUND (not operative)": the heading
// qualifies its own part, not Part 2 named at the end of the block.
func TestPartyBlockThenBackgroundHeading(t *testing.T) {
	rg := readText(t, "PRIVATE OFFER ORDER FORM\n\nCustomer:   Castellan Mutual\nAWS:        Amazon Web Services EMEA SARL (\"AWS\"), as the party making the\n            commitments in Part 2 only\n\n"+
		"----------------------------------------\nPART 0 - BACKGROUND (not operative)\n----------------------------------------\n\nCustomer wishes to buy Bedrock through a reseller.\n\n"+
		"----------------------------------------\nPART 2 - AWS TERMS\n----------------------------------------\n\n"+
		"A4  Provisioned Throughput cancellation\n\n    (a) Customer may cancel any Provisioned Throughput commitment on sixty (60) days' notice if the model is deprecated or if Customer moves the workload to another model on Amazon Bedrock.\n")
	if c := inForce(rg.Frames().PTCancellation, func(x PTCancellation) Base { return x.Base }); len(c) == 0 {
		t.Errorf("Part 2 reads as not binding: %v", rg.bindingBySection)
	}
}

// TestListedBindingArticles: an MOU lists the articles that bind and says
// the others record intentions only: a firm promise in another article
// binds nobody, a listed article binds, and what the others say is an
// intention, which addresses a lever as a recital does.
func TestListedBindingArticles(t *testing.T) {
	rg := read(t, "# Memorandum of Understanding\n\n## Article 1 (Purpose)\n\nThis Memorandum records the Parties' understanding.\n\n"+
		"## Article 3 (Commercial Framework)\n\nThe Parties shall discuss in good faith a Bedrock-specific spend commitment within the EDP.\n\n"+
		"## Article 6 (Location of Customer Data)\n\nParty B shall store and process Customer Data only in the Japan Regions.\n\n"+
		"## Article 8 (Training)\n\nParty B shall not use Prompts or Completions to train any foundation model.\n\n"+
		"## Article 14 (Legal Effect)\n\n1. Article 6 and this Article 14 are legally binding on the Parties.\n\n"+
		"2. All other Articles of this Memorandum record the present intentions of the Parties only and are not legally binding.\n")
	for _, st := range rg.Statements {
		switch {
		case strings.Contains(st.Text, "train any foundation model") && st.Binding:
			t.Errorf("Article 8 binds: %q", st.Text)
		case strings.Contains(st.Text, "Japan Regions") && !st.Binding:
			t.Errorf("Article 6 binds nobody: %q (%s)", st.Text, st.Nonbinding)
		case strings.Contains(st.Text, "spend commitment") && st.Nonbinding != "nonbinding_document":
			t.Errorf("Article 3 is read as %q, not as an intention", st.Nonbinding)
		}
	}
}

// TestMemoSectionsAreTheNote: a memo in numbered sections, the first of
// which says it is no part of the contract, over the contract pasted
// under a heading of its own: every section of the memo is the note.
func TestMemoSectionsAreTheNote(t *testing.T) {
	rg := readText(t, "LEGAL DEPARTMENT\nINTERNAL MEMORANDUM\n\nTo: CIO\nRe: Bedrock Addendum\n\n"+
		"1. Why you are getting this\nThe signed Addendum is pasted below this note. This note is my summary only. It is not part of the contract.\n\n"+
		"2. My headline points\nWe put the Anthropic direct API quotation in front of AWS, and AWS will match it.\n\n"+
		"3. Next steps\nSend questions to me.\n\n"+
		"AMAZON BEDROCK ADDENDUM\n\n1. PRICING\n1.1 Customer commits to USD 1,000,000 of Amazon Bedrock spend in each year.\n")
	for _, st := range rg.Statements {
		switch {
		case strings.Contains(st.Text, "Anthropic") && st.Nonbinding != "note":
			t.Errorf("the memo's section 2 is read as %q, not as the note", st.Nonbinding)
		case strings.Contains(st.Text, "USD 1,000,000") && !st.Binding:
			t.Errorf("the addendum binds nobody: %q", st.Nonbinding)
		}
	}
}

// TestSecondAcknowledgedClause: "The Customer acknowledges that …, and
// that AWS may deprecate any model at any time …": the second clause the
// customer accepts is the provider's permission, read with its own subject
// and modal; "intend that …, and that …" is no acknowledgment.
func TestSecondAcknowledgedClause(t *testing.T) {
	rg := read(t, "# A\n\n## 4. Models\n\n4.1 The Customer acknowledges that models are made available by third-party providers, and that AWS may deprecate any Foundation Model at any time, without notice and without any credit or remedy.\n")
	if !slices.ContainsFunc(rg.Frames().ModelLifecycle, func(m ModelLifecycle) bool { return m.InForce && m.AtWill }) {
		t.Errorf("the deprecation at will is not read: %+v", rg.Frames().ModelLifecycle)
	}
	p := mustReader(t).r.parse("The parties intend that the usage will form a commitment, and that such commitment will flex across model families.", nil)
	if len(p.props) != 1 {
		t.Errorf("an intention's second clause is read as a statement of its own: %d statements", len(p.props))
	}
}

// TestNotwithstandingBracketedParagraph: "Notwithstanding paragraph (1)
// sentence 1" names the paragraph (1) of the same section: its denial
// gives way to the right.
func TestNotwithstandingBracketedParagraph(t *testing.T) {
	rg := read(t, "# Nachtrag\n\n## § 5 Provisioned Throughput\n\n(1) Sentence 1: Provisioned Throughput commitments are binding for their term and cannot be terminated. Sentence 2: Fees are not refunded.\n\n"+
		"(2) Notwithstanding paragraph (1) sentence 1, Customer may cancel any Provisioned Throughput commitment on sixty (60) days' notice if the model is deprecated or if Customer moves the workload to another model.\n\n"+
		"## § 6 Other\n\n(1) Customer may increase its commitment.\n")
	for _, c := range rg.Frames().PTCancellation {
		if c.Kind == "denial" && c.InForce {
			t.Errorf("the denial in paragraph (1) stays in force beside the right that overrides it: %+v", c)
		}
	}
}

// TestPeopleTrainingBesideAProviso: "Nothing … shall prevent AWS from
// training its own support personnel …: Provided that neither activity
// shall involve any use of Customer Content for model training": the
// main clause trains people; the proviso, a statement of its own, keeps
// the data out of model training. No permission to train is read.
func TestPeopleTrainingBesideAProviso(t *testing.T) {
	rg := read(t, "# Addendum\n\n## 6. Data\n\n6.2 AWS shall not use any Prompt or Completion to train any foundation model.\n\n"+
		"6.4 Nothing in this clause 6 shall prevent AWS from (i) training its own support and operations personnel in the use of Amazon Bedrock, or (ii) engaging support personnel who are located outside Singapore: Provided that neither activity shall involve any use of Customer Content for model training.\n")
	tr := inForce(rg.Frames().Training, func(x Training) Base { return x.Base })
	if len(tr) == 0 {
		t.Fatal("the no-training promise is not read")
	}
	for _, tr := range tr {
		if tr.Effect != "exclusion" {
			t.Errorf("a permission to train is read: %+v", tr)
		}
	}
}

// TestTrainingTakenAboutData: "must complete AWS data-handling training":
// training people take, whose subject is data, is no use of data to train
// a model.
func TestTrainingTakenAboutData(t *testing.T) {
	rg := read(t, "# A\n\n## 7. Data\n\n7.1 AWS will not use Prompts or Completions to train any model.\n\n7.3 AWS personnel who have access to systems that process Customer Content must complete AWS data-handling training every year.\n")
	tr := inForce(rg.Frames().Training, func(x Training) Base { return x.Base })
	if len(tr) == 0 {
		t.Fatal("the no-training promise is not read")
	}
	for _, tr := range tr {
		if tr.Effect != "exclusion" {
			t.Errorf("staff training read as a permission to train: %q", tr.Quote)
		}
	}
}

// TestRepealOfAnotherDocumentsParagraph: "Art. 7 al. 4 of the Framework
// Agreement (use of content to improve the services) is repealed" among
// the paragraphs of one article: an instruction on another document,
// whose caption grants nothing, beside terms that still bind.
func TestRepealOfAnotherDocumentsParagraph(t *testing.T) {
	rg := read(t, "# Amendment No. 2\n\n## Article 4\n\nAl. 1. The Provider shall not use Prompts or Completions to train or improve any model.\n\n"+
		"Al. 3. Art. 7 al. 4 of the Framework Agreement (use of content to improve the services) is repealed insofar as it concerns Amazon Bedrock.\n")
	tr := inForce(rg.Frames().Training, func(x Training) Base { return x.Base })
	if len(tr) != 1 || tr[0].Effect != "exclusion" {
		t.Errorf("want the exclusion alone in force: %+v", tr)
	}
}

// TestNonCancellableExceptThatCustomerMay: "PT commitments are
// non-cancellable, except that the Company may cancel … only where both
// (i) … and (ii) …": the exception is the customer's right on the events
// its condition names, joined as it joins them; an exception that lets
// the provider cancel gives the customer nothing.
func TestNonCancellableExceptThatCustomerMay(t *testing.T) {
	const lead = "# Addendum\n\n## 6. Provisioned Throughput\n\n6.1 Provisioned Throughput commitments are non-cancellable, except that "
	cases := []struct {
		name, rest     string
		right, joint   bool
		triggers, days int
	}{
		{"both events together", "the Company may cancel a Provisioned Throughput commitment on forty-five (45) days' written notice only where both (i) the model covered by the commitment has been materially deprecated and (ii) the Company has moved the workload to another model available on Amazon Bedrock.", true, true, 2, 45},
		{"one event", "the Company may cancel a Provisioned Throughput commitment on forty-five (45) days' written notice where the model covered by the commitment has been materially deprecated.", true, false, 1, 45},
		{"the provider's exception", "AWS may cancel a Provisioned Throughput commitment on thirty (30) days' notice where the model has been deprecated.", false, false, 0, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var rights []PTCancellation
			for _, x := range inForce(read(t, lead+c.rest+"\n").Frames().PTCancellation, func(x PTCancellation) Base { return x.Base }) {
				if x.Kind == "right" {
					rights = append(rights, x)
				}
			}
			if !c.right {
				if len(rights) > 0 {
					t.Errorf("a right read from the provider's exception: %+v", rights)
				}
				return
			}
			if len(rights) != 1 || rights[0].Joint != c.joint || len(rights[0].Triggers) != c.triggers || rights[0].NoticeDays != float64(c.days) {
				t.Errorf("rights %+v: want one, joint %v, %d triggers, %d days", rights, c.joint, c.triggers, c.days)
			}
		})
	}
}

// TestReferenceIntoRestatedWording: a clause's new wording numbers its
// sub-clauses ("3. … 3.1 … 3.2 … 3.3 … listed in Clause 3.2 …"): a
// reference to one of them finds it in that wording, no missing clause.
func TestReferenceIntoRestatedWording(t *testing.T) {
	rg := read(t, "# Deed of Variation\n\n## 2. Variations\n\n2.2 Clause 3 shall be deleted and replaced with:\n\n"+
		"> \"3. Bedrock Commitment\n>\n> 3.1 Customer commits to USD 9,000,000 of Amazon Bedrock charges in each year.\n>\n"+
		"> 3.2 The commitment is allocated to Anthropic and Meta models.\n>\n"+
		"> 3.3 Charges for on-demand inference on the model families listed in Clause 3.2 are calculated at eighteen per cent (18%) below the published on-demand rates.\"\n\n"+
		"## 3. General\n\n3.1 Save as varied by this Deed, the Schedule continues in force.\n")
	d := inForce(rg.Frames().Discount, func(x Discount) Base { return x.Base })
	if len(d) == 0 || d[0].Percent != 18 {
		t.Errorf("the discount of the new wording is held back: %+v", rg.Frames().Discount)
	}
}

// TestSectionQuotedAsItReads: a memo quotes the signed addendum's section
// ("Section 6.3 reads: "Customer may terminate …""): the quotation is
// the section, no reference to a clause the draft lacks.
func TestSectionQuotedAsItReads(t *testing.T) {
	rg := read(t, "# Memo\n\n## 3. Terms\n\n3.10 Section 6.3 reads: \"Customer may terminate any Provisioned Throughput Commitment on sixty (60) days' written notice where (a) the model is materially deprecated; or (b) Customer moves the workload to a different model available on Amazon Bedrock. Either event is sufficient on its own.\"\n")
	c := inForce(rg.Frames().PTCancellation, func(x PTCancellation) Base { return x.Base })
	if len(c) == 0 {
		t.Errorf("the quoted section is held back: %+v", rg.Frames().PTCancellation)
	}
}

// TestInfoHeadingLine: a heading that says its block binds nobody still
// does when it is only a line in capitals inside a clause (a rendering
// that lost the heading style).
func TestInfoHeadingLine(t *testing.T) {
	rg := read(t, "# Contract\n\n## Signatures\n\nSigned for the Agency.\n\nANNEX (FOR INFORMATION ONLY - NOT A CONTRACT DOCUMENT) TENDER CLARIFICATIONS LOG\n\n| No. | Question / Answer |\n|---|---|\n| Q7 | System prompts and tool definitions are billed as input tokens; output schemas are not billed. |\n")
	for _, tc := range rg.Frames().TokenCounting {
		if tc.Binding {
			t.Errorf("the log under the heading line binds: %+v", tc)
		}
	}
}

// TestIndianPartyStyle: a party named in capitals with a long
// "hereinafter referred to as …, which expression shall …" clause is
// still named, and "nothing shall restrict AISPL or its affiliates from
// using …" is a permission of the provider.
func TestIndianPartyStyle(t *testing.T) {
	rg := read(t, "# SUPPLEMENTAL AGREEMENT\n\nThis Agreement is entered into on 2 May 2026\n\n**BETWEEN**\n\n**SANJEEVANI HOSPITALS LIMITED**, a company, having its office at Bengaluru (hereinafter referred to as the **\"Hospital\"**, which expression shall, unless it be repugnant to the subject or context thereof, include its successors) of the ONE PART;\n\n**AND**\n\n"+
		"**AMAZON WEB SERVICES INDIA PRIVATE LIMITED**, a company incorporated under the Companies Act, 1956, acting through its authorised signatory (hereinafter referred to as **\"AISPL\"**, which expression shall, unless it be repugnant to the subject or context thereof, include its successors-in-interest and permitted assigns) of the OTHER PART.\n\n"+
		"## 7. Data\n\n7.01 AISPL shall not use prompts or completions to train any Foundation Model: Provided that nothing in this Section 7.01 shall restrict AISPL or its affiliates from using prompts and completions to develop and improve Bedrock.\n")
	var exclusion, permission bool
	for _, tr := range inForce(rg.Frames().Training, func(x Training) Base { return x.Base }) {
		exclusion = exclusion || tr.Effect == "exclusion" && tr.Actor == "vendor"
		permission = permission || tr.Effect == "permission" && tr.Actor == "vendor"
	}
	if !exclusion || !permission {
		t.Errorf("want AISPL's exclusion and its permission by proviso: %+v", rg.Frames().Training)
	}
}

// TestResidencyChosenRegions: other Regions the customer chooses or the
// draft lists keep data where the customer wants it; people's location is
// no data's; "outside your chosen geography" is outside.
func TestResidencyChosenRegions(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Customer Content is stored and processed only in the AWS Region ap-southeast-2 (Sydney) or any other Region Customer selects.", "promise"},
		{"Where Customer enables cross-region inference, prompts may be processed only in the other Regions listed in Item 16.", "promise"},
		{"Support personnel may be located outside the European Union, but will not access prompts or completions without Customer's instruction.", ""},
		{"When demand is high, AWS may route Customer's prompts to data centres outside Customer's chosen geography.", "conflict"},
	}
	for _, c := range cases {
		rg := read(t, "# Addendum\n\n## 10. Data\n\n10.3 "+c.text+"\n")
		got := ""
		for _, r := range rg.Frames().Residency {
			if r.Effect == "conflict" || got == "" {
				got = r.Effect
			}
		}
		if got != c.want {
			t.Errorf("%q: residency %q, want %q", c.text, got, c.want)
		}
	}
}

// TestCancellationFrequencyLimit: "not … more than twice a year" limits
// how often a right is used; it denies nothing.
func TestCancellationFrequencyLimit(t *testing.T) {
	rg := read(t, "# Addendum\n\n## 7. PT\n\n7.3 Customer may cancel any Provisioned Throughput commitment on sixty (60) days' notice if the model is deprecated or if Customer moves the workload to another Bedrock model.\n\n7.4 Customer shall not be entitled to cancel a Provisioned Throughput commitment under Clause 7.3 more than twice in any Commitment Year.\n")
	for _, c := range rg.Frames().PTCancellation {
		if c.Kind == "denial" {
			t.Errorf("a frequency limit read as a denial: %+v", c)
		}
	}
}

// TestNoCancellationFee: "No cancellation fee is payable" denies a fee,
// not the cancellation.
func TestNoCancellationFee(t *testing.T) {
	rg := read(t, "# A\n\n## 3. PT\n\n3.1 Customer may cancel any Provisioned Throughput commitment on sixty (60) days' notice if the model is deprecated.\n\n3.2 No cancellation fee is payable.\n")
	for _, c := range rg.Frames().PTCancellation {
		if c.Kind == "denial" {
			t.Errorf("a fee denied read as a denial of cancellation: %+v", c)
		}
	}
}

// TestExamineInGoodFaith: a promise to examine or consider something in
// good faith binds nobody to it.
func TestExamineInGoodFaith(t *testing.T) {
	for _, s := range []string{
		"The Parties will examine in good faith the introduction of a ceiling on the annual growth of OCU invoicing.",
		"AWS will consider in good faith a cap on OCU charges at the first renewal.",
		"Party A and Party B shall consult in good faith regarding the pricing of OCUs, including the possibility of an upper limit on annual increases in OCU charges.",
		"The parties shall confer in good faith on a cap on OCU charges.",
	} {
		rg := read(t, "# Avenant\n\n## 11. Vector storage\n\n11.2 "+s+"\n")
		for _, st := range rg.Statements {
			if st.Binding {
				t.Errorf("%q binds: %+v", s, st.Nonbinding)
			}
		}
	}
}

// TestConsiderInBindingPart: a part the draft says binds still holds
// sentences that bind nobody to more than considering something.
func TestConsiderInBindingPart(t *testing.T) {
	rg := readAs(t, "r.txt", `RECORD OF NEGOTIATION AND AGREED TERMS

How to read this record
  Part 1 is for information only. Only Part 2 binds the parties.

PART 1  BACKGROUND

1.1  The parties intend to look at a Bedrock commitment inside the EDP.

PART 2  AGREED TERMS (binding)

2.1  Commitment
     Customer commits to Bedrock spend of EUR 1,000,000 a year.

2.2  EDP renewal
     The parties will consider, at the EDP renewal in 2027, whether a
     Bedrock commitment should run together with the new EDP.
`)
	binds := 0
	for _, st := range rg.Statements {
		if st.Binding {
			binds++
			if strings.Contains(st.Text, "consider") {
				t.Errorf("%q binds", st.Text)
			}
		}
	}
	if binds == 0 {
		t.Errorf("nothing in the binding part binds")
	}
	for _, c := range inForce(rg.Frames().Commitment, func(x Commitment) Base { return x.Base }) {
		if c.Aligned {
			t.Errorf("a commitment term read as aligned with the EDP: %s", c.Quote)
		}
	}
}

// TestNoQuoteFromAFamilyOrAQuoteToSeek: "Anthropic Claude models billed
// below the prices published by AWS" names a family on Bedrock, and a quote
// a party "may request" is none yet; a quote received is documented.
func TestNoQuoteFromAFamilyOrAQuoteToSeek(t *testing.T) {
	for s, want := range map[string]int{
		"On-demand charges for Anthropic Claude models will be billed at twenty-five per cent (25%) below the on-demand prices published by AWS for the relevant Region.": 0,
		"Customer has informed AWS that it may request a quotation from Google Cloud for Vertex AI.":                                                                      0,
		"Customer may ask Anthropic or Google for a quote for direct access to the same models.":                                                                          0,
		"Customer received a quotation from Google Cloud for Vertex AI dated 3 April 2026 at USD 2.35 per 1M input tokens.":                                               1,
	} {
		rg := read(t, "# Order form\n\n## 10. Pricing\n\n10.1 "+s+"\n")
		if n := len(inForce(rg.Frames().AltQuote, func(x AltQuote) Base { return x.Base })); n != want {
			t.Errorf("%q: %d quotes documented, want %d", s, n, want)
		}
	}
}

// TestBulletLinesReadWithTheirLeadIn: every bullet of a list, a line each,
// is read with the lead-in over the list, not the first alone.
func TestBulletLinesReadWithTheirLeadIn(t *testing.T) {
	rg := readAs(t, "e.txt", `1. Points that are not agreed

We are not able to agree the following, and they do not form part of the renewal:

  - tiered Provisioned Throughput pre-purchase credits;
  - a credit when a foundation model you use is retired; and
  - a price-match clause against your Anthropic direct quotation.
`)
	for _, st := range rg.Statements {
		if st.Binding && strings.Contains(st.Text, "- ") {
			t.Errorf("%q binds", st.Text)
		}
	}
	for _, f := range inForce(rg.Frames().AltQuote, func(x AltQuote) Base { return x.Base }) {
		t.Errorf("a refused price match read as documented: %s", f.Quote)
	}
}

// TestNoteLeadOnItsOwnLine: "NEGOTIATION NOTES (internal - not contract
// text):" on a line of its own makes the lines under it notes.
func TestNoteLeadOnItsOwnLine(t *testing.T) {
	rg := readAs(t, "n.txt", `13. GUARDRAILS

13.1 Guardrails are charged at a single rate of GBP 0.11 per million text units.

NEGOTIATION NOTES (internal - not contract text):
 - We shared the Anthropic direct API quote with the AWS account team.
 - Vector store (OpenSearch Serverless) costs parked for next round.
`)
	for _, st := range rg.Statements {
		if st.Binding && (strings.Contains(st.Text, "Anthropic") || strings.Contains(st.Text, "OpenSearch")) {
			t.Errorf("%q binds", st.Text)
		}
	}
}

// TestTopPostedThreadLatestFirst: replies over the messages they quote
// ("-----Original Message-----"): the first message is the latest, and of
// two that score alike it is the one that binds.
func TestTopPostedThreadLatestFirst(t *testing.T) {
	rg := readAs(t, "t.txt", `From: Celeste <celeste@example.com>
Sent: Fri, 28 May 2027 09:30 ET
To: Gareth <gareth@example.com>
Subject: RE: Bedrock terms - draft 2

Gareth, draft 2 below.

1. Token counting. Billable tokens are counted by the model's tokenizer. System prompts are billable input tokens. Tool definitions are not billed.

2. Deprecation. AWS will give 180 days' notice before retiring a model.

3. PT SLA. PT is available 99.9% of each month, with service credits of 10%.

Regards,
Celeste

-----Original Message-----
From: Gareth
Sent: Thu, 27 May 2027 08:11 ET
Subject: RE: Bedrock terms - draft 1

Celeste, my markup in summary:
- Section 2: delete 2.1 and 2.2; replace with 180 days' notice and a migration credit.
- Section 3.2: delete; we want a 99.9% PT SLA with credits.
- New: OpenSearch Serverless OCU pricing with a 10% annual growth cap.
Gareth
`)
	binds := map[string]bool{}
	for _, st := range rg.Statements {
		if st.Binding {
			binds[st.Text] = true
		}
	}
	if !binds["Billable tokens are counted by the model's tokenizer."] {
		t.Errorf("the latest message does not bind: %v", binds)
	}
	for s := range binds {
		if strings.Contains(s, "OpenSearch") || strings.Contains(s, "markup") {
			t.Errorf("the quoted older message binds: %q", s)
		}
	}
}

// TestPrePurchaseNotIncluded: "Pre-purchase credits: not included in this
// arrangement." states that there are none.
func TestPrePurchaseNotIncluded(t *testing.T) {
	rg := read(t, "# Heads of terms\n\n## 6. Provisioned Throughput\n\n- Terms available: no commitment, one month or six months.\n- Pre-purchase credits: not included in this arrangement.\n")
	for _, p := range inForce(rg.Frames().PTPrepurchase, func(x PTPrepurchase) Base { return x.Base }) {
		t.Errorf("a pre-purchase read: %s", p.Quote)
	}
}

// TestNonPrepaidBaselineInBrackets: "measured against the standalone
// (non-prepaid) PT rate" names the baseline of the tiers below; it denies
// no pre-purchase.
func TestNonPrepaidBaselineInBrackets(t *testing.T) {
	rg := read(t, "# Amendment\n\n## 7. PT credits\n\n7.1 Customer may buy PT Prepaid Credits in the following tiers. Each discount is measured against the standalone (non-prepaid) PT rate for the same Model:\n\n"+
		"| Tier | Prepaid in the Commitment Year | Discount |\n|---|---|---|\n| 1 | up to AUD 500,000 | 35% |\n| 2 | AUD 500,001 to AUD 1,500,000 | 40% |\n| 3 | above AUD 1,500,000 | 45% |\n")
	var got []float64
	for _, p := range inForce(rg.Frames().PTPrepurchase, func(x PTPrepurchase) Base { return x.Base }) {
		got = append(got, p.Discounts...)
	}
	slices.Sort(got)
	if !slices.Equal(slices.Compact(got), []float64{35, 40, 45}) {
		t.Errorf("tier discounts %v, want 35, 40, 45", got)
	}
}

// TestFeeReducedOnAMissedLevel: "AWS shall reduce the PT fee of that
// month" when a level is missed is a service credit by another name.
func TestFeeReducedOnAMissedLevel(t *testing.T) {
	rg := read(t, "# Supplement\n\n## 11. Service level\n\n11.1 AWS shall maintain a Monthly Uptime of Provisioned Throughput of 99.9%.\n\n"+
		"11.2 If the Monthly Uptime falls below the level of paragraph 11.1, AWS shall reduce the Provisioned Throughput fee of that month by ten percent (10%).\n")
	credits := false
	for _, s := range inForce(rg.Frames().PTSLA, func(x PTSLA) Base { return x.Base }) {
		credits = credits || s.Credits
	}
	if !credits {
		t.Errorf("a fee reduction on a missed level is read as no credit")
	}
}

// TestExceptionToAMissingAnnex: "non-cancellable, save as provided in
// Annex C", where the draft holds no Annex C, is a denial with no
// exception; a reference outside the exception does not count.
func TestExceptionToAMissingAnnex(t *testing.T) {
	rg := read(t, "# Order confirmation\n\n## 1. Commitment\n\n1.4 Customer prepays USD 200,000 of Provisioned Throughput.\n\n## 2. Provisioned Throughput\n\n"+
		"2.3 PT commitments (including the prepayment in 1.4) are non-cancellable and non-refundable, save as provided in Annex C.\n")
	denied := false
	for _, c := range inForce(rg.Frames().PTCancellation, func(x PTCancellation) Base { return x.Base }) {
		if c.Kind == "denial" {
			denied = true
			if c.Qualified {
				t.Errorf("the denial is qualified by an exception the draft does not hold: %+v", c)
			}
		}
	}
	if !denied {
		t.Errorf("no denial of cancellation in force")
	}
	// the exception to a clause the draft holds still qualifies
	rg = read(t, "# Order confirmation\n\n## 1. Cancellation\n\n1.4 Customer may cancel a PT commitment on 30 days' notice if the model is deprecated.\n\n## 2. Provisioned Throughput\n\n"+
		"2.3 PT commitments are non-cancellable, save as provided in 1.4.\n")
	for _, c := range inForce(rg.Frames().PTCancellation, func(x PTCancellation) Base { return x.Base }) {
		if c.Kind == "denial" && !c.Qualified {
			t.Errorf("an exception to a clause the draft holds is dropped: %+v", c)
		}
	}
}

// TestNotwithstandingClauseWithCreditScale: "Notwithstanding clause 9.3,
// AWS commits to the following" over a credit scale displaces clause 9.3's
// exclusion of PT from the SLA, though the scale only grants credits.
func TestNotwithstandingClauseWithCreditScale(t *testing.T) {
	rg := read(t, "# Master terms and order form\n\n## 9. Service levels\n\n9.3 Provisioned Throughput is provided on a best-efforts basis and is excluded from the Amazon Bedrock Service Level Agreement.\n\n"+
		"## 10. Order form\n\n10.1 PT service level. Notwithstanding clause 9.3, AWS commits to the following for each PT endpoint. If Monthly Uptime for the endpoint in a calendar month is:\n\n"+
		"| Monthly Uptime | Credit |\n|---|---|\n| less than 99.95% but not less than 99.0% | 10% |\n| less than 99.0% | 30% |\n")
	credits := false
	for _, s := range inForce(rg.Frames().PTSLA, func(x PTSLA) Base { return x.Base }) {
		if s.Excluded || s.BestEffort {
			t.Errorf("clause 9.3 still in force: %s", s.Quote)
		}
		credits = credits || s.Credits
	}
	if !credits {
		t.Errorf("no credit scale read")
	}
}

// TestDefinitionContainingNo: data "that contain no Prompts, Completions
// or other Customer Content" excludes them; a licence to improve the
// service with it is no use of prompts for training.
func TestDefinitionContainingNo(t *testing.T) {
	for _, def := range []string{
		`"Service Usage Data" means aggregated metrics about Customer's use of Bedrock (such as request counts and latency) that contain no Prompts, Completions or other Customer Content.`,
		`"Service Usage Data" means aggregated metrics about Customer's use of Bedrock that do not contain any Prompts or Completions.`,
	} {
		rg := read(t, "# Addendum\n\n## 1. Definitions\n\n1.1 \"Prompts\" means inputs submitted to Bedrock. \"Completions\" means outputs generated by Bedrock.\n\n1.2 "+def+"\n\n## 8. Service Usage Data\n\n8.1 AWS may use Service Usage Data to operate, secure and improve Bedrock.\n")
		for _, d := range rg.Definitions {
			if d.Term == "Service Usage Data" && (slices.Contains(d.Concepts, "prompts") || slices.Contains(d.Concepts, "completions")) {
				t.Errorf("%s: read as prompts or completions: %+v", def, d)
			}
		}
		for _, f := range inForce(rg.Frames().Training, func(x Training) Base { return x.Base }) {
			if f.Effect == "permission" && (slices.Contains(f.Covers, "prompts") || slices.Contains(f.Covers, "completions")) {
				t.Errorf("%s: a use of prompts read: %+v", def, f)
			}
		}
	}
}

// TestCommitmentNamedByAmount: "The USD 4.2m is a single dollar pool"
// after "commits to USD 4,200,000 of Amazon Bedrock spend" pools that
// commitment ("4.2m" read as 4.2 million).
func TestCommitmentNamedByAmount(t *testing.T) {
	rg := readAs(t, "r.txt", `AGREED ON THE CALL

1. Commitment. Ostara commits to USD 4,200,000 of Amazon Bedrock spend
   per contract year. The Bedrock spend sits inside the EDP and counts
   towards our overall EDP commitment.

2. Discount. AWS gives 25% off the published on-demand token rates for
   every model on Bedrock, in every Region we use.

3. Flex. The USD 4.2m is a single dollar pool. We can spend it on any
   model family on Bedrock (Claude, Llama, Nova, Mistral) in any mix and
   move between families month to month. No per-model minimums.
`)
	pool := false
	for _, c := range inForce(rg.Frames().Commitment, func(x Commitment) Base { return x.Base }) {
		pool = pool || c.Pool
	}
	if !pool {
		t.Errorf("the commitment named by its amount is not pooled")
	}
}

// TestAskedForIsNoTerm: "We asked for tiered pre-purchase credits at 35%
// and 45%" tells what a party asked for; "Customer requested and AWS
// agreed" still states what was agreed.
func TestAskedForIsNoTerm(t *testing.T) {
	rg := read(t, "# Recap\n\n## 12. Not agreed\n\n- PT pre-purchase credits. We asked for tiered pre-purchase credits at 35% and 45% below standalone PT. AWS declined for this cycle.\n- Price match. We asked AWS to match the Anthropic direct API quote we shared for Claude Sonnet.\n")
	for _, p := range inForce(rg.Frames().PTPrepurchase, func(x PTPrepurchase) Base { return x.Base }) {
		if len(p.Discounts) > 0 {
			t.Errorf("an ask read as pre-purchase tiers: %s", p.Quote)
		}
	}
	for _, q := range inForce(rg.Frames().AltQuote, func(x AltQuote) Base { return x.Base }) {
		t.Errorf("an ask read as a documented quote: %s", q.Quote)
	}
	rg = read(t, "# Recap\n\n## 3. Data\n\n3.1 Customer requested and AWS agreed that AWS will not use prompts or completions to train any model.\n")
	if len(inForce(rg.Frames().Training, func(x Training) Base { return x.Base })) == 0 {
		t.Errorf("an agreed request read as no term")
	}
}

// TestColumnHeaderNamesNoData: a column "SUPPLIER RESPONSE" names no
// completions; the training exclusion of its cell covers prompts alone.
func TestColumnHeaderNamesNoData(t *testing.T) {
	rg := read(t, "# RFP response\n\n## 1. Matrix\n\n| ID | CODE | SUPPLIER RESPONSE |\n|---|---|---|\n"+
		"| R-04 | C | Prompts submitted by the Authority to Amazon Bedrock are not used to train any foundation model. All Authority content, including prompts and completions, is stored and processed only in the Canada (Central) Region. |\n")
	n := 0
	for _, f := range inForce(rg.Frames().Training, func(x Training) Base { return x.Base }) {
		n++
		if slices.Contains(f.Covers, "completions") {
			t.Errorf("the exclusion read as covering completions: %+v", f.Covers)
		}
	}
	if n == 0 {
		t.Errorf("no training exclusion read")
	}
}

// TestPaperWithOperativeAppendix: a paper that is "not part of the
// contract" and reproduces the signed clauses in an appendix: its summary
// ("data remains in Frankfurt") states nothing; the appendix binds.
func TestPaperWithOperativeAppendix(t *testing.T) {
	rg := read(t, "# Investment Committee paper\n\n## 1. Decision requested\n\nThe Committee is asked to ratify the Addendum. This paper is not part of the contract. Appendix A reproduces the operative clauses of the Addendum as signed.\n\n"+
		"## 5. Key terms\n\n| Topic | Position |\n|---|---|\n| Data | No training on our prompts or completions; data remains in Frankfurt |\n\n"+
		"# Appendix A – Operative clauses of the Addendum (as signed)\n\n## A7. Customer data\n\nA7.1 AWS will not use Customer Prompts or Completions to train any model.\n")
	for _, r := range inForce(rg.Frames().Residency, func(x Residency) Base { return x.Base }) {
		t.Errorf("the paper's summary read as a residency term: %s", r.Quote)
	}
	train := false
	for _, f := range inForce(rg.Frames().Training, func(x Training) Base { return x.Base }) {
		train = train || f.Effect == "exclusion"
	}
	if !train {
		t.Errorf("the appendix does not bind")
	}
}

// TestMinutesWithAgreedSection: minutes whose title stands under the
// parties' name and whose "3. AGREED TERMS (FINAL)" section holds items
// "A1", "A2": only that section binds.
func TestMinutesWithAgreedSection(t *testing.T) {
	rg := readAs(t, "m.txt", `OSTRANDER FREIGHT & LOGISTICS, INC.
MINUTES OF NEGOTIATION CALL No. 4

1. PURPOSE OF THE CALL

1.1 To close the open Bedrock points in the EDP renewal term sheet.

2. DISCUSSION

2.8 Token counting

    RV asked that the amendment state how billable tokens are counted and
    whether system prompts, tool definitions and structured output schemas
    are billable input tokens. AWS said it would send a written explanation.

3. AGREED TERMS (FINAL)

The parties agreed that the EDP amendment will contain the following
Bedrock terms and no others.

A1  Bedrock commitment. Ostrander will commit USD 9,000,000 per year to
    Amazon Bedrock within the renewed EDP.

A2  PT SLA. AWS commits to 99.9% monthly availability for Provisioned
    Throughput, with service credits of 10% of the monthly PT charges.

4. NEXT CALL

4.1 Call No. 5 to be scheduled.
`)
	for _, f := range inForce(rg.Frames().TokenCounting, func(x TokenCounting) Base { return x.Base }) {
		t.Errorf("the discussion read as a term: %s", f.Quote)
	}
	sla := false
	for _, f := range inForce(rg.Frames().PTSLA, func(x PTSLA) Base { return x.Base }) {
		sla = sla || len(f.Levels) > 0
	}
	if !sla {
		t.Errorf("the agreed section does not bind")
	}
}

// TestSlackHandlesOpenMessages: "[08 Apr 2026 15:22] priya.nair" opens a
// message as "[10:03] Emily Chen:" does; only the pinned final list binds.
func TestSlackHandlesOpenMessages(t *testing.T) {
	rg := readAs(t, "s.txt", `Slack export - #proc-aws-edp-renewal

[07 Apr 2026 08:41] priya.nair
AWS sent their first Bedrock proposal: Bedrock commit USD 3.5M/yr, 15% off on-demand.

[08 Apr 2026 15:22] priya.nair
Notes from today's call with AWS:
- Token counting: they offered "system prompts and tool definitions included, structured output schemas excluded".

[08 Apr 2026 15:40] tom.okafor
On token counting: I'd rather not agree the methodology on a call.

[17 Apr 2026 16:55] priya.nair
Close call done. Final list pinned below.

FINAL - AGREED TERMS, Bedrock in the EDP renewal

 1. Bedrock commit: USD 3,000,000 per year inside the renewed EDP.
 2. Rate card: 25% below published on-demand rates for all models on Bedrock.
 3. Token counting methodology: to be agreed.
`)
	if rg.block < 3 {
		t.Errorf("%d message blocks, want the four messages apart", rg.block)
	}
	for _, f := range inForce(rg.Frames().TokenCounting, func(x TokenCounting) Base { return x.Base }) {
		t.Errorf("an offer in an earlier message read as a term: %s", f.Quote)
	}
	commit := false
	for _, c := range inForce(rg.Frames().Commitment, func(x Commitment) Base { return x.Base }) {
		commit = commit || strings.Contains(c.Quote, "3,000,000")
	}
	if !commit {
		t.Errorf("the pinned final list does not bind")
	}
}

// TestStatusAfterRunInTitle: "4. Token counting. Parked. AWS will come
// back with wording …": the status after the item's run-in title says the
// item is not settled.
func TestStatusAfterRunInTitle(t *testing.T) {
	rg := readAs(t, "m.txt", `Subject: Bedrock terms agreed on today's call

3. Flex. The USD 4.2m is a single dollar pool across all model families.

4. Token counting. Parked. AWS will come back with wording on how system
   prompts, tool definitions and structured output schemas are counted.
   To be agreed when Sunita drafts the addendum.
`)
	for _, f := range inForce(rg.Frames().TokenCounting, func(x TokenCounting) Base { return x.Base }) {
		t.Errorf("a parked item read as a term: %s", f.Quote)
	}
}

// TestNamedTermByPronoun: "The Offer Term begins on … It runs for the
// same period as the EDP": a commitment "during the Offer Term" runs with
// the EDP.
func TestNamedTermByPronoun(t *testing.T) {
	rg := read(t, "# Private offer\n\n## 3. Offer Term\n\n3.1 The Offer Term begins on the date Customer accepts this private offer in AWS Marketplace. It runs for the same period as Customer's AWS Enterprise Discount Program agreement with AWS (the \"**EDP**\") and ends on the same day as the EDP, including any extension of the EDP term agreed between Customer and AWS.\n\n"+
		"3.2 If the EDP terminates early for any reason, the Offer Term ends on the same date, and Sections 9, 10 and 12 survive.\n\n"+
		"## 4. Fees and Committed Spend\n\n4.1 **Committed Spend.** Customer commits to spend USD 1,800,000 on usage of the Model through Amazon Bedrock during the Offer Term (the \"**Committed Spend**\").\n\n"+
		"4.5 Any part of the Committed Spend not consumed by the end of the Offer Term will be invoiced as a true-up charge within thirty (30) days after the Offer Term ends.\n")
	aligned := false
	for _, c := range inForce(rg.Frames().Commitment, func(x Commitment) Base { return x.Base }) {
		aligned = aligned || c.Aligned && c.Amount > 0
	}
	if !aligned {
		t.Errorf("the commitment over the Offer Term is not read as running with the EDP")
	}
}

// TestDocTermIndependentWins: a draft whose term is "fixed and independent
// of the term of the EDP" does not run with the EDP because a later
// sentence speaks of the EDP ending.
func TestDocTermIndependentWins(t *testing.T) {
	rg := readAs(t, "z.txt", `BEDROCK ADDENDUM

§ 3  TERM

(1) The Bedrock Term starts on the Go-Live Date and ends at the end of the
    twenty-fourth (24th) month after it.

(2) The Bedrock Term is fixed and independent of the term of the EDP Agreement. If the
    EDP Agreement ends before the Bedrock Term, this Addendum continues as a stand-alone
    agreement.

§ 4  COMMITMENT

(1) Customer commits to spend at least EUR 1,000,000 on Amazon Bedrock in each Contract Year.
`)
	n := 0
	for _, c := range inForce(rg.Frames().Commitment, func(x Commitment) Base { return x.Base }) {
		n++
		if c.Aligned {
			t.Errorf("the commitment read as aligned with the EDP: %s", c.Quote)
		}
	}
	if n == 0 {
		t.Errorf("no commitment read")
	}
}

// TestFieldLineIsNoRunInHeading: "Pool: one US-dollar pool." opening a
// line is a field and its value, not a heading over the next sentence.
func TestFieldLineIsNoRunInHeading(t *testing.T) {
	rg := read(t, "# Terms\n\n## 1. Commercials\n\n- **Bedrock Commit:** USD 3,100,000 per Commitment Year.\n- **Pool:** one US-dollar pool. Spend on any model family draws down the same pool.\n")
	found := false
	for _, st := range rg.Statements {
		found = found || strings.Contains(st.Text, "one US-dollar pool")
	}
	if !found {
		t.Errorf("the field line was dropped as a heading")
	}
}

// TestDealSheetRows: a row whose status says it is open binds nobody; the
// agreed column is read, a party's proposal is not, whatever the language
// of the header.
func TestDealSheetRows(t *testing.T) {
	rg := read(t, "# Deal sheet\n\n## 1. Terms\n\n| Ref | Topic | Customer proposal | Agreed position | Status |\n|---|---|---|---|---|\n"+
		"| C-07 | Vector storage | OCU inside the EDP with a 25% growth cap | OCUs are charged at SEK 2.05 per OCU-hour under the EDP | CLOSED |\n"+
		"| C-07a | Vector storage - growth cap | Year-over-year growth in OCU charges capped at 25% | Year-over-year growth in OCU charges is capped at 25% | OPEN |\n")
	for _, v := range rg.Frames().VectorStorage {
		if v.Cap && v.Binding {
			t.Errorf("a growth cap read from a proposal or an open row: %+v", v)
		}
	}
	rg = read(t, "# Deal sheet\n\n## 1. Terms\n\n| No. | Item | AWS position | AGREED (binding) | O/C |\n|---|---|---|---|---|\n"+
		"| 12 | Model lifecycle | 180 days' notice. | AWS gives 180 days' notice before a model is deprecated or withdrawn, and on such deprecation or withdrawal grants a migration credit of JPY 5,000,000. | C |\n"+
		"| 14 | Growth cap | Not offered. | Growth cap: not agreed. | C |\n")
	var remedy bool
	for _, l := range inForce(rg.Frames().ModelLifecycle, func(x ModelLifecycle) Base { return x.Base }) {
		remedy = remedy || l.Remedy && l.Binding
	}
	if !remedy {
		t.Errorf("a model withdrawn is no row withdrawn: %+v", rg.Frames().ModelLifecycle)
	}
	for _, v := range rg.Frames().VectorStorage {
		if v.Cap && v.Binding {
			t.Errorf("a cap not agreed binds: %+v", v)
		}
	}
	rg = read(t, "# Verhandlungsliste\n\n## 1. Liste\n\n| Pos. | Thema | AWS Angebot | Vereinbart (verbindlich) | Status |\n|---|---|---|---|---|\n"+
		"| 7 | Rabatt | 15 % below the published on-demand rates | 22 % below the published on-demand rates for Amazon Bedrock | geschlossen |\n")
	for _, d := range rg.Frames().Discount {
		if d.Percent == 15 {
			t.Errorf("the offer's 15%% read beside the agreed 22%%: %+v", d)
		}
	}
}

// TestNegatedRenewedEDP: a negated sentence that names the renewed EDP
// makes the commitment independent of the EDP's term only where it speaks
// of the commitment.
func TestNegatedRenewedEDP(t *testing.T) {
	for _, tc := range []struct {
		second      string
		independent bool
	}{
		{"OpenSearch Serverless compute units (OCUs) used for Amazon Bedrock Knowledge Bases will count toward the Renewed EDP commitment and be billed at USD 0.18 per OCU-hour for the term of the Renewed EDP. The annual growth cap on OCU charges in the 2025 Addendum will not be carried forward into the Renewed EDP.", false},
		{"The Bedrock Commitment is not co-terminous with the Renewed EDP.", true},
	} {
		rg := read(t, "# Renewal letter\n\nThis letter sets out the terms on which Amazon Bedrock will be provided under the renewed Enterprise Discount Program agreement that starts on 1 October 2026 (the \"Renewed EDP\").\n\n1. Customer commits to spend USD 1,000,000 on Amazon Bedrock in each year of the Renewed EDP (the \"Bedrock Commitment\"), ending on the same date as the Renewed EDP.\n\n2. "+tc.second+"\n")
		independent := false
		for _, c := range rg.Frames().Commitment {
			independent = independent || c.InForce && c.Independent
		}
		if independent != tc.independent {
			t.Errorf("%q: independent of the EDP term %v, want %v", tc.second, independent, tc.independent)
		}
	}
}

// TestNonBindingFigures: a note that the estimates shown do not bind
// speaks of the figures, not of the document, even where a wrapped cell
// of the table above runs into it; a note that the quote does not bind
// speaks of the document.
func TestNonBindingFigures(t *testing.T) {
	const top = "RENEWAL QUOTE\n\nPAGE 2 - ESTIMATED SPEND\n\nWorkload          Est. monthly cost (USD)\nDispatch assistant          9,240\nKnowledge base (OpenSearch Serverless, ~14    2,044\nOCU)\n"
	for _, tc := range []struct {
		note string
		nb   bool
	}{
		{"Note: figures assume current volumes and are not binding; the Binding Terms below determine charges.", false},
		{"Note: these estimates are not binding.", false},
		{"Note: this quote is not binding.", true},
	} {
		rg := readText(t, top+tc.note+"\n\nB1 Commitment. Customer commits to spend USD 1,800,000 on Amazon Bedrock in each Contract Year.\n")
		if rg.NonBinding != tc.nb {
			t.Errorf("%q: the document non-binding %v, want %v", tc.note, rg.NonBinding, tc.nb)
		}
	}
}

// TestNonBindingColumn: a grid whose "Comments (non-binding)" column binds
// nobody beside an "Operative text (binding)" column: the comments are not
// read, and saying so does not make the whole document non-binding.
func TestNonBindingColumn(t *testing.T) {
	rg := read(t, "# Negotiation grid\n\nThe \"Comments (non-binding)\" column is negotiating commentary. It is not part of the Addendum.\n\n## 1. Grid\n\n"+
		"| Ref | Topic | Operative text (binding) | Comments (non-binding) |\n|---|---|---|---|\n"+
		"| 3.4 | PT cancellation | Customer may cancel any Provisioned Throughput commitment on thirty (30) days' notice if the model is deprecated or the workload moves to another Bedrock model. | Under the AWS form, Provisioned Throughput commitments are non-cancellable. |\n")
	if rg.NonBinding {
		t.Fatalf("a column's name made the document non-binding")
	}
	right, denial := bindingRightAndDenial(rg.Frames())
	if !right || denial {
		t.Errorf("want the operative right and no denial from the comments: %+v", rg.Frames().PTCancellation)
	}
}

// TestReferenceOnlyColumn: a column whose header says it is for reference
// only binds nobody beside a column that may bind; a non-binding column
// beside none but the first, which names the rows, is the table's only
// say: its rows are read, and bind nobody.
func TestReferenceOnlyColumn(t *testing.T) {
	rg := read(t, "# Letter of extension\n\n## 2. Replacement terms\n\n"+
		"| Clause | Original position (reference only) | Position for the Extended Term |\n|---|---|---|\n"+
		"| 6.2 PT cancellation | Provisioned Throughput commitments are non-cancellable. | Customer may cancel any Provisioned Throughput commitment on thirty (30) days' notice if the model is deprecated or the workload moves to another Bedrock model. |\n")
	right, denial := bindingRightAndDenial(rg.Frames())
	if !right || denial {
		t.Errorf("want the new right and no denial from the reference column: %+v", rg.Frames().PTCancellation)
	}
	rg = read(t, "# Term sheet\n\n## 1. Positions\n\n| Topic | Proposed position (non-binding) |\n|---|---|\n"+
		"| PT cancellation | Customer may cancel any Provisioned Throughput commitment on thirty (30) days' notice if the model is deprecated. |\n")
	var read, binding bool
	for _, c := range rg.Frames().PTCancellation {
		read = read || c.Kind == "right"
		binding = binding || c.Binding
	}
	if !read || binding {
		t.Errorf("want the row read as binding nobody: %+v", rg.Frames().PTCancellation)
	}
}

// TestEarlierAddendumDefers: "see clause 3.4 of the Original Addendum"
// points at another document, as "the Customer Agreement" does: the
// element it carries is not stated in the draft.
func TestEarlierAddendumDefers(t *testing.T) {
	rg := read(t, "# Letter of extension\n\n## 2. Replacement terms\n\n| Clause | Position for the Extended Term |\n|---|---|\n"+
		"| 3 Token counting | Billable input tokens include system prompts and tool definitions, billed at the input rate. Structured output schemas: unchanged; see clause 3.4 of the Original Addendum. |\n")
	for _, tc := range rg.Frames().TokenCounting {
		if slices.Contains(tc.Elements, "output_schemas") && tc.InForce {
			t.Errorf("output schemas addressed by a reference to another document: %+v", tc)
		}
	}
}

// bindingRightAndDenial reports whether the frames hold a binding PT
// cancellation right, and a denial of one.
func bindingRightAndDenial(f *Frames) (right, denial bool) {
	for _, c := range f.PTCancellation {
		right = right || c.Kind == "right" && c.Binding
		denial = denial || c.Kind == "denial"
	}
	return right, denial
}

// TestClauseRefColumn: in a review table, a "Clause ref" cell naming
// sections the draft does not hold says where the quoted terms come from:
// the terms in the row stand. A cell of references under a column that
// names a term ("Service credits") is where that term is, and is missing.
func TestClauseRefColumn(t *testing.T) {
	rg := read(t, "# Post-signature review\n\n## Checklist\n\n| # | Topic | Clause ref | What the signed text says (quoted) |\n|---|---|---|---|\n"+
		"| 3 | PT cancellation | §5.3 | \"Customer may cancel a PT commitment upon thirty (30) days' written notice if the underlying model is deprecated by AWS.\" |\n")
	var inForce bool
	for _, c := range rg.Frames().PTCancellation {
		inForce = inForce || c.Kind == "right" && c.InForce
	}
	if !inForce {
		t.Errorf("the quoted right is not in force beside its clause reference: %+v", rg.Frames().PTCancellation)
	}
	rg = read(t, "# Service levels\n\n## 9. Availability\n\n| Covered service | Monthly uptime commitment | Service credits |\n|---|---|---|\n"+
		"| Amazon Bedrock Provisioned Throughput | 99.9% | Section 9.7 |\n")
	for _, sla := range rg.Frames().PTSLA {
		if sla.Credits && sla.InForce {
			t.Errorf("credits read from a reference to a missing section: %+v", sla)
		}
	}
}

// TestSlidesNotContractual: "Slides 1 to 8 … are not contractual. Only
// Section 9 has contractual effect": what the slides say binds nobody.
func TestSlidesNotContractual(t *testing.T) {
	rg := read(t, "# Steering Committee pack\n\n> Status of this pack. Slides 1 to 8 are a management summary. They are not contractual. Only Section 9 has contractual effect.\n\n"+
		"## Slide 5 — What we secured\n\nAWS will issue a migration credit of NOK 1.5 m for each retired model.\n\n"+
		"## 9. Term Schedule\n\n9.7 AWS will give Customer twelve (12) months' notice before a Foundation Model reaches end-of-life.\n")
	for _, l := range rg.Frames().ModelLifecycle {
		if l.Remedy && l.Binding {
			t.Errorf("the slide's credit binds: %+v", l)
		}
	}
}

// TestCreditsOfOtherTerms: an open point whose status is "outstanding"
// grants nothing, and OCU charges "credited back" above a cap are no
// service credit for Provisioned Throughput.
func TestCreditsOfOtherTerms(t *testing.T) {
	rg := read(t, "# Briefing\n\n## 12. Service level\n\n12.1 AWS will make Provisioned Throughput available at least 99.9% of each month.\n\n"+
		"12.2 If availability falls below 99.9%, Customer receives the service credits set out in Annex SLA-2.\n\n"+
		"## 13. PT pre-purchase and vector storage\n\n13.1 Customer may pre-purchase Provisioned Throughput credits at 35% below the standalone PT rate.\n\n13.2 OpenSearch Serverless is charged within the EDP at EUR 0.22 per OCU-hour. Customer's total OCU charges in any year shall not exceed those of the previous year by more than 12%; charges above that limit are credited back by AWS.\n\n"+
		"13.3 Open points:\n\n| # | Point | Owner | Status |\n|---|---|---|---|\n| 1 | Annex SLA-2 (service credits) | Legal | outstanding |\n")
	for _, s := range inForce(rg.Frames().PTSLA, func(x PTSLA) Base { return x.Base }) {
		if s.Credits {
			t.Errorf("a PT service credit read from %s: %+v", s.Clause, s)
		}
	}
}

// TestBilingualSentences: a Chinese or Japanese sentence ends at its
// ideographic full stop, and a two-column export's rule divides its
// columns: the English beside it is a sentence of its own.
func TestBilingualSentences(t *testing.T) {
	for _, text := range []string{
		"乙は、甲のデータを東京リージョンにおいてのみ処理する。AWS may use Customer's prompts to improve its foundation models.",
		"客戶之提示僅得於臺北區域處理 │ AWS may use Customer's prompts to improve its foundation models.",
	} {
		rg := read(t, "# Addendum\n\n## 8. Data\n\n8.2 "+text+"\n")
		var english bool
		for _, st := range rg.Statements {
			if strings.HasPrefix(st.Quote, "AWS may use") {
				english = true
			}
		}
		if !english {
			var qs []string
			for _, st := range rg.Statements {
				qs = append(qs, st.Quote)
			}
			t.Errorf("the English sentence is not one of its own: %q", qs)
		}
	}
}

// TestNumberedSectionUnderAHeading: a numbered section that a rendering
// hung under the heading before it is still its own section.
func TestNumberedSectionUnderAHeading(t *testing.T) {
	rg := read(t, "# Pack\n\n> Slides 1 to 8 are a summary. They are not contractual. Only Section 9 has contractual effect.\n\n"+
		"## SLIDE 8 — Next steps\n\nRun the walkthrough.\n\n### 9. Term Schedule\n\n9.1 Customer may cancel any Provisioned Throughput commitment on thirty (30) days' notice if the model is deprecated.\n")
	var binding bool
	for _, c := range rg.Frames().PTCancellation {
		binding = binding || c.Binding
	}
	if !binding {
		t.Errorf("section 9 binds: %+v", rg.Frames().PTCancellation)
	}
}

// TestOCUCreditIsNoServiceCredit: OCU charges "credited back" above a cap,
// under a heading that also covers availability, are no service credit
// for Provisioned Throughput.
func TestOCUCreditIsNoServiceCredit(t *testing.T) {
	rg := read(t, "# Briefing\n\n## 12. PT availability and vector storage\n\n12.1 AWS will make Provisioned Throughput available at least 99.9% of each month.\n\n"+
		"12.2 If availability falls below 99.9%, Customer receives the service credits set out in Annex SLA-2.\n\n"+
		"12.3 OpenSearch Serverless is charged within the EDP at EUR 0.22 per OCU-hour. Customer's total OCU charges in any year shall not exceed those of the previous year by more than 12%; charges above that limit are credited back by AWS.\n")
	for _, s := range inForce(rg.Frames().PTSLA, func(x PTSLA) Base { return x.Base }) {
		if s.Credits {
			t.Errorf("a PT service credit read from %s: %+v", s.Clause, s)
		}
	}
}

// TestRomanSectionsInBilingualHeadings: "Section V" names the section a
// heading labels after its Chinese title, and words replaced "in paragraph
// (a) of Section VII" are found in the one paragraph that holds them.
func TestRomanSectionsInBilingualHeadings(t *testing.T) {
	rg := read(t, "# Addendum\n\n### 第V節 模型生命週期 / Section V Model Lifecycle\n\n(a) AWS shall give Customer six (6) months' notice before a model is deprecated.\n\n(b) AWS shall give Customer a migration credit of 15% for any forced migration.\n\n"+
		"### 第VII節 服務水平 / Section VII Service Levels\n\n(a) AWS shall make Provisioned Throughput available ninety-nine point five percent (99.5%) of each month.\n\n(b) Service credits apply as set out in the table below.\n\n"+
		"## Amendment No. 1\n\n1. Section V (Model Lifecycle) of the Addendum is deleted in its entirety.\n\n2. In paragraph (a) of Section VII of the Addendum, the words \"ninety-nine point five percent (99.5%)\" are replaced with \"ninety-nine point nine percent (99.9%)\".\n")
	f := rg.Frames()
	if l := inForce(f.ModelLifecycle, func(x ModelLifecycle) Base { return x.Base }); len(l) != 0 {
		t.Errorf("Section V is deleted: %+v (notices %v)", l, rg.Notices)
	}
	var levels []float64
	for _, s := range inForce(f.PTSLA, func(x PTSLA) Base { return x.Base }) {
		levels = append(levels, s.Levels...)
	}
	if !slices.Contains(levels, 99.9) || slices.Contains(levels, 99.5) {
		t.Errorf("paragraph (a) of Section VII reads 99.9%%: %v (notices %v)", levels, rg.Notices)
	}
}

// TestBodyOfTheTermSheetPrevails: "the body of the term sheet prevails over
// its Schedules" names the body ("of" is no part number), so the body's
// discount stands over the schedule's.
func TestBodyOfTheTermSheetPrevails(t *testing.T) {
	rg := read(t, "# Term Sheet\n\n## 0. General\n\n0.1 If anything in this term sheet is inconsistent, the body of the term sheet prevails over its Schedules.\n\n"+
		"## 1. Pricing\n\n1.1 Bedrock usage is charged at 22% below the published on-demand prices.\n\n## Schedule 2 — Rate card\n\n- Bedrock on-demand discount: 16% off published prices.\n")
	var got []float64
	for _, d := range inForce(rg.Frames().Discount, func(x Discount) Base { return x.Base }) {
		got = append(got, d.Percent)
	}
	if !slices.Equal(got, []float64{22}) {
		t.Errorf("discounts in force %v, want the body's 22 (precedence %v)", got, rg.PrecedenceNotes())
	}
}

// TestDiscountSentenceInAMixedClause: a sentence that prices Bedrock's
// on-demand usage is a discount even where its clause also prices OCUs.
func TestDiscountSentenceInAMixedClause(t *testing.T) {
	rg := read(t, "# Deal\n\n## 1. Pricing\n\n1.3 The following sections are inserted. 2A.3 Bedrock on-demand and batch usage is charged at the Published Rate less twenty-two per cent. 2A.4 OpenSearch Serverless OCUs are charged at USD 0.24 per OCU-hour.\n")
	var got []float64
	for _, d := range rg.Frames().Discount {
		got = append(got, d.Percent)
	}
	if !slices.Contains(got, 22) {
		t.Errorf("discounts %v, want 22", got)
	}
}

// TestAmendmentOfASheet: an amendment of a deal sheet's rows by their
// position numbers ("Pos. 14", "Pos. 19"), naming a column in quotes
// before the words it changes.
func TestAmendmentOfASheet(t *testing.T) {
	rg := read(t, "# Verhandlungsliste\n\n## Liste\n\n| Pos. | Thema | Vereinbart (verbindlich) | Status |\n|---|---|---|---|\n"+
		"| 14 | PT-Kündigung | Customer may cancel any Provisioned Throughput commitment on ninety (90) days' written notice if the model is deprecated. | geeinigt |\n"+
		"| 19 | Vektorspeicher | OpenSearch Serverless OCUs are charged at EUR 0.21 per OCU-hour, and OCU charges grow by no more than 10% a year. | geeinigt |\n\n"+
		"## Nachtrag Nr. 1\n\n**§ 1 Pos. 14 (PT-Kündigung).** In Pos. 14, column \"Vereinbart (verbindlich)\", the words \"ninety (90) days' written notice\" are replaced by \"eight (8) weeks' written notice\".\n\n**§ 2 Pos. 19 (Vektorspeicher).** Pos. 19 is deleted in its entirety.\n")
	f := rg.Frames()
	for _, c := range inForce(f.PTCancellation, func(x PTCancellation) Base { return x.Base }) {
		if c.NoticeDays != 56 {
			t.Errorf("Pos. 14 reads eight weeks: %+v (notices %v)", c, rg.Notices)
		}
	}
	if v := inForce(f.VectorStorage, func(x VectorStorage) Base { return x.Base }); len(v) != 0 {
		t.Errorf("Pos. 19 is deleted: %+v (notices %v)", v, rg.Notices)
	}
}

// TestRemarkOnSilence: "Section 4 does not say how JSON schemas are
// treated" remarks on what the text lacks; it is no term.
func TestRemarkOnSilence(t *testing.T) {
	rg := read(t, "# Report\n\n## 14. Token counting\n\n14.1 Section 4 counts tokens by the model's tokenizer. Section 4 does not say how JSON schemas used for structured output are treated.\n")
	for _, tc := range rg.Frames().TokenCounting {
		if tc.Binding && slices.Contains(tc.Elements, "output_schemas") {
			t.Errorf("the remark binds: %+v", tc)
		}
	}
}

// TestClauseVariants: of a clause's library variants, only the one its
// selection record or its own mark chooses binds.
func TestClauseVariants(t *testing.T) {
	for _, doc := range []string{
		"# Export\n\n## CLM-BR-003 — PT cancellation\n\nVariant P (Preferred) Customer may cancel any Provisioned Throughput commitment on forty-five (45) days' notice if the model is deprecated.\n\nVariant F (Fallback) Provisioned Throughput commitments are non-cancellable.\n\nSelection Record\n\n| Selected | Approved by |\n|---|---|\n| Variant P — SELECTED | I. Solberg |\n",
		"# Report\n\n## Article 6 PT cancellation\n\n[P]\nCustomer may cancel any Provisioned Throughput commitment on forty-five (45) days' notice if the model is deprecated.\n\n[F]\nProvisioned Throughput commitments are non-cancellable.\n\n[A] >> ADOPTED\nCustomer may cancel any Provisioned Throughput commitment on forty-five (45) days' notice if the model is deprecated or the workload moves to another Bedrock model.\n",
	} {
		rg := read(t, doc)
		for _, c := range inForce(rg.Frames().PTCancellation, func(x PTCancellation) Base { return x.Base }) {
			if c.Kind == "denial" {
				t.Errorf("an unchosen variant binds: %+v", c)
			}
		}
	}
}

// TestInfoFragmentOverATable: "For reference only; not binding." over a
// summary table makes the table bind nobody.
func TestInfoFragmentOverATable(t *testing.T) {
	rg := read(t, "# Addendum\n\n## 1. Scope\n\n1.1 This Addendum applies to Amazon Bedrock.\n\n## 2. Term\n\n2.1 This Addendum runs for three years.\n\n## 3. Law\n\n3.1 New York law governs.\n\n## 12. Terms at a glance\n\nPrepared by the account team. For reference only; not binding.\n\n| Term | Summary |\n|---|---|\n| PT SLA | 99.9% with service credits for Provisioned Throughput |\n")
	for _, s := range rg.Frames().PTSLA {
		if s.Binding {
			t.Errorf("the summary binds: %+v", s)
		}
	}
}

// TestNarrowingProviso: a proviso that withholds a credit in one named case
// narrows the credit; it does not rule it out.
func TestNarrowingProviso(t *testing.T) {
	rg := read(t, "# Addendum\n\n## 6. Models\n\n6.2 Where a Foundation Model reaches end-of-life, AISPL shall issue a Migration Credit of 10% of the charges for that model: Provided that no Migration Credit shall be issued where the end-of-life is effected at the written request of the Customer.\n")
	for _, l := range rg.Frames().ModelLifecycle {
		if l.NoRemedy {
			t.Errorf("the proviso read as ruling the credit out: %+v", l)
		}
	}
	// the case named by a relative clause: "in respect of a Foundation
	// Model which the Customer has not invoked"
	rg = read(t, "# Addendum\n\n## 6. Models\n\n6.2 On the end-of-life of any Foundation Model, AWS shall issue to the Customer a Migration Credit equal to the average monthly charges for that model: Provided that no Migration Credit shall be issued in respect of a Foundation Model which the Customer has not invoked during the six (6) months preceding the notice.\n")
	for _, l := range rg.Frames().ModelLifecycle {
		if l.NoRemedy || !l.Remedy {
			t.Errorf("a proviso narrowing by a relative clause read as ruling the credit out: %+v", l)
		}
	}
	rg = read(t, "# Addendum\n\n## 6. Models\n\n6.2 AWS will give notice of a deprecation, provided that no credit, refund or other compensation is due for any deprecation.\n")
	var none bool
	for _, l := range rg.Frames().ModelLifecycle {
		none = none || l.NoRemedy
	}
	if !none {
		t.Errorf("a proviso ruling out any credit is a denial: %+v", rg.Frames().ModelLifecycle)
	}
}

// TestAmendmentOfAnAmendment: words in a paragraph an earlier supplement
// added to a section are changed by a later one naming the new paragraph.
func TestAmendmentOfAnAmendment(t *testing.T) {
	rg := read(t, "# Agreement\n\n## 12. Vector store\n\n(1) OpenSearch Serverless OCUs are charged at EUR 0.21 per OCU-hour under the EDP.\n\n"+
		"## Second Supplement\n\n3. The following paragraph (2) is added to § 12: \"(2) The OCU charges in a year shall not exceed those of the previous year by more than 25 %.\"\n\n"+
		"## Third Supplement\n\n1. In number 3 of the Second Supplement (new § 12 (2)), \"25 %\" is replaced by \"20 %\".\n")
	if len(rg.Notices) != 0 || len(rg.UnresolvedChecks()) != 0 {
		t.Errorf("the new § 12 (2) is amended: notices %v", rg.Notices)
	}
}

// TestCapNotAgreed: a cap named to say it was refused or is still under
// discussion is no cap.
func TestCapNotAgreed(t *testing.T) {
	for _, text := range []string{
		"OpenSearch Serverless OCUs are charged at £0.16 per OCU-hour under the EDP; growth cap under discussion.",
		"OpenSearch Serverless OCUs are charged at £0.16 per OCU-hour under the EDP (growth cap refused by AWS).",
	} {
		rg := read(t, "# Addendum\n\n## 10. Vector storage\n\n10.1 "+text+"\n")
		for _, v := range rg.Frames().VectorStorage {
			if v.Cap {
				t.Errorf("%q: read as a cap: %+v", text, v)
			}
		}
	}
}

// "The binding terms are those identified in Section 7" names where the
// binding parts are listed, not a binding part; "Executive summary
// (non-binding)" qualifies the summary, not the document.
func TestBindingPointersAndQualifiedHeadings(t *testing.T) {
	doc, err := extract.Bytes("proposal.txt", []byte(`COMMERCIAL PROPOSAL
Executive summary (non-binding). The executive summary is provided for convenience only. The binding terms are those identified in Section 7 (Acceptance).

5. TERMS AND CONDITIONS
5.1 AWS will not use Customer Content, including prompts and completions, to train any model, and will process it only in the AWS Regions Customer selects.

7. ACCEPTANCE
7.1 On acceptance, Sections 5 and 7 become binding on AWS and Customer.
`), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	rg := mustReader(t).Read(doc)
	if rg.NonBinding {
		t.Errorf("the proposal is read as non-binding as a whole")
	}
	bound := false
	for _, st := range rg.Statements {
		if st.Clause == "5.1" && st.Binding {
			bound = true
		}
	}
	if !bound {
		t.Errorf("section 5 binds nobody: %v", rg.bindingBySection)
	}
}

// A sentence about the draft that says nothing of its term ("liability
// under this agreement is limited in accordance with the EDP") does not
// align the draft's term, and so its commitment's, with the EDP.
func TestDocTermNeedsATerm(t *testing.T) {
	rg := read(t, "# Addendum\n\n## 2. Commitment\n\n2.1 Within the EDP, Customer commits to Amazon Bedrock spend of EUR 1,900,000 per contract year (the \"Bedrock Commitment\").\n\n"+
		"## 11. Liability\n\n11.1 Each party's liability under this agreement is limited in accordance with the EDP and the AWS Customer Agreement.\n")
	for _, c := range rg.Frames().Commitment {
		if c.Aligned {
			t.Errorf("the commitment read as aligned with the EDP's term: %+v", c)
		}
	}
}

// Under a benchmark heading, a sentence that names a competitor but no
// price documents no quote; the vendors' office software is no
// alternative provider.
func TestAltQuoteNeedsAPrice(t *testing.T) {
	rg := read(t, "# Amendment\n\n## 12. Competitive benchmark\n\n12.1 Customer has told AWS that it is evaluating Azure OpenAI Service for the complaint-triage workload.\n\n"+
		"12.2 The parties will discuss any quotation in good faith.\n\n## 13. General\n\n13.1 This Amendment was compared in Microsoft Word and the comparison was sent to both parties.\n")
	for _, q := range rg.Frames().AltQuote {
		if q.InForce {
			t.Errorf("a quote read: %+v", q)
		}
	}
	rg = read(t, "# Amendment\n\n## 12. Competitive benchmark\n\n12.1 Anthropic's direct API quoted USD 2.40 per million input tokens for Claude 3.7 Sonnet.\n")
	if len(inForce(rg.Frames().AltQuote, func(x AltQuote) Base { return x.Base })) == 0 {
		t.Errorf("a priced quote under the heading is not read")
	}
}

// A margin comment on its own line ("// Kestrel: we need completions
// covered too.") is a sentence of its own, not part of the term above it.
func TestMarginCommentIsItsOwnSentence(t *testing.T) {
	s := "AWS will not use Inputs to train any model.\n// Kestrel: we need completions covered too."
	if n := len(splitSentences(s)); n != 2 {
		t.Errorf("%d sentences, want 2", n)
	}
}

// An amendment of a clause the draft does not hold, named with its caption
// ("In Clause 15.3 (Invoicing) …"), leaves unknown only what the caption is
// about: invoicing touches no check, whatever words the amendment changes.
func TestMissingTargetCaption(t *testing.T) {
	rg := read(t, "# Second Amendment\n\n## 4. Provisioned Throughput\n\n4.1 Customer may cancel any Provisioned Throughput commitment on sixty (60) days' notice if the model is deprecated or Customer moves the workload to another Bedrock model.\n\n"+
		"## 5. Changes to clauses not restated\n\n5.1 In Clause 15.3 (Invoicing), the words \"thirty (30) days\" are replaced with \"forty-five (45) days\".\n\n"+
		"5.2 In Addendum §9.2 (Minimum Term), \"twelve (12) months\" is replaced with \"six (6) months\".\n")
	if u := rg.UnresolvedChecks(); u["C3"] != nil || u["C2"] != nil {
		t.Errorf("amendments of invoicing and the minimum term hold back the PT and lifecycle checks: %v", u)
	}
	rg = read(t, "# Second Amendment\n\n## 5. Changes\n\n5.1 In Clause 7.2 (Provisioned Throughput Cancellation), \"ninety (90) days\" is replaced with \"sixty (60) days\".\n")
	if u := rg.UnresolvedChecks(); u["C3"] == nil {
		t.Errorf("an amendment of the missing PT cancellation clause does not hold back C3: %v", u)
	}
}

// "Paragraph 4.2 of Schedule 2 is deleted and replaced": of the clauses
// numbered 4.2, the one in Schedule 2.
func TestAmendmentOfAPartsClause(t *testing.T) {
	rg := read(t, "# Agreement\n\n## 4. Payment\n\n4.2 Invoices are payable within thirty days.\n\n"+
		"## SCHEDULE 2 — Provisioned Throughput\n\n4.2 The Customer may cancel a PT Commitment on sixty (60) days' written notice if the Foundation Model is deprecated or the Customer moves the workload to another Bedrock model.\n\n"+
		"## AMENDMENT NO. 1\n\n1. Paragraph 4.2 of Schedule 2 is deleted in its entirety and replaced with the following: \"4.2 The Customer may not cancel, reduce or terminate a PT Commitment for any reason.\"\n")
	for _, c := range rg.Frames().PTCancellation {
		if c.InForce && c.Kind == "right" {
			t.Errorf("the replaced right stands: %+v", c.Quote)
		}
	}
	for _, st := range rg.Statements {
		if st.Clause == "4.2" && st.Amended != "" {
			t.Errorf("the body's 4.2 was amended: %q", st.Quote)
		}
	}
}

// The wording an amendment replaces, quoted for the record ("Paragraph 9
// previously read: "…""), is no term.
func TestOldWordingIsNoTerm(t *testing.T) {
	rg := read(t, "# Letter Amendment\n\n### 5. Provisioned Throughput (Paragraph 9)\n\nParagraph 9 previously read: \"Customer may cancel any Provisioned Throughput commitment on thirty (30) days' notice if the model is deprecated or Customer moves the workload to another Bedrock model.\"\n\nParagraph 9 is deleted and replaced with:\n\n> **9.** Reserved.\n")
	for _, c := range rg.Frames().PTCancellation {
		if c.InForce && c.Kind == "right" {
			t.Errorf("the old wording read as a right: %q", c.Quote)
		}
	}
	rg = read(t, "# Second Amendment\n\n## 7. Provisioned Throughput\n\n7.1 The parties amend Clause 10.2 as follows. Clause 10.2 currently reads: \"Customer may cancel a Provisioned Throughput commitment on ninety (90) days' notice if the model is deprecated.\"\n\n"+
		"7.2 Clause 10.2 is deleted and replaced with: \"Customer may cancel a Provisioned Throughput commitment on thirty (30) days' notice if the model is deprecated or Customer moves the workload to another Bedrock model.\"\n")
	for _, c := range rg.Frames().PTCancellation {
		if c.InForce && c.Kind == "right" && c.NoticeDays == 90 {
			t.Errorf("the current wording being replaced read as a right: %q", c.Quote)
		}
	}
	// what the clause used to provide, reported before its replacement
	rg = read(t, "# Deed of Variation\n\n## 3. Variations\n\n3.5 Clause 11 of the Original Addendum previously provided that Marrick could cancel a Provisioned Throughput commitment \"on 120 days' notice where the model is withdrawn\". The parties now agree the following.\n")
	for _, c := range rg.Frames().PTCancellation {
		if c.InForce && c.Kind == "right" && c.NoticeDays == 120 {
			t.Errorf("what the clause previously provided read as a right: %q", c.Quote)
		}
	}
	// an earlier version's text quoted under the restated clause
	rg = read(t, "# Terms\n\n## B4 Provisioned Throughput availability\n\n[RESTATED] Provisioned Throughput is excluded from the Amazon Bedrock Service Level Agreement.\n\nKM (v3 text, 24 Mar): \"AWS will make PT available 99.9% of each month, with Service Credits of 10% of the monthly PT charge below 99.9%.\"\n")
	for _, s := range rg.Frames().PTSLA {
		if s.InForce && len(s.Levels)+len(s.Thresholds) > 0 {
			t.Errorf("an earlier version's text read as the SLA: %q", s.Quote)
		}
	}
}

// An exception that opens a sentence qualifies each of its parts: "Except
// as provided in Schedule B, … each PT Commitment is non-cancellable, and
// amounts paid are non-refundable" denies no cancellation outright.
func TestOpeningExceptionQualifiesEachPart(t *testing.T) {
	rg := read(t, "# Agreement\n\n## 5. Commitments\n\n5.4 Except as expressly provided in Schedule B, Section B.6, the commitments in Schedule A and each PT Commitment are non-cancellable, and amounts paid are non-refundable.\n\n"+
		"## SCHEDULE B\n\nB.6 Customer may cancel all or part of any PT Commitment on sixty (60) days' written notice if the Foundation Model is deprecated or Customer moves the workload to another model on Bedrock.\n")
	for _, c := range rg.Frames().PTCancellation {
		if c.Kind == "denial" && !c.Qualified {
			t.Errorf("an unqualified denial read: %q", c.Quote)
		}
	}
}

// "Usage of any other Foundation Model family does not count towards the
// commitment": the commitment is limited to the family it names (L2).
func TestOtherFamiliesExcluded(t *testing.T) {
	rg := read(t, "# Order\n\n## 2. Commitment\n\n2.01 Customer commits to incur charges for Eligible Bedrock Usage of not less than CAD 14,500,000 in each Commitment Year.\n\n"+
		"2.02 Eligible Bedrock Usage is usage of Anthropic Claude models on Amazon Bedrock. Usage of any other Foundation Model family does not count towards the commitment in Section 2.01.\n")
	split := false
	for _, c := range rg.Frames().Commitment {
		if c.Split {
			split = true
		}
	}
	if !split {
		t.Errorf("the commitment limited to one family is read as open: %+v", rg.Frames().Commitment)
	}
}

// In a record of negotiation rounds, the row labelled as the final or
// agreed position binds; the rounds before it do not.
func TestFinalRowOfARecordBinds(t *testing.T) {
	rg := read(t, "# Binding Term Sheet\n\n## 4. Negotiation record and agreed terms\n\n#### Item 5 — PT cancellation\n\n| Round | Position |\n|---|---|\n"+
		"| R1 | Customer may cancel PT on ninety (90) days' notice if the model is deprecated. |\n"+
		"| **Final (Round 4)** | **Customer may cancel any Provisioned Throughput commitment on sixty (60) days' notice if the model is deprecated or Customer moves the workload to another Bedrock model.** |\n")
	var days []float64
	for _, c := range rg.Frames().PTCancellation {
		if c.InForce && c.Kind == "right" {
			days = append(days, c.NoticeDays)
		}
	}
	if !slices.Equal(days, []float64{60}) {
		t.Errorf("rights in force with notice %v, want only the final row's 60 days", days)
	}
}

// "rev. 4" is an abbreviation, not the end of a sentence.
func TestRevAbbreviation(t *testing.T) {
	if n := len(splitSentences("The migration credit proposed in rev. 4 of this Addendum is not part of this Addendum.")); n != 1 {
		t.Errorf("%d sentences, want 1", n)
	}
}

// A recap sent "for confirmation" and a short reply confirming it: the
// recap's terms are the agreement, though the reply is the message that
// calls them agreed and binding. A summary under a part heading of its own
// after the messages is a block of its own, not words of the last message.
func TestConfirmedRecapIsTheAgreement(t *testing.T) {
	cases := map[string]string{
		"recap and confirmation": `# Call recap

Transcript of the call. Buyer: we want you never to train on prompts. Seller: we could maybe do 45 days' notice to cancel PT if the model is deprecated.

## Part 2 - Recap

From: Buyer <b@example.com>
To: Seller
Subject: RECAP FOR CONFIRMATION

Our recap is below. Please confirm by reply. On your written confirmation these terms bind both of us.

1. AWS will not use prompts or completions to train any model.
2. Customer Content is stored only in the Region Customer selects.
3. Customer may cancel a Provisioned Throughput commitment on 30 days' notice if the model is deprecated.

## Part 3 - Confirmation

From: Seller <s@example.com>
To: Buyer
Subject: RE: RECAP FOR CONFIRMATION

Confirmed: your recap correctly records the agreed terms and is binding on AWS as of this e-mail, subject to one typo correction: the Amazon Nova Pro output token rate in the rate card should read 2.432, not 2.342.

Annex C (the Provisioned Throughput service credits) will follow from our SLA team. The draft Bedrock amendment will follow next week, with these terms carried across.
`,
		"summary part after the messages": `RECORD OF NEGOTIATION

Status of this record: Parts A to C are background only. Part D, with the
confirmations in Part E, is the agreed record.

PART A - CALL 1 TRANSCRIPT

(14:00:32) PN: Right, let's start. We need a position on PT cancellation.

(14:00:47) RS: Ninety days' notice is where we are.

PART B - INTERIM RECAP

From: Seller <s@example.com>
To: Buyer
Subject: interim recap - DRAFT FOR DISCUSSION - NOT BINDING

This recap is for discussion only and does not bind AWS. Customer may cancel PT on 120 days' notice if the model is deprecated. AWS may use prompts to improve its models.

PART D - SUMMARY OF AGREED TERMS

1. AWS will not use prompts or completions to train any model.
2. Customer Content is stored only in the Region Customer selects.
3. Customer may cancel a Provisioned Throughput commitment on 30 days' notice if the model is deprecated.

PART E - CONFIRMATION E-MAILS

From: Buyer <b@example.com>
Subject: Summary of Agreed Terms - for confirmation

I confirm the Summary on behalf of the Buyer. Please confirm on behalf of AWS.

From: Seller <s@example.com>
Subject: RE: Summary of Agreed Terms - for confirmation

Confirmed on behalf of AWS, without amendment.
`,
	}
	for name, text := range cases {
		t.Run(name, func(t *testing.T) {
			ext := ".md"
			if !strings.HasPrefix(text, "#") {
				ext = ".txt"
			}
			doc, err := extract.Bytes("thread"+ext, []byte(text), extract.Options{})
			if err != nil {
				t.Fatal(err)
			}
			f := mustReader(t).Read(doc).Frames()
			tr := inForce(f.Training, func(x Training) Base { return x.Base })
			if len(tr) != 1 || tr[0].Effect != "exclusion" {
				t.Errorf("the agreed no-training term is not in force: %+v", f.Training)
			}
			var days []float64
			for _, c := range f.PTCancellation {
				if c.Kind == "right" && c.InForce {
					days = append(days, c.NoticeDays)
				}
			}
			if !slices.Equal(days, []float64{30}) {
				t.Errorf("PT cancellation rights in force: notice %v, want only the agreed 30 days", days)
			}
		})
	}
}

// A sentence that records a party's request as refused states no term: the
// right it names was asked for, not granted. The same words granted, or a
// term that follows the refusal, still bind.
func TestRefusedRequestIsNoTerm(t *testing.T) {
	cases := []struct {
		sentence string
		binding  bool
	}{
		{"Halvorsen's request for a right to cancel a PT commitment when its usage moves to another Bedrock model was not agreed.", false},
		{"Quillon's request for a migration credit was declined.", false},
		{"The Customer's proposal that AWS cap OCU growth at 10% per year was rejected.", false},
		{"The request for a price-match clause has been withdrawn.", false},
		// a commenter's line that opens with what the speaker asked for
		{"💬 **Priya R.:** asked for express \"no import fee\" wording.", false},
		{"Coorong 11/8: WE PROPOSED TWELVE MONTHS' NOTICE OF A MODEL'S RETIREMENT.", false},
		{"Model retirement: AWS will give twelve months' notice of a model's retirement.", true},
		{"Customer may cancel a PT commitment on 30 days' notice where its usage moves to another Bedrock model.", true},
		{"AWS will grant the Customer's request for a migration credit of 10% of the charges.", true},
	}
	for _, c := range cases {
		rg := read(t, "# Terms\n\n## 3. Terms\n\n3.1 Billable tokens are counted by the model's tokenizer.\n\n3.2 "+c.sentence+"\n")
		found := false
		for _, st := range rg.Statements {
			if st.Clause == "3.2" {
				found = true
				if st.Binding != c.binding {
					t.Errorf("%q: binding %v (%s), want %v", c.sentence, st.Binding, st.Nonbinding, c.binding)
				}
			}
		}
		if !found {
			t.Errorf("%q: no statement", c.sentence)
		}
	}
}

// A clause left "[Intentionally Omitted]" with a reply's quoted comment
// under it ("> Coorong 29/5: WE PROPOSED: …"): the proposal quoted is not
// the clause's text, and the clause states nothing.
func TestQuotedProposalUnderOmittedClause(t *testing.T) {
	for _, layout := range []string{
		"   [Intentionally Omitted]\n\n   > Coorong 29/5: WE PROPOSED: \"Billable tokens exclude system prompts\n   > and tool definitions and structured output schemas\". WHY DELETED?\n",
		"   [Intentionally Omitted]\n   > Coorong 29/5: WE PROPOSED: \"Billable tokens exclude system prompts\n   > and tool definitions and structured output schemas\". WHY DELETED?\n",
		"   To be agreed.\n\n   > 11 Aug: WE PROPOSED THAT BILLABLE TOKENS EXCLUDE SYSTEM PROMPTS,\n   > TOOL DEFINITIONS AND STRUCTURED OUTPUT SCHEMAS.\n",
	} {
		doc, err := extract.Bytes("schedule.txt", []byte("SCHEDULE 1\n\n3. RATE CARD\n   The rate is the published rate less 16%.\n\n4. TOKEN COUNTING\n"+layout+"\n5. GENERAL\n   This schedule is governed by the laws of New South Wales.\n"), extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		f := mustReader(t).Read(doc).Frames()
		for _, tc := range f.TokenCounting {
			if tc.InForce {
				t.Errorf("%q: a quoted proposal counts as the clause: %+v", layout, tc)
			}
		}
	}
}

// After the agreed terms, a reply that confirms them with an addition of
// its own binds once a later reply accepts it; a file note written under
// the last signature is a note.
func TestAcceptedClarificationBinds(t *testing.T) {
	const thread = `# Negotiation file

## Item 4 - Confirmation e-mail

From: Buyer <b@example.com>
To: Seller
Subject: AGREED TERMS - please confirm

Below are the agreed terms.

1. AWS will not use prompts or completions to train any model.
2. Customer Content is stored only in the Canada (Central) Region.
3. Token counting: to be agreed.

## Item 5 - AWS reply

From: Seller <s@example.com>
To: Buyer
Subject: RE: AGREED TERMS - please confirm

Thank you - AWS confirms the agreed terms in your e-mail, with one clarification. Please add: Notwithstanding item 1, AWS may use prompts and completions to evaluate and improve its models.

## Item 6 - Acceptance

From: Buyer <b@example.com>
To: Seller
Subject: RE: RE: AGREED TERMS - please confirm

Nadia - accepted.

Samuel

---

*OGC file note (8 May 2026): raise token counting again; system prompts, tool definitions and output schemas are all excluded from billing in our model.*
`
	doc, err := extract.Bytes("thread.md", []byte(thread), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	f := mustReader(t).Read(doc).Frames()
	perm := false
	for _, tr := range inForce(f.Training, func(x Training) Base { return x.Base }) {
		perm = perm || tr.Effect == "permission"
	}
	if !perm {
		t.Errorf("the accepted clarification's permission to improve models is not in force: %+v", f.Training)
	}
	for _, tc := range f.TokenCounting {
		if tc.InForce && len(tc.Elements) > 0 {
			t.Errorf("a file note counts as a token-counting term: %+v", tc)
		}
	}
}

// A checklist of terms: a ticked item ("[x]") binds, an unticked one
// ("[ ]", "☐") is open, every sentence of it; a section whose heading says
// it is history only binds nobody.
func TestChecklistItems(t *testing.T) {
	rg := read(t, "# Term sheet\n\n## 2. Terms\n\n### 2.4 Model lifecycle\n\n"+
		"- [x] **2.4.1 Notice.** AWS will give at least 12 months' written notice before any Foundation Model used by the Bank reaches end of life.\n"+
		"- [ ] **2.4.4 Migration credit.** Credit equal to three months' average spend on the retired model, applied against Bedrock charges.\n"+
		"- ☐ 2.4.5 Price hold. AWS will provide a migration credit of 10% of the spend on the retired model.\n\n"+
		"## 3. Round log (history only — not operative)\n\n- Round 2: Migration credit on model retirement.\n")
	var remedy, notice bool
	for _, m := range rg.Frames().ModelLifecycle {
		if !m.InForce {
			continue
		}
		remedy = remedy || m.Remedy
		notice = notice || m.Notice
	}
	if !notice {
		t.Error("the ticked notice item is not in force")
	}
	if remedy {
		t.Error("an unticked item or the history log gives a remedy")
	}
}

// A definition ticked in a checklist is a definition: "Customer Content"
// that excludes "Service Telemetry", which holds sampled prompts, leaves
// AWS free to improve models with those prompts.
func TestTickedDefinitions(t *testing.T) {
	rg := read(t, "# Term sheet\n\n## 1. Definitions\n\n"+
		"- [x] **\"Customer Content\"** means all content the Bank submits to Bedrock and all output Bedrock returns, **excluding Service Telemetry**.\n"+
		"- [x] **\"Service Telemetry\"** means usage metadata and logs, together with any prompts and completions that AWS's abuse-detection systems sample.\n\n"+
		"## 2. Data\n\n- [x] **2.1 No training.** AWS will not use Customer Content to train any Foundation Model.\n"+
		"- [x] **2.2 Telemetry.** AWS may use Service Telemetry to evaluate and improve the Foundation Models.\n")
	perm := false
	for _, tr := range inForce(rg.Frames().Training, func(x Training) Base { return x.Base }) {
		perm = perm || tr.Effect == "permission" && slices.Contains(tr.Covers, "prompts")
	}
	if !perm {
		t.Errorf("the permission to improve models with telemetry holding prompts is not read: %+v", rg.Frames().Training)
	}
}

// What was said on a call, in a part headed as its transcript, binds
// nobody; the confirmed terms after it do.
func TestTranscriptPartBindsNobody(t *testing.T) {
	rg := read(t, "# Negotiation record and confirmation\n\n## Part I — Transcript (Wortprotokoll, condensed)\n\n"+
		"**10:03:48 JF:** Data. Prompts and completions are not used to train models, and the data stays in Frankfurt.\n\n"+
		"## Part II — Confirmation of Agreed Terms\n\n### § 6 Data\n\n(1) AWS will not use Customer Content to train any Foundation Model.\n\n(2) Customer Content may be processed in any AWS Region.\n")
	for _, r := range rg.Frames().Residency {
		if r.InForce && r.Effect == "promise" {
			t.Errorf("a sentence of the transcript is read as a residency promise: %+v", r)
		}
	}
}

// A binding FAQ: the question states nothing; a yes or no answer is read
// with the question it answers, so "Yes, on eight weeks' notice, if
// either: (a) …; or (b) …" is a cancellation right with both triggers and
// "No." to "Can AWS use our prompts to train its models?" a promise.
func TestFAQAnswersReadWithTheirQuestions(t *testing.T) {
	rg := read(t, "# Addendum\n\nThis Addendum is made between Norrland Freight AB (\"Norrland\") and Amazon Web Services EMEA SARL (\"AWS\").\n\n## Part B — Questions and answers\n\n"+
		"**Q22. Can Norrland cancel a PT Commitment?**\nYes, on eight (8) weeks' written notice, if either:\n(a) the Foundation Model for which the PT was purchased is materially deprecated; or\n(b) Norrland moves the workload served by that PT to another Foundation Model on Bedrock.\n\n"+
		"**Q25. Can AWS use our prompts to train its models?**\nNo.\n")
	f := rg.Frames()
	var triggers []string
	for _, c := range f.PTCancellation {
		if c.InForce && c.Kind == "right" {
			triggers = append(triggers, c.Triggers...)
		}
	}
	if !slices.Contains(triggers, "deprecation") || !slices.Contains(triggers, "migration") {
		t.Errorf("the answer's cancellation right lacks its triggers: %v", triggers)
	}
	tr := inForce(f.Training, func(x Training) Base { return x.Base })
	if len(tr) != 1 || tr[0].Effect != "exclusion" {
		t.Errorf("\"No.\" to the training question is not read as an exclusion, nor the question as no permission: %+v", tr)
	}
}

// "This Addendum governs Vantor's use of Amazon Bedrock" ranks nothing; an
// order of precedence that lists "Annex A" ranks the bilingual "ANLAGE A /
// ANNEX A" first.
func TestGovernsScopeAndBilingualRanks(t *testing.T) {
	rg := read(t, "# Addendum\n\n## § 1 Subject matter\n\n1.1 This Addendum governs Vantor's use of Amazon Bedrock.\n\n"+
		"## § 2 Order of precedence\n\n2.1 In the event of any conflict, the following order of precedence applies (highest first):\n(a) Annex A (Commercial Schedule);\n(b) §§ 1 to 6 of this Addendum.\n\n"+
		"## § 4 Terms\n\n4.1 Vantor may cancel a PT Commitment on thirty (30) days' notice if the model is deprecated or Vantor moves the workload to another model.\n\n"+
		"# ANLAGE A / ANNEX A - COMMERCIAL SCHEDULE\n\nA-5 Provisioned Throughput Commitments are non-cancellable for their full term.\n")
	for _, n := range rg.precedenceNotes {
		if strings.HasPrefix(n, "the body prevails") {
			t.Errorf("a scope sentence read as a rank: %s", n)
		}
	}
	for _, c := range rg.Frames().PTCancellation {
		if c.InForce && c.Kind == "right" {
			t.Errorf("the body's right stands against the annex that ranks first: %+v", c)
		}
	}
}

// A table of questions and answers: the row's number ("No.: 16") is no
// "no", the question cell asks nothing binding, and an answer of several
// sentences is read sentence by sentence.
func TestFAQTableAnswers(t *testing.T) {
	rg := read(t, "# Addendum\n\nThis Addendum is made between Maplecrest Minerals Ltd (\"Maplecrest\") and Amazon Web Services Canada, Inc. (\"AWS\").\n\n## 3. Questions\n\n"+
		"| No. | Question | Answer |\n|---|---|---|\n"+
		"| 16 | Can Maplecrest import its own models? | Yes. Maplecrest may import open-weight models through Custom Model Import. No licence fee is payable to AWS for an imported model. A one-time Model Onboarding Fee of CAD 6,000 applies to each Imported Model. |\n"+
		"| 17 | Will OCU charges be capped if the index grows? | No cap is offered. OpenSearch Serverless OCUs for Knowledge Bases are charged at CAD 0.31 per OCU-hour, fixed for the Term. |\n")
	f := rg.Frames()
	fee := false
	for _, ci := range f.CustomImport {
		fee = fee || ci.InForce && ci.FeeCharged
	}
	if !fee {
		t.Errorf("the per-model onboarding fee in the answer is not read: %+v", f.CustomImport)
	}
	for _, v := range f.VectorStorage {
		if v.InForce && v.Cap {
			t.Errorf("the question's \"capped\" is read as a cap: %+v", v)
		}
	}
}

// A commitment measured "over the Bedrock Term" runs with the EDP where
// the draft says the Bedrock Term does; "invoiced in accordance with the
// EDP" says nothing of a term.
func TestNamedTermAlignment(t *testing.T) {
	for _, c := range []struct {
		termRow string
		aligned bool
	}{
		{"| Bedrock Term | Starts on the Order Effective Date and runs co-terminously with the EDP, ending on the final day of the EDP term |", true},
		{"| Bedrock Term | Thirty-six months from the Order Effective Date |", false},
	} {
		rg := read(t, "# Order Form\n\n## 1. Commercial terms\n\n| Field | Entry |\n|---|---|\n"+c.termRow+"\n"+
			"| Bedrock Commitment | EUR 2,400,000 of Amazon Bedrock usage over the Bedrock Term |\n"+
			"| Shortfall | Any unused amount of the Bedrock Commitment is invoiced as a shortfall in accordance with the EDP |\n")
		got := false
		for _, cm := range rg.Frames().Commitment {
			got = got || cm.InForce && cm.Aligned
		}
		if got != c.aligned {
			t.Errorf("%s: aligned %v, want %v", c.termRow, got, c.aligned)
		}
	}
}

// "The answer to Q1 is deleted and replaced with: …" amends the question
// numbered Q1 of a binding FAQ.
func TestAmendmentOfAnFAQAnswer(t *testing.T) {
	doc, err := extract.Bytes("faq.txt", []byte(`PART 2 - QUESTIONS AND ANSWERS

Q1. What happens when a Foundation Model Kestrel uses is retired?
AWS will give Kestrel at least six (6) months' written notice before a
Foundation Model used by Kestrel reaches end of life. AWS will credit
Kestrel's Bedrock invoices with a migration credit equal to 15% of
Kestrel's spend on that model in the three months before the notice.

Q2. Where is Kestrel's data stored?
Only in the London Region.

PART 4 - AGREED CHANGES

Amendment 1. The answer to Q1 is deleted and replaced with:

     "AWS may deprecate, retire or withdraw any Foundation Model at
     any time, with or without notice to Kestrel. No credit, refund
     or other remedy is available in connection with any
     deprecation, retirement or withdrawal."
`), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range mustReader(t).Read(doc).Frames().ModelLifecycle {
		if m.InForce && m.Remedy {
			t.Errorf("the replaced answer's migration credit is still in force: %+v", m)
		}
	}
}

// Someone's dated comment under a clause ("ONDŘEJ (12 May): PLEASE
// CONFIRM …") is no term; one that records the point agreed is.
func TestDatedComments(t *testing.T) {
	cases := []struct {
		comment string
		binding bool
	}{
		{"ONDŘEJ (12 May): PLEASE CONFIRM HERE THAT THERE IS NO LICENCE FEE PER IMPORT.", false},
		{"Kari Lunde (3/6): we still want a cap on OCU growth.", false},
		{"AWS (14 May): agreed, no licence fee is charged per import.", true},
		// a label with a unit in brackets is no one's comment
		{"Import Fee (per 1,000 models): EUR 0.00, no licence fee is charged per import.", true},
	}
	for _, c := range cases {
		rg := read(t, "# Terms\n\n## 6. Custom Model Import\n\n6.2 Charges for Custom Model Import are set out in the Rate Card.\n\n"+c.comment+"\n")
		found := false
		for _, st := range rg.Statements {
			if strings.Contains(c.comment, strings.TrimSpace(st.Quote)) && strings.Contains(st.Quote, "(") {
				found = true
				if st.Binding != c.binding {
					t.Errorf("%q: binding %v (%s), want %v", c.comment, st.Binding, st.Nonbinding, c.binding)
				}
			}
		}
		if !found {
			t.Errorf("%q: no statement", c.comment)
		}
	}
}

// A comparison table whose draft says which columns bind: the columns it
// names as for information only ("AWS standard terms", "Notes") state
// nothing, the negotiated column does. A table that says nothing of its
// columns is read by their headers: the standard terms beside the
// negotiated ones are what the deal departs from.
func TestNamedInformationColumns(t *testing.T) {
	for _, reading := range []string{
		"3.2 Only the column headed \"Negotiated terms\" has contractual effect. The \"AWS standard terms\" and \"Notes\" columns are included for information and do not form part of the agreement.",
		"3.2 The columns \"AWS standard terms\" and \"Notes\" are informative only.",
		"3.2 The \"AWS standard terms\" column summarises the standard offer and is included for comparison only. The \"Notes\" column is explanatory.",
		"3.2 The table below sets out the terms.",
	} {
		rg := read(t, "# Schedule\n\n## 3. Reading this Schedule\n\n"+reading+"\n\n"+
			"## 4. Terms\n\n| Ref | Item | AWS standard terms | Negotiated terms | Notes |\n|---|---|---|---|---|\n"+
			"| B-1 | Token counting | Tokens as counted by the model provider tokenizer. | Billable tokens are counted by the tokenizer. System prompts: included in input tokens. Tool definitions: included in input tokens. | JSON-mode structured output schemas are excluded from billing on claims intake. |\n"+
			"| B-5 | PT cancellation | Provisioned Throughput commitments are non-cancellable. | Customer may cancel a PT commitment on 30 days' notice if the model is deprecated or Customer moves the workload to another model. | |\n"+
			"| B-6 | Model end-of-life | Published lifecycle dates; no credit. | AWS gives 180 days' notice of the end-of-life of a model and grants a migration credit of 10% of the prior quarter's charges for it. | |\n")
		f := rg.Frames()
		for _, tc := range f.TokenCounting {
			if tc.InForce && slices.Contains(tc.Elements, "output_schemas") {
				t.Errorf("%q: the Notes column's schemas are read as a term: %+v", reading, tc)
			}
		}
		granted := false
		for _, c := range f.PTCancellation {
			if c.InForce && c.Kind == "denial" {
				t.Errorf("%q: the standard-terms column's denial is read as a term: %+v", reading, c)
			}
			granted = granted || c.InForce && c.Kind != "denial"
		}
		if !granted {
			t.Errorf("%q: the negotiated cancellation right is not read", reading)
		}
		for _, m := range f.ModelLifecycle {
			if m.InForce && m.NoRemedy {
				t.Errorf("%q: the standard-terms column's \"no credit\" is read as a term: %+v", reading, m)
			}
		}
	}
}

// A sentence over a table about what stands in one of its columns ("The
// notes in the right-hand column ("Margin") … are for information only")
// sets that column aside, not the table: the other columns bind.
func TestColumnNotesOverTable(t *testing.T) {
	for _, lead := range []string{
		"The notes in the right-hand column (\"Margin\") record where the text changed and are for information only.",
		"The entries in the column headed \"Margin\" are for reference only.",
	} {
		rg := read(t, "# Consolidated Schedule\n\n## Schedule B\n\n"+lead+"\n\n"+
			"| Clause | Text | Margin |\n|---|---|---|\n"+
			"| B5.2 | Customer may cancel a PT commitment on 30 days' notice if the model is deprecated or Customer moves the workload to another model. | Amended by Variation 2 |\n"+
			"| B4.1 | AWS gives 180 days' notice of the end-of-life of a model. | Former B4.2 (a migration credit of 10% of the prior quarter's charges) deleted by Variation 1 |\n")
		f := rg.Frames()
		granted := false
		for _, c := range f.PTCancellation {
			granted = granted || c.InForce && c.Kind != "denial"
		}
		if !granted {
			t.Errorf("%q: the Text column's cancellation right is not read", lead)
		}
		notice := false
		for _, m := range f.ModelLifecycle {
			notice = notice || m.InForce && m.NoticeDays == 180
			if m.InForce && m.Remedy {
				t.Errorf("%q: the Margin column's deleted credit is read as a term: %+v", lead, m)
			}
		}
		if !notice {
			t.Errorf("%q: the Text column's notice is not read", lead)
		}
	}
}

// An exclusion of Provisioned Throughput from "any other service level
// commitment", or one that denies it service credits, excludes it from
// every SLA; one from "the Bedrock SLA" only from that one.
func TestPTExcludedFromEverySLA(t *testing.T) {
	for _, c := range []struct {
		sentence string
		all      bool
	}{
		{"Provisioned Throughput is excluded from the service level in clause 6.1 and from any other service level commitment of AWS.", true},
		{"Provisioned Throughput is excluded from the Amazon Bedrock Service Level Agreement.", false},
		// no credit for PT anywhere: no other SLA can grant one
		{"Provisioned Throughput is excluded from the Amazon Bedrock Service Level Agreement and does not attract service credits.", true},
	} {
		rg := read(t, "# Terms\n\n## 6. Service levels\n\n6.1 AWS will make on-demand inference available 99.9% of each month.\n\n6.3 "+c.sentence+"\n")
		got, seen := false, false
		for _, s := range rg.Frames().PTSLA {
			if s.InForce && s.Excluded {
				seen = true
				got = got || s.ExcludedAll
			}
		}
		if !seen || got != c.all {
			t.Errorf("%q: excluded %v, from every SLA %v, want %v", c.sentence, seen, got, c.all)
		}
	}
}

// A list of contents ("Division 2.5—Model lifecycle and end of life") names
// the parts; its titles are no terms.
func TestContentsListIsNoTerm(t *testing.T) {
	rg := read(t, "# Rules\n\n**CONTENTS**\n\nPart 1—Preliminary\n\nPart 2—Use of Amazon Bedrock\n  Division 2.1—Charges and Provisioned Throughput Pre-Purchase Credits\n  Division 2.5—Model lifecycle and end of life\n  Division 2.6—Provisioned Throughput Commitments\n\n## PART 2—USE OF AMAZON BEDROCK\n\n2.08 Model lifecycle. [To be agreed.]\n")
	for _, m := range rg.Frames().ModelLifecycle {
		if m.InForce && (m.Remedy || m.Notice) {
			t.Errorf("a contents entry read as a lifecycle term: %+v", m)
		}
	}
	// an Act's arrangement of sections: numbers and titles in order
	doc, err := extract.Bytes("act.txt", []byte("AMAZON BEDROCK ADDENDUM\n\n                 ARRANGEMENT OF SECTIONS\n\n                        PART 4\n                        MODELS\n     Model lifecycle\n  9   Notice of deprecation\n  10  Migration credit\n  11  Custom models\n     Provisioned Throughput\n  12  Purchase of Provisioned Throughput\n  13  Provisioned Throughput pre-purchase credits\n  14  Cancellation of Provisioned Throughput commitments\n\n14   Cancellation of Provisioned Throughput commitments\n\n     Reserved.\n"), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range mustReader(t).Read(doc).Frames().PTCancellation {
		if c.InForce && c.Kind == "right" {
			t.Errorf("a contents entry read as a cancellation right: %+v", c)
		}
	}
}

// An exception that points to a clause the draft does not have ("except
// as otherwise provided in clause 3.1.4") takes nothing away from the term;
// a term whose values are in a missing schedule is still held back.
func TestExceptionToAMissingClause(t *testing.T) {
	rg := read(t, "# Addendum\n\n## 2. Charges\n\n2.1 Charges are invoiced monthly.\n\n## 3. Tokens\n\n3.1 Billable tokens are counted by the tokenizer of the model invoked.\n\n3.2 Tool definitions are excluded from billable input tokens and shall not be charged, except as otherwise provided in clause 3.9.\n")
	found := false
	for _, tc := range rg.Frames().TokenCounting {
		found = found || tc.InForce && slices.Contains(tc.Elements, "tool_definitions")
	}
	if !found {
		t.Error("an exception pointing nowhere holds the tool-definition term back")
	}
	rg = read(t, "# Addendum\n\n## 3. Tokens\n\n3.2 Tool definitions are billed as set out in Schedule 4.\n")
	for _, tc := range rg.Frames().TokenCounting {
		if tc.InForce && slices.Contains(tc.Elements, "tool_definitions") {
			t.Errorf("a term left to a missing schedule is in force: %+v", tc)
		}
	}
}

// A reviewer's note opened by a reference and a traffic-light rating
// ("[[ R-3 | RED ]]", "**HM-11 — Amber.**", ">>> NOTE 4 [AMBER].",
// "*Anm. 10 — ROT.*") is advice on the text, every sentence of it; the
// clause it follows still binds.
func TestRatedReviewNotes(t *testing.T) {
	for _, label := range []string{"[[ R-3 | RED ]]", "> **HM-11 — Amber.**", ">>> NOTE 4 [AMBER].", "*Anm. 10 — ROT.*", "[R-7 | GREEN]"} {
		rg := read(t, "# Order form\n\n## 8. Import\n\n8.1 Customer may import custom models into Amazon Bedrock.\n\n"+label+
			" The clause is silent on fees. Market standard is that AWS charges no import, licence or per-model fee. Recommend we ask for that sentence.\n")
		own := false
		for _, st := range rg.Statements {
			if strings.HasPrefix(st.Quote, "8.1") || strings.HasPrefix(st.Quote, "Customer may import") {
				own = own || st.Binding
				continue
			}
			if st.Binding {
				t.Errorf("%s: a sentence of the rated note binds: %q", label, st.Quote)
			}
		}
		if !own {
			t.Errorf("%s: the clause before the note no longer binds", label)
		}
	}
	// a heading that names a colour is no rating
	rg := read(t, "# Order form\n\n## 8. Import\n\n8.1 Green energy. AWS charges no import fee for a custom model.\n")
	binds := false
	for _, st := range rg.Statements {
		binds = binds || st.Binding && strings.Contains(st.Quote, "no import fee")
	}
	if !binds {
		t.Errorf("a clause whose heading names a colour reads as a rated note")
	}
	// the issues list and the cover memorandum of a review advise; so do the rows of a table rated down a column
	rg = read(t, "# Review\n\n## PART 1 — COVER MEMORANDUM\n\n1. The token-counting section now says that system prompts are billed as input tokens.\n\n## PART 2 — ORDER FORM\n\n2.1 Tokens are counted by the model's tokenizer.\n\n## PART 3 — ISSUES LIST\n\n| Ref. | Issue | Rating |\n|---|---|---|\n| 3.02 | System prompts and tool definitions are counted as input tokens | RED |\n| 7.02 | AWS charges no import fee for a custom model | GREEN |\n")
	for _, st := range rg.Statements {
		if st.Binding && !strings.Contains(st.Quote, "tokenizer") {
			t.Errorf("a sentence of the memorandum or the issues list binds: %q", st.Quote)
		}
	}
}

// A deletion named under a condition ("Do not sign until § 6 (3) is
// deleted") or in a request ("we ask for paragraph (3) to be deleted")
// instructs nothing: the clause stands.
func TestConditionalOrRequestedDeletion(t *testing.T) {
	for _, s := range []string{
		"Do not sign until Section 6.3 is deleted.",
		"Recommend we ask for Section 6.3 to be deleted without replacement.",
		"If Section 6.3 is deleted, the Customer will sign.",
		"We propose that Section 6.3 is deleted.",
	} {
		rg := read(t, "# Review\n\n## 1. Memo\n\n1.1 "+s+"\n\n## 6. Data\n\n6.1 AWS will not use Prompts to train models.\n\n6.3 Notwithstanding 6.1, AWS may use Prompts to improve the models.\n")
		if len(rg.Omitted) != 0 {
			t.Errorf("%q: omitted %+v", s, rg.Omitted)
		}
	}
	rg := read(t, "# Amendment\n\n## 1. Changes\n\n1.1 Section 6.3 is deleted.\n\n## 6. Data\n\n6.1 AWS will not use Prompts to train models.\n\n6.3 Notwithstanding 6.1, AWS may use Prompts to improve the models.\n")
	if len(rg.Omitted) != 1 {
		t.Errorf("an instruction to delete 6.3 deletes nothing: %+v", rg.Omitted)
	}
}

// A reviewer's rated note or issues table that says "delete" amends
// nothing.
func TestRatedNotesAmendNothing(t *testing.T) {
	for _, note := range []string{
		"[[ R-8 | RED ]] Our markup: Section 7.2 is deleted.",
		"| Ref. | Issue | Rating | Position |\n|---|---|---|---|\n| 7.2 | Onboarding fee | RED | Delete Section 7.2 |\n| 3.2 | Counting | AMBER | Reinstate |",
	} {
		rg := read(t, "# Review\n\n## 7. Import\n\n7.1 Customer may import custom models.\n\n7.2 Customer will pay a Model Onboarding Fee of USD 12,500 for each imported model.\n\n"+note+"\n")
		if len(rg.Omitted) != 0 || len(rg.Notices) != 0 {
			t.Errorf("%q: omitted %+v, notices %v", note, rg.Omitted, rg.Notices)
		}
	}
}

// A rated note whose first line a plain-text rendering cut mid-sentence
// (">>> NOTE 5 [GREEN on (c); AMBER on (b)]. Sixty days is exactly
// what" over "we asked for. …") is a note on both lines.
func TestRatedNoteRunsOn(t *testing.T) {
	doc, err := extract.Bytes("review.txt", []byte("5. PT PREPAY\n\n(b) Customer will prepay USD 1,500,000 of PT credit at forty percent (40%) below the standalone PT rate.\n\n"+
		"   >>> NOTE 5 [GREEN on (c); AMBER on (b)]. Sixty days is exactly what\n   we asked for. Recommend we ask for tiers: 40% up to $1.5M, 45% up to\n   $3M and 50% above.\n"), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	rg := mustReader(t).Read(doc)
	for _, st := range rg.Statements {
		if st.Binding && !strings.Contains(st.Quote, "Customer will prepay") {
			t.Errorf("a sentence of the note binds: %q", st.Quote)
		}
	}
}

// A schedule's list of annexes that marks one "to follow" does not attach
// it: credits "in accordance with Annex 4" are not in the draft.
func TestAnnexListedToFollow(t *testing.T) {
	rg := read(t, "# Framework\n\n## 9. PT service level\n\n9.1 AWS shall ensure that each PT endpoint achieves a Monthly Uptime Percentage of not less than 99.9%.\n\n9.2 If AWS fails to meet clause 9.1, the Customer shall be entitled to service credits calculated in accordance with Annex 4 (PT Service Credits).\n\n"+
		"# SCHEDULE 1 — ANNEXES\n\nThe following annexes are referred to in this Agreement:\n\n- Annex 1 — EDP commitment summary (see EDP)\n- Annex 4 — PT Service Credits (*to follow*)\n")
	for _, s := range inForce(rg.Frames().PTSLA, func(x PTSLA) Base { return x.Base }) {
		if s.Credits {
			t.Errorf("credits behind an annex listed to follow: %+v", s)
		}
	}
}

// A note that points to the block below it and says it binds nobody
// ("The key-terms summary below was generated automatically … it is
// not part of the agreement") makes that block no term; the executed
// text after it binds.
func TestNoteAboutTheBlockBelow(t *testing.T) {
	rg := read(t, "# Contract record\n\n> **About this abstract.** The key-terms summary below was generated automatically. The abstract is a repository aid only: it is not part of the agreement.\n\n"+
		"### Key-terms abstract\n\n| # | Field | Extracted value |\n|---|---|---|\n| 13 | Migration credit on deprecation | Yes |\n| 14 | Model deprecation notice | 180 days |\n\n"+
		"## 6. Model lifecycle\n\n6.1 AWS will give Customer at least 180 days' notice before it deprecates a model.\n")
	for _, m := range inForce(rg.Frames().ModelLifecycle, func(x ModelLifecycle) Base { return x.Base }) {
		if m.Remedy {
			t.Errorf("the abstract's row is read as a remedy: %+v", m)
		}
	}
	binds := false
	for _, st := range rg.Statements {
		binds = binds || st.Binding && strings.HasPrefix(st.Quote, "AWS will give")
	}
	if !binds {
		t.Errorf("the clause after the abstract no longer binds")
	}
}

// An amendment laid out as a comparison table ("Provision | Before
// Amendment | After Amendment"): each row replaces the words of its
// Before cell with its After cell, or deletes the provision.
func TestComparisonTableAmendment(t *testing.T) {
	rg := read(t, "# PART I. ADDENDUM\n\n### Article 8 (Service Level)\n\n① AWS shall make Provisioned Throughput available at a Monthly Uptime Percentage of 99.5 percent or more, with service credits under paragraph ②.\n\n② Service credits: 10 percent of the PT fees for the month.\n\n"+
		"### Article 9 (Cancellation of Provisioned Throughput)\n\n① The Customer may cancel a PT commitment on forty-five (45) days' written notice where the model is deprecated or the Customer moves the workload to another model on Amazon Bedrock.\n\n"+
		"# PART II. AMENDMENT NO. 1\n\n### Article 2 (Amended Provisions)\n\nThe Addendum is amended as set out in the following comparison table.\n\n"+
		"| Provision | Before Amendment | After Amendment |\n|---|---|---|\n| Article 8 ① | \"99.5 percent or more\" | \"99.9 percent or more\" |\n| Article 9 | (entire Article) | [Deleted] |\n")
	var levels []float64
	for _, s := range inForce(rg.Frames().PTSLA, func(x PTSLA) Base { return x.Base }) {
		levels = append(append(levels, s.Levels...), s.Thresholds...)
	}
	if slices.Contains(levels, 99.5) || !slices.Contains(levels, 99.9) {
		t.Errorf("levels in force %v, want the amended 99.9 only (notices %v)", levels, rg.Notices)
	}
	if c := inForce(rg.Frames().PTCancellation, func(x PTCancellation) Base { return x.Base }); len(c) != 0 {
		t.Errorf("the deleted Article 9 is in force: %+v", c)
	}
}

// A passage in square brackets that a party's bracketed reply refuses on
// the next line ("[AWS: not agreed. …]") is a refused proposal.
func TestBracketedProposalRefused(t *testing.T) {
	rg := read(t, "# Addendum\n\n## 4. Model lifecycle\n\n4.1 AWS will give twelve months' notice of a deprecation.\n\n"+
		"> [4.3 Where a Foundation Model reaches end-of-life, AWS will credit Customer with ten per cent (10%) of its spend on that model.] THIS IS ESSENTIAL.\n\n"+
		"[AWS: not agreed. We are not in a position to offer credits for deprecation decisions.]\n")
	for _, m := range inForce(rg.Frames().ModelLifecycle, func(x ModelLifecycle) Base { return x.Base }) {
		if m.Remedy || m.NoRemedy {
			t.Errorf("a refused proposal or the refusal's reasons read as a term: %+v", m)
		}
	}
	// an agreed reply leaves the passage a term
	rg = read(t, "# Addendum\n\n## 4. Model lifecycle\n\n4.1 AWS will give twelve months' notice of a deprecation.\n\n"+
		"> [4.3 Where a Foundation Model reaches end-of-life, AWS will credit Customer with ten per cent (10%) of its spend on that model.]\n\n"+
		"[AWS: agreed.]\n")
	remedy := false
	for _, m := range inForce(rg.Frames().ModelLifecycle, func(x ModelLifecycle) Base { return x.Base }) {
		remedy = remedy || m.Remedy
	}
	if !remedy {
		t.Errorf("an agreed bracketed passage is no term")
	}
}

// A negation reaches down the list its object opens ("not entitled to any
// credit, refund, compensation or other remedy"); an adverb of discretion
// after a comma ("…, at any time at its discretion and without prior
// notice") belongs to the verb before it.
func TestNegatedListsAndAdverbsOfDiscretion(t *testing.T) {
	rg := read(t, "# Addendum\n\n## 9. Model lifecycle\n\n9.3 Notwithstanding 9.1, AWS may deprecate, discontinue or replace any Foundation Model, including the base model of a custom model of Customer, at any time at its discretion and without prior notice, and Customer is not entitled to any credit, refund, compensation or other remedy on account of such deprecation.\n")
	atWill := false
	for _, m := range inForce(rg.Frames().ModelLifecycle, func(x ModelLifecycle) Base { return x.Base }) {
		if m.Remedy {
			t.Errorf("a remedy denied down a list reads as granted: %+v", m)
		}
		atWill = atWill || m.AtWill
	}
	if !atWill {
		t.Errorf("deprecation at any time at AWS's discretion is not read as at will")
	}
}

// A table cell of several sentences: the data trained on is the data the
// training sentence names, not what a storage sentence after it adds.
func TestTrainingDataInItsOwnSentence(t *testing.T) {
	rg := read(t, "# Term sheet\n\n| No. | Topic | Agreed term |\n|---|---|---|\n| 7 | Data use | AWS will not use Prompts to train, retrain or improve any foundation model. Prompts and Completions are stored and processed only in the AWS Regions Customer selects. |\n| 8 | Term | 24 months. |\n")
	for _, tr := range inForce(rg.Frames().Training, func(x Training) Base { return x.Base }) {
		if slices.Contains(tr.Covers, "completions") {
			t.Errorf("the storage sentence's Completions read as excluded from training: %+v", tr)
		}
	}
}

// The customer's duty to claim credits ("Party B shall claim service
// credits within thirty (30) days") grants none: where the credits
// themselves are in a schedule the draft lacks, there are none.
func TestClaimingCreditsGrantsNone(t *testing.T) {
	rg := read(t, "# Addendum\n\n## 10. Availability of Provisioned Throughput\n\n10.1 AWS shall ensure a monthly availability of at least 99.9% for each PT commitment.\n\n10.3 If availability in a month falls below the value in paragraph 10.1, Customer shall receive service credits in accordance with Annex 4 (Service Credit Table). Customer must claim service credits within sixty (60) days after the end of the month concerned.\n")
	for _, s := range inForce(rg.Frames().PTSLA, func(x PTSLA) Base { return x.Base }) {
		if s.Credits {
			t.Errorf("credits read from a claims procedure or a missing schedule: %+v", s)
		}
	}
	// a claim that names the credit grants it
	rg = read(t, "# Service order\n\n## 8. Service levels\n\n8.1 AWS shall make Provisioned Throughput available at a Monthly Uptime Percentage of at least 99.9%.\n\n8.2 Customer may claim a service credit of 10% of the monthly PT fees for each month below that level.\n")
	credits := false
	for _, s := range inForce(rg.Frames().PTSLA, func(x PTSLA) Base { return x.Base }) {
		credits = credits || s.Credits
	}
	if !credits {
		t.Errorf("a credit the customer may claim, at 10%%, is not read")
	}
}

// A parties block that labels each party ("Party A: Amazon Web Services,
// Inc., Taiwan Branch", "Party B: Formosa Precision Optics Co., Ltd.")
// names them: Party B's duty is the customer's.
func TestLabelledParties(t *testing.T) {
	for _, block := range []string{
		"Party A: Amazon Web Services, Inc., Taiwan Branch\n\nParty B: Formosa Precision Optics Co., Ltd.",
		// a PDF's text runs the block into one line
		"Service Order No.: FPO-3 Party A: Amazon Web Services, Inc., Taiwan Branch Address: 9F, Taipei Party B: Formosa Precision Optics Co., Ltd.",
	} {
		rg := read(t, "SERVICE ORDER\n\n"+block+"\n\n## Article 8 (Service level)\n\n1. Party B shall claim service credits within thirty (30) days after the end of the month.\n\n2. Party A shall not use Prompts to train any model.\n")
		got := map[string]string{}
		for _, st := range rg.Statements {
			if strings.HasPrefix(st.Quote, "Party") {
				got[st.Quote[:7]] = st.Actor
			}
		}
		if got["Party B"] != Customer || got["Party A"] != Vendor {
			t.Errorf("%q: actors %v, want Party B the customer and Party A the provider", block, got)
		}
	}
}

// The customer's promise not to charge the provider a fee for the models
// it imports is no term about the provider's import fees; "Customer shall
// not be charged any import fee" is.
func TestCustomersOwnNoChargePromise(t *testing.T) {
	for _, c := range []struct {
		sentence string
		noFee    bool
	}{
		{"Customer shall not charge AWS any licence fee, royalty or per-import fee for hosting or running on Bedrock the models imported by Customer under 10.1.", false},
		{"Customer shall not be charged any licence fee or per-import fee for the models it imports under 10.1.", true},
	} {
		rg := read(t, "# Addendum\n\n## 10. Custom model import\n\n10.1 Customer may import into Amazon Bedrock custom models with open weights.\n\n10.3 "+c.sentence+"\n")
		noFee := false
		for _, f := range inForce(rg.Frames().CustomImport, func(x CustomImport) Base { return x.Base }) {
			noFee = noFee || f.NoFee
		}
		if noFee != c.noFee {
			t.Errorf("%q: no fee %v, want %v", c.sentence, noFee, c.noFee)
		}
	}
}

// A remedy "specified in Part 2 of Exhibit D", where Exhibit D's Part 2
// reads "[Reserved.]", is not in the draft.
func TestReservedPartOfAnExhibit(t *testing.T) {
	for _, part2 := range []string{"[Reserved.]", "EUR 50,000 per deprecated model, credited to the next invoice."} {
		rg := read(t, "# Addendum\n\n## 6. Model lifecycle\n\n6.01 AWS will give at least 180 days' notice of a Material Deprecation.\n\n6.03 In connection with each Material Deprecation, Customer will be entitled to the Migration Credit specified in Part 2 of Exhibit D.\n\n"+
			"## EXHIBIT D — MODEL LIFECYCLE\n\n**Part 1 — Migration Documentation.** AWS will provide the end-of-life date per Region.\n\n**Part 2 — Migration Credit.** "+part2+"\n\nIN WITNESS WHEREOF, the parties have signed this Addendum.\n")
		remedy := false
		for _, m := range inForce(rg.Frames().ModelLifecycle, func(x ModelLifecycle) Base { return x.Base }) {
			remedy = remedy || m.Remedy && len(m.MissingRefs) == 0
		}
		if want := !strings.Contains(part2, "Reserved"); remedy != want {
			t.Errorf("Part 2 %q: remedy %v, want %v", part2, remedy, want)
		}
	}
}

// A part its heading says has lapsed ("PILOT PHASE TERMS (HISTORICAL - NO
// EFFECT AFTER 28 FEBRUARY 2026)") states no term in force.
func TestLapsedPartHeading(t *testing.T) {
	// (a PDF may wrap the heading before its closing bracket)
	for _, heading := range []string{"PILOT PHASE TERMS (HISTORICAL - NO EFFECT AFTER 28 FEBRUARY 2026)", "PILOT PHASE TERMS (HISTORICAL - NO EFFECT AFTER 28 FEBRUARY\n\n2026)"} {
		rg := read(t, "# Addendum\n\n## PART A - GENERAL\n\nA1.1 This Addendum applies to Amazon Bedrock.\n\n## PART B - "+heading+"\n\nB3.1 During the Pilot Phase, system prompts were counted as input tokens and structured output schemas were excluded from billable tokens.\n\n## PART C - PRODUCTION\n\nC1.1 Customer commits to spend AUD 2,000,000 on Amazon Bedrock.\n")
		for _, tc := range rg.Frames().TokenCounting {
			if tc.Binding || tc.Nonbinding != "note" {
				t.Errorf("%q: a lapsed part's counting terms read as terms: %+v", heading, tc)
			}
		}
	}
}

// Spend that "does not count towards the Bedrock Commitment" is a
// commitment's draw-down, not how tokens are counted, even where a
// defined rate speaks of tokens.
func TestCountsTowardsIsNoTokenCounting(t *testing.T) {
	rg := read(t, "# Addendum\n\n## 1. Definitions\n\n1.1 \"Published Rate\" means the on-demand rate per million tokens for a model.\n\n## 2. Commitment\n\n2.3 Spend on models other than Eligible Models does not count towards the Bedrock Commitment and is charged at the Published Rate less the EDP discount.\n")
	if tc := inForce(rg.Frames().TokenCounting, func(x TokenCounting) Base { return x.Base }); len(tc) != 0 {
		t.Errorf("a commitment's draw-down read as token counting: %+v", tc)
	}
}

// An amending schedule's items name the target, then the instruction on
// the next line ("Item 3 Section 11 / Repeal the section.", "Item 4
// Section 13(2) / Omit "90 days", substitute "60 days".").
func TestAmendingScheduleItems(t *testing.T) {
	doc, err := extract.Bytes("a.txt", []byte("PART 1 — PRELIMINARY\n\n1 Name\n\n   This is the Principal Addendum.\n\n2 Token counting\n\n   (1) Billable input Tokens include the system prompt and all tool definitions.\n\n"+
		"3 Cancellation of PT commitments\n\n   (1) Customer may cancel a PT commitment on 90 days' notice if the model is deprecated or Customer moves the workload to another model on Amazon Bedrock.\n\n"+
		"SCHEDULE 1 — AMENDMENTS\n\nItem 1   Section 2\n\n         Repeal the section.\n\nItem 2   Section 3(1)\n\n         Omit \"90 days\", substitute \"60 days\".\n"), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	rg := mustReader(t).Read(doc)
	if tc := inForce(rg.Frames().TokenCounting, func(x TokenCounting) Base { return x.Base }); len(tc) != 0 {
		t.Errorf("a repealed section's counting is in force: %+v (notices %v)", tc, rg.Notices)
	}
	var days []float64
	for _, c := range inForce(rg.Frames().PTCancellation, func(x PTCancellation) Base { return x.Base }) {
		days = append(days, c.NoticeDays)
	}
	if !slices.Equal(days, []float64{60}) {
		t.Errorf("notice days in force %v, want the amended 60 (notices %v)", days, rg.Notices)
	}
}

// A paragraph opened by someone's notes label ("Negotiator notes:",
// "Reviewer's note:") is a note, every sentence of it: the second sentence
// reports a quote that was never tabled, no term.
func TestNoteParagraphEverySentence(t *testing.T) {
	for _, label := range []string{"Negotiator notes:", "Reviewer's note:", "Procurement notes:"} {
		rg := read(t, "# Addendum\n\n## 8. Commitment\n\n8.3 Nothing in this Addendum requires Customer to purchase any minimum amount of Bedrock.\n\n"+label+" AWS offered 12% off list for a Bedrock commit; Finance declined. A Claude quote from Anthropic direct was obtained but not tabled.\n")
		for _, st := range rg.Statements {
			if strings.Contains(st.Quote, "Anthropic") && st.Binding {
				t.Errorf("%s: a later sentence of the note binds: %+v", label, st.Quote)
			}
			if strings.Contains(st.Quote, "Nothing in this Addendum") && !st.Binding {
				t.Errorf("%s: the clause before the note is taken for a note", label)
			}
		}
		if n := len(inForce(rg.Frames().AltQuote, func(x AltQuote) Base { return x.Base })); n != 0 {
			t.Errorf("%s: a quote in a note is documented (%d frames)", label, n)
		}
	}
}

// A "Preamble" (or "Präambel", "Vorbemerkungen") heading holds the
// recitals: a quote it reports documents nothing.
func TestPreambleHoldsRecitals(t *testing.T) {
	for _, h := range []string{"Preamble", "Präambel", "Vorbemerkungen", "Préambule"} {
		rg := read(t, "# Bedrock Addendum\n\n## "+h+"\n\n(A) The parties are parties to an EDP.\n\n(C) Before entering into this Addendum, Customer obtained a competing quotation from Microsoft for Azure OpenAI Service.\n\n## § 1 Definitions\n\n1.1 \"Model\" means a foundation model.\n\n## § 2 Pricing\n\n2.1 AWS shall match any lower written Anthropic API quotation.\n")
		for _, st := range rg.Statements {
			if strings.Contains(st.Quote, "competing quotation") && (st.Binding || st.Nonbinding != "recital") {
				t.Errorf("%s: a recital binds or is no recital: %q (%s)", h, st.Quote, st.Nonbinding)
			}
		}
		var provs []string
		for _, f := range inForce(rg.Frames().AltQuote, func(x AltQuote) Base { return x.Base }) {
			provs = append(provs, f.Provider)
		}
		if len(provs) != 1 || provs[0] != "Anthropic API" {
			t.Errorf("%s: quotes in force %v, want only the operative Anthropic API one", h, provs)
		}
	}
}

// A quote is documented against an alternative named as such: not when
// the sentence says no benchmark was agreed, nor when "Anthropic" is one of
// a list of model families on Bedrock under a heading that names a
// comparison; a table of quotes by provider still documents them.
func TestAltQuoteRelations(t *testing.T) {
	count := func(md string) int {
		rg := read(t, md)
		return len(inForce(rg.Frames().AltQuote, func(x AltQuote) Base { return x.Base }))
	}
	for _, md := range []string{
		"# Addendum\n\n## 13. Benchmark\n\n13.1 The Customer's Azure OpenAI comparison was used in discussion only; no benchmark or price-match mechanism has been agreed.\n",
		"# Addendum\n\n## ANNEX 1 - COMPARISON TABLE\n\n| No. | Subject | Negotiated terms |\n|---|---|---|\n| 3 | Commitment structure | A single euro pool. Charges for every Foundation Model, from any provider or model family (Anthropic, Meta, Amazon, Mistral, Cohere, AI21), count towards the same Bedrock Commitment. |\n",
	} {
		if n := count(md); n != 0 {
			t.Errorf("%d quotes documented in %q", n, md)
		}
	}
	for _, md := range []string{
		"# Addendum\n\n## ANNEX 2 - REFERENCE COMPARISON\n\n| Provider | Model | USD per 1M tokens |\n|---|---|---|\n| Anthropic – direct API | Claude 3.7 Sonnet | 2.40 / 12.00 |\n| Google Cloud – Vertex AI | Llama 4 70B | 2.10 / 2.80 |\n",
		"# Addendum\n\n## 9. Price match\n\n9.1 AWS shall match any lower written quotation from the Anthropic API for the same model.\n",
	} {
		if n := count(md); n == 0 {
			t.Errorf("no quote documented in %q", md)
		}
	}
}

// A year or an amount that ends a sentence ends it ("… in Q4 2025. The
// responses …", "… of USD 40,000. AWS …"); a note's or a clause's number
// does not ("Note 13. PCE ran …", "under Section 6.1. Next …" is a
// reference, which ends it).
func TestSentenceEndsAfterAYear(t *testing.T) {
	for s, want := range map[string]int{
		"Note 13. PCE ran a request for information with Google Cloud in Q4 2025. The responses were not shared with AWS.": 2,
		"The Customer paid a fee of USD 40,000. AWS confirmed receipt.":                                                    2,
		"Note 13. PCE ran a request for information.":                                                                      1,
		"The credit is set out under Section 6.1. Next, AWS shall pay it.":                                                 2,
		"Confirmed on behalf of Amazon Web Services Canada, Inc. Item 5 is deleted in full.":                               2,
		"Amazon Web Services, Inc. (\"AWS\") and Kestrel Ltd. agree as follows.":                                           1,
		"BETWEEN AMAZON WEB SERVICES, INC. AND KESTREL LTD.":                                                               1,
		// an amount's "(excl. VAT)" does not end its sentence
		"Solbakke commits to spend DKK 18.600.000,00 (excl. VAT) on Bedrock during the Term.": 1,
		// bullets run into one paragraph: each item its own sentence
		"- Terms available: one month or six months. - Cancellation: Customer may cancel on notice.":           2,
		"* Token overhead: ~22 % * Guardrails at standard usage pricing * Vector store: OpenSearch Serverless": 3,
		"PT credits in three tiers - the real saving in this deal":                                             1,
		"The tiers fall at 500 million - Customer pays less above it.":                                         1,
	} {
		if n := len(splitSentences(s)); n != want {
			t.Errorf("%q: %d sentences, want %d", s, n, want)
		}
	}
}

// The customer's leave to pass on quotes it may obtain documents no quote
// and binds AWS to nothing; with AWS's promise to match them in the same
// clause it is a price match.
func TestLeaveToShareAQuote(t *testing.T) {
	count := func(md string) int {
		rg := read(t, md)
		return len(inForce(rg.Frames().AltQuote, func(x AltQuote) Base { return x.Base }))
	}
	share := "# Term sheet\n\n## 18. Competitive benchmark\n\n18.1 Laurentian may share with AWS any benchmark quotation it obtains from Google Cloud (Vertex AI) or Microsoft (Azure OpenAI Service) for comparable models.\n"
	if n := count(share); n != 0 {
		t.Errorf("leave to share a quote documents %d quotes", n)
	}
	if n := count(share + "\n18.2 AWS shall reduce the Bedrock rates to match any such quotation within 30 days.\n"); n == 0 {
		t.Errorf("leave to share with AWS's promise to match documents no quote")
	}
	if n := count(share + "\n18.2 AWS will consider any such quotation in good faith.\n"); n != 0 {
		t.Errorf("leave to share with a promise to consider documents %d quotes", n)
	}
}

// A deed that varies "the Original Addendum" replaces that document's
// clause 4, not its own clause 4, though its title names the Addendum it
// varies: its own clause 4 stays in force.
func TestVariationOfTheOriginalNotOfItself(t *testing.T) {
	rg := read(t, "# DEED OF VARIATION\n\nAMAZON BEDROCK ADDENDUM\n\n## Background\n\n(B) AWS and Marrick are parties to an Amazon Bedrock addendum dated 1 October 2023 (Original Addendum).\n\n## 3. Variations\n\n3.1 Clause 4 of the Original Addendum is deleted and replaced with:\n\n\"4. BEDROCK COMMITMENT\n\n4.1 Marrick must incur Bedrock Charges of not less than A$9,000,000 in each Contract Year.\"\n\n## 4. Further variation\n\n4.1 AWS shall give Marrick ninety (90) days' notice before a Foundation Model reaches end of life.\n")
	found := false
	for _, st := range rg.Statements {
		if strings.Contains(st.Text, "ninety (90) days' notice") {
			found = true
			if st.Amended != "" {
				t.Errorf("the deed's own clause 4.1 is read as replaced by %s", st.Amended)
			}
		}
	}
	if !found {
		t.Errorf("the deed's own clause 4.1 is gone")
	}
}

// "Notwithstanding clause 3.5 of this deed, in clause 11.1 of the Original
// Addendum (as replaced by clause 3.5 of this deed) the words … are
// replaced …": an instruction after its adverbial, applied to the clause
// here that restates 11.1 and holds the words.
func TestWordChangeInARestatedClause(t *testing.T) {
	rg := read(t, "# DEED OF VARIATION\n\nAMAZON BEDROCK ADDENDUM\n\n## Background\n\n(B) AWS and Marrick are parties to an Amazon Bedrock addendum dated 1 October 2023 (Original Addendum).\n\n## 3. Variations\n\n3.5 Clause 11 of the Original Addendum is deleted and replaced with:\n\n\"11. PT CANCELLATION\n\n11.1 Marrick may cancel any Provisioned Throughput commitment by giving AWS not less than ninety (90) days' written notice if the Foundation Model is deprecated.\"\n\n## 4. Further variation\n\n4.1 Notwithstanding clause 3.5 of this deed, in clause 11.1 of the Original Addendum (as replaced by clause 3.5 of this deed) the words \"ninety (90) days'\" are replaced with \"sixty (60) days'\".\n")
	var days []float64
	for _, f := range inForce(rg.Frames().PTCancellation, func(x PTCancellation) Base { return x.Base }) {
		days = append(days, f.NoticeDays)
	}
	if len(days) == 0 || slices.Contains(days, 90) || !slices.Contains(days, 60) {
		t.Errorf("notice in force %v, want 60 days only; notices %v", days, rg.Notices)
	}
}

// "Each of the following is a Cancellation Event …: (a) …; or (b) …"
// defines the term by its items: a right "if a Cancellation Event has
// occurred" has both triggers.
func TestTermDefinedByTheFollowingList(t *testing.T) {
	rg := read(t, "# Addendum\n\n## 11. PT cancellation\n\n11.1 Marrick may cancel any Provisioned Throughput commitment by giving AWS not less than sixty (60) days' written notice if a Cancellation Event has occurred.\n\n11.2 Each of the following is a Cancellation Event, and each is sufficient on its own:\n\n(a) the foundation model to which the commitment relates is materially deprecated or materially changed; or\n\n(b) Marrick moves the workload served by the commitment to another foundation model available on Amazon Bedrock.\n")
	var def *Definition
	for i := range rg.Definitions {
		if rg.Definitions[i].Term == "Cancellation Event" {
			def = &rg.Definitions[i]
		}
	}
	if def == nil || !contains(def.Concepts, "deprecate") || !contains(def.Concepts, "migrate") {
		t.Fatalf("Cancellation Event defined as %+v", def)
	}
	for _, c := range inForce(rg.Frames().PTCancellation, func(x PTCancellation) Base { return x.Base }) {
		if c.Kind == "right" && c.Clause == "11.1" && !slices.Equal(c.Triggers, []string{"deprecation", "migration"}) {
			t.Errorf("the right on a Cancellation Event has triggers %v", c.Triggers)
		}
	}
}

// A tier table whose header names its columns at length ("Price of
// credits, as discount from standalone PT rate") over rows of figures is
// read with that header: each row is a tier with its discount.
func TestLongHeaderOverFigures(t *testing.T) {
	rg := read(t, "# Addendum\n\n## 7. PT credits\n\n7.1 Norland may pre-purchase PT credits priced by tier as set out in Schedule 2.\n\n## SCHEDULE 2 — PT PRE-PURCHASE CREDIT TIERS\n\n| Tier | Pre-purchase in a Commitment Year (GBP) | Price of credits, as discount from standalone PT rate |\n|---|---|---|\n| 1 | 400,000 – 999,999 | 35% |\n| 2 | 1,000,000 – 1,999,999 | 40% |\n| 3 | 2,000,000 and above | 45% |\n")
	var got []float64
	for _, f := range inForce(rg.Frames().PTPrepurchase, func(x PTPrepurchase) Base { return x.Base }) {
		got = append(got, f.Discounts...)
	}
	slices.Sort(got)
	if !slices.Equal(slices.Compact(got), []float64{35, 40, 45}) {
		t.Errorf("tier discounts %v, want 35, 40, 45", got)
	}
}

// A table of PT credit tiers that never says "pre-purchase" in its rows
// ("Aggregate PT Credits purchased in Commitment Year") prices credits
// bought ahead; so does a term defined as pre-purchased credit.
func TestPTCreditTierRows(t *testing.T) {
	discounts := func(md string) []float64 {
		rg := read(t, md)
		var got []float64
		for _, f := range inForce(rg.Frames().PTPrepurchase, func(x PTPrepurchase) Base { return x.Base }) {
			got = append(got, f.Discounts...)
		}
		slices.Sort(got)
		return slices.Compact(got)
	}
	md := "# Addendum\n\n## 7. Credits\n\n7.1 PT Credits are priced at the discount in Table A-3 for the tier reached.\n\n## Schedule A\n\n**Table A-3 — PT Credit tiers**\n\n| Tier | Aggregate PT Credits purchased in Commitment Year (USD) | Discount below standalone no-commitment PT rate |\n|---|---|---:|\n| 1 | 500,000 – 1,499,999 | 35% |\n| 2 | 1,500,000 – 3,999,999 | 40% |\n| 3 | 4,000,000 and above | 45% |\n"
	if got := discounts(md); !slices.Equal(got, []float64{35, 40, 45}) {
		t.Errorf("PT credit tiers %v, want 35, 40, 45", got)
	}
	md = "# Addendum\n\n## 5. Credits\n\n5.2 The Customer may pre-purchase PT credit (\"PT Credit\") in tiers.\n\n5.3 PT Credit is applied to PT charges at a discount of 38% off the standalone PT rate.\n"
	if got := discounts(md); !slices.Contains(got, 38) {
		t.Errorf("the discount of the defined PT Credit is not read: %v", got)
	}
}

// A share of requests in the definition of an unavailable minute ("more
// than 5% of requests fail") is no availability level.
func TestShareOfRequestsIsNoLevel(t *testing.T) {
	rg := read(t, "# Addendum\n\n## 7. PT service level\n\n7.1 AWS will make each Provisioned Throughput endpoint available at least 99.9% of each month, with Service Credits as set out in 7.2.\n\n7.2 For Provisioned Throughput availability, an Unavailable Minute is a minute in which more than 5% of well-formed requests to the endpoint return an error.\n")
	for _, s := range inForce(rg.Frames().PTSLA, func(x PTSLA) Base { return x.Base }) {
		for _, v := range append(append([]float64{}, s.Levels...), s.Thresholds...) {
			if v < 50 {
				t.Errorf("%v read as an availability figure in %q", v, s.Quote)
			}
		}
	}
}

// "Nothing in this SOW 4.5 entitles the Government to a credit …": a
// negative subject before a verb that grants denies the grant. A denial
// whose subject is the clause itself says that clause grants no remedy;
// it does not rule one out, as "No credit is payable" does.
func TestNothingEntitles(t *testing.T) {
	for _, c := range []struct {
		sentence string
		ruledOut bool
	}{
		{"4.5.4 Nothing in this SOW 4.5 entitles the Government to a credit, refund or price adjustment by reason of a Deprecation.", false},
		{"4.5.4 Nothing in this clause 4.5 obliges the Contractor to provide any credit, refund or price concession in connection with a Deprecation.", false},
		{"4.5.4 No credit, refund or other compensation is payable by the Contractor in connection with a Deprecation.", true},
	} {
		rg := read(t, "# SOW\n\n## 1. Definitions\n\n1.1 \"Deprecation\" means the retirement of a Foundation Model by its provider.\n\n## 4.5 Deprecation\n\n4.5.1 The Contractor shall give the Government 180 days' written notice of the Deprecation of any Foundation Model.\n\n"+c.sentence+"\n")
		ruledOut := false
		for _, l := range rg.Frames().ModelLifecycle {
			if !l.InForce {
				continue
			}
			if l.Remedy {
				t.Errorf("a denied entitlement read as a remedy: %q", l.Quote)
			}
			ruledOut = ruledOut || l.NoRemedy
		}
		if ruledOut != c.ruledOut {
			t.Errorf("%q: remedy ruled out %v, want %v", c.sentence, ruledOut, c.ruledOut)
		}
	}
}

// Parallel sections, one per service ("Tower 3 — End-User Computing"
// beside "Tower 5 — Amazon Bedrock"): the terms of another service's
// tower are not Bedrock's.
func TestOtherServiceTowers(t *testing.T) {
	rg := read(t, "# Outsourcing Agreement\n\n## Appendix B — Service Descriptions\n\n### B.1 Tower 1 — Managed Network\n\nB.1.1 AWS operates the WAN.\n\n### B.3 Tower 3 — End-User Computing\n\nB.3.2 **Device end of life.** Where a laptop model reaches manufacturer end of life during the term, AWS shall replace affected devices and shall grant Alpenrand a refresh credit of CHF 120 per device.\n\n### B.5 Tower 5 — Amazon Bedrock\n\nB.5.1 AWS operates Amazon Bedrock for claims triage.\n\n### B.6 Tower 6 — Amazon Q\n\nB.6.1 AWS may use prompts and responses to improve the service.\n")
	for _, l := range inForce(rg.Frames().ModelLifecycle, func(x ModelLifecycle) Base { return x.Base }) {
		if l.Remedy {
			t.Errorf("another tower's end-of-life credit read as Bedrock's: %q", l.Quote)
		}
	}
	for _, c := range inForce(rg.Frames().Training, func(x Training) Base { return x.Base }) {
		if c.Effect == "permission" {
			t.Errorf("another tower's use of prompts read as Bedrock's: %q", c.Quote)
		}
	}
}

// "the AWS Asia Pacific (Sydney) Region" names a Region, not another AWS
// product: the residency promise is read.
func TestRegionNameIsNoProduct(t *testing.T) {
	for _, s := range []string{
		"AWS must host, store and process Customer Data (including Prompt Data and Output) only in the AWS Asia Pacific (Sydney) Region and the AWS Asia Pacific (Melbourne) Region.",
		"The Contractor shall store and process all Government data, including prompts and completions, only in the AWS GovCloud (US-West) and AWS GovCloud (US-East) Regions.",
	} {
		rg := read(t, "# Agreement\n\n## 9. Customer Data\n\n9.2 "+s+"\n")
		promise := false
		for _, r := range inForce(rg.Frames().Residency, func(x Residency) Base { return x.Base }) {
			promise = promise || r.Effect == "promise"
		}
		if !promise {
			t.Errorf("no residency promise read in %q: %+v", s, rg.Frames().Residency)
		}
	}
}

// "Each PT commitment …, whether or not drawn from the PT Pre-Purchase
// Credit, is non-cancellable …": the concessive between commas ends at its
// comma; the predicate after it is the statement's.
func TestConcessiveBetweenCommas(t *testing.T) {
	rg := read(t, "# Order\n\n## 9. Special Terms\n\n9.03 Each PT commitment purchased by Customer, whether or not drawn from the PT Pre-Purchase Credit, is non-cancellable and non-refundable for its full commitment term.\n")
	denial := false
	for _, c := range inForce(rg.Frames().PTCancellation, func(x PTCancellation) Base { return x.Base }) {
		denial = denial || c.Kind == "denial"
	}
	if !denial {
		t.Errorf("no denial read: %+v", rg.Frames().PTCancellation)
	}
}

// A term an inserted clause defines in single quotes ("… from such Service
// Data. 'Service Data' means Prompts, Completions …") is read: the
// permission to use it to improve the models covers prompts.
func TestDefinitionInInsertedWords(t *testing.T) {
	rg := read(t, "# Task Order\n\n## 8. Data\n\n8.1 AWS shall not use Prompts or Completions to train any model.\n\n## Modification P00001\n\n(1) Section 8.1 is amended by adding the following new § 8.1.4:\n\n> \"8.1.4 Notwithstanding § 8.1.1, AWS may use Service Data to evaluate and improve the Amazon Bedrock service and the foundation models made available through it, provided that AWS first removes account identifiers from such Service Data. 'Service Data' means Prompts, Completions and associated metadata processed through Amazon Bedrock.\"\n")
	found := false
	for _, d := range rg.Definitions {
		if d.Term == "Service Data" && contains(d.Concepts, "prompts") {
			found = true
		}
	}
	if !found {
		t.Errorf("the inserted definition is not read: %+v", rg.Definitions)
	}
}

// In an AWS deal, a section headed for another provider's capacity
// ("AZURE OPENAI PROVISIONED THROUGHPUT UNITS") holds that service's
// credits, not Bedrock's; a duty to report "any credits applied" grants
// none.
func TestOtherProviderSectionAndReportedCredits(t *testing.T) {
	rg := read(t, "# Amazon Bedrock Schedule\n\nBetween Amazon Web Services, Inc. (\"AWS\") and Tamar Ltd (\"Customer\").\n\n## 8. Service levels\n\n8.1 AWS shall ensure that each PT Commitment achieves PT Availability of at least 99.9% in each calendar month.\n\n8.2 AWS shall deliver a monthly service report covering PT Availability for each PT Commitment and any credits applied.\n\n## 9. AZURE OPENAI PROVISIONED THROUGHPUT UNITS (SCHEDULE 8 SERVICES ONLY)\n\n9.1 If PTU availability falls below 99.9%, the Provider shall credit 10% of the PTU charges for that month.\n")
	for _, s := range inForce(rg.Frames().PTSLA, func(x PTSLA) Base { return x.Base }) {
		if s.Credits {
			t.Errorf("credits read in %q", s.Quote)
		}
	}
}

// "AWS shall not use, and shall procure that no model provider uses, any
// Prompt or Completion … to train …": a duty to bring about that nobody
// acts is a duty not to act, read once (no double negative).
func TestProcureThatNo(t *testing.T) {
	for _, s := range []string{
		"AWS shall not use, and shall procure that no model provider uses, any Prompt or Completion, or any other Customer Content, to train or improve any Foundation Model.",
		"AWS shall not use, and shall ensure that no Model Provider uses, any Customer Content, including Prompts and Completions, to train, retrain or fine-tune any Foundation Model.",
	} {
		rg := read(t, "# Addendum\n\n## 1. Definitions\n\n1.1 \"Customer Content\" means all data Customer submits, including Prompts and Completions.\n\n## 7. Data\n\n7.1 "+s+"\n")
		excl := false
		for _, f := range inForce(rg.Frames().Training, func(x Training) Base { return x.Base }) {
			if f.Effect == "permission" {
				t.Errorf("%q read as a permission to train", s)
			}
			excl = excl || f.Effect == "exclusion" && slices.Contains(f.Covers, "prompts") && slices.Contains(f.Covers, "completions")
		}
		if !excl {
			t.Errorf("%q: no exclusion of prompts and completions: %+v", s, rg.Frames().Training)
		}
	}
}

// "A termination under C.3.5.2 is not a termination for convenience":
// a cancellation classified, not denied.
func TestCancellationClassifiedNotDenied(t *testing.T) {
	rg := read(t, "# Order\n\n## C.3.5 Provisioned Throughput\n\nC.3.5.2 The Government may terminate any PT commitment on eight (8) weeks' notice if the model is deprecated or the Government moves the workload to another Bedrock model.\n\nC.3.5.3 A termination under C.3.5.2 is not a termination for convenience under FAR 52.212-4(l).\n")
	for _, c := range inForce(rg.Frames().PTCancellation, func(x PTCancellation) Base { return x.Base }) {
		if c.Kind == "denial" {
			t.Errorf("a classification read as a denial: %q", c.Quote)
		}
	}
}

// In an AWS deal, a commitment allocated by model family ("Model family:
// Anthropic Claude | Annual commitment: USD 4,000,000") is spend on
// Bedrock, split by family.
func TestCommitmentByModelFamily(t *testing.T) {
	rg := read(t, "# Amazon Bedrock Addendum\n\nBetween Amazon Web Services, Inc. (\"AWS\") and Hanul Card Co., Ltd. (\"Customer\").\n\n## Article 3 (Commitment)\n\n| Model family | Annual commitment (USD) |\n|---|---|\n| Anthropic Claude | USD 4,000,000 |\n| Meta Llama | USD 1,200,000 |\n| Amazon Nova | USD 800,000 |\n\nAmounts committed to one model family may not be transferred to another.\n")
	n := 0
	for _, c := range inForce(rg.Frames().Commitment, func(x Commitment) Base { return x.Base }) {
		if c.Bedrock && c.Split {
			n++
		}
	}
	if n == 0 {
		t.Errorf("no Bedrock commitment split by family: %+v", rg.Frames().Commitment)
	}
}

// "Any Bedrock commitment for a period after the EDP Term will be set as
// part of, and at the same time as, the renewal of the EDP": set at the
// renewal, not a term independent of the EDP.
func TestSetAtRenewalForAPeriodAfter(t *testing.T) {
	rg := read(t, "# Supplement\n\n## 2. Commitment\n\n2.4 Customer commits to USD 2,000,000 of Amazon Bedrock charges for the remainder of the EDP Term, ending on the same day. Any Bedrock commitment for a period after the EDP Term will be set as part of, and at the same time as, the renewal of the EDP Addendum.\n")
	for _, c := range inForce(rg.Frames().Commitment, func(x Commitment) Base { return x.Base }) {
		if c.Independent {
			t.Errorf("read as independent of the EDP: %q", c.Quote)
		}
	}
}

// OpenSearch Serverless "outside the scope of this Addendum … charged at
// AWS published rates", or at "the standard charges for that service", has
// no price agreed in the draft.
func TestVectorStoreAtStandardCharges(t *testing.T) {
	for _, s := range []string{
		"Amazon OpenSearch Serverless is outside the scope of this Addendum and is charged at AWS published rates.",
		"Charges for the OpenSearch Serverless vector store are the standard charges for that service.",
	} {
		rg := read(t, "# Addendum\n\n## 3. Vector storage\n\n3.6 "+s+"\n")
		for _, v := range inForce(rg.Frames().VectorStorage, func(x VectorStorage) Base { return x.Base }) {
			if v.Priced {
				t.Errorf("%q read as OCU pricing", s)
			}
		}
	}
}

// A clause that names Guardrails as eligible spend and states the whole
// commitment in a sentence of its own prices no Guardrails.
func TestGuardrailsNamedInTheClauseOnly(t *testing.T) {
	rg := read(t, "# Schedule\n\n## B.3 Commitment\n\nB.3.1 Eligible spend includes on-demand inference, Provisioned Throughput and Guardrails. The Member commits to Amazon Bedrock spend of CAD 1,800,000 in each Schedule Year.\n")
	for _, g := range inForce(rg.Frames().Guardrails, func(x Guardrails) Base { return x.Base }) {
		if g.Priced {
			t.Errorf("read as Guardrails pricing: %q", g.Quote)
		}
	}
}

// "Security tokens are unrelated to model tokens and are not billed by
// AWS": other tokens set apart, no token counting term.
func TestUnrelatedTokensAreNoCounting(t *testing.T) {
	rg := read(t, "# Addendum\n\n## 8. Security\n\n8.3 Security tokens are unrelated to model tokens and are not billed by AWS.\n")
	if n := len(inForce(rg.Frames().TokenCounting, func(x TokenCounting) Base { return x.Base })); n != 0 {
		t.Errorf("%d token counting terms read: %+v", n, rg.Frames().TokenCounting)
	}
}

// "Clause 5 of the Prior Addendum (token counting) remains unchanged": the
// term stays in a document the draft does not reproduce.
func TestClauseOfAnotherDocumentRemainsUnchanged(t *testing.T) {
	rg := read(t, "# Renewal Amendment\n\n## 4. Unchanged terms\n\n4.1 Token counting. Clause 5 of the Prior Addendum (token counting) remains unchanged.\n")
	for _, f := range rg.Frames().TokenCounting {
		if f.InForce && !f.Deferred {
			t.Errorf("read as a counting term of this draft: %q", f.Quote)
		}
	}
}

// A reference to a section that reads "[Reserved.]" refers to nothing in
// force: "invoiced in accordance with the token metering and counting
// methodology in Section C.3" counts tokens in no stated way.
func TestReferenceToAReservedSection(t *testing.T) {
	rg := read(t, "# Task Order\n\n## SECTION C\n\n### C.3 Token metering and counting methodology\n\n[Reserved.]\n\n## SECTION G\n\nG.1 Bedrock usage shall be invoiced in accordance with the token metering and counting methodology in Section C.3 and the prices in Section B.\n")
	for _, f := range rg.Frames().TokenCounting {
		if strings.HasSuffix(f.Clause, "G.1") && f.InForce {
			t.Errorf("the reference to the reserved C.3 is read as a counting term: %+v", f)
		}
	}
}

// A sentence that says a thing is not the defined term takes it out of the
// term ("Output is not Customer Content"), unless the thing is of another
// kind altogether ("Geological Models are not Foundation Models").
func TestDefinitionNarrowedByNegatedCopula(t *testing.T) {
	rg := read(t, "# Supplement\n\n## 1. Definitions\n\n"+
		"1.1 \"Customer Content\" means data, including prompts, instructions and documents, that the Bank submits to Bedrock. Output is not Customer Content for the purposes of this Supplement.\n\n"+
		"1.2 \"Output\" means content generated by Bedrock, including completions.\n\n"+
		"1.3 \"Survey Data\" means the Bank's geological data and its three-dimensional bedrock models (\"Geological Models\"). Geological Models are not Foundation Models.\n\n"+
		"1.4 \"Foundation Model\" means a pre-trained model made available on Bedrock.\n\n"+
		"## 2. Terms\n\n2.1 AWS will not use Customer Content to train any Foundation Model.\n")
	tr := inForce(rg.Frames().Training, func(x Training) Base { return x.Base })
	if len(tr) != 1 || !slices.Equal(tr[0].Covers, []string{"prompts"}) {
		t.Errorf("training %+v: Output is said not to be Customer Content", tr)
	}
	for _, d := range rg.Definitions {
		if d.Term == "Foundation Model" && slices.Contains(d.Excludes, "model") {
			t.Errorf("Foundation Model emptied by a sentence about another kind of model: %+v", d)
		}
	}
}

// Reading across a consolidated copy: an amendment of "Clause 8.3 of the
// Addendum" finds the clause under the Addendum's own heading; a past
// account of a deleted clause ("As signed in June, section 6.3 let us
// cancel …") and a line labelled "Background." state no term; a heading
// in capitals naming the AWS Enterprise Discount Program names no other
// product.
func TestConsolidatedCopyReading(t *testing.T) {
	readTxt := readText
	t.Run("an amendment of the Addendum held in the same file", func(t *testing.T) {
		rg := readTxt(t, "CONSOLIDATED EXECUTION COPY\n\nPART A\nCLOUD OUTSOURCING ADDENDUM - AMAZON BEDROCK\n\nPRELIMINARY STATEMENTS\n\nI    The Bank uses Amazon Bedrock.\n\n1.   PROVISIONED THROUGHPUT\n\n1.1  The Bank may cancel a PT Commitment on ninety (90) days' written notice if the Foundation Model is deprecated.\n\n"+
			"PART B\nAMENDMENT NO. 1 TO THE CLOUD OUTSOURCING ADDENDUM\n\nArticle 1 - Replacement of clause 1.1\n\nClause 1.1 of the Addendum is deleted and replaced by:\n\n   \"1.1 The Bank may cancel a PT Commitment on forty-five (45) days' written notice if the Foundation Model is deprecated.\"\n")
		c := inForce(rg.Frames().PTCancellation, func(x PTCancellation) Base { return x.Base })
		if len(c) != 1 || c[0].NoticeDays != 45 {
			t.Errorf("cancellation after the amendment: %+v (notices %v)", c, rg.Notices)
		}
	})
	t.Run("a past account and a background line", func(t *testing.T) {
		rg := read(t, "# Q&A\n\n## Part 2\n\nA10. As signed in June, section 6.3 of the Addendum let us cancel a PT Commitment on thirty (30) days' notice if the model was deprecated.\n\n"+
			"## AMENDMENT No. 1\n\n**Effective Date:** May 15, 2026\n\n**Background.** PCE wishes to buy more PT. In return for better PT pricing, PCE has agreed to changes to the PT cancellation terms.\n")
		if c := inForce(rg.Frames().PTCancellation, func(x PTCancellation) Base { return x.Base }); len(c) != 0 {
			t.Errorf("a past account or a background line read as a term: %+v", c)
		}
	})
	t.Run("the EDP named in capitals", func(t *testing.T) {
		for s, want := range map[string]bool{"TO THE AWS ENTERPRISE DISCOUNT PROGRAM AGREEMENT": false, "the AWS Enterprise Discount Program": false, "AWS Lambda functions": true, "Amazon SageMaker endpoints": true} {
			if got := otherProduct(s); got != want {
				t.Errorf("otherProduct(%q) = %v, want %v", s, got, want)
			}
		}
	})
}

// An inserted definition quotes its own term inside the quoted wording
// (': ""Interaction Records" means …"'): the inner quotes stay, and the
// term is defined.
func TestInsertedDefinitionKeepsItsQuotes(t *testing.T) {
	rg := read(t, "# Addendum\n\n## 1. Definitions\n\n1.1 \"Bank Data\" means prompts submitted by the Bank.\n\n## 2. Amendment\n\n"+
		"2.1 The following definition is inserted in clause 1.1 of the Addendum: \"\"Interaction Records\" means prompts and completions retained by AWS;\"\n")
	for _, d := range rg.Definitions {
		if d.Term == "Interaction Records" && slices.Contains(d.Concepts, "completions") {
			return
		}
	}
	t.Errorf("the inserted term is not defined: %+v", rg.Definitions)
}

// The customer's promise not to charge, named by its short name, is the
// customer's whatever actor the statement holding it has (a table row that
// names both parties); the provider's is not.
func TestCustomerDoesNotCharge(t *testing.T) {
	rg := read(t, "# Term sheet\n\nbetween Laurentide Power Inc. (\"Laurentide\") and Amazon Web Services, Inc. (\"AWS\")\n\n## 1. Import\n\n1.1 Laurentide may import models.\n")
	fb := &frameBuilder{rg: rg}
	for text, want := range map[string]bool{
		"12.2 Laurentide grants AWS a licence. Laurentide shall not charge AWS any licence fee or royalty for that licence.": true,
		"AWS shall not charge Laurentide any licence fee for imported models.":                                               false,
		"Customer will not charge AWS any royalty.":                                                                          true,
	} {
		if got := fb.customerDoesNotCharge(&Statement{Text: text}); got != want {
			t.Errorf("%q: the customer's promise %v, want %v", text, got, want)
		}
	}
}

// A clause named by an ordinal word is found by its name ("Notwithstanding
// Clause SEVENTH, …").
func TestOrdinalClauseReference(t *testing.T) {
	doc, err := extract.Bytes("o.txt", []byte("SEVENTH.- PT CANCELLATION\n\nThe Customer may cancel any Provisioned Throughput commitment on ninety (90) days' notice if the model is deprecated.\n\n"+
		"TWENTIETH.- NOTICE\n\nNotwithstanding Clause SEVENTH, the prior notice required for the cancellation of a Provisioned Throughput commitment shall be sixty (60) days.\n"), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	rg := mustReader(t).Read(doc)
	c := inForce(rg.Frames().PTCancellation, func(x PTCancellation) Base { return x.Base })
	if len(c) != 1 || c[0].NoticeDays != 60 {
		t.Errorf("cancellation: %+v (notices %v)", c, rg.Notices)
	}
}

// Paragraphs numbered afresh under each article ("§5." of Article 3, cited
// "3.5") are no "Article 5"; "Article 6(2)" is the paragraph cited "6.2";
// "Article 2 paragraph 3" is one reference, not also "paragraph 3".
func TestArticleParagraphTargets(t *testing.T) {
	const body = "# Avenant\n\n## Article 3 — Commitment\n\n§1. Customer commits to spend EUR 1 000 000 on Amazon Bedrock.\n\n§2. The commitment is one pool.\n\n§3. It runs with the EDP.\n\n§4. It is invoiced monthly.\n\n§5. Unused amounts lapse.\n\n" +
		"## Article 5 — Provisioned Throughput\n\n§1. Provisioned Throughput may be bought for one month.\n\n§2. Save as provided in §3, it may not be cancelled.\n\n§3. The Customer may cancel any Provisioned Throughput commitment with a notice period of ninety (90) days if the Foundation Model is deprecated.\n\n" +
		"## Article 12 — Amendments\n\n"
	for _, amendment := range []string{
		"§1. In Article 5, paragraph (alinéa) 3, first sentence, the words \"ninety (90) days\" are replaced by the words \"sixty (60) calendar days\".",
		"§1. In Article 5(3), the words \"ninety (90) days\" are replaced by the words \"sixty (60) calendar days\".",
		"§1. Article 5 paragraph 3 is replaced by the following: \"3. The Customer may cancel any Provisioned Throughput commitment with a notice period of sixty (60) days if the Foundation Model is deprecated.\"",
	} {
		rg := read(t, body+amendment+"\n")
		var rights []PTCancellation
		for _, x := range inForce(rg.Frames().PTCancellation, func(x PTCancellation) Base { return x.Base }) {
			if x.Kind == "right" {
				rights = append(rights, x)
			}
		}
		if len(rights) != 1 || rights[0].NoticeDays != 60 {
			t.Errorf("%q: cancellation rights %+v (notices %v)", amendment, rights, rg.Notices)
		}
		for _, s := range rg.Statements {
			if s.Clause == "3.5" && s.Amended != "" {
				t.Errorf("%q: §5 of Article 3 amended", amendment)
			}
		}
	}
}

// Definitions listed as lettered items ("d. "Prompt" means …") are
// definitions.
func TestLetteredDefinitions(t *testing.T) {
	doc, err := extract.Bytes("d.txt", []byte("Art. 2        Definitions\n\nIn the present Contract:\n\nd. \"Prompt\" means any input submitted by the Bank to a model on Bedrock;\n\ne. \"Completion\" means any output generated by a model on Bedrock;\n\nArt. 9        Data\n\n1  AWS shall not use any Prompt to train any model.\n"), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	rg := mustReader(t).Read(doc)
	terms := map[string]bool{}
	for _, d := range rg.Definitions {
		terms[d.Term] = true
	}
	if !terms["Prompt"] || !terms["Completion"] {
		t.Errorf("lettered definitions not read: %+v", rg.Definitions)
	}
}

// An amendment laid out as a table whose rows quote the new wording: a
// definition it quotes whole ("Usage Data means prompts …") is read, and
// wins over the definition it replaces wherever that stands; "New Section
// 8.4" names the section the row creates, not a reference that dangles.
func TestAmendmentTableQuotedDefinitions(t *testing.T) {
	rg := read(t, "# Amendment No. 2\n\n## 1. Amendments\n\n1.1 The Order Form is amended as set out below.\n\n"+
		"| No. | Section | Amendment |\n|---|---|---|\n"+
		"| 1 | 1 (Definitions) | The definition of \"Customer Content\" is replaced by: \"Customer Content means documents loaded into Knowledge Bases, and excludes Usage Data.\" New definition: \"Usage Data means prompts submitted to Bedrock and completions generated by Bedrock.\" |\n"+
		"| 2 | 8 (Data) | New Section 8.4: \"Notwithstanding Section 8.1, AWS may use Usage Data to evaluate and improve the foundation models.\" |\n\n"+
		"## 2. The Order Form as it stood (for reference)\n\n**1. Definitions.** \"Customer Content\" means all content submitted to Amazon Bedrock, including prompts, and all completions.\n\n"+
		"**8. Data.**\n8.1 AWS will not use Customer Content to train or improve any foundation model.\n")
	defs := map[string]*Definition{}
	for i := range rg.Definitions {
		defs[rg.Definitions[i].Term] = &rg.Definitions[i]
	}
	if d := defs["Customer Content"]; d == nil || slices.Contains(d.Concepts, "prompts") || !slices.Contains(d.Excludes, "prompts") {
		t.Errorf("Customer Content: %+v, want the amended definition, prompts excluded", d)
	}
	if d := defs["Usage Data"]; d == nil || !slices.Contains(d.Concepts, "prompts") || !slices.Contains(d.Concepts, "completions") {
		t.Errorf("Usage Data: %+v, want prompts and completions", d)
	}
	permitted := false
	for _, f := range inForce(rg.Frames().Training, func(x Training) Base { return x.Base }) {
		if f.Effect == "permission" && slices.Contains(f.Covers, "prompts") {
			permitted = true
		}
		if f.Effect == "exclusion" && slices.Contains(f.Covers, "prompts") {
			t.Errorf("the no-training promise still covers prompts: %q", f.Quote)
		}
	}
	if !permitted {
		t.Error("the inserted Section 8.4 is not read as a permission to train on prompts")
	}
}

// A record on one line closed by a party's refusal ("Wattle Bay:
// Rejected.") binds nobody; one closed by an acceptance binds.
func TestRefusedRecordLine(t *testing.T) {
	for _, c := range []struct {
		verdict string
		binding bool
	}{
		{"Wattle Bay: Rejected. Withdrawn by you on 19 February 2026.", false},
		{"Status: Not accepted.", false},
		{"Wattle Bay: Accepted.", true},
	} {
		rg := read(t, "# Acceptance\n\nAWS accepts the Purchase Order subject to the Exceptions below.\n\n"+
			"Exception 3 Provision: Schedule C, Item 5 Exception: Add new Item 5.3: \"A one-time import fee of AUD 8,000 applies to each model imported using Custom Model Import.\" "+c.verdict+"\n")
		found := false
		for _, st := range rg.Statements {
			if strings.Contains(st.Quote, "import fee") {
				found = true
				if st.Binding != c.binding {
					t.Errorf("%q: the record binds %v, want %v", c.verdict, st.Binding, c.binding)
				}
			}
		}
		if !found {
			t.Errorf("%q: the record is not read", c.verdict)
		}
	}
	// a field whose short value refuses what its label names
	for _, c := range []struct {
		line    string
		binding bool
	}{
		{"Customer's request for a migration credit: not agreed.", false},
		{"Migration credit on end-of-life: Rejected", false},
		{"Migration credit on end-of-life: 10% of the prior quarter's charges for the retired model.", true},
	} {
		rg := read(t, "# Agreed terms\n\n6. Model end-of-life. AWS will give Customer 180 days' notice before end-of-life of any foundation model.\n"+c.line+"\n")
		for _, st := range rg.Statements {
			if strings.Contains(st.Quote, "igration credit") && st.Binding != c.binding {
				t.Errorf("%q binds %v, want %v", c.line, st.Binding, c.binding)
			}
		}
	}
	// two records on one line (a PDF's paragraph): each verdict closes
	// its own record only
	rg := read(t, "# Acceptance\n\nException 1 Provision: Item 4.3 Exception: All Provisioned Throughput commitments are non-cancellable for their full term. Wattle Bay: Accepted. "+
		"Exception 3 Provision: Item 5 Exception: Add new Item 5.3: \"A one-time import fee of AUD 8,000 applies to each imported model.\" Wattle Bay: Rejected.\n")
	for _, st := range rg.Statements {
		if strings.Contains(st.Quote, "non-cancellable") && !st.Binding {
			t.Errorf("the accepted record is read as refused: %q", st.Quote)
		}
		if strings.Contains(st.Quote, "import fee") && st.Binding {
			t.Errorf("the refused record binds: %q", st.Quote)
		}
	}
}

// Another service's SLA that names Bedrock and PT only to leave them out
// is no PT SLA; a recital that tells of a PT SLA withdrawn is no mention
// of one either.
func TestSLAOfAnotherServiceAndWithdrawnSLA(t *testing.T) {
	rg := read(t, "# Side letter\n\n## 1. Introduction\n\n1.2 This letter supersedes our letter dated 12 February 2026. In particular, paragraph 5 of that letter, which offered a Provisioned Throughput availability commitment of 99.9% with service credits, is withdrawn and is not replaced.\n\n"+
		"## 3. Agreed terms\n\n3.9 For the avoidance of doubt, the Amazon Q Business Service Level Agreement (monthly uptime of 99.9%, with service credits) applies to the Customer's Amazon Q Business subscription only and does not extend to Amazon Bedrock or to Provisioned Throughput.\n")
	for _, s := range rg.Frames().PTSLA {
		if s.InForce {
			t.Errorf("another service's SLA read as PT's: %q", s.Quote)
		}
		if !s.Binding && s.Nonbinding != "withdrawn" && strings.Contains(s.Quote, "withdrawn") {
			t.Errorf("a withdrawn SLA read as a non-binding mention (%s): %q", s.Nonbinding, s.Quote)
		}
	}
}

// A table with an "Agreed?" column: a row marked "No" binds nobody. A
// right that takes its events from rows by their numbers ("either of the
// events in 5.3.2 or 5.3.3") has the events those rows tell.
func TestAgreedColumnAndEventsInRows(t *testing.T) {
	rg := read(t, "# Order Form\n\n## 5.3 PT cancellation\n\n| Ref | Term | Agreed? |\n|---|---|---|\n"+
		"| 5.3.1 | Kestrel may cancel any PT reservation on eight (8) weeks' written notice if either of the events in 5.3.2 or 5.3.3 occurs. Either event is sufficient on its own. | Yes |\n"+
		"| 5.3.2 | The foundation model served by the reservation is materially deprecated or reaches end of life. | Yes |\n"+
		"| 5.3.3 | Kestrel moves the workload served by the reservation to another foundation model on Amazon Bedrock. | Yes |\n"+
		"| 5.3.5 | PT reservations are non-cancellable. | No — AWS proposal |\n")
	right := false
	for _, c := range inForce(rg.Frames().PTCancellation, func(x PTCancellation) Base { return x.Base }) {
		if c.Kind == "denial" {
			t.Errorf("a row not agreed read as a term: %q", c.Quote)
		}
		if c.Kind == "right" && slices.Contains(c.Triggers, "deprecation") && slices.Contains(c.Triggers, "migration") && !c.Joint {
			right = true
		}
	}
	if !right {
		t.Error("the right does not take its two events from rows 5.3.2 and 5.3.3")
	}
}

// A column header that prices per unit ("Input (USD/1M)") makes its
// cells prices, not sums: a comparison row naming a model beside the
// commitment does not split the commitment by model.
func TestHeaderPricePerUnit(t *testing.T) {
	rg := read(t, "# Pricing Schedule\n\n## 1. Commitment\n\n1.2 The Bedrock Commitment is one dollar pool that flexes across all model families.\n\n## 3. Comparison\n\n"+
		"| Provider | Route / model | Commercial basis | Input (USD/1M) | Output (USD/1M) |\n|---|---|---|---|---|\n"+
		"| Amazon Bedrock | Claude 3.7 Sonnet at Rate Card | Bedrock Commitment, 18,5 % | 2,445 | 12,225 |\n")
	for _, c := range inForce(rg.Frames().Commitment, func(x Commitment) Base { return x.Base }) {
		if c.Split {
			t.Errorf("a price row read as a commitment split by model: %q", c.Quote)
		}
	}
}

// A table of terms on many subjects: a row stands for its own subject
// ("3.2 | Model retirement | … any Foundation Model …" is no flexible
// commitment, "3.5 | Custom model import | … no import fee …" no
// Guardrails price), though other rows name the commitment and Guardrails.
func TestRowsOfATermsTableStandForTheirSubject(t *testing.T) {
	rg := read(t, "# Term Sheet\n\n## 3. Terms\n\n| Ref | Topic | Term |\n|---|---|---|\n"+
		"| 3.2 | Model retirement | AWS will give Customer at least twelve (12) months' notice before retiring any Foundation Model that Customer has used. |\n"+
		"| 3.5 | Custom model import | AWS will charge no import, licensing or per-model fee for any Imported Model; Customer pays only infrastructure charges at published rates. |\n"+
		"| 3.9 | Commitment timing | The parties will discuss in good faith whether any Bedrock commitment should be aligned with the EDP. |\n"+
		"| 3.10 | Enablement | AWS will deliver two staff training workshops on Bedrock Guardrails at no charge. |\n")
	f := rg.Frames()
	for _, c := range inForce(f.Commitment, func(x Commitment) Base { return x.Base }) {
		t.Errorf("a row on another subject read as the commitment: %q", c.Quote)
	}
	for _, g := range inForce(f.Guardrails, func(x Guardrails) Base { return x.Base }) {
		if strings.Contains(g.Quote, "import") {
			t.Errorf("a row on another subject read as a Guardrails price: %q", g.Quote)
		}
	}
}

// An order table in a draft with no numbered clauses sits in what the
// extractor calls the preamble: a priced row of it is a term, verb or no.
func TestPricedRowInPreambleIsATerm(t *testing.T) {
	rg := read(t, "ORDER FORM - AMAZON BEDROCK\n\n| Item | Description | Quantity / Rate |\n|---|---|---|\n"+
		"| 2 | Amazon Bedrock Guardrails (content filters), per 1M text units per month | 0 - 250M text units: USD 0.15; 250M - 1B: USD 0.12; above 1B: USD 0.09 |\n")
	found := false
	for _, g := range rg.Frames().Guardrails {
		if g.InForce && g.Priced {
			found = true
		}
	}
	if !found {
		t.Error("the priced Guardrails row is not read as a term")
	}
}

// A parties table: each party is described by its own row, not by the
// rows above it ("Document | Amazon Bedrock Addendum to the AWS …" above
// "Customer | Laurentian Shield Minerals Corp. … ("LSM")" does not make
// LSM the provider).
func TestPartyDescribedByItsOwnRow(t *testing.T) {
	rg := read(t, "# Addendum\n\n| | |\n|---|---|\n| **Document** | Amazon Bedrock Addendum to the AWS Enterprise Discount Program Agreement |\n"+
		"| **Customer** | Laurentian Shield Minerals Corp., an Ontario corporation, 200 Bay Street, Toronto (\"**LSM**\") |\n"+
		"| **AWS** | Amazon Web Services Canada, Inc., 120 Bremner Boulevard, Toronto (\"**AWS Canada**\") |\n\n"+
		"## 7. Provisioned Throughput\n\n7.2 LSM may cancel a PT commitment on sixty (60) days' written notice where the Foundation Model is deprecated or LSM moves the workload to another model on Bedrock.\n")
	if role := rg.partyNames["LSM"]; role == Vendor {
		t.Errorf("LSM read as the provider")
	}
	found := false
	for _, c := range inForce(rg.Frames().PTCancellation, func(x PTCancellation) Base { return x.Base }) {
		found = found || c.Kind == "right" && len(c.Triggers) == 2
	}
	if !found {
		t.Error("the customer's cancellation right is not read")
	}
}

// A denial of cancellation is a cancellation negated, not a negation that
// stops at a noun before it ("amounts not used at the date of
// cancellation") nor a fee there is none of ("no cancellation or early
// termination fee").
func TestCancellationDenialScope(t *testing.T) {
	for _, c := range []struct {
		sentence string
		denial   bool
	}{
		{"Prepaid amounts not used at the date of cancellation shall be credited to future Amazon Bedrock invoices.", false},
		{"Amounts paid and not consumed as a result of termination are applied to the Customer's subsequent Amazon Bedrock consumption.", false},
		{"No cancellation or early termination fee is payable on a cancellation under 6.1.", false},
		{"PT Commitments may not be cancelled.", true},
		{"There is no cancellation of a PT Commitment before the end of its term.", true},
	} {
		rg := read(t, "# Addendum\n\n## 6. Provisioned Throughput\n\n6.1 Customer may cancel a PT Commitment on sixty (60) days' notice if the model is deprecated or Customer moves the workload to another model.\n\n6.2 "+c.sentence+"\n")
		denial := false
		for _, p := range inForce(rg.Frames().PTCancellation, func(x PTCancellation) Base { return x.Base }) {
			denial = denial || p.Kind == "denial"
		}
		if denial != c.denial {
			t.Errorf("%q: denial %v, want %v", c.sentence, denial, c.denial)
		}
	}
}

// A title names a subject; it addresses nothing. A lifecycle sentence
// with no notice and no remedy that is only a title ("Clause 6 Model end
// of life") makes no lifecycle term; one that says something does.
func TestTitleOnly(t *testing.T) {
	for _, c := range []struct {
		text  string
		title bool
	}{
		{"Clause 6 Model end of life", true},
		{"5.3 | Model lifecycle and end of life", true},
		{"Issue 9. Foundation Model deprecation and end-of-life", true},
		{"4. Model Lifecycle and EOL Remedies.", true},
		{"AWS will notify Customer before a model reaches end of life.", false},
		{"Models may be retired.", false},
	} {
		if got := titleOnly(c.text); got != c.title {
			t.Errorf("titleOnly(%q) = %v, want %v", c.text, got, c.title)
		}
	}
	rg := read(t, "# Amendment\n\n1. Amendments\n\n(b) Clause 6 Model end of life is deleted in its entirety.\n\n## Schedule of deleted clauses\n\n| No. | Title |\n|---|---|\n| 6 | Model end of life |\n")
	for _, l := range inForce(rg.Frames().ModelLifecycle, func(x ModelLifecycle) Base { return x.Base }) {
		if titleOnly(l.Quote) {
			t.Errorf("a title read as a lifecycle term: %q", l.Quote)
		}
	}
}

// A pre-purchase denied by a negative subject ("No amount is prepaid",
// "Nothing is prepaid") is no pre-purchase at a single price.
func TestPrepurchaseDeniedByNegativeSubject(t *testing.T) {
	for _, c := range []struct {
		sentence string
		term     bool
	}{
		{"No amount is prepaid under this Order.", false},
		{"Nothing is prepaid.", false},
		{"Customer prepays USD 400,000 of Provisioned Throughput at 30% below the standalone PT rate.", true},
	} {
		rg := read(t, "# Order\n\n## 1. Provisioned Throughput\n\n1.1 Customer reserves 2 model units of Provisioned Throughput for Claude.\n\n1.4 "+c.sentence+"\n")
		term := len(inForce(rg.Frames().PTPrepurchase, func(x PTPrepurchase) Base { return x.Base })) > 0
		if term != c.term {
			t.Errorf("%q: pre-purchase term %v, want %v", c.sentence, term, c.term)
		}
	}
}

// A tick matrix ("System prompt | Included: [x] | Excluded: [ ]"): beside
// a ticked box an empty one is a box left unticked, not a blank to fill.
func TestTickMatrixIsNoPlaceholder(t *testing.T) {
	rg := read(t, "# Addendum\n\n## 5. Token counting\n\n5.1 Bedrock counts input and output tokens per request with the tokenizer of the model used.\n\n5.2 The following table sets out which parts of a request are billable input tokens:\n\n"+
		"| Part of the request | Included | Excluded |\n|---|---|---|\n| System prompt | [x] | [ ] |\n| Tool definitions | [x] | [ ] |\n| Structured output schema | [ ] | [x] |\n\n"+
		"## 6. Open items\n\n6.1 Token counting for images: [ ]\n")
	seen := map[string]bool{}
	for _, tc := range inForce(rg.Frames().TokenCounting, func(x TokenCounting) Base { return x.Base }) {
		for _, e := range tc.Elements {
			seen[e] = true
		}
	}
	for _, e := range []string{"system_prompts", "tool_definitions", "output_schemas"} {
		if !seen[e] {
			t.Errorf("%s: the ticked row is read as a blank", e)
		}
	}
	for _, st := range rg.Statements {
		if strings.Contains(st.Quote, "images") && !st.Placeholder {
			t.Errorf("a lone empty box is no longer a blank: %q", st.Quote)
		}
	}
}

// A discount on on-demand usage at a defined rate that the definition
// extends to PT ("Published Rate" means the on-demand or PT price) is the
// on-demand discount: the PT is only the definition's.
func TestOnDemandDiscountThroughADefinitionNamingPT(t *testing.T) {
	rg := read(t, "# Addendum\n\n## 1. Definitions\n\n\"Published Rate\" means the on-demand or PT price for the relevant Bedrock dimension published on the AWS pricing page.\n\n"+
		"## 9. Commitment\n\n9.4.1 Customer commits to spend NOK 60,000,000 on Bedrock in each Contract Year.\n\n9.4.3 Customer will pay for Bedrock on-demand usage at the Published Rate less twenty-eight per cent (28%).\n")
	found := false
	for _, d := range inForce(rg.Frames().Discount, func(x Discount) Base { return x.Base }) {
		found = found || d.Percent == 28
	}
	if !found {
		t.Error("the on-demand discount is not read")
	}
}

// A cap a party only asked for ("PCE asked for an annual growth cap on
// OCU charges") is no cap; one agreed is.
func TestCapAskedForIsNoCap(t *testing.T) {
	for _, c := range []struct {
		sentence string
		cap      bool
	}{
		{"PCE asked for an annual growth cap on OCU charges.", false},
		{"Year-over-year growth in PCE's OCU charges is capped at 10%.", true},
	} {
		rg := read(t, "# Schedule\n\n## 10. Vector storage\n\n10.1 OpenSearch Serverless OCUs used by Bedrock Knowledge Bases are billed inside the EDP at CAD 0.30 per OCU-hour.\n\n10.2 "+c.sentence+"\n")
		got := false
		for _, v := range inForce(rg.Frames().VectorStorage, func(x VectorStorage) Base { return x.Base }) {
			got = got || v.Cap
		}
		if got != c.cap {
			t.Errorf("%q: cap %v, want %v", c.sentence, got, c.cap)
		}
	}
}

// A record whose reading note says which parts bind ("Parts 1 to 3 are
// history … They don't bind anyone. Only Part 4 binds"): the asks and
// counter-proposals count for nothing, the final terms bind.
func TestRecordPartsThatDoNotBind(t *testing.T) {
	rg := read(t, "DEAL RECORD\n\nHOW TO READ THIS RECORD\n\nParts 1 to 3 are history: who asked for what, and what came back. They don't bind anyone. Only Part 4 (Final agreed terms) binds you and us.\n\n"+
		"PART 1 - WHAT YOU ASKED FOR\n\nAsk 5. PT cancellation on 30 days' notice if the model is deprecated or you move the workload.\n\n"+
		"PART 2 - OUR COUNTER-PROPOSAL\n\n6. Data: declined. Not agreed.\n\n"+
		"PART 4 - FINAL AGREED TERMS\n\n4.6 PT cancellation. You may cancel a PT commitment on 60 days' written notice, but only where both of these have occurred: (a) the model has been materially deprecated; and (b) you have moved the workload to another model on Amazon Bedrock.\n")
	for _, st := range rg.Statements {
		inRecord := strings.Contains(st.Quote, "30 days") || strings.Contains(st.Quote, "Data:")
		if inRecord && (st.Binding || st.Nonbinding != "negotiation") {
			t.Errorf("a part of the record reads binding=%v (%s): %q", st.Binding, st.Nonbinding, st.Quote)
		}
		if strings.Contains(st.Quote, "60 days") && !st.Binding {
			t.Errorf("the final terms do not bind: %q", st.Quote)
		}
	}
}

// An FAQ schedule: "Question 7 in Part A is deleted in its entirety"
// deletes the question labelled Q7; a definition narrowed with a
// contraction ("Your Inputs doesn't include the prompts") leaves prompts
// out of the promise.
func TestFAQQuestionDeletedAndContractedNarrowing(t *testing.T) {
	rg := read(t, "# Schedule\n\n## Definitions\n\n- **\"Your Inputs\"** means the documents you connect to an Amazon Bedrock Knowledge Base. Your Inputs doesn't include the prompts you send to a model.\n- **\"Your Outputs\"** means the completions a model returns to you.\n\n"+
		"## Part A — Questions and answers\n\n### Q3. Do you train on my data?\n\nWe don't use Your Inputs or Your Outputs to train or improve any foundation model.\n\n"+
		"### Q7. Can you cancel reserved capacity?\n\nYou can cancel a PT commitment on 60 days' written notice if the model is materially deprecated, or if you move the workload to another model on Amazon Bedrock.\n\n"+
		"## Update log\n\n**Version 2.**\n(a) Question 7 in Part A is deleted in its entirety.\n")
	f := rg.Frames()
	for _, c := range inForce(f.PTCancellation, func(x PTCancellation) Base { return x.Base }) {
		t.Errorf("the deleted question still grants a right: %q", c.Quote)
	}
	for _, tr := range inForce(f.Training, func(x Training) Base { return x.Base }) {
		if slices.Contains(tr.Covers, "prompts") {
			t.Errorf("the promise covers prompts through a definition that leaves them out: %q %v", tr.Quote, tr.Covers)
		}
	}
}

// Credits "as set out in Table 4" where no table of the draft is
// captioned Table 4 are behind a missing reference; "Ask for a credit
// within 60 days" says how to claim a credit, it grants none. A table the
// draft captions ("TABLE 1 -- RATE CARD", "Tabella 1 / Table 1") is there.
func TestCreditsInAMissingTable(t *testing.T) {
	rg := read(t, "# Addendum\n\n## What uptime do you get on reserved capacity?\n\nWe commit that each PT endpoint will be available ninety-nine point nine percent (99.9%) of each calendar month. If we miss that, you get service credits as set out in Table 4 of this addendum. Ask for a credit within 60 days after the end of the month concerned.\n")
	for _, s := range inForce(rg.Frames().PTSLA, func(x PTSLA) Base { return x.Base }) {
		if s.Credits {
			t.Errorf("credits read as granted: %q", s.Quote)
		}
	}
	rg = read(t, "# Addendum\n\n## 4. Rates\n\n4.1 Usage is billed at the rates in Table 1.\n\nTABLE 1 -- ON-DEMAND RATE CARD\n\n| Model | Rate |\n|---|---|\n| Claude | 2.40 |\n")
	for _, st := range rg.Statements {
		if slices.Contains(st.MissingRefs, "Table 1") {
			t.Errorf("a captioned table read as missing: %q", st.Quote)
		}
	}
}

// A clause whose text opens with a placeholder sentence ("To be agreed.")
// commits nothing in any sentence, though the next one names what is
// left open.
func TestPlaceholderClause(t *testing.T) {
	for _, lead := range []string{"To be agreed.", "(Token Counting) To be agreed.", "TBD."} {
		rg := read(t, "# AGREEMENT\n\n## Article 6\n\n"+lead+" The method of counting billable tokens, including the treatment of system prompts, tool definitions and structured output schemas, shall be determined between the parties.\n\n## Article 7 (Term)\n\nThis Agreement runs for three years.\n")
		for _, tc := range inForce(rg.Frames().TokenCounting, func(x TokenCounting) Base { return x.Base }) {
			t.Errorf("%q: a clause left open read as a term: %q", lead, tc.Quote)
		}
	}
}

// A negated verb that takes away keeps what it governs ("This does not
// reduce the migration credit"); people placed abroad, whatever their
// role ("Instructors for that training may be located outside Japan"),
// are not data leaving the region.
func TestNegatedDiminisherAndPeopleAbroad(t *testing.T) {
	rg := read(t, "# Nachtrag\n\n## § 5 Model lifecycle\n\n(2) For each model retired, AWS grants a migration credit of up to EUR 250.000,00.\n\n(4) AWS gives six months' notice of a retirement. This does not reduce the migration credit.\n")
	for _, l := range inForce(rg.Frames().ModelLifecycle, func(x ModelLifecycle) Base { return x.Base }) {
		if l.NoRemedy {
			t.Errorf("a remedy kept read as ruled out: %q", l.Quote)
		}
	}
	rg = read(t, "# Memorandum\n\n## Article 9 Data\n\n(2) Customer Data is processed only in the Tokyo and Osaka Regions.\n\n(3) Party B provides employee training. Instructors for that training may be located outside Japan but have no access to Customer Data.\n")
	for _, r := range inForce(rg.Frames().Residency, func(x Residency) Base { return x.Base }) {
		if r.Effect == "conflict" {
			t.Errorf("people abroad read as data leaving the region: %q (%s)", r.Quote, r.Effect)
		}
	}
}

// "No." before a word is an answer, a sentence of its own ("No. PT is
// provided on a best-efforts basis"); before a number it abbreviates
// "number" ("No. 5 of the Annex").
func TestAnswerNoEndsASentence(t *testing.T) {
	for _, c := range []struct {
		text string
		n    int
	}{
		{"No. PT is provided on a best-efforts basis and is excluded from the SLA.", 2},
		{"See item No. 5 of the Annex for the rates.", 1},
		{"Is PT covered?\nNo. PT is provided on a best-efforts basis.", 3},
	} {
		if got := len(splitSentences(c.text)); got != c.n {
			t.Errorf("%q: %d sentences, want %d", c.text, got, c.n)
		}
	}
	rg := read(t, "# FAQ\n\n## Is reserved capacity covered by an uptime promise?\n\nNo. PT is provided on a best-efforts basis and is excluded from the Amazon Bedrock Service Level Agreement.\n")
	excluded := false
	for _, s := range inForce(rg.Frames().PTSLA, func(x PTSLA) Base { return x.Base }) {
		excluded = excluded || s.BestEffort || s.Excluded
	}
	if !excluded {
		t.Error("the answer's best-efforts PT is not read")
	}
}

// What a passive says is not charged may be something other than import
// ("Are AWS security tokens or session tokens charged? No."): no import
// fee term.
func TestChargedIsOther(t *testing.T) {
	rg := read(t, "# FAQ\n\n## 4. Models\n\nVantor may import open-weight models through Custom Model Import.\n\nAre AWS security tokens or session tokens charged?\nNo. Credentials and session tokens issued by AWS STS are not billable items.\n")
	for _, c := range inForce(rg.Frames().CustomImport, func(x CustomImport) Base { return x.Base }) {
		if c.NoFee {
			t.Errorf("a charge for something else read as no import fee: %q", c.Quote)
		}
	}
}

// A commitment whose spend is a defined Bedrock charge with a floor's
// words before its amount ("Eligible Claude Charges of not less than SGD
// 9,600,000 …, which … count towards Customer's commitment under the EDP")
// is a Bedrock commitment inside the EDP, not the EDP's own.
func TestBedrockAmountBehindAFloor(t *testing.T) {
	rg := read(t, "# Order Form\n\n## Definitions\n\n\"Eligible Claude Charges\" means Bedrock charges for on-demand inference on Foundation Models of the Anthropic Claude Model Family.\n\n"+
		"## 2. Commitment\n\n2.01 Customer commits to incur Eligible Claude Charges of not less than SGD 9,600,000 in each Commitment Year (the \"Claude Commitment\"), which Eligible Claude Charges count towards Customer's commitment under the EDP Agreement.\n")
	found := false
	for _, c := range inForce(rg.Frames().Commitment, func(x Commitment) Base { return x.Base }) {
		found = found || c.Bedrock && c.Amount == 9600000
	}
	if !found {
		t.Error("the Bedrock commitment is not read")
	}
}

// "excluding VAT" is the amount's tax, not an exception that carries the
// rest of the sentence away; a row of a comparison with other providers
// ("Provider: Anthropic (direct API) | Annual commitment USD 1 200 000")
// states their terms, not this deal's commitment.
func TestTaxQualifierAndCompetitorRow(t *testing.T) {
	rg := read(t, "# Avenant\n\n## Article 3 – Bedrock Commitment\n\n**Art. 3 al. 1.** The Client undertakes to consume, in each contract year, Amazon Bedrock services for a minimum amount of 1 250 000,00 € excluding VAT (the \"Engagement Bedrock\"), as a distinct commitment within the EDP.\n\n"+
		"**Art. 3 al. 2.** The commitment is one pool across all model families. The offers compared were:\n\n| Provider | Route / model | Commercial basis |\n|---|---|---|\n| Amazon Bedrock | Claude 3.7 Sonnet at Rate Card | Bedrock Commitment, 18,5 % |\n| Anthropic (direct API) | Claude 3.7 Sonnet | Annual commitment USD 1 200 000 |\n")
	for _, st := range rg.Statements {
		if strings.Contains(st.Quote, "excluding VAT") && st.has("commitment", RoleException) {
			t.Errorf("the tax qualifier read as an exception: %q", st.Quote)
		}
	}
	fb := &frameBuilder{rg: rg}
	rows := 0
	for _, st := range rg.Statements {
		if !st.Row {
			continue
		}
		rows++
		other := strings.Contains(st.Quote, "Anthropic (direct API)")
		if got := fb.rowOfAnotherProvider(st); got != other {
			t.Errorf("row of another provider %v, want %v: %q", got, other, st.Quote)
		}
	}
	if rows < 2 {
		t.Errorf("%d rows read", rows)
	}
}

// A bilingual memorandum: the paragraph before the parties' names ("…
// Amazon Bedrock を利用している。") describes neither party; a right whose
// lead says "only where both of the following events have occurred" is
// one joint trigger, though its items are read as clauses of their own.
func TestBilingualPartiesAndJointLead(t *testing.T) {
	rg := read(t, "# 覚書 / Memorandum\n\n甲は Amazon Bedrock を利用している。\n\nMinato Seiki K.K. (\"Party A\") and Amazon Web Services Japan G.K. (\"Party B\") enter into this memorandum.\n\n"+
		"## Article 7 (Provisioned Throughput)\n\n2. 甲は、次の各号に掲げる事由の双方が生じた場合に限り、PT の契約を解約することができる。\n\n   Party A may cancel a PT commitment by written notice given eight (8) weeks in advance, only where both of the following events have occurred:\n\n"+
		"   (1) 対象となる基盤モデルが重大な非推奨化又は変更を受けたこと\n\n   (i) the relevant foundation model has been materially deprecated or changed; and\n\n"+
		"   (2) 甲が当該ワークロードを他のモデルに移行したこと\n\n   (ii) Party A has moved the workload to another model on Amazon Bedrock.\n")
	if rg.partyNames["Party A"] == Vendor {
		t.Error("Party A read as the provider")
	}
	rights := 0
	for _, c := range inForce(rg.Frames().PTCancellation, func(x PTCancellation) Base { return x.Base }) {
		if c.Kind == "right" && len(c.Triggers) > 0 {
			rights++
			if !c.Joint {
				t.Errorf("an item of a joint lead read as a trigger of its own: %q", c.Quote)
			}
		}
	}
	if rights == 0 {
		t.Error("the customer's right is not read")
	}
}

// An SLA's list of what it does not apply to ("This SLA does not apply to:
// (a) batch inference; …; (c) Provisioned Throughput, which AWS provides
// on a best-efforts basis only") excludes PT from the SLA, though the list
// itself is out of the SLA's scope.
func TestSLAExclusionListNamesPT(t *testing.T) {
	rg := read(t, "# Schedule 1 SLA\n\n## 1. Commitment\n\nAWS will make on-demand inference available 99.9% of each month, with service credits.\n\n## 3. Exclusions\n\nThis SLA does not apply to: (a) batch inference; (b) model customisation jobs; (c) Provisioned Throughput, which AWS provides on a best-efforts basis only; (d) preview features.\n")
	excluded := false
	for _, s := range inForce(rg.Frames().PTSLA, func(x PTSLA) Base { return x.Base }) {
		excluded = excluded || s.Excluded
	}
	if !excluded {
		t.Error("PT in the SLA's exclusion list is not read as excluded")
	}
}

// What is an import fee: a charge, said of importing, in the draft's own
// voice. A model's own licence, a one-off credit, an amount in words in
// parentheses, a row that answers "infrastructure charges only" and a
// fee the record says was refused are none; a one-time charge per
// imported model is one, even beside the infrastructure it adds to, and
// so is a fee written after an abbreviated currency.
func TestImportFeeIsACharge(t *testing.T) {
	head := "# Addendum\n\nThis Addendum is made between Kestrel Health Ltd (\"Kestrel\") and Amazon Web Services, Inc. (\"AWS\").\n\n"
	for _, c := range []struct {
		name, body string
		fee, noFee bool
	}{
		{"model licence", "## 9. Custom models\n\n9.1 Kestrel may import open-weight models, and models derived from them, into Bedrock, subject to the applicable model licence.\n", false, false},
		{"one-off credit", "## 9. Custom models\n\n9.1 Kestrel may import open-weight models into Bedrock. AWS will give Kestrel a one-off credit of USD 40,000 against its first invoice.\n", false, false},
		{"one-time charge", "## 9. Custom models\n\n9.1 Kestrel may import open-weight models into Bedrock. Each Imported Model shall bear a one-time registration charge of USD 1,500, in addition to the infrastructure charges for the capacity and storage used.\n", true, false},
		{"one-time password", "## 2. Definitions\n\n2.1 \"Access Token\" means the one-time password device issued to Kestrel's personnel.\n\n## 9. Custom models\n\n9.1 Kestrel may import open-weight models into Bedrock; the fees for doing so are the infrastructure fees only.\n", false, true},
		{"currency abbreviation", "## 9. Custom models\n\n9.1 Kestrel may import open-weight models into Bedrock. A one-time onboarding and validation fee of Rs. 4,00,000/- (Rupees Four Lakh only) shall be payable for each model imported, in addition to the applicable inference and storage charges.\n", true, false},
		{"row answers the fee", "## 9. Custom models\n\n9.1 Kestrel may import open-weight models into Bedrock.\n\n## Schedule 1\n\n| Item | Description | Details |\n|---|---|---|\n| 15 | Custom Model Import charges | Infrastructure charges only (see clause 9.1) |\n", false, true},
		{"second sentence of a cell", "## Key Terms\n\n| Number | Key Term | Agreed position |\n|---|---|---|\n| 13 | Custom model import | Kestrel may import open-weight models using Amazon Bedrock Custom Model Import. No licence fee is charged for an import. A one-time onboarding fee of USD 4,000 is payable for each imported model, in addition to Custom Model Unit charges. |\n", true, false},
		{"a fee through a definition chain", "## 1. Definitions\n\n1.9 \"**Infrastructure Charges**\" means, for an Imported Model, (a) Custom Model Unit charges, (b) model storage charges, and (c) the Model Onboarding Fee.\n\n1.12 \"**Model Onboarding Fee**\" means a one-time fee of US$7,500 payable for each Imported Model upon its import into Amazon Bedrock.\n\n## 9. Custom models\n\n9.1 Kestrel may import open-weight models into Amazon Bedrock.\n\n9.2 AWS will not charge any licensing fee for any Imported Model beyond the applicable Infrastructure Charges.\n", true, false},
		{"refused in the record", "## 9. Custom models\n\n9.1 Kestrel may import open-weight models into Bedrock. A per-import fee was a non-starter.\n", false, false},
		{"a fee among a definition's items after a qualifier", "## 1. Definitions\n\n\"Infrastructure Charges\" means, for an imported model, (a) charges for Custom Model Units used for running that model, and (b) a one-time Model Onboarding Fee of USD 1,500 for each model import job.\n\n## 8. Custom Model Import\n\n8.1 Kestrel may import open-weight models into Amazon Bedrock.\n\n8.2 AWS will not charge any licence fee for an imported model beyond the Infrastructure Charges.\n", true, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			fee, noFee := false, false
			for _, ci := range read(t, head+c.body).Frames().CustomImport {
				fee = fee || ci.InForce && ci.FeeCharged
				noFee = noFee || ci.InForce && ci.NoFee
			}
			if fee != c.fee || noFee != c.noFee {
				t.Errorf("fee charged %v, no fee %v; want %v, %v", fee, noFee, c.fee, c.noFee)
			}
		})
	}
}

// elementsInForce: the token-counting elements the draft's binding text in
// force addresses.
func elementsInForce(rg *Reading) map[string]bool {
	out := map[string]bool{}
	for _, tc := range rg.Frames().TokenCounting {
		if tc.InForce {
			for _, e := range tc.Elements {
				out[e] = true
			}
		}
	}
	return out
}

// "Section 3 is deleted in its entirety and replaced with the following:"
// with the new wording quoted after it under its own heading, numbered
// as the old (so that it stands beside the instruction, not under it): the old
// section and all its sub-clauses go. A replacement that quotes a section
// the draft does not hold before it (a renewal restating only what it
// changes) deletes nothing, not even the new wording it quotes.
func TestReplacedWithTheFollowing(t *testing.T) {
	base := "# BEDROCK ADDENDUM\n\nThis Addendum is made between Kestrel Ltd (\"Customer\") and Amazon Web Services, Inc. (\"AWS\").\n\n" +
		"## 2. Bedrock Commitment\n\n2.1 Customer commits to incur Bedrock Charges of not less than USD 3,000,000 in each Commitment Year.\n\n" +
		"## 3. Token Counting\n\n3.1 Billable tokens are counted by the tokenizer of the model that serves the request.\n\n" +
		"3.2 System prompts are included in billable input tokens.\n\n3.3 Tool definitions are included in billable input tokens.\n\n" +
		"3.4 Structured output schemas are excluded from billable tokens and are not charged.\n\n"
	amendment := "# AMENDMENT NO. 2\n\nAWS and Customer agree to amend the Addendum as follows.\n\n" +
		"**1. Bedrock Commitment.** Section 2 is deleted in its entirety and replaced with the following:\n\n" +
		"> **2. Bedrock Commitment**\n>\n" +
		"> 2.1 Customer commits to incur Bedrock Charges of not less than USD 4,000,000 in each Commitment Year.\n>\n" +
		"> 2.2 Customer pays the On-Demand Rate less eighteen per cent (18%).\n\n" +
		"**2. Token Counting.** Section 3 is deleted in its entirety and replaced with the following:\n\n" +
		"> **3. Token Counting**\n>\n" +
		"> 3.1 Billable tokens are counted by the tokenizer of the model that serves the request.\n>\n" +
		"> 3.2 System prompts and tool definitions supplied with a request are included in billable input tokens.\n\n" +
		"**3. Remaining terms.** The Addendum otherwise continues unchanged.\n"
	got := elementsInForce(read(t, base+amendment))
	if got["output_schemas"] || !got["system_prompts"] || !got["tool_definitions"] {
		t.Errorf("after the replacement of Section 3: %v, want system prompts and tool definitions only", got)
	}
	renewal := "# SECOND AMENDMENT\n\nThis Second Amendment is made between Kestrel Ltd (\"Customer\") and Amazon Web Services, Inc. (\"AWS\") and restates only the clauses it changes.\n\n" +
		"## 4. METERING AND REPORTING\n\nClause 4 (Token Metering) is deleted and replaced with:\n\n> **4. TOKEN METERING**\n>\n" +
		"> 4.1 System prompts are included in billable input tokens.\n>\n> 4.2 Tool definitions are included in billable input tokens.\n>\n" +
		"> 4.3 Structured output schemas are excluded from billable tokens.\n"
	if got := elementsInForce(read(t, renewal)); !got["output_schemas"] || !got["system_prompts"] || !got["tool_definitions"] {
		t.Errorf("the restated clause is read as deleted: %v", got)
	}
}

// A note that opens the draft and says it is no part of the contract binds
// nobody, nor do its unnumbered sections up to the schedule that binds; a
// change log the draft says is no part of it leaves the rest binding.
func TestOpeningNoteIsNoContract(t *testing.T) {
	note := "# Amazon Bedrock renewal – what we signed\n\n**Status of this note:** internal summary only\n\n" +
		"This note explains, in plain English, the Bedrock terms we agreed with AWS. It is written for you, not for lawyers. " +
		"It is not part of the contract and it does not change anything in it. The binding terms are in Schedule B-7, attached below.\n\n" +
		"## Tokens – what you're billed for\n\nSystem prompts count. Tool definitions count. Structured output schemas count too.\n\n" +
		"# SCHEDULE B-7 – AMAZON BEDROCK COMMERCIAL TERMS\n\n### B-7.5 Token metering\n\n(a) System prompts are billable input tokens.\n\n(b) Tool definitions supplied with a request are billable input tokens.\n"
	if got := elementsInForce(read(t, note)); got["output_schemas"] || !got["system_prompts"] || !got["tool_definitions"] {
		t.Errorf("elements in force %v: want the schedule's, not the note's", got)
	}
	// the note's words are no text on their topics at all, as a part
	// "for information only" is: not a recital, which addresses a lever
	for _, st := range read(t, note).Statements {
		if strings.Contains(st.Text, "Tool definitions count") && st.Nonbinding != "note" {
			t.Errorf("the note's sentence is read as %q, not as a note", st.Nonbinding)
		}
	}
	changeLog := "# CONSOLIDATED BEDROCK ADDENDUM\n\nThis Addendum is made between Kestrel Ltd (\"Customer\") and Amazon Web Services, Inc. (\"AWS\"). " +
		"The Change Log below is included for convenience only. It does not form part of this Addendum and does not affect its interpretation.\n\n" +
		"## 3. Token Counting\n\n3.1 System prompts are included in billable input tokens.\n\n3.2 Tool definitions are included in billable input tokens.\n\n" +
		"3.3 Structured output schemas are excluded from billable tokens.\n"
	if got := elementsInForce(read(t, changeLog)); !got["output_schemas"] || !got["system_prompts"] || !got["tool_definitions"] {
		t.Errorf("the change log's status taken for the draft's: %v", got)
	}
}

// A translated annex: the parties' paragraph ends "represented by:" over
// its signatories, and "§ 3" stands alone on its line with its heading
// on the next. The paragraphs of § 3 are read on their own, not with the
// parties' paragraph as their lead-in (whose "[●]" would make every one
// a blank), and "ul." in an address ends no sentence.
func TestSectionHeadingIsNoLeadIn(t *testing.T) {
	rg := read(t, "# ANNEX No. 3\n\nNORDVIA S.A. with its registered office at ul. Targ Rybny 11, Gdańsk, KRS number [●], represented by:\n\n"+
		"1) Tomasz Wierzbicki – President of the Management Board,\n\n"+
		"2) Agnieszka Lis – Member of the Board, hereinafter the \"Customer\", and Amazon Web Services EMEA SARL, hereinafter \"AWS\".\n\n"+
		"§ 3\n\nToken counting\n\n(1) System prompts shall be counted as billable input tokens.\n\n(2) Tool definitions shall be counted as billable input tokens.\n")
	if got := elementsInForce(rg); !got["system_prompts"] || !got["tool_definitions"] {
		t.Errorf("elements in force %v: § 3's paragraphs are not read as terms", got)
	}
	for _, st := range rg.Statements {
		if strings.HasPrefix(strings.TrimSpace(st.Quote), "Targ Rybny") {
			t.Errorf("a sentence split after \"ul.\": %q", st.Quote)
		}
	}
}

func TestCapitalHeading(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Bedrock commitment", true},
		{"Token counting", true},
		{"the Foundation Model to which it relates", false},
		{"AWS shall give notice", false},
		{"Provisioned Throughput Commitments are non-cancellable", false},
	} {
		if got := capitalHeading(c.text); got != c.want {
			t.Errorf("capitalHeading(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// Minutes with an annex of agreed terms: the annex is the agreement; who
// explained, proposed or confirmed what in the minutes binds nobody. A
// heading left in the text of a clause over its sub-clauses ("A4. Data
// use and residency.") is no promise of residency.
func TestMinutesWithAgreedAnnex(t *testing.T) {
	rg := readText(t, "MINUTES OF NEGOTIATION CALL\nAWS EDP Renewal 2026 - Amazon Bedrock Workstream\n\n"+
		"1. Token counting\n\n1.1 S. Iyer explained that, under the current metering, system prompts, tool definitions and output schemas are counted as input tokens.\n\n"+
		"Outcome: Not agreed. No contractual term.\n\n"+
		"2. Data use\n\n2.1 AWS confirmed that prompts and completions sent to Bedrock stay in the EU Regions and are not used to train any model.\n\n"+
		"ANNEX A - AGREED BEDROCK TERMS\n\nThe parties confirm that the following terms were agreed on 19 March 2026 and are binding on them. Where this Annex and the body of these minutes differ, this Annex governs.\n\n"+
		"A1. Parties. Amazon Web Services EMEA SARL and Vandermolen Retail Group N.V.\n\nA2. Definitions. \"PT\" means Amazon Bedrock Provisioned Throughput.\n\n"+
		"A3. PT commitments. PT commitments are non-cancellable.\n\nA4. Data use and residency.\n(a) AWS will not use VRG's prompts or completions to train, retrain or fine-tune any foundation model.\n(b) Data residency: to be agreed.\n")
	if got := elementsInForce(rg); len(got) > 0 {
		t.Errorf("the minutes' account of metering is read as a term: %v", got)
	}
	f := rg.Frames()
	for _, r := range f.Residency {
		if r.InForce && r.Effect == "promise" {
			t.Errorf("a residency promise is read: %+v", r)
		}
	}
	trained := false
	for _, tr := range f.Training {
		trained = trained || tr.InForce
	}
	if !trained {
		t.Errorf("the annex's training exclusion is not read: %+v", f.Training)
	}
}

// A verb's negation and a "no" stop at the end of their sentence in a
// text read as one (a table cell of several sentences).
func TestNegationEndsWithSentence(t *testing.T) {
	p := mustReader(t).r.parse("No licence fee is charged for an import. A one-time onboarding fee of USD 4,000 is payable for each imported model.", nil)
	for _, pr := range p.props {
		for _, o := range pr.occs {
			if o.Tok > 8 && o.Neg {
				t.Errorf("%s in the second sentence read as negated", o.Concept)
			}
			if o.Tok < 3 && o.Concept == "fee" && !o.Neg {
				t.Errorf("the first sentence's fee read as charged")
			}
		}
	}
}

// A binding FAQ whose later part deletes a question with its answer and
// replaces it with "[Intentionally Omitted]": the right the answer gave
// is gone.
func TestFAQQuestionReplacedByOmission(t *testing.T) {
	rg := read(t, "# Schedule 4 — Bedrock FAQ\n\nThis Schedule is made between Kestrel Ltd (\"Customer\") and Amazon Web Services, Inc. (\"AWS\") and binds both.\n\n"+
		"## PART B\n\n### Q10. Can we cancel Provisioned Throughput commitments?\n\n"+
		"Yes. Customer may cancel any PT commitment on thirty (30) days' written notice where (a) the foundation model is materially deprecated, or (b) Customer moves the workload to another model on Amazon Bedrock.\n\n"+
		"## PART C: CHANGES AGREED ON 2 JUNE 2026\n\nC.1 Question 10 and its answer are deleted in their entirety and replaced with:\n\n> **Q10.** [Intentionally Omitted]\n")
	for _, c := range rg.Frames().PTCancellation {
		if c.InForce && c.Kind == "right" {
			t.Errorf("the deleted answer's right stands: %+v", c)
		}
	}
}

// A correction after the agreed terms ("Correction to item 7 of the
// agreed terms: the notice period is sixty-one (61) days, not sixty (60)
// days.", "Item 7: the notice period is sixty (60) days instead of
// ninety (90) days.") changes the item's figure.
func TestCorrectionOfAnItem(t *testing.T) {
	rg := readText(t, "Message 1 of 2\nFrom: Tomas Ferreira (AWS)\nSubject: AGREED TERMS - Kestrel / AWS Bedrock addendum (final)\n\n"+
		"As agreed on the call, the terms below are final.\n\nAGREED TERMS\n\n"+
		"6. Token counting. Billable tokens are counted by the model's tokenizer.\n\n"+
		"7. PT cancellation. Kestrel may cancel any Provisioned Throughput commitment on sixty (60) days' written notice if (a) the underlying model is materially deprecated, or (b) Kestrel moves the workload to another model on Amazon Bedrock.\n\n"+
		"8. Data. AWS does not use Kestrel's prompts or completions to train any foundation model.\n\n"+
		"Message 2 of 2\nFrom: Tomas Ferreira (AWS)\nSubject: RE: AGREED TERMS - correction\n\n"+
		"Correction to item 7 of the agreed terms, as confirmed on this morning's call: the notice period is sixty-one (61) days, not sixty (60) days.\n")
	days := 0.0
	for _, c := range rg.Frames().PTCancellation {
		if c.InForce && c.Kind == "right" && c.NoticeDays > 0 {
			days = c.NoticeDays
		}
	}
	if days != 61 {
		t.Errorf("notice in force %v days, want 61", days)
	}
	rg = readText(t, "Message 1 of 2\nFrom: Tomas Ferreira (AWS)\nSubject: AGREED TERMS\n\nAs agreed on the call, the terms below are final.\n\nAGREED TERMS\n\n"+
		"6. Token counting. Billable tokens are counted by the model's tokenizer.\n\n"+
		"7. PT cancellation. Kestrel may cancel any Provisioned Throughput commitment on ninety (90) days' written notice if (a) the underlying model is materially deprecated, or (b) Kestrel moves the workload to another model on Amazon Bedrock.\n\n"+
		"8. Data. AWS does not use Kestrel's prompts or completions to train any foundation model.\n\n"+
		"======================================================================\nMessage 2 of 2\nFrom: Priya Raman (Kestrel)\nSubject: RE: AGREED TERMS\n"+
		"----------------------------------------------------------------------\n\nTomas,\n\nThe agreed terms are the items in your e-mail, except that:\n\n"+
		"(a) Item 7 (PT cancellation): the notice period is sixty (60) days instead of ninety (90) days.\n\nPriya\n")
	days = 0
	for _, c := range rg.Frames().PTCancellation {
		if c.InForce && c.Kind == "right" && c.NoticeDays > 0 {
			days = c.NoticeDays
		}
	}
	if days != 60 {
		t.Errorf("\"sixty (60) days instead of ninety (90) days\": notice in force %v days, want 60", days)
	}
}

// An amending agreement that quotes each clause of an agreement it does
// not contain "as it presently reads" and then amends it: the quotation
// is that clause here. A deletion removes it, and an insertion "after the
// words …" goes into it.
func TestAmendingWhatIsQuotedAsItReads(t *testing.T) {
	rg := readText(t, "SECOND AMENDMENT AGREEMENT\nto the Amazon Bedrock Addendum between Amazon Web Services EMEA SARL (\"AWS\") and Karoo Mining Ltd (the \"Customer\")\n\n"+
		"1. INTERPRETATION\n\n1.1 Words defined in the Addendum have the same meanings in this Second Amendment Agreement.\n\n"+
		"3. TOKENS\n\n3.1 Clause 4.2 of the Addendum presently reads as follows:\n\n\"4.2 System prompts and tool definitions are billable input tokens.\"\n\n"+
		"3.3 Clause 4.3 of the Addendum presently reads as follows:\n\n\"4.3 Structured output schemas supplied with a request are excluded from billable tokens.\"\n\n"+
		"3.4 Clause 4.3 of the Addendum is hereby deleted in its entirety and the words \"4.3 Intentionally omitted.\" are substituted therefor.\n\n"+
		"4. DATA\n\n4.1 Clause 9.1 of the Addendum presently reads as follows:\n\n\"9.1 AWS shall not use Prompts or Completions to train any Foundation Model.\"\n\n"+
		"4.2 Clause 9.1 of the Addendum is hereby amended by the insertion, immediately after the words \"to train any Foundation Model\", of the words \", save that AWS may use Prompts and Completions to evaluate and improve the Service\".\n")
	if got := elementsInForce(rg); got["output_schemas"] {
		t.Errorf("the deleted clause 4.3 still counts output schemas: %v", got)
	}
	swallowed := false
	for _, tr := range rg.Frames().Training {
		swallowed = swallowed || tr.InForce && (tr.Swallowed || tr.Effect == "permission")
	}
	if !swallowed {
		t.Errorf("the inserted \"save that AWS may use … to improve\" is not read: %+v", rg.Frames().Training)
	}
}

// A residency promise made only where the customer uses another service
// ("Where Customer uses Amazon Q Business, …") is that service's.
func TestResidencyOfAnotherServiceByCondition(t *testing.T) {
	rg := read(t, "# Bedrock Addendum\n\nThis Addendum is made between Kestrel Ltd (\"Customer\") and Amazon Web Services, Inc. (\"AWS\").\n\n"+
		"## 7. Data\n\n7.1 AWS will not use Customer Content to train any foundation model.\n\n"+
		"7.3 Where Customer uses Amazon Q Business, Customer's index data and conversation history are stored and processed only in the eu-central-1 Region.\n")
	for _, r := range rg.Frames().Residency {
		if r.InForce && r.Effect == "promise" {
			t.Errorf("another service's residency read as Bedrock's: %+v", r)
		}
	}
}

// A new section quoted in the instruction that inserts it is read as one
// sentence; what its first item excludes from training is what that item
// names, not the data its next item keeps in the Region.
func TestQuotedNewSectionItems(t *testing.T) {
	rg := readText(t, "AMENDMENT No. 2 to the Amazon Bedrock Addendum between Amazon Web Services, Inc. (\"AWS\") and Kestrel Ltd (\"Customer\")\n\n"+
		"3. AMENDMENTS\n\n3.4 The following is inserted as a new Section 4.7:\n\n"+
		"    \"4.7 Customer Data.\n    (a) AWS will not use Customer Prompts to train or improve any\n        foundation model.\n"+
		"    (b) AWS will process Customer Prompts and model completions only in the\n        AWS Region specified for that commitment.\"\n")
	for _, tr := range rg.Frames().Training {
		if tr.InForce && slices.Contains(tr.Covers, "completions") {
			t.Errorf("the training exclusion read as covering completions: %+v", tr)
		}
	}
	p := mustReader(t).r.parse("(a) AWS will not use Customer Prompts to train any model. (b) AWS will process Customer Prompts and model completions only in the Region.", nil)
	for _, pr := range p.props {
		for _, o := range pr.occs {
			if o.Concept == "completions" && o.Neg {
				t.Errorf("the next item's completions read as negated")
			}
		}
	}
}

// A line whose opening status says it is not agreed ("STILL OPEN (not
// agreed) - …") binds nobody.
func TestStatusLeadOpen(t *testing.T) {
	rg := readText(t, "RECAP OF AGREED POINTS\n\nBetween Amazon Web Services, Inc. (\"AWS\") and Kestrel Ltd (\"Customer\").\n\n"+
		"6. Billable tokens are counted by the model's tokenizer. System prompts count as billable input tokens. Tool definitions count as billable input tokens.\n\n"+
		"13. STILL OPEN (not agreed) - How structured output (JSON) schemas are counted.\n")
	if got := elementsInForce(rg); got["output_schemas"] || !got["system_prompts"] {
		t.Errorf("elements in force %v: the open point is read as agreed", got)
	}
}

// Terms given "per" or "following" a section of another document the
// draft does not contain are deferred there.
func TestDeferredPerAnotherDocument(t *testing.T) {
	for _, s := range []string{
		"Counting of system prompts, tool definitions and output schemas per Section 3 of the Bedrock Addendum.",
		"Token metering for standard deployments follows Section 3 of the Bedrock Addendum.",
	} {
		rg := read(t, "# Amendment\n\nThis Amendment is made between Microsoft Corporation (\"Microsoft\") and Kestrel Ltd (\"Customer\").\n\n## 7. Tokens\n\n7.1 "+s+"\n")
		found := false
		for _, tc := range rg.Frames().TokenCounting {
			found = found || tc.Deferred
		}
		if !found {
			t.Errorf("%q: not read as deferred to the other document: %+v", s, rg.Frames().TokenCounting)
		}
	}
}

// A price given as a share of the published price is a discount of the
// rest ("Customer pays 75% of the published on-demand rate" is 25% off);
// batch inference at half the on-demand price is batch's own price, and
// "a discount of 60% of …" is no share paid.
func TestShareOfPublishedPrice(t *testing.T) {
	for _, c := range []struct {
		sentence string
		want     []float64
	}{
		{"Customer pays 75% of the published on-demand rate for each model.", []float64{25}},
		{"Bedrock usage is charged at eighty-two per cent (82%) of the published on-demand price.", []float64{18}},
		{"Batch inference is billed at fifty per cent of the Published Price for on-demand inference of the same model.", nil},
	} {
		rg := read(t, "# Bedrock Addendum\n\nThis Addendum is made between Kestrel Ltd (\"Customer\") and Amazon Web Services, Inc. (\"AWS\").\n\n## 3. Pricing\n\n3.1 Customer commits to USD 2,000,000 of Amazon Bedrock charges in each year.\n\n3.2 "+c.sentence+"\n")
		var got []float64
		for _, d := range rg.Frames().Discount {
			if d.InForce {
				got = append(got, d.Percent)
			}
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: discounts %v, want %v", c.sentence, got, c.want)
		}
	}
}

// "No." before a number abbreviates "number": no negation.
func TestNumberAbbreviationIsNoNegation(t *testing.T) {
	for _, s := range []string{
		"(As amended by Amendment No. 1.) The Bedrock commitment lasts exactly as long as the EDP.",
		"Under Order Form No 4 the Bedrock commitment lasts exactly as long as the EDP.",
	} {
		p := mustReader(t).r.parse(s, nil)
		if len(p.cues["negation"]) > 0 || slices.ContainsFunc(p.props, func(pr *prop) bool { return pr.negated }) {
			t.Errorf("%q read as negated", s)
		}
	}
	if p := mustReader(t).r.parse("No fee is payable for an import.", nil); !p.props[0].negated {
		t.Errorf("a negative subject lost")
	}
}

// A duty followed by ", it being the intention of the Parties that …"
// binds: the absolute phrase says why, it is no mere intention.
func TestIntentionAfterTheDuty(t *testing.T) {
	rg := read(t, "# Bedrock Addendum\n\nThis Addendum is made between Kestrel Ltd (\"Customer\") and Amazon Web Services, Inc. (\"AWS\").\n\n## 2. Commitment\n\n"+
		"2.1 Customer commits to USD 2,000,000 of Amazon Bedrock charges in each Commitment Year.\n\n"+
		"2.3 The Bedrock Commitment Term shall commence on 1st April, 2026 and shall end on the date on which the EDP Term expires, it being the intention of the Parties that the Bedrock Commitment Term be co-terminous with the EDP Term.\n")
	aligned := false
	for _, c := range rg.Frames().Commitment {
		aligned = aligned || c.InForce && c.Aligned
	}
	if !aligned {
		t.Errorf("the term's alignment with the EDP is not read as binding: %+v", rg.Frames().Commitment)
	}
}

// "Service credits … do not apply to …": credits denied, not granted.
func TestCreditsDeniedBySubject(t *testing.T) {
	rg := read(t, "# Pricing Schedule\n\nThis Schedule is made between Kestrel Ltd (\"Customer\") and Amazon Web Services, Inc. (\"AWS\").\n\n## Part 4\n\n"+
		"Table 3\n\n| Item | Year 1 | Year 2 |\n|---|---|---|\n| Provisioned Throughput monthly availability commitment | 99,9 % ⁶ | 99,9 % ⁶ |\n\n"+
		"⁶ Service credits and other remedies do not apply to the availability commitment in Table 3.\n")
	for _, s := range rg.Frames().PTSLA {
		if s.InForce && s.Credits {
			t.Errorf("credits read as granted: %+v", s)
		}
	}
}

// Minutes whose schedule is headed as the agreed terms ("Schedule 1 —
// Agreed Bedrock Terms"): the record around it binds nobody.
func TestMinutesWithAgreedSchedule(t *testing.T) {
	rg := read(t, "# Minutes — Bedrock Commercial Working Session No. 3\n\n**Minute-taker:** Jana Wolters (Lindqvist)\n\n"+
		"## 4. Token metering\n\n4.1 Mr Nakamura explained that system prompts, tool definitions and structured output schemas are all counted as input tokens today.\n\n"+
		"## Schedule 1 — Agreed Bedrock Terms\n\nS1.1 Amazon Web Services EMEA SARL (\"AWS\") will give Lindqvist Handel GmbH (\"Lindqvist\") 180 days' notice before a model it uses is retired.\n\n"+
		"S1.2 Billable tokens are counted by the tokenizer of the model invoked; system prompts are billable input tokens.\n")
	if got := elementsInForce(rg); got["output_schemas"] || got["tool_definitions"] || !got["system_prompts"] {
		t.Errorf("elements in force %v: want the schedule's only", got)
	}
}

// An instruction that replaces a section of an agreement the draft does
// not contain, describing what the old section held ("under which AWS
// committed to 99.9% … backed by service credits"), states no term.
func TestInstructionDescribingTheOldSection(t *testing.T) {
	rg := read(t, "# Amendment No. 1 to the Amazon Bedrock Addendum\n\nThis Amendment is made between Kestrel Ltd (\"Customer\") and Amazon Web Services, Inc. (\"AWS\").\n\n"+
		"## 5. Deletion of Section 9\n\nSection 9 of the Addendum (Provisioned Throughput Service Level), under which AWS committed to a Monthly Uptime Percentage of 99.9% for each Provisioned Throughput endpoint backed by service credits of 10% and 25% of monthly Provisioned Throughput charges, is deleted in its entirety and replaced with:\n\n"+
		"> **9. [Intentionally Omitted.]**\n\nAny cross-reference in the Addendum to Section 9 is to be read as having no effect.\n")
	for _, s := range rg.Frames().PTSLA {
		if s.InForce && (s.Credits || len(s.Levels) > 0) {
			t.Errorf("the deleted section's description read as a term: %+v", s)
		}
	}
}

// A paragraph of bullets under a lead-in paragraph that refuses them ("we
// are not able to agree the following, and they do not form part of the
// renewal:") lists asks refused: no term, neither granted nor ruled out.
func TestBulletsUnderARefusingLead(t *testing.T) {
	rg := readText(t, "From: Tomas Ferreira (AWS)\nTo: Priya Raman (Kestrel)\nSubject: Bedrock renewal\n\nPriya,\n\n"+
		"4. Points from your email of 2 September that are not agreed\n\n"+
		"We looked hard at the rest of your list, but we are not able to agree the following, and they do not form part of the renewal:\n\n"+
		"  - tiered Provisioned Throughput pre-purchase credits;\n  - a credit when a foundation model you use is retired; and\n  - a price-match clause against your Anthropic direct quotation.\n")
	f := rg.Frames()
	for _, m := range f.ModelLifecycle {
		if m.InForce && (m.Remedy || m.NoRemedy) {
			t.Errorf("a refused ask read as a term: %+v", m)
		}
	}
}

// "Residency" names a topic; a promise of where data stays names the
// place.
func TestResidencyNamesAPlace(t *testing.T) {
	for _, c := range []struct {
		sentence string
		promise  bool
	}{
		{"| 12 | Training on Customer data; residency | Agreed (training). AWS will not use Customer's prompts or completions to train any foundation model. |", false},
		{"| 12 | Data | Customer Content shall reside only in the EU Regions and AWS will not use it to train any foundation model. |", true},
	} {
		rg := read(t, "# Issues list\n\nBetween Kestrel Ltd (\"Customer\") and Amazon Web Services, Inc. (\"AWS\").\n\n| No. | Issue | Resolution |\n|---|---|---|\n"+c.sentence+"\n")
		promise := false
		for _, r := range rg.Frames().Residency {
			promise = promise || r.InForce && r.Effect == "promise"
		}
		if promise != c.promise {
			t.Errorf("%q: residency promise %v, want %v", c.sentence, promise, c.promise)
		}
	}
}

// "Only" restricts a proposition wherever it stands when there is no verb
// ("Customer Content processed and stored only in the EU Regions").
func TestRestrictiveOnly(t *testing.T) {
	r := mustReader(t).r
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Customer Content processed and stored only in the EU Regions.", true},
		{"Customer Content is stored only in the EU Regions.", true},
	} {
		p := r.parse(c.text, nil)
		if got := slices.ContainsFunc(p.props, func(pr *prop) bool { return pr.restrictive }); got != c.want {
			t.Errorf("%q: restrictive %v, want %v", c.text, got, c.want)
		}
	}
}

// "Standard Term 3.2 is deleted and replaced with: "…"": a clause named by
// a label the reference reader does not know, in the subject before the
// verb, is the target when the draft has a clause so numbered; where it has
// none, the instruction is reported and what it names is never met.
func TestReplacedByLabelledNumber(t *testing.T) {
	form := "# ORDER FORM\n\nBetween Kestrel Ltd (\"Customer\") and Amazon Web Services, Inc. (\"AWS\").\n\n" +
		"## SPECIAL TERMS\n\n**ST-1 Precedence.** These Special Terms prevail over the Standard Terms below.\n\n" +
		"**ST-2 Token counting.** Standard Term 3.2 is deleted and replaced with: \"3.2 System prompts are counted as billable input tokens. Output tokens are counted as generated by the model.\"\n\n" +
		"## STANDARD TERMS\n\n3. Token counting.\n\n3.1 Billable tokens are counted with the tokenizer of the model invoked.\n\n" +
		"3.2 System prompts, tool definitions and structured output schemas submitted with a request are each counted as billable input tokens.\n"
	rg := read(t, form)
	if got := elementsInForce(rg); got["output_schemas"] || got["tool_definitions"] || !got["system_prompts"] {
		t.Errorf("after Standard Term 3.2 is replaced: %v, want system prompts only", got)
	}
	missing := strings.Replace(form, "Standard Term 3.2 is", "Standard Term 3.7 is", 1)
	rg = read(t, missing)
	if len(rg.Notices) == 0 {
		t.Errorf("a replacement of a term the draft does not hold gives no notice")
	}
}

// An element named in a sentence that says the parties did not agree on it
// is left open, not addressed, even in a row agreed in part.
func TestElementLeftOpen(t *testing.T) {
	head := "# Issues list\n\nBetween Kestrel Ltd (\"Customer\") and Amazon Web Services, Inc. (\"AWS\").\n\n| No. | Issue | Resolution |\n|---|---|---|\n"
	for _, c := range []struct {
		row  string
		want bool
	}{
		{"| 9 | Token counting | Agreed in part. Billable input tokens are the tokens in each request as counted by the model's tokenizer and include the system prompt and any tool definitions. The parties did not agree how structured output schemas are treated. |", false},
		{"| 9 | Token counting | Agreed in part. Billable input tokens are the tokens in each request as counted by the model's tokenizer and include the system prompt and any tool definitions. Structured output schemas are not counted as billable tokens. |", true},
	} {
		if got := elementsInForce(read(t, head+c.row+"\n"))["output_schemas"]; got != c.want {
			t.Errorf("%q: output schemas addressed %v, want %v", c.row, got, c.want)
		}
	}
}

// A negation that governs an agreement cue makes it a refusal.
func TestNegatedAgreement(t *testing.T) {
	r := mustReader(t).r
	for _, c := range []struct {
		text             string
		rejected, agreed bool
	}{
		{"The parties did not agree how structured output schemas are treated.", true, false},
		{"The cap has not yet been agreed.", true, false},
		{"The parties agreed that output schemas are not counted.", false, true},
	} {
		p := r.scan(c.text)
		if got := len(p.cues["rejected"]) > 0; got != c.rejected {
			t.Errorf("%q: rejected %v, want %v", c.text, got, c.rejected)
		}
		if got := len(p.cues["agreed"]) > 0; got != c.agreed {
			t.Errorf("%q: agreed %v, want %v", c.text, got, c.agreed)
		}
	}
}

// In a thread, newest message first, a short reply that confirms the terms
// of another message ("All other items in my list of 2 May (below) stand
// unchanged and are final") makes that list the agreement.
func TestShortConfirmationOfAList(t *testing.T) {
	thread := "# Thread export (newest first)\n\n---\n\n## 1. RE: Bedrock terms\n\n**From:** Dana Lee <dl@amazon.example>\n**To:** Kim Roe <kr@kestrel.example>\n**Date:** 6 May 2026\n\n" +
		"Kim,\n\nConfirmed on behalf of Amazon Web Services, Inc. All items in my list of 2 May (below) stand unchanged and are final. That closes the negotiation. Our contracts team will prepare the Bedrock addendum to Kestrel's EDP on that basis.\n\nDana\n\n" +
		"> Dana Lee | Account Executive | Amazon Web Services, Inc. | AWS Region Lead, Asia Pacific\n\n---\n\n" +
		"## 2. Bedrock terms\n\n**From:** Dana Lee <dl@amazon.example>\n**To:** Kim Roe <kr@kestrel.example>\n**Date:** 2 May 2026\n\n" +
		"Kim,\n\nHere is AWS's list for the Bedrock addendum. I have answered your asks inline where we could not agree.\n\n" +
		"**1. Token metering.** Billable tokens are counted by the model's tokenizer. System prompts and tool definitions are billable input tokens. Structured output schemas are not billed.\n\n" +
		"**2. Model lifecycle.** AWS will give 180 days' notice before it deprecates a model Kestrel uses. *(Your ask for a migration credit: not agreed.)*\n\n" +
		"**3. Data.** AWS will not use Kestrel's prompts or completions to train any foundation model.\n\n" +
		"**4. Custom Model Import.** Kestrel may import its fine-tuned models with no per-import fee beyond hosting charges.\n\nDana\n\n---\n\n" +
		"## 3. Bedrock asks\n\n**From:** Kim Roe <kr@kestrel.example>\n**To:** Dana Lee <dl@amazon.example>\n**Date:** 28 April 2026\n\n" +
		"Dana,\n\nOur asks: a migration credit when a model is deprecated; PT cancellation on 30 days' notice; a price match against Azure OpenAI.\n\nKim\n"
	rg := read(t, thread)
	if got := elementsInForce(rg); !got["output_schemas"] || !got["system_prompts"] {
		t.Errorf("the confirmed list's token metering is not in force: %v", got)
	}
}

// A definition whose meaning is in the items under it ("… it means only:"
// over "(a) …; and (b) Outputs.") takes them, and the narrowing sentence
// after them narrows it: the promise over Customer Content then covers
// completions, not prompts.
func TestDefinitionByItemsNarrowed(t *testing.T) {
	const tail = "\n\n1.2 \"Prompt\" means any input that Customer sends to a model in an inference request.\n\n1.3 \"Output\" means the completion that a model returns to Customer.\n\n" +
		"## 2. Data\n\n2.1 AWS will not use Customer Content to train any foundation model.\n"
	for _, c := range []struct{ name, def string }{
		{"it means", "1.1 \"Customer Content\" has a narrower meaning in this Addendum than in the AWS Customer Agreement. In this Addendum it means only:\n  (a) documents that Customer uploads to Bedrock; and\n  (b) Outputs.\nCustomer Content does not include Prompts."},
		{"means over items", "1.1 \"Customer Content\" means:\n  (a) documents that Customer uploads to Bedrock; and\n  (b) Outputs.\nCustomer Content does not include Prompts."},
	} {
		rg := read(t, "# Addendum\n\n## 1. Definitions\n\n"+c.def+tail)
		tr := inForce(rg.Frames().Training, func(x Training) Base { return x.Base })
		if len(tr) != 1 || !slices.Equal(tr[0].Covers, []string{"completions"}) {
			t.Errorf("%s: training %+v, want completions only", c.name, tr)
		}
	}
}

// What a counting frame is not: a throughput rate ("measured in tokens per
// minute") and the noun "token counts" among recorded metrics; the verb
// ("tokens count as input") still is.
func TestTokenCountingNotRateOrMetric(t *testing.T) {
	for _, c := range []struct {
		sentence string
		want     bool
	}{
		{"Each Model Unit provides a defined throughput, measured in tokens per minute, for the Foundation Model to which it is assigned.", false},
		{"AWS may record operational metrics such as request counts, latency and token counts.", false},
		{"The tokens of a system prompt count as billable input tokens.", true},
		{"Each token counts as one billable input token, including those of the system prompt.", true},
	} {
		rg := read(t, "# Bedrock Addendum\n\nBetween Kestrel Ltd (\"Customer\") and Amazon Web Services, Inc. (\"AWS\").\n\n## 5. Terms\n\n5.1 "+c.sentence+"\n")
		got := len(inForce(rg.Frames().TokenCounting, func(x TokenCounting) Base { return x.Base })) > 0
		if got != c.want {
			t.Errorf("%q: token counting %v, want %v", c.sentence, got, c.want)
		}
	}
}

// A deprecation named as an item of a lead-in that gives a right to cancel
// Provisioned Throughput is the right's trigger (C3), no lifecycle term
// (C2), even where a note splits the lead-in into several sentences.
func TestDeprecationItemOfCancellation(t *testing.T) {
	rg := read(t, "# Bedrock Addendum\n\nBetween Kestrel Ltd (\"Customer\") and Amazon Web Services, Inc. (\"AWS\").\n\n## 5. Provisioned Throughput\n\n"+
		"5.3 The Bank may cancel a PT Commitment, without charge, by giving AWS sixty (60) days' written notice. AWS has confirmed the period is acceptable; Treasury to confirm. The notice may be given where:\n\n"+
		"(a) the Foundation Model concerned is materially deprecated, withdrawn or designated legacy; or\n\n"+
		"(b) the Bank's use shifts from that Foundation Model to a different Foundation Model on Bedrock.\n")
	if lc := inForce(rg.Frames().ModelLifecycle, func(x ModelLifecycle) Base { return x.Base }); len(lc) > 0 {
		t.Errorf("a cancellation trigger read as a lifecycle term: %+v", lc)
	}
}

// An order of precedence that says a lower part's "notwithstanding" does
// not displace a higher part decides between them: the schedule's
// "Notwithstanding clause 7.1 of the General Terms" right does not
// supersede the General Terms' non-cancellable commitment.
func TestRankOverNotwithstanding(t *testing.T) {
	gen := "# SERVICES AGREEMENT\n\nBetween Kestrel Ltd (\"Customer\") and Amazon Web Services, Inc. (\"AWS\").\n\n# PART A GENERAL TERMS\n\n## 1. Structure\n\n" +
		"1.3 **Order of precedence.** If there is any conflict between the documents forming this Agreement, they rank in the following descending order: (a) these General Terms; (b) Schedule 3. The higher-ranking document prevails to the extent of the inconsistency.%s\n\n" +
		"## 7. Commitments\n\n7.1 Provisioned Throughput purchased for Amazon Bedrock is a firm commitment. It is non-cancellable and non-refundable.\n\n" +
		"# SCHEDULE 3 AI SERVICES (AMAZON BEDROCK)\n\n5.3 Notwithstanding clause 7.1 of the General Terms, Customer may cancel any PT commitment on sixty (60) days' written notice where (a) AWS materially deprecates the model, or (b) Customer moves the workload to another model on Amazon Bedrock.\n"
	superseded := func(rg *Reading) bool {
		for _, c := range rg.Frames().PTCancellation {
			if c.Clause == "PART A/7.1" && c.SupersededBy != "" {
				return true
			}
		}
		return false
	}
	if !superseded(read(t, fmt.Sprintf(gen, ""))) {
		t.Errorf("without words on it, the schedule's notwithstanding supersedes nothing")
	}
	if superseded(read(t, fmt.Sprintf(gen, " A Schedule does not vary or displace any provision of these General Terms, even where the Schedule states that it applies notwithstanding that provision."))) {
		t.Errorf("a notwithstanding the order of precedence denies its force supersedes the General Terms")
	}
}

// A memo comparing a draft with the signed text: the "Draft 3" column of
// its table and a sentence telling what Draft 3 had are the old wording,
// no term; the executed text is.
func TestDraftVersionIsOldWording(t *testing.T) {
	const head = "# MEMORANDUM\n\nChanges between Draft 3 of the Amazon Bedrock Addendum between Lindqvist Bank (\"Customer\") and Amazon Web Services EMEA SARL (\"AWS\") and the executed Addendum.\n\n"
	noFee := func(md string) bool {
		for _, c := range inForce(read(t, md).Frames().CustomImport, func(x CustomImport) Base { return x.Base }) {
			if c.NoFee && c.Binding {
				return true
			}
		}
		return false
	}
	table := head + "## 2. Summary\n\n| § | Topic | Draft 3 | Executed Addendum |\n|---|---|---|---|\n" +
		"| 7 | Custom model import | Customer may import custom models with no per-import fee beyond infrastructure charges | Customer may import custom models into Amazon Bedrock |\n"
	if noFee(table) {
		t.Errorf("the Draft 3 column read as a term")
	}
	told := head + "## 7. Term\n\nThe term is unchanged.\n\n## 8. Custom model import (§7)\n\nDraft 3 §7 had two sentences: the import right, and a statement that \"no per-import or per-model fee applies beyond the infrastructure charges for storing and running the imported model\". AWS deleted the second sentence. The executed clause now reads, in full:\n\n> \"7.1 The Customer may import custom models derived from open-weight models into Amazon Bedrock using Custom Model Import.\"\n"
	if noFee(told) {
		t.Errorf("what Draft 3 had read as a term")
	}
	if !noFee(head + "## 8. Custom model import\n\nCustomer may import custom models into Amazon Bedrock; no per-import or per-model fee applies beyond the infrastructure charges for running the imported model.\n") {
		t.Errorf("the fee term itself is not read")
	}
}

// A chat export whose lines open "[2026-03-06 09:20] Name:" is a thread
// of messages: an engineer's remark is no term beside the pinned agreed
// terms, and an "not included in this deal:" list with its items in one
// sentence leaves them out.
func TestDatedChatAndInlineExclusionList(t *testing.T) {
	chat := "Chat export - channel #kestrel-aws-bedrock\nMembers: Kim Roe (Kestrel), Dana Lee (AWS)\n\n" +
		"[2026-03-02 08:41] Kim Roe: Opening this channel for the Bedrock commit.\n\n" +
		"[2026-03-06 09:20] Dana Lee: On metering, for the engineers: the system prompt is counted as input, and so are tool definitions. Output schemas depend on the feature you use.\n\n" +
		"[2026-03-06 09:40] Kim Roe: Parking metering; we'll rely on the docs.\n\n" +
		"PINNED MESSAGE\n\nFINAL AGREED TERMS - Kestrel Ltd / AWS - Amazon Bedrock commitment\n\n" +
		"1. Commitment. Kestrel commits to USD 2,400,000 of Amazon Bedrock spend, inside Kestrel's EDP.\n\n" +
		"2. Data use. AWS will not use Kestrel's prompts or completions to train any foundation model.\n\n" +
		"3. Not included in this deal: PT pre-purchase credits; migration credits; token metering definitions; Guardrails pricing.\n"
	if tc := inForce(read(t, chat).Frames().TokenCounting, func(x TokenCounting) Base { return x.Base }); slices.ContainsFunc(tc, func(x TokenCounting) bool { return x.Binding }) {
		t.Errorf("token counting read as agreed: %+v", tc)
	}
}

// A plain-English addendum: "you" is the party its name says, not the AWS
// its description mentions ("whose AWS accounts are linked"); a defined
// "Bedrock" that leaves out other services "even when you use those
// services alongside Bedrock" still means Bedrock; so "You commit to spend
// at least US$4,200,000 on Bedrock" is the customer's Bedrock commitment.
func TestWeYouPartiesAndSelfNamingTerm(t *testing.T) {
	md := "# Amazon Bedrock Addendum\n\n## 1. Who we are\n\n1.1 In this addendum, \"we\", \"us\" and \"our\" mean Amazon Web Services, Inc. \"You\" and \"your\" mean Fernhill Mutual Assurance Company and any of its affiliates whose AWS accounts are linked to your EDP payer account.\n\n" +
		"1.4 \"Bedrock\" means the Amazon Bedrock service, including on-demand inference and Provisioned Throughput. Bedrock does not include Amazon Q Business or Amazon SageMaker AI, even when you use those services alongside Bedrock.\n\n" +
		"## 2. Your Bedrock commitment\n\n2.1 You commit to spend at least US$4,200,000 on Bedrock in each Commitment Year.\n"
	rg := read(t, md)
	found := false
	for _, st := range rg.Statements {
		if strings.HasPrefix(st.Text, "You commit") {
			found = true
			if st.Actor != Customer {
				t.Errorf("%q: actor %q, want the customer", st.Text, st.Actor)
			}
		}
	}
	if !found {
		t.Fatalf("no statement \"You commit …\"")
	}
	if len(inForce(rg.Frames().Commitment, func(x Commitment) Base { return x.Base })) == 0 {
		t.Errorf("no Bedrock commitment read")
	}
}

// A defined term whose definition sends the reader to a schedule the draft
// does not hold carries that dangling reference wherever it is used: "will
// receive Service Credits", with "Service Credit" calculated under a
// missing Schedule 4, grants no credits in force. A definition that cites a
// clause of another document ("section 116 of the Companies Act") does not.
func TestDefinitionWithMissingSchedule(t *testing.T) {
	md := "# Amazon Bedrock Addendum\n\nBetween Kestrel Ltd (\"Customer\") and Amazon Web Services, Inc. (\"AWS\"). This Addendum has Schedules 1 to 3.\n\n" +
		"## 1. Definitions\n\n1.1 **\"Service Credit\"** means a credit against Provisioned Throughput charges, calculated in accordance with Schedule 4.\n\n" +
		"## 6. Provisioned Throughput\n\n6.3 AWS commits that each PT Commitment will be available for at least 99.9% of the minutes in each calendar month. If AWS does not meet that commitment in a month, Customer will receive Service Credits.\n"
	credits := func(md string) bool {
		for _, s := range inForce(read(t, md).Frames().PTSLA, func(x PTSLA) Base { return x.Base }) {
			if s.Credits && len(s.MissingRefs) == 0 {
				return true
			}
		}
		return false
	}
	if credits(md) {
		t.Errorf("credits under a missing Schedule 4 read as granted")
	}
	other := strings.Replace(md, "calculated in accordance with Schedule 4", "as defined in section 116 of the Companies Act", 1)
	if !credits(other) {
		t.Errorf("a definition citing another document's section voids the credits")
	}
}

// An amendment laid out as "Clause | Current text | Amended text" over a
// clause the draft does not hold: the current text is what goes, the
// amended text is the term.
func TestCurrentAndAmendedColumns(t *testing.T) {
	md := "# Amendment No. 3 to the Amazon Bedrock Addendum\n\nBetween Kestrel Ltd (\"Customer\") and Amazon Web Services, Inc. (\"AWS\").\n\n## 2. Table of amendments\n\n" +
		"| Clause | Current text | Amended text |\n|---|---|---|\n" +
		"| 3.1 Token counting | Billable tokens are counted by the tokenizer of the model invoked and include system prompts, tool definitions and structured output schemas. | Billable tokens are counted by the tokenizer of the model invoked. Tool definitions supplied with a request are counted as input tokens. Structured output schemas are not counted. |\n"
	if got := elementsInForce(read(t, md)); got["system_prompts"] || !got["tool_definitions"] || !got["output_schemas"] {
		t.Errorf("elements %v: want the amended text's, without system prompts", got)
	}
}

// A chat export whose senders carry their side in brackets ("[2026-03-24
// 18:02] Dana Lee (AWS, Account Manager):"), with a final offer and a
// reply that accepts it by name ("we accept Offer v3 as posted"): the offer
// is the agreement, the opening offer it replaced is not.
func TestChatAcceptsNamedOffer(t *testing.T) {
	chat := "Shared channel export: #kestrel-aws-bedrock\n\n" +
		"[2026-03-02 10:04] Dana Lee (AWS, Account Manager):\nHere is our opening position. Offer v1:\n" +
		"  1. Token counting: system prompts and tool definitions count as input tokens; structured output schemas are not billed.\n\n" +
		"[2026-03-10 09:00] Kim Roe (Kestrel):\nThanks, we will review.\n\n" +
		"[2026-03-24 18:02] Dana Lee (AWS, Account Manager):\nOFFER v3 - FINAL. This is the complete set of commercial terms. It replaces v1 and v2 in full.\n" +
		"  1. Bedrock commitment: $9.0M over the EDP renewal term, as one dollar pool.\n" +
		"  2. AWS will not use Kestrel's prompts or completions to train any foundation model.\n" +
		"  3. Kestrel may import fine-tuned Llama models with no per-import fee beyond hosting charges.\n\n" +
		"[2026-04-08 17:38] Kim Roe (Kestrel):\nFormal reply on behalf of Kestrel: we accept Offer v3 as posted on 24 March. Please send the paper for signature.\n"
	rg := read(t, chat)
	if tc := inForce(rg.Frames().TokenCounting, func(x TokenCounting) Base { return x.Base }); slices.ContainsFunc(tc, func(x TokenCounting) bool { return x.Binding }) {
		t.Errorf("the replaced offer's token counting read as agreed: %+v", tc)
	}
	if !slices.ContainsFunc(inForce(rg.Frames().CustomImport, func(x CustomImport) Base { return x.Base }), func(x CustomImport) bool { return x.Binding && x.NoFee }) {
		t.Errorf("the accepted offer's import term not read as agreed")
	}
}

// Definitions in the middle of a paragraph ("In this item, "Customer
// Content" means …"), several in one sentence separated by "; (ii)", and a
// reference to an item a clause holds in its own text ("Section 3.01(a)",
// 3.01 reading "(a) …").
func TestDefinitionFormsAndInlineItemRef(t *testing.T) {
	const parties = "# Order Form\n\nBetween Kestrel Ltd (\"Customer\") and Amazon Web Services, Inc. (\"AWS\").\n\n"
	rg := read(t, parties+"## 6. Data\n\n6.1 In this item, \"Customer Content\" means the prompts and files that Customer submits to Bedrock, and \"Outputs\" means the completions that Bedrock returns. Outputs are not Customer Content. AWS does not use Customer Content to train foundation models.\n")
	tr := inForce(rg.Frames().Training, func(x Training) Base { return x.Base })
	if len(tr) != 1 || !slices.Equal(tr[0].Covers, []string{"prompts"}) {
		t.Errorf("training %+v: want prompts only", tr)
	}
	rg = read(t, parties+"## 3. Token counting\n\n3.01 (a) Billable tokens are counted by the tokenizer of the model invoked, subject to Section 3.01(c).\n\n"+
		"(b) In this Order Form, (i) \"System Prompt\" means instructions submitted in the system role; (ii) \"Tool Definition\" means the schema of a tool made available to a model; and (iii) \"Structured Output Schema\" means a JSON schema supplied to constrain an output.\n\n"+
		"(c) For the purposes of Section 3.01(a): System Prompts are counted as input tokens.\n")
	for _, d := range rg.Definitions {
		if d.Term == "System Prompt" && slices.Contains(d.Concepts, "tool_definition") {
			t.Errorf("one definition read into the next: %+v", d)
		}
	}
	if got := elementsInForce(rg); !got["system_prompts"] {
		t.Errorf("elements %v: the item citing Section 3.01(a) voided", got)
	}
}

// What an earlier version said, told with the version as subject, is old
// wording whatever the verb of telling.
func TestVersionPastVerbs(t *testing.T) {
	for _, s := range []string{
		"Draft 3 §7 had two sentences: the import right, and a statement that \"no per-import fee applies\".",
		"Draft 3 §3 set out a complete token-counting methodology: system prompts and tool definitions included in billable input tokens.",
		"The previous draft provided that AWS would give 90 days' notice.",
	} {
		if !oldWording(s) {
			t.Errorf("%q: not read as old wording", s)
		}
	}
	if oldWording("Draft terms are binding once signed.") {
		t.Errorf("a sentence about drafts in general read as old wording")
	}
}

// A tracker's "Round 1 - ask" and "Round 2 - AWS response" columns beside
// "Final - agreed" record positions; only the final column is the term.
func TestRoundColumns(t *testing.T) {
	md := "# Bedrock tracker\n\nBetween Kestrel Ltd (\"Customer\") and Amazon Web Services, Inc. (\"AWS\").\n\n## Tracker\n\n" +
		"| Row | Topic | Round 1 - Kestrel ask | Round 2 - AWS response | Final - agreed |\n|---|---|---|---|---|\n" +
		"| 12 | Custom model import | Import of Llama derivatives with no per-import fee. | Import allowed; no per-import fee beyond hosting. | Not included in this addendum. |\n"
	for _, c := range inForce(read(t, md).Frames().CustomImport, func(x CustomImport) Base { return x.Base }) {
		if c.Binding && c.NoFee {
			t.Errorf("a round's position read as the term: %q", c.Quote)
		}
		// (and a final cell "Not included in this addendum" leaves the
		// row's subject out: no right either)
		if c.Binding && c.Right {
			t.Errorf("a subject the final cell leaves out read as granted: %q", c.Quote)
		}
	}
}

// A row that names a Bedrock commitment and gives its amount is one, even
// where its note says it counts toward the EDP commitment; a row that says
// there is none is not.
func TestNamedBedrockCommitRow(t *testing.T) {
	const head = "# Order Form\n\nBetween Kestrel Ltd (\"Customer\") and Amazon Web Services, Inc. (\"AWS\").\n\n## SECTION A - BEDROCK COMMITMENT\n\n"
	bedrock := func(md string) bool {
		for _, c := range inForce(read(t, md).Frames().Commitment, func(x Commitment) Base { return x.Base }) {
			if c.Bedrock {
				return true
			}
		}
		return false
	}
	table := "| Line | Item | Model family | Commit (USD) | Notes |\n|---|---|---|---|---|\n" +
		"| A1 | Bedrock on-demand commit | Anthropic Claude | 1,650,000 | Counts toward EDP commit |\n" +
		"| A2 | Bedrock on-demand commit | Meta Llama | 450,000 | Counts toward EDP commit |\n"
	if !bedrock(head + table) {
		t.Errorf("a row naming a Bedrock commit with its amount read as no Bedrock commitment")
	}
	if bedrock(head + "| Item | Term |\n|---|---|\n| Bedrock commitment | None. There is no Bedrock-specific spend commitment; Bedrock charges count towards the general EDP spend. |\n") {
		t.Errorf("a row saying there is no Bedrock commitment read as one")
	}
}

// A sentence about the draft's own term counts for the commitment's term
// when its subject is the draft under a hyphenated name ("The Call-Off
// Contract … runs for the same period as the EDP"), under a name of its own
// after "this" ("This Framework Agreement … It runs …", "This
// Memorandum"), its renewal term, or the commitment term itself.
func TestDocTermSubjects(t *testing.T) {
	for _, s := range []string{
		"3.1 The Call-Off Contract starts on the Call-Off Start Date and runs for the same period as the EDP, ending on the same day as the EDP ends.",
		"3.1 The renewal term of the 2025 Addendum runs for the same period as the renewed EDP and ends on the same day as the renewed EDP.",
		"3.1 The Commitment Term begins on the Effective Date and runs for the same period as the EDP, ending on the same day as the EDP.",
		// the draft by a name of two words, and the pronoun after it
		"3.1 This Framework Agreement enters into force on signature. It runs for the same period as the EDP and ends on the same day as the EDP.",
		"3.1 This Memorandum remains in force for the same period as the EDP and ends on the same day as the EDP.",
	} {
		md := "# Order Form\n\nBetween Kestrel Ltd (\"Customer\") and Amazon Web Services, Inc. (\"AWS\").\n\n## 2. Commitment\n\n2.1 Customer commits to spend USD 2,000,000 on Amazon Bedrock in each Commitment Year.\n\n## 3. Term\n\n" + s + "\n"
		aligned := false
		for _, c := range inForce(read(t, md).Frames().Commitment, func(x Commitment) Base { return x.Base }) {
			aligned = aligned || c.Bedrock && c.Aligned
		}
		if !aligned {
			t.Errorf("%q: the commitment's term not read as aligned with the EDP", s)
		}
	}
}

// "Appendix 2, table 1 is replaced by:" takes the old table 1 (its caption
// and its rows) out of Appendix 2; the new one is read where it is given.
func TestTableReplaced(t *testing.T) {
	md := "# Bedrock Agreement\n\nBetween Kestrel Ltd (\"Customer\") and Amazon Web Services, Inc. (\"AWS\").\n\n## 4. Prices\n\n4.1 Customer commits to spend USD 2,000,000 on Amazon Bedrock in each contract year, counting towards its EDP commitment.\n\n" +
		"# Appendix 2 – Prices\n\n**Table 1 – On-demand, per 1,000,000 tokens (Published Rate minus 16 %)**\n\n| Model | Input | Output |\n|---|---:|---:|\n| Claude 3.7 Sonnet | 17.26 | 86.31 |\n\n" +
		"# CR-002\n\n1. Appendix 2, table 1 is replaced by:\n\n**Table 1 – On-demand, per 1,000,000 tokens (Published Rate minus 18 %)**\n\n| Model | Input | Output |\n|---|---:|---:|\n| Claude 3.7 Sonnet | 16.85 | 84.25 |\n"
	for _, d := range inForce(read(t, md).Frames().Discount, func(x Discount) Base { return x.Base }) {
		if d.Percent == 16 {
			t.Errorf("the replaced table's discount is still in force: %q", d.Quote)
		}
	}
}

// A pronoun that is the object of a second predicate ("… may retain
// completions … and … may use them to improve the models") stands for the
// data the first one named; with no data named before it, it stands for
// nothing.
func TestDataPronounInSecondPredicate(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string // covers of the vendor's permission, nil: none
	}{
		{"completions then them", "AWS may retain completions and request metadata for up to thirty (30) days and, after removing direct identifiers, may use them to evaluate and improve the foundation models.", []string{"completions"}},
		{"prompts then it", "AWS may store each prompt for 24 hours and may use it to train the models.", []string{"prompts"}},
		{"no data before the pronoun", "AWS may publish a model roadmap each quarter and may update it to train the models it offers.", nil},
		{"data named in the condition", "To the extent AWS obtains access to Prompts or Completions, AWS may use them to train the models.", []string{"completions", "prompts"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			rg := read(t, "# Addendum\n\n## 1. Data\n\n1.1 "+c.text+"\n")
			var got []string
			for _, f := range rg.Frames().Training {
				if f.Effect == "permission" {
					got = append(got, f.Covers...)
				}
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("permission covers %v, want %v", got, c.want)
			}
		})
	}
}

// A row of a table of terms is about what its label says: the price-match
// credit of the row "Benchmark and price match" is no service credit of
// the row on PT availability above it, whichever of its sentences says
// "credit".
func TestPriceMatchRowCreditIsNoServiceCredit(t *testing.T) {
	rg := read(t, "# Call-Off\n\n## Part B Special Terms\n\n| Number | Subject | Special Term |\n|---|---|---|\n"+
		"| ST7 | Provisioned Throughput availability | The Supplier shall achieve availability of 99.9% for Provisioned Throughput model units. Service Credits apply as set out in Paragraph 9 of Call-Off Schedule 14. |\n"+
		"| ST10 | Benchmark and price match | During its market engagement the Buyer obtained a written quotation from Microsoft for Azure OpenAI Service for the Benchmark Workload (the \"Benchmark Quotation\"). If, in any calendar quarter, the Charges for the Benchmark Workload exceed the price that would have been payable under the Benchmark Quotation, the Supplier shall credit the difference against the next invoice. |\n")
	levels := false
	for _, f := range rg.Frames().PTSLA {
		if f.Credits {
			t.Errorf("a service credit read: %+v", f)
		}
		levels = levels || slices.Contains(f.Levels, 99.9)
	}
	if !levels {
		t.Error("the 99.9% level of ST7 not read")
	}
}

// A remark on what a text lacks is no term of it; "no exception to this
// clause" is a term.
func TestSilenceRemark(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"There is no token-counting provision in the signed Addendum.", true},
		{"The Addendum contains no service credit clause.", true},
		{"Section 4 does not say how JSON schemas are treated.", true},
		{"There is no exception to this clause, including upon the retirement of the model.", false},
		{"There is no other clause on this subject.", false},
		{"AWS will not use prompts to train any model.", false},
	} {
		if got := silence(c.s); got != c.want {
			t.Errorf("silence(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// In a memo on a signed text, what "our draft" said is a proposal, not a
// term.
func TestMemoDraftSubject(t *testing.T) {
	rg := read(t, "MEMORANDUM\n\nRe: summary of the signed Bedrock Addendum\n\n"+
		"3.6 Our draft Section 4 set out how billable tokens would be counted and stated that system prompts, tool definitions and response schemas would be excluded.\n\n"+
		"3.7 Billable tokens are counted by the tokenizer of the model, and system prompts are included.\n")
	for _, f := range rg.Frames().TokenCounting {
		if f.Binding && len(f.Elements) > 1 {
			t.Errorf("the draft's counting binds: %+v", f)
		}
	}
}

// Special conditions that "prevail over the Standard Terms printed below"
// (said with a pronoun, "They prevail …") outrank the terms under the
// caption that titles them, numbered afresh.
func TestSpecialConditionsOverPrintedStandardTerms(t *testing.T) {
	rg := readText(t, "PURCHASE ORDER - AMAZON BEDROCK PROVISIONED THROUGHPUT\n\nSPECIAL CONDITIONS\n\n"+
		"SC1  Precedence. These Special Conditions form part of this Purchase Order. They prevail over the Standard Terms and Conditions of Purchase printed below (the \"Standard Terms\").\n\n"+
		"SC2  Availability. Supplier commits that Provisioned Throughput will be available at a Monthly Uptime Percentage of at least 99.9%. If it is not, Supplier shall credit 10% of that month's Provisioned Throughput charges.\n\n"+
		"ACME GMBH - STANDARD TERMS AND CONDITIONS OF PURCHASE (EDITION 03/2024)\n\n"+
		"1.  Scope. These terms apply to every purchase order.\n\n"+
		"12. Service levels. Unless the Purchase Order states otherwise, services are provided with reasonable skill and care and no availability commitment applies.\n")
	best := 0
	for _, f := range rg.Frames().PTSLA {
		if f.BestEffort {
			best++
			if f.InForce {
				t.Errorf("the standard term's best efforts stand against SC2: %+v", f)
			}
		}
	}
	if best == 0 {
		t.Error("the best efforts of standard term 12 not read")
	}
	if n := rg.PrecedenceNotes(); len(n) != 1 || !strings.Contains(n[0], "the body prevails over ACME GMBH - STANDARD TERMS") {
		t.Errorf("precedence %q", n)
	}
}

// A sentence about the credit ("the Migration Credit is calculated without
// counting any amount refunded") grants it; "AWS shall not provide any
// migration credit" and "No credit is payable" rule it out.
func TestRemedyAsSubject(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool // no remedy
	}{
		{"Where a model reaches end-of-life, the Migration Credit is calculated without counting any amount refunded to Customer.", false},
		{"Where a model reaches end-of-life, AWS shall not provide any migration credit to Customer.", true},
		{"Where a model reaches end-of-life, no migration credit is payable to Customer.", true},
	} {
		rg := read(t, "# Addendum\n\n## 5. Model lifecycle\n\n5.1 "+c.text+"\n")
		got := false
		for _, f := range rg.Frames().ModelLifecycle {
			got = got || f.NoRemedy
		}
		if got != c.want {
			t.Errorf("%q: no remedy %v, want %v", c.text, got, c.want)
		}
	}
}

// Minutes of a meeting report what was said: "Members asked why no
// migration credit had been secured" rules no remedy out; the terms the
// minutes approve and quote still bind.
func TestMinutesReportDiscussion(t *testing.T) {
	rg := read(t, "# ACME PLC\n\n## Minutes of a meeting of the Procurement Committee\n\n"+
		"### 4. Discussion\n\n4.1 Members asked why no migration credit had been secured for model end-of-life.\n\n"+
		"### 5. Approved terms\n\n5.1 AWS will give Customer not less than one hundred and eighty (180) days' written notice before any foundation model reaches end-of-life.\n")
	notice := false
	for _, f := range rg.Frames().ModelLifecycle {
		if f.NoRemedy && f.Binding {
			t.Errorf("a question of the members rules the remedy out: %+v", f)
		}
		notice = notice || f.Notice && f.Binding
	}
	if !notice {
		t.Error("the approved notice does not bind")
	}
}

// A sentence that carries earlier terms over unchanged, or leaves a topic
// to be settled later, states no term of its own.
func TestCarriedOverOrLeftForLater(t *testing.T) {
	for _, c := range []struct{ name, draft string }{
		{"continues to apply unchanged", "# Renewal letter\n\n## 3. TOKEN COUNTING (SECTION 3)\n\nSection 3 (Token Counting) continues to apply unchanged.\n"},
		{"a title marked unchanged", "RENEWAL LETTER\n\n4. Token counting (unchanged)\n\n   Billable tokens will continue to be counted as before.\n"},
		{"to be settled", "# Addendum\n\n## 2. Billing\n\n2.1 Token counting will be settled before your first invoice.\n"},
	} {
		t.Run(c.name, func(t *testing.T) {
			rg := readAs(t, "draft.txt", c.draft)
			for _, f := range rg.Frames().TokenCounting {
				if f.InForce {
					t.Errorf("a counting term in force: %+v", f)
				}
			}
		})
	}
	// what a sentence states stays, beside the words "continues to apply"
	rg := read(t, "# Addendum\n\n## 2. Charges\n\n2.1 Charges are invoiced monthly.\n\n## 3. Tokens\n\n3.1 Billable tokens are counted by the model's tokenizer, and system prompts are included; Section 2 continues to apply to all other charges.\n")
	if f := rg.Frames().TokenCounting; len(f) == 0 || !f[0].InForce {
		t.Errorf("the counting of 3.1 is not in force: %+v", f)
	}
}

// "including system prompts" in a promise about the use of data lists what
// the data covers; it says nothing of how tokens are billed. In a
// definition of what is billed it does.
func TestIncludingInUseOfDataIsNoCounting(t *testing.T) {
	rg := read(t, "# Heads of terms\n\n## 9. Data\n\n9.1 AWS will not use Customer's prompts or completions (including system prompts, retrieved context and model outputs) to train or improve any foundation model.\n")
	if f := rg.Frames().TokenCounting; len(f) > 0 {
		t.Errorf("token counting read: %+v", f)
	}
	rg = read(t, "# Addendum\n\n## 3. Tokens\n\n3.1 Billable input tokens are all tokens sent in a request, including system prompts and tool definitions.\n")
	got := map[string]bool{}
	for _, f := range rg.Frames().TokenCounting {
		for _, e := range f.Elements {
			got[e] = true
		}
	}
	if !got["system_prompts"] || !got["tool_definitions"] {
		t.Errorf("elements of the billed tokens: %v", got)
	}
}

// A sentence that names token counting as absent states no rule of it;
// one that says an element is not counted does.
func TestTokenCountingNamedAsAbsent(t *testing.T) {
	rg := read(t, "# Response\n\n## 3. Compliance\n\n3.1 AWS does not offer customer-specific contractual terms on token metering.\n\n3.2 The asks on token counting have been dropped and will not appear in the amendment.\n")
	if f := rg.Frames().TokenCounting; len(f) > 0 {
		t.Errorf("token counting read: %+v", f)
	}
	rg = read(t, "# Addendum\n\n## 3. Tokens\n\n3.1 System prompts are not counted as billable input tokens.\n")
	if f := rg.Frames().TokenCounting; len(f) != 1 || !slices.Equal(f[0].Elements, []string{"system_prompts"}) {
		t.Errorf("the system prompts' treatment not read: %+v", f)
	}
}

// A heading read as the first line of its clause, over "[Reserved.]", is
// an omitted clause; a bracketed note under a term leaves the term.
func TestHeadingLineOverReservedMark(t *testing.T) {
	rg := readText(t, "AMENDMENT No. 2\n\nArt. 2 – Commitment\n\nCustomer commits to spend USD 1,000,000 on Amazon Bedrock.\n\nArt. 3 – Token counting methodology\n\n[Reserved.]\n\nArt. 4 – Notes\n\nBillable tokens are counted by the tokenizer of the model.\n[AWS to confirm the tokenizer.]\n")
	omitted := false
	for _, o := range rg.Omitted {
		omitted = omitted || strings.Contains(o.Clause, "ART. 3")
	}
	if !omitted {
		t.Errorf("Art. 3 not omitted: %+v", rg.Omitted)
	}
	for _, f := range rg.Frames().TokenCounting {
		if strings.Contains(f.Clause, "Art. 3") {
			t.Errorf("the reserved clause counts tokens: %+v", f)
		}
	}
}

// An exception whose decision line says it was rejected changes nothing;
// the same exception accepted does.
func TestRejectedExceptionChangesNothing(t *testing.T) {
	for decision, want := range map[string]float64{"Rejected": 30, "Accepted": 90} {
		rg := readText(t, "AGREEMENT\n\nPART II - SPECIAL TERMS\n\nS5 PROVISIONED THROUGHPUT\n\nS5.1 Customer may cancel any Provisioned Throughput commitment on one (1) calendar month's written notice if the model is deprecated or if Customer moves the workload to another Bedrock model.\n\n"+
			"PART III - EXCEPTIONS\n\n  X1  Section S5.1\n      Replace \"one (1) calendar month's\" with \"three (3) months'\".\n      KESTREL: "+decision+"\n")
		var got []float64
		for _, f := range rg.Frames().PTCancellation {
			if f.InForce {
				got = append(got, f.NoticeDays)
			}
		}
		if len(got) == 0 || slices.ContainsFunc(got, func(d float64) bool { return d != want }) {
			t.Errorf("%s: notice days in force %v, want %v", decision, got, want)
		}
	}
}

// "Row 7.3 (…) is deleted and replaced with the following: "7.3 …"": the
// row so labelled goes, its new wording stands.
func TestRowDeletedAndReplaced(t *testing.T) {
	rg := read(t, "# Order Form\n\n## 7. Service Terms\n\n| Ref | Topic | Term |\n|---|---|---|\n"+
		"| 7.2 | Data | AWS will keep Customer data in the selected Region. |\n"+
		"| 7.3 | Cancellation of PT commitments | Customer may cancel a Provisioned Throughput commitment on ninety (90) days' written notice if the model is deprecated or if Customer moves the workload to another model on Amazon Bedrock. |\n\n"+
		"# SIDE LETTER\n\n1. **Row 7.3 (Cancellation of PT commitments)** is deleted and replaced with the following:\n\n"+
		"   \"7.3 Customer may cancel a Provisioned Throughput commitment on sixty (60) days' written notice if the model is deprecated or if Customer moves the workload to another model on Amazon Bedrock.\"\n")
	var got []float64
	for _, f := range rg.Frames().PTCancellation {
		if f.InForce {
			got = append(got, f.NoticeDays)
		}
	}
	if len(got) == 0 || slices.Contains(got, 90) {
		t.Errorf("notice days in force %v, want only 60", got)
	}
}

// "available to serve requests … for not less than 99.9% of the minutes in
// each calendar month" is a level of availability; "100% of the monthly
// fee" is a credit.
func TestAvailableToServeShareOfMinutes(t *testing.T) {
	rg := readText(t, "ADDENDUM\n\n1. Service level\n\n1.1 PT Availability: each PT Commitment shall be available to serve requests at its rated throughput for not less than 99.9% of the minutes in each calendar month.\n")
	f := rg.Frames().PTSLA
	if len(f) != 1 || !slices.Equal(f[0].Levels, []float64{99.9}) {
		t.Errorf("PT SLA %+v, want a 99.9%% level", f)
	}
}

// A term the draft names for itself that runs with the EDP ("The
// Production Term starts on … It runs for the same period as the EDP")
// carries the commitment with it; "Each Commitment Year is a twelve-month
// period" is a part of the term, not a term of its own; the EDP's own
// term named ("the EDP Term") is no term of the draft.
func TestNamedDealTermAligned(t *testing.T) {
	commit := "## 2. Commitment\n\n2.1 Customer commits to spend USD 2,000,000 on Amazon Bedrock in each Commitment Year.\n\n"
	for _, c := range []struct {
		name, term string
		want       bool
	}{
		{"pronoun after a named term", "## 1. Term\n\n1.1 The Production Term starts on the Production Start Date. It runs for the same period as the EDP and ends on the same day as the EDP. Each Commitment Year is a twelve-month period.\n\n", true},
		{"the EDP's term named", "## 1. Term\n\n1.1 The Production Term starts on 1 July 2026 and lasts thirty-six (36) months. The EDP Term ends on the same day as the EDP.\n\n", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			rg := read(t, "# Addendum\n\n"+c.term+commit)
			got := false
			for _, f := range rg.Frames().Commitment {
				got = got || f.Bedrock && f.Aligned && !f.Independent
			}
			if got != c.want {
				t.Errorf("aligned %v, want %v: %+v", got, c.want, rg.Frames().Commitment)
			}
		})
	}
}

// A table of changes that names the clause in one column and gives the
// change without it in another applies each accepted row to each clause
// it names; a row its status holds back changes nothing.
func TestChangeTableRows(t *testing.T) {
	rg := read(t, "# Agreement\n\n## 3. Charges\n\n3.2 Customer's use of Amazon Bedrock is charged at 16 % below List Price.\n\n"+
		"## 4. Provisioned Throughput\n\n4.1 Customer may cancel a Provisioned Throughput commitment on ninety (90) days' notice if the model is deprecated or if Customer moves the workload to another Bedrock model.\n\n"+
		"# CHANGE REQUEST NO. 1\n\n| Item | Clause | Change | Status |\n|---|---|---|---|\n"+
		"| 1 | 3.2 | \"16 %\" is replaced with \"18,5 %\". | Accepted |\n"+
		"| 2 | 4.1 | \"ninety (90) days'\" is replaced with \"sixty (60) days'\". | Not accepted |\n")
	var pct []float64
	for _, f := range rg.Frames().Discount {
		if f.InForce {
			pct = append(pct, f.Percent)
		}
	}
	if !slices.Equal(pct, []float64{18.5}) {
		t.Errorf("discounts in force %v, want [18.5]", pct)
	}
	for _, f := range rg.Frames().PTCancellation {
		if f.InForce && f.NoticeDays != 90 {
			t.Errorf("the change not accepted applied: %+v", f)
		}
	}
}

// A discount the usage is said not to get is no discount of it.
func TestDiscountDenied(t *testing.T) {
	rg := read(t, "# Addendum\n\n## 3. Pricing\n\n3.3 Bedrock usage is not eligible for the general EDP discount of six per cent (6%). Instead, Bedrock on-demand usage is billed at eighteen per cent (18%) below the published on-demand rates.\n")
	var pct []float64
	for _, f := range rg.Frames().Discount {
		pct = append(pct, f.Percent)
	}
	if !slices.Equal(pct, []float64{18}) {
		t.Errorf("discounts %v, want [18]", pct)
	}
}

// A section whose heading says it was not agreed ("OPTIONS DISCUSSED (NOT
// AGREED UNLESS REPEATED IN PART 5)") records proposals: nothing in it
// binds; the agreed part does.
func TestNotAgreedHeading(t *testing.T) {
	rg := readText(t, "RECORD OF NEGOTIATION CALL\n\n4. OPTIONS DISCUSSED (NOT AGREED UNLESS REPEATED IN PART 5)\n\n"+
		"4.1  Guardrails. AWS offered Guardrails at USD 0.10 per 1,000 text units, falling to USD 0.05 above 100 million text units a month.\n\n"+
		"5. FINAL AGREED POSITIONS\n\n5.1  Guardrails. Guardrails are charged at the published rates.\n")
	for _, f := range rg.Frames().Guardrails {
		if f.Sliding && f.Binding {
			t.Errorf("the offer of 4.1 binds: %+v", f)
		}
	}
}

// A note over a table that says some of its columns bind nobody ("The
// "Tessaro position" and "AWS position" columns are recorded for reference
// only. They … have no contractual effect.") leaves the agreed column
// binding.
func TestNoteOnColumnsLeavesTableBinding(t *testing.T) {
	rg := read(t, "# Negotiation Record\n\n## How to read this record\n\n"+
		"The table below records each party's position and any text agreed. The \"Tessaro position\" and \"AWS position\" columns are recorded for reference only. They are without prejudice and have no contractual effect.\n\n"+
		"## Round 3 table\n\n| # | Item | Tessaro position | AWS position | Agreed text |\n|---|---|---|---|---|\n"+
		"| 7 | Token counting | All excluded. | All included. | \"Billable tokens are counted by the model's tokenizer. System prompts are included; tool definitions are excluded.\" |\n")
	bound := false
	for _, f := range rg.Frames().TokenCounting {
		bound = bound || f.InForce && slices.Contains(f.Elements, "system_prompts")
	}
	if !bound {
		t.Errorf("the agreed text does not bind: %+v", rg.Frames().TokenCounting)
	}
}

// Schedules named by their titles in an order of precedence ("(a) the
// Service Level Schedule; (b) the AI Services Schedule") rank as named,
// not every schedule alike.
func TestScheduleNamedByTitle(t *testing.T) {
	rg := read(t, "# Master Agreement\n\n## 2. Interpretation\n\n2.3 If there is any conflict between the documents forming this Agreement, it is resolved in the following order of precedence, highest first:\n\n"+
		"   (a) the Service Level Schedule;\n   (b) the AI Services Schedule;\n   (c) Clauses 1 to 14 of this Agreement.\n\n"+
		"# SCHEDULE 3 AI SERVICES SCHEDULE\n\n3.4 AWS will make Provisioned Throughput available with a Monthly Uptime Percentage of at least 99.9% and will provide Service Credits for any month in which it fails to do so.\n\n"+
		"# SCHEDULE 4 SERVICE LEVEL SCHEDULE\n\n4.4 Provisioned Throughput is provided on a best-efforts basis and no Service Credits are available for it.\n")
	notes := strings.Join(rg.PrecedenceNotes(), "; ")
	if !strings.Contains(notes, "SCHEDULE 4 SERVICE LEVEL SCHEDULE prevails over SCHEDULE 3 AI SERVICES SCHEDULE") || strings.Contains(notes, "SCHEDULE 3 AI SERVICES SCHEDULE prevails over SCHEDULE 4") {
		t.Errorf("precedence %q", notes)
	}
	for _, f := range rg.Frames().PTSLA {
		if f.BestEffort && !f.InForce {
			t.Errorf("the Service Level Schedule's best efforts lost: %+v", f)
		}
	}
}

// Ballot boxes: an option marked "☐" is not chosen, a row neither of whose
// boxes is ticked settles nothing; "☑" chooses.
func TestBallotBoxes(t *testing.T) {
	rg := read(t, "# Order Form\n\n## Part 4 Token counting\n\nBillable tokens are counted using the tokenizer of the invoked model.\n\n"+
		"| Request component | Included in billable input tokens | Excluded from billable tokens |\n|---|---|---|\n"+
		"| System prompts | ☑ | ☐ |\n| Tool / function definitions | ☐ | ☐ |\n| Structured output schemas | ☐ | ☑ |\n")
	got := map[string]bool{}
	for _, f := range rg.Frames().TokenCounting {
		if f.InForce {
			for _, e := range f.Elements {
				got[e] = true
			}
		}
	}
	if !got["system_prompts"] || !got["output_schemas"] || got["tool_definitions"] {
		t.Errorf("elements in force %v, want system prompts and output schemas only", got)
	}
}

// A meaning given as a list of items is what every item is; "no charge …
// other than Infrastructure Charges", where those charges are defined to
// include a fee per imported model, charges that fee.
func TestItemizedDefinitionExceptedFee(t *testing.T) {
	rg := read(t, "# Addendum\n\n## 9. Custom Model Import\n\n9.1 Customer may import Custom Models into Amazon Bedrock.\n\n"+
		"9.2 Notwithstanding anything in the AWS Service Terms, no charge is payable for Custom Model Import other than Infrastructure Charges.\n\n"+
		"# ANNEX 1 DEFINITIONS\n\n**\"Infrastructure Charges\"** means, for each Custom Model imported by Customer: (a) the compute charges for the Custom Model Units on which it runs; (b) the storage charges for the model; and (c) a Model Onboarding Fee of USD 1,500, payable once for each model imported.\n")
	def := ""
	for _, d := range rg.Definitions {
		if d.Term == "Infrastructure Charges" {
			def = strings.Join(d.Concepts, " ")
		}
	}
	if !strings.Contains(def, "import_fee") {
		t.Errorf("Infrastructure Charges means %q, want the import fee among it", def)
	}
	charged := false
	for _, f := range rg.Frames().CustomImport {
		charged = charged || f.InForce && f.FeeCharged
	}
	if !charged {
		t.Errorf("no fee charged: %+v", rg.Frames().CustomImport)
	}
}

// Words of place that name none: "outside of its control", "arising out
// of", "residing with other instances", "in all applicable
// jurisdictions", and "the results of the Services" as no model output.
func TestNoPlaceNoOutput(t *testing.T) {
	r := mustReader(t)
	for _, c := range []struct{ text, concept string }{
		{"IBM is not responsible for any Outage outside of its control.", "out_of_region"},
		{"IBM will have no liability for any damages arising out of Customer's deviation.", "out_of_region"},
		{"a server residing with other instances on a physical server", "in_region"},
		{"all copyright clearances in all applicable jurisdictions", "region"},
		{"entities receiving or using the results of the Services", "completions"},
	} {
		p := r.r.scan(c.text)
		for _, k := range p.concepts {
			if k.name == c.concept {
				t.Errorf("%q reads %s", c.text, c.concept)
			}
		}
	}
	for _, c := range []struct{ text, concept string }{
		{"Customer Content will reside in the selected Region.", "in_region"},
		{"AWS will not move prompts outside the EU.", "out_of_region"},
	} {
		p := r.r.scan(c.text)
		if !slices.ContainsFunc(p.concepts, func(k match) bool { return k.name == c.concept }) {
			t.Errorf("%q does not read %s", c.text, c.concept)
		}
	}
}

// A heading a rendering ran into a block's text ("Changes at a glance"
// over "This table is a non-binding summary …") does not hide the note
// that the block binds nobody.
func TestInformationalAfterRunInHeading(t *testing.T) {
	rg := read(t, "# A\n\n1.1 Text.\n")
	text := "Changes at a glance\nThis table is a non-binding summary prepared for Customer's internal approvals. It does not form part of this Amendment.\nToken counting\tNot addressed\tAll counted"
	if !rg.informational(text) {
		t.Error("the summary table reads as binding")
	}
	if rg.informational("Changes at a glance\nThe parties agree the following changes.\nToken counting\tNot addressed\tAll counted") {
		t.Error("a binding table reads as informational")
	}
	// the note names the block, and the next sentence says so of it
	if !rg.informational("These notes were prepared by Customer's procurement team. They are included for convenience only and do not form part of this Amendment.\nRow 1: Moves the commitments into one pool.") {
		t.Error("notes that say they form no part of the amendment read as binding")
	}
	if rg.informational("3.1 AWS will invoice at 18% below the published price. The table shows the effect at signature; it is illustrative and the percentage in this Section 3.1 governs.\nModel\tRate") {
		t.Error("an illustrative table makes its clause's own terms informational")
	}
}

// A comparison table whose cells hold whole wordings ("Section | Old text
// | New text") states the new text only, each sentence a term of its own,
// and the section it names is its place, no reference to a missing clause.
func TestComparisonTableWholeText(t *testing.T) {
	rg := read(t, "# Amendment No. 3\n\n## 1. Amendments\n\n1.1 In each row of the Table of Changes, the new text replaces the old text.\n\n## 2. Table of Changes\n\n"+
		"| No. | Section | Old text | New text |\n|---|---|---|---|\n"+
		"| 4 | §4.1 Model Deprecation | AWS will give ninety (90) days' notice and a migration credit of 15%. | AWS may deprecate any foundation model at any time and without notice. Customer shall have no claim to any credit or other remedy. |\n"+
		"| 5 | §5.2 PT Cancellation | Customer may cancel PT commitments on sixty (60) days' notice if the model is deprecated or Customer moves to another model. | Customer may cancel a Provisioned Throughput commitment on sixty (60) days' notice only where both the model is deprecated and Customer has moved to another model. |\n")
	f := rg.Frames()
	for _, l := range inForce(f.ModelLifecycle, func(x ModelLifecycle) Base { return x.Base }) {
		if l.Remedy || l.Notice {
			t.Errorf("the old text is read: %+v", l)
		}
	}
	if !slices.ContainsFunc(inForce(f.ModelLifecycle, func(x ModelLifecycle) Base { return x.Base }), func(l ModelLifecycle) bool { return l.AtWill }) {
		t.Errorf("the new text's deprecation at will is not read: %+v", f.ModelLifecycle)
	}
	c := inForce(f.PTCancellation, func(x PTCancellation) Base { return x.Base })
	if len(c) != 1 || !c[0].Joint || len(c[0].MissingRefs) > 0 {
		t.Errorf("the new cancellation text, with both triggers, no reference away: %+v", c)
	}
	// the section it names is in the draft: its wording is replaced
	rg = read(t, "# Addendum\n\n## 5. Provisioned Throughput\n\n5.2 Customer may cancel PT commitments on sixty (60) days' notice if the model is deprecated or Customer moves to another model.\n\n## 6. Table of Changes\n\n"+
		"| No. | Section | Old text | New text |\n|---|---|---|---|\n"+
		"| 1 | 5.2 | Customer may cancel PT commitments on sixty (60) days' notice if the model is deprecated or Customer moves to another model. | Customer may cancel a Provisioned Throughput commitment on sixty (60) days' notice only where both the model is deprecated and Customer has moved to another model. |\n")
	for _, x := range inForce(rg.Frames().PTCancellation, func(x PTCancellation) Base { return x.Base }) {
		if !x.Joint {
			t.Errorf("section 5.2's old wording stays in force: %+v (notices %v)", x, rg.Notices)
		}
	}
}

// The clause an instruction amends, absent from the draft, holds back no
// term of the new words quoted for it ("Clause 10 (Customer Data) is
// varied as follows: "10.1 AWS will not use …"").
func TestAmendedTargetIsNoMissingReference(t *testing.T) {
	rg := read(t, "# Deed of Variation\n\n## 2. Variations\n\n2.4 Clause 10 (Customer Data) is varied as follows: clauses 10.1 and 10.2 are deleted and replaced with: \"10.1 AWS will not use the Customer's prompts or the completions generated in response to them to train any foundation model.\"\n")
	in := false
	for _, f := range rg.Frames().Training {
		in = in || f.InForce && f.Effect == "exclusion"
	}
	if !in {
		t.Errorf("the new 10.1 is not in force: %+v", rg.Frames().Training)
	}
	// a deferral to a clause the draft lacks still holds its term back
	rg = read(t, "# Addendum\n\n## 2. Data\n\n2.1 AWS will not use prompts or completions to train any model, as set out in clause 10.\n")
	for _, f := range rg.Frames().Training {
		if f.InForce {
			t.Errorf("a term behind a missing clause 10 is in force: %+v", f)
		}
	}
}

// Topics named as absent ("Not covered by these terms: custom model
// import, Provisioned Throughput pre-purchase and Guardrails pricing.",
// "the asks on PT pre-purchase credits have been dropped") state no term.
func TestTopicsNamedAsAbsent(t *testing.T) {
	rg := read(t, "# Agreed terms\n\n## 11. Scope\n\nNot covered by these terms: custom model import, Provisioned Throughput pre-purchase and Guardrails pricing.\n\n"+
		"## 12. Dropped\n\nFor the avoidance of doubt, the asks on PT pre-purchase credits have been dropped and will not appear in the amendment.\n")
	for _, f := range rg.Frames().PTPrepurchase {
		if f.InForce {
			t.Errorf("a pre-purchase term in force: %+v", f)
		}
	}
	for _, f := range rg.Frames().CustomImport {
		if f.InForce && f.Right {
			t.Errorf("an import right in force: %+v", f)
		}
	}
}

// A part cited by its title that the draft does not hold ("set out in
// Part 3 of the Pricing Schedule", the Pricing Schedule "not attached")
// holds the term back; one the draft defines by its rates does not.
func TestPartCitedByTitle(t *testing.T) {
	rg := read(t, "# Addendum\n\n## 1. Definitions\n\n- \"Pricing Schedule\" means our Amazon Bedrock Pricing Schedule, version 3.2. It is not attached to this addendum.\n\n"+
		"## 5. PT\n\n5.2 The pre-purchase pricing for Provisioned Throughput is set out in Part 3 of the Pricing Schedule.\n")
	for _, f := range rg.Frames().PTPrepurchase {
		if f.InForce {
			t.Errorf("a term behind the absent Pricing Schedule is in force: %+v", f)
		}
	}
	rg = read(t, "# Addendum\n\n## 11. Guardrails\n\n11.1 Amazon Bedrock Guardrails are charged in accordance with the Guardrails Rate Schedule.\n\n"+
		"# Annex 1\n\n\"Guardrails Rate Schedule\" means the following rates: USD 0.15 per 1,000 text units up to 1,000 million text units a month, and USD 0.10 per 1,000 text units above that.\n")
	for _, f := range rg.Frames().Guardrails {
		if len(f.MissingRefs) > 0 {
			t.Errorf("the defined Guardrails Rate Schedule read as missing: %+v", f)
		}
	}
}

// A noun with its relative clause after a comma ("…, model weights which
// Customer has derived from open-weight models") is the object of the verb
// before it, not a clause of its own: the right to bring in a model holds.
func TestRelativeClauseObject(t *testing.T) {
	rg := read(t, "# Special Terms\n\n## 9. Custom Models\n\n9.1 Customer may upload to the Service, and serve through its endpoints, model weights which Customer has derived from open-weight models, including Llama derivatives.\n")
	right := false
	for _, c := range rg.Frames().CustomImport {
		right = right || c.Right && c.Clause == "9.1"
	}
	if !right {
		t.Errorf("%+v: 9.1 gives a right to bring in the customer's models", rg.Frames().CustomImport)
	}
}

// A line's run-in heading ("- **[B] Refunds.** Prepaid … are refunded")
// names what the line is about and states nothing: it is the heading of
// the line's sentences, not a sentence that grants credits beside an SLA
// whose credits are in a schedule the draft does not hold.
func TestLineRunInHeading(t *testing.T) {
	rg := read(t, "# Term Sheet\n\n## 4. Models and capacity\n\n"+
		"- **[B] Refunds.** Prepaid Provisioned Throughput charges for the period after a cancellation are refunded within ten business days.\n"+
		"- **[B] Provisioned Throughput availability.** AWS commits to 99.9% monthly availability for each Provisioned Throughput model unit. Service credits for any shortfall are as set out in Section 12 of the Service Level Schedule.\n"+
		"- Agreed. AWS will publish model retirement dates.\n")
	for _, st := range rg.Statements {
		if strings.Contains(st.Text, "Refunds.") && !strings.Contains(st.Text, "Prepaid") {
			t.Errorf("statement %q: a run-in heading is no statement", st.Text)
		}
		if strings.HasPrefix(st.Text, "Prepaid") && !strings.HasPrefix(st.Heading, "[B] Refunds / ") {
			t.Errorf("heading %q: the line's run-in heading heads its sentence", st.Heading)
		}
	}
	agreed := false
	for _, st := range rg.Statements {
		agreed = agreed || strings.TrimSpace(st.Text) == "Agreed."
	}
	if !agreed {
		t.Error(`"Agreed." records a status: it is read, not taken for a heading`)
	}
	for _, s := range rg.Frames().PTSLA {
		if s.Credits {
			t.Errorf("%+v: the only credits are in a schedule the draft does not hold", s)
		}
	}
}

// Under a heading that names a commitment ("H.5.1 Firm commitment."), a
// sentence about PT commitments is about capacity bought, not the spend
// commitment: it says nothing of how the Bedrock commitment is pooled.
func TestHeadingCommitmentOfPT(t *testing.T) {
	rg := read(t, "# Addendum\n\n## 5. Capacity\n\n5.1 Firm commitment. No right of cancellation applies to any PT Commitment, and Customer's sole flexibility in respect of PT Commitments is to re-allocate them between models.\n")
	for _, c := range rg.Frames().Commitment {
		t.Errorf("%+v: no spend commitment is stated", c)
	}
}

// An amendment of "Section 2.3 of the Restated Addendum", where the draft
// defines the Restated Addendum as its Attachment 1, deletes 2.3 of that
// part, not the amendment's own 2.3; "Restated" in the name is no verb of
// replacing.
func TestAmendmentOfADefinedPart(t *testing.T) {
	rg := read(t, "# AMENDMENT NO. 2\n\n**1. Restatement.** The Original Addendum is amended and restated in the form of Attachment 1 (the \"**Restated Addendum**\").\n\n"+
		"**2. Modifications to the Restated Addendum.** The following modifications apply:\n\n"+
		"2.1 Section 2.3 of the Restated Addendum is deleted in its entirety.\n\n"+
		"2.2 In Section 9.2 of the Restated Addendum, the words \"twenty percent (20%)\" are deleted and replaced with \"twelve percent (12%)\".\n\n"+
		"2.3 The parties will sign a conformed copy.\n\n"+
		"# ATTACHMENT 1\n# AMENDED AND RESTATED ADDENDUM\n\n## 2. Token Metering\n\n2.1 Tokens are counted by the tokenizer of the model invoked.\n\n"+
		"2.3 Tool definitions and structured output schemas are excluded from billable input tokens.\n\n## 9. Pricing\n\n9.2 Usage is charged at twenty percent (20%) below the published rates.\n")
	var texts []string
	for _, st := range rg.Statements {
		texts = append(texts, st.Text)
	}
	all := strings.Join(texts, "\n")
	if strings.Contains(all, "Tool definitions and structured output schemas are excluded") {
		t.Errorf("2.3 of Attachment 1 is deleted:\n%s", all)
	}
	if !strings.Contains(all, "The parties will sign a conformed copy.") {
		t.Errorf("the amendment's own 2.3 stands:\n%s", all)
	}
	if !strings.Contains(all, "twelve percent (12%) below") {
		t.Errorf("9.2 of Attachment 1 reads 12%%:\n%s", all)
	}
}

// A sentence that names claims to credits and then excludes them rules the
// remedy out; it does not grant it.
func TestClaimsExcluded(t *testing.T) {
	rg := read(t, "# Zusatzvereinbarung\n\n§ 5 End of availability\n\n(1) AWS shall notify the Customer at least 365 Days before the end of availability of any Foundation Model.\n\n"+
		"(2) Further claims of the Customer arising from the end of availability of a Foundation Model, in particular claims to credits or to reimbursement of migration costs, are excluded.\n")
	for _, m := range rg.Frames().ModelLifecycle {
		if m.Remedy {
			t.Errorf("%+v: the claims to credits are excluded", m)
		}
	}
	no := false
	for _, m := range rg.Frames().ModelLifecycle {
		no = no || m.NoRemedy
	}
	if !no {
		t.Errorf("%+v: a remedy ruled out", rg.Frames().ModelLifecycle)
	}
}

// "Cancellation … of a PT Commitment … is excluded" denies the
// cancellation it names; it gives no right to it.
func TestCancellationExcluded(t *testing.T) {
	rg := read(t, "# Zusatzvereinbarung\n\n§ 6 Provisioned Throughput\n\n(1) PT Commitments are concluded for a term of one month or six months.\n\n"+
		"(2) Cancellation, reduction or early termination of a PT Commitment by the Customer during its term is excluded.\n")
	denied := false
	for _, c := range rg.Frames().PTCancellation {
		if c.Kind == "right" {
			t.Errorf("%+v: no right to cancel", c)
		}
		denied = denied || c.Kind == "denial"
	}
	if !denied {
		t.Errorf("%+v: the cancellation is excluded", rg.Frames().PTCancellation)
	}
}

// "Regardless of Model Provider or model family" makes the commitment
// independent of nothing in the EDP: beside "co-terminous with the EDP
// Term" the term stays aligned.
func TestRegardlessOfWhat(t *testing.T) {
	rg := read(t, "# Addendum\n\n## 2. Bedrock Commitment\n\n2.1 Customer commits to spend US$6,000,000 on Amazon Bedrock under the EDP in each Commitment Year (the \"Bedrock Commitment\").\n\n"+
		"2.2 Charges for any model, regardless of model provider or model family, count towards the Bedrock Commitment, and the EDP discount applies to them.\n\n"+
		"2.3 The Bedrock Commitment is co-terminous with the EDP Term.\n")
	for _, c := range rg.Frames().Commitment {
		if c.Independent {
			t.Errorf("%+v: nothing makes the commitment independent of the EDP", c)
		}
	}
}

// "You'll pay no more for the successor model than you paid for the retired
// one" is a comparison, not a negation: price protection on the successor,
// a remedy for the forced move.
func TestSplitComparisonIsNoNegation(t *testing.T) {
	rg := read(t, "# Terms\n\n## 4. When models retire\n\n4.1 If we retire a model you use, we'll tell you at least 180 days before.\n\n"+
		"4.2 For six months after the retirement date, you'll pay no more for the successor model we recommend than you paid per token for the retired model.\n")
	remedy := false
	for _, m := range rg.Frames().ModelLifecycle {
		remedy = remedy || m.Remedy
	}
	if !remedy {
		t.Errorf("%+v: price protection on the successor is a remedy", rg.Frames().ModelLifecycle)
	}
}

// "we'll discuss with you in good faith whether …" after a condition is
// the main clause, and binds nobody: the contracted "will" is its modal.
func TestContractedModalStartsTheMainClause(t *testing.T) {
	rg := read(t, "# Terms\n\n## 9. Vector storage\n\n9.2 If your OCU charges in any month are more than 30% higher than a year before, we'll discuss with you in good faith whether a cap on OCU pricing could be added.\n")
	for _, st := range rg.Statements {
		if st.Binding {
			t.Errorf("%q (subs %+v): a discussion in good faith binds nobody", st.Text, st.Subs)
		}
	}
}

// A heading whose aside says, after other words, that its block is "for
// convenience" or "not a contractual document" makes the block bind nobody.
func TestHeadingAsideAfterOtherWords(t *testing.T) {
	rg := read(t, "# Addendum\n\n## 6. Custom Model Import\n\n6. [Intentionally Omitted]\n\n"+
		"## Schedule of effect (prepared by Customer's legal team for convenience; not a contractual document)\n\n"+
		"| Addendum section | Amended by | Subject |\n|---|---|---|\n| 6 | First Amendment, para 4 | Customer may import custom models |\n")
	for _, st := range rg.Statements {
		if st.Binding && strings.Contains(st.Text, "import") {
			t.Errorf("%q binds: the schedule of effect is no contractual document", st.Text)
		}
	}
}

// A summary table named by its title elsewhere ("The Key Terms table at
// the head of this Addendum is a summary for convenience only") binds
// nobody; the clause that says so, and the precedence it gives, still bind.
func TestTitledSummaryTableForConvenience(t *testing.T) {
	rg := read(t, "# Addendum\n\n## Key Terms\n\n| Topic | Summary |\n|---|---|\n| Model end of life | 12 months' notice; migration credit of one month's spend |\n\n"+
		"## 1. Precedence\n\n1.2 The Key Terms table at the head of this Addendum is a summary for convenience only. It creates no rights or obligations of its own. "+
		"Where the Key Terms table and the body of this Addendum differ, the body prevails.\n\n## 6. Model Lifecycle\n\n[Reserved.]\n")
	mustHold(t, rg, "migration credit", "the body prevails")
	for _, st := range rg.Statements {
		if st.Binding && strings.Contains(st.Text, "migration credit") {
			t.Errorf("%q binds: the Key Terms table is for convenience only", st.Text)
		}
		if !st.Binding && strings.Contains(st.Text, "the body prevails") {
			t.Errorf("%q is read as %q: the clause about the table is a term", st.Text, st.Nonbinding)
		}
	}
}

// A table whose header row stands alone above its first topic heading:
// the rows under each topic are read under that header, so the parties'
// opening positions bind nobody and the agreed column is the term.
func TestHeaderCarriedToRowsUnderTopics(t *testing.T) {
	rule := strings.Repeat("-", 70)
	rg := readText(t, "POSITION PAPER\n\nA. STATUS\n\nA1. This paper records the positions of the parties.\n\nB. POSITIONS BY CLAUSE\n\nCustomer position        | AWS position               | Agreed\n"+rule+"\n"+
		"1. PT CANCELLATION\n"+
		"Cancel any PT commitment | PT commitments are         | Customer may cancel a PT\n"+
		"on 30 days' notice.      | non-cancellable.           | commitment on 60 days' notice if the model is deprecated.\n"+rule+"\n"+
		"2. CUSTOM MODEL IMPORT\n"+
		"Import with no fee.      | A one-time fee of USD 5,000 | Customer may import open-weight models with no per-import fee.\n"+
		"                         | per imported model.        |\n"+rule+"\n")
	for _, st := range rg.Statements {
		if st.Binding && (strings.Contains(st.Text, "non-cancellable") || strings.Contains(st.Text, "USD 5,000")) {
			t.Errorf("%q binds: an opening position is no term", st.Text)
		}
	}
	if f := rg.Frames(); !slices.ContainsFunc(f.PTCancellation, func(c PTCancellation) bool { return c.Kind == "right" && c.InForce }) {
		t.Errorf("%+v: the agreed column's right to cancel is the term", f.PTCancellation)
	}
}

// Instructions under a heading that names the document they amend
// ("SCHEDULE 1 - AMENDMENTS TO THE EDP ADDENDUM") change that document; where
// the draft holds no clause of theirs and no part of that name, nothing
// here changes and nothing in force is unknown. Where a part of the draft
// is headed with that name, a missing target is still unresolved.
func TestAmendmentsToAnotherDocument(t *testing.T) {
	sched := "# Deed of Amendment No. 2\n\n## 1. Operative\n\n1.1 The EDP Addendum is amended as set out in Schedule 1.\n\n" +
		"## SCHEDULE 1 - AMENDMENTS TO THE EDP ADDENDUM\n\nIn clause 9.1 (Service Levels), after the words \"the applicable AWS service level agreements\" insert \"and, for Provisioned Throughput, Schedule 3\".\n\n"
	slas := "## SCHEDULE 3 - PT SERVICE LEVELS\n\n1. AWS will make Provisioned Throughput available 99.9% of each month and will issue service credits if it does not.\n"
	rg := read(t, sched+slas)
	if u := rg.UnresolvedChecks(); len(u) != 0 {
		t.Errorf("an amendment of the EDP Addendum, which is not here, leaves nothing unknown: %v (notices %v)", u, rg.Notices)
	}
	rg = read(t, sched+"## SCHEDULE 2 - THE EDP ADDENDUM AS AMENDED\n\n1. Service levels apply as published.\n\n"+slas)
	if u := rg.UnresolvedChecks(); len(u["C6"]) == 0 {
		t.Errorf("the draft holds the EDP Addendum: clause 9.1 missing from it is unknown: %v (notices %v)", u, rg.Notices)
	}
}

// A response matrix: a column's name before its cell ("AWS Response:") is
// no other AWS product; a status that accepts the response's first
// sentence only leaves the rest of it out; a column the draft names by its
// letter ("Column E does not form part of the offer") binds nobody.
func TestResponseMatrixRows(t *testing.T) {
	rg := read(t, "# Addendum\n\n## 1. Matrix\n\nColumn E does not form part of AWS's binding offer and creates no obligation.\n\n"+
		"| Item | Topic | AWS Response | Customer Disposition | E – Commentary |\n|---|---|---|---|---|\n"+
		"| DP-02 | Service quality | AWS may use Customer prompts and completions to evaluate and improve the Service. | Accepted | |\n"+
		"| CM-01 | Custom models | Customer may import custom models built on open-weight models, including Llama derivatives. No per-import or licence fee is charged. | Accepted in part — first sentence only | |\n"+
		"| CM-02 | Storage | Customer may store imported models in its Regions. | Accepted | AWS charges no per-model fee for imported models. |\n")
	mustHold(t, rg, "Customer may import custom models", "Customer may store imported models")
	f := rg.Frames()
	if !slices.ContainsFunc(f.Training, func(x Training) bool { return x.Effect == "permission" && x.InForce }) {
		t.Errorf("%+v: the accepted DP-02 lets AWS improve the Service with prompts", f.Training)
	}
	for _, ci := range f.CustomImport {
		if ci.InForce && ci.NoFee {
			t.Errorf("%q: no accepted sentence says imports carry no fee", ci.Quote)
		}
	}
}

// A term defined as a minimum level ("PT Availability Commitment" means
// a Monthly Uptime Percentage of at least 99,9 %) is read with its level
// where a clause commits to it by name.
func TestDefinedLevelReadWhereUsed(t *testing.T) {
	rg := read(t, "# Addendum\n\n## 1. Definitions\n\n1.1 \"PT Availability Commitment\" means a Monthly Uptime Percentage of at least 99,9 % for each Provisioned Throughput commitment.\n\n"+
		"## 5. Availability of Provisioned Throughput\n\n5.1 AWS will meet the PT Availability Commitment in each calendar month.\n\n"+
		"5.2 If AWS does not meet the PT Availability Commitment, AWS will issue a service credit of 10 % of the monthly PT fees.\n")
	var levels []float64
	for _, s := range rg.Frames().PTSLA {
		if s.Clause == "5.1" {
			levels = append(levels, s.Levels...)
		}
	}
	if !slices.Equal(levels, []float64{99.9}) {
		t.Errorf("levels of 5.1 %v, want the defined 99.9", levels)
	}
}

// A board paper over the signed term sheet, which says that any document
// it is appended to forms no part of it: only the term sheet binds.
func TestPaperOverAppendedTermSheet(t *testing.T) {
	rg := read(t, "# Board Paper\n\n## 1. Summary\n\n- Data: processing stays in any Region AWS chooses.\n\n"+
		"# Appendix A: Amazon Bedrock Term Sheet (signed)\n\n## 1. General\n\n1.2 This Term Sheet is the entire agreement between the parties on its subject matter. "+
		"Any summary or board paper, including any document to which this Term Sheet is appended, forms no part of it.\n\n"+
		"## 7. Data\n\n7.2 AWS will store and process prompts and completions only in the AWS Regions that Customer selects.\n")
	mustHold(t, rg, "AWS chooses", "only in the AWS Regions")
	for _, st := range rg.Statements {
		if st.Binding && strings.Contains(st.Text, "AWS chooses") {
			t.Errorf("%q binds: the board paper forms no part of the term sheet", st.Text)
		}
		if !st.Binding && strings.Contains(st.Text, "only in the AWS Regions") {
			t.Errorf("%q binds nobody (%s): it is the term sheet's", st.Text, st.Nonbinding)
		}
	}
}

// Heads of terms whose clauses are marked [Binding] or [Non-binding]: a
// clause marked non-binding that agrees to discuss in good faith is an
// agreement to negotiate (labelling rule 4), not a record of the talks.
func TestGoodFaithInNonBindingClause(t *testing.T) {
	rg := read(t, "# Heads of Terms\n\n### 1. Status [Binding]\n\n1.1 Clauses marked [Binding] are legally binding on the parties. Clauses marked [Non-binding] create no legal obligation.\n\n"+
		"### 3. Bedrock Commitment [Binding]\n\n3.1 Customer commits to USD 12,000,000 of Amazon Bedrock charges.\n\n"+
		"### 15. Vector storage [Non-binding]\n\n15.1 The parties will discuss in good faith pricing for Amazon OpenSearch Serverless OCUs used as the vector store for Amazon Bedrock Knowledge Bases.\n\n"+
		"### 16. Background [Non-binding]\n\n16.1 Customer runs search workloads on Amazon Bedrock.\n")
	seen := false
	for _, st := range rg.Statements {
		if strings.Contains(st.Text, "discuss in good faith") {
			seen = true
			if st.Binding || st.Nonbinding != "good_faith" {
				t.Errorf("%q read as %q: an agreement to negotiate", st.Text, st.Nonbinding)
			}
		}
		if strings.Contains(st.Text, "search workloads") && st.Binding {
			t.Errorf("%q binds: the clause is marked non-binding", st.Text)
		}
	}
	if !seen {
		t.Error("clause 15.1 is not read")
	}
}

// Definitions that are a figure ("Cancellation Notice Period" means
// sixty-one (61) days; "Discount Rate" means twenty-five per cent (25%))
// carry it where the operative clauses use the term; a term named in
// passing after a figure ("… 22,5 % below … (the "Rate Card")") carries
// nothing, and a period that names a phase of the term is no figure.
func TestDefinedFiguresReadWhereUsed(t *testing.T) {
	rg := readText(t, "BEDROCK ADDENDUM\n\nARTICLE 1 - DEFINITIONS\n\n1.1 In this Addendum:\n\n\"Cancellation Notice Period\" means sixty-one (61) days.\n\n\"Discount Rate\" means twenty-five per cent (25%).\n\n"+
		"ARTICLE 3 - PRICING\n\n3.1 On-demand Amazon Bedrock usage is charged at the published on-demand rates less the Discount Rate.\n\n"+
		"ARTICLE 6 - PROVISIONED THROUGHPUT\n\n6.1 Customer may cancel any Provisioned Throughput commitment by notice to AWS of not less than the Cancellation Notice Period if the model is deprecated or Customer moves the workload to another Bedrock model.\n")
	f := rg.Frames()
	if !slices.ContainsFunc(f.Discount, func(d Discount) bool { return d.Clause == "3.1" && d.Percent == 25 }) {
		t.Errorf("%+v: 3.1 gives the Discount Rate, 25%%", f.Discount)
	}
	if !slices.ContainsFunc(f.PTCancellation, func(c PTCancellation) bool { return c.Clause == "6.1" && c.NoticeDays == 61 }) {
		t.Errorf("%+v: 6.1 gives the Cancellation Notice Period, 61 days", f.PTCancellation)
	}
}

// A checklist annex headed "(non-contractual)", which the body says is
// not part of the addendum: its ticked items are no text of the deal.
func TestNonContractualChecklist(t *testing.T) {
	for name, md := range map[string]string{
		"heading": "# Addendum\n\n## 3. Token Counting\n\n[Reserved.]\n\n## Annex — Procurement Compliance Checklist (non-contractual)\n\n- [x] Token counting confirmed: system prompts, tool definitions and output schemas treated expressly\n",
		"body":    "# Addendum\n\n## 3. Token Counting\n\n[Reserved.]\n\n## 14. General\n\n14.2 The Annex is a procurement checklist prepared by Customer for its internal tracking only. It is not part of this Addendum and is not contractual.\n\n## Annex — Procurement Checklist\n\n- [x] Token counting confirmed: system prompts, tool definitions and output schemas treated expressly\n",
	} {
		rg := read(t, md)
		mustHold(t, rg, "Token counting confirmed")
		for _, st := range rg.Statements {
			if strings.Contains(st.Text, "Token counting confirmed") && (st.Binding || st.Nonbinding == "nonbinding_document") {
				t.Errorf("%s: %q read as %q: a working paper outside the contract", name, st.Text, st.Nonbinding)
			}
		}
	}
}

// A chat export whose headers name the sender's role in brackets and run
// on into the message: each message is a block, and only the final agreed
// terms bind.
func TestChatHeaderWithRoleRunOn(t *testing.T) {
	rg := readText(t, "Slack export - shared channel #ext-bedrock\nExported: 2026-06-19 17:42 UTC\n"+strings.Repeat("-", 60)+"\n\n[2026-06-03 09:31] Marek Kowalski (AWS Account Executive)\nAWS will make Provisioned Throughput available 99.5% of each month.\n\n"+
		"[2026-06-04 10:02] Priya Raman (Customer Procurement)\nWe need 99.9% with service credits.\n\n"+
		"[2026-06-19 17:30] Dana Holloway (AWS Deal Desk)\nFINAL AGREED TERMS. Supersedes all earlier messages in this channel.\n\n"+
		" 1. PT SLA: 99.9% monthly availability per PT model. Service credits: 10% of that month's PT charges below 99.9%.\n")
	mustHold(t, rg, "available 99.5%", "99.9% monthly availability")
	for _, s := range rg.Frames().PTSLA {
		if s.InForce && slices.Contains(s.Levels, 99.5) {
			t.Errorf("%q in force: an opening position in the thread", s.Quote)
		}
	}
}

// A "Clause | Before | After" table: the new text, the only cell read, is
// read sentence by sentence and without its column's name ("AFTER:" would
// read as a condition of it).
func TestBeforeAfterTableRows(t *testing.T) {
	rg := read(t, "# Amendment\n\n## 2. Amendments\n\n2.1 Each clause in the CLAUSE column below is replaced by the text in the AFTER column.\n\n"+
		"| CLAUSE | BEFORE | AFTER |\n|---|---|---|\n"+
		"| 5.3 PT cancellation | Customer may cancel on 90 days' notice where both events occur. | Customer may cancel any PT commitment on sixty (60) days' written notice where (a) the model is materially deprecated; or (b) Customer moves the workload to another model on Amazon Bedrock. Either event is sufficient on its own. |\n"+
		"| 9.1 Service levels | AWS will make PT available 99.9% of each month with service credits. | The Amazon Bedrock service level agreement applies to on-demand inference only. Provisioned Throughput is excluded from it and is provided on a best-efforts basis. |\n")
	f := rg.Frames()
	if !slices.ContainsFunc(f.PTCancellation, func(c PTCancellation) bool { return c.Kind == "right" && c.InForce && c.NoticeDays == 60 }) {
		t.Errorf("%+v: the new 5.3 gives a right to cancel on 60 days", f.PTCancellation)
	}
	if !slices.ContainsFunc(f.PTSLA, func(s PTSLA) bool { return s.InForce && (s.Excluded || s.BestEffort) }) {
		t.Errorf("%+v: the new 9.1 puts PT on best efforts", f.PTSLA)
	}
}

// "Moving a workload to another model is not a cancellation event" denies
// that event as a trigger; it does not make PT non-cancellable.
func TestEventDeniedAsTrigger(t *testing.T) {
	rg := read(t, "# Terms\n\n## 5. PT cancellation\n\n5.1 Customer may cancel a PT commitment on 45 days' written notice if the underlying model is materially deprecated. "+
		"Moving a workload to another Bedrock model is not a cancellation event.\n")
	denials := 0
	for _, c := range rg.Frames().PTCancellation {
		if c.Kind == "denial" {
			denials++
			if !slices.Equal(c.Triggers, []string{"migration"}) {
				t.Errorf("%+v: the denial is of the migration trigger only", c)
			}
		}
	}
	if denials == 0 {
		t.Error("the sentence on moving a workload is not read as a denied trigger")
	}
}

// "Customer may not cancel more than two (2) PT commitments on this ground
// in any year" limits how many are cancelled; it denies no right.
func TestHowManyLimitIsNoDenial(t *testing.T) {
	rg := read(t, "# Terms\n\n## 7. PT\n\n7.4 Customer may cancel a PT commitment on sixty (60) days' notice if Customer moves the relevant workload to another Foundation Model on Amazon Bedrock; "+
		"provided that Customer may not cancel more than two (2) PT commitments on this second ground in any year of the term.\n")
	right := false
	for _, c := range rg.Frames().PTCancellation {
		if c.Kind == "denial" {
			t.Errorf("%+v: a limit on how many, no denial", c)
		}
		right = right || c.Kind == "right" && c.InForce
	}
	if !right {
		t.Error("7.4's right to cancel is not read")
	}
}

// The availability of the provider's support portal is no service level
// for Provisioned Throughput, in a draft about PT.
func TestSupportPortalAvailabilityIsNoPTSLA(t *testing.T) {
	rg := read(t, "# Provisioned Throughput Rider\n\n## 7. PT service level\n\n7.1 AWS shall make each Provisioned Throughput model unit available 99.9% of each month.\n\n"+
		"## 11. Support Portal\n\n11.1 The Contractor's support case portal shall be available to Agency users 99.5% of each calendar month.\n")
	pt := false
	for _, s := range rg.Frames().PTSLA {
		if slices.Contains(s.Levels, 99.5) {
			t.Errorf("%q: the portal's availability read as PT's", s.Quote)
		}
		pt = pt || slices.Contains(s.Levels, 99.9)
	}
	if !pt {
		t.Error("7.1's PT level of 99.9% is not read")
	}
}

// An SLA for a defined service whose definition leaves Provisioned
// Throughput out excludes PT from the SLA.
func TestSLAForDefinedServiceWithoutPT(t *testing.T) {
	rg := read(t, "# Addendum\n\n## 1. Definitions\n\n- \"**Covered Service**\" means on-demand inference on Amazon Bedrock, and does not include Provisioned Throughput.\n\n"+
		"## 5. Service Levels\n\n- **5.1** AWS will make the Covered Service available at least 99.95% of the minutes in each calendar month.\n")
	if !slices.ContainsFunc(rg.Frames().PTSLA, func(s PTSLA) bool { return s.InForce && s.Excluded }) {
		t.Errorf("%+v: the SLA's service leaves PT out", rg.Frames().PTSLA)
	}
}

// A unit of tokens defined with an exclusion ("Billable Tokens" means …
// excluding the tokens of any structured output schema) and applied by a
// clause ("Customer shall pay for Billable Tokens only") settles each
// element it names, the excluded one included.
func TestTokenUnitDefinitionWithExclusion(t *testing.T) {
	rg := readText(t, "ADDENDUM\n\nARTICLE 1 - DEFINITIONS\n\n1.1 In this Addendum:\n\n\"Billable Tokens\" means all input tokens in a request, including the tokens of the system prompt and of any tool definitions supplied with the request, and all output tokens, but excluding in every case the tokens of any structured output schema that Customer supplies. Tokens are counted using the tokenizer of the model invoked.\n\n"+
		"ARTICLE 4 - METERING\n\n4.1 Customer shall pay for Billable Tokens only.\n")
	if got := elementsInForce(rg); !got["output_schemas"] || !got["system_prompts"] || !got["tool_definitions"] {
		t.Errorf("elements in force %v: the definition the clause applies settles all three", got)
	}
}

// A definition that states an import or price term ("Import Charges"
// means … and does not include any per-import fee) is a term where an
// operative clause charges by it; a definition of an event ("Deprecated
// Model") used only as a trigger makes no lifecycle term.
func TestAppliedPriceDefinitions(t *testing.T) {
	rg := readText(t, "ADDENDUM\n\nARTICLE 1 - DEFINITIONS\n\n1.1 In this Addendum:\n\n\"Deprecated Model\" means a Foundation Model that AWS has designated as End-of-Life.\n\n"+
		"\"Import Charges\" means the charges for storage of an Imported Model and for Custom Model Units used to serve it, at AWS's published rates, and does not include any licence, onboarding or other per-import or per-model fee.\n\n"+
		"ARTICLE 5 - PT\n\n5.3 Customer may cancel any PT commitment on sixty (60) days' notice if the Foundation Model serving it becomes a Deprecated Model.\n\n"+
		"ARTICLE 7 - CUSTOM MODEL IMPORT\n\n7.1 Customer may import open-weight models into Amazon Bedrock.\n\n7.2 For Imported Models, Customer shall pay Import Charges only.\n")
	f := rg.Frames()
	if !slices.ContainsFunc(f.CustomImport, func(c CustomImport) bool { return c.InForce && c.NoFee }) {
		t.Errorf("%+v: 7.2 charges the Import Charges, which carry no per-import fee", f.CustomImport)
	}
	for _, m := range f.ModelLifecycle {
		if m.InForce {
			t.Errorf("%q in force: a trigger's definition is no lifecycle term", m.Quote)
		}
	}
}

// A word change whose target, as the draft holds it (a conformed copy
// attached), already reads the new words is applied already: nothing is
// left unknown.
func TestSubstitutionAlreadyConformed(t *testing.T) {
	rg := read(t, "# Second Amendment\n\n## 1. Amendments\n\n1.1 In Section 2.3 (Discount), \"twenty per cent (20%)\" is replaced with \"twenty-four per cent (24%)\".\n\n"+
		"## Attachment A - Conformed Addendum\n\n2.3 Customer's rate card for Amazon Bedrock on-demand inference is twenty-four per cent (24%) below the published on-demand rate.\n")
	if u := rg.UnresolvedChecks(); len(u) != 0 {
		t.Errorf("the conformed 2.3 reads the new words: nothing unknown, got %v (notices %v)", u, rg.Notices)
	}
}

// "cannot" is a modal: it ends the condition before it ("Once you have
// bought a PT commitment, it cannot be cancelled for any reason").
func TestCannotEndsLeadingCondition(t *testing.T) {
	rg := read(t, "# FAQ\n\n## Can we cancel Provisioned Throughput?\n\nNo. Once you have bought a Provisioned Throughput commitment, it cannot be cancelled, reduced or exchanged for any reason.\n")
	if !slices.ContainsFunc(rg.Frames().PTCancellation, func(c PTCancellation) bool { return c.Kind == "denial" && c.InForce }) {
		t.Errorf("%+v: PT cannot be cancelled", rg.Frames().PTCancellation)
	}
}

// In one block of text (a rendering that lost its headings), a sentence
// that bills no output-schema tokens is no import fee term beside the
// import right.
func TestSchemaTokensNotBilledIsNoImportFee(t *testing.T) {
	rg := readText(t, "Your Bedrock deal explained. You can import your own open-weight models into Amazon Bedrock using Custom Model Import. "+
		"If you give the model a JSON schema that tells it how to structure its answer, the tokens in that schema are not billed.\n")
	right := false
	for _, c := range rg.Frames().CustomImport {
		if c.NoFee {
			t.Errorf("%q read as no import fee", c.Quote)
		}
		right = right || c.Right
	}
	if !right {
		t.Error("the import right is not read")
	}
}

// A table row that names the events by the labels other rows give them
// ("after Trigger A or Trigger B occurs") takes those rows' events as its
// triggers.
func TestTriggersNamedByRowLabel(t *testing.T) {
	rg := read(t, "# Order Form\n\n### 7. Provisioned Throughput cancellation\n\n| Ref | Item | Agreed term |\n|---|---|---|\n"+
		"| 7.1 | Trigger A | The foundation model served by a Provisioned Throughput commitment is materially deprecated by AWS. |\n"+
		"| 7.2 | Trigger B | Customer moves the workload served by the Provisioned Throughput commitment to another foundation model available on Amazon Bedrock. |\n"+
		"| 7.3 | Notice | Customer may cancel the affected Provisioned Throughput commitment by giving 60 days' written notice after Trigger A or Trigger B occurs. |\n")
	found := false
	for _, c := range rg.Frames().PTCancellation {
		if c.Kind == "right" {
			found = true
			if !slices.Equal(c.Triggers, []string{"deprecation", "migration"}) {
				t.Errorf("%+v: the events of the rows named Trigger A and Trigger B", c)
			}
		}
	}
	if !found {
		t.Errorf("no right read: %+v", rg.Frames().PTCancellation)
	}
}

// Each bullet a run-in heading opens is a unit of its own: a lifecycle
// term beside a PT cancellation bullet in the same clause is still C2's.
func TestRunInLinesAreUnits(t *testing.T) {
	rg := read(t, "# Term Sheet\n\n## 4. Models and capacity\n\n"+
		"- **[B] Model lifecycle.** AWS publishes end-of-life dates for information. Notwithstanding any date published there, AWS may deprecate any foundation model at any time without notice, and no credit, refund or other remedy is available to Customer on account of any deprecation.\n"+
		"- **[B] Provisioned Throughput cancellation.** Customer may cancel any Provisioned Throughput commitment on sixty days' written notice if the model it serves is deprecated.\n")
	atWill := false
	for _, m := range rg.Frames().ModelLifecycle {
		atWill = atWill || m.AtWill || m.NoRemedy
	}
	if !atWill {
		t.Errorf("%+v: the lifecycle bullet lets AWS deprecate at will, with no remedy", rg.Frames().ModelLifecycle)
	}
}

// The EDP's own discount on all eligible spend, said not to apply to
// Bedrock, is no Bedrock rate beside the rate card's.
func TestEDPDiscountOnAllSpend(t *testing.T) {
	rg := read(t, "# Term Sheet\n\n## 2. Pricing\n\n2.1 Customer pays eighteen per cent less than the published on-demand token prices for each Anthropic Claude model on Amazon Bedrock.\n\n"+
		"2.2 The existing EDP discount of 7% on eligible AWS spend is unchanged and is not applied to Bedrock charges already reduced under the rate card.\n")
	for _, d := range rg.Frames().Discount {
		if d.Percent == 7 {
			t.Errorf("%+v: the EDP's discount on all spend is no Bedrock rate", d)
		}
	}
}

// An SLA's uptime beside vector storage is no price for it.
func TestVectorStorageUptimeIsNoPrice(t *testing.T) {
	rg := read(t, "# Amendment\n\nA6. The parties note that vector collections in Amazon OpenSearch Serverless used with Bedrock Knowledge Bases are covered by the Amazon OpenSearch Service Service Level Agreement (99.9% monthly uptime, with service credits).\n")
	for _, v := range rg.Frames().VectorStorage {
		if v.Priced {
			t.Errorf("%+v: an uptime is no price", v)
		}
	}
}

// A numbered clause left with its title alone ("4.3 Pre-purchase credits."
// once the redline strikes its words) is a heading over no term.
func TestBareTitleIsNoTerm(t *testing.T) {
	rg := readAs(t, "r.txt", "TERM SHEET\n\n4. PROVISIONED THROUGHPUT\n\n4.3 Pre-purchase credits. [deleted: Customer may pre-purchase Provisioned Throughput credits at 35% below the standalone PT rate.]\n\n4.4 Notice. AWS gives 30 days' notice of price changes.\n")
	for _, p := range rg.Frames().PTPrepurchase {
		t.Errorf("%+v: nothing is left of the pre-purchase term", p)
	}
}

// "Non-cancellable save as provided in Clause 7.2", where an amendment
// deletes 7.2: the exception excepts nothing, and the denial stands whole.
func TestExceptionToADeletedClause(t *testing.T) {
	body := "# Addendum\n\n## 7. Provisioned Throughput\n\n7.1 PT Commitments are non-cancellable save as provided in Clause 7.2.\n\n" +
		"7.2 Customer may cancel a PT Commitment on 30 days' notice if the model is deprecated.\n\n"
	for _, tc := range []struct {
		name, text string
		qualified  bool
	}{
		{"the excepted clause stands", body, true},
		{"the excepted clause is deleted", body + "# AMENDMENT No. 1\n\nA1. Clause 7.2 is deleted in its entirety.\n", false},
	} {
		rg := read(t, tc.text)
		found := false
		for _, c := range rg.Frames().PTCancellation {
			if c.Kind == "denial" && c.InForce {
				found = true
				if c.Qualified != tc.qualified {
					t.Errorf("%s: %+v: qualified %v, want %v", tc.name, c, c.Qualified, tc.qualified)
				}
			}
		}
		if !found {
			t.Errorf("%s: no denial read: %+v", tc.name, rg.Frames().PTCancellation)
		}
	}
}

// "Inputs" means the prompts …, but does not include any Output, where
// Output is "content generated in response to Inputs": what Output takes
// from Inputs is not taken out of Inputs, so the no-training promise on
// Inputs covers the prompts.
func TestExclusionOfATermDefinedByThisOne(t *testing.T) {
	rg := read(t, "# Schedule\n\n## 1. Interpretation\n\n\"Inputs\" means the prompts and other data Customer submits to a model through Amazon Bedrock, but does not include any Output. "+
		"\"Output\" means any content a model generates in response to Inputs.\n\n## 5. Inputs\n\n5.1 AWS will not use Inputs to train any foundation model.\n")
	tr := rg.Frames().Training
	if len(tr) != 1 || !slices.Equal(tr[0].Covers, []string{"prompts"}) {
		t.Errorf("training %+v: Inputs are the prompts, without the outputs", tr)
	}
}

// A background line that the parties "intend to discuss, in good faith, a
// Bedrock-specific spend commitment" names the lever without binding it: a
// non-binding commitment, so L1 is addressed only in non-binding words.
func TestCommitmentNamedInGoodFaith(t *testing.T) {
	rg := read(t, "# Term Sheet\n\n## Background\n\n- The parties intend to discuss, in good faith, a Bedrock-specific spend commitment within the EDP carrying a discount to published on-demand pricing.\n\n## 1. Data\n\n1.1 AWS will not use prompts to train any model.\n")
	found := false
	for _, c := range rg.Frames().Commitment {
		if c.Bedrock {
			found = true
			if c.Binding {
				t.Errorf("%+v: a discussion in good faith binds nobody", c)
			}
		}
	}
	if !found {
		t.Errorf("%+v: the Bedrock commitment is named, in non-binding words", rg.Frames().Commitment)
	}
}

// "In this Schedule:" over "Interaction Data means the prompts (including
// system prompts) …" defines a term; it states no rule of token counting.
func TestDefinitionAfterInThisSchedule(t *testing.T) {
	rg := read(t, "# Data Schedule\n\n## 1. Definitions\n\nIn this Schedule:\nInteraction Data means the prompts (including system prompts) that Customer submits to Amazon Bedrock and the completions that Amazon Bedrock returns.\n")
	for _, st := range rg.Statements {
		if st.Nonbinding != "definition" {
			t.Errorf("%q read as %q: it defines a term", st.Text, st.Nonbinding)
		}
	}
	for _, c := range rg.Frames().TokenCounting {
		if c.Binding {
			t.Errorf("%+v: a definition is no counting term", c)
		}
	}
}

// In "Minutes of negotiation meeting", what a party "explained" is a
// record of the discussion, not a term.
func TestMinutesNarrative(t *testing.T) {
	rg := read(t, "# Fjordvik — Amazon Bedrock Addendum\n\n## Minutes of negotiation meeting, round 3\n\n### Item 4 — Token billing\n\nAWS explained that the system prompt is part of the request and is metered as such.\n")
	for _, st := range rg.Statements {
		if strings.HasPrefix(st.Quote, "AWS explained") && st.Binding {
			t.Errorf("%q binds: minutes record what was explained", st.Quote)
		}
	}
}

// A draft that is one table of terms under its title keeps its terms in
// what the extractor calls the preamble: a row that states a term in
// fields, without a verb, binds; a row whose status parks it does not.
func TestTableOfTermsUnderTheTitle(t *testing.T) {
	rg := read(t, "# Term Sheet — Amazon Bedrock\n\n| # | Topic | Agreed term |\n|---|---|---|\n"+
		"| 3 | Token metering | Billable tokens = input tokens + output tokens, counted with the serving model's tokenizer. System prompts: billed as input tokens. Tool definitions: excluded from billable tokens. Structured-output schemas: excluded from billable tokens. |\n"+
		"| 8 | Custom model import | Parked. Not included in the Addendum. |\n")
	counting := false
	for _, c := range rg.Frames().TokenCounting {
		counting = counting || c.Binding
	}
	if !counting {
		t.Errorf("%+v: the metering row binds", rg.Frames().TokenCounting)
	}
	for _, c := range rg.Frames().CustomImport {
		if c.Binding {
			t.Errorf("%+v: a parked row binds nobody", c)
		}
	}
}

// The document an instruction names after its clause, a year in its name
// included ("Section 10.1 of the 2025 Addendum").
func TestDocNameWithYear(t *testing.T) {
	s := "Section 10.1 of the 2025 Addendum is deleted."
	if got := docName(s, document.Ref{Text: "Section 10.1", Offset: 0, In: "Addendum"}); got != "2025 Addendum" {
		t.Errorf("docName = %q, want the 2025 Addendum", got)
	}
}

// TestNegatedModalPhrase: "is not entitled to", "has no right to": the
// negation splits the modal's phrase and comes before what is left of it;
// the permission is denied. A denied right to cancel is a denial, and a
// customer not entitled to service credits has none.
func TestNegatedModalPhrase(t *testing.T) {
	for _, s := range []string{
		"Customer is not entitled to any service credit for Provisioned Throughput unavailability.",
		"The Customer has no right to receive service credits for Provisioned Throughput.",
	} {
		rg := read(t, "# Addendum\n\n## 1. Service levels\n\n1.1 "+s+"\n")
		for _, st := range rg.Statements {
			if st.Modality == Permission && !st.Negated {
				t.Errorf("%q read as a permission: %+v", s, st.Text)
			}
		}
		for _, f := range rg.Frames().PTSLA {
			if f.Credits {
				t.Errorf("%q grants credits", s)
			}
		}
	}
	rg := read(t, "# Addendum\n\n## 2. Term\n\n2.2 Customer is not entitled to terminate, cancel or reduce its Provisioned Throughput commitments before the end of their term.\n")
	right, denial := bindingRightAndDenial(rg.Frames())
	if right || !denial {
		t.Errorf("want a denial and no right: %+v", rg.Frames().PTCancellation)
	}
}

// A numbered caption (a title with no sentence end) is a sentence of its own
// before a labelled paragraph under it; before an unlabelled line it
// stays the line's subject ("Item 3 Section 11\nRepeal the section.").
func TestCaptionBeforeLabelledParagraph(t *testing.T) {
	for _, c := range []struct {
		text string
		n    int
	}{
		{"Entry 6 — 28 January 2025 — PT service level\nProposal (Brightwater): 99.95% availability with service credits of 10%.\nDecision: AGREED — AWS commits to 99.9% Monthly Uptime.", 3},
		{"Item 3 Section 11\nRepeal the section.", 1},
		{"Customer shall pay the\nFees: USD 10 per hour.", 1},
		// a status over its text, and a list of labelled lines, are no
		// numbered captions
		{"Not agreed (Rev. 8)\nBinding text: AWS may retire any model without notice.", 1},
		{"allocated as follows: Anthropic Claude family: USD 2,500,000\nMeta Llama family: USD 1,000,000", 1},
	} {
		if got := len(splitSentences(c.text)); got != c.n {
			t.Errorf("%q: %d sentences, want %d", c.text, got, c.n)
		}
	}
	// the proposal's credits are an ask, not the term agreed
	rg := read(t, "# Decision log\n\n## 2. Entries\n\n**Entry 6 — 28 January 2025 — PT service level**\n- *Proposal (Brightwater):* 99.95% monthly availability for Provisioned Throughput with service credits of 10% / 25% / 50%.\n- *Response (AWS):* 99.9% availability for Provisioned Throughput; no service credits.\n- *Decision:* AGREED — AWS commits to 99.9% Monthly Uptime for each Provisioned Throughput commitment. No service credits or fee reductions attach.\n")
	for _, s := range inForce(rg.Frames().PTSLA, func(x PTSLA) Base { return x.Base }) {
		if s.Credits {
			t.Errorf("credits read from the proposal: %q", s.Quote)
		}
	}
}

// A sentence that names a table by its number ("Table 1 is a record
// only") speaks of the table that a caption in the same clause heads: its
// rows bind nobody. Another table's number leaves them binding.
func TestNumberedTableCaptionedHere(t *testing.T) {
	const body = "# Amendment\n\n## 2. Consolidation\n\n2.2 Table 1 records the treatment of each earlier change. NOTE\n\n**Table 1 – Treatment of earlier changes**\n\n| Ref. | Earlier change | Treatment |\n|---|---|---|\n| A2 §1 | AWS will make Provisioned Throughput available 99.9% of each month with service credits | Lapsed |\n"
	for _, c := range []struct {
		note    string
		binding bool
	}{
		{"Table 1 is a record only; the Bedrock Terms govern.", false},
		{"Table 1 is for information only.", false},
		{"Table 4 is for information only.", true},
	} {
		rg := read(t, strings.Replace(body, "NOTE", c.note, 1))
		found := false
		for _, st := range rg.Statements {
			if strings.Contains(st.Text, "99.9%") {
				found = true
				if st.Binding != c.binding {
					t.Errorf("%q: the row %q binding %v, want %v", c.note, st.Quote, st.Binding, c.binding)
				}
			}
		}
		if !found {
			t.Errorf("%q: no statement of the row", c.note)
		}
	}
}

// Counsel's memo: a paragraph opened "Commentary." is the memo's note on
// the quoted clause, every sentence of it, and a report's section of
// recommendations advises what to seek; neither is a term. In a contract
// (no report), a section so headed still binds.
func TestMemoCommentaryAndAdvice(t *testing.T) {
	const memo = "# MEMORANDUM\n\nTo: General Counsel. Re: executed Amazon Bedrock Addendum, clause review.\n\n## 2. Clause review\n\n### 2.2 Clause 3 — Token metering\n\n> **3.2** System prompts are counted as input tokens.\n\n**Commentary.** The clause is silent on tool definitions. Tool definitions are billed as input tokens.\n\n## 4. Recommendations for the renewal\n\n1. Seek express treatment of tool definitions in token metering.\n"
	rg := read(t, memo)
	for _, st := range rg.Statements {
		if strings.Contains(st.Text, "ool definitions") && st.Binding {
			t.Errorf("memo: %q binds", st.Quote)
		}
	}
	rg = read(t, "# Amazon Bedrock Addendum\n\n## 4. Recommendations engine\n\n4.1 Tool definitions are billed as input tokens.\n")
	bound := false
	for _, st := range rg.Statements {
		bound = bound || strings.Contains(st.Text, "Tool definitions") && st.Binding
	}
	if !bound {
		t.Error("a contract's section headed \"Recommendations\" bound nobody")
	}
}

// A compliance matrix whose response column holds only a designation:
// "C" makes the requirement bind as the comment supplements it, "PC"
// binds the comment alone (sentence by sentence), "DNC" binds nothing;
// the designation itself is read, not quoted as a model "response".
func TestComplianceDesignations(t *testing.T) {
	rg := read(t, "# Addendum\n\n## Exhibit A — Compliance Matrix\n\n| Req. ID | Requirement (Customer) | Response | AWS Comment |\n|---|---|---|---|\n"+
		"| R-01 | Vendor shall not use prompts to train any foundation model. | C | Confirmed for all models. |\n"+
		"| R-02 | Customer may cancel a PT commitment on 30 days' notice if the model is deprecated or if Customer moves to another model. | PC | Customer may cancel on 30 days' notice where the model is deprecated. Moving a workload is not a cancellation event. |\n"+
		"| R-03 | Vendor shall make PT available 99.9% of each month with service credits. | DNC | AWS offers PT on a best-efforts basis. |\n")
	var r1, r2req, r3 bool
	sentences := 0
	for _, st := range rg.Statements {
		switch {
		case strings.Contains(st.Text, "not use prompts to train") && st.Binding:
			r1 = true
		case strings.Contains(st.Text, "moves to another model"):
			r2req = true
		case strings.Contains(st.Text, "99.9%") && st.Binding:
			r3 = true
		}
		if strings.Contains(st.Text, "R-02") {
			sentences++
		}
		if strings.Contains(st.Text, "Response: C") || strings.Contains(st.Text, "Response: PC") {
			t.Errorf("the designation read as text: %q", st.Text)
		}
	}
	if !r1 {
		t.Error("a requirement complied with (C) does not bind")
	}
	if r2req {
		t.Error("a requirement partly complied with (PC) read beside its comment")
	}
	if r3 {
		t.Error("a requirement not complied with (DNC) binds")
	}
	if sentences != 2 {
		t.Errorf("the PC comment read as %d statements, want one per sentence (2)", sentences)
	}
}

// The provider is the deal's: minutes held "by Microsoft Teams" about an
// Amazon Bedrock deal are about AWS (the head names Microsoft once, by
// name alone, and nothing of AWS); an addendum whose head names Microsoft
// as the party to an Azure OpenAI deal stays another provider's.
func TestProviderNamedOnceInTheHead(t *testing.T) {
	rg := read(t, "# Minutes of Meeting No. 7\n\n| | |\n|---|---|\n| Place | Boardroom 3, and by Microsoft Teams |\n| Present | the Committee |\n\n## 1. Quorum\n\n1.1 A quorum was present.\n\n## 2. Previous minutes\n\n2.1 Approved.\n\n## 3. Amazon Bedrock terms under the AWS Enterprise Discount Program\n\n3.1 The Committee approved the Amazon Bedrock commitment of USD 2,000,000 under the AWS EDP, with rates 20% below the published on-demand rates.\n")
	if rg.Provider != "aws" {
		t.Errorf("minutes on a Bedrock deal held by Teams: provider %q (%s), want aws", rg.Provider, rg.ProviderName)
	}
	rg = read(t, "# Azure OpenAI Service Addendum\n\nBetween Microsoft Corporation (\"Microsoft\") and Contoso Ltd (\"Customer\").\n\n## 1. Commitment\n\n1.1 Customer commits to spend USD 1,000,000 on Azure OpenAI Service. Customer may move workloads from AWS to Azure.\n")
	if rg.Provider != "other" {
		t.Errorf("an Azure OpenAI addendum: provider %q, want other", rg.Provider)
	}
}

// A question numbered "Q2" whose answer "A2" the draft holds asks, even
// where it describes the text ("Section 6.2 lets Customer cancel … on
// ninety (90) days' notice"); its answer states the term. Without an
// answer, a clause so labelled is read as it stands.
func TestAnsweredQuestionAsks(t *testing.T) {
	const qa = "CLARIFICATION LETTER\n\n1.  Purpose\n\n1.1 This letter sets out each question and its answer.\n\n2.  Questions and Answers\n\nQ1  How are tokens counted?\n\nA1  Tokens are counted by the tokenizer of the model invoked.\n\nQ2  Section 6.2 of the Addendum lets Customer cancel Provisioned Throughput\n    on ninety (90) days' notice, but only if the model is deprecated. Can\n    Customer also cancel if it moves the workload?\n\nA2  Yes. Customer may cancel Provisioned Throughput on forty (40) days' notice\n    where the model is deprecated or the workload moves to another model.\n"
	rg := read(t, qa)
	for _, st := range rg.Statements {
		if strings.Contains(st.Text, "ninety (90)") && st.Binding {
			t.Errorf("the question binds: %q", st.Quote)
		}
	}
	rg = read(t, strings.Replace(qa, "A2  Yes.", "Note  Yes.", 1))
	bound := false
	for _, st := range rg.Statements {
		bound = bound || strings.Contains(st.Text, "ninety (90)") && st.Binding
	}
	if !bound {
		t.Error("a Q2 with no A2 bound nobody")
	}
}

// A glossary whose meanings sit in a column after the quoted term, and
// wrap onto lines of their own: "Commitment Term", the period until the
// expiry of the EDP term, carries that period into the clauses that use
// it (the commitment "during the Commitment Term", an addendum that ends
// with it). A period defined without the EDP carries nothing of it.
func TestGlossaryPeriodWithTheEDP(t *testing.T) {
	const doc = "BEDROCK ADDENDUM\n\n1.  Interpretation. Capitalised terms have the meanings given in Appendix A.\n\n2.  Commitment. Customer shall incur Amazon Bedrock charges of not less than the Bedrock\n    Commitment under the EDP during the Commitment Term.\n\n3.  Term. This Addendum starts on the Addendum Date and ends at the end of the Commitment Term.\n\nAPPENDIX A - DEFINITIONS\n\n\"Commitment Term\"      the period from the Addendum Date until the expiry or termination\n                       of the EDP term, including any extension of the EDP.\n\n\"Bedrock Commitment\"   USD 2,000,000.\n"
	for _, tc := range []struct {
		doc     string
		aligned bool
	}{
		{doc, true},
		{strings.Replace(doc, "until the expiry or termination\n                       of the EDP term, including any extension of the EDP.", "for twenty-four\n                       months.", 1), false},
	} {
		rg := readText(t, tc.doc)
		got := false
		for _, c := range inForce(rg.Frames().Commitment, func(x Commitment) Base { return x.Base }) {
			got = got || c.Aligned
		}
		if got != tc.aligned {
			t.Errorf("aligned %v, want %v", got, tc.aligned)
		}
	}
}
