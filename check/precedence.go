package check

import (
	"slices"
	"strings"

	"github.com/clausecheck/clausecheck/document"
	"github.com/clausecheck/clausecheck/rules"
)

// precedence is what the draft says about which terms win.
type precedence struct {
	// amended maps a clause ID to the amending clause that replaces it.
	amended map[string]string
	// rank: 2 for amendments, 1 for other later parts (appendix, schedule,
	// …), 0 for the body.
	rank map[string]int
	// laterWins is false when an order-of-precedence clause puts the body
	// above appendices and schedules; clause is that clause ("" if none).
	laterWins bool
	clause    string
}

func precedenceOf(doc *document.Document, rs *rules.Rules, byID map[string]*document.Clause) precedence {
	p := precedence{amended: map[string]string{}, rank: map[string]int{}, laterWins: true}
	byNumber := map[string][]string{}
	for i := range doc.Clauses {
		c := &doc.Clauses[i]
		byNumber[c.Number] = append(byNumber[c.Number], c.ID)
		p.rank[c.ID] = rankOf(c, byID, rs)
	}
	for i := range doc.Clauses {
		c := &doc.Clauses[i]
		if c.Kind == document.KindRecital || c.Kind == document.KindPreamble {
			continue
		}
		for _, s := range splitSentences(c.Text) {
			if rs.Cue("amendment").Match(s.text) {
				for _, r := range c.Refs {
					if r.Missing {
						continue
					}
					rel := r.Offset - c.Start
					if !(rel >= s.start && rel < s.start+len(s.text)) && !strings.Contains(s.text, r.Text) {
						continue
					}
					targets := []string{}
					if _, ok := byID[r.Target]; ok {
						targets = append(targets, r.Target)
					} else {
						targets = append(targets, byNumber[r.Target]...)
					}
					for _, t := range targets {
						if t != c.ID {
							p.amended[t] = c.ID
						}
					}
				}
			}
			if cue := rs.Cue("precedence").Find(s.text); len(cue) > 0 && p.clause == "" {
				later := rs.Cue("later_parts").Find(s.text)
				body := rs.Cue("body").Find(s.text)
				if len(later) == 0 {
					continue
				}
				p.clause = c.ID
				p.laterWins = laterWins(s.text, cue[0], later, body)
			}
		}
	}
	// Amending a clause amends its sub-clauses.
	for i := range doc.Clauses {
		c := &doc.Clauses[i]
		if _, ok := p.amended[c.ID]; ok {
			continue
		}
		seen := map[string]bool{}
		for a := byID[c.ParentID]; a != nil && !seen[a.ID]; a = byID[a.ParentID] {
			seen[a.ID] = true
			if w, ok := p.amended[a.ID]; ok && w != c.ID {
				p.amended[c.ID] = w
				break
			}
		}
	}
	return p
}

func rankOf(c *document.Clause, byID map[string]*document.Clause, rs *rules.Rules) int {
	rank := 0
	seen := map[string]bool{}
	for a := c; a != nil && !seen[a.ID]; a = byID[a.ParentID] {
		seen[a.ID] = true
		label := a.Heading
		if a.Kind == document.KindPart {
			label += " " + a.Number + " " + a.ID
		}
		if a == c {
			// The clause's own ID carries its part ("Schedule A/1.1").
			if i := strings.LastIndex(a.ID, "/"); i > 0 {
				label += " " + a.ID[:i]
			}
		}
		if a.Kind != document.KindPart && a != c {
			continue
		}
		if strings.Contains(strings.ToLower(label), "amendment") {
			return 2
		}
		if a.Kind == document.KindPart && rs.Cue("later_parts").Match(label) {
			rank = 1
		} else if a == c && strings.Contains(a.ID, "/") && rs.Cue("later_parts").Match(label) {
			rank = 1
		}
	}
	return rank
}

// effective reports whether a hit can support a verdict at all.
func effective(h Hit) bool {
	return h.Binding && !h.Omitted && len(h.MissingRefs) == 0 && h.Term != ""
}

func applyPrecedence(in *Input, p precedence) {
	for id, hits := range in.Topics {
		for i := range hits {
			if w, ok := p.amended[hits[i].Clause]; ok {
				hits[i].SupersededBy, hits[i].Basis = w, "amendment"
			}
		}
		// A hit of a higher-ranked part overrides comparable hits of lower
		// parts: same scope, and the same element, kind of figure or an
		// opposite polarity.
		rank := func(h Hit) int {
			r := p.rank[h.Clause]
			if r == 1 && !p.laterWins {
				r = -1 // the body prevails over appendices
			}
			return r
		}
		for i := range hits {
			h := &hits[i]
			if h.SupersededBy != "" {
				continue
			}
			best := rank(*h)
			for _, w := range hits {
				if w.SupersededBy != "" || !effective(w) || rank(w) <= best || !comparable(*h, w) {
					continue
				}
				best = rank(w)
				h.SupersededBy = w.Clause
				h.Basis = "later part"
				if p.clause != "" {
					h.Basis = "order of precedence (" + p.clause + ")"
				}
			}
		}
		in.Topics[id] = hits
	}
}

// laterWins reads a precedence sentence. With a verb ("X prevails over Y",
// "the Body prevails"), the part named last before the verb wins. With a
// list ("order of precedence: (1) …, (2) …"), the part named first after
// the cue wins.
func laterWins(s string, cue rules.Span, later, body []rules.Span) bool {
	ordered := strings.Contains(strings.ToLower(s[cue.Start:cue.End]), "order")
	if ordered {
		l, b := firstAfter(later, cue.End), firstAfter(body, cue.End)
		switch {
		case l < 0:
			return false
		case b < 0:
			return true
		}
		return l < b
	}
	l, b := lastBefore(later, cue.Start), lastBefore(body, cue.Start)
	switch {
	case l < 0 && b < 0:
		// "… shall prevail over the Schedules": nothing named before.
		return firstAfter(later, cue.End) < 0
	case l < 0:
		return false
	case b < 0:
		return true
	}
	return l > b
}

func firstAfter(spans []rules.Span, pos int) int {
	for _, sp := range spans {
		if sp.Start >= pos {
			return sp.Start
		}
	}
	return -1
}

func lastBefore(spans []rules.Span, pos int) int {
	best := -1
	for _, sp := range spans {
		if sp.End <= pos {
			best = sp.Start
		}
	}
	return best
}

func comparable(h, w Hit) bool {
	if h.Scope.Provisioned != w.Scope.Provisioned {
		return false
	}
	if h.Polarity != w.Polarity {
		return true
	}
	for _, e := range h.Elements {
		if slices.Contains(w.Elements, e) {
			return true
		}
	}
	f, g := h.Facts, w.Facts
	return (len(f.Percent) > 0 && len(g.Percent) > 0) || (len(f.Days) > 0 && len(g.Days) > 0) || (len(f.Money) > 0 && len(g.Money) > 0)
}
