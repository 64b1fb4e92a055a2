package pdftext

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"strconv"

	"github.com/clausecheck/clausecheck/internal/lazyre"
	"github.com/ledongthuc/pdf"
)

// openReader opens data with the library, repairing in front of it what
// pdftotext tolerates: bytes before %PDF, junk after the last %%EOF, a
// header version the library refuses, and a missing or broken
// cross-reference table (rebuilt by scanning "N G obj"). It returns the
// reader and notes about what was repaired.
func openReader(data []byte) (*opened, error) {
	head := data
	if len(head) > 1024 {
		head = head[:1024]
	}
	start := bytes.Index(head, []byte("%PDF-"))
	if start < 0 {
		return nil, fmt.Errorf("no %%PDF header in the first 1024 bytes: %w", ErrNotPDF)
	}
	var notes []string
	buf := make([]byte, len(data)-start, len(data)-start+1)
	copy(buf, data[start:])
	shifted := start > 0
	if shifted {
		notes = append(notes, fmt.Sprintf("ignored %d bytes before the %%PDF header", start))
	}
	if i := bytes.LastIndex(buf, []byte("%%EOF")); i >= 0 && len(bytes.TrimSpace(buf[i+5:])) > 0 {
		buf = append(buf[:i+5], '\n')
		notes = append(notes, "ignored data after the last %%EOF")
	}
	if len(buf) < 9 {
		return nil, fmt.Errorf("file too short: %w", ErrCorrupt)
	}
	if !(buf[5] == '1' && buf[6] == '.' && buf[7] >= '0' && buf[7] <= '7' && (buf[8] == '\r' || buf[8] == '\n')) {
		// Same length, so no offset moves; 2.0 syntax is read as 1.7.
		copy(buf, "%PDF-1.7\n")
	}
	encrypted := encryptRe.Match(buf)

	var openErr error
	if !shifted && !hugeSize(buf) && !xrefLoop(buf) {
		r, err := newReader(buf)
		if err == nil && validate(r) {
			return &opened{r: r, buf: buf, notes: notes}, nil
		}
		openErr = err
		if encrypted && err != nil && !isStructural(err) {
			return nil, encryptionError(buf, err)
		}
	}
	r, err := rebuild(buf)
	if err != nil {
		if openErr != nil {
			err = openErr
		}
		if encrypted {
			return nil, encryptionError(buf, err)
		}
		return nil, fmt.Errorf("cannot open: %v: %w", err, ErrCorrupt)
	}
	return &opened{r: r, buf: buf, notes: append(notes, "rebuilt the cross-reference table"), rebuilt: true}, nil
}

// opened is a PDF the library accepted, with the bytes it read (after the
// header and trailing-junk repairs) and what was repaired.
type opened struct {
	r       *pdf.Reader
	buf     []byte
	notes   []string
	rebuilt bool
}

var (
	startxrefRe = lazyre.New(`startxref\s+(\d+)`)
	prevRe      = lazyre.New(`/Prev\s+(\d+)`)
)

// xrefLoop walks the chain of cross-reference sections from the last
// startxref through each trailer's /Prev, and reports whether it comes
// back to a section already seen: the library follows such a chain
// forever. The file is then read by rebuilding its table instead, as
// pdftotext does.
func xrefLoop(buf []byte) bool {
	all := startxrefRe.FindAllSubmatch(buf, -1)
	if len(all) == 0 {
		return false
	}
	off, err := strconv.Atoi(string(all[len(all)-1][1]))
	seen := map[int]bool{}
	for err == nil && off > 0 && off < len(buf) {
		if seen[off] {
			return true
		}
		seen[off] = true
		// the section's dictionary: a classic table's trailer, or the
		// xref stream's own dictionary, before its data or the next
		// startxref
		end := len(buf)
		if i := bytes.Index(buf[off:], []byte("startxref")); i >= 0 {
			end = off + i
		}
		if i := bytes.Index(buf[off:end], []byte("stream")); i >= 0 && !bytes.HasPrefix(buf[off:], []byte("xref")) {
			end = off + i
		}
		m := prevRe.FindSubmatch(buf[off:end])
		if m == nil {
			return false
		}
		off, err = strconv.Atoi(string(m[1]))
	}
	return false
}

var sizeRe = lazyre.New(`/Size\s+(\d+)`)

// hugeSize spots a /Size far beyond what the file can hold: the library
// would allocate a table that large before reading anything.
func hugeSize(buf []byte) bool {
	for _, m := range sizeRe.FindAllSubmatch(buf, -1) {
		if n, err := strconv.Atoi(string(m[1])); err != nil || n > len(buf)/12+1024 {
			return true
		}
	}
	return false
}

var encryptRe = lazyre.New(`/Encrypt\s*(\d+\s+\d+\s+R|<<)`)

// isStructural tells a broken file structure from a decryption failure.
func isStructural(err error) bool {
	msg := err.Error()
	return bytes.Contains([]byte(msg), []byte("malformed PDF")) && !bytes.Contains([]byte(msg), []byte("encryption")) ||
		bytes.Contains([]byte(msg), []byte("not a PDF"))
}

