package docx

import (
	"encoding/xml"
	"io"
	"strings"
	"unicode/utf8"
)

// The two views are built side by side in one pass, so that revisions can
// point into the accepted view whatever view was asked for.
const (
	accepted = 0
	original = 1
	nViews   = 2
)

// para is a paragraph being read.
type para struct {
	styleID     string
	numID, ilvl int
	hasNum      bool
	hasIlvl     bool
	outline     int  // direct pPr/outlineLvl, -1 when absent
	markDel     bool // paragraph mark deleted: merges with the next on accept
	markIns     bool // paragraph mark inserted: merges with the next on reject
	markHidden  bool
	ctx         ctx
	at          pagePos // where it starts
	hasText     bool
	runHidden   bool
	text        [nViews]strings.Builder
}

// ctx is where a paragraph's text goes: the body, a table cell or a text box.
type ctx struct {
	kind int
	cell *cell
}

const (
	ctxBody = iota
	ctxCell
	ctxTextBox
)

type table struct {
	parent ctx
	row    *row
}

type row struct {
	cells    [nViews][]string
	del, ins bool
	at       pagePos
}

type cell struct {
	parts [nViews][]string
	cont  bool // vMerge continuation: its text belongs to the cell above
}

// outPara is an emitted paragraph with both page counts; the page is fixed
// at the end, once it is known which kind of break the document has.
type outPara struct {
	Paragraph
	at pagePos
}

// pagePos counts the page breaks before a point: explicit ones (w:br
// type="page", pageBreakBefore), rendered ones (lastRenderedPageBreak), and
// the section it is in (section breaks are resolved at the end, when every
// section's type is known).
type pagePos struct {
	x, r, sec int
}

type pending struct {
	p    *para
	text string
	at   pagePos
}

// viewOut assembles the paragraphs of one view.
type viewOut struct {
	num        *counters
	paras      []outPara
	pend       *pending
	floating   []outPara
	revs       *[]Revision
	unresolved []int // revisions waiting for the index of their paragraph (accepted view)
}

// frame kinds: what to undo when an element ends.
const (
	fNone = iota
	fPara
	fRun
	fIns
	fDel
	fTable
	fRow
	fCell
	fTextBox
	fAC
	fMC // mc:Choice or mc:Fallback
	fSect
	fFootnote
)

type frame struct {
	name string
	kind int
}

type parser struct {
	st      *styles
	nb      *numbering
	warn    *warnings
	revs    *[]Revision
	inNotes bool

	stack []frame
	skip  int

	ins, del int
	open     []*openRev // open revision wrappers
	fields   [nViews][]bool
	acTaken  []bool

	paras  []*para
	ctxs   []ctx
	tables []*table

	pageX, pageR int
	sawRendered  bool
	sec          int            // current section
	secTypes     map[int]string // section → sectPr/w:type

	out [nViews]*viewOut

	// notes[v]: texts of finished footnotes/endnotes in view v.
	notes     [nViews][]string
	noteStart [nViews]int
}

func newParser(st *styles, nb *numbering, w *warnings, revs *[]Revision, notes bool) *parser {
	p := &parser{st: st, nb: nb, warn: w, revs: revs, inNotes: notes}
	for v := range p.out {
		p.out[v] = &viewOut{num: newCounters(), revs: revs}
	}
	return p
}

func (p *parser) run(d *decoder) error {
	for {
		tok, err := d.next()
		if err != nil {
			if err == io.EOF {
				if d.depth != 0 {
					return io.ErrUnexpectedEOF
				}
				return nil
			}
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if p.skip > 0 {
				p.skip++
				continue
			}
			p.start(t)
		case xml.EndElement:
			if p.skip > 0 {
				p.skip--
				if p.skip > 0 {
					continue
				}
			}
			if n := len(p.stack); n > 0 {
				f := p.stack[n-1]
				p.stack = p.stack[:n-1]
				p.end(f)
			}
		case xml.CharData:
			if p.skip == 0 && len(p.stack) > 0 {
				switch p.stack[len(p.stack)-1].name {
				case "t", "delText":
					p.text(string(t))
				}
			}
		}
	}
}

