package main

import (
	"context"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/clausecheck/clausecheck/app"
)

func newCheckCmd(run func(context.Context, app.CheckOptions, io.Writer) error) *cobra.Command {
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

Exit codes: 0 passed, 1 gate failed, 2 trouble (unreadable or partly read
draft, bad config, bad policy, bad usage).`,
		Args: args(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, a []string) error {
			opt.Paths = a
			opt.Outputs = nil
			for _, v := range outputs {
				opt.Outputs = append(opt.Outputs, app.ParseOutput(v, opt.Format))
			}
			opt.Color = isTerminal(cmd.OutOrStdout())
			opt.Version = buildVersion()
			opt.StepSummary = os.Getenv("GITHUB_STEP_SUMMARY")
			return run(cmd.Context(), opt, cmd.OutOrStdout())
		},
	}
	f := cmd.Flags()
	f.StringVar(&opt.Format, "format", "text", "output format: text, markdown, json, sarif, junit or github (workflow annotations, and a job summary appended to $GITHUB_STEP_SUMMARY when it is set); input prints the policy input of one draft instead of a report")
	f.StringArrayVarP(&outputs, "output", "o", nil, "write a report to a `FILE` (in --format), or FORMAT=FILE, or FORMAT to standard output; repeatable: -o sarif=report.sarif -o junit=junit.xml -o text")
	f.StringVar(&opt.Playbook.FailOn, "fail-on", "critical", "gate: critical, warning or none")
	f.BoolVar(&opt.AcceptPartial, "accept-partial", false, "check a draft of which some pages could not be read, instead of stopping")
	playbookFlags(f, &opt.Playbook)
	limitFlags(cmd)
	return cmd
}
