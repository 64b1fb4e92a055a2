package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/clausecheck/clausecheck/document"
)

func TestFacts(t *testing.T) {
	tests := []struct {
		in   string
		want []string // kind:text=value[/currency/unit/period]
	}{
		{"available 99.9% of the time", []string{"percent:99.9%=99.9"}},
		{"at least ninety-nine point nine percent (99.9%) each month", []string{"percent:ninety-nine point nine percent (99.9%)=99.9"}},
		{"available ninety-nine and nine-tenths percent of the time", []string{"percent:ninety-nine and nine-tenths percent=99.9"}},
		{"a monthly percentage of ninety-nine comma nine percent (99,9 %)", []string{"percent:ninety-nine comma nine percent (99,9 %)=99.9"}},
		{"the words, commas and nine percent", []string{"percent:nine percent=9"}},
		{"a discount of twelve percent on list", []string{"percent:twelve percent=12"}},
		{"twenty-five per cent of fees", []string{"percent:twenty-five per cent=25"}},
		// words and figures that disagree: the words prevail; the figure
		// gives what the words round
		{"a discount of twenty-five per cent (15%) below list", []string{"percent:twenty-five per cent (15%)=25"}},
		{"available ninety-nine point nine per cent (99.95%) of the time", []string{"percent:ninety-nine point nine per cent (99.95%)=99.95"}},
		{"commits $8,000,000 per Contract Year", []string{"money:$8,000,000 per Contract Year=8e+06/USD//year"}},
		// Indian drafting: "Rs." and crore/lakh grouping and scales
		{"to the value of Rs. 3,20,00,000 (Rupees Three Crore Twenty Lakh only)", []string{"money:Rs. 3,20,00,000=3.2e+07/INR//"}},
		{"a commitment of Rs. 26 crore", []string{"money:Rs. 26 crore=2.6e+08/INR//"}},
		{"hours 40 of service", nil},
		{"at $39 per Model Unit per hour", []string{"money:$39 per Model Unit per hour=39/USD/Model Unit/hour"}},
		{"$3.00 per million input tokens and $15.00 per million output tokens", []string{"money:$3.00 per million input tokens=3/USD/million input tokens/", "money:$15.00 per million output tokens=15/USD/million output tokens/"}},
		{"a cap of USD 2.5 million annually", []string{"money:USD 2.5 million annually=2.5e+06/USD//year"}},
		{"EUR 10,000 in total", []string{"money:EUR 10,000=10000/EUR//"}},
		{"EUR 3.600.000,00 net", []string{"money:EUR 3.600.000,00=3.6e+06/EUR//"}},
		{"net 600.000,00 EUR in total", []string{"money:600.000,00 EUR=600000/EUR//"}},
		{"CAD 0.00020 per 1,000 text units", []string{"money:CAD 0.00020 per 1,000 text units=0.0002/CAD/1,000 text units/"}},
		{"EUR 800.000 for Claude models", []string{"money:EUR 800.000=800000/EUR//"}},
		{"USD 0.008 per 1,000 training tokens", []string{"money:USD 0.008 per 1,000 training tokens=0.008/USD/1,000 training tokens/"}},
		{"CAD 1,800,000 of usage", []string{"money:CAD 1,800,000=1.8e+06/CAD//"}},
		{"A$2.5 million in total", []string{"money:A$2.5 million=2.5e+06/AUD//"}},
		{"The USD 4.2m is a single pool", []string{"money:USD 4.2m=4.2e+06/USD//"}},
		{"a block of €1.2m", []string{"money:€1.2m=1.2e+06/EUR//"}},
		{"USD 3bn over the term", []string{"money:USD 3bn=3e+09/USD//"}},
		{"Vector storage at R$ 1,05 per OCU-hour", []string{"money:R$ 1,05 per OCU-hour=1.05/BRL/OCU-hour/"}},
		{"a commitment of BRL 4.500.000,00", []string{"money:BRL 4.500.000,00=4.5e+06/BRL//"}},
		{"¥120,000,000 over the term", []string{"money:¥120,000,000=1.2e+08/JPY//"}},
		{"to spend CHF 2'400'000.00 per contract year", []string{"money:CHF 2'400'000.00 per contract year=2.4e+06/CHF//year"}},
		{"CHF 1’250’000 in total", []string{"money:CHF 1’250’000=1.25e+06/CHF//"}},
		// French grouping with spaces, the sign after the amount
		{"a minimum amount of 1 250 000,00 € excluding VAT", []string{"money:1 250 000,00 €=1.25e+06/EUR//"}},
		{"EUR 2 400 000 per year", []string{"money:EUR 2 400 000 per year=2.4e+06/EUR//year"}},
		{"Article 3 100 units", nil},
		{"HK$ 3,000,000 in total", []string{"money:HK$ 3,000,000=3e+06/HKD//"}},
		{"a bizarre 30 days", []string{"duration:30 days=30"}},
		{"an audit five times", nil},
		{"total spend of INR 75,00,00,000 over the term", []string{"money:INR 75,00,00,000=7.5e+08/INR//"}},
		{"on sixty (60) days' notice", []string{"duration:sixty (60) days=60"}},
		{"no less than 120 (one hundred and twenty) days' notice", []string{"duration:120 (one hundred and twenty) days=120"}},
		{"within 30 (thirty) Business Days", []string{"duration:30 (thirty) Business Days=30"}},
		{"within 30 (forty) days", nil}, // figure and words disagree: no fact
		{"a 6-month commitment", []string{"duration:6-month=180"}},
		{"for one (1) year", []string{"duration:one (1) year=365"}},
		{"within 90 calendar days", []string{"duration:90 calendar days=90"}},
		{"within thirty (30)-day cure", []string{"duration:thirty (30)-day=30"}},
		{"within 48 hours", []string{"duration:48 hours=2"}},
		{"effective January 1, 2027", []string{"date:January 1, 2027=2027-01-01"}},
		{"effective 2027-01-01", []string{"date:2027-01-01=2027-01-01"}},
		{"dated 15 March 2025", []string{"date:15 March 2025=2025-03-15"}},
		{"Claude 3.5 Sonnet and Llama 4 70B", nil},
		{"version 2.0 of the terms and Section 5.2", nil},
		{"a security token and staff training", nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			var got []string
			for _, f := range factsIn(tt.in, 0) {
				s := fmt.Sprintf("%s:%s=%v", f.Kind, f.Text, f.Value)
				switch f.Kind {
				case "money":
					s += "/" + f.Currency + "/" + f.Unit + "/" + f.Period
				case "date":
					s = fmt.Sprintf("%s:%s=%s", f.Kind, f.Text, f.Date)
				}
				if tt.in[f.Offset:f.Offset+len(f.Text)] != f.Text {
					t.Errorf("offset %d does not point at %q", f.Offset, f.Text)
				}
				got = append(got, s)
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("facts\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestParseWords(t *testing.T) {
	for in, want := range map[string]float64{
		"sixty": 60, "ninety-nine point nine": 99.9, "one hundred and twenty": 120, "twelve": 12,
		"two thousand": 2000, "eight million": 8e6, "zero": 0, "two thousand and five": 2005,
		"ninety-nine and nine-tenths": 99.9, "ninety-nine and ninety-five hundredths": 99.95,
	} {
		if got, ok := parseWords(in); !ok || got != want {
			t.Errorf("parseWords(%q) = %v, %v; want %v", in, got, ok, want)
		}
	}
	if _, ok := parseWords("Model Unit"); ok {
		t.Error("parseWords accepted words that are not a number")
	}
}

func BenchmarkExtractText100Pages(b *testing.B) {
	data := benchData(b, "fixtures/bench/long.txt")
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Bytes("long.txt", data, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkExtractPDF100Pages(b *testing.B) {
	data := benchData(b, "fixtures/bench/long.pdf")
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Bytes("long.pdf", data, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func TestParseNumber(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want float64
	}{
		{"99,9", 99.9}, {"99,85", 99.85}, {"18,5", 18.5}, {"1,000", 1000}, {"1,000,000", 1e6},
		{"1.000.000", 1e6}, {"1.234,5", 1234.5}, {"1,234.50", 1234.5}, {"99.9", 99.9}, {"60", 60}, {"0,5", 0.5},
	} {
		got, err := parseNumber(tc.in)
		if err != nil || got != tc.want {
			t.Errorf("parseNumber(%q) = %v, %v; want %v", tc.in, got, err, tc.want)
		}
	}
}

// Basis points are hundredths of a percent: "2,250 basis points" is 22.5%.
func TestBasisPoints(t *testing.T) {
	for text, want := range map[string]float64{
		"the published rate less 2,250 basis points":           22.5,
		"on-demand less 2,400 bps":                             24,
		"a discount of one thousand five hundred basis points": 15,
		"a discount of 1 basis point":                          0.01,
	} {
		var got []float64
		for _, f := range factsIn(text, 0) {
			if f.Kind == document.FactPercent {
				got = append(got, f.Value)
			}
		}
		if len(got) != 1 || got[0] != want {
			t.Errorf("%q: percents %v, want %v", text, got, want)
		}
	}
}

// A field of a pasted schedule whose name gives the unit is a percentage
// ("discount_pct: 38"); a word that only contains "pct" is not.
func TestPercentFields(t *testing.T) {
	for text, want := range map[string][]float64{
		"    - name: Bronze\n      discount_pct: 38": {38},
		`{"tier": 2, "rate_percent": 22.5}`:          {22.5},
		"growth_cap_percentage = 20":                 {20},
		"discount_pct: 380":                          nil,
		"the pct column is blank; percent: 40":       nil,
		"an expected 38 percent uplift":              {38},
	} {
		var got []float64
		for _, f := range factsIn(text, 0) {
			if f.Kind == document.FactPercent {
				got = append(got, f.Value)
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q: percents %v, want %v", text, got, want)
		}
	}
}
