package interpret

import (
	"math/rand/v2"
	"regexp"
	"testing"
)

// omitTrim strips the ends as the pattern it replaces did, on the marks
// and on long bodies alike.
func TestOmitTrim(t *testing.T) {
	old := regexp.MustCompile(`^[\s\[\(\*_.:—–-]+|[\s\]\)\*_.:—–-]+$`)
	cases := []string{"", "Reserved.", "[Intentionally Omitted]", "— Reserved —", "(x", "x]", "-.-", " x ", "[[*Not used.*]]",
		"\t(Deleted)\n", "x — y", "]x[", "Reserved; the parties will agree terms later.", "–", "..."}
	rnd := rand.New(rand.NewPCG(1, 2))
	alphabet := []rune(" \t\n[]()*_.:—–-xR;")
	for range 2000 {
		r := make([]rune, rnd.IntN(12))
		for i := range r {
			r[i] = alphabet[rnd.IntN(len(alphabet))]
		}
		cases = append(cases, string(r))
	}
	for _, c := range cases {
		if got, want := omitTrim(c), old.ReplaceAllString(c, ""); got != want {
			t.Errorf("omitTrim(%q) = %q, want %q", c, got, want)
		}
	}
}

// A heading run into a bracketed omission mark, as a PDF line joins them
// ("Custom model import [Intentionally Omitted]"), marks the section
// omitted; a sentence that only mentions a bracketed mark does not.
func TestHeadingRunIntoOmissionMark(t *testing.T) {
	r := mustReader(t).r
	for text, want := range map[string]bool{
		"Custom model import [Intentionally Omitted]":                          true,
		"PT pre-purchase credits [Reserved]":                                   true,
		"Custom model import [to be agreed]":                                   false,
		"Customer may import open-weight models and no fee applies [Reserved]": false,
		"The parties discussed custom model import at length. [Reserved]":      false,
	} {
		if got := isOmitted(text, r); got != want {
			t.Errorf("isOmitted(%q) = %v, want %v", text, got, want)
		}
	}
}
