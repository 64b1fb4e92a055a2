package rules

import (
	"bytes"
	_ "embed"
	"fmt"
	"strings"

	"gopkg.in/yaml.v3"
)

//go:embed redline.yaml
var redlineYAML []byte

// Redline is the vocabulary of a redline (redline.yaml): the words a
// rewording may change without changing what a clause does, and the lines
// that are document furniture.
type Redline struct {
	Version int `yaml:"version"`
	// FunctionWords are dropped before two clauses' words are compared.
	FunctionWords []string `yaml:"function_words"`
	// CountedWords are compared by their number of uses.
	CountedWords []string `yaml:"counted_words"`
	// Phrases are rewritten, each to its second element, before words
	// are compared.
	Phrases [][]string `yaml:"phrases"`
	// Equivalent lists words of the same meaning; each folds to its first.
	Equivalent [][]string `yaml:"equivalent"`
	// Furniture: line-start phrases by kind (legend, stamp, page,
	// signature, contents).
	Furniture map[string][]string `yaml:"furniture"`
	// ScopeConcepts are the concepts of the clause vocabulary that say
	// what a clause covers (the service, the models, the data, what is
	// done to it): a change among them is a change of scope. The
	// vocabulary's other concepts are cues its checks weigh ("falls
	// below", "rising to"), which a rewording may change freely.
	ScopeConcepts []string `yaml:"scope_concepts"`
}

// DefaultRedline returns the embedded redline vocabulary.
func DefaultRedline() (*Redline, error) { return ParseRedline(redlineYAML) }

// ParseRedline decodes a redline vocabulary strictly and validates it.
func ParseRedline(data []byte) (*Redline, error) {
	var r Redline
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&r); err != nil {
		return nil, fmt.Errorf("%w: redline vocabulary: %v", ErrInvalid, err)
	}
	if r.Version != 1 {
		return nil, fmt.Errorf("%w: redline vocabulary: version %d, want 1", ErrInvalid, r.Version)
	}
	seen := map[string]string{}
	for _, group := range r.Equivalent {
		if len(group) < 2 {
			return nil, fmt.Errorf("%w: redline vocabulary: equivalent %v names fewer than two words", ErrInvalid, group)
		}
		for _, w := range group {
			w = strings.ToLower(w)
			if strings.ContainsAny(w, " \t") || w == "" {
				return nil, fmt.Errorf("%w: redline vocabulary: equivalent %q is not one word", ErrInvalid, w)
			}
			if prev, ok := seen[w]; ok {
				return nil, fmt.Errorf("%w: redline vocabulary: %q is equivalent to both %q and %q", ErrInvalid, w, prev, group[0])
			}
			seen[w] = group[0]
		}
	}
	for _, p := range r.Phrases {
		if len(p) != 2 || strings.TrimSpace(p[0]) == "" {
			return nil, fmt.Errorf("%w: redline vocabulary: phrase %v is not [phrase, rewritten]", ErrInvalid, p)
		}
	}
	for _, w := range r.FunctionWords {
		if _, ok := seen[strings.ToLower(w)]; ok {
			return nil, fmt.Errorf("%w: redline vocabulary: %q is both a function word and an equivalent", ErrInvalid, w)
		}
	}
	for _, c := range r.ScopeConcepts {
		if strings.TrimSpace(c) == "" || strings.ContainsAny(c, " \t") {
			return nil, fmt.Errorf("%w: redline vocabulary: scope concept %q is not a concept name", ErrInvalid, c)
		}
	}
	for kind, phrases := range r.Furniture {
		for _, p := range phrases {
			if strings.TrimSpace(strings.ReplaceAll(p, "*", "")) == "" {
				return nil, fmt.Errorf("%w: redline vocabulary: furniture %s phrase %q has no words", ErrInvalid, kind, p)
			}
		}
	}
	return &r, nil
}
