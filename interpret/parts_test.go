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
