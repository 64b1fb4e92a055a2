package pdftext

import (
	"io"
	"strings"
	"unicode/utf16"

	"github.com/ledongthuc/pdf"
)

// font is what the interpreter needs to know about one font resource: how to
// cut a shown string into character codes, the Unicode text and advance width
// of each code, and whether the face is bold.
type font struct {
	composite bool       // Type0: codes are cut by the code space (2 bytes by default)
	toUni     *toUnicode // from /ToUnicode, preferred when present
	simple    pdf.TextEncoding
	ucs2      bool            // predefined UCS-2/UTF-16 CMap: codes are UTF-16BE
	gidUni    map[uint16]rune // Identity-H TrueType without ToUnicode: glyph id to Unicode from the font's cmap
	cidToGID  []byte          // CIDToGIDMap stream (2 bytes per CID), nil for Identity
	noDecode  bool            // composite font whose codes cannot be mapped to Unicode

	first   int
	widths  []float64       // simple fonts: /Widths from FirstChar, glyph units
	cidW    map[int]float64 // composite fonts: /W
	dw      float64         // default width, glyph units
	scale   float64         // glyph units to text space (0.001, or Type3 FontMatrix)
	bold    bool
	cache   map[uint32]string
	missing float64 // width used when a simple font has no /Widths
}

// loadFont reads a font dictionary. A damaged part (widths, descriptor,
// CMap) is skipped, keeping the rest: the font is shared by many pages.
func loadFont(v pdf.Value) *font {
	f := &font{scale: 0.001, dw: 1000, cache: make(map[uint32]string), missing: 500}
	safe := func(step func()) {
		defer func() { _ = recover() }()
		step()
	}
	var subtype, base string
	var desc pdf.Value
	safe(func() {
		subtype = v.Key("Subtype").Name()
		base = v.Key("BaseFont").Name()
		desc = v.Key("FontDescriptor")
	})
	if subtype == "Type0" {
		f.composite = true
	}
	safe(func() { f.readMetrics(v, subtype, &base, &desc) })
	safe(func() {
		if tu := v.Key("ToUnicode"); tu.Kind() == pdf.Stream {
			f.toUni = readToUnicode(tu, v)
		}
	})
	if !f.composite {
		f.simple = simpleEncoding(v, f.toUni != nil)
	} else {
		safe(func() {
			enc := v.Key("Encoding").Name()
			f.ucs2 = strings.Contains(enc, "UCS2") || strings.Contains(enc, "UTF16")
		})
		if f.toUni == nil && !f.ucs2 {
			safe(func() { f.readGlyphMap(v) })
		}
		f.noDecode = f.toUni == nil && !f.ucs2 && f.gidUni == nil
	}
	lb := strings.ToLower(base)
	f.bold = strings.Contains(lb, "bold") || strings.Contains(lb, "black") ||
		strings.Contains(lb, "heavy") || strings.Contains(lb, "semibold") || strings.Contains(lb, "demi")
	safe(func() {
		if desc.Key("FontWeight").Float64() >= 600 || desc.Key("Flags").Int64()&(1<<18) != 0 {
			f.bold = true
		}
	})
	return f
}

// readGlyphMap prepares decoding an Identity-H TrueType font without
// ToUnicode through the embedded font's own cmap table.
func (f *font) readGlyphMap(v pdf.Value) {
	if v.Key("Encoding").Name() != "Identity-H" {
		return
	}
	d := v.Key("DescendantFonts").Index(0)
	if d.Key("Subtype").Name() != "CIDFontType2" {
		return
	}
	if m := d.Key("CIDToGIDMap"); m.Kind() == pdf.Stream {
		rc := m.Reader()
		b, err := io.ReadAll(io.LimitReader(rc, 1<<18))
		rc.Close()
		if err != nil {
			return
		}
		f.cidToGID = b
	}
	if inv := gidToUnicode(d.Key("FontDescriptor").Key("FontFile2")); len(inv) > 0 {
		f.gidUni = inv
	}
}

