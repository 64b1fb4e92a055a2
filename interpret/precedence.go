package interpret

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/clausecheck/clausecheck/document"
	"github.com/clausecheck/clausecheck/extract"
	"github.com/clausecheck/clausecheck/internal/lazyre"
)

// precedence is what the draft expressly says about which text wins.
type precedence struct {
	// over[a][b]: part a prevails over part b (part keys, "" the body).
	over map[string]map[string]string // → basis (the clause saying so)
	// notwithstanding[stmt] = clause IDs it overrides ("*" for anything to
	// the contrary).
	notwithstanding map[int][]string
	// rankOverNotwithstanding: the order of precedence says that a lower
	// part's "notwithstanding" does not displace a higher part ("A
	// Schedule does not vary or displace any provision of these General
	// Terms, even where the Schedule states that it applies
	// notwithstanding that provision").
	rankOverNotwithstanding bool
}

// reRankOverNotwithstanding: a sentence that denies a "notwithstanding"
// its force against the order of precedence.
var reRankOverNotwithstanding = lazyre.New(`(?i)\b(?:does|do|shall|will|can|cannot|may)\s*(?:not\s+)?(?:vary|displace|override|prevail\s+over|modify|supersede)\b[^.]{0,160}\b(?:even\s+(?:where|if)|despite|regardless)\b[^.]{0,120}\bnotwithstanding\b|\bnotwithstanding\b[^.]{0,80}\b(?:has|have|shall\s+have)\s+no\s+effect\b`)

var (
	// names of the parts of a draft in precedence language
	rePartName = lazyre.New(`(?i)\b(?:(?:this|these|the|any|each|all|such)\s+)?(standard (?:terms|conditions)(?: and conditions)?|parts?|sections?|schedules?|exhibits?|annex(?:es)?|appendi(?:x|ces)|attachments?|amendments?|order forms?|side letters?|addend(?:um|a)|supplements?|(?:main\s+)?body|sections|clauses|articles|general terms|master (?:services )?agreement|ai addendum|pricing schedule|rate card|special (?:terms|conditions)|framework agreement|individual agreement|terms and conditions|letter|agreement|contract|(?:these\s+)?main terms|these terms|this document|main document)(?:\s+(?:no\.?\s*)?((?-i:[A-Z0-9]{1,4})\b))?`)
	rePrevail  = lazyre.New(`(?i)\b(prevail|prevails|take[s]? precedence|take[s]? priority|ha(?:s|ve) priority|shall control|will control|controls|shall govern|will govern|governs|override[s]?|rank[s]? (?:ahead|first|above)|supersede[s]?|win|wins|come[s]? first|appl(?:y|ies) first|shall be given (?:priority|precedence))\b`)
	reOver     = lazyre.New(`(?i)\b(over|above|ahead of|to the extent of any)\b`)
	reSubord   = lazyre.New(`(?i)\bsubordinate to\b`)
	// one precedence statement per clause of a sentence
	reClauseSplit = lazyre.New(`(?i);|,\s*(?:and|but|while|whereas)\s|\.\s`)
	// "Sections A and B", "Parts 1, 2 and 3"
	reLetterList = lazyre.New(`(?i)\b(parts?|sections?|schedules?|annex(?:es)?|appendi(?:x|ces)|exhibits?)\s+([A-Z0-9]{1,3})((?:\s*(?:,|and|&)\s*[A-Z0-9]{1,3}\b)+)`)
	reOrderOf    = lazyre.New(`(?i)\border of precedence|descending order|following order|in (the|this) order\b|order of priority|priority\b`)
)

