// Package check is the engine the CLI calls: it analyses a document with the
// rules vocabulary (analyze.go), evaluates the policies once per draft, and
// turns the results into report findings with severities, waivers, a
// summary and the pass/fail gate.
package check

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/clausecheck/clausecheck/document"
	"github.com/clausecheck/clausecheck/interpret"
	"github.com/clausecheck/clausecheck/policies"
	"github.com/clausecheck/clausecheck/report"
	"github.com/clausecheck/clausecheck/rules"
)

// FailOn is the gate: which findings make a draft fail.
type FailOn string

// Gates. Critical (the default): a critical check missing or in conflict
// fails. Warning: any finding short of met fails. None: nothing fails.
const (
	FailOnCritical FailOn = "critical"
	FailOnWarning  FailOn = "warning"
	FailOnNone     FailOn = "none"
)

// ErrUsage is wrapped by errors in options given by the user.
var ErrUsage = errors.New("invalid option")

// ParseFailOn accepts critical, warning or none ("" is critical).
func ParseFailOn(s string) (FailOn, error) {
	switch FailOn(s) {
	case "":
		return FailOnCritical, nil
	case FailOnCritical, FailOnWarning, FailOnNone:
		return FailOn(s), nil
	}
	return "", fmt.Errorf("%w: --fail-on %q: want critical, warning or none", ErrUsage, s)
}

// Options configure an Engine.
type Options struct {
	// Rules is the vocabulary; nil means the embedded Bedrock playbook.
	Rules *rules.Rules
	// PolicyDirs are user policy directories, beside the embedded policies
	// unless NoEmbeddedPolicies is set.
	PolicyDirs         []string
	NoEmbeddedPolicies bool
	// FailOn is the gate ("" is critical).
	FailOn FailOn
	// Now is the clock used for waiver expiry; nil means time.Now.
	Now func() time.Time
}

// Engine checks drafts. Build it once: policies are compiled and the query
// prepared in New. It is safe for concurrent use.
type Engine struct {
	rules  *rules.Rules
	reader *interpret.Reader
	// the policies, compiled in the background by Start: ready is closed
	// when set (or setErr) is there
	ready  chan struct{}
	set    *policies.Set
	setErr error
	failOn FailOn
	now    func() time.Time
}

// New compiles the policies and prepares the engine.
func New(ctx context.Context, opt Options) (*Engine, error) {
	e, err := Start(ctx, opt)
	if err != nil {
		return nil, err
	}
	if err := e.Ready(); err != nil {
		return nil, err
	}
	return e, nil
}

// Start is New that compiles the policies in the background, while the
// caller reads its drafts (on a short draft, the compile is half the
// run): the engine reads drafts at once and waits for the policies when
// it first needs them. Ready says whether they compiled; a caller must
// ask it before it reports anything, since a draft checked with policies
// that failed to compile is an error, not a result.
func Start(ctx context.Context, opt Options) (*Engine, error) {
	failOn, err := ParseFailOn(string(opt.FailOn))
	if err != nil {
		return nil, err
	}
	now := opt.Now
	if now == nil {
		now = time.Now
	}
	// the policies first: they do not need the vocabulary, which is
	// loaded meanwhile
	e := &Engine{ready: make(chan struct{}), failOn: failOn, now: now}
	go func() {
		defer close(e.ready)
		e.set, e.setErr = policies.Load(ctx, policies.Options{Dirs: opt.PolicyDirs, NoEmbedded: opt.NoEmbeddedPolicies})
		if e.setErr != nil {
			e.setErr = fmt.Errorf("check: %w", e.setErr)
		}
	}()
	rs := opt.Rules
	if rs == nil {
		if rs, err = rules.Default(); err != nil {
			return nil, fmt.Errorf("check: %w", err)
		}
	}
	reader, err := interpret.New(rs)
	if err != nil {
		return nil, fmt.Errorf("check: %w", err)
	}
	e.rules, e.reader = rs, reader
	return e, nil
}

