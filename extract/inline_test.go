package extract

import (
	"testing"

	"github.com/clausecheck/clausecheck/internal/fuzzdeadline"
)

func TestAcceptInlineMarks(t *testing.T) {
	cases := []struct {
		in, want string
		n        int
	}{
		{"no marks here", "no marks here", 0},
		{"at least [DELETED: 99.5%] [INSERTED: 99.9%] of the month", "at least  99.9% of the month", 2},
		{"notice [DELETED: where either (a) the model\n  is deprecated] [Inserted: only where both\n  have occurred].", "notice  only where both\n  have occurred.", 2},
		{"[DELETED: see [Schedule 2] for rates]kept", "kept", 1},
		{"a page [DELETED: one\fbreak] b", "a page \f b", 1},
		// an opening marker never closed is left as it stands
		{"[DELETED: never closed", "[DELETED: never closed", 0},
		// other brackets are text
		{"[Reserved] and [AWS: to confirm]", "[Reserved] and [AWS: to confirm]", 0},
	}
	for _, c := range cases {
		got, n := acceptInlineMarks(c.in)
		if got != c.want || n != c.n {
			t.Errorf("acceptInlineMarks(%q) = %q, %d; want %q, %d", c.in, got, n, c.want, c.n)
		}
	}
}

func FuzzAcceptInlineMarks(f *testing.F) {
	f.Add("x [DELETED: a [b] c] [INSERTED: d] e")
	f.Add("[inserted:[deleted:]]")
	f.Fuzz(func(t *testing.T, s string) {
		fuzzdeadline.Run(t, func() {
			got, _ := acceptInlineMarks(s)
			if len(got) > len(s) {
				t.Errorf("accepting changes made the text longer: %q → %q", s, got)
			}
		})
	})
}
