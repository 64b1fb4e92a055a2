package rules

import (
	"fmt"
	"sort"
	"strings"
)

// Lexicon is every phrase list of a vocabulary compiled into one word-level
// trie. Scan reads a token sequence once and yields every phrase of every
// list that occurs in it, with its token span: adding a phrase or a list
// adds no pass over the text.
//
// Phrase syntax (see README.md): words are matched whole and ignoring case,
// except a word written in capitals ("PT", "EDP"), which must be in
// capitals; a space matches spaces, hyphens, slashes and apostrophes; "*"
// right after a word matches any ending ("train*": "trained"); a lone "*"
// matches one word, or a word or two in brackets ("tool (function)
// definitions"); "..." matches up to six words and no punctuation
// ("improve ... model*": "improve the Amazon Nova family of models").
type Lexicon struct {
	root  *node
	names []string       // list id → name
	ids   map[string]int // name → list id
}

type node struct {
	lit edges     // lowercased word → next
	cs  edges     // capitals only (acronyms) → next
	pre []preEdge // word prefix → next
	// preBy: pre by the first byte of the prefix, where there are many
	// (the root has some two hundred: "train*", "deprecat*", …), so that
	// a word is tried against those that can match it only
	preBy map[byte][]preEdge
	any   *node // one word
	gap   *node // up to maxGap words
	acc   []int // lists ending here
}

// edges are a node's word edges: a short list, and a map once there are
// many (most nodes of a vocabulary's trie have one or two; a map for each
// was most of the cost of building it, at every start of the program)
type edges struct {
	list []wordEdge
	m    map[string]*node
}

type wordEdge struct {
	word string
	next *node
}

// maxListEdges is the most edges held as a list.
const maxListEdges = 8

func (e *edges) get(w string) *node {
	if e.m != nil {
		return e.m[w]
	}
	for _, x := range e.list {
		if x.word == w {
			return x.next
		}
	}
	return nil
}

// child returns the node under the edge w, added when there is none.
func (e *edges) child(w string) *node {
	if n := e.get(w); n != nil {
		return n
	}
	n := &node{}
	e.list = append(e.list, wordEdge{w, n})
	if e.m != nil {
		e.m[w] = n
	} else if len(e.list) > maxListEdges {
		e.m = make(map[string]*node, 2*len(e.list))
		for _, x := range e.list {
			e.m[x.word] = x.next
		}
	}
	return n
}

type preEdge struct {
	prefix string
	next   *node
}

// Match is one phrase occurrence: list id and token span [Start, End).
type Match struct {
	List       int
	Start, End int
}

// NewLexicon compiles named phrase lists. Lists are identified by the
// returned Lexicon's ID(name).
func NewLexicon(lists map[string][]string) (*Lexicon, error) {
	lx := &Lexicon{root: &node{}, ids: map[string]int{}}
	names := make([]string, 0, len(lists))
	for n := range lists {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		id := len(lx.names)
		lx.names = append(lx.names, n)
		lx.ids[n] = id
		for _, p := range lists[n] {
			if err := lx.add(id, p); err != nil {
				return nil, fmt.Errorf("%s: %w", n, err)
			}
		}
	}
	lx.root.index()
	return lx, nil
}

// index builds preBy under n, where a node has many prefix edges.
func (n *node) index() {
	if len(n.pre) > 8 {
		n.preBy = map[byte][]preEdge{}
		for _, e := range n.pre {
			n.preBy[e.prefix[0]] = append(n.preBy[e.prefix[0]], e)
		}
	}
	for _, e := range n.lit.list {
		e.next.index()
	}
	for _, e := range n.cs.list {
		e.next.index()
	}
	for _, e := range n.pre {
		e.next.index()
	}
	if n.any != nil {
		n.any.index()
	}
	if n.gap != nil {
		n.gap.index()
	}
}

// ID returns the id of a list, or -1 when there is no such list.
func (lx *Lexicon) ID(name string) int {
	if id, ok := lx.ids[name]; ok {
		return id
	}
	return -1
}

// Name returns the name of a list id.
func (lx *Lexicon) Name(id int) string { return lx.names[id] }

// Names returns the list names, sorted.
func (lx *Lexicon) Names() []string { return append([]string(nil), lx.names...) }

// maxGap is the most words a "..." stands for.
const maxGap = 6

type patWord struct {
	kind    int // 0 literal, 1 prefix, 2 any, 3 gap
	word    string
	acronym bool
}

