package app

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/clausecheck/clausecheck/document"
	"github.com/clausecheck/clausecheck/internal/fuzzdeadline"
	"github.com/clausecheck/clausecheck/report"
)

// A quote as the reader made it is found in the file as written: across
// line breaks, Markdown syntax, hyphens and labels, with columns counted
// in characters and the quote's own punctuation in the region.
func TestLocatorPosition(t *testing.T) {
	cases := []struct {
		name, src, quote string
		markdown         bool
		want             position
		found            bool
	}{
		{"one line", "1. Intro\n2.1 AWS will not train on prompts.\n", "AWS will not train on prompts.", false,
			position{2, 5, 2, 35}, true},
		{"across lines", "5.2 AWS will make each endpoint available at least\n    ninety-nine point nine percent (99.9%) of the time.\n", "AWS will make each endpoint available at least ninety-nine point nine percent (99.9%) of the time.", false,
			position{1, 5, 2, 56}, true},
		{"CRLF line ends", "Title\r\n\r\n(a) system prompts are\r\nincluded;\r\n", "system prompts are included;", false,
			position{3, 5, 4, 10}, true},
		{"old Mac line ends", "Title\r\rsystem prompts are\rincluded;\r", "system prompts are included;", false,
			position{3, 1, 4, 10}, true},
		{"byte-order mark", "\uFEFFAWS shall not train.\n", "AWS shall not train.", false,
			position{1, 1, 1, 21}, true},
		{"characters, not bytes", "§ 6 (2) Die Verfügbarkeit beträgt 99,9 %.\n", "Die Verfügbarkeit beträgt 99,9 %.", false,
			position{1, 9, 1, 42}, true},
		{"hyphen at a line break", "Commitments are non-\ncancellable.\n", "Commitments are non-cancellable.", false,
			position{1, 1, 2, 13}, true},
		{"Markdown emphasis and links", "## 7\n\n7.1 AWS will **not** use [Customer Content](#defs) to\n_train_ any model.\n", "AWS will not use Customer Content to train any model.", true,
			position{3, 5, 4, 19}, true},
		{"Markdown struck text and comments", "AWS may ~~not~~ <!-- note --> cancel <del>at once</del> on notice.\n", "AWS may cancel on notice.", true,
			position{1, 1, 1, 67}, true},
		{"a sentence the file does not hold", "3.3 ninety (90) days' notice.\n", "sixty (60) days' notice.", false,
			position{}, false},
		{"no words", "text\n", " … ", false, position{}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			l := newLocator([]byte(c.src), c.markdown)
			got, ok := l.position(c.quote, 0)
			if ok != c.found || got != c.want {
				t.Errorf("position %+v %v, want %+v %v", got, ok, c.want, c.found)
			}
		})
	}
	if newLocator([]byte("caf\xe9 latin-1\n"), false) != nil {
		t.Error("a file that is not UTF-8 is located in")
	}
}

// A sentence written twice is placed in the clause the evidence cites; a
// file changed since it was read gets no positions; other formats none.
func TestLocateQuotes(t *testing.T) {
	dir := t.TempDir()
	src := "1.1 The rate is fixed.\n\n2.1 Pricing.\n\n2.2 The rate is fixed.\n"
	path := filepath.Join(dir, "d.txt")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256([]byte(src))
	doc := &document.Document{Path: path, Format: document.FormatText, SHA256: hex.EncodeToString(sum[:]), Clauses: []document.Clause{
		{ID: "1.1", Number: "1.1", Text: "The rate is fixed."}, {ID: "2.1", Number: "2.1", Text: "Pricing."}, {ID: "2.2", Number: "2.2", Text: "The rate is fixed."},
	}}
	dr := report.DocumentReport{Path: path, Findings: []report.Finding{{ID: "L6", Evidence: []report.Evidence{
		{Clause: "2.1", Quote: "Pricing."}, {Clause: "9.9", Quote: "The rate is fixed."},
	}}}}
	got := locateQuotes(doc, dr)
	if p := got[quoteKey(dr.Findings[0].Evidence[0])]; p != (position{3, 5, 3, 13}) {
		t.Errorf("2.1: %+v", p)
	}
	// a clause the draft lacks: the first place the sentence is
	if p := got[quoteKey(dr.Findings[0].Evidence[1])]; p.line != 1 {
		t.Errorf("9.9: %+v", p)
	}
	// the second clause with the same words: its own line
	dr.Findings[0].Evidence[1].Clause = "2.2"
	if p := locateQuotes(doc, dr)[quoteKey(dr.Findings[0].Evidence[1])]; p.line != 5 {
		t.Errorf("2.2: %+v, want line 5", p)
	}
	rep := report.Report{Documents: []report.DocumentReport{dr}}
	applyPositions(&rep, map[string]map[string]position{path: locateQuotes(doc, dr)})
	if e := rep.Documents[0].Findings[0].Evidence[1]; e.Line != 5 || e.Column != 5 || e.EndLine != 5 || e.EndColumn != 23 {
		t.Errorf("applied: %+v", e)
	}
	if dr.Findings[0].Evidence[1].Line != 0 {
		t.Error("applyPositions changed the evidence of another report")
	}
	if err := os.WriteFile(path, []byte(src+"\n3.1 Added later.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := locateQuotes(doc, dr); got != nil {
		t.Errorf("a file changed since it was read: %v", got)
	}
	doc.Format = document.FormatPDF
	if got := locateQuotes(doc, dr); got != nil {
		t.Errorf("a PDF: %v", got)
	}
}

// Any file and quote: no panic, and a region found holds the quote's words.
func FuzzLocator(f *testing.F) {
	f.Add([]byte("5.2 AWS will make each endpoint available at least\n ninety-nine (99.9%).\n"), "AWS will make each endpoint available", true)
	f.Add([]byte("a [b](c) ~~d~~ <!-- e\n--> f\r\ng"), "a b f g", true)
	f.Add([]byte("\uFEFF\r\r\n§ x"), "§ x", false)
	f.Fuzz(func(t *testing.T, data []byte, quote string, markdown bool) {
		fuzzdeadline.Run(t, func() { checkLocated(t, data, quote, markdown) })
	})
}

func checkLocated(t *testing.T, data []byte, quote string, markdown bool) {
	{
		l := newLocator(data, markdown)
		if l == nil {
			return
		}
		p, ok := l.position(quote, 0)
		if !ok {
			return
		}
		lines := strings.SplitAfter(strings.ReplaceAll(strings.ReplaceAll(l.src, "\r\n", "\n"), "\r", "\n"), "\n")
		if p.line < 1 || p.endLine < p.line || p.endLine > len(lines) || p.col < 1 || p.endCol < 1 {
			t.Fatalf("position %+v out of %d lines", p, len(lines))
		}
		if p.line == p.endLine && p.endCol <= p.col {
			t.Fatalf("empty region %+v", p)
		}
		if c := utf8.RuneCountInString(lines[p.line-1]); p.col > c {
			t.Fatalf("column %d past line %d of %d characters", p.col, p.line, c)
		}
	}
}
