package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"

	"github.com/spf13/cobra"
)

// profileFlags adds the hidden --cpuprofile and --memprofile flags, for
// the developers measuring where a command's time and memory go (read
// with "go tool pprof"). The CPU profile starts before the command runs;
// stopProfiles, called by main after every command, ends it and writes the
// heap profile.
func profileFlags(root *cobra.Command) {
	f := root.PersistentFlags()
	f.String("cpuprofile", "", "write a CPU profile to this file")
	f.String("memprofile", "", "write a heap profile to this file when the command ends")
	_ = f.MarkHidden("cpuprofile")
	_ = f.MarkHidden("memprofile")
}

// profiling is what startProfiles began, for stopProfiles to end.
var profiling struct {
	cpu     *os.File
	memPath string
}

func startProfiles(cmd *cobra.Command) error {
	if path, _ := cmd.Flags().GetString("cpuprofile"); path != "" {
		f, err := os.Create(path)
		if err != nil {
			return fmt.Errorf("--cpuprofile: %w", err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			f.Close()
			return fmt.Errorf("--cpuprofile: %w", err)
		}
		profiling.cpu = f
	}
	profiling.memPath, _ = cmd.Flags().GetString("memprofile")
	return nil
}

func stopProfiles() error {
	if profiling.cpu != nil {
		pprof.StopCPUProfile()
		if err := profiling.cpu.Close(); err != nil {
			return fmt.Errorf("--cpuprofile: %w", err)
		}
		profiling.cpu = nil
	}
	if profiling.memPath != "" {
		f, err := os.Create(profiling.memPath)
		if err != nil {
			return fmt.Errorf("--memprofile: %w", err)
		}
		runtime.GC()
		err = pprof.WriteHeapProfile(f)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		profiling.memPath = ""
		if err != nil {
			return fmt.Errorf("--memprofile: %w", err)
		}
	}
	return nil
}
