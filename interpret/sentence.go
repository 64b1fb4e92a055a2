package interpret

import (
	"github.com/clausecheck/clausecheck/extract"
	"github.com/clausecheck/clausecheck/internal/lazyre"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// span is a piece of a clause's text: [start, end) byte offsets.
type span struct{ start, end int }

// splitSentences splits clause text at sentence ends and blank lines. A
// period after an abbreviation, a single capital or a clause number does
// not end a sentence, except a number that follows a reference word
// ("… under Section 6.1. Customer may …": the period ends the sentence).
func splitSentences(text string) []span {
	var out []span
	start := 0
	emit := func(end int) {
		s := text[start:end]
		if t := strings.TrimSpace(s); t != "" {
			off := start + strings.Index(s, t)
			out = append(out, span{off, off + len(t)})
		}
		start = end
	}
	quoted := false // inside "…": a quoted wording is one sentence of the quoting one
	// standalone: the quotation opened its sentence ("Agreed clause:
	// "Billable input tokens include … . Tokens in tool definitions …""):
	// no sentence quotes it, it is the wording itself, sentence by sentence
	standalone := false
	for i := 0; i < len(text); i++ {
		ch := text[i]
		opens := false
		switch {
		case ch == '"':
			quoted = !quoted
			opens = quoted
		case strings.HasPrefix(text[i:], "“"):
			quoted, opens = true, true
		case strings.HasPrefix(text[i:], "”"):
			quoted = false
		}
		if opens {
			standalone = start >= i || strings.TrimSpace(text[start:i]) == ""
		}
		if ch == '\n' {
			j := i + 1
			for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
				j++
			}
			if j < len(text) && text[j] == '\n' {
				emit(i)
				continue
			}
			// a table row is a sentence of its own
			if strings.Contains(lineAt(text, i+1), "\t") || strings.Contains(lineAt(text, max(0, i-1)), "\t") {
				emit(i)
				continue
			}
			// a definition after a lead-in line ("A few words have special
			// meanings:\n\"Sunset Event\" means …")
			if i > 0 && text[i-1] == ':' && j < len(text) && reDefLine.MatchString(text[j:]) {
				emit(i)
				continue
			}
			// so is a margin comment ("// Kestrel: we need completions
			// covered too."), and a note under a table ("² The Agreed
			// position in row 9 is withdrawn.")
			if strings.HasPrefix(text[j:], "//") || j < len(text) && (text[j] == '[' || text[j] == 0xC2 || text[j] == 0xE2) && reNoteLine.MatchString(lineAt(text, j)) {
				emit(i)
				continue
			}
			// a bracketed note that closes its line after a sentence ("…
			// credited back. [German original: «…»]") ends there too
			if i > 0 && text[i-1] == ']' && standaloneBracket(text[:i]) {
				emit(i)
				continue
			}
			// a caption (a title line with no sentence end: "Entry 6 — 28
			// January 2025 — PT service level") ends before a labelled
			// paragraph under it ("Proposal (Brightwater): 99.95% …")
			if j < len(text) && captionLine(lineAt(text, max(0, i-1))) && reLabelOpen.MatchString(text[j:]) {
				emit(i)
				continue
			}
			// so is a bullet ("* [AGREED] Meranti commits …")
			if j+1 < len(text) && (text[j] == '*' || text[j] == '-') && text[j+1] == ' ' || strings.HasPrefix(text[j:], "• ") {
				emit(i)
				continue
			}
		}
		if ch == '*' && i > 0 && text[i-1] == ' ' && i+2 < len(text) && text[i+1] == ' ' && text[i+2] >= 'A' && text[i+2] <= 'Z' && !quoted &&
			strings.HasPrefix(strings.TrimLeft(lineAt(text, i), " \t"), "* ") {
			// "* Token overhead: ~22 % * Fine-tuning: charged per …": a
			// line of bullets run together, each its own sentence
			emit(i)
			continue
		}
		if ch >= 0xe2 && ch <= 0xef {
			// an ideographic full stop ends a sentence with no space after
			// it ("…保存する。AWS shall …"), and a column rule divides a
			// two-column export ("… 儲存 │ 8.2 Customer's …")
			if w := wideStop(text[i:]); w > 0 {
				emit(i + w)
				i += w - 1
				continue
			}
		}
		if ch != '.' && ch != '?' && ch != '!' && ch != ';' || quoted && !standalone && quoteCloses(text[i+1:]) && !closesHere(text[i+1:]) {
			// (a quotation that ends with its own full stop ends the
			// quoting sentence too: '… replaced with: "… applies."
			// Appendix 3 is deleted accordingly.')
			continue
		}
		if ch == '.' && (strings.HasPrefix(text[i:], "...") || i >= 2 && text[i-2:i] == "..") {
			// a leader ("Anthropic Claude models ........ JPY 300,000,000")
			// or an ellipsis joins what stands either side
			continue
		}
		j := i + 1
		for j < len(text) && strings.IndexByte(`"')]”’`, text[j]) >= 0 {
			j++
		}
		if j < len(text) && text[j] == '\xe2' && j+2 < len(text) && (text[j:j+3] == "”" || text[j:j+3] == "’") {
			j += 3
		}
		if j >= len(text) || (text[j] != ' ' && text[j] != '\n' && text[j] != '\t') {
			continue
		}
		if ch == ';' {
			continue // a semicolon separates statements, not sentences (grammar.go)
		}
		k := j
		for k < len(text) && (text[k] == ' ' || text[k] == '\n' || text[k] == '\t') {
			k++
		}
		if k >= len(text) {
			continue
		}
		nx := text[k]
		// (a term in single quotes opens one: "… from such Service Data.
		// 'Service Data' means …")
		single := nx == '\'' && k+1 < len(text) && text[k+1] >= 'A' && text[k+1] <= 'Z'
		// (a bullet run into the paragraph: "… or six months. -
		// Cancellation: Customer may cancel …")
		bullet := (nx == '-' || nx == '*') && k+2 < len(text) && text[k+1] == ' ' && text[k+2] >= 'A' && text[k+2] <= 'Z'
		if !(nx >= 'A' && nx <= 'Z') && !bullet && !(nx >= '0' && nx <= '9') && nx != '(' && nx != '"' && nx != '[' && nx != 0xE2 && nx != '§' && nx != 0xC2 && !single {
			continue
		}
		if ch == '.' && abbrevBefore(text[:i]) && !(answerNo(text[:i]) && !(nx >= '0' && nx <= '9')) && !companyThenSentence(text[:i], text[k:]) {
			// ("No." before a number is its abbreviation, "No. 5"; before
			// a word it is an answer: "No. PT is provided on a best-efforts
			// basis")
			continue
		}
		if ch == '.' && nx >= '0' && nx <= '9' && currencyAbbrevs[strings.ToLower(lastWord(text[:i]))] {
			// "a fee of Rs. 4,00,000", "Kr. 250.000": a currency's
			// abbreviation before its amount
			continue
		}
		emit(j)
	}
	emit(len(text))
	return out
}

