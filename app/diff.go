package app

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/clausecheck/clausecheck/check"
	"github.com/clausecheck/clausecheck/diff"
	"github.com/clausecheck/clausecheck/diffrender"
	"github.com/clausecheck/clausecheck/document"
	"github.com/clausecheck/clausecheck/extract"
	"github.com/clausecheck/clausecheck/interpret"
	"github.com/clausecheck/clausecheck/report"
)

// DiffOptions are the options of `clausecheck diff`.
type DiffOptions struct {
	Old, New string
	// Tracked compares the original view (tracked changes rejected) of
	// this DOCX with its accepted view; Old and New are then empty.
	Tracked          string
	Format           string
	Output           string
	Color            bool
	Exact            bool
	FailOnRegression bool
	NoCompliance     bool
	// AcceptPartial compares drafts read only in part (a damaged page):
	// the result says what was lost, the lost draft's checks not met are
	// unknown, and FailOnRegression fails when the new draft is the one.
	AcceptPartial bool
	Playbook      Playbook
}

// Diff compares two drafts, runs the playbook on both and writes the
// changes and the compliance delta. With FailOnRegression it returns
// ErrGateFailed when a critical check got worse.
func Diff(ctx context.Context, opt DiffOptions, stdout io.Writer) error {
	if opt.Format == "" {
		opt.Format = "text"
	}
	renderer, err := diffrender.New(opt.Format, diffrender.Options{Color: opt.Color && opt.Output == ""})
	if err != nil {
		return &UsageError{Msg: fmt.Sprintf("unknown format %q (want %s)", opt.Format, strings.Join(diffrender.Formats(), ", "))}
	}
	// the policies compile while the drafts are read and compared; an
	// error in them (or in the rules) is said after any in the drafts
	var e *check.Engine
	var eerr error
	if !opt.NoCompliance {
		e, eerr = opt.Playbook.start(ctx)
	}
	var oldDoc, newDoc *document.Document
	inputs := []string{opt.Old, opt.New}
	if opt.Tracked != "" {
		inputs = []string{opt.Tracked}
		if oldDoc, err = readDraft(opt.Tracked, extract.Options{Original: true}); err != nil {
			return err
		}
		if newDoc, err = readDraft(opt.Tracked, extract.Options{}); err != nil {
			return err
		}
		if oldDoc.Format != document.FormatDOCX {
			return &UsageError{Msg: fmt.Sprintf("--tracked %s: tracked changes are read from DOCX files only", opt.Tracked)}
		}
	} else {
		// the two drafts are read at the same time; the old one's error
		// is said first
		var newErr error
		var wg sync.WaitGroup
		wg.Go(func() { newDoc, newErr = readDraft(opt.New, extract.Options{}) })
		oldDoc, err = readDraft(opt.Old, extract.Options{})
		wg.Wait()
		if err = cmp.Or(err, newErr); err != nil {
			return err
		}
	}
	var lost []string
	for _, d := range []*document.Document{oldDoc, newDoc} {
		if len(d.Incomplete) > 0 && !opt.AcceptPartial {
			// a lost page would show as deleted clauses, and hide a change
			return &extract.Error{Path: d.Path, Err: fmt.Errorf("%w: %s; --accept-partial compares what could be read",
				ErrIncomplete, strings.Join(d.Incomplete, ", "))}
		}
		for _, n := range d.Incomplete {
			if opt.Tracked == "" || d == newDoc {
				lost = append(lost, d.Path+": "+n)
			}
		}
	}
	reader := &lazyReader{}
	if e != nil {
		reader.get = func() (*interpret.Reader, error) { return e.Reader(), nil }
	} else {
		reader.get = opt.Playbook.reader
	}
	res, err := diff.Compare(oldDoc, newDoc, diff.Options{Exact: opt.Exact, Reader: reader})
	if err == nil {
		err = reader.err
	}
	if err != nil {
		return err
	}
	res.Incomplete = lost
	if opt.Tracked != "" {
		res.AttachRevisions(newDoc.Revisions)
	}
	if !opt.NoCompliance {
		if eerr != nil {
			return eerr
		}
		oldCfg, err := opt.Playbook.config(e, oldDoc.Path)
		if err != nil {
			return cmp.Or(e.Ready(), err)
		}
		newCfg, err := opt.Playbook.config(e, newDoc.Path)
		if err != nil {
			return cmp.Or(e.Ready(), err)
		}
		// the two drafts are checked at the same time (the engine is safe
		// for concurrent use); the old draft's error is said first
		var oldRep, newRep report.DocumentReport
		var oldErr, newErr error
		var wg sync.WaitGroup
		wg.Go(func() { newRep, newErr = e.Check(ctx, newDoc, newCfg) })
		oldRep, oldErr = e.Check(ctx, oldDoc, oldCfg)
		wg.Wait()
		if err := cmp.Or(oldErr, newErr); err != nil {
			return err
		}
		res.Compliance = diff.Compliance(res, oldRep, newRep)
	}
	w, commit, discard, err := output(stdout, opt.Output, append(inputs, opt.Playbook.inputs(inputs)...))
	if err != nil {
		return err
	}
	if err := renderer.Render(w, res); err != nil {
		discard()
		return err
	}
	if err := commit(); err != nil {
		return err
	}
	if opt.FailOnRegression && len(newDoc.Incomplete) > 0 {
		return fmt.Errorf("%w: %s read only in part (%s): a regression on what was lost cannot be ruled out", ErrGateFailed, newDoc.Path, strings.Join(newDoc.Incomplete, ", "))
	}
	if opt.FailOnRegression && len(res.Regressed(true)) > 0 {
		var ids []string
		for _, d := range res.Regressed(true) {
			ids = append(ids, d.ID)
		}
		return fmt.Errorf("%w: critical checks regressed: %s", ErrGateFailed, strings.Join(ids, ", "))
	}
	return nil
}

// lazyReader is the interpretation layer for diff.Options.Reader, built
// on the first clause that needs it: most comparisons never do.
type lazyReader struct {
	once sync.Once
	get  func() (*interpret.Reader, error)
	r    *interpret.Reader
	err  error
}

// Atoms implements diff.Reader; a reader that could not be built vouches
// for nothing (and its error is the comparison's).
func (l *lazyReader) Atoms(text string) ([]string, bool) {
	l.once.Do(func() { l.r, l.err = l.get() })
	if l.r == nil {
		return nil, false
	}
	return l.r.Atoms(text)
}
