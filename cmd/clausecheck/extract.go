package main

import (
	"io"

	"github.com/spf13/cobra"

	"github.com/clausecheck/clausecheck/app"
)

func newExtractCmd(run func(app.ExtractOptions, io.Writer) error) *cobra.Command {
	var opt app.ExtractOptions
	cmd := &cobra.Command{
		Use:   "extract FILE",
		Short: "Extract a draft into structured clauses (JSON or a readable tree)",
		Long: `Extract reads a draft (PDF, DOCX, plain text or Markdown, detected from its
content) and prints its clauses: number, heading, level, parent, page, exact
text and typed facts (percentages, money, durations, dates), its
cross-references and definitions. JSON follows the schema clausecheck/document/v1.`,
		Example: `  clausecheck extract draft.pdf
  clausecheck extract --format text fixtures/drafts/bedrock-edp-addendum.docx
  clausecheck extract --original -o original.json negotiated.docx`,
		Args: args(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, a []string) error {
			opt.Path = a[0]
			return run(opt, cmd.OutOrStdout())
		},
	}
	f := cmd.Flags()
	f.StringVar(&opt.Format, "format", "json", "output format: json or text")
	f.StringVarP(&opt.Output, "output", "o", "", "write to this file instead of standard output")
	completeValues(cmd, "format", "json", "text")
	f.BoolVar(&opt.Original, "original", false, "DOCX: the original view, all tracked changes rejected (default: all accepted)")
	limitFlags(cmd)
	return cmd
}
