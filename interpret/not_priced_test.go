package interpret

import (
	"testing"
)

// "not priced" names a topic with no price set: no waiver of a fee.
func TestNotPricedIsNoWaiver(t *testing.T) {
	rg := read(t, "# Evaluation\n\n## 6. Risks\n\nR4 Phase 2 (custom model import) not priced. To be re-sourced in 2026.\n")
	for _, c := range rg.Frames().CustomImport {
		if c.NoFee && c.InForce {
			t.Errorf("%q read as no import fee", c.Quote)
		}
	}
}