// readMetrics reads the glyph widths (and for composite fonts the
// descendant's name and descriptor).
func (f *font) readMetrics(v pdf.Value, subtype string, base *string, desc *pdf.Value) {
	if subtype == "Type0" {
		d := v.Key("DescendantFonts").Index(0)
		if *base == "" {
			*base = d.Key("BaseFont").Name()
		}
		*desc = d.Key("FontDescriptor")
		if dw := d.Key("DW"); dw.Kind() == pdf.Integer || dw.Kind() == pdf.Real {
			f.dw = dw.Float64()
		}
		f.cidW = readCIDWidths(d.Key("W"))
		return
	}
	f.first = int(v.Key("FirstChar").Int64())
	w := v.Key("Widths")
	for i := 0; i < w.Len() && i < 256; i++ {
		f.widths = append(f.widths, w.Index(i).Float64())
	}
	if subtype == "Type3" {
		if m := v.Key("FontMatrix"); m.Len() == 6 && m.Index(0).Float64() != 0 {
			f.scale = m.Index(0).Float64()
		}
	}
	if mw := desc.Key("MissingWidth").Float64(); mw > 0 {
		f.missing = mw
	}
}

func readCIDWidths(w pdf.Value) map[int]float64 {
	out := make(map[int]float64)
	n := w.Len()
	for i := 0; i < n && len(out) < 1<<17; {
		c := int(w.Index(i).Int64())
		next := w.Index(i + 1)
		if next.Kind() == pdf.Array {
			for j := 0; j < next.Len() && j < 65536; j++ {
				out[c+j] = next.Index(j).Float64()
			}
			i += 2
			continue
		}
		last := int(next.Int64())
		wd := w.Index(i + 2).Float64()
		for c2 := c; c2 <= last && c2-c < 65536; c2++ {
			out[c2] = wd
		}
		i += 3
	}
	return out
}

// code is one character code cut from a shown string.
type code struct {
	c     uint32
	n     int // bytes
	width float64
	text  string
}

// codes cuts raw into character codes with their widths (glyph units) and text.
func (f *font) codes(raw string, out []code) []code {
	out = out[:0]
	for len(raw) > 0 {
		n := 1
		if f.composite {
			n = 2
			if f.toUni != nil {
				n = f.toUni.codeLen(raw)
			}
		}
		if n > len(raw) {
			n = len(raw)
		}
		var c uint32
		for i := 0; i < n; i++ {
			c = c<<8 | uint32(raw[i])
		}
		out = append(out, code{c: c, n: n, width: f.width(c), text: f.text(c, raw[:n])})
		raw = raw[n:]
	}
	return out
}

func (f *font) width(c uint32) float64 {
	if f.composite {
		if w, ok := f.cidW[int(c)]; ok {
			return w
		}
		return f.dw
	}
	i := int(c) - f.first
	if i >= 0 && i < len(f.widths) {
		return f.widths[i]
	}
	if len(f.widths) == 0 {
		if c == ' ' {
			return 250
		}
		return f.missing
	}
	return 0
}

func (f *font) text(c uint32, raw string) string {
	if s, ok := f.cache[c]; ok {
		return s
	}
	var s string
	switch {
	case f.toUni != nil:
		if t, ok := f.toUni.m[c]; ok {
			s = t
			break
		}
		if f.composite {
			s = "\uFFFD"
			break
		}
		s = f.simple.Decode(raw)
	case f.ucs2:
		s = string(utf16.Decode([]uint16{uint16(c)}))
	case f.gidUni != nil:
		gid := uint16(c)
		if f.cidToGID != nil {
			if i := 2 * int(c); i+1 < len(f.cidToGID) {
				gid = uint16(f.cidToGID[i])<<8 | uint16(f.cidToGID[i+1])
			} else {
				gid = 0
			}
		}
		if r, ok := f.gidUni[gid]; ok {
			s = string(r)
		} else {
			s = "\uFFFD"
		}
	case f.noDecode:
		s = "\uFFFD"
	default:
		s = f.simple.Decode(raw)
	}
	f.cache[c] = s
	return s
}

// toUnicode is a parsed /ToUnicode CMap.
type toUnicode struct {
	space [5][][2]uint32 // code space ranges by byte length 1..4
	m     map[uint32]string
}

// codeLen returns how many bytes of raw the next code takes.
func (t *toUnicode) codeLen(raw string) int {
	var c uint32
	for n := 1; n <= 4 && n <= len(raw); n++ {
		c = c<<8 | uint32(raw[n-1])
		for _, r := range t.space[n] {
			if r[0] <= c && c <= r[1] {
				return n
			}
		}
	}
	return 2
}

