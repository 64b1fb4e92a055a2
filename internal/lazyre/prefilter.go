package lazyre

import (
	"regexp/syntax"
	"strings"
	"unicode/utf8"
)

// A prefilter is a set of literal strings one of which every match of an
// expression contains: when a text holds none of them, the expression
// cannot match it, and the regexp engine is not run. Most of the
// analysis's patterns are case-insensitive alternations of words run over
// sentences that hold none of those words; Go's engine gets no help from a
// literal prefix there and tries each position of the sentence in turn.
//
// The set is read from the parsed expression: a literal requires itself;
// a concatenation requires what its most selective part requires; an
// alternation requires the union of what its branches require (nothing,
// if a branch requires nothing); a group, a "+" or a repeat of at least
// one requires what its body requires; anything else requires nothing.
// The test is exact in one direction only, the one that matters: a text
// the expression matches always passes (TestPrefilterNeverRejectsAMatch).
type prefilter struct {
	lits []literal
}

type literal struct {
	s    string // ASCII and lower case when fold
	fold bool
	// ks: a case-insensitive literal with a k or an s, which also match
	// the Kelvin sign and the long s, letters ASCII lower-casing misses
	ks bool
}

const (
	maxLiterals   = 64 // a longer set costs more than it saves
	minLiteralLen = 3  // a shorter literal is in most sentences
)

// newPrefilter returns the prefilter of the parsed expression re, or nil
// when it requires no literal worth looking for.
func newPrefilter(re *syntax.Regexp) *prefilter {
	lits, ok := required(re)
	if !ok || len(lits) == 0 || len(lits) > maxLiterals {
		return nil
	}
	for _, l := range lits {
		if weight(l.s) < minLiteralLen {
			return nil
		}
	}
	return &prefilter{lits: lits}
}

// required returns the literals one of which every match of re contains;
// ok is false when there is no such set.
func required(re *syntax.Regexp) (lits []literal, ok bool) {
	switch re.Op {
	case syntax.OpLiteral:
		return literalOf(re)
	case syntax.OpCapture, syntax.OpPlus:
		return required(re.Sub[0])
	case syntax.OpCharClass:
		// a class of a few characters, as written ("[☑☒✅]"): each is a
		// literal (ASCII ones weigh too little to be kept)
		var out []literal
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if len(out) == 4 || re.Flags&syntax.FoldCase != 0 || r == utf8.RuneError {
					// (U+FFFD also matches an invalid byte, which the text
					// does not hold as that character)
					return nil, false
				}
				out = append(out, literal{s: string(r)})
			}
		}
		return out, len(out) > 0
	case syntax.OpRepeat:
		if re.Min >= 1 {
			if sub := re.Sub[0]; sub.Op == syntax.OpLiteral && len(sub.Rune) == 1 && re.Min > 1 {
				// "\.{4,}": four dots in a row
				rep := *sub
				rep.Rune = []rune(strings.Repeat(string(sub.Rune), min(re.Min, 8)))
				return literalOf(&rep)
			}
			return required(re.Sub[0])
		}
	case syntax.OpConcat:
		var best []literal
		found := false
		for _, sub := range re.Sub {
			if l, ok := required(sub); ok && (!found || better(l, best)) {
				best, found = l, true
			}
		}
		return best, found
	case syntax.OpAlternate:
		var out []literal
		for _, sub := range re.Sub {
			l, ok := required(sub)
			if !ok {
				return nil, false
			}
			out = append(out, l...)
			if len(out) > maxLiterals {
				return nil, false
			}
		}
		return out, true
	}
	return nil, false
}

// literalOf is the literal of an OpLiteral node: any text when it is
// matched as written, ASCII only when its case is folded.
func literalOf(re *syntax.Regexp) ([]literal, bool) {
	fold := re.Flags&syntax.FoldCase != 0
	b := make([]byte, 0, len(re.Rune))
	for _, r := range re.Rune {
		if r >= utf8.RuneSelf {
			if fold || r == utf8.RuneError {
				// (non-ASCII case folding is left to the engine; U+FFFD
				// also matches an invalid byte)
				return nil, false
			}
			b = utf8.AppendRune(b, r)
			continue
		}
		if fold && 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		b = append(b, byte(r))
	}
	s := string(b)
	return []literal{{s: s, fold: fold, ks: fold && strings.ContainsAny(s, "ks")}}, true
}

// better: set a is more selective than b (its lightest literal weighs
// more, or as much and it has fewer literals).
func better(a, b []literal) bool {
	ma, mb := lightest(a), lightest(b)
	if ma != mb {
		return ma > mb
	}
	return len(a) < len(b)
}

func lightest(ls []literal) int {
	m := -1
	for _, l := range ls {
		if w := weight(l.s); m < 0 || w < m {
			m = w
		}
	}
	return m
}

// weight is how selective a literal is: its length, and more for the
// marks prose seldom holds ("[", "<<", "|"), so that "[" is a better
// test than "del" for a pattern that needs both.
func weight(s string) int {
	w := len(s)
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(rareMarks, s[i]) >= 0 {
			w += 3
		}
	}
	return w
}

const rareMarks = "[]{}<>|#~^`\\@*_=+"

// mayMatch reports whether s holds one of the literals.
func (p *prefilter) mayMatch(s string) bool {
	for _, l := range p.lits {
		if !l.fold {
			if strings.Contains(s, l.s) {
				return true
			}
			continue
		}
		if containsFoldASCII(s, l.s) {
			return true
		}
		if l.ks && (strings.Contains(s, "\u212a") || strings.Contains(s, "\u017f")) {
			return true
		}
	}
	return false
}

// containsFoldASCII reports whether s holds lit (lower-case ASCII) with
// its ASCII letters in either case, without lower-casing s: the places
// where lit's first byte is, in either case, are compared in turn.
func containsFoldASCII(s, lit string) bool {
	n := len(lit)
	if n == 0 {
		return true
	}
	lo, up := lit[0], lit[0]
	if 'a' <= lo && lo <= 'z' {
		up = lo - ('a' - 'A')
	}
	nextLo, nextUp := -2, -2 // the next place of each at or after i (-1: none)
	for i := 0; i+n <= len(s); {
		if nextLo != -1 && nextLo < i {
			nextLo = indexFrom(s, lo, i)
		}
		if nextUp != -1 && nextUp < i {
			nextUp = indexFrom(s, up, i)
		}
		k := nextLo
		if k < 0 || nextUp >= 0 && nextUp < k {
			k = nextUp
		}
		if k < 0 || k+n > len(s) {
			return false
		}
		if equalFoldASCII(s[k:k+n], lit) {
			return true
		}
		i = k + 1
	}
	return false
}

func indexFrom(s string, c byte, i int) int {
	if j := strings.IndexByte(s[i:], c); j >= 0 {
		return i + j
	}
	return -1
}

// equalFoldASCII: a is lit with its ASCII letters in either case.
func equalFoldASCII(a, lit string) bool {
	for i := 0; i < len(lit); i++ {
		b := a[i]
		if 'A' <= b && b <= 'Z' {
			b += 'a' - 'A'
		}
		if b != lit[i] {
			return false
		}
	}
	return true
}
