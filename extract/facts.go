package extract

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/clausecheck/clausecheck/document"
	"github.com/clausecheck/clausecheck/internal/lazyre"
)

// Typed facts: percentages, money, durations and dates, read from clause
// text with their exact source text and offset. Numbers may be written in
// words ("ninety-nine point nine percent", "sixty (60) days").

var numberWords = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

// fractionWord: the denominators a number in words may end with
// ("nine-tenths", "ninety-five hundredths").
var fractionWord = map[string]bool{"tenth": true, "tenths": true, "hundredth": true, "hundredths": true}

var scaleWords = map[string]float64{"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9}

// parseWords reads a number written in words; ok is false when it is not one.
func parseWords(s string) (float64, bool) {
	s = strings.ToLower(strings.ReplaceAll(s, "-", " "))
	words := strings.Fields(s)
	if len(words) == 0 {
		return 0, false
	}
	total, cur := 0.0, 0.0
	frac, scale := false, 0.1
	seen := false
	// "ninety-nine and nine-tenths": the whole number before "and", the
	// fraction's numerator after it
	before, and := 0.0, false
	for _, w := range words {
		switch {
		case w == "and":
			if seen && !frac {
				before, total, cur, and = before+total+cur, 0, 0, true
			}
			continue
		case w == "tenths" || w == "tenth" || w == "hundredths" || w == "hundredth":
			if !and || total+cur == 0 {
				return 0, false
			}
			d := 10.0
			if strings.HasPrefix(w, "hundredth") {
				d = 100
			}
			total, cur = 0, (total+cur)/d
		case w == "point" || w == "comma": // "ninety-nine comma nine" (a decimal comma)
			frac = true
		case frac:
			v, ok := numberWords[w]
			if !ok || v > 9 {
				return 0, false
			}
			cur += v * scale
			scale /= 10
		case numberWords[w] != 0 || w == "zero":
			cur += numberWords[w]
			seen = true
		case scaleWords[w] != 0:
			if cur == 0 {
				cur = 1
			}
			if scaleWords[w] == 100 {
				cur *= 100
			} else {
				total += cur * scaleWords[w]
				cur = 0
			}
		default:
			return 0, false
		}
	}
	return before + total + cur, seen
}

var (
	// an amount: grouped thousands with either separator ("1,500,000",
	// "3.600.000,00") or a plain number with decimals ("1.10", "0,18")
	// (a grouping must end the number: "0.00020" is not "0.000")
	// (Swiss grouping with apostrophes: "CHF 2'400'000.00")
	// (French and Nordic grouping with spaces: "1 250 000,00 €", with
	// two groups or decimals so that "Article 3 100" stays two numbers)
	amount         = `\d{1,3}(?:[ \x{a0}\x{202f}]\d{3}){2,}(?:[.,]\d{1,2})?\b|\d{1,3}[ \x{a0}\x{202f}]\d{3}[.,]\d{2}\b|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,2})?\b|\d{1,3}(?:['’]\d{3})+(?:[.,]\d{1,2})?\b|\d{1,3}(?:[,.]\d{3})+(?:[.,]\d{1,2})?\b|\d+(?:[.,]\d+)?` // lakh grouping first: "75,00,00,000"
	reMoneyAt      = lazyre.New(`^(?i:(US\$|A\$|C\$|NZ\$|S\$|R\$|HK\$|MX\$|(?:` + currencyCodes + `)\s?[$€£¥₹]?|€|£|¥|₹|₩|\$|(?-i:Rs)\.?))\s?(` + amount + `)(?:\s?(million|billion|thousand|crores?|lakhs?|lacs?|bn|mn|[MBKmk])\b)?`)
	reMoneyBefore  = lazyre.New(`(` + amount + `)(?:\s+(million|billion|thousand|crores?|lakhs?|lacs?))?$`)
	reParenPercent = lazyre.New(`^\s*\((\d{1,3}(?:[.,]\d+)?)\s?%\)`)
	months         = `January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec`
	reDateMDY      = lazyre.New(`\b(` + months + `)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	reDateDMY      = lazyre.New(`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:day\s+of\s+)?(` + months + `),?\s+(\d{4})\b`)
	reDateISO      = lazyre.New(`\b(\d{4})-(\d{2})-(\d{2})\b`)
	reDateUS       = lazyre.New(`\b(\d{1,2})/(\d{1,2})/(\d{4})\b`)
	rePerPhrase    = lazyre.New(`(?i)^\s*(?:per|/|for\s+each|each)\s*`)
	reUnitWord     = lazyre.New(`^[A-Za-z0-9][A-Za-z0-9,.\-]*`)
)

var monthNum = map[string]int{}

func init() {
	for i, m := range strings.Split("january|february|march|april|may|june|july|august|september|october|november|december", "|") {
		monthNum[m] = i + 1
		monthNum[m[:3]] = i + 1
	}
	monthNum["sept"] = 9
}

var periodWords = map[string]string{
	"year": "year", "years": "year", "annum": "year", "contract year": "year", "contract years": "year",
	"month": "month", "months": "month", "calendar month": "month", "quarter": "quarter", "week": "week",
	"day": "day", "hour": "hour", "hours": "hour",
}

var unitStop = map[string]bool{
	"and": true, "or": true, "for": true, "in": true, "with": true, "to": true, "under": true, "per": true,
	"during": true, "of": true, "if": true, "until": true, "by": true, "at": true, "from": true, "on": true, "as": true,
	"which": true, "that": true, "the": true, "subject": true, "plus": true, "after": true, "before": true, "is": true, "will": true, "shall": true,
}

// span is a candidate fact over text[start:end].
type span struct {
	start, end int
	fact       document.Fact
	prio       int
}

// factsIn reads the facts of text; base is text's offset in the document.
func factsIn(text string, base int) []document.Fact {
	var c []span
	add := func(start, end, prio int, f document.Fact) {
		f.Text = text[start:end]
		f.Offset = base + start
		c = append(c, span{start, end, f, prio})
	}
	// The patterns are costly over long text: dates are read only around
	// years, the other facts by scanning from their trigger words.
	lower := asciiLower(text)
	for _, m := range findYears(text, reDateMDY) {
		if d, ok := isoDate(text[m[6]:m[7]], strconv.Itoa(monthNum[strings.ToLower(text[m[2]:m[3]])]), text[m[4]:m[5]]); ok {
			add(m[0], m[1], 4, document.Fact{Kind: document.FactDate, Date: d})
		}
	}
	for _, m := range findYears(text, reDateDMY) {
		if d, ok := isoDate(text[m[6]:m[7]], strconv.Itoa(monthNum[strings.ToLower(text[m[4]:m[5]])]), text[m[2]:m[3]]); ok {
			add(m[0], m[1], 4, document.Fact{Kind: document.FactDate, Date: d})
		}
	}
	for _, m := range findYears(text, reDateISO) {
		if d, ok := isoDate(text[m[2]:m[3]], text[m[4]:m[5]], text[m[6]:m[7]]); ok {
			add(m[0], m[1], 4, document.Fact{Kind: document.FactDate, Date: d})
		}
	}
	for _, m := range findYears(text, reDateUS) {
		if d, ok := isoDate(text[m[6]:m[7]], text[m[2]:m[3]], text[m[4]:m[5]]); ok {
			add(m[0], m[1], 4, document.Fact{Kind: document.FactDate, Date: d})
		}
	}
	pos := moneyTriggers.offsets(lower)
	if strings.Contains(text, "Rs") {
		// "Rs. 3,20,00,000": the rupee written in letters, capital R only
		pos = append(pos, triggers(text, "Rs")...)
		sort.Ints(pos)
	}
	for _, pos := range pos {
		if pos > 0 && isWordByte(lower[pos-1]) {
			continue // "usd" inside a word; "US$", "A$" are read from their letters
		}
		m := reMoneyAt.FindStringSubmatchIndex(text[pos:min(len(text), pos+80)])
		if m == nil {
			continue
		}
		for i := range m {
			if m[i] >= 0 {
				m[i] += pos
			}
		}
		money(text, m[0], m[1], text[m[2]:m[3]], text[m[4]:m[5]], m[6], m[7], add)
	}
	for _, pos := range codesAfter.offsets(lower) {
		if e := pos + 4; e < len(lower) && lower[pos+1] != 'd' && lower[pos+1] != 'e' && lower[pos+1] != 'u' && isWordByte(lower[e]) {
			continue // " cadence", " audit": a word, not a code
		}
		lo := max(0, pos-40)
		m := reMoneyBefore.FindStringSubmatchIndex(text[lo:pos])
		if m == nil {
			continue
		}
		cur := strings.TrimSpace(text[pos : pos+1+strings.IndexAny(text[pos+1:]+" ", " ,.;)")])
		sc := -1
		if m[4] >= 0 {
			sc = lo + m[4]
		}
		money(text, lo+m[0], pos+1+len(cur), cur, text[lo+m[2]:lo+m[3]], sc, lo+max(m[5], 0), add)
	}
	for _, pos := range triggers(lower, "percent", "per cent", "%") {
		word := lower[pos] != '%'
		end := pos + 1
		if word {
			end = pos + len("percent")
			if strings.HasPrefix(lower[pos:], "per cent") {
				end = pos + len("per cent")
			}
			if end < len(lower) && isWordByte(lower[end]) {
				continue // "percentage"
			}
		}
		start, v, kind, ok := numberBefore(text, pos, word)
		if !ok || (!word && kind != numDigits) {
			continue
		}
		prio := 1
		if kind != numDigits {
			prio = 2
			if m := reParenPercent.FindStringSubmatchIndex(text[end:min(len(text), end+16)]); m != nil {
				// "eighteen and a half per cent (18.5%)": the figure gives
				// what the words round; where the two disagree by a whole
				// point or more ("twenty-five per cent (15%)"), the words
				// prevail, as drafting conventions have it
				if fig, _ := parseNumber(text[end+m[2] : end+m[3]]); v == 0 || math.Abs(fig-v) < 1 {
					v = fig
				}
				end += m[1]
			}
		}
		add(start, end, prio, document.Fact{Kind: document.FactPercent, Value: v})
	}
	for _, pos := range triggers(lower, "basis point", "bps") {
		// "2,250 basis points", "2,400 bps": a hundredth of a percent
		end := pos + len("basis point")
		if strings.HasPrefix(lower[pos:], "bps") {
			end = pos + len("bps")
		} else if end < len(lower) && lower[end] == 's' {
			end++
		}
		if end < len(lower) && isWordByte(lower[end]) || pos > 0 && isWordByte(lower[pos-1]) {
			continue
		}
		start, v, kind, ok := numberBefore(text, pos, true)
		if !ok {
			continue
		}
		prio := 1
		if kind != numDigits {
			prio = 2
		}
		add(start, end, prio, document.Fact{Kind: document.FactPercent, Value: v / 100})
	}
	for _, pos := range triggers(lower, "pct", "percent") {
		// a field of a pasted schedule whose name gives the unit:
		// "discount_pct: 38", "\"rate_percent\": 22.5" (a sentence's "38
		// percent" is read above, its number before the word)
		end := pos + 3
		if strings.HasPrefix(lower[pos:], "percent") {
			end = pos + len("percent")
			if strings.HasPrefix(lower[end:], "age") {
				end += 3
			}
		}
		if pos == 0 || lower[pos-1] != '_' && lower[pos-1] != '-' {
			continue // only the last word of a field name: "discount_pct"
		}
		j := end
		for j < len(lower) && (lower[j] == '"' || lower[j] == '\'') {
			j++
		}
		for j < len(lower) && lower[j] == ' ' {
			j++
		}
		if j >= len(lower) || lower[j] != ':' && lower[j] != '=' {
			continue
		}
		j++
		for j < len(lower) && (lower[j] == ' ' || lower[j] == '"') {
			j++
		}
		k := j
		for k < len(lower) && (lower[k] >= '0' && lower[k] <= '9' || lower[k] == '.') {
			k++
		}
		if k == j {
			continue
		}
		v, err := strconv.ParseFloat(text[j:k], 64)
		if err != nil || v < 0 || v > 100 {
			continue
		}
		add(j, k, 1, document.Fact{Kind: document.FactPercent, Value: v})
	}
	for _, unit := range []string{"hour", "day", "week", "month", "year"} {
		for _, pos := range triggers(lower, unit) {
			if pos > 0 && isLetter(lower[pos-1]) {
				continue
			}
			end := pos + len(unit)
			if end < len(lower) && lower[end] == 's' {
				end++
			}
			if end < len(lower) && isLetter(lower[end]) {
				continue
			}
			numEnd, qual := pos, ""
			if q, qs := wordBefore(lower, pos); q == "calendar" || q == "business" || q == "working" {
				numEnd, qual = qs, q+" "
			}
			start, v, _, ok := numberBefore(text, numEnd, true)
			if !ok {
				continue
			}
			days := map[string]float64{"hour": 1.0 / 24, "day": 1, "week": 7, "month": 30, "year": 365}[unit] * v
			add(start, end, 0, document.Fact{Kind: document.FactDuration, Value: days, Unit: qual + unit})
		}
	}
	return resolve(c)
}

// resolve keeps non-overlapping candidates, preferring the higher priority
// and then the longer span, and returns them in text order.
func resolve(c []span) []document.Fact {
	sort.SliceStable(c, func(i, j int) bool {
		if c[i].prio != c[j].prio {
			return c[i].prio > c[j].prio
		}
		if li, lj := c[i].end-c[i].start, c[j].end-c[j].start; li != lj {
			return li > lj
		}
		return c[i].start < c[j].start
	})
	// kept spans never overlap: mark the bytes they cover, so that each
	// candidate costs its own length, not the number kept so far
	n := 0
	for _, s := range c {
		n = max(n, s.end)
	}
	taken := make([]bool, n)
	var kept []span
	for _, s := range c {
		if s.end <= s.start || slices.Contains(taken[s.start:s.end], true) {
			continue
		}
		for i := s.start; i < s.end; i++ {
			taken[i] = true
		}
		kept = append(kept, s)
	}
	sort.Slice(kept, func(i, j int) bool { return kept[i].start < kept[j].start })
	out := make([]document.Fact, len(kept))
	for i, k := range kept {
		out[i] = k.fact
	}
	return out
}

// unitsAfter reads "per million input tokens", "per Model Unit per hour",
// "per Contract Year", "annually" after an amount; it returns the new end.
func unitsAfter(text string, end int, f *document.Fact) int {
	for n := 0; n < 3; n++ {
		rest := text[end:]
		// the period words are short: lower-case a window, not the rest of
		// the clause (which made facts quadratic in the clause length)
		lower := strings.ToLower(rest[:min(len(rest), 24)])
		if n == 0 {
			for w, p := range map[string]string{" annually": "year", " per annum": "year", " monthly": "month", " per month": "month", " a year": "year", " a month": "month", " each month": "month", " each year": "year"} {
				if strings.HasPrefix(lower, w) && (len(lower) == len(w) || !isWordByte(lower[len(w)])) {
					f.Period = p
					return end + len(w)
				}
			}
		}
		loc := rePerPhrase.FindStringIndex(rest)
		if loc == nil || loc[1] == 0 {
			return end
		}
		pos := end + loc[1]
		var words []string
		wend := pos
		for len(words) < 4 {
			w := reUnitWord.FindString(text[wend:])
			if w == "" {
				break
			}
			clean := strings.TrimRight(w, ",.")
			if unitStop[strings.ToLower(clean)] && len(words) > 0 {
				break
			}
			words = append(words, clean)
			wend += len(clean)
			if clean != w {
				break // punctuation closes the phrase
			}
			if sp := len(text[wend:]) - len(strings.TrimLeft(text[wend:], " ")); sp > 0 && sp < 3 {
				if reUnitWord.MatchString(text[wend+sp:]) {
					next := strings.ToLower(strings.TrimRight(reUnitWord.FindString(text[wend+sp:]), ",."))
					if unitStop[next] {
						break
					}
					wend += sp
					continue
				}
			}
			break
		}
		if len(words) == 0 {
			return end
		}
		phrase := strings.Join(words, " ")
		if p, ok := periodWords[strings.ToLower(phrase)]; ok {
			f.Period = p
		} else if f.Unit == "" {
			f.Unit = phrase
		} else {
			return end
		}
		end = wend
	}
	return end
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

func scaleOf(s string) float64 {
	switch strings.ToLower(s) {
	case "thousand", "k":
		return 1e3
	case "million", "m", "mn":
		return 1e6
	case "billion", "b", "bn":
		return 1e9
	case "crore", "crores":
		return 1e7 // Indian numbering: a crore is ten million
	case "lakh", "lakhs", "lac", "lacs":
		return 1e5 // and a lakh a hundred thousand
	}
	return 1
}

// currencyCodes are the ISO codes read before or after an amount.
const currencyCodes = `USD|EUR|GBP|CAD|AUD|CHF|JPY|SGD|NZD|SEK|NOK|DKK|INR|BRL|MXN|HKD|ZAR|PLN|CZK|CNY|KRW|AED|SAR`

var (
	// moneyTriggers start a "currency, amount" reading: symbols, codes,
	// and "US$"-style prefixes (read from their letters).
	moneyTriggers = newWordSet(append([]string{"$", "€", "£", "¥", "₹", "₩", "us$", "a$", "c$", "nz$", "r$", "hk$", "mx$"},
		strings.Split(strings.ToLower(currencyCodes), "|")...)...)
	// codesAfter end an "amount, currency" reading.
	codesAfter = func() *wordSet {
		out := []string{" dollars", " euros", " u.s. dollars", " €"}
		for _, c := range strings.Split(strings.ToLower(currencyCodes), "|") {
			out = append(out, " "+c)
		}
		return newWordSet(out...)
	}()
	// symbolCurrency names the currency of a prefixed or bare symbol.
	symbolCurrency = []struct{ prefix, code string }{
		{"A$", "AUD"}, {"C$", "CAD"}, {"NZ$", "NZD"}, {"S$", "SGD"}, {"R$", "BRL"}, {"HK$", "HKD"}, {"MX$", "MXN"},
		{"¥", "JPY"}, {"₹", "INR"}, {"₩", "KRW"}, {"RS", "INR"},
	}
)

func currency(s string) string {
	s = strings.ToUpper(strings.TrimSpace(s))
	for _, code := range strings.Split(currencyCodes, "|") {
		if code != "USD" && code != "EUR" && code != "GBP" && strings.Contains(s, code) {
			return code
		}
	}
	for _, sc := range symbolCurrency {
		if strings.HasPrefix(s, sc.prefix) {
			return sc.code
		}
	}
	switch {
	case strings.Contains(s, "EUR") || strings.Contains(s, "€"):
		return "EUR"
	case strings.Contains(s, "GBP") || strings.Contains(s, "£"):
		return "GBP"
	}
	return "USD"
}

func isoDate(y, m, d string) (string, bool) {
	yi, _ := strconv.Atoi(y)
	mi, _ := strconv.Atoi(m)
	di, _ := strconv.Atoi(d)
	if yi < 1900 || yi > 2200 || mi < 1 || mi > 12 || di < 1 || di > 31 {
		return "", false
	}
	return fmt.Sprintf("%04d-%02d-%02d", yi, mi, di), true
}

// findYears runs a date pattern only around four-digit years (1900-2199):
// every date form clausecheck reads has one, and "may" or "march" alone
// are not dates.
func findYears(text string, re *lazyre.Regexp) [][]int {
	var ws [][2]int
	for i := 0; i+4 <= len(text); i++ {
		if !isDigit(text[i]) || i > 0 && isDigit(text[i-1]) {
			continue
		}
		j := i
		for j < len(text) && isDigit(text[j]) {
			j++
		}
		if j-i == 4 && (text[i] == '1' && text[i+1] == '9' || text[i] == '2' && text[i+1] <= '1') {
			lo, hi := wordStart(text, max(0, i-30)), min(len(text), j+6) // "2027-01-01"
			if n := len(ws); n > 0 && lo <= ws[n-1][1] {
				ws[n-1][1] = max(ws[n-1][1], hi)
			} else {
				ws = append(ws, [2]int{lo, hi})
			}
		}
		i = j
	}
	var out [][]int
	for _, w := range ws {
		for _, m := range re.FindAllStringSubmatchIndex(text[w[0]:w[1]], -1) {
			for k := range m {
				if m[k] >= 0 {
					m[k] += w[0]
				}
			}
			out = append(out, m)
		}
	}
	return out
}

// windows returns the merged spans of lower around each occurrence of a
// trigger, widened to whole words: 100 bytes before (a number in words
// precedes its unit) and 80 after (units follow an amount).
func windows(lower string, triggers *wordSet) [][2]int {
	var ws [][2]int
	triggers.each(lower, func(k, i int) {
		ws = append(ws, [2]int{wordStart(lower, max(0, i-100)), wordEnd(lower, min(len(lower), i+len(triggers.words[k])+80))})
	})
	if len(ws) == 0 {
		return nil
	}
	sort.Slice(ws, func(i, j int) bool { return ws[i][0] < ws[j][0] })
	out := ws[:1]
	for _, w := range ws[1:] {
		last := &out[len(out)-1]
		if w[0] <= last[1] {
			last[1] = max(last[1], w[1])
		} else {
			out = append(out, w)
		}
	}
	return out
}

func wordStart(s string, i int) int {
	for i > 0 && s[i-1] != ' ' && s[i-1] != '\n' {
		i--
	}
	return i
}

func wordEnd(s string, i int) int {
	for i < len(s) && s[i] != ' ' && s[i] != '\n' {
		i++
	}
	return i
}

// triggers lists the offsets of each occurrence of the words in lower.
func triggers(lower string, words ...string) []int {
	var out []int
	for _, w := range words {
		for from := 0; ; {
			i := strings.Index(lower[from:], w)
			if i < 0 {
				break
			}
			out = append(out, from+i)
			from += i + len(w)
		}
	}
	sort.Ints(out)
	return out
}

// reDotThousand: one dot and three digits after a whole number ("800.000").
var reDotThousand = lazyre.New(`^[1-9]\d{0,2}\.\d{3}$`)

// money adds a money fact for an amount with its currency and scale.
func money(text string, start, end int, cur, num string, scaleAt, scaleEnd int, add func(int, int, int, document.Fact)) {
	v, err := parseNumber(strings.TrimRight(num, ",."))
	if err != nil {
		return
	}
	if scaleAt >= 0 && scaleEnd > scaleAt {
		v *= scaleOf(text[scaleAt:scaleEnd])
	}
	f := document.Fact{Kind: document.FactMoney, Value: v, Currency: currency(cur)}
	for end > start && (text[end-1] == ',' || text[end-1] == '.') {
		end-- // "$8,000,000." ends a sentence
	}
	end = unitsAfter(text, end, &f)
	if reDotThousand.MatchString(strings.TrimRight(num, ",.")) && f.Unit == "" && (scaleAt < 0 || scaleEnd <= scaleAt) {
		// "EUR 800.000 for Claude models": a sum is not written to three
		// decimals; the dot groups thousands (a rate may be: "USD 0.008
		// per 1,000 tokens")
		v *= 1000
		f.Value = v
	}
	add(start, end, 3, f)
}

const (
	numDigits = iota
	numWords
	numBoth
)

// numberBefore reads the number that ends just before pos (spaces and a
// hyphen between them allowed): "60", "99.9", "sixty (60)", "ninety-nine
// point nine". words allows numbers in words.
func numberBefore(text string, pos int, words bool) (start int, v float64, kind int, ok bool) {
	i := pos
	for i > 0 && (text[i-1] == ' ' || text[i-1] == '-') {
		i--
	}
	if pos-i > 2 {
		return 0, 0, 0, false
	}
	if i > 0 && text[i-1] == ')' {
		j := i - 1
		k := j
		for k > 0 && (isDigit(text[k-1]) || text[k-1] == '.' || text[k-1] == ',') {
			k--
		}
		if k == j && words {
			// "120 (one hundred and twenty) days": the figure first, the
			// words in brackets after it
			return figureBeforeWords(text, j)
		}
		if k == j || k == 0 || text[k-1] != '(' {
			return 0, 0, 0, false
		}
		v, err := parseNumber(text[k:j])
		if err != nil {
			return 0, 0, 0, false
		}
		start := k - 1
		if ws, _, ok := wordsBefore(text, start); ok {
			return ws, v, numBoth, true
		}
		return start, v, numDigits, true
	}
	k := i
	for k > 0 && (isDigit(text[k-1]) || text[k-1] == '.' || text[k-1] == ',') {
		k--
	}
	for k < i && !isDigit(text[k]) {
		k++ // a leading "," or "." belongs to the text before
	}
	if k < i {
		if k > 0 && (isLetter(text[k-1]) || text[k-1] == '.' || text[k-1] == '$') {
			return 0, 0, 0, false
		}
		v, err := parseNumber(text[k:i])
		if err != nil {
			return 0, 0, 0, false
		}
		return k, v, numDigits, true
	}
	if !words {
		return 0, 0, 0, false
	}
	ws, v, ok := wordsBefore(text, i)
	return ws, v, numWords, ok
}

// figureBeforeWords reads "120 (one hundred and twenty)" whose closing
// bracket is at close: the figure, said again in words. The two must agree.
func figureBeforeWords(text string, close int) (start int, v float64, kind int, ok bool) {
	ws, wv, ok := wordsBefore(text, close)
	if !ok || ws == 0 || text[ws-1] != '(' {
		return 0, 0, 0, false
	}
	i := ws - 1
	for i > 0 && text[i-1] == ' ' {
		i--
	}
	k := i
	for k > 0 && (isDigit(text[k-1]) || text[k-1] == '.' || text[k-1] == ',') {
		k--
	}
	if k == i || k > 0 && (isLetter(text[k-1]) || text[k-1] == '$') {
		return 0, 0, 0, false
	}
	dv, err := parseNumber(text[k:i])
	if err != nil || dv != wv {
		return 0, 0, 0, false
	}
	return k, dv, numBoth, true
}

// wordsBefore reads a number in words ending at pos (after trailing spaces).
func wordsBefore(text string, pos int) (int, float64, bool) {
	i := pos
	for i > 0 && text[i-1] == ' ' {
		i--
	}
	start := -1
	for i > 0 {
		j := i
		for j > 0 && isLetter(text[j-1]) {
			j--
		}
		w := strings.ToLower(text[j:i])
		if _, num := numberWords[w]; !num && scaleWords[w] == 0 && w != "point" && w != "comma" && w != "and" && !fractionWord[w] {
			break
		}
		start = j
		i = j
		if i > 0 && (text[i-1] == ' ' || text[i-1] == '-') {
			i--
		} else {
			break
		}
	}
	if start < 0 {
		return 0, 0, false
	}
	for {
		w, next := firstWord(text[start:pos])
		if w == "and" || w == "point" || w == "comma" {
			start += next
			continue
		}
		break
	}
	v, ok := parseWords(strings.TrimSpace(text[start:pos]))
	return start, v, ok
}

func firstWord(s string) (string, int) {
	i := 0
	for i < len(s) && isLetter(s[i]) {
		i++
	}
	j := i
	for j < len(s) && (s[j] == ' ' || s[j] == '-') {
		j++
	}
	return strings.ToLower(s[:i]), j
}

// wordBefore returns the word that ends just before pos (one space between)
// and where it starts.
func wordBefore(lower string, pos int) (string, int) {
	i := pos
	if i > 0 && lower[i-1] == ' ' {
		i--
	}
	j := i
	for j > 0 && isLetter(lower[j-1]) {
		j--
	}
	return lower[j:i], j
}

func isDigit(b byte) bool  { return b >= '0' && b <= '9' }
func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// findIn runs re only on the windows of text around its trigger words
// (found in lower, the lower-cased text), with offsets into text.
func findIn(text, lower string, re *lazyre.Regexp, triggers *wordSet) [][]int {
	var out [][]int
	for _, w := range windows(lower, triggers) {
		for _, m := range re.FindAllStringSubmatchIndex(text[w[0]:w[1]], -1) {
			for i := range m {
				if m[i] >= 0 {
					m[i] += w[0]
				}
			}
			out = append(out, m)
		}
	}
	return out
}

// asciiLower lower-cases ASCII letters only, so offsets into the result
// are offsets into s.
func asciiLower(s string) string {
	if strings.IndexFunc(s, func(r rune) bool { return r >= 'A' && r <= 'Z' }) < 0 {
		return s // nothing to lower: no copy
	}
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 32
		}
	}
	return string(b)
}

// digitGroupMarks are apostrophes that group digits ("2'400'000.00").
var digitGroupMarks = strings.NewReplacer("'", "", "’", "", " ", "", "\u00a0", "", "\u202f", "") // (and "1 250 000,00")

// parseNumber reads a number written with thousands separators or with a
// decimal comma: "1,000,000" and "1.000.000" are a million, "99,9" and
// "18,5" are 99.9 and 18.5, "1.234,5" is 1234.5. A comma followed by
// exactly three digits is a thousands separator.
func parseNumber(s string) (float64, error) {
	s = digitGroupMarks.Replace(s) // 2'400'000.00
	comma, dot := strings.LastIndexByte(s, ','), strings.LastIndexByte(s, '.')
	switch {
	case comma >= 0 && dot > comma:
		s = strings.ReplaceAll(s, ",", "") // 1,234.5
	case comma >= 0 && dot >= 0:
		s = strings.ReplaceAll(s, ".", "") // 1.234,5
		s = strings.Replace(s, ",", ".", 1)
	case comma >= 0:
		if len(s)-comma-1 == 3 && strings.Count(s, ",") >= 1 && !(strings.Count(s, ",") == 1 && s[:comma] == "0") {
			s = strings.ReplaceAll(s, ",", "") // 1,000 and 1,000,000
		} else if strings.Count(s, ",") == 1 {
			s = strings.Replace(s, ",", ".", 1) // 99,9
		} else {
			s = strings.ReplaceAll(s, ",", "")
		}
	case dot >= 0 && strings.Count(s, ".") > 1:
		s = strings.ReplaceAll(s, ".", "") // 1.000.000
	}
	return strconv.ParseFloat(s, 64)
}
