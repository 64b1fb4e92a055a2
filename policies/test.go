package policies

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/tester"
)

// ErrTestsFailed is returned by RunTests when a Rego test fails or errors.
var ErrTestsFailed = errors.New("policy tests failed")

// TestOptions selects what RunTests runs.
type TestOptions struct {
	Options
	Verbose bool
	// Run is a regexp selecting test names (like opa test --run).
	Run string
}

// RunTests runs the Rego unit tests (test_* rules, usually in *_test.rego)
// of the selected policies and writes an opa-test style report to w. It
// returns ErrTestsFailed when any test fails.
func RunTests(ctx context.Context, w io.Writer, opt TestOptions) (err error) {
	defer recoverTo(&err)
	srcs, err := sources(opt.Options, true)
	if err != nil {
		return err
	}
	modules, err := parse(srcs)
	if err != nil {
		return err
	}
	compiler := ast.NewCompiler().
		WithCapabilities(sandboxedTests()).
		WithEnablePrintStatements(true)
	timeout := opt.EvalTimeout
	if timeout <= 0 {
		timeout = DefaultEvalTimeout
	}
	runner := tester.NewRunner().
		SetCompiler(compiler).
		SetTimeout(timeout).
		SetModules(modules).
		CapturePrintOutput(true).
		RaiseBuiltinErrors(true)
	if opt.Run != "" {
		runner = runner.Filter(opt.Run)
	}
	ctx, stop := watchMemory(ctx, evalMemory(opt.Options))
	ch, err := runner.RunTests(ctx, nil)
	if err != nil {
		stop()
		return fmt.Errorf("run policy tests: %w", oneLine{err})
	}
	failed := false
	count := 0
	rch := make(chan *tester.Result)
	done := make(chan error, 1)
	go func() {
		done <- tester.PrettyReporter{Output: w, Verbose: opt.Verbose, FailureLine: true}.Report(rch)
	}()
	for r := range ch {
		count++
		if r.Fail || r.Error != nil {
			failed = true
		}
		rch <- r
	}
	close(rch)
	over := stop()
	if err := <-done; err != nil {
		return fmt.Errorf("report policy tests: %w", err)
	}
	if over {
		return memoryError(evalMemory(opt.Options))
	}
	if count == 0 {
		return fmt.Errorf("%w: no tests found", ErrTestsFailed)
	}
	if failed {
		return ErrTestsFailed
	}
	return nil
}
