package app

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/clausecheck/clausecheck/extract"
	"github.com/clausecheck/clausecheck/policies"
)

// PoliciesListOptions are the options of `clausecheck policies list`.
type PoliciesListOptions struct {
	Playbook Playbook
	Format   string // text or json
}

// PoliciesList writes the checks of the playbook, from their METADATA.
func PoliciesList(ctx context.Context, opt PoliciesListOptions, stdout io.Writer) error {
	if opt.Format == "" {
		opt.Format = "text"
	}
	if opt.Format != "text" && opt.Format != "json" {
		return &UsageError{Msg: fmt.Sprintf("unknown format %q (want text or json)", opt.Format)}
	}
	list, err := policies.List(ctx, opt.Playbook.policyOptions())
	if err != nil {
		return err
	}
	if opt.Format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(list)
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tSEVERITY\tTITLE")
	for _, p := range list {
		fmt.Fprintf(tw, "%s\t%s\t%s\n", p.ID, p.Severity, p.Title)
	}
	return tw.Flush()
}

// PoliciesTestOptions are the options of `clausecheck policies test`.
type PoliciesTestOptions struct {
	Dirs       []string
	NoEmbedded bool
	Verbose    bool
	Run        string
}

// PoliciesTest runs the Rego unit tests (the *_test.rego files) of the
// embedded policies and of the given directories, like `opa test`.
func PoliciesTest(ctx context.Context, opt PoliciesTestOptions, stdout io.Writer) error {
	err := policies.RunTests(ctx, stdout, policies.TestOptions{
		Options: policies.Options{Dirs: opt.Dirs, NoEmbedded: opt.NoEmbedded},
		Verbose: opt.Verbose, Run: opt.Run,
	})
	if errors.Is(err, policies.ErrTestsFailed) {
		return fmt.Errorf("%w: %v", ErrGateFailed, err)
	}
	return err
}

// PoliciesInputOptions are the options of `clausecheck policies input`.
type PoliciesInputOptions struct {
	Playbook Playbook
	Path     string
}

// PoliciesInput writes the input the policies receive for one draft (the
// clausecheck/input/v2 document: frames, notices, statements), for writing
// and debugging policies of one's own.
func PoliciesInput(ctx context.Context, opt PoliciesInputOptions, stdout io.Writer) error {
	data, err := policyInput(ctx, opt.Playbook, opt.Path)
	if err != nil {
		return err
	}
	_, err = stdout.Write(data)
	return err
}

// policyInput is the input document the policies receive for one draft,
// as indented JSON: what `policies input` and `check --format input` print.
func policyInput(ctx context.Context, pb Playbook, path string) ([]byte, error) {
	eng, err := pb.engine(ctx)
	if err != nil {
		return nil, err
	}
	doc, err := readDraft(path, extract.Options{})
	if err != nil {
		return nil, err
	}
	cfg, err := pb.config(eng, path)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	if err := enc.Encode(eng.Input(doc, cfg)); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