const maxCMapEntries = 1 << 17

// readToUnicode parses a ToUnicode CMap. scratch is any dictionary value: the
// CMap prologue "/CIDInit /ProcSet findresource begin" needs a dictionary on
// the stack and the library offers no way to make one.
func readToUnicode(v, scratch pdf.Value) (t *toUnicode) {
	t = &toUnicode{m: make(map[uint32]string)}
	defer func() {
		if recover() != nil {
			// A damaged CMap keeps whatever was read before the damage.
			_ = t
		}
	}()
	if checkStream(v) != nil {
		return t
	}
	n := 0
	pdf.Interpret(v, func(stk *pdf.Stack, op string) {
		switch op {
		case "findresource":
			stk.Pop()
			stk.Pop()
			stk.Push(scratch)
		case "begincodespacerange", "beginbfchar", "beginbfrange":
			n = int(stk.Pop().Int64())
		case "endcodespacerange":
			for i := 0; i < n; i++ {
				hi, lo := stk.Pop().RawString(), stk.Pop().RawString()
				if len(lo) == 0 || len(lo) != len(hi) || len(lo) > 4 {
					continue
				}
				t.space[len(lo)] = append(t.space[len(lo)], [2]uint32{beNum(lo), beNum(hi)})
			}
			n = 0
		case "endbfchar":
			for i := 0; i < n; i++ {
				dst, src := stk.Pop().RawString(), stk.Pop().RawString()
				if len(src) == 0 || len(src) > 4 {
					continue
				}
				t.m[beNum(src)] = utf16BE(dst)
			}
			n = 0
		case "endbfrange":
			for i := 0; i < n; i++ {
				dst, hiS, loS := stk.Pop(), stk.Pop().RawString(), stk.Pop().RawString()
				if len(loS) == 0 || len(loS) > 4 || len(hiS) != len(loS) {
					continue
				}
				lo, hi := beNum(loS), beNum(hiS)
				if hi < lo || hi-lo > 65535 || len(t.m) > maxCMapEntries {
					continue
				}
				if dst.Kind() == pdf.Array {
					for c := lo; c <= hi; c++ {
						t.m[c] = utf16BE(dst.Index(int(c - lo)).RawString())
					}
					continue
				}
				base := []byte(dst.RawString())
				if len(base) == 0 {
					continue
				}
				for c := lo; c <= hi; c++ {
					b := append([]byte(nil), base...)
					// add c-lo to the last two bytes (big-endian)
					d := c - lo
					if len(b) >= 2 {
						v := uint32(b[len(b)-2])<<8 | uint32(b[len(b)-1])
						v += d
						b[len(b)-2], b[len(b)-1] = byte(v>>8), byte(v)
					} else {
						b[0] += byte(d)
					}
					t.m[c] = utf16BE(string(b))
				}
			}
			n = 0
		}
	})
	return t
}

func beNum(s string) uint32 {
	var c uint32
	for i := 0; i < len(s); i++ {
		c = c<<8 | uint32(s[i])
	}
	return c
}

func utf16BE(s string) string {
	if len(s) == 1 {
		return string(rune(s[0]))
	}
	u := make([]uint16, 0, len(s)/2)
	for i := 0; i+1 < len(s); i += 2 {
		u = append(u, uint16(s[i])<<8|uint16(s[i+1]))
	}
	return string(utf16.Decode(u))
}

// latin1 decodes single-byte codes as Latin-1, the fallback when a simple
// font has no usable encoding.
type latin1 struct{}

func (latin1) Decode(raw string) string {
	r := make([]rune, len(raw))
	for i := 0; i < len(raw); i++ {
		r[i] = rune(raw[i])
	}
	return string(r)
}

// simpleEncoding returns the library's decoder for a simple font's /Encoding,
// containing any panic it raises on a damaged font dictionary.
func simpleEncoding(v pdf.Value, haveToUnicode bool) (enc pdf.TextEncoding) {
	if haveToUnicode && v.Key("Encoding").IsNull() {
		return latin1{}
	}
	defer func() {
		if recover() != nil {
			enc = latin1{}
		}
	}()
	pf := pdf.Font{V: v}
	return pf.Encoder()
}
