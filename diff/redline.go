package diff

import (
	"fmt"
	"strings"
	"time"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// Op is the operation of a redline segment.
type Op string

// Redline operations.
const (
	OpEqual  Op = "equal"
	OpInsert Op = "insert"
	OpDelete Op = "delete"
)

// Segment is one run of a word-level redline. The text is normalised
// (whitespace collapsed, quotes straightened): concatenating the equal and
// delete segments gives the normalised old text, equal and insert the new.
type Segment struct {
	Op   Op     `json:"op"`
	Text string `json:"text"`
}

// Reasons a redline is not shown.
const (
	OmitTimeout   = "timeout"   // go-diff hit its deadline
	OmitGaveUp    = "gave-up"   // go-diff returned delete-all/insert-all on similar texts
	OmitTooBig    = "too-big"   // the clauses have more tokens than a rune can index
	OmitRewritten = "rewritten" // under 30 % of the words in common: shown as old and new text
)

// maxTokens bounds the distinct tokens of one pair: each is mapped to a
// rune outside the surrogate range.
const maxTokens = 0x10ffff - 0x100 - 0x800

// tokenRune maps the i-th distinct token to a rune, skipping surrogates.
func tokenRune(i int) rune {
	r := rune(0x100 + i)
	if r >= 0xd800 {
		r += 0x800
	}
	return r
}

// redline diffs two token lists word by word with go-diff: each distinct
// token becomes one rune, the rune strings are diffed and cleaned up
// semantically, and the runes are mapped back to tokens. omitted is set
// (and segs nil) when go-diff gave up; segs then must not be shown.
func redline(oldToks, newToks []string, timeout time.Duration) (segs []Segment, omitted string, err error) {
	ids := make(map[string]rune)
	var table []string
	encode := func(toks []string) ([]rune, bool) {
		rs := make([]rune, len(toks))
		for i, t := range toks {
			r, ok := ids[t]
			if !ok {
				if len(table) >= maxTokens {
					return nil, false
				}
				r = tokenRune(len(table))
				ids[t] = r
				table = append(table, t)
			}
			rs[i] = r
		}
		return rs, true
	}
	a, ok1 := encode(oldToks)
	b, ok2 := encode(newToks)
	if !ok1 || !ok2 {
		return nil, OmitTooBig, nil
	}
	back := make(map[rune]string, len(table))
	for t, r := range ids {
		back[r] = t
	}

	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = timeout
	start := time.Now()
	diffs, err := safeDiff(dmp, a, b)
	if err != nil {
		return nil, "", err
	}
	if timeout > 0 && time.Since(start) >= timeout {
		return nil, OmitTimeout, nil
	}
	diffs = dmp.DiffCleanupSemantic(diffs)

	var sb strings.Builder
	equal := 0
	for _, d := range diffs {
		sb.Reset()
		n := 0
		for _, r := range d.Text {
			t, ok := back[r]
			if !ok {
				return nil, "", fmt.Errorf("redline: go-diff returned an unknown rune %U", r)
			}
			sb.WriteString(t)
			n++
		}
		if n == 0 {
			continue
		}
		op := OpEqual
		switch d.Type {
		case diffmatchpatch.DiffInsert:
			op = OpInsert
		case diffmatchpatch.DiffDelete:
			op = OpDelete
		default:
			equal += n
		}
		segs = append(segs, Segment{Op: op, Text: sb.String()})
	}
	if gaveUp(len(oldToks), len(newToks), equal, oldToks, newToks) {
		return nil, OmitGaveUp, nil
	}
	return mergeSegments(segs), "", nil
}

// gaveUp detects go-diff's silent "delete everything, insert everything":
// no equal token on non-trivial input although the two texts share most
// of their words (the aligner matched them, so they are similar).
func gaveUp(na, nb, equal int, a, b []string) bool {
	if equal > 0 || na < 20 || nb < 20 {
		return false
	}
	return wordJaccard(a, b) >= 0.5
}

func wordJaccard(a, b []string) float64 {
	sa := map[string]bool{}
	for _, t := range a {
		if isWord(t) {
			sa[t] = true
		}
	}
	sb := map[string]bool{}
	inter := 0
	for _, t := range b {
		if isWord(t) && !sb[t] {
			sb[t] = true
			if sa[t] {
				inter++
			}
		}
	}
	union := len(sa) + len(sb) - inter
	if union == 0 {
		return 1
	}
	return float64(inter) / float64(union)
}

// safeDiff runs go-diff and turns a panic into an error.
func safeDiff(dmp *diffmatchpatch.DiffMatchPatch, a, b []rune) (diffs []diffmatchpatch.Diff, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("redline: go-diff panicked: %v", r)
		}
	}()
	return dmp.DiffMainRunes(a, b, false), nil
}

// mergeSegments joins adjacent segments of the same op and puts a delete
// before an insert when they touch.
func mergeSegments(segs []Segment) []Segment {
	var out []Segment
	for _, s := range segs {
		if s.Text == "" {
			continue
		}
		if n := len(out); n > 0 && out[n-1].Op == s.Op {
			out[n-1].Text += s.Text
			continue
		}
		out = append(out, s)
	}
	for i := 1; i < len(out); i++ {
		if out[i-1].Op == OpInsert && out[i].Op == OpDelete {
			out[i-1], out[i] = out[i], out[i-1]
		}
	}
	// A swap can make same-op neighbours again.
	var res []Segment
	for _, s := range out {
		if n := len(res); n > 0 && res[n-1].Op == s.Op {
			res[n-1].Text += s.Text
			continue
		}
		res = append(res, s)
	}
	return res
}
