// Package pdftext reads the text layer of a PDF as visual lines per page.
//
// It uses github.com/ledongthuc/pdf for the object model, fonts and its
// content-stream tokenizer (pdf.Interpret) only. Text positioning (Tj, TJ,
// Tw, Tc, Tz, TL, Tf, Tm, Td, TD, T*, ', ", q/Q, cm, form XObjects), line and
// space rebuilding, page furniture and reading order are done here, because
// the library's own text functions split clause labels from their text,
// split words at font changes and glue justified words.
//
// What a caller gets:
//   - Lines top to bottom; on a two-column page the left column, then the
//     right; a line spanning both columns (a title) stays in place.
//   - Spaces from geometry (gap > 0.15 × font size) and from space glyphs; a
//     gap over 2 × font size, or a drawn vertical rule between glyphs (a
//     table border), becomes one tab, so a table row is one line of cells.
//   - Ligatures expanded, soft hyphens dropped (one ending a line becomes
//     "-"), no-break spaces turned into spaces. End-of-line hyphens are kept.
//   - Running headers and footers (the same line modulo digits in the top or
//     bottom band of at least 40% of the pages), bare page numbers at the
//     page edge and "Page N of M" lines anywhere, moved to Page.Furniture.
//   - Footnotes stay where they are printed: after the body lines of their
//     page.
//   - Damage is contained: repairs in front of the library (junk before
//     %PDF or after %%EOF, a PDF 2.0 header, a broken or stale xref table
//     rebuilt by scanning objects, object streams included), one bad stream
//     loses the rest of its page, one bad page is skipped with a warning, and
//     every panic from the library becomes a warning or a sentinel error.
//   - Text the fonts cannot map to Unicode is dropped with a "cannot decode
//     text on page N" warning rather than returned as mojibake.
//   - Struck-through text (a thin rule through the middle of glyphs) raises a
//     "draft looks like a redline" warning.
package pdftext

import (
	"errors"
	"fmt"
	"math"
	"runtime"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/clausecheck/clausecheck/internal/lazyre"
	"github.com/ledongthuc/pdf"
)

// Sentinel errors. Extract wraps them with context; test with errors.Is.
var (
	ErrEncrypted = errors.New("encrypted pdf")
	ErrNoText    = errors.New("no text layer")
	ErrNotPDF    = errors.New("not a pdf")
	ErrCorrupt   = errors.New("damaged pdf")
)

// Result is the text of a PDF as visual lines per page.
type Result struct {
	Pages    []Page   // every page, in order, also pages with no text (Lines empty)
	Warnings []string // problems that did not stop extraction, in page order
	// Incomplete names the pages whose text was lost in whole or in part
	// (unreadable or damaged content, undecodable fonts): a check of what
	// was read is not a check of the draft.
	Incomplete []string
	// PagesRead counts the pages read whole; Damaged the pages whose
	// content stream is damaged (read in part or not at all).
	PagesRead, Damaged int
}

// Page is one page's lines in reading order.
type Page struct {
	Number    int
	Lines     []Line   // top to bottom (columns in reading order)
	Furniture []string // removed header/footer/page-number lines, for diagnostics
}

// Line is one visual line of text.
type Line struct {
	// Text has words separated by single spaces; a gap wider than about twice
	// the font size (tab stop, table cell) or a table border becomes one "\t",
	// never at the start of the line.
	Text string
	X, Y float64 // left x and baseline y in PDF user space
	Size float64 // dominant font size
	Bold bool
	// Cells: the left x of each tab-separated part of Text, for a line of
	// two parts or more (nil otherwise, or when they could not be told apart).
	Cells []float64
}

// Extract reads a PDF and returns its text as visual lines per page, with
// running headers, footers and page numbers removed. It is ExtractWith
// with the default limits and no deadline.
func Extract(data []byte) (res *Result, err error) {
	return ExtractWith(data, Options{})
}

