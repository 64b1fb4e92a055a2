//go:build unix

package safefile

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"syscall"
	"testing"
)

func TestRead(t *testing.T) {
	dir := t.TempDir()
	small := filepath.Join(dir, "small.txt")
	if err := os.WriteFile(small, []byte("hello"), 0o644); err != nil {
		t.Fatal(err)
	}
	if b, err := Read(small, 5); err != nil || string(b) != "hello" {
		t.Errorf("Read(small, 5) = %q, %v", b, err)
	}
	if _, err := Read(small, 4); !errors.Is(err, ErrTooLarge) {
		t.Errorf("over the cap: %v, want ErrTooLarge", err)
	}
	if _, err := Read(dir, 100); !errors.Is(err, ErrIsDirectory) {
		t.Errorf("a directory: %v, want ErrIsDirectory", err)
	}
	if runtime.GOOS == "windows" {
		return
	}
	zero := filepath.Join(dir, "zero.yaml")
	if err := os.Symlink("/dev/zero", zero); err != nil {
		t.Skip("no symlinks:", err)
	}
	if _, err := Read(zero, 1<<20); !errors.Is(err, ErrNotRegular) {
		t.Errorf("a symlink to /dev/zero: %v, want ErrNotRegular", err)
	}
	fifo := filepath.Join(dir, "draft.txt")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no FIFOs:", err)
	}
	// must return at once, not wait for a writer
	if _, err := Read(fifo, 1<<20); !errors.Is(err, ErrNotRegular) {
		t.Errorf("a FIFO: %v, want ErrNotRegular", err)
	}
}