// skipElement ignores the subtree of the element just started.
func (p *parser) skipElement(name string) {
	p.stack = append(p.stack, frame{name: name})
	p.skip = 1
}

// ancestor returns the name of the nth enclosing element (0: the parent),
// looking through mc:AlternateContent wrappers.
func (p *parser) ancestor(nth int) string {
	for i := len(p.stack) - 1; i >= 0; i-- {
		f := p.stack[i]
		if f.kind == fAC || f.kind == fMC {
			continue
		}
		if nth == 0 {
			return f.name
		}
		nth--
	}
	return ""
}

func (p *parser) parent() string      { return p.ancestor(0) }
func (p *parser) grandparent() string { return p.ancestor(1) }

func (p *parser) curPara() *para {
	if n := len(p.paras); n > 0 {
		return p.paras[n-1]
	}
	return nil
}

func (p *parser) curCtx() ctx {
	if n := len(p.ctxs); n > 0 {
		return p.ctxs[n-1]
	}
	return ctx{kind: ctxBody}
}

func (p *parser) start(se xml.StartElement) {
	local := se.Name.Local
	parent := p.parent()
	if se.Name.Space == nsMC {
		switch local {
		case "AlternateContent":
			p.acTaken = append(p.acTaken, false)
			p.stack = append(p.stack, frame{name: local, kind: fAC})
			return
		case "Choice", "Fallback":
			// Take the first mc:Choice, or the Fallback when there is no
			// Choice: a text box's text once, never twice.
			if n := len(p.acTaken); n > 0 {
				if p.acTaken[n-1] {
					p.skipElement(local)
					return
				}
				p.acTaken[n-1] = true
			}
		}
		p.stack = append(p.stack, frame{name: local, kind: fMC})
		return
	}
	if !isW(se.Name) {
		name := "~" + local
		if se.Name.Space == nsMath && local == "t" {
			name = "t" // Office Math text is text
		}
		p.stack = append(p.stack, frame{name: name})
		return
	}
	kind := fNone
	switch local {
	case "p":
		c := p.curCtx()
		if c.kind == ctxBody && len(p.paras) > 0 {
			// A paragraph inside a paragraph without a text box around it:
			// treat its text as a text box's.
			c = ctx{kind: ctxTextBox}
		}
		np := &para{outline: -1, ctx: c, at: p.pos()}
		p.paras = append(p.paras, np)
		kind = fPara
	case "r":
		if pp := p.curPara(); pp != nil {
			pp.runHidden = false
		}
		kind = fRun
	case "pPrChange", "rPrChange", "sectPrChange", "tblPrChange", "trPrChange", "tcPrChange",
		"numberingChange", "tblGridChange", "tblPrExChange",
		"instrText", "delInstrText", "commentReference", "annotationRef", "footnoteRef", "endnoteRef":
		p.skipElement(local)
		return
	case "ins", "del", "moveFrom", "moveTo":
		switch parent {
		case "rPr":
			p.markChange(se, local)
		case "trPr":
			if len(p.tables) > 0 && p.tables[len(p.tables)-1].row != nil {
				r := p.tables[len(p.tables)-1].row
				if local == "del" {
					r.del = true
				} else if local == "ins" {
					r.ins = true
				}
			}
		case "pPr", "tcPr", "tblPr":
		default:
			kind = p.openRevision(se, local)
		}
	case "tbl":
		c := p.curCtx()
		if c.kind == ctxBody {
			for _, o := range p.out {
				o.flushPending(p)
			}
		}
		p.tables = append(p.tables, &table{parent: c})
		kind = fTable
	case "tr":
		if n := len(p.tables); n > 0 {
			p.tables[n-1].row = &row{at: p.pos()}
			kind = fRow
		}
	case "tc":
		if n := len(p.tables); n > 0 && p.tables[n-1].row != nil {
			c := &cell{}
			p.ctxs = append(p.ctxs, ctx{kind: ctxCell, cell: c})
			kind = fCell
		}
	case "vMerge":
		if parent == "tcPr" {
			if c := p.curCtx(); c.kind == ctxCell {
				v := attr(se, "val")
				c.cell.cont = v == "" || v == "continue"
			}
		}
	case "sectPr":
		if !p.inNotes && (parent == "pPr" || parent == "body") {
			kind = fSect
		}
	case "type":
		if parent == "sectPr" && !p.inNotes {
			if p.secTypes == nil {
				p.secTypes = map[int]string{}
			}
			if p.sec < 10000 {
				p.secTypes[p.sec] = attr(se, "val")
			}
		}
	case "altChunk", "subDoc":
		p.warn.add("w:%s: content kept in another part is not read", local)
	case "txbxContent":
		p.ctxs = append(p.ctxs, ctx{kind: ctxTextBox})
		kind = fTextBox
	case "footnote", "endnote":
		if p.inNotes {
			switch attr(se, "type") {
			case "separator", "continuationSeparator", "continuationNotice":
				p.skipElement(local)
				return
			}
			for v, o := range p.out {
				p.noteStart[v] = len(o.paras)
			}
			kind = fFootnote
		}
	default:
		p.property(se, local, parent)
		p.runContent(se, local, parent)
	}
	p.stack = append(p.stack, frame{name: local, kind: kind})
}