// ExtractWith is Extract within the bounds of opt: crossing one is a
// *LimitError (errors.Is ErrLimit), never a partial result.
func ExtractWith(data []byte, opt Options) (res *Result, err error) {
	defer func() {
		if x := recover(); x != nil {
			res, err = nil, fmt.Errorf("unexpected failure: %v: %w", x, ErrCorrupt)
		}
	}()
	b := &budget{opt: opt.withDefaults()}
	op, err := openReader(data)
	if err != nil {
		return nil, err
	}
	if e := b.overTime(); e != nil {
		return nil, e
	}
	res = &Result{}
	work, pages := extractAll(op.r, b)
	if e := b.stop.Load(); e != nil {
		return nil, e
	}
	// a stream whose /Length falls short of its endstream reads as less
	// text without any error: look for what repairSyntax would change
	fixed, syntaxDamaged := repairSyntax(op.buf, false)
	if damaged(work) || syntaxDamaged {
		// Try the repairs in turn and keep the reading with the most
		// text: stray bytes and a damaged "endobj" repaired in place
		// (the file's own cross-reference table still holds); a table
		// rebuilt by scanning the objects; the same after repairing
		// missing "endobj"s and wrong stream lengths.
		type attempt struct {
			note string
			open func() (*pdf.Reader, error)
		}
		attempts := []attempt{
			{"repaired damaged object syntax", func() (*pdf.Reader, error) {
				fixed, changed := repairSyntax(op.buf, true)
				if !changed {
					return nil, errors.New("nothing to repair")
				}
				return newReader(fixed)
			}},
		}
		if !op.rebuilt {
			attempts = append(attempts, attempt{"rebuilt the cross-reference table", func() (*pdf.Reader, error) { return rebuildFrom(op.buf) }})
		}
		attempts = append(attempts, attempt{"rebuilt the cross-reference table after repairing the objects", func() (*pdf.Reader, error) {
			if !syntaxDamaged {
				return nil, errors.New("nothing to repair")
			}
			return rebuildFrom(fixed)
		}})
		for _, a := range attempts {
			if !damaged(work) && !syntaxDamaged {
				break
			}
			r2, err := a.open()
			if err != nil || !validate(r2) {
				continue
			}
			b2 := &budget{opt: b.opt}
			work2, pages2 := extractAll(r2, b2)
			if e := b2.stop.Load(); e != nil {
				return nil, e
			}
			if glyphCount(work2) > glyphCount(work) {
				work, pages = work2, pages2
				op.r = r2
				op.notes = append(op.notes, a.note)
			}
		}
	}
	for _, n := range op.notes {
		res.Warnings = append(res.Warnings, "repaired: "+n)
	}
	if len(pages) == 0 {
		return nil, fmt.Errorf("no pages found: %w", ErrCorrupt)
	}
	encrypted := !op.r.Trailer().Key("Encrypt").IsNull()
	withText, undecodable := 0, 0
	var struck []string
	for _, w := range work {
		res.Warnings = append(res.Warnings, w.warnings...)
		if w.failed || w.partial {
			res.Damaged++
		}
		switch {
		case w.failed:
			res.Incomplete = append(res.Incomplete, fmt.Sprintf("page %d unreadable", w.page.Number))
		case w.partial && w.salvaged:
			res.Incomplete = append(res.Incomplete, fmt.Sprintf("page %d damaged (read past the damage; what could not be parsed is lost)", w.page.Number))
		case w.partial:
			res.Incomplete = append(res.Incomplete, fmt.Sprintf("page %d damaged (rest of the page not read)", w.page.Number))
		case w.undecodable:
			res.Incomplete = append(res.Incomplete, fmt.Sprintf("page %d text cannot be decoded", w.page.Number))
		default:
			res.PagesRead++
		}
		if w.glyphs > 0 {
			withText++
		}
		if w.undecodable {
			undecodable++
		}
		if w.struck {
			struck = append(struck, fmt.Sprint(w.page.Number))
		}
		res.Pages = append(res.Pages, w.page)
	}
	// (a document laid out right to left: see unmirror)
	if mirroredDocument(res.Pages) {
		for _, p := range res.Pages {
			for i := range p.Lines {
				p.Lines[i].Text = unmirror(p.Lines[i].Text)
			}
		}
	}
	if encrypted && (withText == 0 || undecodable == withText) {
		// The library opens RC4-40 files but decrypts them wrongly.
		return nil, fmt.Errorf("cannot decrypt the content (40-bit RC4 or another unsupported scheme); save an unencrypted copy: %w", ErrEncrypted)
	}
	if withText == 0 {
		return nil, fmt.Errorf("no text layer on any of %d pages (scanned?): %w", len(pages), ErrNoText)
	}
	for _, w := range work {
		if w.glyphs == 0 && !w.failed {
			res.Warnings = append(res.Warnings, fmt.Sprintf("no text on page %d", w.page.Number))
		}
	}
	if len(struck) > 0 {
		res.Warnings = append(res.Warnings, fmt.Sprintf("draft looks like a redline (struck-through text on pages %s)", strings.Join(struck, ", ")))
	}
	return res, nil
}

