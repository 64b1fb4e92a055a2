package extract

import (
	"strings"
	"testing"
)

// A table row whose cells all wrapped onto a second line (the first column
// too) continues the row above; a new row, a figure or a unit does not.
func TestContinuesRow(t *testing.T) {
	tests := []struct {
		name, above, line string
		want             bool
	}{
		{"every cell wrapped", "Amazon Data Services\tInfrastructure operations for EU cross-region\tEuropean", "Ireland Limited\tinference, where enabled by Customer\tUnion", true},
		{"the next row starts in capitals", "Amazon Data Services\tInfrastructure operations for EU cross-region\tEuropean", "Amazon Web Services\tOn-site data centre operations\tGermany", false},
		{"n/a under a price", "Llama 4 70B\t$2.07\t$2.73\t$14.82", "Mistral Large 2\t$1.56\t$4.68\tn/a", false},
		{"a cell that ended its sentence", "Claude\tBilled per request.\tUSD", "Nova\tcounted per token\tUSD", false},
		{"each row starts the same way", "Claude\tper million tokens\t$3.00", "Nova\tper million tokens\t$0.80", false},
	}
	for _, tt := range tests {
		parts := strings.Split(tt.line, "\t")
		cols := make([]int, len(parts))
		for i := range cols {
			cols[i] = i
		}
		if got := continuesRow(tt.above, parts, cols, len(parts)); got != tt.want {
			t.Errorf("%s: continuesRow = %v, want %v", tt.name, got, tt.want)
		}
	}
}
