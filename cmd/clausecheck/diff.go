package main

import (
	"context"
	"io"

	"github.com/spf13/cobra"

	"github.com/clausecheck/clausecheck/app"
)

func newDiffCmd(run func(context.Context, app.DiffOptions, io.Writer) error) *cobra.Command {
	var opt app.DiffOptions
	cmd := &cobra.Command{
		Use:   "diff OLD NEW | diff --tracked FILE.docx",
		Short: "Compare two drafts clause by clause, with a word redline and the compliance delta",
		Long: `Diff aligns the clauses of two drafts by content, not by number: renumbered
and moved clauses are recognised, and within a changed clause a word-level
redline is shown. Substantive changes (numbers, negations, parties, durations,
defined terms, added exceptions) come first; cosmetic ones (wrapping, quotes,
numbering style, renumbering) are only counted. The playbook runs on both drafts
and the compliance delta says which checks got worse.

With --tracked, the original view (tracked changes rejected) of a DOCX is
compared with its proposed view (all changes accepted).

A draft of which part could not be read (a damaged PDF page) is refused; with
--accept-partial it is compared as read, the output says what was lost, and
--fail-on-regression fails when the new draft is the one read in part.

Exit codes: 0 ok, 1 a critical check regressed (with --fail-on-regression),
2 trouble.`,
		Example: `  clausecheck diff v1.docx v2.docx
  clausecheck diff --format html -o redline.html old.pdf new.pdf
  clausecheck diff --fail-on-regression --no-config-discovery base/contract.md contract.md
  clausecheck diff --tracked negotiated.docx`,
		Args: args(cobra.RangeArgs(0, 2)),
		RunE: func(cmd *cobra.Command, a []string) error {
			switch {
			case opt.Tracked != "" && len(a) != 0:
				return &app.UsageError{Msg: "diff --tracked takes one DOCX and no other drafts"}
			case opt.Tracked == "" && len(a) != 2:
				return &app.UsageError{Msg: "diff needs two drafts: OLD NEW"}
			case len(a) == 2:
				opt.Old, opt.New = a[0], a[1]
			}
			opt.Color = useColor(cmd, cmd.OutOrStdout())
			return run(cmd.Context(), opt, cmd.OutOrStdout())
		},
	}
	f := cmd.Flags()
	f.StringVar(&opt.Tracked, "tracked", "", "compare the original and accepted views of this `DOCX`")
	f.StringVar(&opt.Format, "format", "text", "output format: text, markdown, html or json")
	f.StringVarP(&opt.Output, "output", "o", "", "write to this file instead of standard output")
	f.BoolVar(&opt.FailOnRegression, "fail-on-regression", false, "exit 1 when a critical check is worse in NEW than in OLD")
	f.BoolVar(&opt.Exact, "exact", false, "count quote style, special spaces and Unicode forms as changes")
	f.BoolVar(&opt.NoCompliance, "no-compliance", false, "skip the playbook (no compliance delta)")
	f.BoolVar(&opt.AcceptPartial, "accept-partial", false, "compare a draft of which some pages could not be read, instead of stopping")
	playbookFlags(f, &opt.Playbook)
	completeValues(cmd, "format", "text", "markdown", "html", "json")
	limitFlags(cmd)
	return cmd
}
