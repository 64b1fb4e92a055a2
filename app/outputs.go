package app

import (
	"context"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/clausecheck/clausecheck/render"
	"github.com/clausecheck/clausecheck/report"
)

// Output is one report of a check run: a format, and the file it is
// written to ("" for standard output).
type Output struct {
	Format string
	Path   string
}

// ParseOutput reads one --output value, as conftest and Trivy users write
// it: "FORMAT=PATH" writes that format to PATH ("FORMAT=" or "FORMAT=-"
// to standard output), a bare format name ("text", "sarif", …) writes it
// to standard output, and anything else is a PATH written in format (the
// --format flag: "-o report.sarif --format sarif").
func ParseOutput(value, format string) Output {
	if name, path, ok := strings.Cut(value, "="); ok && isFormat(name) {
		if path == "-" {
			path = ""
		}
		return Output{Format: name, Path: path}
	}
	if isFormat(value) {
		return Output{Format: value}
	}
	if value == "-" {
		value = ""
	}
	return Output{Format: format, Path: value}
}

func isFormat(name string) bool {
	return name == "md" || name == inputFormat || slices.Contains(render.Formats(), name)
}

// inputFormat is not a report: `check --format input DRAFT` prints the
// input the policies receive (as `policies input` does), like `conftest
// parse`.
const inputFormat = "input"

// checkInput writes the policy input of the one draft of opt to the one
// output of format input.
func checkInput(ctx context.Context, opt CheckOptions, outs []Output, stdout io.Writer) error {
	if len(outs) != 1 {
		return &UsageError{Msg: "--format input writes one output, the policy input; it cannot be combined with reports"}
	}
	paths, err := expandDrafts(opt.Paths)
	if err != nil {
		return err
	}
	if len(paths) != 1 {
		return &UsageError{Msg: fmt.Sprintf("--format input prints the policy input of one draft, not %d", len(paths))}
	}
	data, err := policyInput(ctx, opt.Playbook, paths[0])
	if err != nil {
		return err
	}
	w, commit, discard, err := output(stdout, outs[0].Path, append(paths, opt.Playbook.inputs(paths)...))
	if err != nil {
		return err
	}
	if _, err := w.Write(data); err != nil {
		discard()
		return err
	}
	return commit()
}

// outputsOf returns the reports a check writes: opt.Outputs, else one in
// opt.Format to opt.Output (standard output when empty). At most one goes
// to standard output and no file is named twice.
func outputsOf(opt CheckOptions) ([]Output, error) {
	outs := opt.Outputs
	if len(outs) == 0 {
		outs = []Output{{Format: opt.Format, Path: opt.Output}}
	}
	seen := map[string]bool{}
	for i, o := range outs {
		if o.Format == "" {
			outs[i].Format = "text"
		}
		if seen[o.Path] {
			if o.Path == "" {
				return nil, &UsageError{Msg: "two reports to standard output; give each but one a file (--output FORMAT=FILE)"}
			}
			return nil, &UsageError{Msg: fmt.Sprintf("--output %s: the file is named twice", o.Path)}
		}
		seen[o.Path] = true
	}
	return outs, nil
}

// pendingOutput is an output ready to be written.
type pendingOutput struct {
	Output
	r       render.Renderer
	w       io.Writer
	commit  func() error
	discard func()
}

// writeReports renders rep to every output, each written whole or not at
// all: every file is opened (and refused if it is an input) before any is
// written. stdout is skipped when toStdout is false.
func writeReports(outs []pendingOutput, rep report.Report, stdout io.Writer, inputs []string, toStdout bool) error {
	var open []pendingOutput
	discardAll := func() {
		for _, o := range open {
			o.discard()
		}
	}
	for _, o := range outs {
		if o.Path == "" && !toStdout {
			continue
		}
		w, commit, discard, err := output(stdout, o.Path, inputs)
		if err != nil {
			discardAll()
			return err
		}
		o.w, o.commit, o.discard = w, commit, discard
		open = append(open, o)
	}
	for _, o := range open {
		if err := o.r.Render(o.w, rep); err != nil {
			discardAll()
			return err
		}
	}
	for _, o := range open {
		if err := o.commit(); err != nil {
			return err
		}
	}
	return nil
}

// appendStepSummary appends the Markdown job summary of rep to the file
// GitHub Actions names in $GITHUB_STEP_SUMMARY (other steps write to it
// too, so it is appended to, never replaced).
func appendStepSummary(path string, rep report.Report) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		return fmt.Errorf("job summary: %w", err)
	}
	if err := (render.StepSummary{}).Render(f, rep); err != nil {
		f.Close()
		return fmt.Errorf("job summary %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("job summary %s: %w", path, err)
	}
	return nil
}
