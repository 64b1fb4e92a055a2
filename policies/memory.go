package policies

import (
	"context"
	"fmt"
	"runtime/metrics"
	"sync/atomic"
	"time"
)

// DefaultEvalMemory bounds the memory one evaluation may take (Options
// EvalMemory): the heap may grow by this much while the policies run on a
// draft, or while the Rego unit tests run. The embedded playbook takes a
// few tens of MiB on a 300-page draft.
const DefaultEvalMemory = 1 << 30

// memoryWatch is how often the heap is looked at during an evaluation.
const memoryWatch = 5 * time.Millisecond

// watchMemory returns ctx, cancelled once the heap has grown by more than
// limit bytes since the call: a policy that builds an enormous
// comprehension is stopped, as at its deadline, before it takes the
// machine's memory. stop ends the watch and tells whether the limit was
// crossed. The heap is the process's: evaluations running at the same
// time count against each other's bound.
func watchMemory(ctx context.Context, limit int64) (context.Context, func() (over bool)) {
	ctx, cancel := context.WithCancel(ctx)
	var over atomic.Bool
	done := make(chan struct{})
	start := heapBytes()
	go func() {
		t := time.NewTicker(memoryWatch)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-ctx.Done():
				return
			case <-t.C:
				if heapBytes()-start > limit {
					over.Store(true)
					cancel()
					return
				}
			}
		}
	}()
	return ctx, func() bool {
		close(done)
		cancel()
		return over.Load()
	}
}

// heapBytes is the memory the heap's objects take, live or not yet
// collected.
func heapBytes() int64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return int64(s[0].Value.Uint64())
}

// memoryError is the error of an evaluation stopped at its memory bound.
func memoryError(limit int64) error {
	return fmt.Errorf("%w: evaluation took more than %d MiB of memory (a policy builds too much)", ErrPolicy, limit>>20)
}
