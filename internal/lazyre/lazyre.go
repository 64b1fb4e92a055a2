// Package lazyre is a regular expression compiled on its first use.
//
// The analysis holds some five hundred patterns as package variables;
// compiled eagerly, they cost every run of the program tens of
// milliseconds before it reads its first byte, also runs that use none of
// them (--version, policies list, extract of a DOCX). A Regexp here is
// compiled once, by the first goroutine to use it, and is then the
// standard library's: the same syntax, the same matches.
package lazyre

import (
	"regexp"
	"strings"
	"sync"
)

// Regexp is a regular expression compiled on first use. Its methods are
// those of regexp.Regexp the analysis uses; Get returns the compiled one.
type Regexp struct {
	src string
	// read once, by the first use: what every match contains and spans,
	// from the written table (analysed.go) or one parse of src (no
	// compiled program needed to rule a text out)
	read sync.Once
	pre  *prefilter // nil: none
	tail int        // > 0: anchored at the end, matches span at most tail bytes
	head int        // anchored at the start: > 0, matches span at most head bytes; unboundedHead
	// compiled once, by the first use on a text the prefilter lets through
	once sync.Once
	re   *regexp.Regexp
}

// New returns the expression src, to be compiled when first used; like
// regexp.MustCompile, it panics then if src does not compile (a test that
// compiles every pattern, All, finds such a mistake before a user does).
func New(src string) *Regexp {
	r := &Regexp{src: src}
	mu.Lock()
	all = append(all, r)
	mu.Unlock()
	return r
}

var (
	mu  sync.Mutex
	all []*Regexp
)

// All returns every expression made with New so far (for tests).
func All() []*Regexp {
	mu.Lock()
	defer mu.Unlock()
	return append([]*Regexp(nil), all...)
}

// Get returns the compiled expression.
func (r *Regexp) Get() *regexp.Regexp {
	r.once.Do(func() { r.re = regexp.MustCompile(r.src) })
	return r.re
}

// analyse reads, once, the literals every match contains and the bytes a
// match anchored at the end, or at the start, can span. Most patterns meet only texts their
// prefilter rules out, in a run, and are then never compiled.
func (r *Regexp) analyse() {
	r.read.Do(func() {
		a, ok := analysedTable[r.src]
		if !ok {
			if a, ok = analyseSource(r.src); !ok {
				return // (Get panics on it, as regexp.MustCompile does)
			}
		}
		if a.lits != nil {
			r.pre = &prefilter{lits: a.lits}
		}
		r.tail, r.head = a.tail, a.head
	})
}

// Rejects reports whether the prefilter rules s out without running the
// expression: s then holds none of the literals every match contains.
func (r *Regexp) Rejects(s string) bool {
	r.analyse()
	if r.pre == nil {
		return false
	}
	switch {
	case r.head > 0 && len(s) > r.head:
		s = s[:r.head] // (a match lies in its first head bytes)
	case r.head == unboundedHead && len(s) > maxPrefilterScan:
		return false
	}
	return !r.pre.mayMatch(s)
}

// from is where in s the expression is run: 0, or, for one anchored at
// the end of the text, where its tail begins (cut).
func (r *Regexp) from(s string) int {
	r.analyse()
	if r.tail > 0 {
		return cut(s, r.tail)
	}
	return 0
}

// String returns the source text.
func (r *Regexp) String() string { return r.src }

