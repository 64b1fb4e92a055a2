package extract

import (
	"slices"
	"testing"

	"github.com/clausecheck/clausecheck/internal/fuzzdeadline"
)

// The one-pass word finder gives what looking for each word in turn
// (triggers) gives: the same offsets, a word's overlapping occurrences
// left out.
func TestWordSetAsTriggers(t *testing.T) {
	words := []string{"aa", "abab", "$", "us$", " usd", "section", "§", "per cent"}
	for _, tc := range []struct {
		s    string
		want []int
	}{
		{"aaaa", []int{0, 2}},
		{"ababab", []int{0}},
		{"us$5 and $6", []int{0, 2, 9}},
		{"5 usd; section 2 § 3", []int{1, 7, 17}},
		{"", nil},
	} {
		got := newWordSet(words...).offsets(tc.s)
		if !slices.Equal(got, tc.want) || !slices.Equal(got, triggers(tc.s, words...)) {
			t.Errorf("%q: %v, want %v (triggers %v)", tc.s, got, tc.want, triggers(tc.s, words...))
		}
	}
}

func FuzzWordSet(f *testing.F) {
	for _, s := range []string{"aaaa", "ababab", "usd 5 us$6 $7", "per cent per  cent", "Section 4 § 5", "€5 eur 6 ₹7"} {
		f.Add(s)
	}
	sets := [][]string{{"aa", "abab", "a", "ba"}, moneyTriggers.words, codesAfter.words, clauseRefWords.words, partRefWords.words}
	f.Fuzz(func(t *testing.T, s string) {
		fuzzdeadline.Run(t, func() {
			for _, words := range sets {
				if got, want := newWordSet(words...).offsets(s), triggers(s, words...); !slices.Equal(got, want) {
					t.Fatalf("%q over %q: %v, want %v", words, s, got, want)
				}
			}
		})
	})
}