// readPrecedence reads the draft's order-of-precedence clauses and its
// "notwithstanding" statements.
func (rg *Reading) readPrecedence() *precedence {
	pr := &precedence{over: map[string]map[string]string{}, notwithstanding: map[int][]string{}}
	keys := rg.partKeys()
	for i := range rg.doc.Clauses {
		c := &rg.doc.Clauses[i]
		if c.Kind == document.KindRecital {
			continue
		}
		text := c.Text
		if !containsFold(text, "prevail", "preceden", "priorit", "control", "govern", "overrid", "rank", "supersed", "win", "first", "order", "subordinate") {
			continue // (none of the words the patterns below need)
		}
		orderOf := reOrderOf.MatchString(text)
		if !orderOf && !rePrevail.MatchString(text) && !reSubord.MatchString(text) {
			continue
		}
		if reRankOverNotwithstanding.MatchString(text) {
			pr.rankOverNotwithstanding = true
		}
		// an ordered list: "in the following order of precedence: (a) …"
		if orderOf {
			var items []string
			for j := range rg.doc.Clauses {
				k := &rg.doc.Clauses[j]
				if k.ParentID == c.ID {
					// (a rendering may make an item of the first rank and
					// keep the others inline: "(1) Part D; (2) Part C; …")
					if pieces := splitInline(k.Text); len(pieces) >= 2 && reInlineRank.MatchString(k.Text) {
						items = append(items, pieces...)
					} else {
						items = append(items, k.Text)
					}
				}
			}
			if len(items) == 0 {
				// inline: split at "(a)", "(b)" … or ";"
				if k := strings.Index(text, ":"); k >= 0 {
					items = splitInline(text[k+1:])
				}
			}
			var ranked [][]string
			for _, it := range items {
				if ps := rg.partsNamed(it, keys, c); len(ps) > 0 {
					ranked = append(ranked, ps)
				}
			}
			for a := 0; a < len(ranked); a++ {
				for b := a + 1; b < len(ranked); b++ {
					for _, w := range ranked[a] {
						for _, l := range ranked[b] {
							pr.set(w, l, c.ID)
						}
					}
				}
			}
			if len(ranked) >= 2 {
				continue
			}
		}
		prevName := ""
		for _, sp := range splitSentences(text) {
			s := text[sp.start:sp.end]
			if m := rePronounSubject.FindStringIndex(s); m != nil && prevName != "" {
				// "These Special Conditions form part of this Purchase
				// Order. They prevail over the Standard Terms": the
				// pronoun is the part the sentence before named
				s = prevName + " " + s[m[1]:]
			}
			prevName = ""
			if m := rePartName.FindString(s[:min(len(s), 60)]); m != "" && len(rg.partsNamed(m, keys, c)) > 0 {
				prevName = m
			}
			for _, clauseS := range reClauseSplit.Split(s, -1) {
				rg.precedenceSentence(pr, clauseS, keys, c)
			}
		}
	}
	// "notwithstanding Section X", "notwithstanding anything to the contrary"
	for _, st := range rg.Statements {
		if !st.notwithstandingCue {
			continue // (read when the statement was: no need to scan it again)
		}
		p := rg.reader.scan(st.Text)
		if len(p.cues["notwithstanding"]) == 0 {
			continue
		}
		lower := strings.ToLower(st.Text)
		if (strings.Contains(lower, "to the contrary") || strings.Contains(lower, "anything in") || strings.Contains(lower, "anything contained in") || strings.Contains(lower, "any other provision")) &&
			!rg.overridesOtherDocument(lower) {
			pr.notwithstanding[st.ID] = append(pr.notwithstanding[st.ID], "*")
		}
		cue := p.cues["notwithstanding"][0]
		if k := rg.relativeParagraph(st, st.Text[p.toks[cue.end-1].End:]); k != "" {
			// "Notwithstanding paragraph (1) sentence 1, …": a paragraph of
			// the same section
			pr.notwithstanding[st.ID] = append(pr.notwithstanding[st.ID], k)
		}
		for _, r := range rg.refs().Read(st.Text) {
			if r.Missing {
				continue
			}
			// only the references right after the cue ("Notwithstanding
			// Section 7.1, …"), not those of the rest of the sentence
			cueEnd := p.toks[cue.end-1].End
			if r.Offset >= cueEnd && r.Offset-cueEnd < 60 {
				for _, k := range numberIDs(rg.doc, r.Target) {
					pr.notwithstanding[st.ID] = append(pr.notwithstanding[st.ID], k)
				}
			}
		}
	}
	rg.clauseNotwithstanding(pr)
	return pr
}

