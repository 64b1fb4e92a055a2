package diff

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// The diff hard cases (moves, renumbering, re-wraps, …), each on hand-built
// documents, asserting the exact change list (kind old>new !reasons) and
// the cosmetic counts.
func TestHardCases(t *testing.T) {
	const (
		fees    = "Customer shall pay the Fees within thirty (30) days of receipt of a valid invoice from Provider."
		term    = "This Addendum starts on the Effective Date and continues for the term of the Agreement."
		sla     = "Provider shall make Provisioned Throughput available at least 99.9% of each calendar month."
		credits = "If Provider misses the commitment, Customer receives service credits of ten percent of the monthly charge."
		data    = "Provider shall not use prompts or completions to train or improve any foundation model."
		notices = "Notices under this Addendum must be given in writing to the addresses stated above."
		law     = "This Addendum is governed by the laws of the State of New York without regard to conflicts rules."
		boiler  = "The obligations in this Section survive any expiry or termination of this Addendum."
	)
	tests := []struct {
		name     string
		old, new []string
		opt      Options
		want     []string
		cosmetic map[string]int
	}{
		{
			name:     "37 insertion renumbers the rest",
			old:      []string{"1 | " + fees, "2 | " + term, "3 | " + sla, "4 | " + law},
			new:      []string{"1 | " + fees, "2 | " + notices, "3 | " + term, "4 | " + sla, "5 | " + law},
			want:     []string{"added >2 !added", "renumbered 2>3", "renumbered 3>4", "renumbered 4>5"},
			cosmetic: map[string]int{"renumbered": 3},
		},
		{
			name:     "38 clause moved to another article and renumbered",
			old:      []string{"1 | " + fees, "1.1 | " + credits, "2 | " + term, "2.1 | " + sla, "2.2 | " + law},
			new:      []string{"1 | " + fees, "2 | " + term, "2.1 | " + sla, "2.2 | " + credits, "2.3 | " + law},
			want:     []string{"moved 1.1>2.2", "renumbered 2.2>2.3"},
			cosmetic: map[string]int{"renumbered": 1},
		},
		{
			name: "39 moved and edited",
			old:  []string{"1 | " + fees, "1.1 | " + credits, "2 | " + term, "2.1 | " + sla},
			new:  []string{"1 | " + fees, "2 | " + term, "2.1 | " + sla, "2.2 | " + strings.Replace(credits, "ten percent", "twenty-five percent", 1)},
			want: []string{"moved 1.1>2.2 !moved,number,percent"},
		},
		{
			name:     "40 paragraph split into (a) and (b)",
			old:      []string{"1 | " + fees, "2 | Provider shall keep Customer Data in the selected Region and not use prompts or completions to train any foundation model.", "3 | " + law},
			new:      []string{"1 | " + fees, "2 | Provider shall:", "2(a) | keep Customer Data in the selected Region; and", "2(b) | not use prompts or completions to train any foundation model.", "3 | " + law},
			want:     []string{"split 2>2"},
			cosmetic: map[string]int{"label": 2, "punctuation": 1},
		},
		{
			name:     "40 split with a word changed",
			old:      []string{"1 | " + fees, "2 | Provider shall keep Customer Data in the selected Region and shall not use prompts or completions to train any foundation model.", "3 | " + law},
			new:      []string{"1 | " + fees, "2 | Provider shall:", "2(a) | keep Customer Data in the selected Region; and", "2(b) | not use prompts or completions to train any foundation model.", "3 | " + law},
			want:     []string{"split 2>2 !obligation"},
			cosmetic: map[string]int{"label": 1, "punctuation": 1},
		},
		{
			name:     "41 re-wrapped text is no change",
			old:      []string{"1 | " + fees, "2 | " + term},
			new:      []string{"1 | " + strings.Replace(fees, " within ", "\n  within  ", 1), "2 | " + strings.Replace(term, " and ", " \n and\t", 1)},
			cosmetic: map[string]int{"whitespace": 2},
		},
		{
			name:     "42 NFD, NBSP and curly quotes are cosmetic by default",
			old:      []string{"1 | Provider's café service \"Bedrock\" is available in Zürich.", "2 | " + term},
			new:      []string{"1 | Provider\u2019s cafe\u0301 service \u201cBedrock\u201d is available in\u00a0Zu\u0308rich.", "2 | " + term},
			cosmetic: map[string]int{"nbsp": 1, "quotes": 1, "unicode": 1},
		},
		{
			name: "42 exact mode makes them changes",
			old:  []string{"1 | Provider's café service \"Bedrock\" is available in Zürich.", "2 | " + term},
			new:  []string{"1 | Provider\u2019s cafe\u0301 service \u201cBedrock\u201d is available in\u00a0Zu\u0308rich.", "2 | " + term},
			opt:  Options{Exact: true},
			want: []string{"modified 1>1 !wording"},
		},
		{
			name: "43 whole-word edits: numbers, shall to may, Fee to Fees",
			old:  []string{"1 | " + fees, "2 | Provider shall give notice of any price change.", "3 | The Fee is payable monthly in arrears by bank transfer."},
			new:  []string{"1 | " + strings.Replace(fees, "thirty (30)", "forty-five (45)", 1), "2 | Provider may give notice of any price change.", "3 | The Fees are payable monthly in arrears by bank transfer."},
			want: []string{"modified 1>1 !duration,number", "modified 2>2 !obligation", "modified 3>3 !defined-term"},
		},
		{
			name: "44 amount inside a table row",
			old:  []string{"1 | Model\tCommitment\tDiscount", "2 | Claude 3.7 Sonnet\t$42,000.00\t18%"},
			new:  []string{"1 | Model\tCommitment\tDiscount", "2 | Claude 3.7 Sonnet\t$48,000.00\t18%"},
			want: []string{"modified 2>2 !amount,number"},
		},
		{
			name:     "45 repeated boilerplate matched nth to nth",
			old:      []string{"1 | " + data, "1.1 | " + boiler, "2 | " + notices, "2.1 | " + boiler, "3 | " + law, "3.1 | " + boiler},
			new:      []string{"1 | " + data, "1.1 | " + boiler, "2 | " + law, "2.1 | " + boiler},
			want:     []string{"deleted 2> !deleted", "deleted 2.1> !deleted", "renumbered 3>2", "renumbered 3.1>2.1"},
			cosmetic: map[string]int{"renumbered": 2},
		},
		{
			name: "46 wholly different drafts are too different",
			old:  []string{"1 | " + fees, "2 | " + term, "3 | " + sla},
			new:  []string{"1 | The lessee shall keep the premises in good repair at its own cost.", "2 | Rent is due on the first business day of every quarter.", "3 | The landlord may enter on reasonable notice."},
			want: nil,
		},
		{
			name: "47 definitions reordered alphabetically after a rename",
			old: []string{
				`1.1 | "Fees" means the amounts payable for the Services under an Order Form.`,
				`1.2 | "Affiliate" means an entity that controls, is controlled by or is under common control with a party.`,
				`1.3 | "Customer Data" means data submitted to the Services by or for Customer.`,
			},
			new: []string{
				`1.1 | "Affiliate" means an entity that controls, is controlled by or is under common control with a party.`,
				`1.2 | "Charges" means the amounts payable for the Services under an Order Form.`,
				`1.3 | "Customer Data" means data submitted to the Services by or for Customer.`,
			},
			want:     []string{"renumbered 1.2>1.1", "moved 1.1>1.2 !defined-term,moved"},
			cosmetic: map[string]int{"renumbered": 1},
		},
		{
			name:     "48 numbering style and heading case only",
			old:      []string{"1 | FEES | " + fees, "2 | TERM | " + term},
			new:      []string{"A.1 | Fees | " + fees, "A.2 | Term | " + term},
			want:     []string{"renumbered 1>A.1", "renumbered 2>A.2"},
			cosmetic: map[string]int{"heading-case": 2, "numbering-style": 2},
		},
		{
			name: "negation, exception and a move into a schedule",
			old:  []string{"1 | " + data, "2 | " + sla, "3 | " + credits, "Schedule A ::", "1 | " + law},
			new:  []string{"1 | " + strings.Replace(data, "shall not use", "may use", 1), "2 | " + sla + " unless Provider is prevented by force majeure", "Schedule A ::", "1 | " + law, "2 | " + credits},
			want: []string{"modified 1>1 !negation,obligation", "modified 2>2 !exception", "moved 3>Schedule A/2"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, b := doc("old.md", tc.old...), doc("new.md", tc.new...)
			if strings.HasPrefix(tc.name, "43") {
				b.Definitions["Fees"] = "1"
				a.Definitions["Fee"] = "3"
			}
			if strings.HasPrefix(tc.name, "47") {
				a.Definitions = map[string]string{"Fees": "1.1", "Affiliate": "1.2", "Customer Data": "1.3"}
				b.Definitions = map[string]string{"Charges": "1.2", "Affiliate": "1.1", "Customer Data": "1.3"}
			}
			res, err := Compare(a, b, tc.opt)
			if err != nil {
				t.Fatal(err)
			}
			if want46 := strings.HasPrefix(tc.name, "46"); res.TooDifferent != want46 {
				t.Errorf("too_different = %v, want %v", res.TooDifferent, want46)
			}
			if got := briefs(res); !slices.Equal(got, tc.want) {
				t.Errorf("changes:\n got %q\nwant %q", got, tc.want)
			}
			want := tc.cosmetic
			if want == nil {
				want = map[string]int{}
			}
			if !mapsEqual(res.Cosmetic.ByKind, want) {
				t.Errorf("cosmetic = %v, want %v", res.Cosmetic.ByKind, want)
			}
			checkRedlines(t, res)
		})
	}
}

