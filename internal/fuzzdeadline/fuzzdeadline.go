// Package fuzzdeadline gives fuzz harnesses a per-input deadline: an input
// that takes too long is a failure the fuzzer keeps and minimises, like a
// crash, not a stall that eats the fuzzing budget unseen.
package fuzzdeadline

import (
	"testing"
	"time"
)

// PerInput is the time one input may take. The inputs of a harness are
// small: the slowest seeds take some tens of milliseconds, a hundred times
// less, also with the fuzzer's instrumentation on a loaded machine.
const PerInput = 3 * time.Second

// Run calls f and fails t when f has not returned within PerInput. f runs
// on its own goroutine; t.Fatal in f ends f and fails t, a panic in f is
// raised again here.
func Run(t *testing.T, f func()) {
	t.Helper()
	if late, p := run(PerInput, f); late {
		t.Fatalf("one input took more than %v", PerInput)
	} else if p != nil {
		panic(p)
	}
}

// run calls f on a goroutine and waits for it at most d: late when it had
// not returned by then, else the value f panicked with (nil if none, or if
// f ended by runtime.Goexit).
func run(d time.Duration, f func()) (late bool, panicked any) {
	done := make(chan any, 1)
	go func() {
		var p any
		defer func() { done <- p }()
		defer func() { p = recover() }()
		f()
	}()
	timer := time.NewTimer(d)
	defer timer.Stop()
	select {
	case p := <-done:
		return false, p
	case <-timer.C:
		return true, nil
	}
}
