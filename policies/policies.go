package policies

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"

	"github.com/clausecheck/clausecheck/internal/safefile"
	"github.com/clausecheck/clausecheck/report"
)

// ErrPolicy is wrapped by errors about a policy's source or metadata.
var ErrPolicy = errors.New("invalid policy")

// Namespace is the root package of check policies: every package
// clausecheck.<group>.<name> that defines "finding" is one check.
const Namespace = "clausecheck"

// Policy is the metadata of one check, read from its METADATA header.
type Policy struct {
	ID          string          `json:"id"`
	Title       string          `json:"title"`
	Description string          `json:"description"`
	Severity    report.Severity `json:"severity"`
	Remediation string          `json:"remediation"`
	Package     string          `json:"package"`
	File        string          `json:"file"`
}

// Options selects the policy sources.
type Options struct {
	// Dirs are user policy directories (*.rego, recursively; _test.rego
	// files are skipped for checking).
	Dirs []string
	// NoEmbedded leaves out the embedded Bedrock policies (the shared
	// helpers in lib/ are still available to user policies).
	NoEmbedded bool
	// EvalTimeout bounds the evaluation of the whole set on one draft
	// (default DefaultEvalTimeout): a policy that loops or builds a huge
	// comprehension fails with an error instead of running on.
	EvalTimeout time.Duration
	// EvalMemory bounds the memory the evaluation on one draft may take,
	// in bytes (default DefaultEvalMemory): past it the evaluation fails
	// with an error, as at its deadline.
	EvalMemory int64
}

// DefaultEvalTimeout is the evaluation budget per draft. The embedded
// playbook needs well under a second on a 300-page draft.
const DefaultEvalTimeout = 30 * time.Second

// Set is a compiled policy set with its query prepared. It is safe for
// concurrent use.
type Set struct {
	policies map[string]Policy // by package path
	replaced map[string]bool   // embedded packages replaced by a user policy
	query    rego.PreparedEvalQuery
	timeout  time.Duration
	memory   int64
	// reads: the top-level input keys the policies read; readsAll: some
	// policy reads the input whole or by a key computed at run time
	reads    map[string]bool
	readsAll bool
}

// source is one Rego file.
type source struct {
	name string
	src  []byte
}

// checkOnlyStages are the compiler's stages that report mistakes in a
// policy and rewrite nothing; skipped for the embedded policies, they
// save a fifth of the compile time of every run.
var checkOnlyStages = []ast.StageID{
	ast.StageCheckUnusedImports, ast.StageCheckKeywordOverrides, ast.StageCheckDuplicateImports,
	ast.StageCheckRuleConflicts, ast.StageCheckUndefinedFuncs, ast.StageCheckRecursion,
	ast.StageCheckTypes, ast.StageCheckUnsafeBuiltins, ast.StageCheckDeprecatedBuiltins,
}

// readModules reads and parses the policies opt selects, without tests.
func readModules(opt Options) (map[string]*ast.Module, error) {
	srcs, err := sources(opt, false)
	if err != nil {
		return nil, err
	}
	return parse(srcs)
}

// Load reads, parses and compiles the policies and prepares the query.
func Load(ctx context.Context, opt Options) (s *Set, err error) {
	defer recoverTo(&err)
	modules, err := readModules(opt)
	if err != nil {
		return nil, err
	}
	compiler := newCompiler()
	if len(opt.Dirs) == 0 {
		// the embedded policies alone: the stages that only check, and
		// change nothing, found nothing when the policies were tested
		// (TestEmbeddedPassChecks compiles them with every stage)
		compiler.WithSkipStages(checkOnlyStages...)
	}
	compiler.Compile(modules)
	if compiler.Failed() {
		return nil, fmt.Errorf("compile policies: %w", oneLineErrors{compiler.Errors})
	}
	pols, replaced, err := metadata(modules)
	if err != nil {
		return nil, err
	}
	q, err := rego.New(
		rego.Query(`finding := data.`+Namespace+`[group][name].finding`),
		rego.Compiler(compiler),
		rego.StrictBuiltinErrors(true),
	).PrepareForEval(ctx)
	if err != nil {
		return nil, fmt.Errorf("prepare policies: %w", err)
	}
	timeout := opt.EvalTimeout
	if timeout <= 0 {
		timeout = DefaultEvalTimeout
	}
	reads, readsAll := inputKeys(compiler)
	return &Set{policies: pols, replaced: replaced, query: q, timeout: timeout, memory: evalMemory(opt),
		reads: reads, readsAll: readsAll}, nil
}

