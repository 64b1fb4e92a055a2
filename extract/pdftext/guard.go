package pdftext

import (
	"bytes"
	"errors"
	"fmt"
	"io"

	"github.com/ledongthuc/pdf"
)

const maxStreamBytes = 64 << 20

var errUnsafeStream = errors.New("unterminated hex string")

// checkStream reads the decoded data of a stream (or array of streams) and
// reports whether the library's tokenizer can run over it: it loops forever
// on a hex string left open at the end of the data, so such a stream is
// refused before pdf.Interpret sees it.
func checkStream(v pdf.Value) error {
	var data []byte
	read := func(s pdf.Value) (err error) {
		defer func() {
			if x := recover(); x != nil {
				err = fmt.Errorf("%v", x)
			}
		}()
		rc := s.Reader()
		defer rc.Close()
		b, err := io.ReadAll(io.LimitReader(rc, maxStreamBytes+1-int64(len(data))))
		data = append(data, b...)
		if err == nil && len(data) > maxStreamBytes {
			err = errors.New("stream too large")
		}
		return err
	}
	// A read error (damaged compressed data) is not refused: the library
	// fails at the same point with a panic, after the text before it.
	var err error
	if v.Kind() == pdf.Array {
		for i := 0; i < v.Len() && err == nil; i++ {
			err = read(v.Index(i))
			data = append(data, '\n')
		}
	} else {
		err = read(v)
	}
	if len(data) > maxStreamBytes {
		return err
	}
	if err == nil && !hexClosed(data) {
		return errUnsafeStream
	}
	return nil
}

// hexClosed scans data as the library's lexer would (comments, literal
// strings, dictionaries) and reports false when a hex string is never closed.
func hexClosed(data []byte) bool {
	for i := 0; i < len(data); i++ {
		switch data[i] {
		case '%':
			for i < len(data) && data[i] != '\n' && data[i] != '\r' {
				i++
			}
		case '(':
			i = skipString(data, i) - 1
		case '<':
			if i+1 < len(data) && data[i+1] == '<' {
				i++
				continue
			}
			j := bytes.IndexByte(data[i+1:], '>')
			if j < 0 {
				return false
			}
			i += j + 1
		}
	}
	return true
}

// skipString returns the index just past the literal string that opens at
// data[i] ("(" … ")", nested parentheses and escapes counted), or len(data).
func skipString(data []byte, i int) int {
	depth := 1
	for i++; i < len(data) && depth > 0; i++ {
		switch data[i] {
		case '\\':
			i++
		case '(':
			depth++
		case ')':
			depth--
		}
	}
	return min(i, len(data))
}
