package check

import (
	"regexp"
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
	// subs are amendments that replace words inside a clause ("In
	// Section 3.3, "ninety (90) days'" is replaced by "sixty (60) days'"").
	subs []substitution
}

// substitution replaces old by new in the target clause, by the amending
// clause.
type substitution struct {
	target, by, old, new string
}

// quotedRe finds double-quoted passages (straight or curly quotes).
var quotedRe = regexp.MustCompile(`["“]([^"“”]{1,300})["”]`)

// replaceRe is the verb of a word-for-word amendment between its two quotes.
var replaceRe = regexp.MustCompile(`(?i)\b(?:replac|substitut)`)

// addRe is the verb of an amendment that adds words to a clause.
var addRe = regexp.MustCompile(`(?i)\b(?:by adding|by inserting|by appending|add(?:ing)? the following|insert(?:ing)? the following|append(?:ing)? the following)\b`)

// substitutionIn reads a sentence replacing one quoted passage by another
// ("old" is the passage replaced), or adding one quoted passage to the
// clause (old is "").
func substitutionIn(s string) (old, new string, ok bool) {
	m := quotedRe.FindAllStringSubmatchIndex(s, -1)
	if len(m) == 1 && addRe.MatchString(s[:m[0][0]]) {
		return "", s[m[0][2]:m[0][3]], true
	}
	if len(m) != 2 || !replaceRe.MatchString(s[m[0][1]:m[1][0]]) {
		return "", "", false
	}
	return s[m[0][2]:m[0][3]], s[m[1][2]:m[1][3]], true
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
			if cues := rs.Cue("amendment").Find(s.text); len(cues) > 0 {
				// "Notwithstanding Section 2.2, usage under Section 2.1 is
				// …": only the section right after "notwithstanding" is
				// overridden; another cue amends every section named.
				only := ""
				if notwithstandingOnly(s.text, cues) {
					only = s.text[cues[0].End:min(len(s.text), cues[0].End+40)]
				}
				for _, r := range c.Refs {
					if r.Missing {
						continue
					}
					rel := r.Offset - c.Start
					if !(rel >= s.start && rel < s.start+len(s.text)) && !strings.Contains(s.text, r.Text) {
						continue
					}
					if only != "" && (r.Text == "" || !strings.Contains(only, r.Text)) {
						continue
					}
					targets := []string{}
					if _, ok := byID[r.Target]; ok {
						targets = append(targets, r.Target)
					} else {
						targets = append(targets, byNumber[r.Target]...)
					}
					oldText, newText, isSub := substitutionIn(s.text)
					for _, t := range targets {
						if t != c.ID {
							p.amended[t] = c.ID
							if isSub {
								p.subs = append(p.subs, substitution{target: t, by: c.ID, old: oldText, new: newText})
							}
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
			if h.AmendedFrom != "" {
				r = p.rank[h.AmendedFrom] // the amended clause keeps its place
			}
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
	// Figures of the same kind are comparable only between sentences
	// about the same elements: a credit of 10% does not restate an
	// availability of 99.9%.
	if !slices.Equal(h.Elements, w.Elements) {
		return false
	}
	f, g := h.Facts, w.Facts
	return (len(f.Percent) > 0 && len(g.Percent) > 0) || (len(f.Days) > 0 && len(g.Days) > 0) || (len(f.Money) > 0 && len(g.Money) > 0)
}

// amendedClauses returns, for each word-for-word amendment whose words are
// found in its target, the target clause as amended: it is judged in place
// of the target and cited as the amending clause.
func amendedClauses(p precedence, byID map[string]*document.Clause) []amendedClause {
	var out []amendedClause
	for _, sub := range p.subs {
		t, by := byID[sub.target], byID[sub.by]
		if t == nil || by == nil {
			continue
		}
		c := *t
		c.ID, c.Page, c.Start = by.ID, by.Page, 0
		if sub.old == "" {
			c.Text = strings.TrimRight(t.Text, " \n") + "\n\n" + sub.new
		} else {
			loc := looseRe(sub.old).FindStringIndex(t.Text)
			if loc == nil {
				continue
			}
			c.Text = t.Text[:loc[0]] + sub.new + t.Text[loc[1]:]
		}
		c.Facts = nil // read again from the amended text
		c.Refs = nil
		for _, r := range t.Refs {
			if r.Missing {
				r.Offset = -1 // located by its text
				c.Refs = append(c.Refs, r)
			}
		}
		name := t.Number
		if name == "" {
			name = t.ID
		}
		out = append(out, amendedClause{clause: &c, target: t.ID, note: "Section " + name + " as amended by " + by.ID + ": "})
	}
	return out
}

type amendedClause struct {
	clause *document.Clause
	target string
	note   string
}

// looseRe matches text with any run of spaces for a space and any
// apostrophe or quote style.
func looseRe(s string) *regexp.Regexp {
	var b strings.Builder
	for _, f := range strings.Fields(s) {
		if b.Len() > 0 {
			b.WriteString(`\s+`)
		}
		for _, r := range f {
			switch r {
			case '\'', '’', '‘':
				b.WriteString(`['’‘]`)
			case '"', '“', '”':
				b.WriteString(`["“”]`)
			default:
				b.WriteString(regexp.QuoteMeta(string(r)))
			}
		}
	}
	return regexp.MustCompile(b.String())
}

// notwithstandingOnly reports whether every amendment cue of the sentence
// is "notwithstanding".
func notwithstandingOnly(s string, cues []rules.Span) bool {
	for _, c := range cues {
		if !strings.EqualFold(s[c.Start:c.End], "notwithstanding") {
			return false
		}
	}
	return true
}
