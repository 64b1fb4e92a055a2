package diff

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/clausecheck/clausecheck/internal/fuzzdeadline"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"thirty (30) days", []string{"thirty", " ", "(", "30", ")", " ", "days"}},
		{"forty-five Customer's", []string{"forty-five", " ", "Customer's"}},
		{"$42,000.00, 99.9%.", []string{"$", "42,000.00", ",", " ", "99.9", "%", "."}},
		{"Section 9.4(a) and A.1.", []string{"Section", " ", "9.4", "(", "a", ")", " ", "and", " ", "A.1", "."}},
		{"end-", []string{"end", "-"}},
		{"", nil},
	}
	for _, tc := range tests {
		if got := tokenize(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("tokenize(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct {
		in, want string
		exact    bool
		kinds    []string
	}{
		{in: "  a\n\tb  ", want: "a b"},
		{in: "a\u00a0b", want: "a b", kinds: []string{"nbsp"}},
		{in: "\u201cFee\u201d \u2018x\u2019", want: `"Fee" 'x'`, kinds: []string{"quotes"}},
		{in: "2024\u20132025 \u2014 x", want: "2024-2025 - x", kinds: []string{"dashes"}},
		{in: "cafe\u0301 o\ufb03ce", want: "café office", kinds: []string{"unicode"}},
		{in: "zero\u200bwidth", want: "zerowidth", kinds: []string{"unicode"}},
		{in: "\u201cFee\u201d\u00a0a", want: "\u201cFee\u201d\u00a0a", exact: true},
		{in: "a \n b", want: "a b", exact: true},
	}
	for _, tc := range tests {
		got, kinds := normalizer{exact: tc.exact}.norm(tc.in)
		if got != tc.want {
			t.Errorf("norm(%q, exact=%v) = %q, want %q", tc.in, tc.exact, got, tc.want)
		}
		var ks []string
		for k := range kinds {
			ks = append(ks, k)
		}
		slices.Sort(ks)
		if !slices.Equal(ks, tc.kinds) {
			t.Errorf("norm(%q) kinds = %v, want %v", tc.in, ks, tc.kinds)
		}
	}
}

func TestRedline(t *testing.T) {
	tests := []struct {
		old, new string
		want     []Segment
	}{
		{
			"Customer shall pay the Fee monthly.", "Customer may pay the Fees monthly.",
			[]Segment{{OpEqual, "Customer "}, {OpDelete, "shall"}, {OpInsert, "may"}, {OpEqual, " pay the "}, {OpDelete, "Fee"}, {OpInsert, "Fees"}, {OpEqual, " monthly."}},
		},
		{
			"Fees of $42,000.00 per year.", "Fees of $48,000.00 per year.",
			[]Segment{{OpEqual, "Fees of $"}, {OpDelete, "42,000.00"}, {OpInsert, "48,000.00"}, {OpEqual, " per year."}},
		},
		{
			"Provider shall use the data.", "Provider shall not use the data.",
			[]Segment{{OpEqual, "Provider shall "}, {OpInsert, "not "}, {OpEqual, "use the data."}},
		},
	}
	for _, tc := range tests {
		got, omitted, err := redline(tokenize(tc.old), tokenize(tc.new), time.Second)
		if err != nil || omitted != "" {
			t.Fatalf("redline(%q): omitted=%q err=%v", tc.old, omitted, err)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("redline(%q, %q)\n got %v\nwant %v", tc.old, tc.new, got, tc.want)
		}
	}
}

// FuzzRedline checks the tokeniser and the rune mapping: tokens concatenate
// back to the text, and a redline's equal+delete segments give the old
// normalised text, equal+insert the new.
func FuzzRedline(f *testing.F) {
	f.Add("Customer shall pay the Fees within thirty (30) days.", "Customer shall pay the Fees within forty-five (45) days.")
	f.Add("Provider\u2019s \u201cServices\u201d\u00a0\u2014 99.9%", "Provider's \"Services\" - 99.5%")
	f.Add("café", "cafe\u0301")
	f.Add("\xff\xfe bad utf8", "bad \xc3 utf8")
	f.Add("", "x")
	f.Add("Section 9.4(a) applies. Section 9.4(a) applies.", "Section 10.4(a) applies.")
	f.Fuzz(func(t *testing.T, a, b string) {
		fuzzdeadline.Run(t, func() {
			n := normalizer{}
			na, _ := n.norm(a)
			nb, _ := n.norm(b)
			ta, tb := tokenize(na), tokenize(nb)
			if strings.Join(ta, "") != na || strings.Join(tb, "") != nb {
				t.Fatalf("tokens do not concatenate back")
			}
			segs, omitted, err := redline(ta, tb, time.Second)
			if err != nil {
				t.Fatal(err)
			}
			if omitted != "" {
				return
			}
			var old, nw strings.Builder
			for _, s := range segs {
				if s.Text == "" {
					t.Fatalf("empty segment in %v", segs)
				}
				switch s.Op {
				case OpEqual:
					old.WriteString(s.Text)
					nw.WriteString(s.Text)
				case OpDelete:
					old.WriteString(s.Text)
				case OpInsert:
					nw.WriteString(s.Text)
				default:
					t.Fatalf("op %q", s.Op)
				}
			}
			if old.String() != na {
				t.Fatalf("equal+delete = %q, want %q", old.String(), na)
			}
			if nw.String() != nb {
				t.Fatalf("equal+insert = %q, want %q", nw.String(), nb)
			}
			// Normalising is idempotent.
			if again, _ := n.norm(na); again != na {
				t.Fatalf("norm not idempotent: %q → %q", na, again)
			}
		})
	})
}

func TestRewritten(t *testing.T) {
	seg := func(op Op, s string) Segment { return Segment{Op: op, Text: s} }
	mostlyNew := []Segment{seg(OpEqual, "The "), seg(OpDelete, "lessee keeps the premises in good repair at its cost"), seg(OpInsert, "tenant pays rent on the first business day of each quarter")}
	if !rewritten(mostlyNew, 24) {
		t.Error("a redline with 1 word in 24 in common is a rewrite")
	}
	oneEdit := []Segment{seg(OpEqual, "Customer shall pay the Fees within "), seg(OpDelete, "thirty"), seg(OpInsert, "sixty"), seg(OpEqual, " days of the invoice date.")}
	if rewritten(oneEdit, 26) {
		t.Error("a one-word edit is not a rewrite")
	}
	if rewritten(mostlyNew[:1], 8) {
		t.Error("short clauses are always shown as a redline")
	}
}

func TestReplaceWord(t *testing.T) {
	tests := []struct {
		s, term, want string
		n             int
	}{
		{"; and (b) not", "(b)", "; and   not", 1},
		{"$42,000 and 2 days", "2", "$42,000 and   days", 1},
		{"I.2.b Either", "I.2.b", "  Either", 1},
		{"sub(a)", "(a)", "sub ", 1},
		{"bab", "a", "bab", 0},
	}
	for _, tc := range tests {
		got, n := replaceWord(tc.s, tc.term)
		if got != tc.want || n != tc.n {
			t.Errorf("replaceWord(%q, %q) = %q, %d; want %q, %d", tc.s, tc.term, got, n, tc.want, tc.n)
		}
	}
}
