package pdftext

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// BenchmarkExtract measures Extract on the ~100-page LibreOffice contract in
// fixtures/bench (target: within 1.5× of pdftotext -layout on the same file).
func BenchmarkExtract(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("..", "..", "fixtures", "bench", "long.pdf"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for b.Loop() {
		if _, err := Extract(data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPdftotext runs pdftotext -layout on the same file for comparison;
// it skips when pdftotext is not installed.
func BenchmarkPdftotext(b *testing.B) {
	path, err := exec.LookPath("pdftotext")
	if err != nil {
		b.Skip("pdftotext not installed")
	}
	in := filepath.Join("..", "..", "fixtures", "bench", "long.pdf")
	for b.Loop() {
		if err := exec.Command(path, "-layout", in, os.DevNull).Run(); err != nil {
			b.Fatal(err)
		}
	}
}
