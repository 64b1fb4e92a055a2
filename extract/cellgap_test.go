package extract

import (
	"fmt"
	"regexp"
	"testing"
)

// cellGapExpr is what cellGaps finds, as an expression.
var cellGapExpr = regexp.MustCompile(`\t+|[^.:;!?\s] {2,}|\s{3,}`)

func TestCellGapsAsExpression(t *testing.T) {
	for _, s := range []string{
		"", "a", "Tier 1    USD 500,000    35%", "Ends here.  Next sentence", "a\t\tb \t c",
		"x  \ty", "  lead", "tail   ", "é  ü   ß", "\xff  x", "a.  b:  c!  d  e", "a \t\t b",
		"Component    |    Billable?", "\t", "   ", "a \n\f\r b",
	} {
		if got, want := fmt.Sprint(cellGaps(s)), fmt.Sprint(cellGapExpr.FindAllStringIndex(s, -1)); got != want {
			t.Errorf("cellGaps(%q) = %s, want %s", s, got, want)
		}
	}
}

func FuzzCellGaps(f *testing.F) {
	for _, s := range []string{"Tier 1    USD 500,000    35%", "a\t\tb \t c", "é  ü   ß", "\xff  x", "a.  b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := fmt.Sprint(cellGaps(s)), fmt.Sprint(cellGapExpr.FindAllStringIndex(s, -1)); got != want {
			t.Fatalf("cellGaps(%q) = %s, want %s", s, got, want)
		}
	})
}