// property handles paragraph and run properties.
func (p *parser) property(se xml.StartElement, local, parent string) {
	pp := p.curPara()
	if pp == nil {
		return
	}
	gp := p.grandparent()
	switch local {
	case "pStyle":
		if parent == "pPr" && gp == "p" {
			pp.styleID = attr(se, "val")
		}
	case "numId":
		if parent == "numPr" {
			pp.numID, pp.hasNum = intAttr(se, "val")
		}
	case "ilvl":
		if parent == "numPr" {
			pp.ilvl, pp.hasIlvl = intAttr(se, "val")
		}
	case "outlineLvl":
		if parent == "pPr" && gp == "p" {
			if v, ok := intAttr(se, "val"); ok {
				pp.outline = v
			}
		}
	case "pageBreakBefore":
		if parent == "pPr" && gp == "p" && onOff(se) {
			p.pageBreak(false)
		}
	case "vanish", "specVanish":
		if parent != "rPr" {
			return
		}
		switch gp {
		case "r":
			pp.runHidden = onOff(se)
		case "pPr":
			pp.markHidden = onOff(se)
		}
	case "rStyle":
		if parent == "rPr" && gp == "r" && p.st.hidden(attr(se, "val")) {
			pp.runHidden = true
		}
	}
}

// runContent handles the content elements of a run.
func (p *parser) runContent(se xml.StartElement, local, parent string) {
	if parent != "r" {
		return // w:fldSimple, w:hyperlink, w:sdt…: their runs count
	}
	switch local {
	case "tab", "ptab":
		p.text("\t")
	case "br", "cr":
		if local == "br" && attr(se, "type") == "page" {
			p.pageBreak(false)
		}
		p.text(" ")
	case "noBreakHyphen":
		p.text("-")
	case "softHyphen":
	case "sym":
		if s := symbol(attr(se, "font"), attr(se, "char")); s != "" {
			p.text(s)
		} else {
			p.warn.add("w:sym %s in font %q has no text equivalent; dropped", attr(se, "char"), attr(se, "font"))
		}
	case "lastRenderedPageBreak":
		p.pageBreak(true)
	case "fldChar":
		typ := attr(se, "fldCharType")
		for v := 0; v < nViews; v++ {
			if !p.revVisible(v) {
				continue
			}
			fs := p.fields[v]
			switch typ {
			case "begin":
				if len(fs) < 64 {
					fs = append(fs, false)
				}
			case "separate":
				if len(fs) > 0 {
					fs[len(fs)-1] = true
				}
			case "end":
				if len(fs) > 0 {
					fs = fs[:len(fs)-1]
				}
			}
			p.fields[v] = fs
		}
	}
}

func (p *parser) pos() pagePos { return pagePos{x: p.pageX, r: p.pageR, sec: p.sec} }

func (p *parser) pageBreak(rendered bool) {
	if rendered {
		p.pageR++
		p.sawRendered = true
	} else {
		p.pageX++
	}
	if pp := p.curPara(); pp != nil && !pp.hasText {
		pp.at = p.pos()
	}
	if n := len(p.tables); n > 0 {
		if r := p.tables[n-1].row; r != nil {
			hasText := false
			for _, c := range r.cells[accepted] {
				hasText = hasText || c != ""
			}
			if !hasText && (len(p.paras) == 0 || !p.paras[len(p.paras)-1].hasText) {
				r.at = p.pos()
			}
		}
	}
}

