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
		// a hostile size, not damage: the draft is refused naming it
		return &LimitError{Name: "stream size", Max: "64 MiB a content stream",
			Found: "a page's content stream decodes to more than 64 MiB"}
	}
	if n := longestOperandRun(data); n > maxOperands {
		// "1 1 1 …" for millions of tokens with no operator: the lexer
		// keeps every one on its stack
		return &LimitError{Name: "operands", Max: fmt.Sprintf("%d before an operator", maxOperands),
			Found: fmt.Sprintf("a content stream with more than %d operands before an operator", maxOperands)}
	}
	if err == nil && !hexClosed(data) {
		return errUnsafeStream
	}
	return nil
}

// maxOperands bounds the operands a content stream may stack before an
// operator takes them: a long line of text is one TJ array of some
// thousands; each operand costs the library's lexer some hundred bytes.
const maxOperands = 500_000

// longestOperandRun scans data as the library's lexer would and returns
// the most tokens (numbers, names, strings, array and dictionary marks)
// seen between two operators. Inline image data (ID … EI) is skipped.
func longestOperandRun(data []byte) int {
	run, longest := 0, 0
	for i := 0; i < len(data); i++ {
		c := data[i]
		switch {
		case c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0:
			continue
		case c == '%':
			for i < len(data) && data[i] != '\n' && data[i] != '\r' {
				i++
			}
			continue
		case c == '(':
			i = skipString(data, i) - 1
		case c == '<':
			if i+1 < len(data) && data[i+1] == '<' {
				i++
			} else if j := bytes.IndexByte(data[i+1:], '>'); j >= 0 {
				i += j + 1
			} else {
				i = len(data)
			}
		case c == '/' || c == '+' || c == '-' || c == '.' || c >= '0' && c <= '9':
			for i+1 < len(data) && regularByte(data[i+1]) {
				i++
			}
		case c == '[' || c == ']' || c == '{' || c == '}' || c == '>' || c == ')':
		default:
			// an operator: it takes the operands stacked before it
			j := i
			for j+1 < len(data) && regularByte(data[j+1]) {
				j++
			}
			op := data[i : j+1]
			i = j
			if run > longest {
				longest = run
			}
			run = 0
			if string(op) == "ID" {
				// inline image data up to "EI" after white space
				k := bytes.Index(data[i+1:], []byte("EI"))
				for k >= 0 && !(k == 0 || isSpaceByte(data[i+1+k-1])) {
					next := bytes.Index(data[i+1+k+2:], []byte("EI"))
					if next < 0 {
						k = -1
						break
					}
					k += 2 + next
				}
				if k < 0 {
					return longest
				}
				i += k + 2
			}
			continue
		}
		run++
	}
	if run > longest {
		longest = run
	}
	return longest
}

// regularByte: a byte that continues a token (not white space or a
// delimiter).
func regularByte(c byte) bool {
	switch c {
	case ' ', '\n', '\r', '\t', '\f', 0, '(', ')', '<', '>', '[', ']', '{', '}', '/', '%':
		return false
	}
	return true
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0
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
