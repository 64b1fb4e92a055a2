package main

import (
	"github.com/spf13/cobra"

	"github.com/clausecheck/clausecheck/extract"
)

// limitFlags adds to cmd the flags that set the limits on each draft's
// extraction (extract.Limits; the defaults are extract.DefaultLimits), and
// applies them before the command runs. Crossing a limit is trouble (exit
// 2) naming the limit, which is also the flag that raises it.
func limitFlags(cmd *cobra.Command) {
	l := extract.DefaultLimits
	f := cmd.Flags()
	f.Int64Var(&l.Bytes, "max-bytes", l.Bytes, "limit: size of a draft file in bytes")
	f.Int64Var(&l.TextBytes, "max-text-bytes", l.TextBytes, "limit: size of a text or Markdown draft in bytes")
	f.IntVar(&l.Pages, "max-pages", l.Pages, "limit: pages of a PDF draft")
	f.IntVar(&l.PageGlyphs, "max-page-glyphs", l.PageGlyphs, "limit: characters shown on one PDF page")
	f.IntVar(&l.Glyphs, "max-glyphs", l.Glyphs, "limit: characters shown in a whole PDF draft")
	f.IntVar(&l.Clauses, "max-clauses", l.Clauses, "limit: clauses in a draft")
	f.IntVar(&l.ClauseBytes, "max-clause-bytes", l.ClauseBytes, "limit: bytes of text in one clause")
	f.IntVar(&l.Depth, "max-depth", l.Depth, "limit: nesting depth of a clause")
	f.DurationVar(&l.Time, "max-time", l.Time, "limit: time to extract one draft")
	prev := cmd.PreRunE
	cmd.PreRunE = func(c *cobra.Command, a []string) error {
		extract.SetDefaultLimits(l)
		if prev != nil {
			return prev(c, a)
		}
		return nil
	}
}
