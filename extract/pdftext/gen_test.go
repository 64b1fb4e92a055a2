package pdftext

import (
	"os"
	"path/filepath"
	"testing"
)

var genTestdata = flagBool("gentestdata", "write testdata/base.pdf (the source of the qpdf-made variants)")

// baseContent is the text of testdata/base.pdf and of the variants qpdf made
// from it (see testdata/README.md).
var baseContent = []string{
	textAt("F1", 10, 72, 700, "1.1 Customer shall pay the Fees.") + textAt("F1", 10, 72, 686, "1.2 Provider shall keep Customer Content confidential."),
	textAt("F2", 12, 72, 700, "2. Term") + textAt("F1", 10, 72, 686, "2.1 This Addendum starts on the Effective Date."),
}

var baseWant = [][]string{
	{"1.1 Customer shall pay the Fees.", "1.2 Provider shall keep Customer Content confidential."},
	{"2. Term", "2.1 This Addendum starts on the Effective Date."},
}

func TestGenerateTestdata(t *testing.T) {
	if !*genTestdata {
		t.Skip("run with -gentestdata to rewrite testdata/base.pdf")
	}
	if err := os.WriteFile(filepath.Join("testdata", "base.pdf"), testPDF{pages: baseContent}.bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}