// Reader is the interpretation layer the engine reads drafts with (its
// rules' vocabulary).
func (e *Engine) Reader() *interpret.Reader { return e.reader }

// Ready waits for the policies and returns the error that kept them from
// compiling, if any.
func (e *Engine) Ready() error {
	<-e.ready
	return e.setErr
}

// policies waits for the policies; after an error from Ready, the
// engine's methods that need them are not to be called.
func (e *Engine) policies() *policies.Set {
	<-e.ready
	if e.setErr != nil {
		panic("check: the engine's policies did not compile: " + e.setErr.Error())
	}
	return e.set
}

// Policies returns the metadata of the checks, sorted by id.
func (e *Engine) Policies() []policies.Policy { return e.policies().Policies() }

// Rules returns the vocabulary in use.
func (e *Engine) Rules() *rules.Rules { return e.rules }

// Input builds the policy input of a draft, whole (for debugging, tests
// and policy authors).
func (e *Engine) Input(doc *document.Document, cfg *rules.Config) *Input {
	return buildInput(e.reader.Read(doc), e.thresholds(cfg), true)
}

// evalInput is the input the policies in force are given: without the
// draft's statements when no policy reads them (on a long draft they are
// most of the input, and the playbook's own policies read the frames).
// The draft is read while the policies may still be compiling.
func (e *Engine) evalInput(doc *document.Document, cfg *rules.Config) (*Input, error) {
	rd := e.reader.Read(doc)
	if err := e.Ready(); err != nil {
		return nil, err
	}
	return buildInput(rd, e.thresholds(cfg), e.set.ReadsInput("statements")), nil
}

// thresholds are the vocabulary's, with cfg's over them.
func (e *Engine) thresholds(cfg *rules.Config) map[string]float64 {
	th := e.rules.Thresholds()
	for k, v := range cfg.Thresholds() {
		th[k] = v
	}
	return th
}

// Check checks one draft. cfg may be nil (no user config).
func (e *Engine) Check(ctx context.Context, doc *document.Document, cfg *rules.Config) (report.DocumentReport, error) {
	r := e.NewRun()
	return r.Check(ctx, doc, cfg)
}

// Run checks several drafts and collects report-level notices (expired
// waivers, waivers that matched nothing).
type Run struct {
	e       *Engine
	configs []*rules.Config
	used    map[*rules.Config]map[int]bool
	notices map[string]bool
	docs    []report.DocumentReport
}

// NewRun starts a run.
func (e *Engine) NewRun() *Run {
	return &Run{e: e, used: map[*rules.Config]map[int]bool{}, notices: map[string]bool{}}
}

// Check checks one draft of the run with its config (nil for none).
func (r *Run) Check(ctx context.Context, doc *document.Document, cfg *rules.Config) (report.DocumentReport, error) {
	r.Use(cfg)
	ev, err := r.e.Evaluate(ctx, doc, cfg)
	if err != nil {
		return report.DocumentReport{}, err
	}
	return r.Record(ev), nil
}

// Use adds cfg to the configs of the run, whose waivers it reports on
// (Check does it; a caller of Evaluate does it for each draft in order,
// also for a draft whose evaluation failed).
func (r *Run) Use(cfg *rules.Config) {
	if cfg != nil {
		if _, ok := r.used[cfg]; !ok {
			r.used[cfg] = map[int]bool{}
			r.configs = append(r.configs, cfg)
		}
	}
}

// Evaluation is a draft read and its policies evaluated, to be recorded
// in a run (Run.Record).
type Evaluation struct {
	doc     *document.Document
	cfg     *rules.Config
	in      *Input
	results []policies.Result
}