// ReadsInput reports whether any policy may read input.<key>: the caller
// can leave out of the input what no policy reads (on a long draft, every
// statement of it is most of the input).
func (s *Set) ReadsInput(key string) bool { return s.readsAll || s.reads[key] }

// inputKeys lists the top-level keys of input that the compiled policies
// refer to; all is true where a policy takes input whole (input, a
// variable key input[k], or input passed to a function).
func inputKeys(c *ast.Compiler) (keys map[string]bool, all bool) {
	keys = map[string]bool{}
	var visit func(t *ast.Term) bool
	visit = func(t *ast.Term) bool {
		switch v := t.Value.(type) {
		case ast.Ref:
			if !v.HasPrefix(ast.InputRootRef) {
				return false // its terms are visited in turn
			}
			if len(v) < 2 {
				all = true
			} else if k, ok := v[1].Value.(ast.String); ok {
				keys[string(k)] = true
			} else {
				all = true
			}
			// the rest of it may hold other refs (input.x[input.y]); its
			// head, the input var, is not a read of the whole input
			for _, x := range v[1:] {
				ast.WalkTerms(x, visit)
			}
			return true
		case ast.Var:
			if v.Equal(ast.InputRootDocument.Value) {
				all = true // input on its own
			}
		}
		return false
	}
	for _, m := range c.Modules {
		ast.WalkTerms(m, visit)
	}
	return keys, all
}

// evalMemory is opt's memory bound, or the default.
func evalMemory(opt Options) int64 {
	if opt.EvalMemory > 0 {
		return opt.EvalMemory
	}
	return DefaultEvalMemory
}

// List returns the metadata of the checks of the selected policies,
// sorted by id.
func List(ctx context.Context, opt Options) (list []Policy, err error) {
	if len(opt.Dirs) > 0 {
		// a user's policies are compiled too: a list of checks that
		// would not compile is no list of what a check runs
		s, err := Load(ctx, opt)
		if err != nil {
			return nil, err
		}
		return s.Policies(), nil
	}
	// the embedded ones are read from their METADATA alone: they
	// compile (TestEmbeddedPassChecks)
	defer recoverTo(&err)
	modules, err := readModules(opt)
	if err != nil {
		return nil, err
	}
	pols, _, err := metadata(modules)
	if err != nil {
		return nil, err
	}
	return byID(pols), nil
}

// Policies returns the checks, sorted by id.
func (s *Set) Policies() []Policy { return byID(s.policies) }