func (r *Regexp) MatchString(s string) bool {
	return !r.Rejects(s) && r.Get().MatchString(s[r.from(s):])
}
func (r *Regexp) FindString(s string) string {
	if r.Rejects(s) {
		return ""
	}
	return r.Get().FindString(s[r.from(s):])
}
func (r *Regexp) FindStringIndex(s string) []int {
	if r.Rejects(s) {
		return nil
	}
	k := r.from(s)
	return shift(r.Get().FindStringIndex(s[k:]), k)
}
func (r *Regexp) FindStringSubmatch(s string) []string {
	if r.Rejects(s) {
		return nil
	}
	return r.Get().FindStringSubmatch(s[r.from(s):])
}
func (r *Regexp) FindStringSubmatchIndex(s string) []int {
	if r.Rejects(s) {
		return nil
	}
	k := r.from(s)
	return shift(r.Get().FindStringSubmatchIndex(s[k:]), k)
}
func (r *Regexp) FindAllString(s string, n int) []string {
	if r.Rejects(s) {
		return nil
	}
	return r.Get().FindAllString(s, n)
}
func (r *Regexp) FindAllStringIndex(s string, n int) [][]int {
	if r.Rejects(s) {
		return nil
	}
	return r.Get().FindAllStringIndex(s, n)
}
func (r *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	if r.Rejects(s) {
		return nil
	}
	return r.Get().FindAllStringSubmatch(s, n)
}
func (r *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if r.Rejects(s) {
		return nil
	}
	return r.Get().FindAllStringSubmatchIndex(s, n)
}
func (r *Regexp) ReplaceAllString(src, repl string) string {
	if r.Rejects(src) {
		return src
	}
	return r.Get().ReplaceAllString(src, repl)
}
func (r *Regexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	if r.Rejects(src) {
		return src
	}
	return r.Get().ReplaceAllStringFunc(src, repl)
}
func (r *Regexp) Split(s string, n int) []string { return r.Get().Split(s, n) }
func (r *Regexp) SubexpIndex(name string) int    { return r.Get().SubexpIndex(name) }
func (r *Regexp) SubexpNames() []string          { return r.Get().SubexpNames() }
func (r *Regexp) NumSubexp() int                 { return r.Get().NumSubexp() }
func (r *Regexp) Match(b []byte) bool            { return r.Get().Match(b) }
func (r *Regexp) FindIndex(b []byte) []int       { return r.Get().FindIndex(b) }
func (r *Regexp) FindAllIndex(b []byte, n int) [][]int {
	return r.Get().FindAllIndex(b, n)
}
func (r *Regexp) FindSubmatch(b []byte) [][]byte { return r.Get().FindSubmatch(b) }
func (r *Regexp) FindAllSubmatch(b []byte, n int) [][][]byte {
	return r.Get().FindAllSubmatch(b, n)
}
func (r *Regexp) FindAllSubmatchIndex(b []byte, n int) [][]int {
	return r.Get().FindAllSubmatchIndex(b, n)
}
func (r *Regexp) FindSubmatchIndex(b []byte) []int   { return r.Get().FindSubmatchIndex(b) }
func (r *Regexp) ReplaceAll(src, repl []byte) []byte { return r.Get().ReplaceAll(src, repl) }

// Starting is an expression whose every match begins with one of a few
// bytes: its matches are looked for only where those bytes are, with the
// expression anchored there, instead of trying it at every position of a
// long text that holds a few of them.
type Starting struct {
	*Regexp
	first    string  // the bytes a match may begin with
	anchored *Regexp // ^(?:src)
}

// NewStarting returns the expression src whose matches all begin with one
// of the bytes of first (a test of its caller holds that they do).
func NewStarting(src, first string) *Starting {
	return &Starting{Regexp: New(src), first: first, anchored: New(`^(?:` + src + `)`)}
}

// FindAllStringSubmatchIndex is that of regexp.Regexp, found from the
// positions of the expression's first bytes only.
func (r *Starting) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if r.Rejects(s) {
		return nil
	}
	var out [][]int
	for at := 0; at < len(s) && (n < 0 || len(out) < n); {
		i := strings.IndexAny(s[at:], r.first)
		if i < 0 {
			break
		}
		at += i
		m := r.anchored.Get().FindStringSubmatchIndex(s[at:])
		if m == nil {
			at++
			continue
		}
		for k := range m {
			if m[k] >= 0 {
				m[k] += at
			}
		}
		out = append(out, m)
		if m[1] > at {
			at = m[1]
		} else {
			at++
		}
	}
	return out
}

// shift adds k to the positions of a match found in s[k:].
func shift(m []int, k int) []int {
	if k == 0 {
		return m
	}
	for i := range m {
		if m[i] >= 0 {
			m[i] += k
		}
	}
	return m
}
