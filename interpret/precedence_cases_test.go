package interpret

import (
	"strings"
	"testing"
)

// How parts ranked by an order of precedence meet: only terms that speak
// to the same point, and bind, set one against the other.
func TestPrecedenceMeetsOnlyWhatDisagrees(t *testing.T) {
	const ranked = "# Contract\n\n## PART I\n\n1.1 In the event of conflict, the documents control in this order: (1) Part I; (2) Appendix 3; (3) Exhibit B.\n\n"
	t.Run("a clause that sends the reader to a lower part takes its terms in", func(t *testing.T) {
		rg := read(t, ranked+"## APPENDIX 3\n\n3.8 Licensee may import custom models into Bedrock using Custom Model Import. Provider shall not charge Licensee a licence fee for the use of model weights. Licensee shall pay for Custom Model Import only the charges set out in Exhibit B.\n\n"+
			"## EXHIBIT B\n\n| Item | Basis | Rate |\n|---|---|---|\n| Model onboarding and validation | One-time, per imported model | USD 1,500.00 |\n")
		charged := false
		for _, c := range rg.Frames().CustomImport {
			if c.InForce && c.FeeCharged {
				charged = true
			}
		}
		if !charged {
			t.Errorf("the per-model fee of the exhibit the appendix points to is set aside: %+v", rg.Frames().CustomImport)
		}
	})
	t.Run("a definition overrides nothing", func(t *testing.T) {
		rg := read(t, ranked+"## APPENDIX 3\n\n3.1 \"Bedrock\" means the Amazon Bedrock service, including Custom Model Import.\n\n"+
			"## EXHIBIT B\n\nB.1 A one-time onboarding fee of USD 1,500 is charged per imported model.\n")
		for _, c := range rg.Frames().CustomImport {
			if c.FeeCharged && c.SupersededBy != "" {
				t.Errorf("the fee is overridden by %s", c.SupersededBy)
			}
		}
	})
	t.Run("a notice silent on remedies does not override a credit", func(t *testing.T) {
		rg := read(t, ranked+"## APPENDIX 3\n\n3.4 AWS will give Customer twelve (12) months' written notice before a Foundation Model reaches end-of-life.\n\n"+
			"## EXHIBIT B\n\nB.2 If a Foundation Model reaches end-of-life, AWS will issue a migration credit of 10% of the charges for that model in the three months before the notice.\n")
		remedy := lifecycleInForce(rg, func(m ModelLifecycle) bool { return m.Remedy })
		if !remedy {
			t.Errorf("the credit is set aside by a notice: %+v", rg.Frames().ModelLifecycle)
		}
	})
}

// "§6.3 of the Master Terms does not apply to this Order Form" switches
// the clause off; "Section 6 does not apply to Provisioned Throughput"
// only narrows it.
func TestDisapplication(t *testing.T) {
	const master = "# Order\n\n## PART I — MASTER TERMS\n\n6. Model lifecycle\n\n6.1 AWS will give Customer 120 days' written notice before a Model reaches End-of-Life.\n\n" +
		"6.3 For every Model that reaches End-of-Life, AWS will issue Customer a migration credit of ten per cent (10%) of Customer's charges for that Model in the three months before the notice.\n\n" +
		"## PART II — ORDER FORM\n\n"
	for _, tc := range []struct {
		item   string
		remedy bool
	}{
		{"Item 5. §6.3 of the Master Terms does not apply to this Order Form.", false},
		{"Item 5. §6.3 does not apply to Provisioned Throughput purchased under this Order Form.", true},
		// the paragraph by its caption and its part, and its sub-clauses with it
		{"Item 5. Paragraph 6 of the Master Terms (Model Lifecycle) shall not apply to this Call-Off Contract.", false},
	} {
		rg := read(t, master+tc.item+"\n")
		remedy := lifecycleInForce(rg, func(m ModelLifecycle) bool { return m.Remedy })
		if remedy != tc.remedy {
			t.Errorf("%q: remedy in force %v, want %v", tc.item, remedy, tc.remedy)
		}
	}
}