// byID lists the policies of a package map, sorted by id.
func byID(m map[string]Policy) []Policy {
	out := make([]Policy, 0, len(m))
	for _, p := range m {
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// Result is the verdict of one check policy on one input.
type Result struct {
	Policy   Policy
	Status   report.Status
	Reason   string
	Evidence []report.Evidence
	Facts    report.Facts
}

// Eval evaluates every check on one input (a value that encodes to JSON,
// or an ast.Value) in a single query evaluation. Results are sorted by id.
func (s *Set) Eval(ctx context.Context, input any) (out []Result, err error) {
	defer recoverTo(&err)
	var opt rego.EvalOption
	switch x := input.(type) {
	case ast.Value:
		opt = rego.EvalParsedInput(x)
	case map[string]any, []any:
		// decoded JSON (json.Number and all)
		v, err := ast.InterfaceToValue(x)
		if err != nil {
			return nil, fmt.Errorf("policy input: %w", err)
		}
		opt = rego.EvalParsedInput(v)
	default:
		// a Go value, read as its JSON encoding would be
		v, err := valueOf(x)
		if err != nil {
			return nil, err
		}
		opt = rego.EvalParsedInput(v)
	}
	ctx, cancel := context.WithTimeout(ctx, s.timeout)
	defer cancel()
	ctx, stop := watchMemory(ctx, s.memory)
	rs, err := s.query.Eval(ctx, opt)
	over := stop()
	if err != nil {
		if over {
			return nil, memoryError(s.memory)
		}
		if ctx.Err() == context.DeadlineExceeded {
			return nil, fmt.Errorf("%w: evaluation took longer than %v (a policy loops or builds too much)", ErrPolicy, s.timeout)
		}
		return nil, fmt.Errorf("evaluate policies: %w", oneLine{err})
	}
	for _, r := range rs {
		group, _ := r.Bindings["group"].(string)
		name, _ := r.Bindings["name"].(string)
		pkg := Namespace + "." + group + "." + name
		if s.replaced[pkg] {
			continue
		}
		pol, ok := s.policies[pkg]
		if !ok {
			return nil, fmt.Errorf("%w: package %s defines finding but has no METADATA id", ErrPolicy, pkg)
		}
		res, err := toResult(pol, r.Bindings["finding"])
		if err != nil {
			return nil, fmt.Errorf("policy %s (%s): %w", pol.ID, pol.File, err)
		}
		out = append(out, res)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Policy.ID < out[j].Policy.ID })
	return out, nil
}

func toResult(pol Policy, v any) (Result, error) {
	m, ok := v.(map[string]any)
	if !ok {
		return Result{}, fmt.Errorf("%w: finding is %T, want an object", ErrPolicy, v)
	}
	res := Result{Policy: pol, Facts: report.Facts{}, Evidence: []report.Evidence{}}
	st, _ := m["status"].(string)
	res.Status = report.Status(st)
	if res.Status.Rank() < 0 {
		return Result{}, fmt.Errorf("%w: status %q (want met, partial, missing or conflict)", ErrPolicy, st)
	}
	res.Reason, _ = m["reason"].(string)
	if f, ok := m["facts"].(map[string]any); ok {
		for k, v := range f {
			res.Facts[k] = normalise(v)
		}
	}
	evs, _ := m["evidence"].([]any)
	seen := map[[2]string]bool{}
	for _, e := range evs {
		em, ok := e.(map[string]any)
		if !ok {
			continue
		}
		ev := report.Evidence{}
		ev.Clause, _ = em["clause"].(string)
		ev.Quote, _ = em["quote"].(string)
		ev.Page = toInt(em["page"])
		key := [2]string{ev.Clause, ev.Quote}
		if seen[key] {
			continue
		}
		seen[key] = true
		res.Evidence = append(res.Evidence, ev)
	}
	return res, nil
}

// normalise turns json.Number into float64 or int so facts encode simply.
func normalise(v any) any {
	switch x := v.(type) {
	case interface{ Float64() (float64, error) }:
		f, err := x.Float64()
		if err != nil {
			return fmt.Sprint(v)
		}
		return f
	case []any:
		out := make([]any, len(x))
		for i := range x {
			out[i] = normalise(x[i])
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = normalise(e)
		}
		return out
	}
	return v
}

func toInt(v any) int {
	switch x := normalise(v).(type) {
	case float64:
		return int(x)
	case int:
		return x
	}
	return 0
}

// sources gathers the Rego files: embedded ones unless excluded (lib always),
// then every *.rego of the user dirs. Test files only when tests is true.
func sources(opt Options, tests bool) ([]source, error) {
	var out []source
	err := fs.WalkDir(embedded, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !keep(p, tests) {
			return err
		}
		if opt.NoEmbedded && !strings.HasPrefix(p, "lib/") {
			return nil
		}
		b, err := fs.ReadFile(embedded, p)
		if err != nil {
			return err
		}
		out = append(out, source{name: "embedded/" + p, src: b})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read embedded policies: %w", err)
	}
	for _, dir := range opt.Dirs {
		if fi, err := os.Stat(dir); err == nil && !fi.IsDir() && !(fi.Mode().IsRegular() && strings.HasSuffix(dir, ".rego")) {
			return nil, fmt.Errorf("%w: %s: not a directory or a .rego file", ErrPolicy, dir)
		}
		n := 0
		err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !keep(filepath.ToSlash(p), tests) {
				return err
			}
			b, err := safefile.Read(p, maxPolicyFile)
			if err != nil {
				return fmt.Errorf("%s: %w", p, err)
			}
			out = append(out, source{name: p, src: b})
			n++
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("read policies: %w", err)
		}
		if n == 0 && !tests {
			return nil, fmt.Errorf("%w: no .rego file in %s", ErrPolicy, dir)
		}
	}
	return out, nil
}

func keep(p string, tests bool) bool {
	if !strings.HasSuffix(p, ".rego") {
		return false
	}
	return tests || !strings.HasSuffix(path.Base(p), "_test.rego")
}

func parse(srcs []source) (map[string]*ast.Module, error) {
	modules := make(map[string]*ast.Module, len(srcs))
	var errs ast.Errors
	for _, s := range srcs {
		m, err := ast.ParseModuleWithOpts(s.name, string(s.src), ast.ParserOptions{
			ProcessAnnotation: true,
			RegoVersion:       ast.RegoV1,
		})
		if err != nil {
			var ae ast.Errors
			if errors.As(err, &ae) {
				errs = append(errs, ae...)
				continue
			}
			return nil, fmt.Errorf("parse %s: %w", s.name, err)
		}
		modules[s.name] = m
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("parse policies: %w", oneLineErrors{errs})
	}
	return modules, nil
}

