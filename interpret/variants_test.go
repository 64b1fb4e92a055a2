package interpret

import "testing"

// Variants of a library clause spread over clauses of their own: the one
// the draft records as executed binds, the others do not, whether the
// record is a selection log elsewhere or a mark on the label.
func TestVariantsAcrossClauses(t *testing.T) {
	t.Run("a selection log names the numbered variant executed", func(t *testing.T) {
		rg := read(t, "# Addendum export\n\n## ARTICLE 4 — MODEL LIFECYCLE\n\n### CLM-BR-002 Deprecation\n\n**Library variant 02-A (Preferred)**\n\n"+
			"**Section 4.01 Notice.** AWS will give Customer twelve (12) months' written notice before a Foundation Model reaches end-of-life.\n\n"+
			"**Section 4.02 Migration Credit.** If a Foundation Model reaches end-of-life, AWS will issue a credit of up to USD 250,000 for the migration to its successor model.\n\n"+
			"**Library variant 02-B (Fallback)**\n\n"+
			"**Section 4.01 Notice.** AWS will give Customer twelve (12) months' written notice before a Foundation Model reaches end-of-life.\n\n"+
			"**Section 4.02 Migration Assistance.** Upon any such notice, AWS will provide a migration runbook for the successor model.\n\n"+
			"## CLAUSE SELECTION LOG\n\n| Clause ID | Section(s) | Variant executed |\n|---|---|---|\n| CLM-BR-002 | 4.01–4.02 | **02-B (Fallback)** |\n")
		for _, m := range rg.Frames().ModelLifecycle {
			if m.InForce && m.Remedy {
				t.Errorf("the credit of variant 02-A, not executed, is in force: %+v", m)
			}
		}
		notices := 0
		for _, m := range rg.Frames().ModelLifecycle {
			if m.InForce && m.Notice {
				notices++
			}
		}
		if notices == 0 {
			t.Errorf("the notice of variant 02-B, executed, is not in force")
		}
	})
	t.Run("a mark on a lettered label, the next library clause starting again at [P]", func(t *testing.T) {
		rg := read(t, "CLM CLAUSE COMPARISON REPORT\n\n[P]\n\nARTICLE 8 (CUSTOM MODEL IMPORT)\n\n1. The Customer may import open-weight models into Bedrock.\n\n"+
			"2. No licence fee or per-import fee is charged for an import; only the infrastructure charges for the imported model apply.\n\n"+
			"[F] >> ADOPTED\n\nARTICLE 8 (CUSTOM MODEL IMPORT)\n\n1. The Customer may import open-weight models into Bedrock, provided that it holds the rights under the model licence.\n\n"+
			"[P] >> ADOPTED\n\nARTICLE 9 (PT SERVICE LEVEL)\n\n1. AWS shall make each Provisioned Throughput endpoint available 99.9% of each calendar month and shall grant service credits if it does not.\n")
		for _, c := range rg.Frames().CustomImport {
			if c.InForce && c.NoFee {
				t.Errorf("the fee waiver of variant [P], not adopted, is in force: %+v", c)
			}
		}
		inForce := 0
		for _, s := range rg.Frames().PTSLA {
			if s.InForce {
				inForce++
			}
		}
		if inForce == 0 {
			t.Errorf("the adopted [P] of the next article is not in force")
		}
	})
}