// extractAll runs every page and removes the furniture. A limit crossed
// is left in b.stop, and the work is then not complete.
func extractAll(r *pdf.Reader, b *budget) (work []*pageWork, pages []pdf.Value) {
	defer func() {
		if x := recover(); x != nil {
			work, pages = nil, nil
		}
	}()
	pages = collectPagesMax(r, b.opt.MaxPages+1)
	if len(pages) > b.opt.MaxPages {
		b.fail(&LimitError{Name: "max-pages", Max: fmt.Sprint(b.opt.MaxPages),
			Found: fmt.Sprintf("more than %d pages", b.opt.MaxPages)})
		return nil, nil
	}
	work = make([]*pageWork, len(pages))
	// Pages are independent: read them on every core. Each worker has its
	// own font state (fonts cache decoded codes); the reader only reads
	// through io.ReaderAt. Results land in page order whatever the timing.
	workers := min(runtime.GOMAXPROCS(0), 4, len(pages))
	var wg sync.WaitGroup
	for k := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			doc := &docState{fonts: map[string]*font{}, budget: b}
			for i := k; i < len(pages); i += workers {
				if e := b.overTime(); e != nil {
					b.fail(e)
				}
				if b.stop.Load() != nil {
					return
				}
				w := extractPageSafe(doc, pages[i], i+1)
				work[i] = w
				if w.limit != nil {
					b.fail(w.limit)
				} else if n := b.glyphs.Add(int64(max(w.glyphs, w.shown))); n > int64(b.opt.MaxGlyphs) {
					b.fail(&LimitError{Name: "max-glyphs", Max: fmt.Sprint(b.opt.MaxGlyphs),
						Found: fmt.Sprintf("the document shows more than %d characters", b.opt.MaxGlyphs)})
				}
			}
		}()
	}
	wg.Wait()
	if b.stop.Load() != nil {
		return nil, pages
	}
	removeFurniture(work)
	return work, pages
}

// extractPageSafe is extractPage with a panic of the library turned into a
// failed page, since it runs outside extractAll's recover.
func extractPageSafe(doc *docState, pv pdf.Value, num int) (w *pageWork) {
	defer func() {
		if x := recover(); x != nil {
			w = &pageWork{page: Page{Number: num}, box: [4]float64{0, 0, 612, 792}, failed: true,
				warnings: []string{fmt.Sprintf("page %d: cannot read: %v", num, x)}}
		}
	}()
	return extractPage(doc, pv, num)
}

// damaged reports whether some page failed, lost part of its content or
// came out empty.
func damaged(work []*pageWork) bool {
	if len(work) == 0 {
		return true
	}
	for _, w := range work {
		if w.failed || w.partial || w.glyphs == 0 || w.undecodable {
			return true
		}
	}
	return false
}

func glyphCount(work []*pageWork) int {
	n := 0
	for _, w := range work {
		if !w.undecodable {
			n += w.glyphs
		}
	}
	return n
}

// pageWork is one page on its way to a Page.
type pageWork struct {
	page        Page
	lines       []*vline // reading order, parallel to page.Lines
	box         [4]float64
	glyphs      int
	shown       int // characters the glyphs show
	warnings    []string
	failed      bool
	partial     bool
	salvaged    bool // partial, but read past the damage
	undecodable bool
	struck      bool
	limit       *LimitError // a limit crossed: the page is not read
}

// collectPages walks the page tree with limits on depth and visits, so that a
// cyclic or absurd tree cannot hang or exhaust memory.
func collectPages(r *pdf.Reader) []pdf.Value {
	return collectPagesMax(r, DefaultMaxPages+1)
}

