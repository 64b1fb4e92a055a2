package extract

import (
	"bytes"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/clausecheck/clausecheck/document"
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
	switch {
	case bytes.Contains(head, magicPDF):
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
	switch strings.ToLower(filepath.Ext(path)) {
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

var mdSignals = regexp.MustCompile(`(?m)^(#{1,6} \S|\|.*\|\s*$|\s*[-*] \S|.*\*\*\S.*\*\*)`)

func looksLikeMarkdown(data []byte) bool {
	if len(data) > 64<<10 {
		data = data[:64<<10]
	}
	if !utf8.Valid(data) {
		return false
	}
	return len(mdSignals.FindAllIndex(data, 4)) >= 3
}
