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
