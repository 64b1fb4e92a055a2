package main

import (
	"context"
	"io"

	"github.com/spf13/cobra"

	"github.com/clausecheck/clausecheck/app"
)

func newPoliciesCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "policies",
		Short: "List the playbook's checks, run their Rego unit tests, or print a draft's policy input",
		Example: `  clausecheck policies list
  clausecheck policies test mypolicies/
  clausecheck policies input fixtures/drafts/bedrock-edp-addendum.md
  clausecheck policies new GL1 --title "Governing law named"`,
		// "clausecheck policies lst" is a mistake, not a request for help
		// that exits 0
		RunE: func(cmd *cobra.Command, a []string) error {
			if len(a) > 0 {
				return unknownSubcommand(cmd, a[0])
			}
			return cmd.Help()
		},
	}
	cmd.AddCommand(newPoliciesListCmd(app.PoliciesList), newPoliciesTestCmd(app.PoliciesTest), newPoliciesInputCmd(app.PoliciesInput), newPoliciesNewCmd(app.PoliciesNew))
	return cmd
}

func newPoliciesListCmd(run func(context.Context, app.PoliciesListOptions, io.Writer) error) *cobra.Command {
	var opt app.PoliciesListOptions
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the checks (id, severity, title) from their METADATA",
		Example: `  clausecheck policies list
  clausecheck policies list --format json --policies mypolicies/`,
		Args: args(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			return run(cmd.Context(), opt, cmd.OutOrStdout())
		},
	}
	cmd.Flags().StringVar(&opt.Format, "format", "text", "output format: text or json")
	playbookFlags(cmd.Flags(), &opt.Playbook)
	return cmd
}

func newPoliciesTestCmd(run func(context.Context, app.PoliciesTestOptions, io.Writer) error) *cobra.Command {
	var opt app.PoliciesTestOptions
	cmd := &cobra.Command{
		Use:   "test [DIR...]",
		Short: "Run the Rego unit tests of the embedded policies and of DIRs (like opa test)",
		Example: `  clausecheck policies test
  clausecheck policies test --no-embedded-policies -v mypolicies/
  clausecheck policies test --run 'test_c3_.*'`,
		Long: `Test runs the *_test.rego files of the embedded Bedrock policies and of each
DIR given. Exit codes: 0 all passed, 1 a test failed, 2 a policy did not compile.`,
		RunE: func(cmd *cobra.Command, a []string) error {
			opt.Dirs = a
			return run(cmd.Context(), opt, cmd.OutOrStdout())
		},
	}
	f := cmd.Flags()
	f.BoolVarP(&opt.Verbose, "verbose", "v", false, "list every test")
	f.StringVar(&opt.Run, "run", "", "run only the tests whose names match this `REGEXP`")
	f.BoolVar(&opt.NoEmbedded, "no-embedded-policies", false, "test only the given directories")
	return cmd
}

func newPoliciesInputCmd(run func(context.Context, app.PoliciesInputOptions, io.Writer) error) *cobra.Command {
	var opt app.PoliciesInputOptions
	cmd := &cobra.Command{
		Use:   "input DRAFT",
		Short: "Print the input the policies receive for a draft (JSON, clausecheck/input/v2)",
		Example: `  clausecheck policies input fixtures/drafts/bedrock-edp-addendum.md
  clausecheck policies input --rules myrules/ draft.docx`,
		Long: `Input prints what the Rego policies see for one draft: the typed frames of the
playbook read from the text in force, the amendments that could not be applied,
the precedence decisions, notices and every statement. See policies/README.md.`,
		Args: args(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, a []string) error {
			opt.Path = a[0]
			return run(cmd.Context(), opt, cmd.OutOrStdout())
		},
	}
	playbookFlags(cmd.Flags(), &opt.Playbook)
	limitFlags(cmd)
	return cmd
}

func newPoliciesNewCmd(run func(app.PoliciesNewOptions, io.Writer) error) *cobra.Command {
	var opt app.PoliciesNewOptions
	cmd := &cobra.Command{
		Use:   "new ID",
		Short: "Scaffold a check of your own: its policy, its Rego tests and its vocabulary topic",
		Long: `New writes DIR/policies/ID.rego (a policy with its METADATA, met when a binding
sentence of the draft speaks of the topic), DIR/policies/ID_test.rego (its unit
tests) and DIR/rules/ID.yaml (the topic's phrases). It overwrites nothing. The
input the policy reads is described in policies/README.md.`,
		Example: `  clausecheck policies new GL1 --title "Governing law named" --topic governing_law --phrase "governed by" --phrase "governing law"
  clausecheck policies test policies
  clausecheck check --rules rules --policies policies contracts/`,
		Args: args(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, a []string) error {
			opt.ID = a[0]
			return run(opt, cmd.OutOrStdout())
		},
	}
	f := cmd.Flags()
	f.StringVar(&opt.Dir, "dir", ".", "write policies/ and rules/ under this `DIR`")
	f.StringVar(&opt.Title, "title", "", "the check's title (METADATA)")
	f.StringVar(&opt.Severity, "severity", "warning", "critical or warning")
	f.StringVar(&opt.Topic, "topic", "", "the vocabulary concept the policy looks for (default: the id in lower case)")
	f.StringArrayVar(&opt.Phrases, "phrase", nil, "a phrase of the topic (repeatable; default: the topic's name)")
	return cmd
}
