package rules

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode"
)

// Matcher finds any of a list of reviewer phrases in text. The phrase syntax
// is deliberately small (see bedrock/playbook.yaml): whole words, case
// insensitive except for acronyms written in capitals, a space matches any
// run of spaces, hyphens, slashes or apostrophes, a trailing "*" matches any
// word ending and a lone "*" matches one word.
type Matcher struct {
	phrases []string
	re      *regexp.Regexp
}

// Span is a match: byte offsets into the searched text.
type Span struct{ Start, End int }

const sep = `[\s\-–—/'’]+`

// compilePhrases builds one alternation for a phrase list; nil for an empty list.
func compilePhrases(phrases []string) (*Matcher, error) {
	if len(phrases) == 0 {
		return &Matcher{}, nil
	}
	// Longest first, so "shall not" is preferred to "not" at the same place.
	sorted := append([]string(nil), phrases...)
	sort.SliceStable(sorted, func(i, j int) bool { return len(sorted[i]) > len(sorted[j]) })
	parts := make([]string, 0, len(sorted))
	for _, p := range sorted {
		expr, err := phraseExpr(p)
		if err != nil {
			return nil, err
		}
		parts = append(parts, expr)
	}
	re, err := regexp.Compile(`(?i)(?:` + strings.Join(parts, "|") + `)`)
	if err != nil {
		return nil, fmt.Errorf("compile phrases: %w", err)
	}
	return &Matcher{phrases: phrases, re: re}, nil
}

func phraseExpr(p string) (string, error) {
	words := strings.FieldsFunc(p, func(r rune) bool { return unicode.IsSpace(r) || r == '-' })
	if len(words) == 0 {
		return "", fmt.Errorf("empty phrase %q", p)
	}
	var b strings.Builder
	for i, w := range words {
		if i > 0 {
			b.WriteString(sep)
		}
		switch {
		case w == "*":
			b.WriteString(`[\p{L}\p{N}'’.,$%]+`)
			continue
		case strings.Contains(strings.TrimSuffix(w, "*"), "*"):
			return "", fmt.Errorf("phrase %q: \"*\" only at the end of a word", p)
		}
		wild := strings.HasSuffix(w, "*")
		w = strings.TrimSuffix(w, "*")
		lit := regexp.QuoteMeta(w)
		if isAcronym(w) {
			lit = `(?-i:` + lit + `)`
		}
		if i == 0 && startsWord(w) {
			b.WriteString(`\b`)
		}
		b.WriteString(lit)
		if wild {
			b.WriteString(`[\p{L}\p{N}]*`)
		} else if i == len(words)-1 && endsWord(w) {
			b.WriteString(`\b`)
		}
	}
	return b.String(), nil
}

func isAcronym(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 2
}

func startsWord(w string) bool {
	r := []rune(w)
	return len(r) > 0 && (r[0] < 128 && (unicode.IsLetter(r[0]) || unicode.IsDigit(r[0])))
}

func endsWord(w string) bool {
	r := []rune(w)
	return len(r) > 0 && (r[len(r)-1] < 128 && (unicode.IsLetter(r[len(r)-1]) || unicode.IsDigit(r[len(r)-1])))
}

// Phrases returns the phrases the matcher was built from.
func (m *Matcher) Phrases() []string { return append([]string(nil), m.phrases...) }

// Empty reports whether the matcher has no phrases.
func (m *Matcher) Empty() bool { return m == nil || m.re == nil }

// Match reports whether any phrase occurs in s.
func (m *Matcher) Match(s string) bool {
	return !m.Empty() && m.re.MatchString(s)
}

// Find returns all non-overlapping matches in s.
func (m *Matcher) Find(s string) []Span {
	if m.Empty() {
		return nil
	}
	idx := m.re.FindAllStringIndex(s, -1)
	out := make([]Span, len(idx))
	for i, x := range idx {
		out[i] = Span{x[0], x[1]}
	}
	return out
}
