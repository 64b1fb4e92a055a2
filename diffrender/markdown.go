package diffrender

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/clausecheck/clausecheck/diff"
	"github.com/clausecheck/clausecheck/render"
)

// markdownRenderer writes GitHub-flavoured Markdown for a pull request:
// ~~deleted~~ **inserted**, substantive changes first, cosmetic ones
// summarised in a collapsed list.
type markdownRenderer struct{}

var _ Renderer = markdownRenderer{}

func (markdownRenderer) Render(w io.Writer, r *diff.Result) error {
	// draft text and file names must not drive a terminal the report is
	// shown on (escape sequences made visible); the result's last reader
	render.VisibleAll(r)
	bw := bufio.NewWriter(w)
	v := newView(r)
	fmt.Fprintf(bw, "## Draft comparison: %s → %s\n\n", mdCode(r.Old), mdCode(r.New))
	fmt.Fprintf(bw, "Similarity %s · %d substantive · %d cosmetic\n", percent(r.Similarity), len(v.substantive), r.Cosmetic.Count)
	if r.TooDifferent {
		fmt.Fprintf(bw, "\n> [!WARNING]\n> The drafts are too different to compare clause by clause (%s of their words in common).\n", percent(r.Similarity))
	}
	for _, n := range r.Incomplete {
		fmt.Fprintf(bw, "\n> [!WARNING]\n> Incomplete: %s; the comparison covers only what was read.\n", mdCell(render.Visible(n)))
	}
	if len(r.Compliance) > 0 {
		bw.WriteString("\n### Compliance delta\n\n| Check | Status | Direction | Because |\n|---|---|---|---|\n")
		for _, d := range r.Compliance {
			name := d.ID
			if d.Title != "" {
				name += " " + d.Title
			}
			dir := directionMark(d.Direction)
			if d.Direction == diff.Regressed {
				dir = "**" + dir + "**"
			}
			fmt.Fprintf(bw, "| %s | %s | %s | %s |\n", mdCell(name), mdCell(statusText(d)), dir, mdCell(because(d)))
		}
	}
	if len(v.substantive) > 0 {
		fmt.Fprintf(bw, "\n### Substantive changes (%d)\n", len(v.substantive))
		for _, c := range v.substantive {
			fmt.Fprintf(bw, "\n#### %s — %s\n", mdEscape(title(c)), c.Kind)
			if n := note(c); n != "" {
				fmt.Fprintf(bw, "\n*%s*\n", mdEscape(n))
			}
			if len(c.Redline) > 0 {
				fmt.Fprintf(bw, "\n%s\n", mdRedline(c.Redline))
			}
			if c.RedlineOmitted != "" {
				fmt.Fprintf(bw, "\n> **Old:** %s\n>\n> **New:** %s\n", mdEscape(c.OldText), mdEscape(c.NewText))
			}
			if len(c.Why) > 0 {
				bw.WriteString("\n")
				for _, w := range c.Why {
					fmt.Fprintf(bw, "- %s\n", mdEscape(w))
				}
			} else if len(c.Facts) > 0 {
				bw.WriteString("\n")
				for _, f := range c.Facts {
					fmt.Fprintf(bw, "- %s: %s\n", f.Kind, mdEscape(factArrow(f)))
				}
			}
			if len(c.Revisions) > 0 {
				bw.WriteString("\n")
				for _, rv := range c.Revisions {
					fmt.Fprintf(bw, "- tracked %s\n", mdEscape(revisionLine(rv)))
				}
			}
		}
	}
	if len(v.moved) > 0 {
		fmt.Fprintf(bw, "\n### Moved (%d)\n\n<details><summary>The text the same in substance</summary>\n\n", len(v.moved))
		for _, c := range v.moved {
			fmt.Fprintf(bw, "- %s\n", mdEscape(movedLine(c)))
		}
		bw.WriteString("\n</details>\n")
	}
	if len(v.reworded) > 0 {
		fmt.Fprintf(bw, "\n### Reworded (%d)\n\n<details><summary>Other words, the same effect</summary>\n", len(v.reworded))
		for _, c := range v.reworded {
			fmt.Fprintf(bw, "\n- **%s**: %s\n", mdEscape(title(c)), mdRedline(c.Redline))
		}
		bw.WriteString("\n</details>\n")
	}
	if len(r.Furniture) > 0 {
		fmt.Fprintf(bw, "\n### Furniture\n\n<details><summary>%s</summary>\n\n", mdEscape(furnitureSummary(r.Furniture)))
		for _, f := range r.Furniture {
			fmt.Fprintf(bw, "- %s\n", mdEscape(furnitureLine(f)))
		}
		bw.WriteString("\n</details>\n")
	}
	if len(v.other) > 0 || r.Cosmetic.Count > 0 {
		fmt.Fprintf(bw, "\n### Cosmetic changes (%d)\n\n%s\n", r.Cosmetic.Count, mdEscape(cosmeticSummary(r.Cosmetic)))
		bw.WriteString("\n<details><summary>List</summary>\n\n")
		for _, c := range v.other {
			fmt.Fprintf(bw, "- %s %s\n", c.Kind, mdEscape(title(c)))
		}
		for _, line := range cosmeticLines(r.Cosmetic) {
			fmt.Fprintf(bw, "- %s\n", mdEscape(line))
		}
		bw.WriteString("\n</details>\n")
	}
	return bw.Flush()
}

func mdRedline(segs []diff.Segment) string {
	var b strings.Builder
	for i, s := range segs {
		lead, core, trail := splitSpace(s.Text)
		if s.Op == diff.OpInsert && i > 0 && segs[i-1].Op == diff.OpDelete && lead == "" {
			lead = " " // ~~old~~ **new**
		}
		switch s.Op {
		case diff.OpEqual:
			b.WriteString(mdEscape(s.Text))
			continue
		case diff.OpDelete:
			core = "~~" + mdEscape(core) + "~~"
		case diff.OpInsert:
			core = "**" + mdEscape(core) + "**"
		}
		b.WriteString(lead + core + trail)
	}
	return b.String()
}

var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "~", `\~`, "[", `\[`, "]", `\]`,
	"<", "&lt;", ">", "&gt;", "#", `\#`, "|", `\|`, "&", "&amp;",
)

// mdEscape makes text literal in Markdown.
func mdEscape(s string) string { return mdEscaper.Replace(s) }

// mdCell is escaped text that stays in one table cell.
func mdCell(s string) string {
	return strings.ReplaceAll(mdEscape(s), "\n", " ")
}

// mdCode is s as inline code, fenced with enough backticks.
func mdCode(s string) string {
	fence := "`"
	for strings.Contains(s, fence) {
		fence += "`"
	}
	return fence + s + fence
}
