package pdftext

import (
	"fmt"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ledongthuc/pdf"
)

// matrix is a PDF transformation [a b c d e f]: x' = a·x + c·y + e, y' = b·x + d·y + f.
type matrix [6]float64

var identity = matrix{1, 0, 0, 1, 0, 0}

// mul returns m × n: apply m first, then n.
func (m matrix) mul(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2], m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2], m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4], m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

func (m matrix) apply(x, y float64) (float64, float64) {
	return m[0]*x + m[2]*y + m[4], m[1]*x + m[3]*y + m[5]
}

// glyph is one shown character (or ligature) in device space.
type glyph struct {
	text        string
	x0, x1, y   float64
	size        float64
	bold        bool
	spaceBefore bool // a space glyph preceded it in the content stream
	seq         int  // order in the content stream
}

// rule is a thin horizontal or vertical mark (line, border, strike-through).
type rule struct {
	x0, y0, x1, y1 float64
}

type textState struct {
	tc, tw, th, tl, tfs, rise float64
	font                      *font
}

type gstate struct {
	ctm matrix
	ts  textState
	lw  float64
}

const (
	maxOpsPerPage = 2_000_000
	maxFormDepth  = 8
)

// interp runs one page's content streams and collects glyphs and rules.
type interp struct {
	// overBudget: the page ran past maxOpsPerPage (not damage)
	overBudget bool
	// salvaged: the page's content was read past its damage (salvage.go)
	salvaged  bool
	doc       *docState
	gs        gstate
	stack     []gstate
	tm, tlm   matrix
	glyphs    []glyph
	hrules    []rule
	vrules    []rule
	path      []rule // current path as segments (device space)
	cur, open [2]float64
	seq       int
	pending   bool // a space glyph was shown since the last glyph
	ops       int
	undecoded int // glyphs from fonts that cannot be mapped to Unicode
	shown     int // characters the page's glyphs show
	rotated   int
	inImage   bool // between BI and EI
	codeBuf   []code
	page      int // the page's number, for messages
	limit     *LimitError
}

// docState holds what is shared across pages: parsed fonts.
type docState struct {
	fonts      map[string]*font
	def        *font // the fallback font; its decode cache is this state's own
	lastGlyphs int   // glyphs on the previous page, to size the next page's slice
	// budget bounds the work (shared by the workers of one extraction);
	// nil: the defaults, no deadline.
	budget *budget
}

// limits is the budget's options, or the defaults without one.
func (d *docState) limits() Options {
	if d.budget == nil {
		return Options{}.withDefaults()
	}
	return d.budget.opt
}

func newDefaultFont() *font {
	return &font{scale: 0.001, dw: 1000, missing: 500, cache: map[uint32]string{}, simple: latin1{}}
}

func newInterp(doc *docState) *interp {
	return &interp{doc: doc, gs: gstate{ctm: identity, ts: textState{th: 1}, lw: 1}}
}

// errBudget stops a page whose content stream is absurdly long.
type errBudget struct{}

