package extract

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/clausecheck/clausecheck/document"
	"github.com/clausecheck/clausecheck/internal/lazyre"
)

var (
	magicPDF = []byte("%PDF-")
	magicZip = []byte("PK\x03\x04")
	magicOLE = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
)

// Sniff decides the format of a draft from its content; the extension only
// separates Markdown from plain text, which share a byte-level signature.
func Sniff(path string, data []byte) (document.Format, error) {
	head := data
	if len(head) > 1024 {
		head = head[:1024]
	}
	ext := strings.ToLower(filepath.Ext(path))
	switch {
	case isPDFHead(head, ext):
		return document.FormatPDF, nil
	case bytes.HasPrefix(data, magicZip):
		return document.FormatDOCX, nil
	case bytes.HasPrefix(data, magicOLE):
		// Password-protected DOCX files are OLE compound files; so are
		// legacy .doc files. The DOCX reader says which.
		return document.FormatDOCX, nil
	}
	if isBinary(head) {
		return "", fmt.Errorf("%w (binary content)", ErrUnknownFormat)
	}
	switch ext {
	case ".pdf":
		// named a PDF but holds text: a wrong file, not a draft to read
		// as text (and report with every clause missing)
		return "", fmt.Errorf("%w: named .pdf but has no %%PDF header (not a PDF file)", ErrUnknownFormat)
	case ".docx":
		return "", fmt.Errorf("%w: named .docx but is not a Word (zip) file", ErrUnknownFormat)
	}
	switch ext {
	case ".md", ".markdown", ".mdown":
		return document.FormatMarkdown, nil
	case ".txt", ".text":
		return document.FormatText, nil
	}
	if looksLikeMarkdown(data) {
		return document.FormatMarkdown, nil
	}
	return document.FormatText, nil
}

// isBinary reports control bytes that no text draft contains. UTF-16 text
// with a byte-order mark is text.
func isBinary(head []byte) bool {
	if bytes.HasPrefix(head, []byte{0xFF, 0xFE}) || bytes.HasPrefix(head, []byte{0xFE, 0xFF}) {
		return false
	}
	ctl := 0
	for _, b := range head {
		switch {
		case b == 0:
			return true
		case b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1b:
			ctl++
		}
	}
	return ctl > len(head)/20+1
}

var mdSignals = lazyre.New(`(?m)^(#{1,6} \S|\|.*\|\s*$|\s*[-*] \S|.*\*\*\S.*\*\*)`)

func looksLikeMarkdown(data []byte) bool {
	if len(data) > 64<<10 {
		data = data[:64<<10]
	}
	if !utf8.Valid(data) {
		return false
	}
	return len(mdSignals.FindAllIndex(data, 4)) >= 3
}

// isPDFHead: the PDF header opens the file, or sits within its first KiB
// after junk (a mail or HTTP header) — but in a text or Markdown draft that
// merely mentions "%PDF-" in its first lines it is text.
func isPDFHead(head []byte, ext string) bool {
	i := bytes.Index(head, magicPDF)
	if i < 0 {
		return false
	}
	if i == 0 || ext == ".pdf" {
		return true
	}
	switch ext {
	case ".md", ".markdown", ".mdown", ".txt", ".text":
		return false
	}
	// no telling extension: junk before a header is binary-ish or a
	// short preamble; a text draft has whole lines of words before it
	return !utf8.Valid(head[:i]) || bytes.Count(head[:i], []byte("\n")) < 3
}
