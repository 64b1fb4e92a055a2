package main

import (
	"io"
	"os"
)

// isTerminal reports whether w is a terminal (colour is used only then).
// NO_COLOR disables colour, as everywhere.
func isTerminal(w io.Writer) bool {
	if os.Getenv("NO_COLOR") != "" {
		return false
	}
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
