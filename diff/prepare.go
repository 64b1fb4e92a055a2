package diff

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/clausecheck/clausecheck/document"
)

// clause is one clause prepared for alignment.
type clause struct {
	idx     int
	c       *document.Clause
	number  string // normalised label ("9.4", "A.1")
	heading string // normalised heading
	body    string // normalised text, label and heading stripped
	full    string // heading and body, for showing an added/deleted clause
	joined  string // heading + " " + body, compared when headings differ
	label   string // the printed label ("(a)"), normalised
	folds   map[string]bool
	toks    []string // tokens of body, filled on demand by tokens()
	words   int
	key     string   // exact-match key: the body, or the heading when there is no body
	grams   []uint64 // sorted distinct word bigrams (unigrams for one-word clauses)
	part    string   // enclosing Schedule/Exhibit/… ("" for the main body)
	// furniture: the lines of document furniture taken out of the text
	// and heading (a draft legend, a signature block …), never compared
	// as clause text; facts: the clause's facts outside them.
	furniture []furnitureLine
	facts     []document.Fact
}

// prepare normalises every clause of a document.
func prepare(d *document.Document, n normalizer, lx *lexicon) []*clause {
	byID := make(map[string]*document.Clause, len(d.Clauses))
	for i := range d.Clauses {
		byID[d.Clauses[i].ID] = &d.Clauses[i]
	}
	out := make([]*clause, len(d.Clauses))
	for i := range d.Clauses {
		c := &d.Clauses[i]
		p := &clause{idx: i, c: c}
		p.number = normNumber(c.Number)
		rawText, furn := lx.stripFurniture(c.Text)
		rawHeading := c.Heading
		if k := lx.furnitureOf(rawHeading); k != "" && countWords(rawHeading) <= maxFurnitureWords {
			furn = append([]furnitureLine{{kind: k, text: rawHeading}}, furn...)
			rawHeading = ""
			if k == "signature" {
				// under "Signatures" or "Execution", every line that binds
				// no one is the signature block: who signs, in which
				// capacity, on which date, however long the line
				var rest []furnitureLine
				rawText, rest = signatureBlock(rawText)
				furn = append(furn, rest...)
			}
		}
		for i := range furn {
			furn[i].text, _ = n.norm(furn[i].text)
		}
		p.furniture = furn
		p.facts = c.Facts
		if len(furn) > 0 {
			p.facts = nil
			for _, f := range c.Facts {
				if strings.Contains(rawText, f.Text) || strings.Contains(rawHeading, f.Text) {
					p.facts = append(p.facts, f)
				}
			}
		}
		p.heading, _ = n.norm(rawHeading)
		text, folds := n.norm(rawText)
		stripped := stripLabel(text, c.Number, n)
		p.label, _ = n.norm(c.Number)
		text = stripHeading(stripped, p.heading)
		p.joined = strings.TrimSpace(p.heading + " " + text)
		p.full = stripped
		if p.heading != "" && text == stripped {
			sep := ". "
			if strings.ContainsAny(p.heading[len(p.heading)-1:], ".:;") {
				sep = " "
			}
			p.full = strings.TrimSpace(p.heading + sep + text)
		}
		p.body, p.folds = text, folds
		var hs []uint64
		add := func(w string) { hs = append(hs, wordHash(w)) }
		eachWord(p.heading, add)
		eachWord(p.body, add)
		p.words = len(hs)
		eachWord(p.heading, func(string) { p.words-- })
		p.grams = grams(hs)
		p.key = p.body
		if p.key == "" {
			p.key = "#" + strings.ToLower(p.heading)
		}
		p.part = partOf(c, byID)
		out[i] = p
	}
	return out
}

// normNumber reduces a label to its bare form: "(a)" → "a", "1." → "1".
func normNumber(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimLeft(s, "(")
	return strings.TrimRight(s, ".):")
}

// stripLabel removes the clause's own label from the start of its text:
// "9.4 Fees. …", "Section 9.4. …", "(a) the …".
func stripLabel(text, number string, n normalizer) string {
	num, _ := n.norm(number)
	if num == "" {
		return text
	}
	t := text
	named := false // "Section 9.4": the label with its noun
	for _, p := range []string{"section ", "article ", "clause ", "§ ", "§"} {
		if len(t) >= len(p) && strings.EqualFold(t[:len(p)], p) && strings.HasPrefix(t[len(p):], num) {
			t = t[len(p):]
			named = true
			break
		}
	}
	if !strings.HasPrefix(t, num) {
		return text
	}
	rest := t[len(num):]
	// The label ends at a space, or at ".", ")" or ":" followed by a
	// space: "1.5 million" is not label "1", "10" is not label "1".
	for rest != "" && strings.ContainsAny(rest[:1], ".):") {
		rest = rest[1:]
	}
	if rest != "" && rest[0] != ' ' {
		return text
	}
	rest = strings.TrimLeft(rest, " ")
	if r, _ := utf8.DecodeRuneInString(rest); named && unicode.IsLower(r) {
		// "Clause 7 of the Addendum is replaced …" in paragraph 7 of an
		// amendment: the subject of its sentence, a reference, no label
		return text
	}
	return rest
}

