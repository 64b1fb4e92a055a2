package app

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/clausecheck/clausecheck/document"
	"github.com/clausecheck/clausecheck/extract"
	"github.com/clausecheck/clausecheck/internal/lazyre"
	"github.com/clausecheck/clausecheck/internal/safefile"
	"github.com/clausecheck/clausecheck/report"
)

// A quote is the sentence as the reader made it: lines joined, Markdown
// syntax and labels gone. To say where it is in the file as written (for
// SARIF regions and annotations), the file and the quote are both reduced
// to their letters and digits, lower-cased, and the quote is looked up in
// the file's: white space, line breaks, hyphens, punctuation and emphasis
// marks cannot stand in its way. A quote the file does not hold as written
// (a sentence in force after an amendment, one broken by a page number)
// gets no position.

// position is where a quote is in a file: 1-based line and column (in
// characters) of its first character, and of the character after its last.
type position struct{ line, col, endLine, endCol int }

// quoteKey names an evidence quote of a draft.
func quoteKey(e report.Evidence) string { return e.Clause + "\x00" + e.Quote }

// locateQuotes finds in the file of a text or Markdown draft the quotes
// of dr's evidence. It reads the file again and gives up, returning nil,
// when its bytes are no longer those the draft was read from, or when
// the draft is of another format.
func locateQuotes(doc *document.Document, dr report.DocumentReport) map[string]position {
	if doc.Format != document.FormatText && doc.Format != document.FormatMarkdown {
		return nil
	}
	data, err := safefile.Read(doc.Path, extract.MaxInputBytes)
	if err != nil {
		return nil
	}
	if sum := sha256.Sum256(data); hex.EncodeToString(sum[:]) != doc.SHA256 {
		return nil
	}
	loc := newLocator(data, doc.Format == document.FormatMarkdown)
	if loc == nil {
		return nil
	}
	out := map[string]position{}
	for _, f := range dr.Findings {
		for _, e := range f.Evidence {
			k := quoteKey(e)
			if _, done := out[k]; done {
				continue
			}
			from := 0
			if c := doc.Clause(e.Clause); c != nil {
				// the quote is in its clause: look from where the clause
				// starts, when the clause can be found (by its number and
				// text, else its text), so that a sentence written twice
				// is placed in the clause cited
				if from = loc.find(c.Number+" "+c.Text, 0); from < 0 {
					from = loc.find(c.Text, 0)
				}
			}
			if p, ok := loc.position(e.Quote, max(from, 0)); ok {
				out[k] = p
			} else if p, ok := loc.position(e.Quote, 0); ok {
				out[k] = p
			}
		}
	}
	return out
}

// applyPositions sets the line and column of every evidence of rep whose
// quote was located in its draft (positions by draft path).
func applyPositions(rep *report.Report, positions map[string]map[string]position) {
	for i := range rep.Documents {
		d := &rep.Documents[i]
		pos := positions[d.Path]
		if pos == nil {
			continue
		}
		d.Findings = append([]report.Finding(nil), d.Findings...)
		for j := range d.Findings {
			ev := append([]report.Evidence(nil), d.Findings[j].Evidence...)
			for k := range ev {
				if p, ok := pos[quoteKey(ev[k])]; ok {
					ev[k].Line, ev[k].Column, ev[k].EndLine, ev[k].EndColumn = p.line, p.col, p.endLine, p.endCol
				}
			}
			d.Findings[j].Evidence = ev
		}
	}
}

// locator finds normalised text in a file.
type locator struct {
	src string
	// norm is the file's letters and digits, lower-cased; at[i] is the
	// byte offset in src of the character that gave norm's byte i.
	norm string
	at   []int32
	// lines are the byte offsets at which the file's lines start.
	lines []int
}

