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
	items   []phraseRe
}

type phraseRe struct {
	// prefix is the lowercased literal first word ("" for a wildcard): when
	// it does not occur in the text, the regexp cannot match and is not run.
	prefix string
	re     *regexp.Regexp
}

// Span is a match: byte offsets into the searched text.
type Span struct{ Start, End int }

const sep = `[\s\-–—/'’]+`

// compilePhrases builds the matcher of a phrase list; an empty list never
// matches. Each phrase is its own small regexp, run only when the phrase's
// first literal word occurs in the text (cheap substring test): most
// sentences are about few topics, and one big alternation was the
// analyser's main cost.
func compilePhrases(phrases []string) (*Matcher, error) {
	m := &Matcher{phrases: phrases}
	for _, p := range phrases {
		expr, err := phraseExpr(p)
		if err != nil {
			return nil, err
		}
		re, err := regexp.Compile(`(?i)` + expr)
		if err != nil {
			return nil, fmt.Errorf("compile phrase %q: %w", p, err)
		}
		w := strings.FieldsFunc(p, func(r rune) bool { return unicode.IsSpace(r) || r == '-' })[0]
		m.items = append(m.items, phraseRe{prefix: strings.ToLower(strings.TrimSuffix(w, "*")), re: re})
	}
	return m, nil
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
			b.WriteString(`[\p{L}\p{N}'’.,$%()]+`) // "Tool (function) definitions"
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
func (m *Matcher) Empty() bool { return m == nil || len(m.items) == 0 }

// Match reports whether any phrase occurs in s.
func (m *Matcher) Match(s string) bool {
	if m.Empty() {
		return false
	}
	lower := strings.ToLower(s)
	for _, it := range m.items {
		if strings.Contains(lower, it.prefix) && it.re.MatchString(s) {
			return true
		}
	}
	return false
}

// Find returns the matches in s, leftmost first; where matches overlap the
// longer one is kept.
func (m *Matcher) Find(s string) []Span {
	if m.Empty() {
		return nil
	}
	lower := strings.ToLower(s)
	var all []Span
	for _, it := range m.items {
		if !strings.Contains(lower, it.prefix) {
			continue
		}
		for _, x := range it.re.FindAllStringIndex(s, -1) {
			all = append(all, Span{x[0], x[1]})
		}
	}
	if len(all) < 2 {
		return all
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].Start != all[j].Start {
			return all[i].Start < all[j].Start
		}
		return all[i].End > all[j].End
	})
	out := all[:1]
	for _, sp := range all[1:] {
		if sp.Start >= out[len(out)-1].End {
			out = append(out, sp)
		}
	}
	return out
}