// collectPagesMax is collectPages stopping after max pages.
func collectPagesMax(r *pdf.Reader, max int) []pdf.Value {
	var out []pdf.Value
	visits := 0
	seen := map[string]bool{} // interior nodes by content: a cycle revisits one
	var walk func(v pdf.Value, depth int)
	walk = func(v pdf.Value, depth int) {
		visits++
		if depth > 64 || visits > 4*max || len(out) >= max || v.Kind() != pdf.Dict {
			return
		}
		kids := v.Key("Kids")
		if v.Key("Type").Name() != "Page" && kids.Kind() == pdf.Array {
			key := v.String()
			if seen[key] {
				return
			}
			seen[key] = true
			for i := 0; i < kids.Len(); i++ {
				walk(kids.Index(i), depth+1)
			}
			return
		}
		out = append(out, v)
	}
	walk(r.Trailer().Key("Root").Key("Pages"), 0)
	return out
}

// runPage interprets a page's content in the frame init, containing panics:
// what was collected before the damage is kept.
func runPage(doc *docState, pv pdf.Value, num int, init matrix) (p *interp, warns []string, failed, partial bool) {
	p, warns, failed, partial = runContents(doc, pv, pv.Key("Contents"), num, init)
	if (failed || partial) && p.limit == nil && !p.overBudget {
		// damaged: read what the damage left whole, as pdftotext does;
		// the page stays damaged whatever this recovers
		if sv, ok := salvageContent(pv.Key("Contents")); ok {
			p2, _, _, _ := runContents(doc, pv, sv, num, init)
			if p2.limit != nil {
				return p2, warns, failed, partial
			}
			if len(p2.glyphs) > len(p.glyphs) {
				warns = append(warns, fmt.Sprintf("page %d: read past the damage, skipping what could not be parsed", num))
				p2.salvaged = true
				return p2, warns, false, true
			}
		}
	}
	return p, warns, failed, partial
}

// runContents is runPage on the content streams contents.
func runContents(doc *docState, pv, contents pdf.Value, num int, init matrix) (p *interp, warns []string, failed, partial bool) {
	p = newInterp(doc)
	p.gs.ctm = init
	p.page = num
	defer func() {
		if x := recover(); x != nil {
			if l, ok := x.(limitPanic); ok {
				p.limit = l.err
				return
			}
			if b, ok := x.(errBudget); ok {
				partial, p.overBudget = true, true
				warns = append(warns, fmt.Sprintf("page %d: content stream too long (%v); rest of page skipped", num, b))
				return
			}
			if p.ops == 0 && len(p.glyphs) == 0 {
				failed = true
				warns = append(warns, fmt.Sprintf("page %d: unreadable (%v); page skipped", num, x))
				return
			}
			partial = true
			warns = append(warns, fmt.Sprintf("page %d: content stream damaged at operator %d; rest of page skipped", num, p.ops))
		}
	}()
	if c := contents; c.Kind() == pdf.Stream || c.Kind() == pdf.Array {
		p.run(c, inherited(pv, "Resources"), 0)
	}
	return p, warns, failed, partial
}

// inherited looks key up on the page and its ancestors (bounded).
func inherited(v pdf.Value, key string) pdf.Value {
	for i := 0; i < 64 && v.Kind() == pdf.Dict; i++ {
		if x := v.Key(key); !x.IsNull() {
			return x
		}
		v = v.Key("Parent")
	}
	return pdf.Value{}
}

// Page frames tried when most of a page's text runs vertically (a landscape
// page drawn rotated): each turns text of one direction horizontal.
var rotations = []matrix{
	{0, -1, 1, 0, 0, 0}, // text running up
	{0, 1, -1, 0, 0, 0}, // text running down
	{-1, 0, 0, -1, 0, 0},
}

