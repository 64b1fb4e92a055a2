package pdftext

import (
	"encoding/binary"
	"io"
	"unicode"

	"github.com/ledongthuc/pdf"
)

// gidToUnicode inverts the Unicode 'cmap' table of an embedded TrueType
// font program (FontFile2): the way to read an Identity-H font that has no
// /ToUnicode, as long as the subset kept its cmap. It returns nil when the
// font has no usable Unicode cmap.
func gidToUnicode(fontFile pdf.Value) map[uint16]rune {
	if fontFile.Kind() != pdf.Stream {
		return nil
	}
	rc := fontFile.Reader()
	defer rc.Close()
	data, err := io.ReadAll(io.LimitReader(rc, 32<<20))
	if err != nil || len(data) < 12 {
		return nil
	}
	return parseCmap(data)
}

func parseCmap(data []byte) map[uint16]rune {
	u16 := func(off int) int {
		if off < 0 || off+2 > len(data) {
			return -1
		}
		return int(binary.BigEndian.Uint16(data[off:]))
	}
	u32 := func(off int) int {
		if off < 0 || off+4 > len(data) {
			return -1
		}
		return int(binary.BigEndian.Uint32(data[off:]))
	}
	cmap := -1
	for i := 0; i < u16(4) && i < 64; i++ {
		rec := 12 + 16*i
		if rec+16 <= len(data) && string(data[rec:rec+4]) == "cmap" {
			cmap = u32(rec + 8)
		}
	}
	if cmap < 0 {
		return nil
	}
	best, bestRank := -1, 0
	for i := 0; i < u16(cmap+2) && i < 64; i++ {
		rec := cmap + 4 + 8*i
		platform, enc, off := u16(rec), u16(rec+2), u32(rec+4)
		rank := 0
		switch {
		case platform == 3 && enc == 10:
			rank = 4
		case platform == 0 && (enc == 4 || enc == 6):
			rank = 3
		case platform == 3 && enc == 1:
			rank = 2
		case platform == 0:
			rank = 1
		}
		if rank > bestRank && off >= 0 {
			best, bestRank = cmap+off, rank
		}
	}
	if best < 0 {
		return nil
	}
	inv := map[uint16]rune{}
	add := func(c int, gid int) {
		// a code point outside Unicode (a format-12 range up to
		// 0xFFFFFFFF would wrap to a negative rune) maps nothing
		if c < 0 || c > unicode.MaxRune {
			return
		}
		r := rune(c)
		if gid > 0 && gid < 65536 {
			if _, ok := inv[uint16(gid)]; !ok {
				inv[uint16(gid)] = r
			}
		}
	}
	switch u16(best) {
	case 4:
		segs := u16(best+6) / 2
		ends, starts := best+14, best+16+2*segs
		deltas, ranges := starts+2*segs, starts+4*segs
		for s := 0; s < segs; s++ {
			end, start, delta, ro := u16(ends+2*s), u16(starts+2*s), u16(deltas+2*s), u16(ranges+2*s)
			if end < 0 || start < 0 || delta < 0 || ro < 0 || start > end {
				return inv
			}
			for c := start; c <= end && c != 0xFFFF; c++ {
				gid := 0
				if ro == 0 {
					gid = (c + delta) & 0xFFFF
				} else if g := u16(ranges + 2*s + ro + 2*(c-start)); g > 0 {
					gid = (g + delta) & 0xFFFF
				}
				add(c, gid)
			}
		}
	case 12:
		n := u32(best + 12)
		for i := 0; i < n && i < 1<<16; i++ {
			g := best + 16 + 12*i
			start, end, gid := u32(g), u32(g+4), u32(g+8)
			if start < 0 || end < start || end-start > 1<<16 || gid < 0 {
				return inv
			}
			for c := start; c <= end; c++ {
				add(c, gid+c-start)
			}
		}
	}
	return inv
}
