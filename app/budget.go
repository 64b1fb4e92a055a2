package app

import (
	"math"
	"os"
	"runtime/debug"
	"runtime/metrics"

	"github.com/clausecheck/clausecheck/document"
	"github.com/clausecheck/clausecheck/extract"
)

// budgetBase and budgetPerByte make the soft memory limit under which a
// draft is read, over what the heap already holds: a margin for the
// runtime, and three times the draft (its bytes, the paragraphs read
// from them, the text laid out once).
const (
	budgetBase    = 32 << 20
	budgetPerByte = 3
)

// readDraft is extract.FileWith under a soft memory limit sized to the
// draft and to what the heap already holds (the compiled policies, in a
// check) (runtime/debug.SetMemoryLimit): the collector then runs before
// the heap doubles what is live, which, on a long text draft, would be
// several times the file. The previous limit is put back afterwards, and
// a limit the user set (GOMEMLIMIT) is left alone. The limit is soft: a
// draft that needs more still gets it, with more collections.
func readDraft(path string, opt extract.Options) (*document.Document, error) {
	if st, err := os.Stat(path); err == nil && st.Mode().IsRegular() {
		prev := debug.SetMemoryLimit(-1)
		if prev == math.MaxInt64 && st.Size() <= (math.MaxInt64/2-budgetBase)/budgetPerByte {
			live := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
			metrics.Read(live)
			var held int64
			if live[0].Value.Kind() == metrics.KindUint64 {
				held = int64(min(live[0].Value.Uint64(), math.MaxInt64/2))
			}
			debug.SetMemoryLimit(held + budgetBase + budgetPerByte*st.Size())
			defer debug.SetMemoryLimit(prev)
		}
	}
	return extract.FileWith(path, opt)
}
