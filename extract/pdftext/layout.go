package pdftext

import (
	"math"
	"slices"
	"sort"
	"strings"
)

// vline is a visual line under construction: its glyphs sorted by x.
type vline struct {
	glyphs []glyph
	y      float64 // baseline of the first glyph
	size   float64 // dominant font size
	x0, x1 float64
	cells  []float64 // left x of each tab-separated cell, set by render
}

// groupLines sorts gs in place and clusters the glyphs by baseline (|Δy| < 0.4 × font size) and sorts
// each line by x, dropping duplicate glyphs drawn twice for a bold effect.
func groupLines(gs []glyph) []*vline {
	if len(gs) == 0 {
		return nil
	}
	sorted := gs // sorted in place: the caller hands the glyphs over
	sort.SliceStable(sorted, func(i, j int) bool {
		if sorted[i].y != sorted[j].y {
			return sorted[i].y > sorted[j].y
		}
		return sorted[i].x0 < sorted[j].x0
	})
	// lines are runs of the y-sorted glyphs: slice them, no copying
	var lines []*vline
	start := 0
	for i := 1; i <= len(sorted); i++ {
		first := sorted[start]
		if i < len(sorted) && math.Abs(sorted[i].y-first.y) < 0.4*math.Max(sorted[i].size, first.size) {
			continue
		}
		lines = append(lines, &vline{glyphs: sorted[start:i:i], y: first.y, size: first.size})
		start = i
	}
	for _, l := range lines {
		sort.SliceStable(l.glyphs, func(i, j int) bool { return l.glyphs[i].x0 < l.glyphs[j].x0 })
		// drop overprinted duplicates (fake bold, shadow)
		out := l.glyphs[:1]
		for _, g := range l.glyphs[1:] {
			p := out[len(out)-1]
			if g.text == p.text && math.Abs(g.x0-p.x0) < 0.1*g.size && math.Abs(g.y-p.y) < 0.1*g.size {
				continue
			}
			out = append(out, g)
		}
		l.glyphs = out
		l.finish()
	}
	return lines
}

// finish computes the line's extent and dominant size (by character count).
func (l *vline) finish() {
	l.x0, l.x1 = math.Inf(1), math.Inf(-1)
	type sizeCount struct {
		size float64
		n    int
	}
	var buf [8]sizeCount
	sizes := buf[:0]
	for _, g := range l.glyphs {
		l.x0 = math.Min(l.x0, g.x0)
		l.x1 = math.Max(l.x1, g.x1)
		s := math.Round(g.size*10) / 10
		found := false
		for i := range sizes {
			if sizes[i].size == s {
				sizes[i].n += len(g.text)
				found = true
				break
			}
		}
		if !found {
			sizes = append(sizes, sizeCount{s, len(g.text)})
		}
	}
	best, bestN := 0.0, -1
	for _, sc := range sizes {
		if sc.n > bestN || sc.n == bestN && sc.size > best {
			best, bestN = sc.size, sc.n
		}
	}
	l.size = best
	// baseline: of the glyphs at the dominant size, the first one
	for _, g := range l.glyphs {
		if math.Round(g.size*10)/10 == best {
			l.y = g.y
			break
		}
	}
}

// render turns the line's glyphs into text: a space where the gap exceeds
// 0.15 × size (or a space glyph sat between stream neighbours), a tab where it
// exceeds 2 × size or a vertical rule (table border) separates the glyphs.
func (l *vline) render(vrules []rule) (string, bool) {
	var b strings.Builder
	bold := 0
	total := 0
	l.cells = l.cells[:0]
	for i, g := range l.glyphs {
		if i == 0 {
			l.cells = append(l.cells, g.x0)
		}
		if i > 0 {
			p := l.glyphs[i-1]
			gap := g.x0 - p.x1
			size := math.Max(math.Min(g.size, p.size), 1)
			switch {
			case gap > 2*size || gap > 0.15*size && crossesRule(vrules, p.x1, g.x0, l.y, size):
				b.WriteByte('\t')
				l.cells = append(l.cells, g.x0)
			case gap > 0.15*size || g.spaceBefore && g.seq == p.seq+1 && gap > -0.1*size:
				b.WriteByte(' ')
			}
		}
		b.WriteString(g.text)
		n := len([]rune(g.text))
		total += n
		if g.bold {
			bold += n
		}
	}
	return b.String(), total > 0 && bold*2 > total
}

func crossesRule(vrules []rule, x0, x1, y, size float64) bool {
	for _, r := range vrules {
		mx := (r.x0 + r.x1) / 2
		if mx > x0 && mx < x1 && r.y0 <= y+0.5*size && r.y1 >= y {
			return true
		}
	}
	return false
}

// split cuts a line at x, returning the parts left and right of it.
func (l *vline) split(x float64) (left, right *vline) {
	var lg, rg []glyph
	for _, g := range l.glyphs {
		if (g.x0+g.x1)/2 < x {
			lg = append(lg, g)
		} else {
			rg = append(rg, g)
		}
	}
	if len(lg) > 0 {
		left = &vline{glyphs: lg}
		left.finish()
	}
	if len(rg) > 0 {
		right = &vline{glyphs: rg}
		right.finish()
	}
	return left, right
}

