package extract

import (
	"github.com/clausecheck/clausecheck/internal/lazyre"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Label styles. A clause's level comes from the order in which styles nest
// (see segmenter.place); decimal labels nest by their number of parts.
const (
	stylePart       = "part"    // Schedule A, Exhibit B, Annex 1, Amendment No. 1
	styleArticle    = "article" // ARTICLE IV, Article 4
	styleDec        = "dec"     // 1, 1.1, 2.1A, A.1, Section 5.2
	styleRoman      = "roman"   // IV.
	styleLetter     = "letter"  // A.
	styleParenLower = "(a)"
	styleParenRoman = "(i)"
	styleParenUpper = "(A)"
	styleParenURom  = "(I)"
	styleParenDigit = "(1)"
	styleAlnum      = "alnum" // A1., Q3., CP-1, B7:
)

// label is a clause number read at the start of a paragraph.
type label struct {
	printed string   // as printed, trailing "." dropped: "1.1", "(a)", "ARTICLE IV", "Schedule A"
	style   string   // one of the style constants
	parts   []string // dec: the dotted components; others: the single value
	rest    string   // the text after the label
	// strong: the label's own form makes it a clause number (a trailing
	// dot, a tab after it, a keyword). A weak one must also continue the
	// numbering around it.
	strong bool
	// slide: the label of a slide of a deck ("Slide 5 - …", "SLIDE 05 /
	// 16 | …"): it heads what follows, whatever the words after it
	slide bool
}

var (
	rePart = lazyre.New(`^(?i:(schedule|exhibit|annexure|annexe|annex|anexo|allegato|anlage|anhang|bijlage|appendix|apéndice|apendice|apêndice|attachment|addendum|amendment|endorsement|variation|rider|part)(?:\s+(?:no\.?|number))?)(?:\s+|\s*[-–]\s*)([A-Z]{1,4}-\d{1,2}|[A-Z]{1,2}|\d{1,3}|[IVXLC]{1,6})\b\.?`)
	// "Section A — Master Services Agreement": a lettered section is a part
	rePartSec = lazyre.New(`^(?i:(section))\s+([A-Z])\b\.?(?:\s*[—–:-]|\s*$)`)
	// "T&C 11.", "GTC 4.": the abbreviation of terms and conditions, a
	// space and a number
	reTermsLabel = lazyre.New(`^(T&Cs?|GTCs?|GT&Cs?)\s+(\d{1,3}(?:\.\d{1,3}){0,2})\.?(?:\s|$)`)
	// "A1.", "Q3.", "CP-1", "B7:": letters then a number
	reAlnum = lazyre.New(`^([A-Z]{1,3})-?(\d{1,3}(?:\.\d{1,3}){0,3})([.:)]?)(\s|$)`)
	// (and the words of translated drafts: "Artikel 4", "Artículo 4",
	// "Ziff. 3", "Cláusula 5", "Abschnitt 2")
	reArticle = lazyre.New(`^(?i:(article|artikel|artículo|articulo|articolo|artigo|art\.))(?:\s+|\s*[-–]\s*)([IVXLC]{1,7}|\d{1,3})\b\.?`)
	// "ITEM 10 - SCOPE": an item in capitals with a heading after a
	// dash or colon, or alone on its line
	// (or with its heading in capitals after the number: "ITEM 9   CUSTOMER
	// CONTENT", as a policy schedule prints its items)
	reItemHead = lazyre.New(`^(ITEM)\s+(\d{1,3})(?:\s*[-–—:.]\s+|\s*$|\s+((?:[\p{Lu}\d&/(),'’-]+\s?)+)$)`)
	// "Slide 5 - What we asked for", "SLIDE 05 / 16 | Agenda", "[Slide 2
	// of 12] THE DEAL", "Slide 3 · Spend": a slide of a deck, numbered as
	// an article is (the deck's own "Slides 1 to 7 are briefing material"
	// names them so; "Folie 3 von 12", "diapositiva", "diapositive" in
	// German, Spanish, Italian and French decks)
	reSlideHead = lazyre.New(`^\[?(?i:(slide|folie|diapositiva|diapositive))\s+0*(\d{1,3})(?:\s*(?i:/|of|von|de|di|sur)\s*\d{1,3})?\]?(?:\s*[-–—:|·]\s*|\]\s*|\s{2,}|\s*$)`)
	// "Clause 5.1 The Supplier must …": a clause numbered after the word,
	// as New Zealand and Australian drafting prints it; only where a
	// capital or the line's end follows, for "Clause 7.2 does not
	// restrict …" is a sentence about the clause
	reClauseLabel = lazyre.New(`^(?i:clause|cl\.)\s+(\d{1,3}(?:\.\d{1,3})*[A-Z]?)(\.?)(?:\s+(\p{Lu})|\s*$)`)
	reSection     = lazyre.New(`^(?i:(section|sec\.|sect\.|§|ziff\.|ziffer|abschnitt|cláusula|clausula|clausola|sectie))\s*(\d{1,3}(?:\.\d{1,3})*[A-Z]?)(\.?)(?:\s|$)`)
	reDec         = lazyre.New(`^((?:\d{1,3}[A-Z]?|[A-Z]|[IVX]{1,5})(?:\.(?:\d{1,3}[A-Z]?|[a-z]))+|\d{1,3}[A-Z]?)([.)]?)(\t|\s|$)`)
	// "6(c) ", "12.3(a) ": a clause number with its item, as cited
	reDecParen = lazyre.New(`^(\d{1,3}(?:\.\d{1,3}){0,3})\(([a-z]{1,3}|\d{1,2})\)\s+(?:\*\*)?\p{Lu}`)
	reParen    = lazyre.New(`^\(([a-z]{1,4}|[A-Z]{1,4}|\d{1,3})\)(?:\s|$)`)
	reHalfPar  = lazyre.New(`^([a-z]|[ivx]{1,5})\)(?:\s|$)`)
	reRomDot   = lazyre.New(`^([IVXLC]{1,6})\.(?:\s|$)`)
	reLetDot   = lazyre.New(`^([A-Z])\.(?:\s|$)`)
	reRoman    = lazyre.New(`^(?i:m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3}))$`)
)

// ordinalWords: the ordinal words to twenty that number clauses.
var ordinalWords = func() map[string]int {
	m := map[string]int{}
	for i, w := range strings.Fields("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth") {
		m[w] = i + 1
	}
	return m
}()

// labelNumber is the number an ordinal or cardinal word names ("fifth",
// "Two").
func labelNumber(w string) int {
	w = strings.ToLower(w)
	if n, ok := ordinalWords[w]; ok {
		return n
	}
	return int(numberWords[w])
}

var (
	// reOrdinalArticle: an ordinal word in capitals with its separator
	// ("FIRST:", "THIRD.-", "FIFTH CLAUSE –"), or "CLAUSE" and a number
	// word ("CLAUSE ONE –")
	reOrdinalArticle = lazyre.New(`^(?:[*_]{0,2})((FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|SEVENTH|EIGHTH|NINTH|TENTH|ELEVENTH|TWELFTH|THIRTEENTH|FOURTEENTH|FIFTEENTH|SIXTEENTH|SEVENTEENTH|EIGHTEENTH|NINETEENTH|TWENTIETH)(?:\s+CLAUSE)?\s*(?::|\.-|\.\s|[–—]|-\s)|(?i:clause)\s+(ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|ELEVEN|TWELVE|THIRTEEN|FOURTEEN|FIFTEEN|SIXTEEN|SEVENTEEN|EIGHTEEN|NINETEEN|TWENTY)\b\s*(?:[.:–—-]|$))`)
	// reWordItem: a paragraph numbered by a word ("One. ", "Two. ")
	reWordItem = lazyre.New(`^(One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve)\.\s+`)
)

// twoLetterWord: words that follow "Addendum", "Schedule" in a title
// ("ADDENDUM AS AMENDED BY …") and are no part label.
var twoLetterWord = map[string]bool{"AS": true, "AT": true, "BY": true, "IN": true, "IS": true, "IT": true, "OF": true,
	"ON": true, "OR": true, "TO": true, "AN": true, "BE": true, "IF": true, "SO": true, "UP": true, "US": true, "WE": true,
	"NO": true}

// parseLabel reads a label at the start of s. It returns nil when s does
// not start with one.
func parseLabel(s string) *label {
	if m := rePart.FindStringSubmatch(s); m != nil && !twoLetterWord[strings.ToUpper(m[2])] {
		return &label{printed: strings.TrimSuffix(m[0], "."), style: stylePart, parts: []string{m[2]}, rest: s[len(m[0]):], strong: true}
	}
	if m := rePartSec.FindStringSubmatch(s); m != nil {
		n := len(m[0])
		return &label{printed: strings.TrimRight(s[:len(m[1])+1+len(m[2])], "."), style: stylePart, parts: []string{m[2]}, rest: s[n:], strong: true}
	}
	if m := reTermsLabel.FindStringSubmatch(s); m != nil {
		// "T&C 11. Support Portal.": a paragraph of a purchase order's
		// terms and conditions, numbered after their abbreviation
		return &label{printed: m[1] + " " + m[2], style: styleAlnum, parts: append([]string{m[1]}, strings.Split(m[2], ".")...), rest: s[len(m[0]):], strong: true}
	}
	if m := reAlnum.FindStringSubmatch(s); m != nil {
		// "G5.2": prefix G, numbers 5 and 2 (a sub-clause of G5)
		return &label{printed: m[1] + strings.TrimSuffix(strings.TrimSuffix(m[0][len(m[1]):], m[4]), m[3]), style: styleAlnum,
			parts: append([]string{m[1]}, strings.Split(m[2], ".")...), rest: s[len(m[0]):],
			strong: m[3] != "" || strings.Contains(m[0], "-") || strings.Contains(m[2], ".")}
	}
	if m := reOrdinalArticle.FindStringSubmatch(s); m != nil {
		// "FIRST: Purpose.", "THIRD.- BEDROCK COMMITMENT", "FIFTH CLAUSE –
		// OF THE PRICES", "CLAUSE ONE – PURPOSE": clauses named by
		// ordinal words, as Latin American and Iberian drafting names them
		w := m[2]
		if w == "" {
			w = m[3]
		}
		n := labelNumber(w)
		rest := s[len(m[0]):]
		return &label{printed: strings.TrimRight(strings.TrimSpace(m[0]), ".:–—- "), style: styleArticle, parts: []string{strconv.Itoa(n)}, rest: strings.TrimLeft(rest, " .:–—-"), strong: true}
	}
	if m := reWordItem.FindStringSubmatch(s); m != nil && startsUpper(s[len(m[0]):]) {
		// "One. The Customer undertakes …": a paragraph numbered in words
		n := labelNumber(m[1])
		return &label{printed: m[1], style: styleDec, parts: []string{strconv.Itoa(n)}, rest: s[len(m[0]):], strong: true}
	}
	if m := reArticle.FindStringSubmatch(s); m != nil {
		return &label{printed: strings.TrimSuffix(m[0], "."), style: styleArticle, parts: []string{m[2]}, rest: s[len(m[0]):], strong: true}
	}
	if m := reItemHead.FindStringSubmatch(s); m != nil {
		// "ITEM 10 - SCOPE OF THE COMMITMENT": an item numbered as an
		// article is
		rest := strings.TrimLeft(s[len(m[0]):], " ")
		if m[3] != "" {
			rest = m[3] // (the heading in capitals after the number)
		}
		return &label{printed: strings.TrimSpace(s[:len(m[1])+1+len(m[2])]), style: styleArticle, parts: []string{m[2]}, rest: rest, strong: true}
	}
	if m := reSlideHead.FindStringSubmatch(s); m != nil {
		return &label{printed: "Slide " + m[2], style: styleArticle, parts: []string{m[2]}, rest: s[len(m[0]):], strong: true, slide: true}
	}
	if m := reClauseLabel.FindStringSubmatch(s); m != nil {
		n := len(m[0]) - len(m[3])
		return &label{printed: m[1], style: styleDec, parts: strings.Split(m[1], "."), rest: s[n:], strong: true}
	}
	if m := reSection.FindStringSubmatch(s); m != nil && (m[3] == "." || !startsLowerWord(s[len(m[0]):])) {
		// ("Section 3.2 of the Addendum is replaced with:" is a sentence
		// about the section, no label)
		parts := strings.Split(m[2], ".")
		rest := s[len(m[0]):]
		if t := strings.TrimLeft(rest, " –—-:"); len(rest)-len(t) >= 2 {
			rest = t // "Section 2 - Token Counting"
		}
		// ("§ 3" alone on its line, its heading on the next: a label)
		return &label{printed: m[2], style: styleDec, parts: parts, rest: rest, strong: m[3] == "." || startsUpper(rest) || strings.TrimSpace(rest) == ""}
	}
	if m := reDecParen.FindStringSubmatch(s); m != nil {
		// "6(c) Cancellation. Corallin may cancel …": item (c) of clause
		// 6, cited as printed
		return &label{printed: m[1] + "(" + m[2] + ")", style: styleDec, parts: append(strings.Split(m[1], "."), m[2]), rest: s[len(m[1])+len(m[2])+2:], strong: true}
	}
	if m := reDec.FindStringSubmatch(s); m != nil {
		num := m[1]
		parts := strings.Split(num, ".")
		if len(parts) > 1 && !strings.ContainsAny(num, "0123456789") {
			return nil // "U.S." or "I.V" are not clause numbers
		}
		l := &label{printed: num, style: styleDec, parts: parts, rest: s[len(m[0]):]}
		if len(parts) == 1 {
			if !isDigits(strings.TrimRight(num, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")) {
				return nil
			}
			// "1." or "1)" is a number; a bare "12" is one only when
			// the numbering around it agrees (see segmenter).
			l.strong = m[2] != "" || m[3] == "\t"
			if m[2] == ")" {
				l.printed = num
			}
		} else {
			l.strong = m[2] == "." || m[3] == "\t" || startsUpper(l.rest)
		}
		return l
	}
	if m := reParen.FindStringSubmatch(s); m != nil {
		v := m[1]
		return &label{printed: "(" + v + ")", style: parenStyle(v), parts: []string{v}, rest: s[len(m[0]):], strong: true}
	}
	if m := reHalfPar.FindStringSubmatch(s); m != nil {
		v := m[1]
		return &label{printed: "(" + v + ")", style: parenStyle(v), parts: []string{v}, rest: s[len(m[0]):]}
	}
	if m := reRomDot.FindStringSubmatch(s); m != nil && reRoman.MatchString(m[1]) {
		return &label{printed: m[1], style: styleRoman, parts: []string{m[1]}, rest: s[len(m[0]):], strong: len(m[1]) > 1}
	}
	if m := reLetDot.FindStringSubmatch(s); m != nil {
		return &label{printed: m[1], style: styleLetter, parts: []string{m[1]}, rest: s[len(m[0]):]}
	}
	return nil
}

// parenStyle classifies the inside of "(x)". A single i, v or x is taken as
// roman here; the segmenter turns it into a letter when it follows (h), (u)
// or (w) in an open letter list.
func parenStyle(v string) string {
	switch {
	case isDigits(v):
		return styleParenDigit
	case v == strings.ToLower(v):
		if reRoman.MatchString(v) && (len(v) > 1 || strings.ContainsAny(v, "ivx")) {
			return styleParenRoman
		}
		return styleParenLower
	default:
		if reRoman.MatchString(v) && (len(v) > 1 || strings.ContainsAny(v, "IVX")) {
			return styleParenURom
		}
		return styleParenUpper
	}
}

// startsLowerWord: s opens with a word in lower case.
func startsLowerWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s, " \t"))
	return unicode.IsLower(r)
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

