package extract

import "strings"

// A wordSet finds where any of many trigger words occur in a text in one
// pass over it, with what triggers and windows give for the same words:
// each word's occurrences that do not overlap one another, read left to
// right. (Looking for each word in turn was a pass over every clause per
// word, some ninety passes for facts and references, a fifth of the
// extraction of a long text.)
type wordSet struct {
	words []string
	// first lists, by a text byte, the words that start with it
	first [256][]int
	// pair has, by a first byte, a bit for each byte a word has next
	// (all of them under a word of one byte): most places of a text
	// are ruled out with no word compared
	pair [256][4]uint64
}

func newWordSet(words ...string) *wordSet {
	ws := &wordSet{words: words}
	for i, w := range words {
		if w == "" {
			continue
		}
		ws.first[w[0]] = append(ws.first[w[0]], i)
		if len(w) == 1 {
			ws.pair[w[0]] = [4]uint64{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}
		} else {
			ws.pair[w[0]][w[1]>>6] |= 1 << (w[1] & 63)
		}
	}
	return ws
}

// each calls fn with each occurrence of a word in s: the word's index
// and its offset, in the order of the offsets (the words' order where
// two start at one offset).
func (ws *wordSet) each(s string, fn func(word, at int)) {
	var next []int // per word, the first offset its next occurrence may have
	for i := 0; i < len(s); i++ {
		p := &ws.pair[s[i]]
		if i+1 < len(s) {
			if b := s[i+1]; p[b>>6]&(1<<(b&63)) == 0 {
				continue
			}
		} else if p[0]|p[1]|p[2]|p[3] == 0 {
			continue
		}
		for _, k := range ws.first[s[i]] {
			w := ws.words[k]
			if !strings.HasPrefix(s[i:], w) {
				continue
			}
			if next == nil {
				next = make([]int, len(ws.words))
			}
			if i < next[k] {
				continue
			}
			next[k] = i + len(w)
			fn(k, i)
		}
	}
}

// offsets lists the offsets of the words' occurrences in s, as triggers
// does.
func (ws *wordSet) offsets(s string) []int {
	var out []int
	ws.each(s, func(_, at int) { out = append(out, at) })
	return out
}