func lineAt(text string, i int) string {
	if i >= len(text) {
		return ""
	}
	s := strings.LastIndexByte(text[:i], '\n') + 1
	e := strings.IndexByte(text[i:], '\n')
	if e < 0 {
		return text[s:]
	}
	return text[s : i+e]
}

var abbrevs = map[string]bool{"e.g": true, "i.e": true, "etc": true, "no": true, "nos": true, "inc": true, "ltd": true,
	"sec": true, "u.s": true, "vs": true, "approx": true, "co": true, "corp": true, "art": true, "para": true,
	"paras": true, "cl": true, "pos": true, "nr": true, "ziff": true, "mr": true, "ms": true, "mrs": true, "dr": true, "st": true, "p": true, "pp": true,
	"llc": true, "s.a": true, "plc": true, "pty": true, "b.v": true, "n.v": true, "gmbh": true, "ag": true, "s.à.r.l": true,
	"sarl": true, "jr": true, "sr": true, "cf": true, "viz": true, "abs": true, "fig": true, "ch": true, "sch": true,
	"annex": false, "u.k": true, "e.u": true, "a.m": true, "p.m": true, "ref": true, "incl": true, "min": true,
	"max": true, "est": true, "dept": true, "subs": true, "sect": true, "rev": true, "ul": true, "al": true,
	"excl": true, "exkl": true, "zzgl": true, "ggf": true, "bzw": true, "vgl": true}

