package app

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/clausecheck/clausecheck/check"
	"github.com/clausecheck/clausecheck/document"
	"github.com/clausecheck/clausecheck/extract"
	"github.com/clausecheck/clausecheck/render"
	"github.com/clausecheck/clausecheck/report"
	"github.com/clausecheck/clausecheck/rules"
)

// CheckOptions are the options of `clausecheck check`.
type CheckOptions struct {
	Paths  []string
	Format string // text, markdown, json, sarif, junit, github
	Output string
	// Outputs, when given, are the reports written instead of one in
	// Format to Output (see ParseOutput).
	Outputs []Output
	// StepSummary is the file GitHub Actions reads the job summary from
	// ($GITHUB_STEP_SUMMARY): with a github output, a Markdown summary is
	// appended to it.
	StepSummary string
	Color       bool
	Version     string
	Playbook    Playbook
	// AcceptPartial checks a draft read only in part (document.Incomplete)
	// instead of refusing it.
	AcceptPartial bool
	// Jobs is how many drafts of a batch are read and evaluated at a
	// time (0 or 1: one); the report is the same whatever it is.
	Jobs int
	// Progress shows, for a batch, the draft being checked on one line of
	// stderr (set it only when stderr is a terminal).
	Progress bool
}

// ErrIncomplete: part of a draft could not be read.
var ErrIncomplete = errors.New("draft read only in part")

// Check extracts each draft, evaluates the playbook on it and writes the
// report. It returns ErrGateFailed when a draft fails the gate
// (--fail-on), and any other error for trouble: an unreadable draft stops
// the run, because a draft that could not be read must never pass. A
// batch (more than one draft) ends with a one-line summary on stderr.
func Check(ctx context.Context, opt CheckOptions, stdout, stderr io.Writer) error {
	if opt.Format == "" {
		opt.Format = "text"
	}
	outs, err := outputsOf(opt)
	if err != nil {
		return err
	}
	for _, o := range outs {
		if o.Format == inputFormat {
			return checkInput(ctx, opt, outs, stdout)
		}
	}
	pending := make([]pendingOutput, len(outs))
	github := false
	for i, o := range outs {
		r, err := render.New(o.Format, render.Options{Color: opt.Color && o.Path == "", Tool: "clausecheck", Version: opt.Version})
		if err != nil {
			return &UsageError{Msg: fmt.Sprintf("unknown format %q (want %s, or input)", o.Format, strings.Join(render.Formats(), ", "))}
		}
		pending[i] = pendingOutput{Output: o, r: r}
		github = github || o.Format == "github"
	}
	// the policies compile while the first draft is read; a policy that
	// does not compile is the error, before any about the drafts
	e, err := opt.Playbook.start(ctx)
	if err != nil {
		return err
	}
	if err := reportsOutsideDraftDirs(outs, opt.Paths); err != nil {
		return cmp.Or(e.Ready(), err)
	}
	paths, err := expandDrafts(opt.Paths)
	if err != nil {
		return cmp.Or(e.Ready(), err)
	}
	opt.Paths = paths
	run := e.NewRun()
	// A draft that cannot be read is trouble (exit 2) and is never passed;
	// in a batch the others are still checked and reported, so that a CI
	// job still uploads its report, which names the draft not checked.
	var trouble []error
	var troubled []string
	checked := 0
	configs := map[string]*rules.Config{}
	positions := map[string]map[string]position{}
	batch := len(opt.Paths) > 1
	// drafts are read and evaluated on opt.Jobs workers, and recorded in
	// the order given, so that the report is the same bytes as a serial
	// run's; at most Jobs drafts are held at a time
	outcomes := make([]chan evaluated, len(opt.Paths))
	for i := range outcomes {
		outcomes[i] = make(chan evaluated, 1)
	}
	slots := make(chan struct{}, max(opt.Jobs, 1))
	done := make(chan struct{})
	defer close(done)
	go func() {
		for i, path := range opt.Paths {
			// the config, in order (drafts that share one share the value)
			cfg, cfgErr := opt.Playbook.configCached(e, path, configs)
			select {
			case slots <- struct{}{}:
			case <-done:
				return
			}
			go func() { outcomes[i] <- evaluate(ctx, opt, e, path, cfg, cfgErr) }()
		}
	}()
	for i, path := range opt.Paths {
		if opt.Progress && batch {
			// one line, rewritten: the draft being checked
			fmt.Fprintf(stderr, "\r\x1b[K[%d/%d] %s", i+1, len(opt.Paths), render.Visible(path))
		}
		err := record(run, positions, <-outcomes[i])
		<-slots
		if err != nil {
			if perr := e.Ready(); perr != nil {
				return perr
			}
			trouble = append(trouble, err)
			troubled = append(troubled, path)
			run.Note(fmt.Sprintf("%s: not checked: %v", path, err))
			continue
		}
		checked++
	}
	if err := e.Ready(); err != nil {
		return err
	}
	rep := run.Report()
	applyPositions(&rep, positions)
	rep.Run = opt.runOf(e)
	for i, err := range trouble {
		rep.Errors = append(rep.Errors, report.DraftError{Path: troubled[i], Message: err.Error()})
	}
	if opt.Progress && batch {
		fmt.Fprint(stderr, "\r\x1b[K")
	}
	// every report is written, also when a draft could not be read, so
	// that a CI job still has its SARIF or JUnit file to upload; when no
	// draft could be read, the error is all standard output gets
	inputs := append(append([]string{}, opt.Paths...), opt.Playbook.inputs(opt.Paths)...)
	werr := writeReports(pending, rep, stdout, inputs, checked > 0)
	if batch {
		// the last line of a batch, under the reports on a terminal
		fmt.Fprintln(stderr, render.BatchSummary(rep))
	}
	if werr != nil {
		return werr
	}
	if github && opt.StepSummary != "" {
		if err := appendStepSummary(opt.StepSummary, rep); err != nil {
			return err
		}
	}
	if len(trouble) == 1 {
		return trouble[0]
	}
	if len(trouble) > 1 {
		return fmt.Errorf("%d of %d drafts could not be checked (each is named in the report); first: %w", len(trouble), len(opt.Paths), trouble[0])
	}
	if !check.Passed(rep) {
		var failed []string
		for _, d := range rep.Documents {
			if !d.Passed {
				failed = append(failed, d.Path)
			}
		}
		return fmt.Errorf("%w: %s", ErrGateFailed, strings.Join(failed, ", "))
	}
	return nil
}