// A tender's reservation that the award letter refuses is switched off
// like a disapplied clause; one the letter only describes is not.
func TestRefusedReservation(t *testing.T) {
	const tender = "ANNEX A - TENDER RESPONSE\n\nK4.1 The Supplier will give 180 days' notice before a model is withdrawn.\n\n" +
		"K4.3 Notwithstanding K4.1, models supplied by third-party model providers may be withdrawn at any time without notice or credit.\n"
	for _, tc := range []struct {
		letter string
		atWill bool
	}{
		{"E1. The Supplier's reservation in answer K4.3 is not accepted and does not form part of the Contract.", false},
		{"E1. The Supplier's reservation in answer K4.3 is rejected.", false},
		{"E1. The Supplier's reservation in answer K4.3 was discussed at the clarification meeting.", true},
	} {
		rg := readText(t, "1. AWARD\n\n1.1 The Authority awards the Contract to the Supplier.\n\n5. EXCEPTIONS\n\n"+tc.letter+"\n\n"+tender)
		atWill := lifecycleInForce(rg, func(m ModelLifecycle) bool { return m.AtWill })
		if atWill != tc.atWill {
			t.Errorf("%q: withdrawal at will in force %v, want %v", tc.letter, atWill, tc.atWill)
		}
	}
}

// Terms printed after an order form's items under a caption of their own,
// numbered afresh ("# Bedrock Specific Terms" over sections 1 to 11), are
// a part of the draft: the order form's "Section 5.1 of the Terms does not
// apply" switches their 5.1 off, as a part headed "Part C" would be.
func TestTermsCaptionOpensAPart(t *testing.T) {
	const form = "# Order Form\n\n## Part A - How this Order Form works\n\nA.1 This Order Form incorporates the Terms.\n\n## Part B - Listed items\n\nB5. Section 5.1 of the Terms does not apply.\n\n"
	for _, tc := range []struct {
		caption string
		atWill  bool
	}{
		{"# Bedrock Specific Terms", false},
		{"# Terms and Conditions of Supply", false},
		// (a caption that names no terms is no part of its own: the 5.1
		// under it stands in Part B, and B5 cannot switch it off)
		{"# Model Notes", true},
	} {
		rg := read(t, form+tc.caption+"\n\n## 1. Definitions\n\n1.1 \"Service\" means Amazon Bedrock.\n\n## 5. Models\n\n5.1 We may deprecate or retire any model at any time and without notice.\n")
		atWill := lifecycleInForce(rg, func(m ModelLifecycle) bool { return m.AtWill })
		if atWill != tc.atWill {
			t.Errorf("%q: withdrawal at will in force %v, want %v", tc.caption, atWill, tc.atWill)
		}
	}
}

// lifecycleInForce: a model-lifecycle term in force has the property.
func lifecycleInForce(rg *Reading, has func(ModelLifecycle) bool) bool {
	for _, m := range rg.Frames().ModelLifecycle {
		if m.InForce && has(m) {
			return true
		}
	}
	return false
}

// A note in square brackets, named by whoever wrote it, is no term.
func TestBracketedNamedNote(t *testing.T) {
	rg := read(t, "# Schedule\n\n## B.4 Token metering\n\nB.4.1 Billable tokens are counted by the model's tokenizer.\n\n"+
		"B.4.3 [Collaborative note (R. Desjardins, 12 June): Provider has not yet confirmed how JSON response-format schemas are metered. To be settled before signature.]\n\n"+
		"B.4.4 [Comment Lindenhof (Dr. K. Brandl), 27.05.2026: We had requested a migration credit of 10 % for each forced migration.]\n\n"+
		"B.4.5 AWS will give notice of deprecation. Comment Kessler Legal (B. Arnold), 11.02.2026: Our request for twelve months' notice of deprecation was rejected.\n")
	for _, st := range rg.Statements {
		if (strings.Contains(st.Quote, "Collaborative note") || strings.Contains(st.Quote, "Comment Lindenhof") || strings.Contains(st.Quote, "Comment Kessler")) && st.Binding {
			t.Errorf("a named note binds: %+v", st.Quote)
		}
	}
}

// "this Amendment Agreement shall prevail" names one document: its last
// word is no name of its own, so it does not raise a part whose title ends
// in "… Agreement" over the amendment.
func TestOneNameNotTwo(t *testing.T) {
	rg := read(t, "# PART A\n# ADDENDUM TO THE ENTERPRISE DISCOUNT PROGRAM AGREEMENT\n\n1. Customer may cancel PT on 30 days' notice.\n\n"+
		"# PART B\n\nAMENDMENT AGREEMENT No. 1 TO THE ADDENDUM\n\n1. The Addendum and this Amendment Agreement are read as one instrument. In case of any inconsistency, this Amendment Agreement shall prevail.\n")
	for _, n := range rg.PrecedenceNotes() {
		if strings.HasPrefix(n, "PART A") {
			t.Errorf("precedence %q: the amendment prevails, not Part A", n)
		}
	}
}
