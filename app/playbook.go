package app

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"

	"github.com/clausecheck/clausecheck/check"
	"github.com/clausecheck/clausecheck/internal/safefile"
	"github.com/clausecheck/clausecheck/interpret"
	"github.com/clausecheck/clausecheck/policies"
	"github.com/clausecheck/clausecheck/report"
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
	e, err := p.start(ctx)
	if err != nil {
		return nil, err
	}
	if err := e.Ready(); err != nil {
		return nil, err
	}
	return e, nil
}

// start is engine with the policies compiling in the background while
// the caller reads its drafts (check.Start); the caller asks e.Ready()
// before it reports.
func (p Playbook) start(ctx context.Context) (*check.Engine, error) {
	failOn, err := check.ParseFailOn(p.FailOn)
	if err != nil {
		return nil, &UsageError{Msg: err.Error()}
	}
	rs, err := p.rules()
	if err != nil {
		return nil, err
	}
	return check.Start(ctx, check.Options{Rules: rs, PolicyDirs: p.PolicyDirs, NoEmbeddedPolicies: p.NoEmbeddedPolicies, FailOn: failOn})
}

// reader builds the interpretation layer of the playbook's vocabulary
// alone (a diff without the compliance delta needs no policies).
func (p Playbook) reader() (*interpret.Reader, error) {
	rs, err := p.rules()
	if err == nil && rs == nil {
		rs, err = rules.Default()
	}
	if err != nil {
		return nil, err
	}
	return interpret.New(rs)
}

// rules loads the user's rules directory; nil without one (the embedded
// vocabulary).
func (p Playbook) rules() (*rules.Rules, error) {
	if p.RulesDir == "" {
		return nil, nil
	}
	return rules.LoadDir(p.RulesDir)
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

// runOf describes the run for its report: the tool's version, the
// playbook it checked with and the gate.
func (opt CheckOptions) runOf(e *check.Engine) *report.Run {
	gate, err := check.ParseFailOn(opt.Playbook.FailOn)
	if err != nil {
		gate = check.FailOn(opt.Playbook.FailOn)
	}
	version := opt.Version
	if version == "" {
		version = "dev"
	}
	p := opt.Playbook
	pb := report.Playbook{Version: p.version(e), Rules: "embedded", Policies: []string{}}
	if p.RulesDir != "" {
		pb.Rules = filepath.ToSlash(p.RulesDir)
	}
	if !p.NoEmbeddedPolicies {
		pb.Policies = append(pb.Policies, "embedded")
	}
	for _, d := range p.PolicyDirs {
		pb.Policies = append(pb.Policies, filepath.ToSlash(d))
	}
	return &report.Run{Tool: "clausecheck", Version: version, Playbook: pb, Gate: string(gate),
		Config: filepath.ToSlash(p.ConfigPath), ConfigDiscovery: p.ConfigPath == "" && !p.NoConfigDiscovery}
}

// version is a digest of the playbook in force: the vocabulary, every
// check's METADATA and policy file name, and the names and bytes of the user's
// policy files (the embedded policies' code is the tool's version's).
func (p Playbook) version(e *check.Engine) string {
	h := sha256.New()
	put := func(parts ...string) {
		for _, s := range parts {
			h.Write([]byte(s))
			h.Write([]byte{0})
		}
	}
	put("vocabulary", e.Rules().Hash())
	for _, pol := range e.Policies() {
		put("check", pol.ID, pol.Title, pol.Description, string(pol.Severity), pol.Remediation, pol.Package, filepath.Base(pol.File))
	}
	for _, dir := range p.PolicyDirs {
		// WalkDir visits in lexical order: the same files, the same digest
		_ = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".rego") {
				return nil
			}
			data, err := safefile.Read(path, maxPolicyBytes)
			if err != nil {
				return nil
			}
			rel, err := filepath.Rel(dir, path)
			if err != nil {
				rel = path
			}
			put("file", filepath.ToSlash(rel), string(data))
			return nil
		})
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// maxPolicyBytes caps a policy file read for the playbook's digest (the
// policies package refuses larger ones).
const maxPolicyBytes = 4 << 20