// evaluated is a draft read and evaluated, or the error that stopped it.
type evaluated struct {
	ev *check.Evaluation
	// doc and cfg: the draft, when it was read with its config, and the
	// config, which the run then uses (also when the evaluation failed)
	doc *document.Document
	cfg *rules.Config
	err error
}

// evaluate reads one draft and evaluates the playbook on it; cfg and
// cfgErr are its config, looked up in order by the caller.
func evaluate(ctx context.Context, opt CheckOptions, e *check.Engine, path string, cfg *rules.Config, cfgErr error) evaluated {
	doc, err := readDraft(path, extract.Options{})
	if err != nil {
		return evaluated{err: err}
	}
	if len(doc.Incomplete) > 0 && !opt.AcceptPartial {
		// the lost page may hold the clause that fails the gate
		return evaluated{err: &extract.Error{Path: path, Err: fmt.Errorf("%w: %s; --accept-partial checks what could be read",
			ErrIncomplete, strings.Join(doc.Incomplete, ", "))}}
	}
	if cfgErr != nil {
		return evaluated{err: cfgErr}
	}
	ev, err := e.Evaluate(ctx, doc, cfg)
	return evaluated{ev: ev, doc: doc, cfg: cfg, err: err} // (the engine names the draft)
}

// record adds an evaluated draft to run, and notes in positions where its
// evidence is in its file.
func record(run *check.Run, positions map[string]map[string]position, o evaluated) error {
	if o.doc != nil {
		run.Use(o.cfg)
	}
	if o.err != nil {
		return o.err
	}
	dr := run.Record(o.ev)
	if p := locateQuotes(o.doc, dr); p != nil {
		positions[dr.Path] = p
	}
	return nil
}

// reportsOutsideDraftDirs refuses a report written as a draft (.md, .txt,
// …) into a directory of drafts being checked: the next run would check
// the report as a draft. (A SARIF, JSON or JUnit report there is no draft.)
func reportsOutsideDraftDirs(outs []Output, args []string) error {
	for _, o := range outs {
		if o.Path == "" || o.Path == "-" || !draftExts[strings.ToLower(filepath.Ext(o.Path))] {
			continue
		}
		abs, err := filepath.Abs(o.Path)
		if err != nil {
			continue
		}
		for _, a := range args {
			fi, err := os.Stat(a)
			if err != nil || !fi.IsDir() {
				continue
			}
			da, err := filepath.Abs(a)
			if err != nil {
				continue
			}
			if rel, err := filepath.Rel(da, abs); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
				return &UsageError{Msg: fmt.Sprintf("-o %s: refusing to write a %s report into %s, a directory of drafts being checked (the next run would check it as a draft)", o.Path, filepath.Ext(o.Path), a)}
			}
		}
	}
	return nil
}

// draftExts are the file names a directory argument contributes.
var draftExts = map[string]bool{".pdf": true, ".docx": true, ".md": true, ".markdown": true, ".txt": true}

// expandDrafts replaces each directory argument by the drafts under it
// (by extension, in lexical order, hidden directories and what an ignore
// file lists skipped); files are kept as given, whatever their name.
func expandDrafts(args []string) ([]string, error) {
	var out []string
	for _, a := range args {
		fi, err := os.Stat(a)
		if err != nil || !fi.IsDir() {
			out = append(out, a) // the reader says what is wrong with it
			continue
		}
		n := len(out)
		var ignore []ignoreRule
		err = filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() && p != a && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			if ignored(ignore, p, d.IsDir()) {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				// its ignore file applies to what is under it
				rules, err := readIgnore(p)
				if err != nil {
					return err
				}
				ignore = append(ignore, rules...)
				return nil
			}
			if d.Type().IsRegular() && draftExts[strings.ToLower(filepath.Ext(p))] {
				out = append(out, p)
			}
			return nil
		})
		if err != nil {
			return nil, &extract.Error{Path: a, Err: err}
		}
		if len(out) == n {
			return nil, &extract.Error{Path: a, Err: fmt.Errorf("%w: no draft (.pdf, .docx, .md, .txt) in it", extract.ErrIsDirectory)}
		}
	}
	return out, nil
}