func compilePhrase(p string) ([]patWord, error) {
	toks := Tokenize(p)
	var out []patWord
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.Kind == Punct && t.Lower == "." && i+2 < len(toks) && toks[i+1].Lower == "." && toks[i+2].Lower == "." {
			if len(out) == 0 || out[len(out)-1].kind == 3 {
				return nil, fmt.Errorf("phrase %q: a gap needs a word before it", p)
			}
			out = append(out, patWord{kind: 3})
			i += 2
			continue
		}
		if t.Kind == Punct && t.Lower == "*" {
			if len(out) > 0 && i > 0 && toks[i-1].End == t.Start && toks[i-1].Kind == Word && out[len(out)-1].kind == 0 {
				out[len(out)-1].kind = 1
				continue
			}
			out = append(out, patWord{kind: 2})
			continue
		}
		w := patWord{word: t.Lower}
		if t.Kind == Word && t.Caps && letterCount(p[t.Start:t.End]) >= 2 {
			w.acronym, w.word = true, p[t.Start:t.End]
		}
		out = append(out, w)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("empty phrase %q", p)
	}
	if out[0].kind == 2 && len(out) == 1 {
		return nil, fmt.Errorf("phrase %q matches any word", p)
	}
	if out[len(out)-1].kind == 3 {
		return nil, fmt.Errorf("phrase %q: a gap needs a word after it", p)
	}
	return out, nil
}

func letterCount(s string) int {
	n := 0
	for _, r := range s {
		if ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') || r > 127 {
			n++
		}
	}
	return n
}

func (lx *Lexicon) add(list int, phrase string) error {
	pat, err := compilePhrase(phrase)
	if err != nil {
		return err
	}
	n := lx.root
	for _, w := range pat {
		switch {
		case w.kind == 3:
			if n.gap == nil {
				n.gap = &node{}
			}
			n = n.gap
		case w.kind == 2:
			if n.any == nil {
				n.any = &node{}
			}
			n = n.any
		case w.kind == 1:
			var next *node
			for _, e := range n.pre {
				if e.prefix == w.word {
					next = e.next
				}
			}
			if next == nil {
				next = &node{}
				n.pre = append(n.pre, preEdge{w.word, next})
			}
			n = next
		case w.acronym:
			n = n.cs.child(w.word)
		default:
			n = n.lit.child(w.word)
		}
	}
	for _, id := range n.acc {
		if id == list {
			return nil
		}
	}
	n.acc = append(n.acc, list)
	return nil
}

// Scan returns every occurrence of every phrase in toks, ordered by start,
// then by longer span, then by list id. Overlapping occurrences are all
// returned; Matches resolves them.
func (lx *Lexicon) Scan(toks []Token, text string) []Match {
	var out []Match
	for i := range toks {
		lx.walk(lx.root, toks, text, i, i, &out)
	}
	sort.Slice(out, func(a, b int) bool {
		x, y := out[a], out[b]
		if x.Start != y.Start {
			return x.Start < y.Start
		}
		if x.End != y.End {
			return x.End > y.End
		}
		return x.List < y.List
	})
	// a gap can reach the same span by several paths
	k := 0
	for i, m := range out {
		if i == 0 || m != out[k-1] {
			out[k] = m
			k++
		}
	}
	return out[:k]
}

func (lx *Lexicon) walk(n *node, toks []Token, text string, start, j int, out *[]Match) {
	if j > start {
		for _, id := range n.acc {
			*out = append(*out, Match{List: id, Start: start, End: j})
		}
	}
	if j >= len(toks) {
		return
	}
	t := toks[j]
	if next := n.lit.get(t.Lower); next != nil {
		lx.walk(next, toks, text, start, j+1, out)
	}
	if len(n.cs.list) > 0 && t.Kind == Word && t.Caps {
		if next := n.cs.get(text[t.Start:t.End]); next != nil {
			lx.walk(next, toks, text, start, j+1, out)
		}
	}
	if t.Kind == Word {
		pre := n.pre
		if n.preBy != nil {
			pre = nil
			if t.Lower != "" {
				pre = n.preBy[t.Lower[0]]
			}
		}
		for _, e := range pre {
			if strings.HasPrefix(t.Lower, e.prefix) {
				lx.walk(e.next, toks, text, start, j+1, out)
			}
		}
	}
	if n.gap != nil && j > start {
		// "...": nothing, or up to maxGap words in a row
		for k := j; k <= j+maxGap && k <= len(toks); k++ {
			if k > j && toks[k-1].Kind != Word {
				break
			}
			lx.walk(n.gap, toks, text, start, k, out)
		}
	}
	if n.any != nil && j > start {
		// a lone "*" is one word, or one to three words in brackets
		if t.Kind == Word {
			lx.walk(n.any, toks, text, start, j+1, out)
		} else if t.Lower == "(" {
			for k := j + 1; k < len(toks) && k <= j+4; k++ {
				if toks[k].Lower == ")" {
					if k > j+1 {
						lx.walk(n.any, toks, text, start, k+1, out)
					}
					break
				}
				if toks[k].Kind != Word {
					break
				}
			}
		}
	}
}