func extractPage(doc *docState, pv pdf.Value, num int) (w *pageWork) {
	w = &pageWork{page: Page{Number: num}, box: [4]float64{0, 0, 612, 792}}
	func() {
		defer func() { _ = recover() }()
		if mb := inherited(pv, "MediaBox"); mb.Len() == 4 {
			b := [4]float64{mb.Index(0).Float64(), mb.Index(1).Float64(), mb.Index(2).Float64(), mb.Index(3).Float64()}
			if b[2] > b[0] && b[3] > b[1] {
				w.box = b
			}
		}
	}()
	p, warns, failed, partial := runPage(doc, pv, num, identity)
	if p.limit != nil {
		w.limit = p.limit
		return w
	}
	if p.rotated > 2*len(p.glyphs) && !failed {
		for _, m := range rotations {
			p2, warns2, failed2, partial2 := runPage(doc, pv, num, m)
			if p2.limit != nil {
				w.limit = p2.limit
				return w
			}
			if len(p2.glyphs) > len(p.glyphs) {
				p, warns, failed, partial = p2, warns2, failed2, partial2
				x0, y0 := m.apply(w.box[0], w.box[1])
				x1, y1 := m.apply(w.box[2], w.box[3])
				w.box = [4]float64{math.Min(x0, x1), math.Min(y0, y1), math.Max(x0, x1), math.Max(y0, y1)}
			}
		}
	}
	w.warnings, w.failed, w.partial, w.salvaged = warns, failed, partial, p.salvaged
	w.glyphs = len(p.glyphs)
	doc.lastGlyphs = w.glyphs
	w.shown = p.shown
	w.struck = struckThrough(p.glyphs, p.hrules) // before groupLines reorders the glyphs
	if w.glyphs == 0 {
		if p.rotated > 0 {
			w.glyphs = p.rotated
			w.warnings = append(w.warnings, fmt.Sprintf("page %d: only rotated text, not extracted", num))
		}
		return w
	}
	lines := readingOrder(groupLines(p.glyphs))
	bad, total := 0, 0
	for _, l := range lines {
		text, bold := l.render(p.vrules)
		text = logicalOrder(normalize(text))
		if text == "" {
			continue
		}
		for _, r := range text {
			total++
			if isBadRune(r) {
				bad++
			}
		}
		w.lines = append(w.lines, l)
		line := Line{Text: text, X: round2(l.x0), Y: round2(l.y), Size: round2(l.size), Bold: bold}
		if len(l.cells) > 1 && len(l.cells) == strings.Count(text, "\t")+1 {
			for _, x := range l.cells {
				line.Cells = append(line.Cells, round2(x))
			}
		}
		w.page.Lines = append(w.page.Lines, line)
	}
	// the lines' glyphs (all of the page's, as drawn) are let go of now:
	// what follows needs the lines' positions only, and a long document
	// would otherwise hold every page's glyphs to the end
	for _, l := range w.lines {
		l.glyphs = nil
	}
	if total > 0 && bad*10 > total {
		w.undecodable = true
		w.lines, w.page.Lines = nil, nil
		w.warnings = append(w.warnings, fmt.Sprintf("cannot decode text on page %d (font without a Unicode mapping); page text dropped", num))
	} else if bad > 0 {
		w.warnings = append(w.warnings, fmt.Sprintf("page %d: %d characters could not be decoded", num, bad))
	}
	return w
}

func round2(x float64) float64 { return math.Round(x*100) / 100 }

func isBadRune(r rune) bool {
	return r == unicode.ReplacementChar || r < 0x20 && r != '\t' || r >= 0x7f && r < 0xa0 ||
		r >= 0xe000 && r <= 0xf8ff
}

var ligatures = strings.NewReplacer(
	"\ufb00", "ff", "\ufb01", "fi", "\ufb02", "fl", "\ufb03", "ffi", "\ufb04", "ffl",
	"\ufb05", "st", "\ufb06", "st", "\u00a0", " ", "\u2002", " ", "\u2003", " ", "\u2009", " ",
)

// normalize expands ligatures, turns no-break spaces into spaces, drops soft
// hyphens (a soft hyphen ending the line is the visible hyphen of a break, so
// it becomes "-") and collapses runs of spaces.
func normalize(s string) string {
	s = ligatures.Replace(s)
	if strings.ContainsRune(s, '\u00ad') {
		end := strings.HasSuffix(strings.TrimRight(s, " \t"), "\u00ad")
		s = strings.ReplaceAll(s, "\u00ad", "")
		if end {
			s = strings.TrimRight(s, " \t") + "-"
		}
	}
	if strings.Contains(s, "  ") || strings.Contains(s, " \t") || strings.Contains(s, "\t ") {
		var b strings.Builder
		prev := rune(0)
		for _, r := range s {
			if r == ' ' && (prev == ' ' || prev == '\t') {
				continue
			}
			if r == '\t' && prev == ' ' {
				str := b.String()
				b.Reset()
				b.WriteString(str[:len(str)-1])
			}
			if r == '\t' && prev == '\t' {
				continue
			}
			b.WriteRune(r)
			prev = r
		}
		s = b.String()
	}
	return strings.Trim(s, " \t")
}