var (
	revRe = lazyre.New(`/R\s+(\d+)`)
	vRe   = lazyre.New(`/V\s+(\d+)`)
)

func encryptionError(buf []byte, err error) error {
	desc := "unsupported encryption"
	if i := bytes.Index(buf, []byte("/Filter/Standard")); i >= 0 || bytes.Contains(buf, []byte("/Standard")) {
		r := revRe.FindSubmatch(buf)
		v := vRe.FindSubmatch(buf)
		if r != nil && (string(r[1]) == "5" || string(r[1]) == "6") || v != nil && string(v[1]) == "5" {
			desc = "AES-256 encryption is not supported; save an unencrypted copy"
		}
	}
	if errors.Is(err, pdf.ErrInvalidPassword) {
		desc = "the file needs a password to open"
	}
	return fmt.Errorf("%s: %w", desc, ErrEncrypted)
}

func newReader(buf []byte) (r *pdf.Reader, err error) {
	defer func() {
		if x := recover(); x != nil {
			r, err = nil, fmt.Errorf("malformed PDF: %v", x)
		}
	}()
	return pdf.NewReader(bytes.NewReader(buf), int64(len(buf)))
}

// validate checks that the catalog, the page tree and the first page's
// content resolve: a stale xref table opens fine and fails only there.
func validate(r *pdf.Reader) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	pages := r.Trailer().Key("Root").Key("Pages")
	if pages.Kind() != pdf.Dict {
		return false
	}
	list := collectPages(r)
	if len(list) == 0 {
		return false
	}
	c := list[0].Key("Contents")
	if c.Kind() == pdf.Array {
		c = c.Index(0)
	}
	_ = c.Key("Length")
	return true
}

var (
	objRe     = lazyre.New(`(\d{1,10})[ \t\r\n\f\x00]+(\d{1,5})[ \t\r\n\f\x00]+obj\b`)
	rootRe    = lazyre.New(`/Root\s*(\d+)\s+(\d+)\s+R`)
	infoRe    = lazyre.New(`/Info\s*(\d+)\s+(\d+)\s+R`)
	encRefRe  = lazyre.New(`/Encrypt\s*(\d+)\s+(\d+)\s+R`)
	idRe      = lazyre.New(`/ID\s*\[\s*<([0-9A-Fa-f\s]*)>\s*<([0-9A-Fa-f\s]*)>\s*\]`)
	catalogRe = lazyre.New(`^\s*<<[^>]{0,200}?/Type\s*/Catalog`)
	objStmRe  = lazyre.New(`^\s*<<[^>]{0,400}?/Type\s*/ObjStm`)
)

type objLoc struct {
	off int64
	gen int
	// in an object stream:
	strm, idx int
	inStrm    bool
}

const maxObjects = 1 << 22

// rebuild scans buf for "N G obj", appends a fresh cross-reference stream
// (type 1 entries for top-level objects, type 2 for objects found inside
// object streams) and opens the result.
func rebuild(buf []byte) (*pdf.Reader, error) {
	r, err := rebuildFrom(buf)
	if err != nil {
		// objects without endobj, wrong stream lengths, stray bytes
		if fixed, changed := repairSyntax(buf, false); changed {
			if r2, err2 := rebuildFrom(fixed); err2 == nil {
				return r2, nil
			}
		}
	}
	return r, err
}

// rebuildFrom is rebuild of buf as it is.
func rebuildFrom(buf []byte) (*pdf.Reader, error) {
	locs := map[int]objLoc{}
	var catalog = -1
	var objStms []int
	for _, m := range objRe.FindAllSubmatchIndex(buf, -1) {
		if m[0] > 0 {
			if c := buf[m[0]-1]; c >= '0' && c <= '9' {
				continue
			}
		}
		id, err1 := strconv.Atoi(string(buf[m[2]:m[3]]))
		gen, err2 := strconv.Atoi(string(buf[m[4]:m[5]]))
		// an object takes at least a dozen bytes: larger ids are damage
		if err1 != nil || err2 != nil || id <= 0 || id >= maxObjects || id > len(buf)/12+1024 {
			continue
		}
		locs[id] = objLoc{off: int64(m[0]), gen: gen}
		after := buf[m[1]:min(len(buf), m[1]+600)]
		if catalogRe.Match(after) {
			catalog = id
		}
		if objStmRe.Match(after) {
			objStms = append(objStms, id)
		}
	}
	if len(locs) == 0 {
		return nil, errors.New("no objects found")
	}
	trailer := trailerEntries(buf, locs, catalog)
	if trailer == "" {
		return nil, errors.New("no document catalog found")
	}
	r, err := appendXref(buf, locs, trailer, objStms, len(objStms) == 0)
	if err != nil || len(objStms) == 0 {
		return r, err
	}
	// second pass: locate the objects stored inside object streams
	added := false
	for i, sid := range objStms {
		func() {
			defer func() { _ = recover() }()
			s := r.Trailer().Key("CCObjStm").Index(i)
			n := int(s.Key("N").Int64())
			if n <= 0 || n > 100000 {
				return
			}
			rd := s.Reader()
			data, _ := io.ReadAll(io.LimitReader(rd, 64<<20))
			fields := bytes.Fields(data)
			for k := 0; k < n && 2*k+1 < len(fields); k++ {
				id, err := strconv.Atoi(string(fields[2*k]))
				if err != nil || id <= 0 || id >= maxObjects || id > len(buf)/4+1024 {
					break
				}
				if _, top := locs[id]; top {
					continue
				}
				locs[id] = objLoc{strm: sid, idx: k, inStrm: true}
				added = true
			}
		}()
	}
	if !added {
		if !validate(r) {
			return nil, errors.New("page tree unreadable after rebuilding the cross-reference table")
		}
		return r, nil
	}
	return appendXref(buf, locs, trailerEntries(buf, locs, catalog), objStms, true)
}

