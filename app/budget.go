package app

import (
	"io"
	"math"
	"os"
	"runtime/debug"
	"runtime/metrics"

	"github.com/clausecheck/clausecheck/document"
	"github.com/clausecheck/clausecheck/extract"
)

// budgetBase and budgetPerByte make the soft memory limit under which a
// draft is read, over what the heap already holds: a margin for the
// runtime, and two and a half times the draft (at its peak, extraction
// holds the draft's paragraphs and its text laid out once, with the
// clauses' structures; the draft's bytes are let go of by then).
const (
	budgetBase    = 32 << 20
	budgetPerByte = 2.5
)

// readDraft is extract.FileWith under memoryBudget.
func readDraft(path string, opt extract.Options) (*document.Document, error) {
	defer memoryBudget(path)()
	return extract.FileWith(path, opt)
}

// memoryBudget puts a text or Markdown draft's reading under a soft
// memory limit sized to it and to what the heap already holds (the
// compiled policies, in a check) (runtime/debug.SetMemoryLimit): the
// collector then runs before the heap doubles what is live, which, on a
// long text draft, would be several times the file. It returns the
// function that puts the previous limit back. A limit the user set
// (GOMEMLIMIT) is left alone. The limit is soft: a draft that needs more
// still gets it, with more collections. (A PDF or DOCX file is
// compressed: what reading it holds is not in proportion to its size, and
// a limit in proportion would only make the collector run on.)
func memoryBudget(path string) (restore func()) {
	st, err := os.Stat(path)
	if err != nil || !st.Mode().IsRegular() || !isText(path) {
		return func() {}
	}
	prev := debug.SetMemoryLimit(-1)
	if prev != math.MaxInt64 || st.Size() > (math.MaxInt64/2-budgetBase)/4 {
		return func() {}
	}
	live := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(live)
	var held int64
	if live[0].Value.Kind() == metrics.KindUint64 {
		held = int64(min(live[0].Value.Uint64(), math.MaxInt64/2))
	}
	debug.SetMemoryLimit(held + budgetBase + int64(budgetPerByte*float64(st.Size())))
	return func() { debug.SetMemoryLimit(prev) }
}

// isText: the file at path is a text or Markdown draft, by its first
// bytes (extract.Sniff).
func isText(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 1024)
	n, _ := io.ReadFull(f, head)
	format, err := extract.Sniff(path, head[:n])
	return err == nil && (format == document.FormatText || format == document.FormatMarkdown)
}