// struckThrough reports whether at least a word's worth of glyphs has a thin
// horizontal rule through its middle (between 20% and 45% of the font size
// above the baseline): strike-through, as in a redline. Underlines sit below
// the baseline and table borders between rows, so neither counts.
func struckThrough(gs []glyph, hrules []rule) bool {
	if len(hrules) == 0 {
		return false
	}
	if len(hrules) > 5000 {
		hrules = hrules[:5000]
	}
	sort.Slice(hrules, func(i, j int) bool { return hrules[i].y0 < hrules[j].y0 })
	n := 0
	for _, g := range gs {
		lo, hi := g.y+0.2*g.size, g.y+0.45*g.size
		cx := (g.x0 + g.x1) / 2
		i := sort.Search(len(hrules), func(i int) bool { return hrules[i].y0 >= lo-0.2*g.size })
		for ; i < len(hrules) && hrules[i].y0 <= hi; i++ {
			h := hrules[i]
			mid := (h.y0 + h.y1) / 2
			if h.y1-h.y0 < 0.2*g.size && mid >= lo && mid <= hi && h.x0 <= cx && cx <= h.x1 {
				n++
				break
			}
		}
		if n >= 4 {
			return true
		}
	}
	return false
}

// Furniture: lines in the top or bottom band of a page that repeat (modulo
// digits) on many pages, and bare page numbers in those bands.

var (
	digitsRe = lazyre.New(`[0-9]+`)
	// a "Page N of M" line is furniture anywhere on the page (documents
	// converted from HTML carry the original page breaks mid-page)
	pageOfRe  = lazyre.New(`^(?:page|pg\.?)\s*#(?:\s*(?:of|/)\s*#)?$`)
	pageNumRe = lazyre.New(`^(?:(?:page|p\.|seite|pg\.?)\s*#(?:\s*(?:of|/|von|de)\s*#)?|#\s*(?:of|/)\s*#|[-–—]?\s*#\s*[-–—]?|[ivxlc]+)$`)
)

func furnitureKey(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	return digitsRe.ReplaceAllString(s, "#")
}

const (
	bandFrac  = 0.12 // outer fraction of the page height where furniture lives
	bandLines = 6    // at most this many lines from each end are candidates
)

// candidates returns the indexes of a page's candidate furniture lines and
// their rank from the nearer page edge (0 = outermost).
func candidates(w *pageWork) (out, rank []int) {
	h := w.box[3] - w.box[1]
	top, bottom := w.box[3]-bandFrac*h, w.box[1]+bandFrac*h
	idx := make([]int, len(w.lines))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return w.lines[idx[a]].y > w.lines[idx[b]].y })
	for k, i := range idx {
		switch {
		case k < bandLines && w.lines[i].y > top:
			out, rank = append(out, i), append(rank, k)
		case k >= len(idx)-bandLines && w.lines[i].y < bottom:
			out, rank = append(out, i), append(rank, len(idx)-1-k)
		}
	}
	return out, rank
}

func removeFurniture(work []*pageWork) {
	pagesWith := map[string]int{}
	textPages := 0
	cands := make([][]int, len(work))
	ranks := make([][]int, len(work))
	for n, w := range work {
		if len(w.lines) == 0 {
			continue
		}
		textPages++
		cands[n], ranks[n] = candidates(w)
		seen := map[string]bool{}
		for _, i := range cands[n] {
			k := furnitureKey(w.page.Lines[i].Text)
			if !seen[k] {
				seen[k] = true
				pagesWith[k]++
			}
		}
	}
	for n, w := range work {
		drop := map[int]bool{}
		for j, i := range cands[n] {
			k := furnitureKey(w.page.Lines[i].Text)
			c := pagesWith[k]
			if c >= 2 && float64(c) >= 0.4*float64(textPages) || ranks[n][j] < 2 && pageNumRe.MatchString(k) {
				drop[i] = true
			}
		}
		for i, l := range w.page.Lines {
			if len(l.Text) < 24 && (l.Text[0] == 'P' || l.Text[0] == 'p') && pageOfRe.MatchString(furnitureKey(l.Text)) {
				drop[i] = true
			}
		}
		if len(drop) == 0 {
			continue
		}
		var keep []Line
		var keepL []*vline
		for i, l := range w.page.Lines {
			if drop[i] {
				w.page.Furniture = append(w.page.Furniture, l.Text)
				continue
			}
			keep = append(keep, l)
			keepL = append(keepL, w.lines[i])
		}
		w.page.Lines, w.lines = keep, keepL
	}
}
