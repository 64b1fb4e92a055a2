package extract

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/clausecheck/clausecheck/document"
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

var scaleWords = map[string]float64{"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9}

const numWordAlt = `zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety`

// numWordsRe matches a number written in words, e.g. "ninety-nine point
// nine" or "one hundred and twenty".
var numWordsRe = `(?:(?:` + numWordAlt + `)(?:[\s-]+(?:` + numWordAlt + `|hundred|thousand|million|billion|and|point))*)`

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
	for _, w := range words {
		switch {
		case w == "and":
			continue
		case w == "point":
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
	return total + cur, seen
}

var (
	rePercentWords = regexp.MustCompile(`(?i)\b(` + numWordsRe + `)\s+(?:percent|per\s+cent)(?:\s*\((\d{1,3}(?:\.\d+)?)\s?%\))?`)
	rePercent      = regexp.MustCompile(`(?i)(?:^|[^\w.])(\d{1,3}(?:,\d{3})*(?:\.\d+)?)\s?(%|percent\b|per\s+cent\b)`)
	reMoney        = regexp.MustCompile(`(?i)(?:(US\$|USD\s?\$?|EUR\s?€?|GBP\s?£?|€|£|\$)\s?(\d[\d,]*(?:\.\d+)?)|(\d[\d,]*(?:\.\d+)?)\s?(USD|EUR|GBP|U\.S\. dollars|dollars|euros)\b)(?:\s?(million|billion|thousand|[MBK])\b)?`)
	reDuration     = regexp.MustCompile(`(?i)\b(?:(` + numWordsRe + `)\s*\((\d{1,4})\)|(\d{1,4}(?:\.\d+)?)|(` + numWordsRe + `))(?:\s*[-–]\s*|\s+)(calendar\s+|business\s+|working\s+)?(hour|day|week|month|year)s?\b['’]?`)
	months         = `January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec`
	reDateMDY      = regexp.MustCompile(`\b(` + months + `)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	reDateDMY      = regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:day\s+of\s+)?(` + months + `),?\s+(\d{4})\b`)
	reDateISO      = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`)
	reDateUS       = regexp.MustCompile(`\b(\d{1,2})/(\d{1,2})/(\d{4})\b`)
	rePerPhrase    = regexp.MustCompile(`(?i)^\s*(?:per|/|for\s+each|each)\s*`)
	reUnitWord     = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9,.\-]*`)
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
	for _, m := range reDateMDY.FindAllStringSubmatchIndex(text, -1) {
		if d, ok := isoDate(text[m[6]:m[7]], strconv.Itoa(monthNum[strings.ToLower(text[m[2]:m[3]])]), text[m[4]:m[5]]); ok {
			add(m[0], m[1], 4, document.Fact{Kind: document.FactDate, Date: d})
		}
	}
	for _, m := range reDateDMY.FindAllStringSubmatchIndex(text, -1) {
		if d, ok := isoDate(text[m[6]:m[7]], strconv.Itoa(monthNum[strings.ToLower(text[m[4]:m[5]])]), text[m[2]:m[3]]); ok {
			add(m[0], m[1], 4, document.Fact{Kind: document.FactDate, Date: d})
		}
	}
	for _, m := range reDateISO.FindAllStringSubmatchIndex(text, -1) {
		if d, ok := isoDate(text[m[2]:m[3]], text[m[4]:m[5]], text[m[6]:m[7]]); ok {
			add(m[0], m[1], 4, document.Fact{Kind: document.FactDate, Date: d})
		}
	}
	for _, m := range reDateUS.FindAllStringSubmatchIndex(text, -1) {
		if d, ok := isoDate(text[m[6]:m[7]], text[m[2]:m[3]], text[m[4]:m[5]]); ok {
			add(m[0], m[1], 4, document.Fact{Kind: document.FactDate, Date: d})
		}
	}
	for _, m := range reMoney.FindAllStringSubmatchIndex(text, -1) {
		cur, num := "", ""
		if m[2] >= 0 {
			cur, num = text[m[2]:m[3]], text[m[4]:m[5]]
		} else {
			num, cur = text[m[6]:m[7]], text[m[8]:m[9]]
		}
		v, err := strconv.ParseFloat(strings.ReplaceAll(strings.TrimRight(num, ",."), ",", ""), 64)
		if err != nil {
			continue
		}
		if m[10] >= 0 {
			v *= scaleOf(text[m[10]:m[11]])
		}
		f := document.Fact{Kind: document.FactMoney, Value: v, Currency: currency(cur)}
		end := m[1]
		if strings.HasSuffix(text[m[0]:end], ",") || strings.HasSuffix(text[m[0]:end], ".") {
			end-- // "$8,000,000." ends a sentence
		}
		end = unitsAfter(text, end, &f)
		add(m[0], end, 3, f)
	}
	for _, m := range rePercentWords.FindAllStringSubmatchIndex(text, -1) {
		v, ok := parseWords(text[m[2]:m[3]])
		if m[4] >= 0 {
			v, _ = strconv.ParseFloat(text[m[4]:m[5]], 64)
			ok = true
		}
		if ok {
			add(m[0], m[1], 2, document.Fact{Kind: document.FactPercent, Value: v})
		}
	}
	for _, m := range rePercent.FindAllStringSubmatchIndex(text, -1) {
		v, err := strconv.ParseFloat(strings.ReplaceAll(text[m[2]:m[3]], ",", ""), 64)
		if err == nil {
			add(m[2], m[1], 1, document.Fact{Kind: document.FactPercent, Value: v})
		}
	}
	for _, m := range reDuration.FindAllStringSubmatchIndex(text, -1) {
		var v float64
		ok := true
		switch {
		case m[4] >= 0:
			v, _ = strconv.ParseFloat(text[m[4]:m[5]], 64)
		case m[6] >= 0:
			v, _ = strconv.ParseFloat(text[m[6]:m[7]], 64)
		case m[8] >= 0:
			v, ok = parseWords(text[m[8]:m[9]])
		}
		if !ok {
			continue
		}
		unit := strings.ToLower(text[m[12]:m[13]])
		days := map[string]float64{"hour": 1.0 / 24, "day": 1, "week": 7, "month": 30, "year": 365}[unit] * v
		f := document.Fact{Kind: document.FactDuration, Value: days, Unit: unit}
		if m[10] >= 0 {
			f.Unit = strings.ToLower(strings.TrimSpace(text[m[10]:m[11]])) + " " + unit
		}
		end := m[1]
		if strings.HasSuffix(text[m[0]:end], "'") {
			end--
		}
		add(m[0], end, 0, f)
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
	var kept []span
	for _, s := range c {
		overlap := false
		for _, k := range kept {
			if s.start < k.end && k.start < s.end {
				overlap = true
				break
			}
		}
		if !overlap {
			kept = append(kept, s)
		}
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
		lower := strings.ToLower(rest)
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
	case "million", "m":
		return 1e6
	case "billion", "b":
		return 1e9
	}
	return 1
}

func currency(s string) string {
	s = strings.ToUpper(strings.TrimSpace(s))
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