// Evaluate reads doc and evaluates the policies on it: the costly part of
// a check, safe to run for several drafts at once. Its result is recorded
// with Run.Record, in the order the drafts are to be reported.
func (e *Engine) Evaluate(ctx context.Context, doc *document.Document, cfg *rules.Config) (*Evaluation, error) {
	in, err := e.evalInput(doc, cfg)
	if err != nil {
		return nil, err
	}
	results, err := e.policies().Eval(ctx, in)
	if err != nil {
		return nil, fmt.Errorf("check %s: %w", doc.Path, err)
	}
	if len(results) != len(e.policies().Policies()) {
		got := map[string]bool{}
		for _, r := range results {
			got[r.Policy.ID] = true
		}
		var missing []string
		for _, p := range e.policies().Policies() {
			if !got[p.ID] {
				missing = append(missing, p.ID+" ("+p.File+")")
			}
		}
		return nil, fmt.Errorf("check %s: no finding from %s: a policy must always define finding", doc.Path, strings.Join(missing, ", "))
	}
	return &Evaluation{doc: doc, cfg: cfg, in: in, results: results}, nil
}

// Record turns an evaluation into the draft's report and adds it to the
// run: its config's waivers, its gate. Not safe for concurrent use.
func (r *Run) Record(ev *Evaluation) report.DocumentReport {
	e, doc, cfg, in, results := r.e, ev.doc, ev.cfg, ev.in, ev.results
	r.Use(cfg)
	dr := report.DocumentReport{Path: doc.Path, SHA256: doc.SHA256, Findings: []report.Finding{}, Passed: true}
	dr.Warnings = append(dr.Warnings, doc.Warnings...)
	if !doc.Coverage.Complete() {
		c := doc.Coverage
		dr.Coverage = &c
	}
	if cfg != nil {
		dr.Config = cfg.Path()
	}
	now := e.now()
	unresolved := map[string]bool{}
	var leversOff []string // checks of warning severity the config turns off
	for _, res := range results {
		id := res.Policy.ID
		sev := res.Policy.Severity
		if c, ok := e.rules.Check(id); ok && c.Severity != "" {
			sev = c.Severity
		}
		if cfg.Disabled(id) {
			// a switched-off check is said, never silent: a config left
			// beside a draft must not turn a gate off unseen
			dr.Disabled = append(dr.Disabled, id)
			if sev == report.Critical {
				dr.Warnings = append(dr.Warnings, fmt.Sprintf("%s disables critical check %s (%s): it is not checked", cfgName(cfg), id, res.Policy.Title))
			} else {
				leversOff = append(leversOff, id)
			}
			continue
		}
		if s, ok := cfg.Severity(id); ok {
			sev = s
		}
		f := report.Finding{
			ID: id, Status: res.Status, Severity: sev, Title: res.Policy.Title,
			Evidence: res.Evidence, Facts: res.Facts, Reason: res.Reason,
			Remediation: res.Policy.Remediation,
		}
		if f.Status == report.Met {
			f.Remediation = ""
		}
		if lost := doc.Incomplete; len(lost) > 0 && f.Status != report.Met {
			// what was read does not settle it: the lost page may hold
			// the clause that meets it, or the one that contradicts it
			f.Reason = fmt.Sprintf("unknown (%s): on the text read, %s: %s", strings.Join(lost, ", "), f.Status, f.Reason)
			f.Status = report.Unknown
		}
		for _, n := range in.Unresolved[id] {
			unresolved[n] = true
		}
		if idx, w := cfg.Waiver(id, doc.Path); idx >= 0 {
			r.used[cfg][idx] = true
			if w.Expired(now) {
				r.notices[fmt.Sprintf("%s: waiver for %s (%s) expired on %s and no longer applies", cfg.Path(), id, w.Path, w.Expires.Format("2006-01-02"))] = true
			} else if f.Status != report.Met {
				f.Waived, f.WaiverReason = true, w.Reason
			}
		}
		dr.Findings = append(dr.Findings, f)
	}
	if len(leversOff) > 0 {
		// said in every format, as the critical ones are (a SARIF or
		// JUnit report shows no config line)
		sort.Slice(leversOff, func(i, j int) bool { return lessID(leversOff[i], leversOff[j]) })
		dr.Warnings = append(dr.Warnings, fmt.Sprintf("%s disables %s: not checked", cfgName(cfg), strings.Join(leversOff, ", ")))
	}
	// a draft read in part, or with an amendment that could not be
	// applied, is not known whole: it never passes a gate
	dr.Incomplete = append(dr.Incomplete, doc.Incomplete...)
	for _, n := range sortedKeys(unresolved) {
		dr.Incomplete = append(dr.Incomplete, n)
	}
	if len(dr.Incomplete) > 0 && e.failOn != FailOnNone {
		dr.Passed = false
	}
	sort.Slice(dr.Findings, func(i, j int) bool { return lessID(dr.Findings[i].ID, dr.Findings[j].ID) })
	sort.Slice(dr.Disabled, func(i, j int) bool { return lessID(dr.Disabled[i], dr.Disabled[j]) })
	for i := range dr.Findings {
		f := &dr.Findings[i]
		switch f.Status {
		case report.Met:
			dr.Summary.Met++
		case report.Partial:
			dr.Summary.Partial++
		case report.Missing:
			dr.Summary.Missing++
		case report.Conflict:
			dr.Summary.Conflict++
		case report.Unknown:
			dr.Summary.Unknown++
		}
		if f.Waived {
			dr.Summary.Waived++
		}
		if fails(*f, e.failOn) {
			dr.Passed = false
			f.FailsGate = true
		}
	}
	r.docs = append(r.docs, dr)
	return dr
}

