package fuzzdeadline

import (
	"runtime"
	"testing"
	"time"
)

func TestRun(t *testing.T) {
	block := make(chan struct{})
	defer close(block)
	if late, _ := run(time.Millisecond, func() { <-block }); !late {
		t.Error("an input that never returns is not late")
	}
	if late, p := run(time.Hour, func() {}); late || p != nil {
		t.Errorf("a quick input: late %v, panic %v", late, p)
	}
	if _, p := run(time.Hour, func() { panic("boom") }); p != "boom" {
		t.Errorf("panic = %v, want boom", p)
	}
	if late, p := run(time.Hour, runtime.Goexit); late || p != nil {
		t.Errorf("Goexit (t.Fatal): late %v, panic %v", late, p)
	}
}