func mapsEqual(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// checkRedlines asserts what holds for every change: a substantive
// modification has a redline with at least one equal segment, and no
// word is shown both deleted and inserted within one change.
func checkRedlines(t *testing.T, res *Result) {
	t.Helper()
	for _, c := range res.Changes {
		del, ins := map[string]bool{}, map[string]bool{}
		hasEqual := false
		for _, s := range c.Redline {
			for _, w := range tokenize(s.Text) {
				if !isWord(w) {
					continue
				}
				switch s.Op {
				case OpDelete:
					del[w] = true
				case OpInsert:
					ins[w] = true
				case OpEqual:
					hasEqual = true
				}
			}
		}
		if (c.Kind == Modified || c.Kind == Split) && len(c.Redline) > 0 && !hasEqual {
			t.Errorf("%s: redline without equal text: %v", brief(c), c.Redline)
		}
		if c.Kind == Split || c.Kind == Merged {
			for w := range del {
				if ins[w] {
					t.Errorf("%s: %q shown both deleted and inserted", brief(c), w)
				}
			}
		}
	}
}

func TestTooDifferent(t *testing.T) {
	var a, b []string
	for i := range 40 {
		a = append(a, "1."+itoa(i)+" | The supplier shall deliver widget batch "+itoa(i)+" to the warehouse on the agreed date.")
		b = append(b, "1."+itoa(i)+" | Tenant pays rent quarterly, insurance yearly and repairs as they arise, item "+itoa(i)+".")
	}
	// A 30 % rewrite of a fully edited document also counts as too different.
	res, err := Compare(doc("a", a...), doc("b", b...), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !res.TooDifferent || len(res.Changes) != 0 {
		t.Fatalf("TooDifferent = %v with %d changes, want true with none", res.TooDifferent, len(res.Changes))
	}
	if res.Similarity >= 0.3 {
		t.Errorf("similarity %v, want < 0.3", res.Similarity)
	}
	// Same documents: similarity 1.
	res, err = Compare(doc("a", a...), doc("a", a...), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.TooDifferent || res.Similarity != 1 || len(res.Changes) != 0 {
		t.Errorf("identical drafts: too_different=%v similarity=%v changes=%d", res.TooDifferent, res.Similarity, len(res.Changes))
	}
}

// The go-diff give-up (delete all, insert all) is detected and never shown.
func TestRedlineGiveUpOmitted(t *testing.T) {
	var a, b []string
	for i := range 400 {
		a = append(a, "w"+itoa(i%97))
		b = append(b, "w"+itoa((i*7)%97))
	}
	segs, omitted, err := redline(joinSpace(a), joinSpace(b), time.Nanosecond)
	if err != nil {
		t.Fatal(err)
	}
	if omitted == "" || segs != nil {
		t.Fatalf("omitted=%q with %d segments, want an omitted redline", omitted, len(segs))
	}
	if !gaveUp(30, 30, 0, a[:30], a[:30]) {
		t.Error("no equal segment on identical word sets is a give-up")
	}
	if gaveUp(30, 30, 5, a[:30], a[:30]) {
		t.Error("equal segments are not a give-up")
	}
}

func joinSpace(words []string) []string {
	var out []string
	for i, w := range words {
		if i > 0 {
			out = append(out, " ")
		}
		out = append(out, w)
	}
	return out
}

func itoa(i int) string {
	return strings.TrimSpace(strings.Repeat(" ", 0) + string(rune('0'+i/10%10)) + string(rune('0'+i%10)))
}

// A spent budget omits the redlines (as timed out) instead of running on.
func TestBudgetSpent(t *testing.T) {
	a := doc("a", "1 | Customer shall pay the Fees within thirty (30) days of the invoice date.")
	b := doc("b", "1 | Customer shall pay the Fees within sixty (60) days of the invoice date.")
	res, err := Compare(a, b, Options{Budget: time.Nanosecond})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Changes) != 1 || res.Changes[0].RedlineOmitted != OmitTimeout || len(res.Changes[0].Redline) != 0 || !res.Changes[0].Substantive {
		t.Fatalf("changes = %+v, want one substantive change with its redline omitted", res.Changes)
	}
	if res.Changes[0].OldText == "" || res.Changes[0].NewText == "" {
		t.Error("an omitted redline keeps the old and new text")
	}
}
