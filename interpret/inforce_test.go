package interpret

import "testing"

// A part the draft says is not in force, without condition, grants
// nothing; a part that is not in force only until a condition is met
// keeps its terms, since the draft does not say the condition failed.
func TestPartNotInForce(t *testing.T) {
	const partC = "## PART C - CUSTOM MODELS\n\n12.1 Customer may import custom models into Amazon Bedrock. No import fee or licence fee applies; Customer pays only the storage and inference charges.\n"
	for _, tc := range []struct {
		status string
		right  bool
	}{
		{"2.4 Condition CP-3 has not been satisfied. Accordingly Part B is in force from the date of this Agreement and Part C is not in force.", false},
		{"2.4 Part C has lapsed.", false},
		{"2.4 Unless and until CP-3 is satisfied, Part C has no force or effect.", true},
		{"2.4 Part C is not in force until Condition CP-3 is satisfied.", true},
	} {
		rg := read(t, "# Agreement\n\n## PART A - CONDITIONS\n\n"+tc.status+"\n\n## PART B - TERMS\n\n5.1 AWS will give 180 days' notice of a model's end of life.\n\n"+partC)
		right := false
		for _, f := range rg.Frames().CustomImport {
			if f.InForce && f.Binding && f.Right {
				right = true
			}
		}
		if right != tc.right {
			t.Errorf("%q: an import right in force %v, want %v", tc.status, right, tc.right)
		}
	}
}

// A paper that names its one section recording the agreement: the
// positions in the sections before it bind nobody; without that sentence
// they read as they stand.
func TestOnlyBindingSection(t *testing.T) {
	const body = "## 6. Availability of Provisioned Throughput\n\nPreferred: AWS shall make each Provisioned Throughput endpoint available 99.95% of each month, with service credits of 10% below that level.\n\n" +
		"## 9. Outcome record\n\n| Topic | Agreed wording |\n|---|---|\n| 6. PT availability | Not agreed |\n| 7. Bedrock commitment | Customer commits to spend USD 4,500,000 on Amazon Bedrock under the EDP. |\n"
	for _, tc := range []struct {
		how string
		sla bool
	}{
		{"Section 9 is the only part of this sheet that records what was agreed.", false},
		{"Only Section 9 is binding.", false},
		{"Section 9 records the outcome of each topic.", true},
	} {
		rg := read(t, "# Clause bank\n\n## How to use this sheet\n\n"+tc.how+"\n\n"+body)
		sla := false
		for _, s := range rg.Frames().PTSLA {
			if s.InForce && s.Binding && len(s.Levels) > 0 {
				sla = true
			}
		}
		if sla != tc.sla {
			t.Errorf("%q: a PT level in force %v, want %v", tc.how, sla, tc.sla)
		}
		commits := false
		for _, c := range rg.Frames().Commitment {
			if c.InForce && c.Binding {
				commits = true
			}
		}
		if !commits {
			t.Errorf("%q: the agreed section's commitment is lost", tc.how)
		}
	}
}

// An audit report that reproduces the signed addendum in an appendix: the
// appendix is the agreement, the report's recommendations are none of it;
// an addendum that says an annex reproduces another document keeps its
// own body.
func TestReproducedAddendum(t *testing.T) {
	const appendix = "## APPENDIX A - TEXT OF THE EXECUTED ADDENDUM\n\n2.1 Customer commits to USD 900,000 of Amazon Bedrock usage under the EDP.\n"
	for _, tc := range []struct {
		title string
		quote bool
	}{
		{"# INTERNAL AUDIT REPORT IA-25-014", false},
		{"# Amazon Bedrock Addendum", true},
	} {
		rg := read(t, tc.title+"\n\n## 2. Scope\n\n2.2 Appendix A reproduces the Addendum verbatim and in full, as executed.\n\n"+
			"## 4. Findings\n\n4.1 Recommendation: AWS shall match any written quote from the Anthropic API within 30 days.\n\n"+appendix)
		quote := false
		for _, f := range rg.Frames().AltQuote {
			if f.InForce && f.Binding {
				quote = true
			}
		}
		if quote != tc.quote {
			t.Errorf("%q: a price match in force %v, want %v", tc.title, quote, tc.quote)
		}
		commits := false
		for _, c := range rg.Frames().Commitment {
			commits = commits || c.InForce && c.Binding
		}
		if !commits {
			t.Errorf("%q: the appendix's commitment is not read", tc.title)
		}
	}
}