// run interprets strm with the given resources and base matrix. It panics on
// damaged content (the caller recovers and keeps what was collected).
func (p *interp) run(strm, res pdf.Value, depth int) {
	fonts := map[string]*font{}
	getFont := func(name string) (f *font) {
		if f, ok := fonts[name]; ok {
			return f
		}
		defer func() {
			if recover() != nil { // damaged resources: fall back to the default font
				f = nil
				fonts[name] = nil
			}
		}()
		v := res.Key("Font").Key(name)
		if v.Kind() == pdf.Dict {
			key := v.String()
			if f = p.doc.fonts[key]; f == nil {
				f = loadFont(v)
				p.doc.fonts[key] = f
			}
		}
		fonts[name] = f
		return f
	}
	if err := checkStream(strm); err != nil {
		if le, ok := err.(*LimitError); ok {
			panic(limitPanic{le})
		}
		panic(err)
	}
	var args []pdf.Value
	pdf.Interpret(strm, func(stk *pdf.Stack, op string) {
		p.ops++
		if p.ops > maxOpsPerPage {
			panic(errBudget{})
		}
		if p.ops&1023 == 0 && p.doc.budget != nil {
			if e := p.doc.budget.stop.Load(); e != nil {
				panic(limitPanic{e})
			}
			if e := p.doc.budget.overTime(); e != nil {
				panic(limitPanic{e})
			}
		}
		if p.inImage { // inline image data comes through as junk tokens
			if op == "EI" || op == "BT" {
				p.inImage = false
			} else {
				for stk.Len() > 0 {
					stk.Pop()
				}
				return
			}
		}
		n := stk.Len()
		if cap(args) < n {
			args = make([]pdf.Value, n)
		}
		args = args[:n]
		for i := n - 1; i >= 0; i-- {
			args[i] = stk.Pop()
		}
		num := func(i int) float64 {
			if i >= 0 && i < len(args) {
				return args[i].Float64()
			}
			return 0 // an operand missing ("Tw" alone): none
		}
		last := func(k int) []pdf.Value { // the last k operands
			if len(args) < k {
				return nil
			}
			return args[len(args)-k:]
		}
		switch op {
		case "BI":
			p.inImage = true
		case "q":
			if len(p.stack) < 256 {
				p.stack = append(p.stack, p.gs)
			}
		case "Q":
			if len(p.stack) > 0 {
				p.gs = p.stack[len(p.stack)-1]
				p.stack = p.stack[:len(p.stack)-1]
			}
		case "cm":
			if a := last(6); a != nil {
				p.gs.ctm = toMatrix(a).mul(p.gs.ctm)
			}
		case "w":
			p.gs.lw = num(len(args) - 1)
		case "BT":
			p.tm, p.tlm = identity, identity
		case "ET":
		case "Tf":
			if a := last(2); a != nil {
				p.gs.ts.font = getFont(a[0].Name())
				p.gs.ts.tfs = a[1].Float64()
			}
		case "Tc":
			p.gs.ts.tc = num(len(args) - 1)
		case "Tw":
			p.gs.ts.tw = num(len(args) - 1)
		case "Tz":
			p.gs.ts.th = num(len(args)-1) / 100
		case "TL":
			p.gs.ts.tl = num(len(args) - 1)
		case "Ts":
			p.gs.ts.rise = num(len(args) - 1)
		case "Td", "TD":
			if a := last(2); a != nil {
				if op == "TD" {
					p.gs.ts.tl = -a[1].Float64()
				}
				p.td(a[0].Float64(), a[1].Float64())
			}
		case "Tm":
			if a := last(6); a != nil {
				p.tm = toMatrix(a)
				p.tlm = p.tm
			}
		case "T*":
			p.td(0, -p.gs.ts.tl)
		case "Tj":
			if a := last(1); a != nil {
				p.show(a[0].RawString())
			}
		case "'":
			p.td(0, -p.gs.ts.tl)
			if a := last(1); a != nil {
				p.show(a[0].RawString())
			}
		case "\"":
			if a := last(3); a != nil {
				p.gs.ts.tw, p.gs.ts.tc = a[0].Float64(), a[1].Float64()
				p.td(0, -p.gs.ts.tl)
				p.show(a[2].RawString())
			}
		case "TJ":
			if a := last(1); a != nil {
				arr := a[0]
				for i := 0; i < arr.Len(); i++ {
					e := arr.Index(i)
					switch e.Kind() {
					case pdf.String:
						p.show(e.RawString())
					case pdf.Integer, pdf.Real:
						ts := &p.gs.ts
						p.advance(-e.Float64() / 1000 * ts.tfs * ts.th)
					}
				}
			}
		case "m":
			if a := last(2); a != nil {
				p.cur[0], p.cur[1] = p.gs.ctm.apply(a[0].Float64(), a[1].Float64())
				p.open = p.cur
			}
		case "l":
			if a := last(2); a != nil {
				x, y := p.gs.ctm.apply(a[0].Float64(), a[1].Float64())
				p.addSeg(p.cur[0], p.cur[1], x, y)
				p.cur = [2]float64{x, y}
			}
		case "c", "v", "y":
			if len(args) >= 2 {
				p.cur[0], p.cur[1] = p.gs.ctm.apply(args[len(args)-2].Float64(), args[len(args)-1].Float64())
			}
		case "h":
			p.addSeg(p.cur[0], p.cur[1], p.open[0], p.open[1])
			p.cur = p.open
		case "re":
			if a := last(4); a != nil {
				x, y, w, h := a[0].Float64(), a[1].Float64(), a[2].Float64(), a[3].Float64()
				x0, y0 := p.gs.ctm.apply(x, y)
				x1, y1 := p.gs.ctm.apply(x+w, y+h)
				p.path = append(p.path, rule{math.Min(x0, x1), math.Min(y0, y1), math.Max(x0, x1), math.Max(y0, y1)})
			}
		case "S", "s", "f", "F", "f*", "B", "B*", "b", "b*":
			p.paint(op == "S" || op == "s")
		case "n":
			p.path = p.path[:0]
		case "Do":
			if a := last(1); a != nil && depth < maxFormDepth {
				xo := res.Key("XObject").Key(a[0].Name())
				if xo.Key("Subtype").Name() == "Form" {
					saved, savedStack := p.gs, len(p.stack)
					if m := xo.Key("Matrix"); m.Len() == 6 {
						vals := make([]pdf.Value, 6)
						for i := range vals {
							vals[i] = m.Index(i)
						}
						p.gs.ctm = toMatrix(vals).mul(p.gs.ctm)
					}
					r := xo.Key("Resources")
					if r.IsNull() {
						r = res
					}
					p.run(xo, r, depth+1)
					p.gs = saved
					p.stack = p.stack[:savedStack]
				}
			}
		}
	})
}

func toMatrix(a []pdf.Value) matrix {
	var m matrix
	for i := 0; i < 6 && i < len(a); i++ {
		m[i] = a[i].Float64()
	}
	return m
}