// metadata reads the package METADATA of every check package.
func metadata(modules map[string]*ast.Module) (map[string]Policy, map[string]bool, error) {
	out := map[string]Policy{}
	replaced := map[string]bool{} // packages of embedded policies a user policy replaces
	byID := map[string]string{}
	names := make([]string, 0, len(modules))
	for n := range modules {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, file := range names {
		m := modules[file]
		pkg := strings.TrimPrefix(m.Package.Path.String(), "data.")
		parts := strings.Split(pkg, ".")
		if r := conftestRule(m); r != "" && !definesFinding(m) {
			// a conftest policy ("deny contains msg if …") would otherwise be
			// skipped without a word, and its checks would never run
			return nil, nil, fmt.Errorf("%s:%d: %w: package %s defines %q but no finding: clausecheck reads one finding per check, with a METADATA header (see policies/README.md)",
				file, m.Package.Location.Row, ErrPolicy, pkg, r)
		}
		if len(parts) != 3 || parts[0] != Namespace || !definesFinding(m) {
			continue
		}
		var ann *ast.Annotations
		for _, a := range m.Annotations {
			if a.Scope == "package" {
				ann = a
			}
		}
		loc := fmt.Sprintf("%s:%d", file, m.Package.Location.Row)
		if ann == nil {
			return nil, nil, fmt.Errorf("%s: %w: package %s has no METADATA block", loc, ErrPolicy, pkg)
		}
		id, _ := ann.Custom["id"].(string)
		sev, _ := ann.Custom["severity"].(string)
		rem, _ := ann.Custom["remediation"].(string)
		if id == "" {
			return nil, nil, fmt.Errorf("%s: %w: METADATA custom.id is missing", loc, ErrPolicy)
		}
		switch report.Severity(sev) {
		case report.Critical, report.Warning:
		default:
			return nil, nil, fmt.Errorf("%s: %w: METADATA custom.severity %q (want critical or warning)", loc, ErrPolicy, sev)
		}
		if prev, ok := byID[id]; ok {
			// A user policy with an embedded policy's id replaces it,
			// whichever of the two is read first.
			prevEmbedded, embedded := strings.HasPrefix(prev, "embedded/"), strings.HasPrefix(file, "embedded/")
			switch {
			case prevEmbedded && !embedded:
				for k, p := range out {
					if p.ID == id {
						delete(out, k)
						replaced[k] = true
					}
				}
			case embedded && !prevEmbedded:
				replaced[pkg] = true
				continue
			default:
				return nil, nil, fmt.Errorf("%s: %w: check id %s already defined in %s", loc, ErrPolicy, id, prev)
			}
		}
		byID[id] = file
		out[pkg] = Policy{
			ID: id, Title: ann.Title, Description: strings.TrimSpace(ann.Description),
			Severity: report.Severity(sev), Remediation: strings.TrimSpace(rem),
			Package: pkg, File: file,
		}
	}
	return out, replaced, nil
}

// conftestRule names a conftest-style rule the module defines ("deny",
// "violation", "warn"), or "".
func conftestRule(m *ast.Module) string {
	for _, r := range m.Rules {
		name := r.Head.Name.String()
		if len(r.Head.Reference) > 0 {
			name = r.Head.Reference[0].Value.String()
		}
		switch strings.Trim(name, `"`) {
		case "deny", "violation", "warn":
			return strings.Trim(name, `"`)
		}
	}
	return ""
}

func definesFinding(m *ast.Module) bool {
	for _, r := range m.Rules {
		if r.Head.Name.String() == "finding" || (len(r.Head.Reference) > 0 && r.Head.Reference[0].Value.String() == "finding") {
			return true
		}
	}
	return false
}

func recoverTo(err *error) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("policies: internal error: %v", r)
	}
}

// maxPolicyFile bounds one user policy file.
const maxPolicyFile = 4 << 20

// oneLineErrors shows Rego errors on one line, "file:row: message" each,
// without the source excerpt OPA prints under them.
type oneLineErrors struct{ errs ast.Errors }

func (e oneLineErrors) Error() string {
	parts := make([]string, 0, len(e.errs))
	for _, x := range e.errs {
		loc := ""
		if x.Location != nil {
			loc = fmt.Sprintf("%s:%d: ", x.Location.File, x.Location.Row)
		}
		parts = append(parts, loc+x.Code+": "+strings.Join(strings.Fields(x.Message), " "))
	}
	return strings.Join(parts, "; ")
}

func (e oneLineErrors) Unwrap() error { return e.errs }

// oneLine is an error whose message is put on one line ("rule … produced
// conflicting values:" lists them on lines of their own).
type oneLine struct{ err error }

func (e oneLine) Error() string { return strings.Join(strings.Fields(e.err.Error()), " ") }

func (e oneLine) Unwrap() error { return e.err }
