package diff

import (
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/clausecheck/clausecheck/document"
)

// group is one unit of the alignment: 1:1 (matched), 1:n (split), n:1
// (merged), 1:0 (deleted) or 0:1 (added). Indices are clause positions.
type group struct {
	old, new []int
	score    float64 // bigram Jaccard of a similarity match, 1 for exact
	exact    bool    // bodies equal after normalisation
	inOrder  bool    // part of the longest order-preserving run
}

// maxPosting caps the clauses a bigram may occur in to be used for
// finding candidates: boilerplate bigrams ("of the") find everything.
const maxPosting = 48

type aligner struct {
	a, b         []*clause
	oldTo, newTo []int // partner index or -1
	opt          Options
}

func align(a, b []*clause, opt Options) []*group {
	al := &aligner{a: a, b: b, opt: opt}
	al.oldTo = fill(len(a))
	al.newTo = fill(len(b))
	exact := al.exactStage()
	al.similarStage()
	al.inPlaceStage()
	al.headingStage()
	al.soleStage()
	groups := al.groups(exact)
	markInOrder(groups, func(o int) bool { return al.a[o].c.Kind == document.KindPart })
	return groups
}

func fill(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = -1
	}
	return s
}

// exactStage matches clauses with the same normalised text. A text
// found once on each side is matched first; a repeated text (boilerplate)
// is then matched to an occurrence in the gap between the partners of its
// matched neighbours, and what is left nth occurrence to nth.
func (al *aligner) exactStage() map[int]bool {
	oldBy := make(map[string][]int)
	for _, c := range al.a {
		oldBy[c.key] = append(oldBy[c.key], c.idx)
	}
	newBy := make(map[string][]int)
	for _, c := range al.b {
		newBy[c.key] = append(newBy[c.key], c.idx)
	}
	exact := map[int]bool{}
	match := func(o, n int) {
		al.oldTo[o], al.newTo[n] = n, o
		exact[o] = true
	}
	for _, c := range al.a {
		if ns := newBy[c.key]; len(ns) == 1 && len(oldBy[c.key]) == 1 {
			match(c.idx, ns[0])
		}
	}
	for _, c := range al.a {
		ns := newBy[c.key]
		if al.oldTo[c.idx] >= 0 || len(ns) == 0 {
			continue
		}
		lo, hi := al.gap(c.idx)
		for _, n := range ns {
			if n >= lo && n < hi && al.newTo[n] < 0 {
				match(c.idx, n)
				break
			}
		}
	}
	for _, c := range al.a {
		if al.oldTo[c.idx] >= 0 {
			continue
		}
		for _, n := range newBy[c.key] {
			if al.newTo[n] < 0 {
				match(c.idx, n)
				break
			}
		}
	}
	return exact
}

type candidate struct {
	o, n  int
	score float64
	dist  float64
}

// similarStage matches the remaining clauses by word-bigram Jaccard,
// best pairs first. Candidates share a rare bigram, or sit in the gap
// between the partners of their matched neighbours (there a lower score
// is enough, the position corroborates it).
func (al *aligner) similarStage() {
	post := al.postings(al.b, al.newTo)
	var cands []candidate
	for _, o := range al.a {
		if al.oldTo[o.idx] >= 0 {
			continue
		}
		seen := map[int]bool{}
		for _, g := range o.grams {
			for _, n := range post[g] {
				seen[n] = true
			}
		}
		lo, hi := al.gap(o.idx)
		for n := lo; n < hi && n-lo < 16; n++ {
			if al.newTo[n] < 0 {
				seen[n] = true
			}
		}
		for n := range seen {
			s := jaccard(o.grams, al.b[n].grams)
			th := al.opt.MatchThreshold
			if n >= lo && n < hi {
				th *= 0.6
			}
			if s < th || s == 0 {
				continue
			}
			cands = append(cands, candidate{o: o.idx, n: n, score: s, dist: al.relDist(o.idx, n)})
		}
	}
	sort.Slice(cands, func(i, j int) bool {
		x, y := cands[i], cands[j]
		if x.score != y.score {
			return x.score > y.score
		}
		if x.dist != y.dist {
			return x.dist < y.dist
		}
		if x.o != y.o {
			return x.o < y.o
		}
		return x.n < y.n
	})
	for _, c := range cands {
		if al.oldTo[c.o] < 0 && al.newTo[c.n] < 0 {
			al.oldTo[c.o], al.newTo[c.n] = c.n, c.o
		}
	}
}