// relativeParagraph is the clause a reference at the start of rest names
// by its bracketed number alone ("paragraph (1)", "sub-clause (a)"): the
// one so numbered beside the statement's clause or beside one of its
// ancestors, the nearest first; "" if none.
func (rg *Reading) relativeParagraph(st *Statement, rest string) string {
	m := reRelativeParagraph.FindStringSubmatch(rest)
	if m == nil {
		return ""
	}
	want := "(" + strings.ToLower(m[1]) + ")"
	seen := map[string]bool{}
	for c := rg.byID[st.Clause]; c != nil && !seen[c.ID]; c = rg.byID[c.ParentID] {
		seen[c.ID] = true
		for i := range rg.doc.Clauses {
			k := &rg.doc.Clauses[i]
			if k.ID != c.ID && k.ParentID == c.ParentID && strings.ToLower(strings.TrimSpace(k.Number)) == want {
				return k.ID
			}
		}
	}
	return ""
}

// reRelativeParagraph: a reference by a bracketed number alone, right
// after "notwithstanding".
var reRelativeParagraph = lazyre.New(`(?i)^\s*(?:paragraph|para\.?|sub-?paragraph|sub-?clause|sub-?section|subsection|item)\s*\((\d{1,2}|[a-z]{1,3})\)`)

// clauseNotwithstanding: a clause that opens "Notwithstanding clause 9.3
// of the Master Terms, AWS commits to the following …" overrides clause
// 9.3 with the whole of itself, the terms that follow the lead-in and its
// items, not with its first sentence alone.
func (rg *Reading) clauseNotwithstanding(pr *precedence) {
	first := map[string]*Statement{}
	for _, st := range rg.Statements {
		if _, ok := first[st.Clause]; !ok {
			first[st.Clause] = st
		}
	}
	for _, st := range rg.Statements {
		if _, ok := pr.notwithstanding[st.ID]; ok {
			continue
		}
		for c := st.Clause; c != ""; {
			if f := first[c]; f != nil && f != st && f.Binding && f.ID < st.ID && len(pr.notwithstanding[f.ID]) > 0 && !slices.Contains(pr.notwithstanding[f.ID], "*") {
				pr.notwithstanding[st.ID] = slices.Clone(pr.notwithstanding[f.ID])
				break
			}
			if cl := rg.byID[c]; cl != nil {
				c = cl.ParentID
			} else {
				c = ""
			}
		}
	}
}

// reTitleBefore: the capitalised words of a title right before a part's
// name ("Service Level" of "the Service Level Schedule").
var reTitleBefore = lazyre.New(`(?:\b[A-Z][\w&-]*\s+){1,4}$`)

// rePronounSubject: a sentence whose subject is a pronoun ("They prevail
// over …").
var rePronounSubject = lazyre.New(`(?i)^\s*(?:they|these|it|this)\b`)

// reAnythingIn: what "notwithstanding anything (to the contrary) in …"
// names.
var reAnythingIn = lazyre.New(`notwithstanding\s+(?:anything|any\s+provision|any\s+term)(?:\s+to\s+the\s+contrary)?\s+(?:contained\s+)?in\s+((?:the|this|these|any)\s+[^,;]{1,60})`)

// overridesOtherDocument: "Notwithstanding anything in the AWS Service
// Terms, …" sets this draft above another document; it takes nothing of
// the draft's own back. "anything in this Addendum" does.
func (rg *Reading) overridesOtherDocument(lower string) bool {
	m := reAnythingIn.FindStringSubmatch(lower)
	if m == nil {
		return false
	}
	what := m[1]
	if strings.HasPrefix(what, "this ") || strings.HasPrefix(what, "these ") || strings.HasPrefix(what, "any ") {
		return false
	}
	// "the Addendum" where the draft calls itself so: the head noun decides
	f := strings.Fields(what)
	head := strings.Trim(f[len(f)-1], `"“”'(),.`)
	return !rg.titled(head)
}

// reInlineRank: a list of ranks written inline ("…; (2) Part C").
var reInlineRank = lazyre.New(`[;,]\s*\(\s*(?:[b-z]|[2-9]|ii|iii|iv)\s*\)`)

// reInlineSplit: where an inline list of ranks splits.
var reInlineSplit = lazyre.New(`\(\s*[a-z0-9ivx]{1,4}\s*\)|;|\n|,\s*(?:then|followed by|and then|and finally|and)?|\bthen\b`)

