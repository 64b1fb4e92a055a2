package lazyre

import (
	"regexp/syntax"
	"unicode/utf8"
)

// An expression anchored at the end of the text ("… (and|or|to)$") can
// only match its last bytes, but Go's engine tries it from every position
// of the text. tailBytes is, for such an expression, the most bytes a
// match can span (0 when it is not anchored so, can match at the start of
// the text, or has no bound); the engine is then run on the text's tail
// only, cut where the expression sees the same text around the cut (see
// cut). TestTailAsWhole and FuzzTail hold the results to the engine's on
// the whole text.
func tailBytes(re *syntax.Regexp) int {
	if re.Op != syntax.OpConcat || len(re.Sub) == 0 || re.Sub[len(re.Sub)-1].Op != syntax.OpEndText {
		return 0
	}
	if anchoredAtStart(re) {
		return 0 // (the engine tries such an expression at the start only)
	}
	n := maxBytes(re)
	if n <= 0 || n > 1024 {
		return 0
	}
	return n
}

func anchoredAtStart(re *syntax.Regexp) bool {
	if re.Op == syntax.OpBeginText || re.Op == syntax.OpBeginLine {
		return true
	}
	for _, s := range re.Sub {
		if anchoredAtStart(s) {
			return true
		}
	}
	return false
}

// An expression anchored at the start of the text ("^\s*(?:of|in)\s+…")
// is tried at the text's start only, however long the text, but its
// prefilter looked for its literals in the whole text: run on each tail of
// a long clause in turn, that made a pass over the clause per reference.
// headBytes is, for such an expression, the most bytes a match spans
// (the prefilter then looks in those only), or unboundedHead when there
// is no bound; 0 when it is not anchored so.
func headBytes(re *syntax.Regexp) int {
	if !startAnchored(re) {
		return 0
	}
	if n := maxBytes(re); n > 0 {
		return n
	}
	return unboundedHead
}

// unboundedHead marks an expression anchored at the start with no bound
// on its matches: on a text longer than maxPrefilterScan its prefilter is
// not run (the engine, tried at the start only, is the cheaper test).
const (
	unboundedHead    = -1
	maxPrefilterScan = 4096
)

// startAnchored: every match of re begins at the start of the text.
func startAnchored(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpBeginText:
		return true
	case syntax.OpConcat:
		return len(re.Sub) > 0 && startAnchored(re.Sub[0])
	case syntax.OpCapture:
		return startAnchored(re.Sub[0])
	case syntax.OpAlternate:
		for _, s := range re.Sub {
			if !startAnchored(s) {
				return false
			}
		}
		return len(re.Sub) > 0
	}
	return false
}

// maxBytes is the most bytes a match of re spans, or -1 without a bound.
func maxBytes(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return 0
	case syntax.OpLiteral:
		return utf8.UTFMax * len(re.Rune) // (a folded letter may be longer)
	case syntax.OpCharClass, syntax.OpAnyCharNotNL, syntax.OpAnyChar:
		return utf8.UTFMax
	case syntax.OpCapture, syntax.OpQuest:
		return maxBytes(re.Sub[0])
	case syntax.OpRepeat:
		n := maxBytes(re.Sub[0])
		if re.Max < 0 || n < 0 {
			return -1
		}
		return re.Max * n
	case syntax.OpConcat:
		t := 0
		for _, s := range re.Sub {
			n := maxBytes(s)
			if n < 0 {
				return -1
			}
			t += n
		}
		return t
	case syntax.OpAlternate:
		m := 0
		for _, s := range re.Sub {
			n := maxBytes(s)
			if n < 0 {
				return -1
			}
			m = max(m, n)
		}
		return m
	}
	return -1 // star, plus
}

// cut is where to cut s so that s[k:] holds every match of an expression
// whose matches end at len(s) and span at most tail bytes: at a rune's
// start, after a byte that is no ASCII word byte (so \b and \B read the
// same at the cut as in s), at least tail bytes from the end; 0 when no
// such place is near enough to gain anything.
func cut(s string, tail int) int {
	k := len(s) - tail - utf8.UTFMax
	if k <= 64 {
		return 0
	}
	stop := max(k-256, 0)
	for ; k > stop; k-- {
		if utf8.RuneStart(s[k]) && !isWordByte(s[k-1]) {
			return k
		}
	}
	return 0
}

func isWordByte(b byte) bool {
	return b == '_' || '0' <= b && b <= '9' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
}
