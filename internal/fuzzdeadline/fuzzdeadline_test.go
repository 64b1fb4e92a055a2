package fuzzdeadline

import (
	"runtime"
	"strings"
	"testing"
	"time"
)

var sink [][]byte

func TestRun(t *testing.T) {
	block := make(chan struct{})
	defer close(block)
	if over, _ := run(time.Millisecond, 1<<30, func() { <-block }); !strings.Contains(over, "took more than") {
		t.Errorf("an input that never returns: over %q", over)
	}
	if over, p := run(time.Hour, 1<<30, func() {}); over != "" || p != nil {
		t.Errorf("a quick input: over %q, panic %v", over, p)
	}
	if _, p := run(time.Hour, 1<<30, func() { panic("boom") }); p != "boom" {
		t.Errorf("panic = %v, want boom", p)
	}
	if over, p := run(time.Hour, 1<<30, runtime.Goexit); over != "" || p != nil {
		t.Errorf("Goexit (t.Fatal): over %q, panic %v", over, p)
	}
	// 64 MiB in one go, against a 16 MiB budget: found when it returns
	if over, _ := run(time.Hour, 16<<20, func() { sink = append(sink[:0], make([]byte, 64<<20)) }); !strings.Contains(over, "allocated more than 16 MiB") {
		t.Errorf("an input that allocates 64 MiB: over %q", over)
	}
	// an input that allocates without end is stopped while it runs
	stop := make(chan struct{})
	defer close(stop)
	over, _ := run(time.Hour, 16<<20, func() {
		for {
			select {
			case <-stop:
				return
			default:
				sink = append(sink[:0], make([]byte, 1<<20))
			}
		}
	})
	if !strings.Contains(over, "allocated more than 16 MiB") {
		t.Errorf("an input that allocates without end: over %q", over)
	}
	sink = nil
}
