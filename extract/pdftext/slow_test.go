package pdftext

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestSlowMutants(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.pdf"))
	rng := rand.New(rand.NewSource(7))
	for _, name := range files {
		data, _ := os.ReadFile(name)
		for i := 0; i < 300; i++ {
			m := append([]byte(nil), data...)
			for k := 0; k < 1+rng.Intn(5); k++ {
				p := rng.Intn(len(m))
				switch rng.Intn(3) {
				case 0:
					m[p] = byte(rng.Intn(256))
				case 1:
					if m[p] >= '0' && m[p] <= '9' {
						m = append(m[:p], append([]byte("99999"), m[p:]...)...)
					}
				case 2:
					m[p] = "0123456789"[rng.Intn(10)]
				}
			}
			done := make(chan struct{})
			start := time.Now()
			go func() { Extract(m); close(done) }()
			select {
			case <-done:
				if d := time.Since(start); d > 300*time.Millisecond {
					fn := fmt.Sprintf("/tmp/slow-%s-%d.pdf", filepath.Base(name), i)
					os.WriteFile(fn, m, 0o644)
					fmt.Println("SLOW", fn, d)
				}
			case <-time.After(10 * time.Second):
				os.WriteFile("/tmp/hang.pdf", m, 0o644)
				t.Fatalf("HANG %s %d", name, i)
			}
		}
	}
}
