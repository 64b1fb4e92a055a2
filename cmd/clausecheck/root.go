package main

import (
	"github.com/spf13/cobra"

	"github.com/clausecheck/clausecheck/app"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "dev"

func newRootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:   "clausecheck",
		Short: "Check contract drafts for required clauses, with evidence, and diff drafts",
		Long: `clausecheck reads contract drafts (PDF, DOCX, text, Markdown), extracts their
numbered clauses and typed facts, checks them against a playbook of OPA Rego
policies (the AWS Bedrock EDP playbook is built in) and diffs two drafts clause
by clause.

Exit codes: 0 ok, 1 gate failed (a check or a regression failed the gate),
2 trouble (unreadable draft, bad config or policy, bad usage).`,
		Version:       version,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error {
		return &app.UsageError{Msg: err.Error()}
	})
	root.AddCommand(newCheckCmd(app.Check), newExtractCmd(app.Extract), newDiffCmd(app.Diff), newPoliciesCmd())
	return root
}

// args wraps a cobra positional-argument validator so that its error is a
// usage error (exit 2).
func args(v cobra.PositionalArgs) cobra.PositionalArgs {
	return func(cmd *cobra.Command, a []string) error {
		if err := v(cmd, a); err != nil {
			return &app.UsageError{Msg: err.Error()}
		}
		return nil
	}
}
