package lazyre

import (
	"regexp"
	"regexp/syntax"
	"slices"
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
		{`geschäftstage`, []string{"geschäftstage"}},
		{`\{\+|\[-|⟦\+|⟦-|\{-`, []string{"{+", "[-", "⟦", "{-"}}, // marks of an inline redline
		{"x\uFFFDy", nil}, // (U+FFFD also matches an invalid byte)
		{`(?i)(?:shall)?\s*apply`, []string{"apply"}},
		{`^\W*$`, nil},
		{`\[\s*[xX✓✔]\s*\]|[☑☒✅]`, []string{"[", "☑", "☒", "✅"}},
		{`(?i)[☑☒]`, nil}, // (a class under (?i) is left to the engine)
		{`[a-z]+ing`, []string{"ing"}},
	} {
		p := newPrefilter(mustParse(t, tc.src))
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
		`\[\s*[xX✓✔]\s*\]|[☑☒✅]`,
		`\{\+|\[-|⟦\+|⟦-|\{-`,
		`\b(?:Geschäftstage|días hábiles)\b`,
		`^(?i:schedule|annex)\s?\d{1,2}\b`,
		`^\s*(?:of|in|under)\s+(?:the\s+)?(?:[A-Z0-9][\w-]*\s+){0,4}(Agreement|EDP|Terms)\b`,
	}
	for _, s := range []string{"This Addendum prevails.", "Section 4.2 shall be", "ſhall be", "\u212aiss", "the Customer shall",
		"⟦+new⟧", "60 Geschäftstage", "días hábiles", "Annex 2 of the Agreement", " of the Master Agreement"} {
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

func TestTailBytes(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want bool
	}{
		{`(?i)\b(where|if|provided that|to)$`, true},
		{`^(?i)\b(where|if)$`, false},   // anchored at the start too
		{`(?i)\b(where|if)\s*$`, false}, // no bound
		{`(?m)\b(where|if)$`, false},    // a line's end
		{`(?i)\b(where|if)`, false},
		{`[.;:]\s{0,3}$`, true},
	} {
		if got := tailBytes(mustParse(t, tc.src)) > 0; got != tc.want {
			t.Errorf("%s: anchored at the end with a bound = %v, want %v", tc.src, got, tc.want)
		}
	}
}

func TestHeadBytes(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want int
	}{
		{`^(?i:schedule|annex)\s?\d{1,2}\b`, 8*4 + 4 + 2*4},
		{`^\s*(?:of|in|under)\s+this\b|^\s*(?:hereof|herein)\b`, unboundedHead},
		{`(?m)^schedule`, 0},   // a line's start
		{`^schedule|annex`, 0}, // a branch not anchored
		{`(?i)\bschedule`, 0},
	} {
		if got := headBytes(mustParse(t, tc.src)); got != tc.want {
			t.Errorf("%s: head bytes %d, want %d", tc.src, got, tc.want)
		}
	}
	// the prefilter of an expression anchored at the start looks at the
	// bytes a match can span only, or, without a bound, not at all on a
	// long text: a long text's later words neither make nor spoil a match
	pad := strings.Repeat("x ", 5000)
	bounded := New(`^(?i:schedule|annex)\s?\d{1,2}\b`)
	if !bounded.Rejects("see " + pad + "Schedule 4") {
		t.Error("the words past a match's reach let the text through")
	}
	if bounded.Rejects("Schedule 4 "+pad) || !bounded.MatchString("Schedule 4 "+pad) {
		t.Error("a match at the start of a long text was ruled out")
	}
	unbounded := New(`^\s*(?:of|in|under)\s+the\s+Agreement\b`)
	if unbounded.Rejects(pad) || unbounded.MatchString(pad) {
		t.Error("a long text was ruled out by a scan, or matched")
	}
	if text := "   of the Agreement " + pad; unbounded.Rejects(text) || !unbounded.MatchString(text) {
		t.Error("a match at the start of a long text was ruled out")
	}
	if unbounded.Rejects("of the Agreement") || !unbounded.Rejects("in no such place") {
		t.Error("the prefilter of a short text")
	}
}

// FuzzTail: an expression anchored at the end, run on the text's tail,
// finds what it finds in the whole text.
func FuzzTail(f *testing.F) {
	pats := []string{`(?i)\b(where|if|provided that|to|and)$`, `\B(?:ab|k)\s?$`, `(?i)(?:ſ|kelvin)[^a]{0,3}$`, `[.;:]\s{0,3}$`}
	res := make([]*Regexp, len(pats))
	for i, p := range pats {
		res[i] = New(p)
	}
	pad := strings.Repeat("word ", 30)
	f.Add(0, "the parties agree that")
	f.Add(1, "xab")
	f.Add(2, "\u212aelvin")
	f.Add(3, "end. ")
	f.Fuzz(func(t *testing.T, i int, s string) {
		if i < 0 {
			i = -i
		}
		r := res[i%len(res)]
		fuzzdeadline.Run(t, func() {
			for _, text := range []string{s, pad + s, pad + "é" + s, pad[:len(pad)-1] + s} {
				re := regexp.MustCompile(r.String())
				if got, want := r.FindStringSubmatchIndex(text), re.FindStringSubmatchIndex(text); !slices.Equal(got, want) {
					t.Fatalf("%s on %q: %v, the engine on the whole text %v", r, text, got, want)
				}
				if got, want := r.MatchString(text), re.MatchString(text); got != want {
					t.Fatalf("%s on %q: match %v, want %v", r, text, got, want)
				}
			}
		})
	})
}

func FuzzContainsFoldASCII(f *testing.F) {
	f.Add("The Customer SHALL pay", "shall")
	f.Add("aAaAb", "aab")
	f.Add("x", "")
	f.Fuzz(func(t *testing.T, s, lit string) {
		lit = strings.ToLower(lit)
		for i := 0; i < len(lit); i++ {
			if lit[i] >= 0x80 {
				return // (literals are ASCII)
			}
		}
		lower := []byte(s)
		for i, b := range lower {
			if 'A' <= b && b <= 'Z' {
				lower[i] = b + 'a' - 'A'
			}
		}
		if got, want := containsFoldASCII(s, lit), strings.Contains(string(lower), lit); got != want {
			t.Fatalf("containsFoldASCII(%q, %q) = %v, want %v", s, lit, got, want)
		}
	})
}

// TestCutInALongWord: a text whose tail is one long word has no place to
// cut; the whole text is read (a cut looked for before the text's start
// panicked).
func TestCutInALongWord(t *testing.T) {
	s := strings.Repeat("0", 81)
	if k := cut(s, 8); k != 0 {
		t.Fatalf("cut = %d, want 0", k)
	}
	r := New(`(?i)\b(where|if|and)$`)
	if r.MatchString(s) || !r.MatchString(strings.Repeat("0", 300)+" and") {
		t.Fatal("an expression anchored at the end read the wrong text")
	}
}

func TestReplacementCharacterClass(t *testing.T) {
	r := New("[\uFFFD☑]")
	if text := "a\xffb"; r.Get().MatchString(text) && r.Rejects(text) {
		t.Fatal("an invalid byte, which [\\x{FFFD}] matches, was rejected")
	}
}

func mustParse(t testing.TB, src string) *syntax.Regexp {
	t.Helper()
	re, err := syntax.Parse(src, syntax.Perl)
	if err != nil {
		t.Fatal(err)
	}
	return re
}