// stripHeading removes a run-in heading from the start of the text.
func stripHeading(text, heading string) string {
	if heading == "" || len(text) < len(heading) || !strings.EqualFold(text[:len(heading)], heading) {
		return text
	}
	rest := text[len(heading):]
	if rest != "" && !strings.ContainsAny(rest[:1], ".:; -") {
		return text
	}
	return strings.TrimLeft(rest, ".:;- ")
}

// grams returns the sorted distinct bigrams of a clause's word hashes, or
// its single word for a one-word clause.
func grams(hs []uint64) []uint64 {
	g := make([]uint64, 0, len(hs))
	if len(hs) == 1 {
		g = append(g, hs[0])
	}
	for i := 1; i < len(hs); i++ {
		g = append(g, (hs[i-1]*0x100000001b3)^(hs[i]>>1)^0x9e3779b97f4a7c15)
	}
	slices.Sort(g)
	return slices.Compact(g)
}

// wordHash is FNV-1a of the lowercased word, without allocating.
func wordHash(w string) uint64 {
	h := uint64(0xcbf29ce484222325)
	for _, r := range w {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
		} else {
			r = unicode.ToLower(r)
		}
		for r > 0 {
			h ^= uint64(r & 0xff)
			h *= 0x100000001b3
			r >>= 8
		}
	}
	return h
}

// intersect counts the common elements of two sorted slices.
func intersect(a, b []uint64) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

func jaccard(a, b []uint64) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 0
	}
	in := intersect(a, b)
	return float64(in) / float64(len(a)+len(b)-in)
}

// partOf names the Schedule, Exhibit, Annex… a clause sits in: the nearest
// ancestor of kind part, or the qualifier of its ID ("Schedule A/1.1").
func partOf(c *document.Clause, byID map[string]*document.Clause) string {
	if c.Kind == document.KindPart {
		return partName(c)
	}
	cur := c
	for depth := 0; depth < 64 && cur.ParentID != ""; depth++ {
		p := byID[cur.ParentID]
		if p == nil || p == cur {
			break
		}
		if p.Kind == document.KindPart {
			return partName(p)
		}
		cur = p
	}
	if i := strings.LastIndex(c.ID, "/"); i > 0 {
		return c.ID[:i]
	}
	return ""
}

// partName is the label of a part clause; an "Article" is a division of
// the main body, not a separate part.
func partName(p *document.Clause) string {
	name := strings.TrimSpace(p.Number)
	if name == "" {
		name = p.ID
	}
	if strings.HasPrefix(strings.ToLower(name), "article") || strings.HasPrefix(strings.ToLower(name), "part ") {
		return ""
	}
	return name
}

// tokens returns the tokens of the body, computing them once.
func (c *clause) tokens() []string {
	if c.toks == nil {
		c.toks = tokenize(c.body)
	}
	return c.toks
}

// signatureBlock takes out of the text under a signature heading the
// lines that state no modal ("shall", "may" …): names, capacities, dates,
// "Executed by … in accordance with section 127", "IN WITNESS WHEREOF the
// parties sign in two counterparts".
func signatureBlock(text string) (string, []furnitureLine) {
	var keep []string
	var out []furnitureLine
	for _, l := range strings.Split(text, "\n") {
		if strings.TrimSpace(l) == "" || hasModal(l) {
			keep = append(keep, l)
			continue
		}
		out = append(out, furnitureLine{kind: "signature", text: strings.TrimSpace(l)})
	}
	return strings.Join(keep, "\n"), out
}

// hasModal reports whether a line holds a modal word.
func hasModal(l string) bool {
	found := false
	eachWord(l, func(w string) { found = found || modalWords[strings.ToLower(w)] })
	return found
}

// furnitureOnly reports whether the clause holds nothing but document
// furniture.
func (c *clause) furnitureOnly() bool {
	return len(c.furniture) > 0 && c.body == "" && c.heading == ""
}
