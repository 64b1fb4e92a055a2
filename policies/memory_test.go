package policies

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

// hungry builds a set of ten million numbers: far more memory than
// any check needs, and more than it may take.
const hungry = "{x | some x in numbers.range(1, 10000000)}"

// A policy that builds an enormous comprehension is stopped at the
// evaluation's memory bound, long before its deadline.
func TestEvalMemoryBound(t *testing.T) {
	src := "# METADATA\n# title: Hungry\n# custom:\n#   id: X1\n#   severity: warning\npackage clausecheck.custom.x1\n\nimport rego.v1\n\n" +
		"finding := {\"status\": \"met\", \"reason\": sprintf(\"%d\", [count(" + hungry + ")]), \"evidence\": [], \"facts\": {}}\n"
	dir := writePolicy(t, "hungry", "hungry.rego", src)
	s, err := Load(context.Background(), Options{Dirs: []string{dir}, NoEmbedded: true, EvalTimeout: time.Hour, EvalMemory: 64 << 20})
	if err != nil {
		t.Fatal(err)
	}
	_, err = s.Eval(context.Background(), map[string]any{})
	if err == nil || !errors.Is(err, ErrPolicy) || !strings.Contains(err.Error(), "more than 64 MiB of memory") {
		t.Errorf("err = %v, want the memory bound's error", err)
	}
}

// The Rego unit tests run under the same bound.
func TestRunTestsMemoryBound(t *testing.T) {
	src := "package clausecheck.custom.x1_test\n\nimport rego.v1\n\ntest_hungry if count(" + hungry + ") > 0\n"
	dir := writePolicy(t, "hungry", "hungry_test.rego", src)
	var out bytes.Buffer
	err := RunTests(context.Background(), &out, TestOptions{Options: Options{Dirs: []string{dir}, NoEmbedded: true, EvalTimeout: time.Hour, EvalMemory: 64 << 20}})
	if err == nil || !errors.Is(err, ErrPolicy) || !strings.Contains(err.Error(), "more than 64 MiB of memory") {
		t.Errorf("err = %v, want the memory bound's error\n%s", err, out.String())
	}
}