// reListedName: a later name of a list ("Sections A and B").
var reListedName = lazyre.New(`[A-Z0-9]{1,3}\b`)

func splitInline(s string) []string {
	var out []string
	for _, p := range reInlineSplit.Split(s, -1) {
		if strings.TrimSpace(p) != "" {
			out = append(out, p)
		}
	}
	return out
}

func numberIDs(doc *document.Document, target string) []string {
	key := normNum(target)
	var out []string
	for i := range doc.Clauses {
		for _, k := range numberKeys(&doc.Clauses[i]) {
			if k == key {
				out = append(out, doc.Clauses[i].ID)
				break
			}
		}
	}
	if len(out) == 0 {
		// a numbered row of a table ("Ref 4.2"): the clause that holds it
		for k, id := range extract.RowLabels(doc) {
			if normNum(k) == key {
				out = append(out, id)
			}
		}
	}
	return out
}

// precedenceSentence reads "X prevails over Y", "X shall prevail", "Y is
// subordinate to X", "in the event of a conflict between X and Y, X
// prevails".
func (rg *Reading) precedenceSentence(pr *precedence, s string, keys []partKey, c *document.Clause) {
	if m := reSubord.FindStringIndex(s); m != nil {
		losers := rg.partsNamed(s[:m[0]], keys, c)
		winners := rg.partsNamed(s[m[1]:], keys, c)
		for _, w := range winners {
			for _, l := range losers {
				pr.set(w, l, c.ID)
			}
		}
		return
	}
	// the verb in lower case: "Security Controls" is a name, not a verb
	var m []int
	for _, x := range rePrevail.FindAllStringIndex(s, -1) {
		if s[x[0]] >= 'a' && s[x[0]] <= 'z' {
			m = x
			break
		}
	}
	if m == nil {
		return
	}
	if reGovernVerb.MatchString(s[m[0]:m[1]]) && !reConflictWord.MatchString(s) {
		// "This Addendum governs Vantor's use of Amazon Bedrock": what
		// the addendum covers, not a rank among its parts
		return
	}
	before, after := s[:m[0]], s[m[1]:]
	// "in the event of conflict between A and B, A shall prevail": the
	// winner is named just before the verb, after the last comma
	if i := strings.LastIndex(before, ","); i >= 0 {
		before = before[i+1:]
	}
	winners := rg.partsNamed(before, keys, c)
	var losers []string
	if o := reOver.FindStringIndex(after); o != nil {
		losers = rg.partsNamed(after[o[1]:], keys, c)
		if len(losers) == 0 {
			// "This Addendum prevails over the EDP Agreement and the AWS
			// Customer Agreement": what it prevails over is outside the
			// draft, nothing inside it is ranked
			return
		}
	}
	if len(losers) == 0 {
		// "A shall prevail" with the others named earlier ("between A and B")
		all := rg.partsNamed(s[:m[0]], keys, c)
		for _, k := range all {
			if !containsStr(winners, k) {
				losers = append(losers, k)
			}
		}
	}
	if len(losers) == 0 && len(winners) > 0 && !reOtherDocConflict.MatchString(s[:m[0]]) {
		// "this Amendment prevails": over every other part (not when the
		// conflict named is with another document: "If this addendum
		// conflicts with the EDP, this addendum wins")
		for _, k := range keys {
			if !containsStr(winners, k.key) {
				losers = append(losers, k.key)
			}
		}
	}
	for _, w := range winners {
		for _, l := range losers {
			pr.set(w, l, c.ID)
		}
	}
}

// reGovernVerb, reConflictWord: "governs" and "controls" rank parts only
// where the sentence speaks of a conflict between them.
var (
	reGovernVerb   = lazyre.New(`(?i)govern|control`)
	reConflictWord = lazyre.New(`(?i)\b(conflicts?|inconsisten\w*|discrepan\w*|contrary|precedence|priority|differ\w*|ambiguit\w*)\b`)
)

// reOtherDocConflict: a conflict with a document outside the draft.
var reOtherDocConflict = lazyre.New(`(?i)\b(?:with|and|between)\s+(?:the\s+)?(?:EDP|Enterprise\s+Discount\s+Program|[A-Z][\w ]{0,40}?\b(?:Agreement|Terms|Customer\s+Agreement|Service\s+Terms|DPA|Order\s+Form))\b`)