// trailerEntries recovers /Root, /Info, /Encrypt and /ID from the last
// trailer (or xref stream) naming an object that exists.
func trailerEntries(buf []byte, locs map[int]objLoc, catalog int) string {
	var out bytes.Buffer
	root := ""
	all := rootRe.FindAllSubmatch(buf, -1)
	for _, m := range reverse(all) {
		if id, _ := strconv.Atoi(string(m[1])); locs[id] != (objLoc{}) {
			root = fmt.Sprintf("%s %s R", m[1], m[2])
			break
		}
	}
	if root == "" && len(all) > 0 {
		// the catalog may sit in an object stream not yet indexed
		m := all[len(all)-1]
		root = fmt.Sprintf("%s %s R", m[1], m[2])
	}
	if root == "" && catalog > 0 {
		root = fmt.Sprintf("%d %d R", catalog, locs[catalog].gen)
	}
	if root == "" {
		return ""
	}
	fmt.Fprintf(&out, "/Root %s", root)
	if m := lastMatch(infoRe, buf); m != nil {
		fmt.Fprintf(&out, " /Info %s %s R", m[1], m[2])
	}
	if m := lastMatch(encRefRe, buf); m != nil {
		fmt.Fprintf(&out, " /Encrypt %s %s R", m[1], m[2])
	}
	if m := lastMatch(idRe, buf); m != nil {
		fmt.Fprintf(&out, " /ID [<%s> <%s>]", bytes.Join(bytes.Fields(m[1]), nil), bytes.Join(bytes.Fields(m[2]), nil))
	}
	return out.String()
}

func lastMatch(re *lazyre.Regexp, buf []byte) [][]byte {
	all := re.FindAllSubmatch(buf, -1)
	if len(all) == 0 {
		return nil
	}
	return all[len(all)-1]
}

func reverse(x [][][]byte) [][][]byte {
	out := make([][][]byte, len(x))
	for i := range x {
		out[len(x)-1-i] = x[i]
	}
	return out
}

func appendXref(buf []byte, locs map[int]objLoc, trailer string, objStms []int, check bool) (*pdf.Reader, error) {
	maxID := 0
	for id := range locs {
		maxID = max(maxID, id)
	}
	self := maxID + 1
	size := self + 1
	var out bytes.Buffer
	out.Grow(len(buf) + size*7 + 512)
	out.Write(buf)
	out.WriteString("\n")
	xrefOff := out.Len()
	rows := make([]byte, 7*size)
	for id := 1; id < size; id++ {
		row := rows[7*id : 7*id+7]
		if id == self {
			row[0] = 1
			binary.BigEndian.PutUint32(row[1:5], uint32(xrefOff))
			continue
		}
		l, ok := locs[id]
		switch {
		case !ok:
		case l.inStrm:
			row[0] = 2
			binary.BigEndian.PutUint32(row[1:5], uint32(l.strm))
			binary.BigEndian.PutUint16(row[5:7], uint16(l.idx))
		default:
			row[0] = 1
			binary.BigEndian.PutUint32(row[1:5], uint32(l.off))
			binary.BigEndian.PutUint16(row[5:7], uint16(l.gen))
		}
	}
	fmt.Fprintf(&out, "%d 0 obj\n<< /Type /XRef /Size %d /W [1 4 2] /Length %d %s", self, size, len(rows), trailer)
	if len(objStms) > 0 {
		out.WriteString(" /CCObjStm [")
		for _, id := range objStms {
			fmt.Fprintf(&out, " %d %d R", id, locs[id].gen)
		}
		out.WriteString("]")
	}
	out.WriteString(" >>\nstream\n")
	out.Write(rows)
	fmt.Fprintf(&out, "\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n", xrefOff)
	nb := out.Bytes()
	r, err := newReader(nb)
	if err != nil {
		return nil, err
	}
	if check && !validate(r) {
		return nil, errors.New("page tree unreadable after rebuilding the cross-reference table")
	}
	return r, nil
}