// revVisible reports whether the current revision context shows in view v.
func (p *parser) revVisible(v int) bool {
	if v == accepted {
		return p.del == 0
	}
	return p.ins == 0
}

func (p *parser) fieldVisible(v int) bool {
	for _, inResult := range p.fields[v] {
		if !inResult {
			return false
		}
	}
	return true
}

// text adds visible run text to the current paragraph in each view that shows it.
func (p *parser) text(s string) {
	pp := p.curPara()
	if pp == nil || pp.runHidden || s == "" {
		return
	}
	any := false
	for v := 0; v < nViews; v++ {
		if p.revVisible(v) && p.fieldVisible(v) {
			pp.text[v].WriteString(s)
			any = true
		}
	}
	if !any && (p.fieldVisible(accepted) || p.fieldVisible(original)) {
		any = len(p.open) > 0 // deleted-and-inserted text still belongs to its revisions
	}
	if !any {
		return
	}
	if strings.TrimSpace(s) != "" {
		pp.hasText = true
	}
	for _, r := range p.open {
		r.text.WriteString(s)
	}
}

func revKind(local string) string {
	switch local {
	case "ins":
		return RevInsert
	case "del":
		return RevDelete
	case "moveFrom":
		return RevMoveFrom
	}
	return RevMoveTo
}

func (p *parser) addRevision(r Revision) int {
	r.Paragraph = -1
	*p.revs = append(*p.revs, r)
	i := len(*p.revs) - 1
	if !p.inNotes {
		p.out[accepted].unresolved = append(p.out[accepted].unresolved, i)
	}
	return i
}

// openRev collects the text of a revision wrapper until it ends.
type openRev struct {
	idx  int
	text strings.Builder
}

func (p *parser) openRevision(se xml.StartElement, local string) int {
	i := p.addRevision(Revision{Kind: revKind(local), Author: attr(se, "author"), Date: attr(se, "date")})
	p.open = append(p.open, &openRev{idx: i})
	if local == "ins" || local == "moveTo" {
		p.ins++
		return fIns
	}
	p.del++
	return fDel
}

// markChange records an inserted or deleted paragraph mark (pPr/rPr/ins|del).
func (p *parser) markChange(se xml.StartElement, local string) {
	pp := p.curPara()
	if pp == nil || p.grandparent() != "pPr" {
		return
	}
	switch local {
	case "del", "moveFrom":
		pp.markDel = true
		p.addRevision(Revision{Kind: RevParagraphMarkDelete, Author: attr(se, "author"), Date: attr(se, "date")})
	case "ins", "moveTo":
		pp.markIns = true
		p.addRevision(Revision{Kind: RevParagraphMarkInsert, Author: attr(se, "author"), Date: attr(se, "date")})
	}
}

func (p *parser) end(f frame) {
	switch f.kind {
	case fPara:
		n := len(p.paras)
		if n == 0 {
			return
		}
		pp := p.paras[n-1]
		p.paras = p.paras[:n-1]
		p.endPara(pp)
	case fIns, fDel:
		if n := len(p.open); n > 0 {
			r := p.open[n-1]
			(*p.revs)[r.idx].Text = r.text.String()
			p.open = p.open[:n-1]
		}
		if f.kind == fIns {
			p.ins--
		} else {
			p.del--
		}
	case fRun:
		if pp := p.curPara(); pp != nil {
			pp.runHidden = false
		}
	case fTable:
		if n := len(p.tables); n > 0 {
			p.tables = p.tables[:n-1]
		}
	case fRow:
		p.endRow()
	case fSect:
		if p.parent() == "pPr" && p.sec < 10000 {
			p.sec++ // a paragraph's sectPr ends its section
		}
	case fCell:
		n := len(p.ctxs)
		if n == 0 {
			return
		}
		c := p.ctxs[n-1]
		p.ctxs = p.ctxs[:n-1]
		if t := len(p.tables); t > 0 && p.tables[t-1].row != nil && c.cell != nil {
			r := p.tables[t-1].row
			for v := 0; v < nViews; v++ {
				s := strings.Join(c.cell.parts[v], " ")
				if c.cell.cont {
					s = ""
				}
				r.cells[v] = append(r.cells[v], s)
			}
		}
	case fTextBox:
		if n := len(p.ctxs); n > 0 {
			p.ctxs = p.ctxs[:n-1]
		}
	case fAC:
		if n := len(p.acTaken); n > 0 {
			p.acTaken = p.acTaken[:n-1]
		}
	case fFootnote:
		for v, o := range p.out {
			o.flushPending(p)
			var parts []string
			for _, op := range o.paras[p.noteStart[v]:] {
				s := strings.TrimSpace(op.Text)
				if op.Label != "" {
					s = strings.TrimSpace(op.Label + " " + s)
				}
				if s != "" {
					parts = append(parts, s)
				}
			}
			o.paras = o.paras[:p.noteStart[v]]
			if len(parts) > 0 {
				p.notes[v] = append(p.notes[v], strings.Join(parts, " "))
			}
		}
	}
}