func containsStr(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

func (pr *precedence) set(w, l, basis string) {
	if w == l {
		return
	}
	if pr.over[l] != nil {
		if _, ok := pr.over[l][w]; ok {
			return // the first statement of an order stands
		}
	}
	if pr.over[w] == nil {
		pr.over[w] = map[string]string{}
	}
	if _, ok := pr.over[w][l]; !ok {
		pr.over[w][l] = basis
	}
}

type partKey struct {
	key, label, kind string
}

func (rg *Reading) partKeys() []partKey {
	seen := map[string]bool{}
	var out []partKey
	for i := range rg.doc.Clauses {
		pi := rg.parts[rg.doc.Clauses[i].ID]
		if !seen[pi.key] {
			seen[pi.key] = true
			out = append(out, partKey{pi.key, pi.label, pi.kind})
		}
	}
	return out
}

// partsNamed returns the part keys a piece of precedence language names:
// "Schedule 2", "the Schedules", "this Addendum" (the body when the draft
// is the addendum), "this Amendment".
func (rg *Reading) partsNamed(s string, keys []partKey, from *document.Clause) []string {
	var out []string
	add := func(k string) {
		if !containsStr(out, k) {
			out = append(out, k)
		}
	}
	for _, m := range reLetterList.FindAllStringSubmatch(s, -1) {
		// the later names of a list: "Sections A and B" names B too
		for _, n := range reListedName.FindAllString(m[3], -1) {
			for _, k := range keys {
				if k.key != "" && strings.EqualFold(strings.Fields(k.label + " x")[0], strings.TrimSuffix(strings.ToLower(m[1]), "s")) && labelNumber(k.label) == strings.ToLower(n) {
					add(k.key)
				}
			}
		}
	}
	prevEnd := -1
	for _, loc := range rePartName.FindAllStringSubmatchIndex(s, -1) {
		if prevEnd >= 0 && strings.TrimSpace(s[prevEnd:loc[0]]) == "" {
			// "this Amendment Agreement": one name, whose last word is
			// no name of its own
			prevEnd = loc[1]
			continue
		}
		prevEnd = loc[1]
		m := []string{s[loc[0]:loc[1]], s[loc[2]:loc[3]], ""}
		if loc[4] >= 0 {
			m[2] = s[loc[4]:loc[5]]
		}
		word := strings.ToLower(m[1])
		num := m[2]
		full := strings.ToLower(m[0])
		if num == "" {
			// "the Service Level Schedule", "the AI Services Schedule":
			// the part whose title holds the words before the name
			if t := reTitleBefore.FindString(s[:loc[2]]); t != "" {
				title := strings.ToLower(strings.TrimSpace(t)) + " " + strings.TrimSuffix(word, "s")
				found := false
				for _, k := range keys {
					if k.key != "" && strings.Contains(strings.ToLower(k.label), title) {
						add(k.key)
						found = true
					}
				}
				if found {
					continue
				}
			}
		}
		if num != "" {
			for _, k := range keys {
				if k.key != "" && extract.PartWord(strings.Fields(k.label + " x")[0]) == extract.PartWord(strings.Fields(word)[0]) && labelNumber(k.label) == strings.ToLower(num) {
					add(k.key)
				}
				if k.key != "" && strings.HasPrefix(strings.ToLower(k.label), strings.TrimSuffix(word, "s")+" "+strings.ToLower(num)) {
					add(k.key)
				}
			}
			continue
		}
		switch {
		case strings.HasPrefix(word, "part") || strings.HasPrefix(word, "section") && word != "sections":
			// "Part A", "Section B" without a letter name no part
		case strings.HasPrefix(word, "schedule") || strings.HasPrefix(word, "exhibit") || strings.HasPrefix(word, "annex") ||
			strings.HasPrefix(word, "appendi") || strings.HasPrefix(word, "attachment") || word == "rate card" || word == "pricing schedule":
			stem := word[:5]
			for _, k := range keys {
				if k.key != "" && strings.HasPrefix(strings.ToLower(k.label), stem) {
					add(k.key)
				}
			}
		case strings.HasPrefix(word, "amendment"):
			if strings.Contains(full, "this") && rg.parts[from.ID].kind == "amendment" {
				add(rg.parts[from.ID].key)
				continue
			}
			for _, k := range keys {
				if k.kind == "amendment" {
					add(k.key)
				}
			}
		case strings.HasPrefix(word, "order form"):
			found := false
			for _, k := range keys {
				if k.kind == "order_form" {
					add(k.key)
					found = true
				}
			}
			if !found && strings.Contains(full, "this") {
				add(rg.parts[from.ID].key)
			}
		case word == "body" || word == "main body" || word == "sections" || word == "clauses" || word == "articles" || word == "general terms" ||
			word == "terms and conditions" || strings.HasSuffix(word, "main terms") || word == "these terms" || word == "this document" || word == "main document":
			add("")
		case strings.HasPrefix(word, "standard "):
			// "the Standard Terms" printed below the special conditions:
			// the part whose title names them
			for _, k := range keys {
				if k.key != "" && strings.Contains(strings.ToLower(k.label), word) {
					add(k.key)
				}
			}
		case strings.HasPrefix(word, "addend") || word == "ai addendum" || word == "special terms" || word == "special conditions" || word == "supplement" || word == "supplements" || word == "letter" || word == "side letter":
			if strings.Contains(full, "this") || strings.HasPrefix(full, "these") {
				add(rg.parts[from.ID].key)
				continue
			}
			for _, k := range keys {
				if strings.Contains(strings.ToLower(k.label), strings.TrimSuffix(word, "s")) {
					add(k.key)
				}
			}
		case strings.Contains(word, "master") || word == "framework agreement" || word == "agreement" || word == "individual agreement" || word == "contract":
			for _, k := range keys {
				if strings.Contains(strings.ToLower(k.label), word) || (k.kind == "master" && strings.Contains(word, "master")) {
					add(k.key)
				}
			}
			if strings.Contains(full, "this") && len(out) == 0 {
				add(rg.parts[from.ID].key)
			}
		}
	}
	return out
}

func labelNumber(label string) string {
	f := strings.Fields(label)
	if len(f) < 2 {
		return ""
	}
	return strings.ToLower(strings.Trim(f[1], ".:—-"))
}

// applyPrecedence only records what the draft says; frames decide when two
// statements disagree and ask Outranks which one stands.
func (rg *Reading) applyPrecedence() {
	var notes []string
	for w, m := range rg.prec.over {
		for l, basis := range m {
			notes = append(notes, fmt.Sprintf("%s prevails over %s (%s)", rg.partName(w), rg.partName(l), basis))
		}
	}
	sort.Strings(notes)
	rg.precedenceNotes = notes
}

func (rg *Reading) partName(k string) string {
	if k == "" {
		return "the body"
	}
	for _, pk := range rg.partKeys() {
		if pk.key == k {
			return pk.label
		}
	}
	return k
}

// Outranks reports whether statement a prevails over statement b when
// they disagree, and on what basis: a "notwithstanding" that names b's
// clause (or anything to the contrary), an order of precedence between
// their parts, or a later amendment part.
func (rg *Reading) Outranks(a, b *Statement) (bool, string) {
	if a == nil || b == nil || a == b {
		return false, ""
	}
	// a clause and its own items are one provision: "Notwithstanding
	// anything to the contrary, Customer may cancel …: (a) …; (b) …" does
	// not set the lead-in against its items
	related := a.Clause == b.Clause || isAncestor(rg.byID, a.Clause, b.Clause) || isAncestor(rg.byID, b.Clause, a.Clause) ||
		a.lead != "" && strings.HasPrefix(b.Text, a.lead) || b.lead != "" && strings.HasPrefix(a.Text, b.lead)
	if pa, pb := rg.parts[a.Clause], rg.parts[b.Clause]; rg.prec.rankOverNotwithstanding && pa.key != pb.key {
		// the order of precedence says a lower part's "notwithstanding"
		// does not displace a higher part: the ranking decides
		for _, k := range [][2]string{{pa.key, pb.key}, {bodyKey(pa), bodyKey(pb)}} {
			if basis, ok := rg.prec.over[k[0]][k[1]]; ok {
				return true, fmt.Sprintf("order of precedence in %s", basis)
			}
			if _, ok := rg.prec.over[k[1]][k[0]]; ok {
				return false, ""
			}
		}
	}
	// a negotiation record or a recital that says "notwithstanding" binds
	// nobody and overrides nothing
	for _, t := range rg.prec.notwithstanding[a.ID] {
		if !a.Binding {
			break
		}
		if t == "*" && !related || t == b.Clause || isAncestor(rg.byID, t, b.Clause) {
			return true, fmt.Sprintf("notwithstanding in %s", a.Clause)
		}
	}
	for _, t := range rg.prec.notwithstanding[b.ID] {
		if !b.Binding {
			break
		}
		if t == "*" && !related || t == a.Clause || isAncestor(rg.byID, t, a.Clause) {
			return false, ""
		}
	}
	pa, pb := rg.parts[a.Clause], rg.parts[b.Clause]
	if pa.key != pb.key {
		// "8.1 … 99.5% …, and Customer is eligible for service credits as
		// set out in Schedule A. 8.2 If this Section 8 and Schedule A are
		// inconsistent, Schedule A prevails": a precedence the section
		// itself states decides between the section and the part it cites
		for _, k := range [][2]string{{pa.key, pb.key}, {pb.key, pa.key}} {
			basis, ok := rg.prec.over[k[0]][k[1]]
			if !ok || rg.byID[basis] == nil {
				continue
			}
			loser := b.Clause
			if k[0] == pb.key {
				loser = a.Clause
			}
			if top := rg.topSection(basis); top != "" && top == rg.topSection(loser) {
				return k[0] == pa.key, fmt.Sprintf("order of precedence in %s", basis)
			}
		}
		if rg.clauseNames(a.Clause, pb.key) || rg.clauseNames(b.Clause, pa.key) {
			// "Licensee shall pay only the charges set out in Exhibit
			// B-2": a clause that sends the reader to the other part for
			// its terms takes them in; ranking the parts does not set the
			// two against each other
			return false, ""
		}
		if basis, ok := rg.prec.over[pa.key][pb.key]; ok {
			return true, fmt.Sprintf("order of precedence in %s", basis)
		}
		if _, ok := rg.prec.over[pb.key][pa.key]; ok {
			return false, ""
		}
		// "the Clauses prevail over the Schedules" where the clauses are
		// set out in "Part 1" and "Part 2": a plain part is the body
		ka, kb := bodyKey(pa), bodyKey(pb)
		if ka != kb {
			if basis, ok := rg.prec.over[ka][kb]; ok {
				return true, fmt.Sprintf("order of precedence in %s", basis)
			}
			if _, ok := rg.prec.over[kb][ka]; ok {
				return false, ""
			}
		}
		if pa.kind == "amendment" && pa.order > pb.order {
			return true, fmt.Sprintf("later amendment (%s)", pa.label)
		}
	}
	return false, ""
}

// clauseNames reports whether the clause's text in force sends the reader
// to the part whose key is k for its terms ("set out in Exhibit B-2", "in
// accordance with Schedule 3"; not "§6.3 of the Master Terms does not
// apply").
func (rg *Reading) clauseNames(id, k string) bool {
	if k == "" {
		return false
	}
	if rg.namedParts == nil {
		rg.namedParts = map[string][]string{}
	}
	named, ok := rg.namedParts[id]
	if !ok {
		if c, e := rg.byID[id], rg.eff[id]; c != nil && e != nil {
			for _, m := range rePartName.FindAllStringIndex(e.text, -1) {
				if reDeferBefore.MatchString(e.text[max(0, m[0]-40):m[0]]) {
					named = append(named, rg.partsNamed(e.text[m[0]:m[1]], rg.partKeys(), c)...)
				}
			}
		}
		rg.namedParts[id] = named
	}
	return containsStr(named, k)
}

// PrecedenceNotes says which parts prevail over which, as the draft states it.
func (rg *Reading) PrecedenceNotes() []string { return rg.precedenceNotes }

// bodyKey is a part's key for the order of precedence: a plain numbered
// part ("Part 2") of the main text counts as the body.
func bodyKey(p partInfo) string {
	if p.kind == "part" || p.kind == "master" {
		return ""
	}
	return p.key
}