// inPlaceStage matches a clause left alone with the clause left alone in
// its place in the other draft, under the same number, when they share
// half their words: a sentence turned round ("AWS shall invoice …" → "…
// shall be invoiced by AWS") keeps its words, not its word pairs.
func (al *aligner) inPlaceStage() {
	for _, o := range al.a {
		if al.oldTo[o.idx] >= 0 || o.number == "" || o.body == "" {
			continue
		}
		lo, hi := al.gap(o.idx)
		for n := lo; n < hi; n++ {
			c := al.b[n]
			if al.newTo[n] >= 0 || c.number != o.number || c.part != o.part || c.body == "" {
				continue
			}
			if wordJaccard(o.tokens(), c.tokens()) >= 0.5 {
				al.oldTo[o.idx], al.newTo[n] = n, o.idx
			}
			break
		}
	}
}

// headingStage pairs a clause left unmatched with the one left unmatched
// on the other side under the same heading, where each draft uses that
// heading once: "Guardrails" moved from the body into a schedule and
// rewritten there (a sliding scale turned into flat rates) is that clause
// moved and changed, not one deleted and another added.
func (al *aligner) headingStage() {
	count := func(side []*clause) map[string]int {
		m := map[string]int{}
		for _, c := range side {
			if c.heading != "" {
				m[c.heading]++
			}
		}
		return m
	}
	oldN, newN := count(al.a), count(al.b)
	byHeading := map[string]int{}
	for _, c := range al.b {
		if c.heading != "" && newN[c.heading] == 1 && oldN[c.heading] == 1 && al.newTo[c.idx] < 0 && c.body != "" {
			byHeading[c.heading] = c.idx
		}
	}
	for _, o := range al.a {
		if al.oldTo[o.idx] >= 0 || o.body == "" || o.heading == "" {
			continue
		}
		if n, ok := byHeading[o.heading]; ok {
			al.oldTo[o.idx], al.newTo[n] = n, o.idx
		}
	}
}

// soleStage pairs the one clause left unmatched between two matched
// neighbours with the one left unmatched between their partners, in the
// same part, when they still share some words: a clause rewritten in
// place ("1(3)" in other words throughout) is that clause changed, not
// one deleted and another added.
func (al *aligner) soleStage() {
	for _, o := range al.a {
		if al.oldTo[o.idx] >= 0 || o.body == "" {
			continue
		}
		// the old side of the gap: o must be its only unmatched clause
		alone := true
		for i := o.idx - 1; i >= 0 && al.oldTo[i] < 0; i-- {
			alone = alone && al.a[i].body == ""
		}
		for i := o.idx + 1; i < len(al.a) && al.oldTo[i] < 0; i++ {
			alone = alone && al.a[i].body == ""
		}
		if !alone {
			continue
		}
		lo, hi := al.gap(o.idx)
		cand := -1
		for n := lo; n < hi; n++ {
			if al.newTo[n] >= 0 || al.b[n].body == "" {
				continue
			}
			if cand >= 0 {
				cand = -2
				break
			}
			cand = n
		}
		if cand < 0 || al.b[cand].part != o.part || wordJaccard(o.tokens(), al.b[cand].tokens()) < soleMin {
			continue
		}
		al.oldTo[o.idx], al.newTo[cand] = cand, o.idx
	}
}

// soleMin: the words two clauses alone in their gap must share (word
// Jaccard) to be one clause rewritten.
const soleMin = 0.2

