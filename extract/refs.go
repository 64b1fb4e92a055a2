package extract

import (
	"strings"

	"github.com/clausecheck/clausecheck/document"
	"github.com/clausecheck/clausecheck/internal/lazyre"
)

var (
	// a number may carry a letter prefix: "Clause G5.2", "Section A1"
	reRef      = lazyre.New(`(?i:(\b(?:sections?|clauses?|articles?|paragraphs?|rows?|items?)|§§?))(?:\s*|\s*[-–]\s*)((?:(?:[A-Z]{1,3}[-.]?)?\d{1,3}[A-Z]?(?:\.\d{1,3}[A-Z]?)*|[IVXLC]{1,6})(?:\s?\([a-zA-Z0-9]{1,4}\))*)((?:\s*(?:,|and|or|through|to|-|–)\s*(?:(?:[A-Z]{1,3}-?)?\d{1,3}[A-Z]?(?:\.\d{1,3}[A-Z]?)*(?:\([a-zA-Z0-9]{1,4}\))*))*)`)
	reRefMore  = lazyre.New(`(?:[A-Z]{1,3}-?)?\d{1,3}[A-Z]?(?:\.\d{1,3}[A-Z]?)*(?:\([a-zA-Z0-9]{1,4}\))*`)
	rePartRef  = lazyre.New(`\b((?i:schedule|exhibit|annexure|annexe|annex|anexo|allegato|anlage|anhang|bijlage|appendix|apéndice|apendice|apêndice|attachment))(?:\s+|\s*[-–]\s*)([A-Z]{1,4}-\d{1,2}|[A-Z]{1,2}|\d{1,3})\b`)
	reExternal = lazyre.New(`^\s*(?:\([a-zA-Z0-9]{1,4}\))*\s*(?:of|in|under)\s+(?:the\s+)?(?:[A-Z0-9][\w-]*\s+){0,4}(Agreement|EDP|Terms|Addendum|Order|Policy|Program|Contract|Act|Regulation|Code|GDPR|DPA)\b`)
	reInternal = lazyre.New(`^\s*(?:\([a-zA-Z0-9]{1,4}\))*\s*(?:of|in|under)\s+this\b|^\s*(?:hereof|herein|hereto|below|above)\b`)

	reDefMeans = lazyre.New(`["“]([^"”\n]{1,60})["”]\s*(?:\([^)]{0,40}\)\s*)?(?:shall\s+|will\s+)?(?:means?|has\s+the\s+meaning|shall\s+have\s+the\s+meaning|refers?\s+to|is\s+defined)\b`)
	reDefParen = lazyre.New(`\((?:(?:the|each|individually|collectively|together|hereinafter|referred\s+to\s+as|a|an|and|,)\s+)*["“]([^"”\n]{1,60})["”](?:\s+(?:or|and)\s+(?:the\s+)?["“][^"”\n]{1,60}["”])?\s*\)`)
	// '"Guaranteed Capacity" (Capacidad Garantizada): the Provisioned
	// Throughput …': a glossary entry, term then colon or dash, at the
	// start of a clause or a line
	reDefColon  = lazyre.New(`(?m)^\s*["“]([^"”\n]{1,60})["”]\s*(?:\([^)\n]{0,40}\)\s*)?(?::|\s[–—-])\s+\S`)
	reDefHerein = lazyre.New(`hereinafter(?:\s+referred\s+to\s+as)?\s+(?:the\s+)?["“]([^"”\n]{1,60})["”]`)
)

// annotate fills facts, cross-references and definitions once the clauses
// and the document text are laid out.
// clauseRefWords and partRefWords are the words around which references to
// clauses and to parts are looked for.
var (
	clauseRefWords = newWordSet("section", "clause", "article", "paragraph", "row", "item", "§")
	partRefWords   = newWordSet("schedule", "exhibit", "annex", "appendix", "attachment", "anexo", "allegato", "anlage", "anhang", "bijlage", "ndice")
)

func annotate(doc *document.Document) {
	numbers := clauseNumbers(doc)
	for i := range doc.Clauses {
		c := &doc.Clauses[i]
		c.Facts = factsIn(c.Text, c.Start)
		c.Refs = refsIn(c.Text, c.Start, numbers)
		if !strings.ContainsAny(c.Text, "\"“") {
			continue
		}
		for _, re := range []*lazyre.Regexp{reDefMeans, reDefParen, reDefHerein, reDefColon} {
			for _, m := range re.FindAllStringSubmatch(c.Text, -1) {
				term := strings.TrimSpace(m[1])
				if term == "" || len(strings.Fields(term)) > 6 {
					continue
				}
				if _, dup := doc.Definitions[term]; !dup {
					doc.Definitions[term] = c.ID
				}
			}
		}
	}
}

