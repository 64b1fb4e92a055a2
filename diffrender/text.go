package diffrender

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/clausecheck/clausecheck/diff"
	"github.com/clausecheck/clausecheck/render"
)

// textRenderer writes a terminal report; colour only when told.
type textRenderer struct{ color bool }

var _ Renderer = textRenderer{}

const (
	ansiReset  = "\x1b[0m"
	ansiDel    = "\x1b[31;9m" // red, struck through
	ansiIns    = "\x1b[32;4m" // green, underlined
	ansiBold   = "\x1b[1m"
	ansiRed    = "\x1b[31m"
	ansiGreen  = "\x1b[32m"
	ansiYellow = "\x1b[33m"
)

func (t textRenderer) paint(code, s string) string {
	if !t.color || s == "" {
		return s
	}
	return code + s + ansiReset
}

func (t textRenderer) Render(w io.Writer, r *diff.Result) error {
	// draft text must not drive the terminal (escape sequences made
	// visible); this renderer is the result's last reader
	render.VisibleAll(r)
	bw := bufio.NewWriter(w)
	v := newView(r)
	fmt.Fprintf(bw, "%s %s → %s\n", t.paint(ansiBold, "diff"), r.Old, r.New)
	fmt.Fprintf(bw, "similarity %s, %d substantive, %d cosmetic\n", percent(r.Similarity), len(v.substantive), r.Cosmetic.Count)
	if r.TooDifferent {
		fmt.Fprintf(bw, "\n%s the drafts are too different to compare clause by clause (%s of their words in common)\n",
			t.paint(ansiYellow, "too different:"), percent(r.Similarity))
	}
	for _, n := range r.Incomplete {
		fmt.Fprintf(bw, "%s %s; the comparison covers only what was read\n", t.paint(ansiYellow, "incomplete:"), render.Visible(n))
	}
	if len(r.Compliance) > 0 {
		fmt.Fprintf(bw, "\n%s\n", t.paint(ansiBold, "Compliance"))
		for _, d := range r.Compliance {
			mark := directionMark(d.Direction)
			switch d.Direction {
			case diff.Regressed:
				mark = t.paint(ansiRed, mark)
			case diff.Improved:
				mark = t.paint(ansiGreen, mark)
			}
			line := fmt.Sprintf("  %-4s %-22s %s  %s", d.ID, statusText(d), mark, because(d))
			fmt.Fprintln(bw, strings.TrimRight(line, " "))
		}
	}
	if len(v.substantive) > 0 {
		fmt.Fprintf(bw, "\n%s\n", t.paint(ansiBold, "Substantive changes"))
		for _, c := range v.substantive {
			fmt.Fprintf(bw, "  %s %s", c.Kind, title(c))
			if n := note(c); n != "" {
				fmt.Fprintf(bw, " [%s]", n)
			}
			bw.WriteString("\n")
			if len(c.Redline) > 0 {
				fmt.Fprintf(bw, "    %s\n", t.redline(c.Redline))
			}
			if c.RedlineOmitted != "" {
				fmt.Fprintf(bw, "    old: %s\n    new: %s\n", c.OldText, c.NewText)
			}
			for _, w := range c.Why {
				fmt.Fprintf(bw, "    why: %s\n", w)
			}
			if len(c.Why) == 0 {
				for _, f := range c.Facts {
					fmt.Fprintf(bw, "    %s %s\n", f.Kind, factArrow(f))
				}
			}
			for _, rv := range c.Revisions {
				fmt.Fprintf(bw, "    tracked %s\n", revisionLine(rv))
			}
		}
	}
	if len(v.moved) > 0 {
		fmt.Fprintf(bw, "\n%s (%d)\n", t.paint(ansiBold, "Moved, the text the same in substance"), len(v.moved))
		for _, c := range v.moved {
			fmt.Fprintf(bw, "  %s %s", c.Kind, title(c))
			if n := note(c); n != "" {
				fmt.Fprintf(bw, " [%s]", n)
			}
			bw.WriteString("\n")
		}
	}
	if len(v.reworded) > 0 {
		fmt.Fprintf(bw, "\n%s (%d)\n", t.paint(ansiBold, "Reworded, the same effect"), len(v.reworded))
		for _, c := range v.reworded {
			fmt.Fprintf(bw, "  %s\n", title(c))
			if len(c.Redline) > 0 {
				fmt.Fprintf(bw, "    %s\n", t.redline(c.Redline))
			}
		}
	}
	if len(r.Furniture) > 0 {
		fmt.Fprintf(bw, "\n%s: %s\n", t.paint(ansiBold, "Furniture"), furnitureSummary(r.Furniture))
	}
	if len(v.other) > 0 || r.Cosmetic.Count > 0 {
		fmt.Fprintf(bw, "\n%s (%d): %s\n", t.paint(ansiBold, "Cosmetic"), r.Cosmetic.Count, cosmeticSummary(r.Cosmetic))
		for _, c := range v.other {
			fmt.Fprintf(bw, "  %s %s\n", c.Kind, title(c))
		}
		for _, it := range r.Cosmetic.Items {
			if it.Kind == diff.CosmeticRenumber || it.Kind == diff.CosmeticNumStyle {
				continue // shown above as renumbered changes
			}
			fmt.Fprintf(bw, "  %s %s", it.Kind, it.NewClause)
			if it.Detail != "" {
				fmt.Fprintf(bw, ": %s", it.Detail)
			}
			bw.WriteString("\n")
		}
	}
	return bw.Flush()
}

func (t textRenderer) redline(segs []diff.Segment) string {
	var b strings.Builder
	for i, s := range segs {
		lead, core, trail := splitSpace(s.Text)
		if s.Op == diff.OpInsert && i > 0 && segs[i-1].Op == diff.OpDelete && lead == "" {
			lead = " " // [-old-] {+new+}, as wdiff prints it
		}
		switch s.Op {
		case diff.OpEqual:
			b.WriteString(s.Text)
			continue
		case diff.OpDelete:
			if t.color {
				core = t.paint(ansiDel, core)
			} else {
				core = "[-" + core + "-]"
			}
		case diff.OpInsert:
			if t.color {
				core = t.paint(ansiIns, core)
			} else {
				core = "{+" + core + "+}"
			}
		}
		b.WriteString(lead + core + trail)
	}
	return b.String()
}

func factArrow(f diff.FactChange) string {
	o, n := f.Old, f.New
	if o == "" {
		o = "∅"
	}
	if n == "" {
		n = "∅"
	}
	return o + " → " + n
}
