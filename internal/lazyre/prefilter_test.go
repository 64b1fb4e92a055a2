package lazyre

import (
	"regexp"
	"strings"
	"testing"

	"github.com/clausecheck/clausecheck/internal/fuzzdeadline"
)

func TestRequiredLiterals(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want []string // nil: no prefilter
	}{
		{`(?i)\bsubordinate to\b`, []string{"subordinate to"}},
		{`(?i)\b(prevail|take[s]? precedence)\b`, []string{"prevail", " precedence"}},
		{`(?i)\b(?:shall\s+be|hereby)\b`, []string{"shall", "hereby"}},
		{`Section\s+\d+`, []string{"Section"}},
		{`(?i)(?:net\s+)?thirty`, []string{"thirty"}},
		{`(?i)(?:fee)+s?`, []string{"fee"}},
		{`(?i)\bno\b`, nil}, // too short to be worth it
		{`(?i)\b(?:prevail|\d+ days)`, []string{"prevail", " days"}},
		{`(?i)\b(?:prevail|\d+)`, nil}, // a branch requires no literal
		{`(?i)geschäftstage`, nil},     // non-ASCII folding left to the engine
		{`(?i)(?:shall)?\s*apply`, []string{"apply"}},
		{`^\W*$`, nil},
	} {
		p := newPrefilter(tc.src)
		var got []string
		if p != nil {
			for _, l := range p.lits {
				got = append(got, l.s)
			}
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%s: literals %q, want %q", tc.src, got, tc.want)
		}
	}
}

func TestPrefilterFolding(t *testing.T) {
	r := New(`(?i)\bmasks?\b`)
	for _, s := range []string{"MASK", "a Mask here", "ma\u212a", "ma\u017fk", "maſks"} {
		if r.Get().MatchString(s) && r.Rejects(s) {
			t.Errorf("%q: rejected, but the expression matches it", s)
		}
	}
	if !r.Rejects("no such word") {
		t.Error("a text without the literal was not rejected")
	}
	cs := New(`Amazon\s+Bedrock`)
	if cs.Rejects("amazon bedrock") == cs.Get().MatchString("amazon bedrock") || cs.Rejects("Amazon  Bedrock") {
		t.Error("a case-sensitive literal: the result differs from the expression's")
	}
}

// FuzzPrefilter: a text the expression matches is never rejected.
func FuzzPrefilter(f *testing.F) {
	pats := []string{
		`(?i)\b(prevail|prevails|take[s]? precedence|shall control|override[s]?)\b`,
		`(?i)\b(?:shall\s+be|will\s+be|hereby|becomes)\b`,
		`Section\s+(\d+(?:\.\d+)*)`,
		`(?i)(?:KELVIN|kiss)+`,
		`(?i)^\W*(?:the\s+)?(?:customer|aws)\s+(?:shall|will)\b`,
	}
	for _, s := range []string{"This Addendum prevails.", "Section 4.2 shall be", "ſhall be", "\u212aiss", "the Customer shall"} {
		for i := range pats {
			f.Add(i, s)
		}
	}
	res := make([]*Regexp, len(pats))
	for i, p := range pats {
		res[i] = New(p)
	}
	f.Fuzz(func(t *testing.T, i int, s string) {
		if i < 0 {
			i = -i
		}
		r := res[i%len(res)]
		fuzzdeadline.Run(t, func() {
			if regexp.MustCompile(r.String()).MatchString(s) && r.Rejects(s) {
				t.Fatalf("%q rejected by the prefilter of %s, which matches it", s, r.String())
			}
		})
	})
}
