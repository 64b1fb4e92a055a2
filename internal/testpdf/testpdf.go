// Package testpdf builds and damages small PDF files for tests.
package testpdf

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"io"
)

// Minimal builds a one-page PDF whose page content is the given stream
// (Helvetica as /F1). With pages set, that page tree is used instead and
// no page is written.
func Minimal(pages, content string) []byte {
	var b bytes.Buffer
	var offs []int
	obj := func(s string) {
		offs = append(offs, b.Len())
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", len(offs), s)
	}
	b.WriteString("%PDF-1.4\n")
	obj("<< /Type /Catalog /Pages 2 0 R >>")
	if pages != "" {
		obj(pages)
	} else {
		obj("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
		obj("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>")
		obj(fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content))
		obj("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(offs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(offs)+1, xref)
	return b.Bytes()
}

// Streams calls f with the byte range of each stream's data, in file order.
func Streams(data []byte, f func(start, end int)) {
	for at := 0; ; {
		i := bytes.Index(data[at:], []byte("stream\n"))
		if i < 0 {
			return
		}
		start := at + i + len("stream\n")
		end := bytes.Index(data[start:], []byte("endstream"))
		if end < 0 {
			return
		}
		end += start
		f(start, end)
		at = end + len("endstream")
	}
}

// DamageText flips 40 bytes in the middle of the nth Flate-compressed
// stream (from 1) that shows text, leaving every offset in place: that
// page's content is damaged from there on.
func DamageText(data []byte, n int) []byte {
	out := append([]byte{}, data...)
	seen := 0
	Streams(out, func(start, end int) {
		zr, err := zlib.NewReader(bytes.NewReader(out[start:end]))
		if err != nil {
			return
		}
		text, _ := io.ReadAll(zr)
		if !bytes.Contains(text, []byte("Tj")) && !bytes.Contains(text, []byte("TJ")) {
			return
		}
		if seen++; seen == n {
			mid := start + (end-start)/2
			for k := mid; k < mid+40 && k < end; k++ {
				out[k] ^= 0x5a
			}
		}
	})
	return out
}