func (p *interp) td(tx, ty float64) {
	p.tlm = matrix{1, 0, 0, 1, tx, ty}.mul(p.tlm)
	p.tm = p.tlm
}

func (p *interp) advance(tx float64) {
	p.tm[4] += tx * p.tm[0]
	p.tm[5] += tx * p.tm[1]
}

func (p *interp) show(raw string) {
	ts := &p.gs.ts
	f := ts.font
	if f == nil {
		if p.doc.def == nil {
			p.doc.def = newDefaultFont()
		}
		f = p.doc.def
	}
	p.codeBuf = f.codes(raw, p.codeBuf)
	for _, c := range p.codeBuf {
		w0 := c.width * f.scale
		m := p.tm.mul(p.gs.ctm)
		x0, y0 := m.apply(0, ts.rise)
		x1, _ := m.apply(w0*ts.tfs*ts.th, ts.rise)
		size := math.Abs(ts.tfs) * math.Hypot(m[2], m[3])
		tx := (w0*ts.tfs + ts.tc) * ts.th
		if c.n == 1 && c.c == ' ' {
			tx += ts.tw * ts.th
		}
		p.advance(tx)
		text := c.text
		if text == "" {
			continue
		}
		if isBlank(text) {
			p.pending = true
			continue
		}
		if math.Abs(m[1]) > 0.1*math.Abs(m[0]) || m[0] <= 0 {
			p.rotated++
			continue
		}
		if f.noDecode || strings.ContainsRune(text, '\uFFFD') {
			p.undecoded++
		}
		if x1 < x0 {
			x0, x1 = x1, x0
		}
		if size <= 0 || size > 2000 || math.IsNaN(x0+x1+y0+size) || math.IsInf(x0+x1+y0+size, 0) {
			continue
		}
		p.seq++
		// a dense page of a contract holds about 6,000 characters; a
		// few KiB of compressed stream can otherwise show millions and
		// take gigabytes to lay out
		// (counted in the characters a glyph shows: a font's ToUnicode map
		// may turn one code into thousands)
		p.shown += utf8.RuneCountInString(text)
		if lim := p.doc.limits().MaxPageGlyphs; p.shown > lim {
			panic(limitPanic{&LimitError{Name: "max-page-glyphs", Max: fmt.Sprint(lim),
				Found: fmt.Sprintf("page %d shows more than %d characters", p.page, lim)}})
		}
		if p.glyphs == nil {
			p.glyphs = make([]glyph, 0, max(p.doc.lastGlyphs+p.doc.lastGlyphs/4, 256))
		}
		p.glyphs = append(p.glyphs, glyph{
			text: text, x0: x0, x1: x1, y: y0, size: size,
			bold: f.bold, spaceBefore: p.pending, seq: p.seq,
		})
		p.pending = false
	}
}

func isBlank(s string) bool {
	for _, r := range s {
		if !unicode.IsSpace(r) && r != '\u00a0' {
			return false
		}
	}
	return true
}

func (p *interp) addSeg(x0, y0, x1, y1 float64) {
	p.path = append(p.path, rule{x0, y0, x1, y1})
}

// paint classifies the current path into thin horizontal and vertical rules.
func (p *interp) paint(stroke bool) {
	lw := math.Max(p.gs.lw*math.Hypot(p.gs.ctm[2], p.gs.ctm[3]), 0.5)
	for _, s := range p.path {
		x0, x1 := math.Min(s.x0, s.x1), math.Max(s.x0, s.x1)
		y0, y1 := math.Min(s.y0, s.y1), math.Max(s.y0, s.y1)
		w, h := x1-x0, y1-y0
		switch {
		case stroke && h < 0.5 && w > 1: // stroked horizontal segment or flat rect
			p.hrules = append(p.hrules, rule{x0, y0 - lw/2, x1, y1 + lw/2})
		case stroke && w < 0.5 && h > 1:
			p.vrules = append(p.vrules, rule{x0 - lw/2, y0, x1 + lw/2, y1})
		case stroke && w > 1 && h > 1: // stroked rectangle: its edges
			p.hrules = append(p.hrules, rule{x0, y0 - lw/2, x1, y0 + lw/2}, rule{x0, y1 - lw/2, x1, y1 + lw/2})
			p.vrules = append(p.vrules, rule{x0 - lw/2, y0, x0 + lw/2, y1}, rule{x1 - lw/2, y0, x1 + lw/2, y1})
		case !stroke && h <= 3 && w > 1 && w > 2*h:
			p.hrules = append(p.hrules, rule{x0, y0, x1, y1})
		case !stroke && w <= 3 && h > 1 && h > 2*w:
			p.vrules = append(p.vrules, rule{x0, y0, x1, y1})
		}
	}
	if len(p.hrules) > 100000 {
		p.hrules = p.hrules[:100000]
	}
	if len(p.vrules) > 100000 {
		p.vrules = p.vrules[:100000]
	}
	p.path = p.path[:0]
}

func (e errBudget) Error() string {
	return fmt.Sprintf("more than %d operators", maxOpsPerPage)
}