// findGutter looks for a vertical strip near the middle of the text block
// that almost no line crosses while many lines have text on both sides of it:
// a two-column page. It returns the strip's centre, or false.
func findGutter(lines []*vline) (float64, bool) {
	if len(lines) < 10 {
		return 0, false
	}
	minX, maxX := math.Inf(1), math.Inf(-1)
	for _, l := range lines {
		minX = math.Min(minX, l.x0)
		maxX = math.Max(maxX, l.x1)
	}
	width := maxX - minX
	if width < 100 || width > 5000 {
		return 0, false
	}
	nb := int(width) + 1
	cover := make([]int, nb)
	mark := make([]int, nb) // 1 + index of the last line that counted a bin
	for li, l := range lines {
		// a line covers its glyphs and the small gaps between them
		for i, g := range l.glyphs {
			a := g.x0
			if i > 0 {
				p := l.glyphs[i-1]
				if g.x0-p.x1 < g.size { // word spaces, even justified ones
					a = p.x1
				}
			}
			for x := int(a - minX); x <= int(g.x1-minX) && x < nb; x++ {
				if x >= 0 && mark[x] != li+1 {
					mark[x] = li + 1
					cover[x]++
				}
			}
		}
	}
	lo, hi := int(0.3*width), int(0.7*width)
	limit := len(lines) / 10
	best, bestW := -1, 0
	for x := lo; x < hi; {
		if cover[x] > limit {
			x++
			continue
		}
		s := x
		for x < nb && cover[x] <= limit {
			x++
		}
		if w := x - s; w > bestW {
			best, bestW = s+w/2, w
		}
	}
	if best < 0 || bestW < 6 {
		return 0, false
	}
	gx := minX + float64(best)
	// both sides must be dense columns, not a table of short cells; each
	// side's lines split once, for all three tests below
	var fillL, fillR float64
	var ysL, ysR []float64
	celled := 0
	for _, l := range lines {
		left, right := l.split(gx)
		if left != nil {
			ysL = append(ysL, left.y)
			fillL += (left.x1 - left.x0) / (gx - minX)
			if left.hasCellGap() {
				celled++
			}
		}
		if right != nil {
			ysR = append(ysR, right.y)
			fillR += (right.x1 - right.x0) / (maxX - gx)
		}
	}
	nl, nr := len(ysL), len(ysR)
	if nl < 5 || nr < 5 || fillL/float64(nl) < 0.5 || fillR/float64(nr) < 0.5 {
		return 0, false
	}
	// a column of text fills its height; notes in a table's last column
	// ("Inserted by Variation 2" beside the rows it annotates) come in
	// short runs with rows of the other columns between them
	if sparseColumn(ysL) || sparseColumn(ysR) {
		return 0, false
	}
	// a column of running text has no cell gaps; the left part of a table
	// (a number and a subject, then the terms on the right) does
	if celled*4 > nl {
		return 0, false
	}
	return gx, true
}

// sparseColumn: the baselines of one side of a gutter (sorted in place)
// fill less than half the lines its height holds at its own line pitch.
func sparseColumn(ys []float64) bool {
	if len(ys) < 2 {
		return false
	}
	slices.Sort(ys)
	var gaps []float64
	for i := 1; i < len(ys); i++ {
		if g := ys[i] - ys[i-1]; g > 0.5 {
			gaps = append(gaps, g)
		}
	}
	if len(gaps) == 0 {
		return false
	}
	slices.Sort(gaps)
	pitch := gaps[len(gaps)/2]
	holds := (ys[len(ys)-1]-ys[0])/pitch + 1
	return float64(len(ys)) < 0.5*holds
}

// hasCellGap reports a gap wider than twice the font size inside the line.
func (l *vline) hasCellGap() bool {
	for i := 1; i < len(l.glyphs); i++ {
		p, g := l.glyphs[i-1], l.glyphs[i]
		if g.x0-p.x1 > 2*math.Max(math.Min(g.size, p.size), 1) {
			return true
		}
	}
	return false
}

// readingOrder returns the lines top to bottom; on a two-column page each run
// of column lines is emitted left column first, then right column, while lines
// that span the gutter (titles) stay in place.
func readingOrder(lines []*vline) []*vline {
	gx, ok := findGutter(lines)
	if !ok {
		return lines
	}
	var out, left, right []*vline
	flush := func() {
		out = append(out, left...)
		out = append(out, right...)
		left, right = left[:0:0], right[:0:0]
	}
	for _, l := range lines {
		// a line spans the gutter when no column-sized gap separates its
		// glyphs there (a title, a full-width paragraph)
		spans := false
		for i, g := range l.glyphs {
			if g.x0 < gx && g.x1 > gx {
				spans = true
				break
			}
			if i > 0 {
				p := l.glyphs[i-1]
				if (p.x0+p.x1)/2 < gx && (g.x0+g.x1)/2 >= gx && g.x0-p.x1 < g.size {
					spans = true
					break
				}
			}
		}
		if spans {
			flush()
			out = append(out, l)
			continue
		}
		lp, rp := l.split(gx)
		if lp != nil {
			left = append(left, lp)
		}
		if rp != nil {
			right = append(right, rp)
		}
	}
	flush()
	return out
}