// postings indexes the unmatched clauses of one side by bigram.
func (al *aligner) postings(side []*clause, partner []int) map[uint64][]int {
	post := make(map[uint64][]int)
	for _, c := range side {
		if partner[c.idx] >= 0 {
			continue
		}
		for _, g := range c.grams {
			post[g] = append(post[g], c.idx)
		}
	}
	for g, l := range post {
		if len(l) > maxPosting {
			delete(post, g)
		}
	}
	return post
}

// gap returns the range of new positions between the partners of the
// nearest matched old clauses before and after old clause o.
func (al *aligner) gap(o int) (lo, hi int) {
	lo, hi = 0, len(al.b)
	for i := o - 1; i >= 0; i-- {
		if p := al.oldTo[i]; p >= 0 {
			lo = p + 1
			break
		}
	}
	for i := o + 1; i < len(al.a); i++ {
		if p := al.oldTo[i]; p >= 0 {
			hi = p
			break
		}
	}
	if hi < lo {
		return 0, 0
	}
	return lo, hi
}

func (al *aligner) relDist(o, n int) float64 {
	fa := float64(o) / math.Max(1, float64(len(al.a)))
	fb := float64(n) / math.Max(1, float64(len(al.b)))
	return math.Abs(fa - fb)
}

// containment is the share of x's bigrams found in y.
func containment(x, y []uint64) float64 {
	if len(x) == 0 {
		return 0
	}
	return float64(intersect(x, y)) / float64(len(x))
}

// pieces finds, for the clauses of side `from` left unmatched, the clause
// of side `to` whose text contains them: the parts of a split paragraph
// (from = new, to = old) or of a merged one (from = old, to = new).
// A piece whose text is also in its host's partner is not a piece: it
// repeats text that is still there.
func pieces(from, to []*clause, fromTo, toFrom []int) map[int][]int {
	var loose []*clause
	for _, c := range from {
		if fromTo[c.idx] < 0 && len(c.grams) > 0 {
			loose = append(loose, c)
		}
	}
	if len(loose) == 0 {
		return nil
	}
	// Few pieces: try every host. Many: only hosts sharing a rare bigram.
	var post map[uint64][]int
	if len(loose)*len(to) > 100_000 {
		post = make(map[uint64][]int)
		for _, c := range to {
			for _, g := range c.grams {
				post[g] = append(post[g], c.idx)
			}
		}
	}
	host := map[int][]int{}
	for _, c := range loose {
		// Equal containment (repeated boilerplate): the host nearest to
		// where the piece was wins.
		dist := func(t int) float64 {
			if p := toFrom[t]; p >= 0 {
				return math.Abs(float64(p - c.idx))
			}
			return math.Abs(float64(t)*float64(len(from))/float64(len(to)) - float64(c.idx))
		}
		best, bestExact, bestScore, bestDist := -1, false, 0.0, 0.0
		try := func(t int) {
			s := containment(c.grams, to[t].grams)
			if s == 0 {
				return
			}
			// A verbatim piece is placed by its text; a host whose partner
			// already had the text did not gain it.
			exact := c.joined != "" && strings.Contains(to[t].joined, c.joined)
			if p := toFrom[t]; p >= 0 {
				if exact && strings.Contains(from[p].joined, c.joined) {
					return
				}
				if !exact && containment(c.grams, from[p].grams) >= 0.5 {
					return
				}
			}
			d := dist(t)
			better := best < 0
			switch {
			case better:
			case exact != bestExact:
				better = exact
			case s != bestScore:
				better = s > bestScore
			case d != bestDist:
				better = d < bestDist
			default:
				better = t < best
			}
			if better {
				best, bestExact, bestScore, bestDist = t, exact, s, d
			}
		}
		if post == nil {
			for t := range to {
				try(t)
			}
		} else {
			seen := map[int]bool{}
			for _, g := range c.grams {
				if l := post[g]; len(l) <= maxPosting {
					for _, t := range l {
						if !seen[t] {
							seen[t] = true
							try(t)
						}
					}
				}
			}
		}
		// A short piece ("Provider shall:") must be wholly in its host. A
		// piece next to the clause its host was matched with may have
		// been reworded as it was joined ("…, falling to USD 0.10 above
		// 100 million"): half its bigrams are enough.
		minScore := 0.7
		if best >= 0 {
			if p := toFrom[best]; p >= 0 && (p == c.idx-1 || p == c.idx+1) {
				minScore = 0.4
			}
		}
		if best < 0 || bestScore < minScore || (len(c.grams) < 3 && bestScore < 1) {
			continue
		}
		host[best] = append(host[best], c.idx)
	}
	return host
}

