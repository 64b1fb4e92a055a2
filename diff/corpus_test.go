package diff

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/clausecheck/clausecheck/extract"
)

// corpusDir is the optional shared corpus beside the checkout (../shared
// from the repository root); tests that need it skip when it is absent.
func corpusDir(t testing.TB) string {
	t.Helper()
	dir := filepath.Join("..", "..", "shared", "corpus")
	if _, err := os.Stat(filepath.Join(dir, "SOURCES.md")); err != nil {
		t.Skip("shared corpus absent")
	}
	return dir
}

func corpusPair(t testing.TB, oldRel, newRel string) *Result {
	t.Helper()
	dir := corpusDir(t)
	a, err := extract.File(filepath.Join(dir, oldRel))
	if err != nil {
		t.Fatal(err)
	}
	b, err := extract.File(filepath.Join(dir, newRel))
	if err != nil {
		t.Fatal(err)
	}
	res, err := Compare(a, b, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// TestCorpusPairs runs real version pairs listed in the corpus's
// SOURCES.md; it is skipped when the shared corpus is absent.
func TestCorpusPairs(t *testing.T) {
	tests := []struct {
		name, old, new string
		tooDifferent   bool
		maxSubstantive int
		// want lists changes that must be there: kind old>new, and a
		// text that must be on the inserted side of its redline.
		want        []struct{ key, inserted string }
		minCosmetic map[string]int
	}{
		{
			name:           "anthropic commercial terms, renumbering only",
			old:            "anthropic/anthropic-commercial-terms-2025-06-17-capture-2025-11-11.md",
			new:            "anthropic/anthropic-commercial-terms-2025-06-17-capture-2026-03-11.md",
			maxSubstantive: 0,
			minCosmetic:    map[string]int{CosmeticNumStyle: 30},
		},
		{
			name:           "aws service terms, Bedrock introduced",
			old:            "aws-service-terms/aws-service-terms-2023-09-12.md",
			new:            "aws-service-terms/aws-service-terms-2023-09-28.md",
			maxSubstantive: 15,
			want: []struct{ key, inserted string }{
				{"added >50.12", "Amazon Bedrock"},
				{"modified 50.1>50.1", "Bedrock"},
				{"added >50.12.3", "Provisioned throughput"},
			},
		},
		{
			name:           "aws service terms, large with renumberings",
			old:            "aws-service-terms/aws-service-terms-2024-03-15.md",
			new:            "aws-service-terms/aws-service-terms-2024-07-23.md",
			maxSubstantive: 60,
			minCosmetic:    map[string]int{CosmeticRenumber: 10, CosmeticReference: 1},
		},
		{
			name:           "google cloud terms, good-faith payment disputes",
			old:            "google-cloud-terms/google-cloud-terms-2023-07-12.md",
			new:            "google-cloud-terms/google-cloud-terms-2023-11-16.md",
			maxSubstantive: 12,
			want:           []struct{ key, inserted string }{{"modified 2.3>2.3", "in good faith"}},
		},
		{
			name:         "unrelated drafts",
			old:          "anthropic/anthropic-dpa-2025-02-24.md",
			new:          "openai/openai-dpa-2025-12-01.md",
			tooDifferent: true,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := corpusPair(t, tc.old, tc.new)
			if res.TooDifferent != tc.tooDifferent {
				t.Fatalf("too_different = %v (similarity %v), want %v", res.TooDifferent, res.Similarity, tc.tooDifferent)
			}
			if res.Stats.Substantive > tc.maxSubstantive {
				t.Errorf("%d substantive changes, want at most %d", res.Stats.Substantive, tc.maxSubstantive)
				for _, c := range res.Changes {
					if c.Substantive {
						t.Logf("  %s", brief(c))
					}
				}
			}
			byKey := map[string]Change{}
			for _, c := range res.Changes {
				byKey[changeKey(string(c.Kind), c.OldClause, c.NewClause)] = c
			}
			for _, w := range tc.want {
				c, ok := byKey[w.key]
				if !ok {
					t.Errorf("no change %q", w.key)
					continue
				}
				if !touches(c.Redline, OpInsert, w.inserted) {
					t.Errorf("%s: %q not inserted", w.key, w.inserted)
				}
			}
			for k, n := range tc.minCosmetic {
				if res.Cosmetic.ByKind[k] < n {
					t.Errorf("cosmetic %s = %d, want at least %d", k, res.Cosmetic.ByKind[k], n)
				}
			}
			checkRedlines(t, res)
		})
	}
}