func (p *parser) endPara(pp *para) {
	for v, o := range p.out {
		text := pp.text[v].String()
		removed := (v == accepted && pp.markDel) || (v == original && pp.markIns)
		switch pp.ctx.kind {
		case ctxCell:
			label, _ := o.label(p, pp)
			if label != "" {
				text = label + " " + text
			}
			if strings.TrimSpace(text) != "" {
				pp.ctx.cell.parts[v] = append(pp.ctx.cell.parts[v], strings.TrimSpace(text))
			}
		case ctxTextBox:
			op, ok := o.build(p, pp, text, pp.at)
			if ok {
				o.floating = append(o.floating, op)
			}
		default:
			o.bodyPara(p, pp, text, removed)
		}
	}
}

func (p *parser) endRow() {
	n := len(p.tables)
	if n == 0 || p.tables[n-1].row == nil {
		return
	}
	t := p.tables[n-1]
	r := t.row
	t.row = nil
	for v, o := range p.out {
		if (v == accepted && r.del) || (v == original && r.ins) {
			continue
		}
		text := strings.Join(r.cells[v], "\t")
		if strings.Trim(text, "\t ") == "" {
			continue
		}
		switch t.parent.kind {
		case ctxCell:
			t.parent.cell.parts[v] = append(t.parent.cell.parts[v], strings.Join(strings.Fields(strings.ReplaceAll(text, "\t", " ")), " "))
		case ctxTextBox:
			o.floating = append(o.floating, outPara{Paragraph: Paragraph{Text: text, NumLevel: -1, Table: true}, at: r.at})
		default:
			o.emit(outPara{Paragraph: Paragraph{Text: text, NumLevel: -1, Table: true}, at: r.at})
		}
	}
}

// numbering returns the list and level of a paragraph, following its style.
func (p *parser) numbering(pp *para) (list, int, bool) {
	styleID := p.st.paraStyle(pp.styleID)
	numID, ilvl, hasNum, hasIlvl := pp.numID, pp.ilvl, pp.hasNum, pp.hasIlvl
	from := styleID
	if !hasNum {
		var sIlvl int
		var sHas bool
		numID, sIlvl, hasNum, sHas, from = p.st.numPr(styleID)
		if !hasIlvl && sHas {
			ilvl, hasIlvl = sIlvl, true
		}
	}
	if !hasNum || numID == 0 {
		return list{}, 0, false
	}
	l, ok := p.nb.resolve(numID, p.st)
	if !ok {
		p.warn.add("numbering: numId %d not defined", numID)
		return list{}, 0, false
	}
	if !hasIlvl {
		if i, ok := l.levelForStyle(styleID); ok {
			ilvl = i
		} else if i, ok := l.levelForStyle(from); ok {
			ilvl = i
		}
	}
	if ilvl < 0 || ilvl >= numLevels {
		ilvl = 0
	}
	return l, ilvl, true
}

// label advances the view's counters for a numbered paragraph.
func (o *viewOut) label(p *parser, pp *para) (string, int) {
	l, ilvl, ok := p.numbering(pp)
	if !ok {
		return "", -1
	}
	return o.num.next(l, ilvl), ilvl
}