// companyThenSentence: a company's name ends the text before a full stop
// ("Amazon Web Services Canada, Inc.") and a word in title case follows
// ("Item 5 is deleted"): the stop ends the sentence too. (A capital that
// continues the name or quotes its short name is not in title case:
// "INC. AND", "Inc. ("AWS")".)
func companyThenSentence(before, after string) bool {
	if !companySuffixes[strings.ToLower(lastWord(before))] {
		return false
	}
	after = strings.TrimLeft(after, `"'“‘`) // ("… Services, Inc. "You" and …")
	r, n := utf8.DecodeRuneInString(after)
	r2, _ := utf8.DecodeRuneInString(after[n:])
	return unicode.IsUpper(r) && unicode.IsLower(r2)
}

// companySuffixes: the abbreviations (see abbrevs) that end a company's
// name.
var companySuffixes = map[string]bool{"inc": true, "ltd": true, "llc": true, "plc": true, "corp": true, "gmbh": true,
	"pty": true, "sarl": true}

// currencyAbbrevs: currencies abbreviated with a period before the
// amount.
var currencyAbbrevs = map[string]bool{"rs": true, "rp": true, "kr": true, "fr": true, "sfr": true, "dh": true,
	"dhs": true, "bs": true, "ps": true}

var refWords = map[string]bool{"section": true, "sections": true, "clause": true, "clauses": true, "article": true,
	"articles": true, "paragraph": true, "paragraphs": true, "schedule": true, "annex": true, "exhibit": true,
	"appendix": true, "table": true, "part": true, "§": true, "item": true, "items": true, "sub-clause": true,
	"subclause": true, "point": true}

// answerNo: s ends with the word "No" alone, opening its line or
// sentence (an answer, not "No." of a number).
func answerNo(s string) bool {
	t := strings.TrimRight(s, " ")
	if !strings.HasSuffix(t, "No") {
		return false
	}
	before := strings.TrimRight(t[:len(t)-2], " *_>")
	return before == "" || strings.HasSuffix(before, "\n") || strings.HasSuffix(before, "?") || strings.HasSuffix(before, ":")
}

func abbrevBefore(s string) bool {
	i := len(s)
	for i > 0 && s[i-1] != ' ' && s[i-1] != '\n' && s[i-1] != '(' && s[i-1] != '\t' {
		i--
	}
	w := strings.ToLower(s[i:])
	if abbrevs[w] {
		return true
	}
	if strings.HasSuffix(w, ")") {
		return false // "… any model (s. 7.1). Outputs are …": a closed bracket, then the stop
	}
	if len(w) == 1 && w[0] >= 'a' && w[0] <= 'z' {
		// "A." initial, but "… set forth in Exhibit D. If AWS fails …":
		// a lettered part after its name ends the sentence
		prev := strings.ToLower(strings.TrimSpace(lastWord(strings.TrimRight(s[:i], " "))))
		return !refWords[prev] && !partWords[extract.PartWord(prev)]
	}
	if isNumberish(w) {
		// "under Section 6.1. Next": a reference number ends the sentence.
		prev := strings.ToLower(strings.TrimSpace(lastWord(strings.TrimRight(s[:i], " "))))
		if reYear.MatchString(w) && prev != "no" && prev != "no." {
			// "… in Q4 2025. The responses …": a year ends the sentence
			return false
		}
		return !refWords[prev]
	}
	return false
}

var reYear = lazyre.New(`^(?:19|20)\d\d$`)

func isNumberish(w string) bool {
	if w == "" {
		return false
	}
	if _, err := strconv.ParseFloat(strings.TrimSuffix(w, "."), 64); err == nil {
		return true
	}
	digits := 0
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == '.' || r == '(' || r == ')' || (r >= 'a' && r <= 'z' && digits > 0):
		default:
			return false
		}
	}
	return digits > 0
}

