package app

import (
	"context"
	"fmt"
	"path/filepath"

	"github.com/clausecheck/clausecheck/check"
	"github.com/clausecheck/clausecheck/policies"
	"github.com/clausecheck/clausecheck/rules"
)

// Playbook selects the rules and policies a check runs with.
//
// Precedence: --rules DIR extends (or, when one of its files says
// "extends: none", replaces) the embedded vocabulary; --policies DIR adds
// policies beside the embedded ones, or replaces them with
// --no-embedded-policies; --config FILE is used for every draft, else the
// nearest .clausecheck.yaml above each draft, else none.
type Playbook struct {
	RulesDir           string
	PolicyDirs         []string
	NoEmbeddedPolicies bool
	ConfigPath         string
	// NoConfigDiscovery: no .clausecheck.yaml is looked for beside the
	// drafts; only ConfigPath applies (for CI, where a config dropped in
	// a drafts directory must not change the gate).
	NoConfigDiscovery bool
	FailOn            string
}

// engine compiles the playbook once.
func (p Playbook) engine(ctx context.Context) (*check.Engine, error) {
	failOn, err := check.ParseFailOn(p.FailOn)
	if err != nil {
		return nil, &UsageError{Msg: err.Error()}
	}
	var rs *rules.Rules
	if p.RulesDir != "" {
		if rs, err = rules.LoadDir(p.RulesDir); err != nil {
			return nil, err
		}
	}
	return check.New(ctx, check.Options{Rules: rs, PolicyDirs: p.PolicyDirs, NoEmbeddedPolicies: p.NoEmbeddedPolicies, FailOn: failOn})
}

// config returns the user configuration that applies to the draft at path.
func (p Playbook) config(e *check.Engine, path string) (*rules.Config, error) {
	return p.configCached(e, path, nil)
}

// configCached is config with the configs already loaded in this run, by
// file: the drafts of a batch that share a config share one value, so a
// waiver used by one draft is not reported as matching nothing by another.
func (p Playbook) configCached(e *check.Engine, path string, cache map[string]*rules.Config) (*rules.Config, error) {
	cfgPath := p.ConfigPath
	if cfgPath == "" && !p.NoConfigDiscovery {
		found, err := rules.Find(path)
		if err != nil {
			return nil, fmt.Errorf("config for %s: %w", path, err)
		}
		cfgPath = found
	}
	if cfgPath == "" {
		return nil, nil
	}
	key := filepath.Clean(cfgPath)
	if c, ok := cache[key]; ok {
		return c, nil
	}
	c, err := rules.LoadConfig(cfgPath, e.Rules())
	if err == nil && cache != nil {
		cache[key] = c
	}
	return c, err
}

// inputs are the files and directories the playbook reads for the drafts
// at paths: an output file must never overwrite one of them.
func (p Playbook) inputs(paths []string) []string {
	var out []string
	if p.ConfigPath != "" {
		out = append(out, p.ConfigPath)
	} else if !p.NoConfigDiscovery {
		for _, path := range paths {
			if found, err := rules.Find(path); err == nil && found != "" {
				out = append(out, found)
			}
		}
	}
	if p.RulesDir != "" {
		out = append(out, p.RulesDir)
	}
	return append(out, p.PolicyDirs...)
}

func (p Playbook) policyOptions() policies.Options {
	return policies.Options{Dirs: p.PolicyDirs, NoEmbedded: p.NoEmbeddedPolicies}
}
