// Package docx reads a Word (.docx) file into paragraphs as Word would show
// them: the auto-number labels computed from numbering.xml, tracked changes
// accepted (or rejected), field results instead of field codes, and tables
// flattened to one paragraph per row.
//
// It uses only archive/zip and a streaming encoding/xml decoder: no part is
// held as a tree, and every part is read through a size cap, so a zip bomb
// or a deeply nested document fails with ErrTooLarge instead of exhausting
// memory.
package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strconv"
	"strings"
)

// Sentinel errors. Read wraps them with context; test with errors.Is.
var (
	// ErrNotDOCX: the input is not a zip, or a zip without a main document part.
	ErrNotDOCX = errors.New("not a docx file")
	// ErrEncrypted: the input is an OLE compound file, which is what an
	// encrypted (password-protected) .docx or a legacy .doc is.
	ErrEncrypted = errors.New("encrypted or legacy .doc file")
	// ErrTooLarge: a part, the sum of the parts, or the XML nesting exceeds a cap.
	ErrTooLarge = errors.New("docx too large")
	// ErrCorrupt: malformed XML, a damaged zip entry, or any other internal failure.
	ErrCorrupt = errors.New("corrupt docx")
)

// Caps. Variables so that tests can lower them.
var (
	maxPartBytes  int64 = 64 << 20  // uncompressed bytes of one part
	maxTotalBytes int64 = 160 << 20 // uncompressed bytes of all parts read
	maxDepth            = 256       // XML element nesting
	maxWarnings         = 50
)

// Options chooses the view of tracked changes.
type Options struct {
	Original bool // reject all tracked changes (the "original" view); default accepts all
}

// Paragraph is one paragraph (or one table row) in the chosen view.
type Paragraph struct {
	Text     string // visible text in the chosen view, without the auto-number label; w:tab → "\t"
	Label    string // the auto-number as Word shows it: "ARTICLE I", "1.1", "(a)", "(ii)", "Schedule A"; "" if none
	NumLevel int    // w:ilvl of the numbering (0-based), -1 when not numbered
	Outline  int    // heading level from the paragraph style (Heading 1 → 1, or outlineLvl+1), 0 if none
	Style    string // style name (w:name of the style), e.g. "Heading 2", "List Paragraph"
	Table    bool   // a table row: Text is the row's cells joined with "\t"; one Paragraph per row
	Page     int    // 1-based page from explicit page breaks / lastRenderedPageBreak when present; 0 unknown
}

// Revision kinds.
const (
	RevInsert              = "insert"
	RevDelete              = "delete"
	RevMoveFrom            = "move-from"
	RevMoveTo              = "move-to"
	RevParagraphMarkDelete = "paragraph-mark-delete"
	RevParagraphMarkInsert = "paragraph-mark-insert"
)

// Revision is one tracked change.
type Revision struct {
	Kind         string // one of the Rev* constants
	Author, Date string
	Text         string
	// Paragraph is the index into Result.Paragraphs of the ACCEPTED view it
	// belongs to (best effort); -1 for revisions in footnotes or when the
	// document has no paragraph.
	Paragraph int
}

// Result is what Read returns.
type Result struct {
	Paragraphs []Paragraph
	Footnotes  []string   // footnote then endnote texts, in part order; never inlined into paragraphs
	Revisions  []Revision // always listed, whatever the view
	Pages      int        // 0 when unknown
	Warnings   []string
}

var oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

