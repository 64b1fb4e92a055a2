// Package fuzzdeadline gives fuzz harnesses a per-input budget of time and
// memory: an input that takes too long, or allocates too much, is a
// failure the fuzzer keeps and minimises, like a crash, not a stall that
// eats the fuzzing budget unseen or an out-of-memory kill that loses the
// input.
package fuzzdeadline

import (
	"fmt"
	"runtime/metrics"
	"testing"
	"time"
)

// PerInput is the time one input may take. The inputs of a harness are
// small: the slowest seeds take some tens of milliseconds, a hundred times
// less, also with the fuzzer's instrumentation on a loaded machine.
const PerInput = 3 * time.Second

// PerInputBytes is the memory one input may allocate, in all: no seed of
// any harness allocates 64 MiB (a whole check of a short draft is the
// hungriest), so an input past this has found work out of proportion to
// its size (a glyph or zip bomb, a quadratic pass). It is counted while the
// input runs, so a bomb fails before it exhausts the machine.
const PerInputBytes = 512 << 20

// poll is how often the allocations are read while an input runs.
const poll = 10 * time.Millisecond

// Run calls f and fails t when f has not returned within PerInput, or has
// allocated more than PerInputBytes. f runs on its own goroutine; t.Fatal
// in f ends f and fails t, a panic in f is raised again here.
func Run(t *testing.T, f func()) {
	t.Helper()
	switch over, p := run(PerInput, PerInputBytes, f); {
	case over != "":
		t.Fatalf("one input %s", over)
	case p != nil:
		panic(p)
	}
}

// allocated is the bytes the process has allocated on the heap so far.
func allocated() uint64 {
	s := []metrics.Sample{{Name: "/gc/heap/allocs:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return s[0].Value.Uint64()
}

// run calls f on a goroutine and waits for it at most d, and while it
// allocates at most limit bytes: over says which budget it went past
// ("" if none), panicked the value f panicked with (nil if none, or if f
// ended by runtime.Goexit).
func run(d time.Duration, limit uint64, f func()) (over string, panicked any) {
	done := make(chan any, 1)
	start := allocated()
	go func() {
		var p any
		defer func() { done <- p }()
		defer func() { p = recover() }()
		f()
	}()
	timer := time.NewTimer(d)
	defer timer.Stop()
	tick := time.NewTicker(poll)
	defer tick.Stop()
	check := func() string {
		if n := allocated() - start; n > limit {
			return fmt.Sprintf("allocated more than %d MiB (%d MiB)", limit>>20, n>>20)
		}
		return ""
	}
	for {
		select {
		case p := <-done:
			return check(), p
		case <-timer.C:
			return fmt.Sprintf("took more than %v", d), nil
		case <-tick.C:
			if o := check(); o != "" {
				return o, nil
			}
		}
	}
}
