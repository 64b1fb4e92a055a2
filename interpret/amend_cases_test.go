package interpret

import (
	"strings"
	"testing"
)

// An amendment that quotes the section's existing text and then its new
// text: only the new text is in force. The old wording is quoted for the
// record, and the instruction itself ("Section 7 (Custom Model Import) is
// deleted and replaced.") grants nothing by naming the section's caption.
func TestExistingTextNewText(t *testing.T) {
	rg := read(t, "# Amendment No. 4\n\n## 4. Amendments to Amendment No. 2\n\n"+
		"**4.4 Amendment No. 2, Section 7 (Custom Model Import) is deleted and replaced.**\n\n"+
		"Existing Text:\n\n> \"7.1 Customer may import custom models into Amazon Bedrock. 7.2 No import fee applies.\"\n\n"+
		"New Text:\n\n> \"7. [Intentionally Omitted].\"\n")
	for _, f := range rg.Frames().CustomImport {
		if f.InForce && (f.Right || f.NoFee) {
			t.Errorf("an import right in force from %q", f.Quote)
		}
	}
	for _, st := range rg.Statements {
		if st.Binding && strings.HasPrefix(st.Quote, "Existing Text") {
			t.Errorf("the existing text binds: %q", st.Quote)
		}
	}
}

// "… is amended by replacing "15%" with "18%". As amended, Section 2.1
// reads: "…"": where the section amended is not in the draft, the clause's
// own statement of it is the term, and nothing is left unresolved.
func TestAsAmendedReads(t *testing.T) {
	for _, tc := range []struct {
		after   string
		percent float64 // the discount in force, 0 for none
	}{
		{" As amended, Section 2.1 reads:\n\n> \"2.1 Eligible Bedrock Usage is invoiced at eighteen percent (18%) below the published on-demand rates for Amazon Bedrock.\"", 18},
		{"", 0},
	} {
		rg := read(t, "# Amendment No. 4\n\n## 5. Amendments to Amendment No. 3\n\n"+
			"**5.1 Amendment No. 3, Section 2.1 (Bedrock Discount)** is amended by replacing \"fifteen percent (15%)\" with \"eighteen percent (18%)\"."+tc.after+"\n")
		var got float64
		for _, d := range rg.Frames().Discount {
			if d.InForce {
				got = d.Percent
			}
		}
		if got != tc.percent {
			t.Errorf("%q: discount in force %v, want %v", tc.after, got, tc.percent)
		}
		if unresolved := len(rg.UnresolvedChecks()) > 0; unresolved != (tc.percent == 0) {
			t.Errorf("%q: unresolved %v: %v", tc.after, unresolved, rg.UnresolvedChecks())
		}
	}
}

// A table of changes whose new-text cell says "No change." keeps the
// existing term of that row in force; a row whose term changes keeps only
// the amended term.
func TestUnchangedRowKeepsExistingTerm(t *testing.T) {
	rg := read(t, "# Deed\n\n## Schedule\n\n| Row | Addendum clause | Existing term | Amended term |\n|---|---|---|---|\n"+
		"| 6 | 6.1 Use of Customer Content | AWS shall not use prompts or completions to train, fine-tune or improve any foundation model. | No change. |\n"+
		"| 7 | 6.2 Region | Customer Content shall be processed and stored only in the EU (Ireland) Region. | Customer Content may be processed in any AWS Region. |\n")
	excluded, promise := false, false
	for _, f := range rg.Frames().Training {
		if f.InForce && f.Binding && f.Effect == "exclusion" {
			excluded = true
		}
	}
	for _, f := range rg.Frames().Residency {
		if f.InForce && f.Binding && f.Effect == "promise" {
			promise = true
		}
	}
	if !excluded {
		t.Error("the unchanged row's training exclusion is not read")
	}
	if promise {
		t.Error("the changed row's existing residency promise is read")
	}
}

// "Section 6.2 of Addendum G is deleted in its entirety and replaced with
// the following: "6.2 [Reserved]."": a section named with the addendum
// that holds it ("of Addendum G") is the instruction's subject, and the
// credits it held are no longer in force.
func TestSectionOfNamedAddendum(t *testing.T) {
	rule := strings.Repeat("-", 60) + "\n"
	rg := readText(t, "MASTER SERVICES AGREEMENT\n\n"+rule+"ARTICLE 1 -- STRUCTURE\n"+rule+"\n1.1 The Generative AI Services Addendum is Addendum G.\n\n"+
		rule+"ADDENDUM G -- GENERATIVE AI SERVICES ADDENDUM\n"+rule+"\nG6. AVAILABILITY\n\n"+
		"6.1 AWS will make each Provisioned Throughput commitment available with a Monthly Uptime Percentage of at least 99.9% in each calendar month.\n\n"+
		"6.2 If the Monthly Uptime Percentage for a Provisioned Throughput commitment falls below 99.9% in a calendar month, Customer will receive a service credit of ten percent (10%) of that commitment's fees for that month.\n\n"+
		rule+"AMENDMENT No. 1 TO MASTER SERVICES AGREEMENT\n"+rule+"\nThe parties agree as follows:\n\n1. Section 6.2 of Addendum G is deleted in its entirety and replaced with\nthe following:\n\n   \"6.2 [Reserved].\"\n\n"+
		"2. Except as amended by this Amendment, the Agreement remains unchanged.\n")
	for _, s := range rg.Frames().PTSLA {
		if s.Credits && s.InForce {
			t.Errorf("credits of a replaced section in force: %+v", s)
		}
	}
}

// "Clause 6.3 of the Addendum, which read "…", is deleted and replaced
// with: "…"": the first quote says what the clause of the other document
// read; the second is the new wording, read where it stands. (Read as a
// word substitution, the words matched nothing here and the whole clause,
// new wording and all, was lost.)
func TestWhichReadThenReplaced(t *testing.T) {
	rg := read(t, "DEED OF NOVATION AND AMENDMENT\n\n3. AMENDMENTS\n\n3.4  Cancellation. Clause 6.3 of the Addendum, which read\n     \"Customer may cancel a Provisioned Throughput commitment on ninety (90)\n     days' written notice if the model is deprecated.\", is\n     deleted and replaced with:\n\n     \"6.3  Customer may cancel any Provisioned Throughput commitment on sixty\n           (60) days' written notice to AWS where the model is deprecated.\"\n")
	var got []float64
	for _, f := range rg.Frames().PTCancellation {
		if f.InForce && f.NoticeDays > 0 {
			got = append(got, f.NoticeDays)
		}
	}
	if len(got) != 1 || got[0] != 60 {
		t.Errorf("notice in force %v, want [60]", got)
	}
}