// build turns a finished paragraph into output; ok is false when it is
// invisible (an empty paragraph without a label).
func (o *viewOut) build(p *parser, pp *para, text string, at pagePos) (outPara, bool) {
	if pp.markHidden && strings.TrimSpace(text) == "" {
		return outPara{}, false
	}
	label, lvl := o.label(p, pp)
	if strings.TrimSpace(text) == "" && label == "" {
		return outPara{}, false
	}
	styleID := p.st.paraStyle(pp.styleID)
	outline := p.st.outline(styleID)
	if pp.outline >= 0 {
		outline = outlineLevel(pp.outline)
	}
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	return outPara{
		Paragraph: Paragraph{Text: text, Label: label, NumLevel: lvl, Outline: outline, Style: p.st.name(styleID)},
		at:        at,
	}, true
}

// bodyPara handles a body paragraph, merging it into the next one when its
// mark is removed in this view.
func (o *viewOut) bodyPara(p *parser, pp *para, text string, removed bool) {
	at := pp.at
	props := pp
	if o.pend != nil {
		// The merged paragraph keeps the first paragraph's properties
		// (number, style) unless nothing of it is left, as Word does.
		if strings.TrimSpace(o.pend.text) != "" {
			at = o.pend.at
			props = o.pend.p
		}
		text = o.pend.text + text
		o.pend = nil
	}
	if removed {
		o.pend = &pending{p: props, text: text, at: at}
		return
	}
	if op, ok := o.build(p, props, text, at); ok {
		o.emit(op)
	} else {
		o.paras = append(o.paras, o.floating...)
		o.floating = o.floating[:0]
	}
}

// flushPending emits a paragraph whose removed mark has nothing to merge
// with (before a table, at the end of a note or of the document).
func (o *viewOut) flushPending(p *parser) {
	if o.pend == nil {
		return
	}
	pd := o.pend
	o.pend = nil
	if op, ok := o.build(p, pd.p, pd.text, pd.at); ok {
		o.emit(op)
	}
}

func (o *viewOut) emit(op outPara) {
	o.paras = append(o.paras, op)
	for _, i := range o.unresolved {
		(*o.revs)[i].Paragraph = len(o.paras) - 1
	}
	o.unresolved = o.unresolved[:0]
	o.paras = append(o.paras, o.floating...)
	o.floating = o.floating[:0]
}

// finish flushes what is left and returns the paragraphs of view v with
// their pages.
func (p *parser) finish(v int) []Paragraph {
	for _, o := range p.out {
		o.flushPending(p)
		o.paras = append(o.paras, o.floating...)
		o.floating = nil
	}
	if acc := p.out[accepted]; len(acc.unresolved) > 0 && len(acc.paras) > 0 {
		for _, i := range acc.unresolved {
			(*p.revs)[i].Paragraph = len(acc.paras) - 1
		}
	}
	ops := p.out[v].paras
	out := make([]Paragraph, len(ops))
	secBreaks := p.sectionBreaks()
	for i, op := range ops {
		out[i] = op.Paragraph
		switch {
		case p.sawRendered:
			out[i].Page = op.at.r + 1
		case p.pageX > 0 || secBreaks[len(secBreaks)-1] > 0:
			out[i].Page = op.at.x + secBreaks[min(op.at.sec, len(secBreaks)-1)] + 1
		}
	}
	return out
}

// sectionBreaks returns, for each section, how many sections up to it
// started on a new page. A section's w:type (default nextPage) says how
// it starts; its sectPr comes at its end.
func (p *parser) sectionBreaks() []int {
	out := make([]int, p.sec+1)
	for s := 1; s <= p.sec; s++ {
		out[s] = out[s-1]
		switch p.secTypes[s] {
		case "continuous", "nextColumn":
		default:
			out[s]++
		}
	}
	return out
}

// pages is the page count from the breaks seen, 0 when unknown.
func (p *parser) pages() int {
	secBreaks := p.sectionBreaks()
	switch {
	case p.sawRendered:
		return p.pageR + 1
	case p.pageX > 0 || secBreaks[p.sec] > 0:
		return p.pageX + secBreaks[p.sec] + 1
	}
	return 0
}
