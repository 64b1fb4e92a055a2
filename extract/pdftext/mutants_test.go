package pdftext

import (
	"math/rand"
	"testing"
)

// TestMutantRecall: a damaged byte loses at most its operator, page or
// stream, not the document. Of 100 copies of a real LibreOffice PDF with 10
// random bytes changed, most must still give back 90% of the words.
func TestMutantRecall(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: 100 extractions")
	}
	data := readTestdata(t, "libreoffice.pdf")
	clean, err := Extract(data)
	if err != nil {
		t.Fatal(err)
	}
	want := words(joinedText(clean, nil))
	total := 0
	for _, n := range want {
		total += n
	}
	rng := rand.New(rand.NewSource(3))
	good := 0
	for i := 0; i < 100; i++ {
		m := append([]byte(nil), data...)
		for k := 0; k < 10; k++ {
			m[rng.Intn(len(m))] = byte(rng.Intn(256))
		}
		res, err := Extract(m)
		if err != nil {
			continue
		}
		got := words(joinedText(res, nil))
		common := 0
		for w, n := range want {
			common += min(n, got[w])
		}
		if float64(common) >= 0.9*float64(total) {
			good++
		}
	}
	t.Logf("%d of 100 mutants kept >= 90%% of the words", good)
	if good < minMutantsGood {
		t.Errorf("%d of 100 mutants kept >= 90%% of the words, want >= %d", good, minMutantsGood)
	}
}

// pdftotext 22.02 keeps 90% of the words for 50 of the same 100 mutants.
const minMutantsGood = 38
