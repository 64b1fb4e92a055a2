package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime"

	"github.com/spf13/cobra"

	"github.com/clausecheck/clausecheck/app"
	"github.com/clausecheck/clausecheck/render"
)

func newCheckCmd(run func(context.Context, app.CheckOptions, io.Writer, io.Writer) error) *cobra.Command {
	var opt app.CheckOptions
	var outputs []string
	cmd := &cobra.Command{
		Use:   "check FILE...",
		Short: "Check drafts against the playbook and report each check with its evidence",
		Long: `Check extracts each draft and evaluates the playbook's Rego policies on it:
the embedded AWS Bedrock EDP playbook (six critical clauses C1-C6, seven
negotiation levers L1-L7) unless --policies/--rules say otherwise. Each check
gets a status (met, partial, missing, conflict), the clause that proves it, the
facts read and what to ask for instead.

Configuration: --config FILE, else the nearest .clausecheck.yaml above each
draft (thresholds, severities, disabled checks, waivers); --rules DIR extends
the vocabulary; --policies DIR adds policies.

Gate (--fail-on): critical (default) fails when a critical check is missing or
in conflict; warning also fails on partial critical checks and on levers that
are not met; none never fails.

A draft read only in part (a damaged or undecodable PDF page) is trouble, not
a draft with clauses missing: it stops the run with exit 2 unless
--accept-partial says to check what could be read (the report then says which
pages were lost).

A batch (more than one draft, or a directory) ends with a one-line summary
on stderr ("12 drafts: 9 passed, 3 failed (C3 ×2, C4 ×1)"), and shows the
draft being checked when stderr is a terminal. A directory stands for the
drafts under it (.pdf, .docx, .md, .markdown, .txt), hidden directories and
what a .clausecheckignore file in it lists left out. Its drafts are checked
--jobs at a time (the number of cores by default); the report is the same.

Exit codes: 0 passed, 1 gate failed, 2 trouble (unreadable or partly read
draft, bad config, bad policy, bad usage).`,
		Example: `  clausecheck check fixtures/drafts/bedrock-edp-addendum.md
  clausecheck check --fail-on warning contracts/
  clausecheck check -o sarif=clausecheck.sarif -o junit=junit.xml -o text contracts/
  clausecheck check --format github contracts/          # annotations and the job summary in GitHub Actions
  clausecheck check --format input draft.docx           # the input the policies receive
  clausecheck check --config .clausecheck.yaml --no-config-discovery --policies mypolicies/ contracts/`,
		Args: args(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, a []string) error {
			opt.Paths = a
			if opt.Jobs < 1 {
				return &app.UsageError{Msg: fmt.Sprintf("--jobs %d: want 1 or more", opt.Jobs)}
			}
			opt.Outputs = nil
			for _, v := range outputs {
				opt.Outputs = append(opt.Outputs, app.ParseOutput(v, opt.Format))
			}
			opt.Color = useColor(cmd, cmd.OutOrStdout())
			opt.Progress = isTerminal(cmd.ErrOrStderr())
			opt.Version = buildVersion()
			opt.StepSummary = os.Getenv("GITHUB_STEP_SUMMARY")
			return run(cmd.Context(), opt, cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	f := cmd.Flags()
	f.StringVar(&opt.Format, "format", "text", "output format: text, markdown, json, sarif, junit or github (workflow annotations, and a job summary appended to $GITHUB_STEP_SUMMARY when it is set); input prints the policy input of one draft instead of a report")
	f.StringArrayVarP(&outputs, "output", "o", nil, "write a report to a `FILE` (in --format), or FORMAT=FILE, or FORMAT to standard output; repeatable: -o sarif=report.sarif -o junit=junit.xml -o text")
	f.StringVar(&opt.Playbook.FailOn, "fail-on", "critical", "gate: critical, warning or none")
	f.BoolVar(&opt.AcceptPartial, "accept-partial", false, "check a draft of which some pages could not be read, instead of stopping")
	f.IntVarP(&opt.Jobs, "jobs", "j", runtime.NumCPU(), "check this many drafts of a batch at a time (the report is the same bytes whatever the number)")
	playbookFlags(f, &opt.Playbook)
	limitFlags(cmd)
	completeValues(cmd, "format", append(render.Formats(), "input")...)
	completeValues(cmd, "fail-on", "critical", "warning", "none")
	return cmd
}
