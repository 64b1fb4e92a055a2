package pdftext

import (
	"os"
	"testing"
)

func BenchmarkSlowOne(b *testing.B) {
	data, _ := os.ReadFile(os.Getenv("SLOWPDF"))
	for b.Loop() {
		Extract(data)
	}
}