// mdHidden matches what the Markdown reader drops from the text: link and
// image targets, HTML comments and tags, struck-through passages.
var mdHidden = lazyre.New(`(?is)<!--.*?-->|<(?:del|s|strike)>.*?</(?:del|s|strike)>|</?(?:br|sup|sub|span|a|u|b|i|em|strong|div|p|ins|small|font)\b[^>]*>|\]\((?:[^()\n]|\([^()\n]*\))*\)|~~[^~\n]+~~`)

// newLocator reads a file; nil when it is not UTF-8 (a UTF-16 draft) or
// larger than positions can index.
func newLocator(data []byte, markdown bool) *locator {
	src := strings.TrimPrefix(string(data), "\uFEFF")
	if !utf8.ValidString(src) || len(src) >= 1<<31 {
		return nil
	}
	var hidden [][]int
	if markdown {
		hidden = mdHidden.FindAllStringIndex(src, -1)
	}
	l := &locator{src: src, lines: []int{0}}
	var b strings.Builder
	h := 0
	for i := 0; i < len(src); {
		r, n := utf8.DecodeRuneInString(src[i:])
		switch {
		case r == '\n' || r == '\r' && !strings.HasPrefix(src[i+n:], "\n"):
			l.lines = append(l.lines, i+n)
		case h < len(hidden) && i >= hidden[h][0]:
			if i >= hidden[h][1] {
				h++
				continue // look again at this character, past the range
			}
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			lr := unicode.ToLower(r)
			for k := 0; k < utf8.RuneLen(lr); k++ {
				l.at = append(l.at, int32(i))
			}
			b.WriteRune(lr)
		}
		i += n
	}
	l.norm = b.String()
	return l
}

// normalize reduces text as newLocator reduces a file.
func normalize(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// find returns the byte offset in the file where text starts, looking
// from byte offset from on; -1 when it is not there.
func (l *locator) find(text string, from int) int {
	i, n := l.index(text, from)
	if n == 0 {
		return -1
	}
	return int(l.at[i])
}

// position returns where quote is in the file, looking from byte offset
// from on.
func (l *locator) position(quote string, from int) (position, bool) {
	i, n := l.index(quote, from)
	if n == 0 {
		return position{}, false
	}
	first, last := int(l.at[i]), int(l.at[i+n-1])
	_, size := utf8.DecodeRuneInString(l.src[last:])
	end := last + size
	// the quote's punctuation before its first word and after its last
	// ("(a)", "…Tokens;") is in the region when the file has it there
	isWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	quote = strings.TrimSpace(quote)
	// (whole characters only: a stray byte of the quote may match the end
	// of a character in the file)
	if lead := quote[:strings.IndexFunc(quote, isWord)]; utf8.ValidString(lead) && strings.HasSuffix(l.src[:first], lead) && utf8.RuneStart(l.src[first-len(lead)]) {
		first -= len(lead)
	}
	j := strings.LastIndexFunc(quote, isWord)
	_, size = utf8.DecodeRuneInString(quote[j:])
	if trail := quote[j+size:]; utf8.ValidString(trail) && strings.HasPrefix(l.src[end:], trail) {
		end += len(trail)
	}
	p := position{}
	p.line, p.col = l.lineCol(first)
	p.endLine, p.endCol = l.lineCol(end)
	return p, true
}

// index finds text in norm from the character at byte offset from of the
// file on: its index in norm and its length there (0 when not found).
func (l *locator) index(text string, from int) (int, int) {
	q := normalize(text)
	if q == "" {
		return 0, 0
	}
	start := sort.Search(len(l.at), func(i int) bool { return int(l.at[i]) >= from })
	i := strings.Index(l.norm[start:], q)
	if i < 0 {
		return 0, 0
	}
	return start + i, len(q)
}

// lineCol converts a byte offset to a 1-based line and column.
func (l *locator) lineCol(off int) (int, int) {
	line := sort.Search(len(l.lines), func(i int) bool { return l.lines[i] > off }) - 1
	return line + 1, utf8.RuneCountInString(l.src[l.lines[line]:off]) + 1
}