func startsUpper(s string) bool {
	s = strings.TrimLeft(s, " \t")
	if t := strings.TrimLeft(s, "*_"); len(t) < len(s) && len(s)-len(t) <= 2 {
		s = t // ("1. *Bedrock commitment:* …", emphasis as a chat or Markdown marks it)
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || startsCaseless(s) || r == '"' || r == '“' || r == '(' || r == '[' || r == '\''
}

// startsCaseless: the word begins with a letter of a script without
// capitals (Hangul, Han, kana), which a title cannot mark by case.
func startsCaseless(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) && !unicode.IsUpper(r) && !unicode.IsLower(r)
}

// ordinal returns the position of a single-part label in its sequence
// ("c" → 3, "iv" → 4, "12" → 12), or 0 when it has none.
func ordinal(style, v string) int {
	switch style {
	case styleParenDigit:
		n, _ := strconv.Atoi(v)
		return n
	case styleDec:
		n, _ := strconv.Atoi(strings.TrimRight(v, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
		return n
	case styleParenLower, styleParenUpper, styleLetter:
		v = strings.ToLower(v)
		if len(v) == 1 {
			return int(v[0]-'a') + 1
		}
		// (aa), (bb): doubled letters continue after (z)
		if strings.Count(v, v[:1]) == len(v) {
			return 26*(len(v)-1) + int(v[0]-'a') + 1
		}
	case styleParenRoman, styleParenURom, styleRoman, styleArticle:
		if isDigits(v) {
			n, _ := strconv.Atoi(v)
			return n
		}
		return romanValue(v)
	}
	return 0
}

func romanValue(s string) int {
	vals := map[byte]int{'i': 1, 'v': 5, 'x': 10, 'l': 50, 'c': 100, 'd': 500, 'm': 1000}
	s = strings.ToLower(s)
	total := 0
	for i := 0; i < len(s); i++ {
		v := vals[s[i]]
		if i+1 < len(s) && vals[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	return total
}

// runInHeading splits "Service Levels. AWS will…" into a heading and the
// body. A run-in heading is short, capitalised and ends in a full stop.
var reRunIn = lazyre.New(`^([A-Z“"][^.;:!?]{0,70}?[A-Za-z)”"])\s*[.:]\s+(\S.*)$`)

func runInHeading(s string) (heading, body string, ok bool) {
	m := reRunIn.FindStringSubmatch(s)
	if m == nil || !(isTitle(m[1], 9) || isShortLabelPhrase(m[1]) && startsUpper(m[2])) {
		return "", s, false
	}
	if strings.HasPrefix(s, "\"") || strings.HasPrefix(s, "“") {
		// '"Guaranteed Capacity": the Provisioned Throughput …' is a
		// glossary entry: the term stays in the text that defines it
		return "", s, false
	}
	// "In Art. 4 para. 4 …", "See No. 3": an abbreviation, not a heading
	words := strings.Fields(m[1])
	if abbreviation[strings.ToLower(words[len(words)-1])] || m[2][0] >= '0' && m[2][0] <= '9' {
		return "", s, false
	}
	return strings.Trim(m[1], `"“”`), m[2], true
}

// isHeadingLine reports whether s, standing alone after a label or on a line
// of its own, reads as a heading rather than a sentence.
func isHeadingLine(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 90 {
		return false
	}
	if strings.ContainsAny(s[len(s)-1:], ",;") {
		return false
	}
	if strings.HasPrefix(s, "[") || strings.HasPrefix(s, "(") || placeholder[strings.ToLower(strings.Trim(s, ".:[] "))] {
		return false // "[Intentionally Omitted]", "Reserved." are the clause's text
	}
	s = strings.TrimRight(s, ".:")
	if m := reRunInBreak.FindStringIndex(s); m != nil && len(strings.Fields(s[:m[0]])) >= 2 && len(strings.Fields(s[m[1]-1:])) >= 2 {
		// "Provisioned Throughput Availability. AWS commits to a Monthly
		// Uptime": a run-in heading and the start of its text, no heading
		return false
	}
	if m := reTrailingAside.FindStringIndex(s); m != nil && m[0] > 0 {
		// "SCHEDULE – ADDENDUM (AS ORIGINALLY SIGNED, 1 MAY 2026)": the
		// title before the aside decides
		s = strings.TrimSpace(s[:m[0]])
	}
	return isTitle(s, 10) && !hasVerb(s)
}

// reRunInBreak: a full stop between words, the next capitalised.
var reRunInBreak = lazyre.New(`[\p{Ll}\p{Lu}]{2}\.\s+\p{Lu}`)

// reTrailingAside: a bracketed aside that ends a line.
var reTrailingAside = lazyre.New(`\s*\([^()]{1,60}\)$`)

// hasVerb: headings name a topic; a line with "shall", "will", "are"… is a
// sentence, even in capitals ("ALL COMMITMENTS ARE NON-CANCELLABLE").
func hasVerb(s string) bool {
	words := strings.Fields(s)
	if len(words) > 0 && interrogative[strings.ToLower(words[0])] {
		return false // "What is counted"
	}
	for _, w := range words {
		if verbish[strings.ToLower(strings.Trim(w, `"“”'(),.`))] {
			return true
		}
	}
	return false
}

var interrogative = map[string]bool{"what": true, "how": true, "when": true, "who": true, "which": true, "why": true, "where": true}

// isTitle: at most maxWords words, the first capitalised and most of the
// significant ones too (or all capitals).
func isTitle(s string, maxWords int) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > maxWords {
		return false
	}
	if isAllCaps(s) {
		return true
	}
	if !startsUpper(words[0]) {
		return false
	}
	sig, up := 0, 0
	for _, w := range words {
		w = strings.Trim(w, `"“”'(),`)
		if len(w) < 4 {
			continue
		}
		sig++
		if startsUpper(w) {
			up++
		}
	}
	return sig == 0 || up*3 >= sig*2
}

// isAllCaps: at least three letters, none lower case.
func isAllCaps(s string) bool {
	letters, upper := 0, 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
		if unicode.IsUpper(r) {
			upper++
		}
	}
	// a line in a script without capitals is in no case at all
	return letters >= 3 && upper > 0
}

// hasCased: s has a letter of a script with capitals.
func hasCased(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) || unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// verbish words make a short phrase a sentence ("Customer agrees."), not a
// sentence-case heading ("Multi-model pool.").
var verbish = map[string]bool{
	"shall": true, "will": true, "may": true, "must": true, "is": true, "are": true, "was": true, "be": true,
	"means": true, "has": true, "have": true, "does": true, "do": true, "agrees": true, "agree": true,
	"can": true, "should": true, "not": true, "applies": true, "apply": true, "pays": true, "includes": true,
}

func isShortLabelPhrase(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 5 {
		return false
	}
	return !hasVerb(s)
}

// placeholder texts stand for a clause left empty on purpose; they are the
// clause's text, never its heading.
var placeholder = map[string]bool{
	"reserved": true, "intentionally omitted": true, "intentionally left blank": true, "omitted": true,
	"deleted": true, "not used": true, "tbd": true, "to be agreed": true, "n/a": true,
}

// abbreviation words end with a period that ends no heading.
var abbreviation = map[string]bool{"art": true, "no": true, "nos": true, "para": true, "paras": true, "sec": true,
	"cl": true, "ch": true, "fig": true, "p": true, "pp": true, "vol": true, "ref": true, "approx": true, "e.g": true,
	"i.e": true, "etc": true, "cf": true, "sch": true, "subs": true, "abs": true, "nr": true, "inc": true, "ltd": true,
	"co": true, "corp": true, "mr": true, "ms": true, "dr": true, "st": true, "pte": true, "pty": true, "plc": true, "llc": true,
	"bhd": true, "sdn": true}
