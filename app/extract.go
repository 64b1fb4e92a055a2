package app

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/clausecheck/clausecheck/document"
	"github.com/clausecheck/clausecheck/extract"
	"github.com/clausecheck/clausecheck/render"
)

// ExtractOptions are the options of `clausecheck extract`.
type ExtractOptions struct {
	Path     string
	Format   string // json (default) or text
	Output   string // file to write instead of Stdout
	Original bool   // DOCX: reject tracked changes
}

// Extract reads one draft and writes its clauses.
func Extract(opt ExtractOptions, stdout io.Writer) error {
	if opt.Format == "" {
		opt.Format = "json"
	}
	if opt.Format != "json" && opt.Format != "text" {
		return &UsageError{Msg: fmt.Sprintf("unknown format %q (want json or text)", opt.Format)}
	}
	// the budget holds while the document is written too: it is as
	// large as the draft
	defer memoryBudget(opt.Path)()
	doc, err := extract.FileWith(opt.Path, extract.Options{Original: opt.Original})
	if err != nil {
		return err
	}
	w, commit, discard, err := output(stdout, opt.Output, []string{opt.Path})
	if err != nil {
		return err
	}
	if opt.Format == "json" {
		err = WriteDocumentJSON(w, doc)
	} else {
		err = WriteDocumentText(w, doc)
	}
	if err != nil {
		discard()
		return err
	}
	return commit()
}

// WriteDocumentJSON writes the clausecheck/document/v1 JSON of doc: the
// bytes of an indented json.Encoder, but written a clause at a time, so
// that a long draft's JSON (twice its text) is never held whole in memory.
func WriteDocumentJSON(w io.Writer, doc *document.Document) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	if doc.Clauses == nil {
		if err := encodeIndented(bw, doc, ""); err != nil {
			return err
		}
		return bw.Flush()
	}
	// the document without its clauses, split where they go
	shell := *doc
	shell.Clauses = nil
	var head bytes.Buffer
	if err := encodeIndented(&head, &shell, ""); err != nil {
		return err
	}
	const slot = "\n  \"clauses\": null"
	i := bytes.Index(head.Bytes(), []byte(slot))
	if i < 0 {
		return fmt.Errorf("document JSON: no clauses field")
	}
	bw.Write(head.Bytes()[:i])
	bw.WriteString("\n  \"clauses\": [")
	var one bytes.Buffer
	for k := range doc.Clauses {
		one.Reset()
		if err := encodeIndented(&one, &doc.Clauses[k], "    "); err != nil {
			return err
		}
		if k > 0 {
			bw.WriteByte(',')
		}
		bw.WriteString("\n    ")
		bw.Write(bytes.TrimSuffix(one.Bytes(), []byte("\n")))
	}
	if len(doc.Clauses) > 0 {
		bw.WriteString("\n  ")
	}
	bw.WriteByte(']')
	bw.Write(head.Bytes()[i+len(slot):])
	return bw.Flush()
}

// encodeIndented writes v as WriteDocumentJSON does (two-space indent, no
// HTML escaping), each line after the first behind prefix.
func encodeIndented(w io.Writer, v any, prefix string) error {
	enc := json.NewEncoder(w)
	enc.SetIndent(prefix, "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// WriteDocumentText writes the clause tree of doc for a person.
func WriteDocumentText(w io.Writer, doc *document.Document) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s  (%s", doc.Path, doc.Format)
	if doc.Pages > 0 {
		fmt.Fprintf(&b, ", %d pages", doc.Pages)
	}
	if doc.View != "" {
		fmt.Fprintf(&b, ", %s view", doc.View)
	}
	fmt.Fprintf(&b, ", %d clauses, %d definitions)\n", len(doc.Clauses), len(doc.Definitions))
	for _, warn := range doc.Warnings {
		fmt.Fprintf(&b, "warning: %s\n", warn)
	}
	for _, c := range doc.Clauses {
		indent := strings.Repeat("  ", max(c.Level-1, 0))
		label := c.Number
		if label == "" {
			label = "[" + c.Kind + "]"
			if c.Kind == document.KindClause {
				label = "•"
			}
		}
		line := indent + label
		if c.Heading != "" {
			line += "  " + c.Heading
		}
		if c.Page > 0 {
			line += fmt.Sprintf("  (p. %d)", c.Page)
		}
		b.WriteString(line + "\n")
		if t := oneLine(c.Text, 100); t != "" {
			b.WriteString(indent + "    " + t + "\n")
		}
		for _, f := range c.Facts {
			fmt.Fprintf(&b, "%s    · %s: %s\n", indent, f.Kind, f.Text)
		}
		for _, r := range c.Refs {
			if r.Missing {
				fmt.Fprintf(&b, "%s    ! reference to %s: not in this draft\n", indent, r.Text)
			}
		}
	}
	_, err := io.WriteString(w, render.Visible(b.String()))
	return err
}

func oneLine(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
