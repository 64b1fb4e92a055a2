// Package app holds clausecheck's use cases — extract, check, diff — as
// functions of options and injected streams. The cobra commands in
// cmd/clausecheck parse flags into these options and call them; nothing
// here reads flags, the environment or the working directory.
package app

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// ErrGateFailed is returned when a draft fails the gate (exit code 1).
var ErrGateFailed = errors.New("gate failed")

// UsageError is a mistake in the command line (exit code 2).
type UsageError struct{ Msg string }

func (e *UsageError) Error() string { return e.Msg }

// ExitCode maps an error returned by a use case to the process exit code:
// 0 ok, 1 gate failed, 2 trouble (bad input, config, policy or usage).
func ExitCode(err error) int {
	switch {
	case err == nil:
		return 0
	case errors.Is(err, ErrGateFailed):
		return 1
	default:
		return 2
	}
}

// output opens the destination of a report: w when path is empty, else
// the file, which must not be one of the inputs. The file is written to a
// temporary name beside it and renamed by commit, so it is written whole or
// not at all; discard removes the temporary file when rendering failed.
func output(w io.Writer, path string, inputs []string) (out io.Writer, commit func() error, discard func(), err error) {
	if path == "" || path == "-" {
		return w, func() error { return nil }, func() {}, nil
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, nil, nil, err
	}
	for _, in := range inputs {
		ia, err := filepath.Abs(in)
		same := err == nil && ia == abs
		fi, err1 := os.Stat(in)
		if err1 == nil {
			if fo, err2 := os.Stat(path); err2 == nil && os.SameFile(fi, fo) {
				same = true
			}
		}
		if same {
			return nil, nil, nil, &UsageError{Msg: fmt.Sprintf("-o %s: refusing to overwrite an input (%s)", path, in)}
		}
		if err1 == nil && fi.IsDir() && err == nil {
			// a rules or policies directory: a report written into it
			// would be read as rules or policy next time
			if rel, err := filepath.Rel(ia, abs); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
				return nil, nil, nil, &UsageError{Msg: fmt.Sprintf("-o %s: refusing to write into an input directory (%s)", path, in)}
			}
		}
	}
	// an existing file keeps its mode (a 0600 report stays private)
	mode := os.FileMode(0o644)
	if fo, err := os.Stat(abs); err == nil && fo.Mode().IsRegular() {
		mode = fo.Mode().Perm()
	}
	f, err := os.CreateTemp(filepath.Dir(abs), ".clausecheck-*")
	if err != nil {
		return nil, nil, nil, fmt.Errorf("-o %s: %w", path, err)
	}
	discard = func() {
		f.Close()
		os.Remove(f.Name())
	}
	commit = func() error {
		if err := f.Close(); err != nil {
			os.Remove(f.Name())
			return fmt.Errorf("-o %s: %w", path, err)
		}
		if err := os.Chmod(f.Name(), mode); err != nil {
			os.Remove(f.Name())
			return fmt.Errorf("-o %s: %w", path, err)
		}
		if err := os.Rename(f.Name(), abs); err != nil {
			os.Remove(f.Name())
			return fmt.Errorf("-o %s: %w", path, err)
		}
		return nil
	}
	return f, commit, discard, nil
}
