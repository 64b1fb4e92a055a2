package main

import (
	"runtime/debug"

	"github.com/spf13/cobra"

	"github.com/clausecheck/clausecheck/app"
)

// version is set at build time with -ldflags "-X main.version=…"; else it
// is read from the build: the module version of a "go install …@v1.2.3",
// or the commit a checkout was built from ("dev+3f2a1c9d0e1b", "-dirty"
// when it had uncommitted changes).
var version = ""

func buildVersion() string {
	if version != "" {
		return version
	}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "dev"
	}
	if v := bi.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	rev, dirty := "", false
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	if rev == "" {
		return "dev"
	}
	v := "dev+" + rev[:min(12, len(rev))]
	if dirty {
		v += "-dirty"
	}
	return v
}

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
		Example: `  clausecheck check fixtures/drafts/bedrock-edp-addendum.md
  clausecheck check -o sarif=clausecheck.sarif -o text contracts/
  clausecheck diff old.docx new.docx
  clausecheck policies list`,
		Version:       buildVersion(),
		SilenceUsage:  true,
		SilenceErrors: true,
		// "clausecheck chekc" is a mistake (exit 2), not a request for help
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, a []string) error {
			if len(a) > 0 {
				return unknownSubcommand(cmd, a[0])
			}
			return cmd.Help()
		},
	}
	globalFlags(root)
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