// refKey normalises a clause number for matching references: "ARTICLE
// IV" and "Article IV" and "Section 5.2." are the same targets.
func refKey(n string) string {
	n = strings.ToLower(strings.TrimSpace(n))
	n = strings.TrimSuffix(n, ".")
	for _, p := range []string{"section ", "clause ", "paragraph ", "§"} {
		n = strings.TrimPrefix(n, p)
	}
	n = rePartHyphen.ReplaceAllString(n, "$1 ") // "schedule-a" is "schedule a"
	f := strings.Fields(n)
	if len(f) > 1 && partWord[f[0]] != "" {
		f[0] = partWord[f[0]] // "Anexo II" is "Annex II"
	}
	return strings.Join(f, " ")
}

// rePartHyphen: a part word joined to its label by a dash ("Schedule-A").
var rePartHyphen = lazyre.New(`^(schedule|exhibit|annexure|annexe|annex|anexo|allegato|anlage|anhang|bijlage|appendix|apéndice|apendice|apêndice|attachment)\s*[-–]\s*`)

// PartWord returns the English word for a document part's word in the
// languages of bilingual drafts ("Anlage" is "annex"), in lower case; an
// English or unknown word is returned in lower case.
func PartWord(w string) string {
	w = strings.ToLower(w)
	if e := partWord[w]; e != "" {
		return e
	}
	return w
}

// partWord: the words for a document's parts in the languages of bilingual
// drafts, and their English ("Anexo II", "Annexe 2", "Allegato 1").
var partWord = map[string]string{"annexure": "annex", "annexe": "annex", "anexo": "annex", "allegato": "annex",
	"anlage": "annex", "anhang": "appendix", "bijlage": "annex", "apéndice": "appendix", "apendice": "appendix", "apêndice": "appendix"}

func refsIn(text string, base int, numbers map[string]bool) []document.Ref {
	var refs []document.Ref
	add := func(raw, key string, off, end int) {
		r := document.Ref{Text: raw, Target: key, Offset: base + off}
		external := reExternal.MatchString(text[end:]) && !reInternal.MatchString(text[end:])
		if external {
			m := reExternal.FindStringSubmatch(text[end:])
			r.In = m[len(m)-1]
		}
		if !external {
			r.Missing = !numbers[refKey(key)] && !numbers[refKey(stripParens(key))]
			if strings.Contains(key, "(") {
				// "4.2(b)" exists when 4.2 has a (b): the key is the composed number
				r.Missing = !numbers[refKey(key)]
			}
		}
		refs = append(refs, r)
	}
	lower := asciiLower(text)
	for _, m := range findIn(text, lower, reRef, clauseRefWords) {
		kind := strings.ToLower(text[m[2]:m[3]])
		first := strings.ReplaceAll(text[m[4]:m[5]], " (", "(") // "§ 6 (2)" is 6(2)
		key := first
		if strings.HasPrefix(kind, "article") {
			key = "article " + first
		} else if isRomanOnly(first) {
			continue // "Section IV" is rare; a roman alone is ambiguous
		}
		if strings.HasPrefix(key, "article ") && strings.ContainsAny(first, ".(") && numbers[refKey(first)] && !numbers[refKey(key)] {
			key = first // "Article 8.1" is clause 8.1 of Article 8, "Article 4(a)" its item (a)
		}
		add(text[m[0]:m[5]], key, m[0], m[1])
		if m[6] >= 0 && m[7] > m[6] {
			for _, mm := range reRefMore.FindAllStringIndex(text[m[6]:m[7]], -1) {
				s, e := m[6]+mm[0], m[6]+mm[1]
				add(text[s:e], text[s:e], s, m[1])
			}
		}
	}
	if containsTableWord(text) {
		for _, m := range reTableLabel.FindAllStringSubmatchIndex(text, -1) {
			if lineStart(text, m[0]) || reCaptionSep.MatchString(text[m[1]:]) {
				continue // "Table 2: PT credit tiers" over its table: a caption, no reference
			}
			add(text[m[0]:m[1]], "Table "+text[m[2]:m[3]], m[0], m[1])
		}
	}
	for _, m := range findIn(text, lower, rePartRef, partRefWords) {
		word := strings.ToUpper(text[m[2]:m[2]+1]) + strings.ToLower(text[m[2]+1:m[3]])
		add(text[m[0]:m[1]], word+" "+text[m[4]:m[5]], m[0], m[1])
	}
	return refs
}

// reCaptionSep: the dash or colon after a caption's label.
var reCaptionSep = lazyre.New(`^\s*(?:—|–|:|\s-\s)`)

// lineStart: only punctuation or spaces stand between the offset and the
// start of its line.
func lineStart(text string, at int) bool {
	for i := at - 1; i >= 0 && text[i] != '\n'; i-- {
		if c := text[i]; c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
			return false
		}
	}
	return true
}

func stripParens(s string) string {
	if i := strings.IndexByte(s, '('); i > 0 {
		return s[:i]
	}
	return s
}

func isRomanOnly(s string) bool {
	return s != "" && strings.Trim(s, "IVXLC") == ""
}