// groups builds the alignment groups: matched pairs, splits and merges,
// then the deleted and added clauses.
func (al *aligner) groups(exact map[int]bool) []*group {
	var gs []*group
	splits := pieces(al.b, al.a, al.newTo, al.oldTo)
	taken := map[int]bool{}
	for _, o := range sortedKeys(splits) {
		ns := splits[o]
		all := ns
		if p := al.oldTo[o]; p >= 0 {
			all = append(all, p)
		}
		slices.Sort(all)
		all = al.withShortNeighbours(o, all, taken)
		if len(all) < 2 {
			// One piece of an unmatched clause: a plain match.
			al.oldTo[o], al.newTo[all[0]] = all[0], o
			continue
		}
		slices.Sort(all)
		cov := al.coverage(al.a[o].grams, al.b, all)
		if cov < 0.5 {
			continue
		}
		for _, n := range all {
			al.newTo[n] = o
			taken[n] = true
		}
		al.oldTo[o] = all[0]
		gs = append(gs, &group{old: []int{o}, new: all})
		taken[-1-o] = true
	}
	merges := pieces(al.a, al.b, al.oldTo, al.newTo)
	for _, n := range sortedKeys(merges) {
		os := merges[n]
		if taken[n] {
			continue
		}
		all := os
		if p := al.newTo[n]; p >= 0 {
			if taken[-1-p] {
				continue
			}
			all = append(all, p)
		}
		if len(all) < 2 {
			al.newTo[n], al.oldTo[all[0]] = all[0], n
			continue
		}
		slices.Sort(all)
		if al.coverage(al.b[n].grams, al.a, all) < 0.5 {
			continue
		}
		for _, o := range all {
			al.oldTo[o] = n
			taken[-1-o] = true
		}
		al.newTo[n] = all[0]
		gs = append(gs, &group{old: all, new: []int{n}})
		taken[n] = true
	}
	for o, n := range al.oldTo {
		if taken[-1-o] {
			continue
		}
		if n < 0 {
			gs = append(gs, &group{old: []int{o}})
			continue
		}
		g := &group{old: []int{o}, new: []int{n}, exact: exact[o]}
		if g.exact {
			g.score = 1
		} else {
			g.score = jaccard(al.a[o].grams, al.b[n].grams)
		}
		gs = append(gs, g)
		taken[n] = true
	}
	for n := range al.b {
		if !taken[n] && al.newTo[n] < 0 {
			gs = append(gs, &group{new: []int{n}})
		}
	}
	return gs
}

// coverage is the share of a host's bigrams found in its pieces.
func (al *aligner) coverage(host []uint64, side []*clause, idx []int) float64 {
	if len(host) == 0 {
		return 0
	}
	var all []uint64
	for _, i := range idx {
		all = append(all, side[i].grams...)
	}
	slices.Sort(all)
	all = slices.Compact(all)
	return float64(intersect(host, all)) / float64(len(host))
}