// Read parses a .docx held in data.
func Read(data []byte, opt Options) (res *Result, err error) {
	defer func() {
		if r := recover(); r != nil {
			res, err = nil, fmt.Errorf("docx: internal error: %v: %w", r, ErrCorrupt)
		}
	}()
	if bytes.HasPrefix(data, oleMagic[:4]) {
		return nil, fmt.Errorf("docx: ole compound file: %w", ErrEncrypted)
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil && !(errors.Is(err, zip.ErrInsecurePath) && zr != nil) {
		return nil, fmt.Errorf("docx: %v: %w", err, ErrNotDOCX)
	}
	pk := &pkg{files: make(map[string]*zip.File, len(zr.File)), total: maxTotalBytes}
	for _, f := range zr.File {
		name := strings.ToLower(strings.TrimPrefix(strings.ReplaceAll(f.Name, `\`, "/"), "/"))
		if _, dup := pk.files[name]; !dup {
			pk.files[name] = f
		}
	}
	return pk.read(opt)
}

type pkg struct {
	files map[string]*zip.File
	total int64 // bytes still allowed across parts
	warn  warnings
}

type warnings struct{ list []string }

func (w *warnings) add(format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	for _, m := range w.list {
		if m == msg {
			return
		}
	}
	if len(w.list) < maxWarnings {
		w.list = append(w.list, msg)
	}
}

func (pk *pkg) read(opt Options) (*Result, error) {
	docPath := pk.mainPart()
	if docPath == "" {
		return nil, fmt.Errorf("docx: no word/document.xml: %w", ErrNotDOCX)
	}
	parts := pk.relatedParts(docPath)

	st := newStyles()
	if p := parts["styles"]; p != "" {
		if err := pk.parse(p, st.parse); err != nil {
			return nil, err
		}
	}
	nb := newNumbering()
	if p := parts["numbering"]; p != "" {
		if err := pk.parse(p, nb.parse); err != nil {
			return nil, err
		}
	}

	res := &Result{}
	view := accepted
	if opt.Original {
		view = original
	}
	body := newParser(st, nb, &pk.warn, &res.Revisions, false)
	if err := pk.parse(docPath, body.run); err != nil {
		return nil, err
	}
	res.Paragraphs = body.finish(view)

	for _, kind := range []string{"footnotes", "endnotes"} {
		p := parts[kind]
		if p == "" {
			continue
		}
		np := newParser(st, nb, &pk.warn, &res.Revisions, true)
		if err := pk.parse(p, np.run); err != nil {
			return nil, err
		}
		res.Footnotes = append(res.Footnotes, np.notes[view]...)
	}

	res.Pages = body.pages()
	if f := pk.lookup("docProps/app.xml"); f != "" {
		var n int
		if err := pk.parse(f, func(d *decoder) error { var e error; n, e = parseAppPages(d); return e }); err == nil && n > 0 {
			res.Pages = n
		}
	}
	if res.Pages == 1 && body.pages() == 0 {
		for i := range res.Paragraphs {
			res.Paragraphs[i].Page = 1 // a one-page document
		}
	}
	res.Warnings = pk.warn.list
	return res, nil
}

// lookup returns the normalised name of a part when it exists.
func (pk *pkg) lookup(name string) string {
	name = strings.ToLower(strings.TrimPrefix(path.Clean("/"+name), "/"))
	if _, ok := pk.files[name]; ok {
		return name
	}
	return ""
}

// mainPart finds the main document part from _rels/.rels, falling back to
// word/document.xml.
func (pk *pkg) mainPart() string {
	if rels := pk.lookup("_rels/.rels"); rels != "" {
		var target string
		_ = pk.parse(rels, func(d *decoder) error {
			return parseRels(d, func(typ, t string) {
				if target == "" && strings.HasSuffix(typ, "/officeDocument") {
					target = t
				}
			})
		})
		if target != "" {
			if p := pk.lookup(target); p != "" {
				return p
			}
		}
	}
	return pk.lookup("word/document.xml")
}

// relatedParts maps "styles", "numbering", "footnotes", "endnotes" to part
// names, from the document's relationships with the usual names as fallback.
func (pk *pkg) relatedParts(doc string) map[string]string {
	out := map[string]string{}
	dir := path.Dir(doc)
	if rels := pk.lookup(path.Join(dir, "_rels", path.Base(doc)+".rels")); rels != "" {
		_ = pk.parse(rels, func(d *decoder) error {
			return parseRels(d, func(typ, t string) {
				i := strings.LastIndex(typ, "/")
				kind := typ[i+1:]
				switch kind {
				case "styles", "numbering", "footnotes", "endnotes":
				default:
					return
				}
				if _, done := out[kind]; done {
					return
				}
				if !strings.HasPrefix(t, "/") {
					t = path.Join(dir, t)
				}
				if p := pk.lookup(t); p != "" {
					out[kind] = p
				}
			})
		})
	}
	for _, kind := range []string{"styles", "numbering", "footnotes", "endnotes"} {
		if out[kind] == "" {
			out[kind] = pk.lookup(path.Join(dir, kind+".xml"))
		}
	}
	return out
}

// errLimit is returned by capReader when a cap is exceeded.
type errLimit struct{ what string }

func (e *errLimit) Error() string { return e.what }

// capReader reads at most left bytes of one part and draws on the
// package-wide budget; the zip header's size is never trusted.
type capReader struct {
	r     io.Reader
	left  int64
	total *int64
}

func (c *capReader) Read(p []byte) (int, error) {
	if c.left <= 0 {
		var b [1]byte
		n, err := c.r.Read(b[:])
		if n > 0 {
			return 0, &errLimit{fmt.Sprintf("part larger than %d bytes", maxPartBytes)}
		}
		return 0, err
	}
	if int64(len(p)) > c.left {
		p = p[:c.left]
	}
	n, err := c.r.Read(p)
	c.left -= int64(n)
	*c.total -= int64(n)
	if *c.total < 0 {
		return n, &errLimit{fmt.Sprintf("parts larger than %d bytes in total", maxTotalBytes)}
	}
	return n, err
}

// parse opens one part and hands a capped, depth-checked decoder to fn,
// turning every failure into a wrapped sentinel.
func (pk *pkg) parse(name string, fn func(*decoder) error) error {
	f := pk.files[name]
	rc, err := f.Open()
	if err != nil {
		return fmt.Errorf("docx %s: %v: %w", name, err, ErrCorrupt)
	}
	defer rc.Close()
	d := newDecoder(&capReader{r: rc, left: maxPartBytes, total: &pk.total})
	if err := fn(d); err != nil {
		var le *errLimit
		if errors.As(err, &le) {
			return fmt.Errorf("docx %s: %v: %w", name, le, ErrTooLarge)
		}
		if errors.Is(err, ErrTooLarge) {
			return fmt.Errorf("docx %s: %w", name, err)
		}
		return fmt.Errorf("docx %s: %v: %w", name, err, ErrCorrupt)
	}
	return nil
}

// decoder wraps xml.Decoder with a nesting cap. It reads raw tokens and
// resolves namespace prefixes itself, which is much cheaper than
// xml.Decoder.Token (no map copy per element) and still rejects
// mismatched end tags.
type decoder struct {
	d     *xml.Decoder
	depth int
	ns    map[string]string // prefix → namespace URL in scope
	open  []openElem
}

type openElem struct {
	raw   xml.Name // name as written, with its prefix
	saved []nsSave // bindings to restore when the element ends
}

type nsSave struct {
	prefix, old string
	had         bool
}

var errDepth = fmt.Errorf("xml nested deeper than %d elements: %w", maxDepth, ErrTooLarge)

func newDecoder(r io.Reader) *decoder {
	d := xml.NewDecoder(r)
	d.CharsetReader = func(label string, input io.Reader) (io.Reader, error) {
		// Parts are UTF-8 in practice; accept the labels that mean it.
		switch strings.ToLower(label) {
		case "utf-8", "utf8", "us-ascii", "ascii":
			return input, nil
		}
		return nil, fmt.Errorf("unsupported encoding %q", label)
	}
	return &decoder{d: d, ns: map[string]string{}}
}

// next returns the next token with namespace URLs in element names; io.EOF
// at the end.
func (d *decoder) next() (xml.Token, error) {
	tok, err := d.d.RawToken()
	if err != nil {
		return nil, err
	}
	switch t := tok.(type) {
	case xml.StartElement:
		d.depth++
		if d.depth > maxDepth {
			return nil, errDepth
		}
		var saved []nsSave
		for _, a := range t.Attr {
			prefix := ""
			switch {
			case a.Name.Space == "xmlns":
				prefix = a.Name.Local
			case a.Name.Space == "" && a.Name.Local == "xmlns":
			default:
				continue
			}
			old, had := d.ns[prefix]
			saved = append(saved, nsSave{prefix: prefix, old: old, had: had})
			d.ns[prefix] = a.Value
		}
		d.open = append(d.open, openElem{raw: t.Name, saved: saved})
		t.Name.Space = d.translate(t.Name.Space)
		return t, nil
	case xml.EndElement:
		n := len(d.open)
		if n == 0 {
			return nil, &xml.SyntaxError{Msg: "unexpected end element </" + t.Name.Local + ">"}
		}
		top := d.open[n-1]
		if top.raw != t.Name {
			return nil, &xml.SyntaxError{Msg: "element <" + top.raw.Local + "> closed by </" + t.Name.Local + ">"}
		}
		t.Name.Space = d.translate(t.Name.Space)
		for i := len(top.saved) - 1; i >= 0; i-- {
			s := top.saved[i]
			if s.had {
				d.ns[s.prefix] = s.old
			} else {
				delete(d.ns, s.prefix)
			}
		}
		d.open = d.open[:n-1]
		d.depth--
		return t, nil
	}
	return tok, nil
}

func (d *decoder) translate(prefix string) string {
	switch prefix {
	case "xmlns":
		return prefix
	case "xml":
		return "http://www.w3.org/XML/1998/namespace"
	}
	if url, ok := d.ns[prefix]; ok {
		return url
	}
	return prefix
}

// each calls fn for every start element and end (with end true) until EOF.
func (d *decoder) each(fn func(se xml.StartElement, end bool) error) error {
	for {
		tok, err := d.next()
		if err == io.EOF {
			if d.depth != 0 {
				return io.ErrUnexpectedEOF
			}
			return nil
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if err := fn(t, false); err != nil {
				return err
			}
		case xml.EndElement:
			if err := fn(xml.StartElement{Name: t.Name}, true); err != nil {
				return err
			}
		}
	}
}

func parseRels(d *decoder, fn func(typ, target string)) error {
	return d.each(func(se xml.StartElement, end bool) error {
		if end || se.Name.Local != "Relationship" {
			return nil
		}
		if strings.EqualFold(attr(se, "TargetMode"), "External") {
			return nil
		}
		fn(attr(se, "Type"), attr(se, "Target"))
		return nil
	})
}

func parseAppPages(d *decoder) (int, error) {
	n, in := 0, false
	for {
		tok, err := d.next()
		if err == io.EOF {
			return n, nil
		}
		if err != nil {
			return 0, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			in = t.Name.Local == "Pages" && d.depth == 2
		case xml.EndElement:
			in = false
		case xml.CharData:
			if in {
				if v, err := strconv.Atoi(strings.TrimSpace(string(t))); err == nil && v > 0 && v < 1e6 {
					n = v
				}
			}
		}
	}
}

// attr returns the value of the attribute with the given local name.
func attr(se xml.StartElement, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// onOff reads a WordprocessingML boolean property: present means true
// unless w:val is false/0/off.
func onOff(se xml.StartElement) bool {
	switch strings.ToLower(attr(se, "val")) {
	case "false", "0", "off", "none":
		return false
	}
	return true
}

// intAttr parses w:val (or another attribute) as an int.
func intAttr(se xml.StartElement, local string) (int, bool) {
	v := strings.TrimSpace(attr(se, local))
	if v == "" {
		return 0, false
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < -1e6 || n > 1e6 {
		return 0, false
	}
	return n, true
}

const (
	nsW       = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsWStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
	nsMC      = "http://schemas.openxmlformats.org/markup-compatibility/2006"
	nsMath    = "http://schemas.openxmlformats.org/officeDocument/2006/math"
)

// isW reports whether n is in the WordprocessingML namespace (transitional
// or strict); unprefixed names are accepted too.
func isW(n xml.Name) bool { return n.Space == nsW || n.Space == nsWStrict || n.Space == "" }
