package interpret

import "testing"

// A definition of days as business days reaches the bare days of the part
// it names, never calendar days nor another part.
func TestDayBasis(t *testing.T) {
	const right = "5.2 Customer may cancel a Provisioned Throughput commitment on sixty (60) days' notice if the model is deprecated."
	for _, c := range []struct {
		name, draft string
		want        float64
	}{
		{"no definition", "# Addendum\n\n## 5. PT\n\n" + right + "\n", 60},
		{"scoped to the clause", "# Addendum\n\n## 5. PT\n\n" + right + " In Section 5.2, \"days\" means Business Days.\n", 84},
		{"for the whole draft", "# Addendum\n\n## 1. Interpretation\n\n1.1 In this Addendum, \"days\" means business days.\n\n## 5. PT\n\n" + right + "\n", 84},
		{"scoped to another clause", "# Addendum\n\n## 5. PT\n\n" + right + "\n\n5.3 In Section 5.4, \"days\" means Business Days.\n", 60},
		{"calendar days defined, business days named", "# Addendum\n\n## 1. Interpretation\n\n1.1 References to \"days\" are to calendar days, and references to \"Business Days\" are to Business Days.\n\n## 5. PT\n\n" + right + "\n", 60},
		{"calendar days stay calendar days", "# Addendum\n\n## 1. Interpretation\n\n1.1 \"Day\" means a Business Day.\n\n## 5. PT\n\n5.2 Customer may cancel a Provisioned Throughput commitment on sixty (60) calendar days' notice if the model is deprecated.\n", 60},
	} {
		t.Run(c.name, func(t *testing.T) {
			rg := read(t, c.draft)
			var got []float64
			for _, f := range rg.Frames().PTCancellation {
				if f.Kind == "right" {
					got = append(got, f.NoticeDays)
				}
			}
			if len(got) != 1 || got[0] != c.want {
				t.Errorf("notice days %v, want [%v]", got, c.want)
			}
		})
	}
}