// Report returns the report of the run: the documents in the order they
// were checked and the notices, sorted.
func (r *Run) Report() report.Report {
	for _, cfg := range r.configs {
		for i, w := range cfg.Waivers() {
			if !r.used[cfg][i] {
				r.notices[fmt.Sprintf("%s: waiver for %s (%s) matched no finding", cfg.Path(), w.Check, w.Path)] = true
			}
		}
	}
	rep := report.Report{Schema: report.Schema, Documents: append([]report.DocumentReport{}, r.docs...)}
	for _, p := range r.e.policies().Policies() {
		sev := p.Severity
		if c, ok := r.e.rules.Check(p.ID); ok && c.Severity != "" {
			sev = c.Severity
		}
		rep.Checks = append(rep.Checks, report.Check{ID: p.ID, Title: p.Title, Description: p.Description, Severity: sev, Remediation: p.Remediation})
	}
	sort.Slice(rep.Checks, func(i, j int) bool { return lessID(rep.Checks[i].ID, rep.Checks[j].ID) })
	for n := range r.notices {
		rep.Notices = append(rep.Notices, n)
	}
	sort.Strings(rep.Notices)
	return rep
}

// Note adds a report-level notice ("drafts/x.pdf: not checked: …").
func (r *Run) Note(msg string) { r.notices[msg] = true }

// Passed reports whether every document of a report passed.
func Passed(rep report.Report) bool {
	for _, d := range rep.Documents {
		if !d.Passed {
			return false
		}
	}
	return true
}

func fails(f report.Finding, gate FailOn) bool {
	if f.Waived || f.Status == report.Met {
		return false
	}
	switch gate {
	case FailOnNone:
		return false
	case FailOnWarning:
		return true
	}
	return f.Severity == report.Critical && (f.Status == report.Missing || f.Status == report.Conflict || f.Status == report.Unknown)
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// lessID orders check ids: letter prefix, then number (C2 < C10).
func lessID(a, b string) bool {
	pa, na := splitID(a)
	pb, nb := splitID(b)
	if pa != pb {
		return pa < pb
	}
	if na != nb {
		return na < nb
	}
	return a < b
}

func splitID(id string) (string, int) {
	i := strings.IndexFunc(id, func(r rune) bool { return r >= '0' && r <= '9' })
	if i < 0 {
		return id, -1
	}
	n := 0
	for _, r := range id[i:] {
		if r < '0' || r > '9' {
			break
		}
		n = n*10 + int(r-'0')
	}
	return id[:i], n
}

// cfgName names a config in a message: its file, or "the config" for one
// given in memory.
func cfgName(cfg *rules.Config) string {
	if p := cfg.Path(); p != "" {
		return p
	}
	return "the config"
}