// markInOrder finds the longest run of groups (with both sides) whose new
// positions increase with their old positions; the others moved.
func markInOrder(gs []*group, isPart func(old int) bool) {
	var both []*group
	for _, g := range gs {
		if len(g.old) > 0 && len(g.new) > 0 {
			both = append(both, g)
		}
	}
	sort.Slice(both, func(i, j int) bool { return both[i].old[0] < both[j].old[0] })
	// Patience LIS on new[0], strictly increasing.
	tails := []int{} // index into both
	prev := make([]int, len(both))
	for i, g := range both {
		v := g.new[0]
		k := sort.Search(len(tails), func(t int) bool { return both[tails[t]].new[0] >= v })
		if k > 0 {
			prev[i] = tails[k-1]
		} else {
			prev[i] = -1
		}
		if k == len(tails) {
			tails = append(tails, i)
		} else {
			tails[k] = i
		}
	}
	if len(tails) == 0 {
		return
	}
	for i := tails[len(tails)-1]; i >= 0; i = prev[i] {
		both[i].inOrder = true
	}
	markSwaps(both, isPart)
}

// markSwaps: where a moved part (an annex, a schedule, with its clauses)
// and the part it jumped over traded places (Annex 1 and Annex 2 swapped),
// both moved, not the one the longest ordered run happened to leave out.
// The jumped clauses count as moved only when they too open with a part
// and neither run is more than twice the other: a clause moved into a
// schedule, or past ten others, is that clause's move alone. both is
// sorted by old position.
func markSwaps(both []*group, isPart func(old int) bool) {
	var jumped []*group
	for i := 0; i < len(both); {
		if both[i].inOrder {
			i++
			continue
		}
		// the moved run: consecutive in old and in new order
		j := i + 1
		for j < len(both) && !both[j].inOrder && both[j].new[0] > both[j-1].new[0] {
			j++
		}
		lo, hi := both[i].new[0], both[j-1].new[len(both[j-1].new)-1]
		var over []*group
		opener := -1 // the jumped run's first clause in the old order
		// moved back: the kept clauses right before it in the old order
		// that now come after it
		for k := i - 1; k >= 0 && both[k].inOrder && both[k].new[0] > hi; k-- {
			over = append(over, both[k])
			opener = both[k].old[0]
		}
		if len(over) == 0 {
			// moved on: the kept clauses right after it that now come before it
			for k := j; k < len(both) && both[k].inOrder && both[k].new[0] < lo; k++ {
				over = append(over, both[k])
			}
			if len(over) > 0 {
				opener = over[0].old[0]
			}
		}
		if n := j - i; len(over) > 0 && len(over) <= 2*n && n <= 2*len(over) && isPart(both[i].old[0]) && isPart(opener) {
			jumped = append(jumped, over...)
		}
		i = j
	}
	for _, g := range jumped {
		g.inOrder = false
	}
}

func sortedKeys(m map[int][]int) []int {
	keys := make([]int, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// withShortNeighbours extends the pieces of a split with the unmatched
// short clauses right before or after them whose words are all in the
// old clause: a heading line ("Termination.") that became a clause of its
// own.
func (al *aligner) withShortNeighbours(o int, all []int, taken map[int]bool) []int {
	var host map[string]bool
	fits := func(n int) bool {
		if n < 0 || n >= len(al.b) || al.newTo[n] >= 0 || taken[n] || slices.Contains(all, n) {
			return false
		}
		words := wordsOf(al.b[n].joined)
		if len(words) == 0 || len(words) > 4 {
			return false
		}
		if host == nil {
			host = map[string]bool{}
			for _, w := range wordsOf(al.a[o].joined) {
				host[w] = true
			}
		}
		for _, w := range words {
			if !host[w] {
				return false
			}
		}
		return true
	}
	for fits(all[0] - 1) {
		all = append([]int{all[0] - 1}, all...)
	}
	for fits(all[len(all)-1] + 1) {
		all = append(all, all[len(all)-1]+1)
	}
	return all
}

func wordsOf(s string) []string {
	var out []string
	for _, t := range tokenize(s) {
		if isWord(t) {
			out = append(out, strings.ToLower(t))
		}
	}
	return out
}