func lastWord(s string) string {
	i := strings.LastIndexAny(s, " \n\t(")
	return s[i+1:]
}

// quoteCloses reports whether an open quotation closes later in the text
// (an unbalanced quote mark must not swallow the rest of a clause).
// closesHere: rest starts with a closing quotation mark.
func closesHere(rest string) bool {
	return strings.HasPrefix(rest, "\"") || strings.HasPrefix(rest, "”")
}

func quoteCloses(rest string) bool {
	return strings.ContainsAny(rest, "\"") || strings.Contains(rest, "”")
}

// partWords name the parts of a document that take a letter ("Exhibit D").
// (in English: a bilingual draft's word, "Anhang", is read as its English
// one through extract.PartWord)
var partWords = map[string]bool{"exhibit": true, "schedule": true, "annex": true, "appendix": true, "attachment": true,
	"part": true, "section": true, "article": true, "addendum": true, "rider": true}

// reDefLine: a line that opens with a defined term and "means".
var reDefLine = lazyre.New(`^["“][^"”\n]{1,60}["”]\s*(?:\([^)\n]{0,40}\)\s*)?(?:means|shall mean|has the meaning|refers to)\b`)

// wideStop returns the length of an ideographic sentence end or a column
// rule at the start of s, 0 if there is none.
func wideStop(s string) int {
	for _, p := range []string{"。", "！", "？", "；", "│", "┃"} {
		if strings.HasPrefix(s, p) {
			return len(p)
		}
	}
	return 0
}

// standaloneBracket: the line ending text closes with a passage in square
// brackets that opens its line or follows a sentence's end.
func standaloneBracket(text string) bool {
	line := text[strings.LastIndexByte(text, '\n')+1:]
	open := strings.LastIndexByte(line, '[')
	if open < 0 || strings.IndexByte(line[open:], ']') != len(line[open:])-1 {
		return false
	}
	before := strings.TrimSpace(line[:open])
	return before == "" || strings.ContainsAny(before[len(before)-1:], ".?!;:")
}

// captionRunOn: the words a line that runs on into the next ends with.
var captionRunOn = map[string]bool{"the": true, "a": true, "an": true, "of": true, "and": true, "or": true, "to": true, "for": true,
	"with": true, "by": true, "in": true, "on": true, "at": true, "under": true, "shall": true, "will": true, "may": true, "must": true,
	"is": true, "are": true, "be": true, "its": true, "their": true, "that": true, "which": true, "read": true, "follows": true, "as": true,
	"not": true, "no": true, "any": true, "each": true, "per": true, "than": true, "from": true, "into": true, "this": true, "such": true}

// captionLine reports whether line is a numbered title on a line of its
// own ("Entry 6 — 28 January 2025 — PT service level", "4 Pricing"): a
// few words, no sentence end, no colon (a "Label: value" line is a term)
// and no word that runs on into the next line.
func captionLine(line string) bool {
	line = strings.TrimSpace(line)
	if line == "" || strings.ContainsAny(line[len(line)-1:], ".;,?!\"-/(") || strings.Contains(line, ":") || !reNumberedCaption.MatchString(line) {
		return false
	}
	ws := strings.Fields(line)
	if len(ws) > 12 || len(ws) < 2 {
		return false
	}
	return !captionRunOn[strings.ToLower(ws[len(ws)-1])]
}

// reNumberedCaption: a line that opens with a number, perhaps after a
// word ("Entry 6 — …", "4 Pricing").
var reNumberedCaption = lazyre.New(`^(?:\p{Lu}\p{L}+\.? )?\d+(?:\.\d+)*[.)]? `)

// reLabelOpen: a line that opens with a label: a capitalised word or
// three, perhaps a bracketed party, and a colon ("Proposal (Brightwater):
// …", "Decision: …").
var reLabelOpen = lazyre.New(`^\p{Lu}[\p{L}'’]*(?: [\p{L}'’]+){0,2}(?: \([^()\n]{1,40}\))?: `)
