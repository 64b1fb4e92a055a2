package main

import (
	"github.com/spf13/pflag"

	"github.com/clausecheck/clausecheck/app"
)

// playbookFlags adds the flags that choose rules, policies and config.
func playbookFlags(f *pflag.FlagSet, p *app.Playbook) {
	f.StringVar(&p.RulesDir, "rules", "", "rules `DIR` extending the embedded Bedrock vocabulary (a file with \"extends: none\" replaces it)")
	f.StringArrayVar(&p.PolicyDirs, "policies", nil, "Rego policy `DIR` evaluated beside the embedded policies (repeatable)")
	f.BoolVar(&p.NoEmbeddedPolicies, "no-embedded-policies", false, "evaluate only the --policies directories")
	f.StringVar(&p.ConfigPath, "config", "", "config `FILE` (default: the nearest .clausecheck.yaml above each draft)")
	f.BoolVar(&p.NoConfigDiscovery, "no-config-discovery", false, "do not look for .clausecheck.yaml beside the drafts; only --config applies")
}
