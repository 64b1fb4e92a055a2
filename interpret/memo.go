package interpret

import "unsafe"

// The parts of one sentence are read as statements that each hold the
// whole sentence: a sentence of a thousand parts is held by a thousand
// statements, and a test of the sentence made once per statement read it
// a thousand times (a draft that is one long sentence was read in more
// than linear time). A test that depends on the text alone is made once
// per text, by once.

// textMemo is a test's answer for the last text it was made on, known by
// its identity: where its bytes are and how many. An answer is reused
// only for that same string, never for one that merely reads alike.
type textMemo struct {
	p  *byte
	n  int
	ok bool
}

// once returns test(s), remembered under name for the last s it was
// made on; test must depend on s alone.
func (rg *Reading) once(name string, s string, test func(string) bool) bool {
	p := unsafe.StringData(s)
	if m, ok := rg.tested[name]; ok && m.p == p && m.n == len(s) {
		return m.ok
	}
	ok := test(s)
	if rg.tested == nil {
		rg.tested = map[string]textMemo{}
	}
	rg.tested[name] = textMemo{p: p, n: len(s), ok: ok}
	return ok
}
