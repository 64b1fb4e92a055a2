package app

import (
	"math"
	"os"
	"runtime/debug"

	"github.com/clausecheck/clausecheck/document"
	"github.com/clausecheck/clausecheck/extract"
)

// budgetBase and budgetPerByte make the soft memory limit under which a
// draft is read: the runtime's own needs, and three times the draft (its
// bytes, the text laid out once, the paragraphs on their way there).
const (
	budgetBase    = 64 << 20
	budgetPerByte = 3
)

// readDraft is extract.FileWith under a soft memory limit sized to the
// draft (runtime/debug.SetMemoryLimit): the collector then runs before
// the heap doubles what is live, which, on a long text draft, would be
// several times the file. The previous limit is put back afterwards, and
// a limit the user set (GOMEMLIMIT) is left alone. The limit is soft: a
// draft that needs more still gets it, with more collections.
func readDraft(path string, opt extract.Options) (*document.Document, error) {
	if st, err := os.Stat(path); err == nil && st.Mode().IsRegular() {
		prev := debug.SetMemoryLimit(-1)
		if prev == math.MaxInt64 && st.Size() <= (math.MaxInt64-budgetBase)/budgetPerByte {
			debug.SetMemoryLimit(budgetBase + budgetPerByte*st.Size())
			defer debug.SetMemoryLimit(prev)
		}
	}
	return extract.FileWith(path, opt)
}
