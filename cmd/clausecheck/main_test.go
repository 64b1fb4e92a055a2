package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/clausecheck/clausecheck/internal/sarifcheck"
	"github.com/clausecheck/clausecheck/internal/testpdf"
)

var update = flag.Bool("u", false, "update testscript files with the actual output (cmp stdout)")

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){"clausecheck": main})
}

// TestScripts runs the CLI scenarios in testdata/script/*.txtar. $FIXTURES
// is the repository's fixtures directory; `exitcode N cmd args…` runs a
// command and asserts its exit status (0 ok, 1 gate failed, 2 trouble).
func TestScripts(t *testing.T) {
	fixtures, err := filepath.Abs("../../fixtures")
	if err != nil {
		t.Fatal(err)
	}
	playbook := playbookVersion(t)
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		UpdateScripts:       *update,
		RequireExplicitExec: true,
		Setup: func(env *testscript.Env) error {
			env.Setenv("FIXTURES", fixtures)
			// the embedded playbook's version, for cmpenv: it changes
			// whenever the vocabulary or a policy's METADATA does
			env.Setenv("PLAYBOOK", playbook)
			env.Setenv("NO_COLOR", "1")
			// every SARIF log a script leaves behind must be valid
			env.Defer(func() {
				if err := validSARIFFiles(env.WorkDir); err != nil {
					env.T().Fatal(err)
				}
			})
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			// damagepdf SRC DST N: a copy of SRC whose Nth text stream has
			// 40 bytes flipped in its middle (a page read only in part)
			"damagepdf": func(ts *testscript.TestScript, neg bool, args []string) {
				if len(args) != 3 {
					ts.Fatalf("usage: damagepdf SRC DST N")
				}
				data, err := os.ReadFile(ts.MkAbs(args[0]))
				ts.Check(err)
				n, err := strconv.Atoi(args[2])
				ts.Check(err)
				ts.Check(os.WriteFile(ts.MkAbs(args[1]), damageTextStream(data, n), 0o644))
			},
			// filemode PATH MODE (octal): asserts the file's permissions
			"filemode": func(ts *testscript.TestScript, neg bool, args []string) {
				fi, err := os.Stat(ts.MkAbs(args[0]))
				ts.Check(err)
				if got := fmt.Sprintf("%04o", fi.Mode().Perm()); got != args[1] {
					ts.Fatalf("%s: mode %s, want %s", args[0], got, args[1])
				}
			},
			// chmod MODE PATH (octal)
			"chmod": func(ts *testscript.TestScript, neg bool, args []string) {
				m, err := strconv.ParseUint(args[0], 8, 32)
				ts.Check(err)
				ts.Check(os.Chmod(ts.MkAbs(args[1]), os.FileMode(m)))
			},
			// mkfifo PATH
			"mkfifo": func(ts *testscript.TestScript, neg bool, args []string) {
				if err := syscall.Mkfifo(ts.MkAbs(args[0]), 0o600); err != nil {
					ts.Fatalf("mkfifo: %v", err)
				}
			},
			"exitcode": func(ts *testscript.TestScript, neg bool, args []string) {
				if len(args) < 2 {
					ts.Fatalf("usage: exitcode N command [args...]")
				}
				err := ts.Exec(args[1], args[2:]...)
				code := 0
				var ee *exec.ExitError
				switch {
				case errors.As(err, &ee):
					code = ee.ExitCode()
				case err != nil:
					ts.Fatalf("%v", err)
				}
				if strconv.Itoa(code) != args[0] {
					ts.Fatalf("exit status %d, want %s", code, args[0])
				}
				// and every SARIF log it printed
				if out := []byte(ts.ReadFile("stdout")); sarifcheck.Looks(out) {
					if err := sarifcheck.Validate(out); err != nil {
						ts.Fatalf("the SARIF printed is not valid: %v", err)
					}
				}
			},
		},
	})
}

// playbookVersion is the version the reports record for the embedded
// playbook.
func playbookVersion(t *testing.T) string {
	t.Helper()
	out, _ := execCLI([]string{"check", "--format", "json", "--no-config-discovery", "../../fixtures/drafts/strong-deal-addendum.md"})
	var rep struct {
		Run struct {
			Playbook struct{ Version string }
		}
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil || rep.Run.Playbook.Version == "" {
		t.Fatalf("no playbook version in the report (%v):\n%s", err, out)
	}
	return rep.Run.Playbook.Version
}

// damageTextStream flips 40 bytes in the middle of the nth compressed
// stream that holds text-showing operators.
func damageTextStream(data []byte, n int) []byte { return testpdf.DamageText(data, n) }

// validSARIFFiles validates every *.sarif file under dir against the
// SARIF 2.1.0 schema.
func validSARIFFiles(dir string) error {
	return filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(p) != ".sarif" {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if err := sarifcheck.Validate(data); err != nil {
			return fmt.Errorf("%s is not valid SARIF 2.1.0: %w", filepath.Base(p), err)
		}
		return nil
	})
}
