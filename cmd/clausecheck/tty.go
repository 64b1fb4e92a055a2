package main

import (
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/clausecheck/clausecheck/app"
)

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// colorMode decides whether to colour output: --color always or never
// decides; auto (the default) honours NO_COLOR (any value turns colour
// off), then FORCE_COLOR (any value but "0" or "false" turns it on), then
// TERM=dumb (off), and else colours a terminal only.
func colorMode(mode string, getenv func(string) string, tty bool) (bool, error) {
	switch mode {
	case "always":
		return true, nil
	case "never":
		return false, nil
	case "auto", "":
	default:
		return false, &app.UsageError{Msg: fmt.Sprintf("--color %q (want auto, always or never)", mode)}
	}
	if getenv("NO_COLOR") != "" {
		return false, nil
	}
	if f := getenv("FORCE_COLOR"); f != "" && f != "0" && f != "false" {
		return true, nil
	}
	if getenv("TERM") == "dumb" {
		return false, nil
	}
	return tty, nil
}

// useColor applies the --color flag of cmd to w.
func useColor(cmd *cobra.Command, w io.Writer) bool {
	mode, _ := cmd.Flags().GetString("color")
	on, _ := colorMode(mode, os.Getenv, isTerminal(w)) // the flag was checked before the run
	return on
}

// globalFlags adds the flags every command takes: --color and --quiet.
// They are checked, and --quiet applied, before any command runs.
func globalFlags(root *cobra.Command) {
	f := root.PersistentFlags()
	f.String("color", "auto", "colour the text output: auto (a terminal, unless NO_COLOR or TERM=dumb; FORCE_COLOR forces it), always or never")
	f.BoolP("quiet", "q", false, "print nothing but errors: no report on standard output (files named with -o are still written), no progress, no summary; the exit code tells")
	root.PersistentPreRunE = func(cmd *cobra.Command, _ []string) error {
		mode, _ := cmd.Flags().GetString("color")
		if _, err := colorMode(mode, os.Getenv, false); err != nil {
			return err
		}
		if q, _ := cmd.Flags().GetBool("quiet"); q {
			root.SetOut(io.Discard)
			root.SetErr(io.Discard)
		}
		return startProfiles(cmd)
	}
	profileFlags(root)
	completeValues(root, "color", "auto", "always", "never")
}

// unknownSubcommand is the error for "clausecheck chekc" or "clausecheck
// policies lst": a usage error (exit 2) with the nearest command names.
func unknownSubcommand(cmd *cobra.Command, name string) error {
	msg := fmt.Sprintf("unknown command %q for %q", name, cmd.CommandPath())
	if cmd.SuggestionsMinimumDistance <= 0 {
		cmd.SuggestionsMinimumDistance = 2
	}
	if s := cmd.SuggestionsFor(name); len(s) > 0 {
		msg += fmt.Sprintf(" (did you mean %s?)", s[0])
	} else {
		var names []string
		for _, c := range cmd.Commands() {
			if c.IsAvailableCommand() {
				names = append(names, c.Name())
			}
		}
		msg += fmt.Sprintf(" (want one of %v)", names)
	}
	return &app.UsageError{Msg: msg}
}

// completeValues makes the shell complete a flag of cmd with values.
func completeValues(cmd *cobra.Command, flag string, values ...string) {
	_ = cmd.RegisterFlagCompletionFunc(flag, cobra.FixedCompletions(values, cobra.ShellCompDirectiveNoFileComp))
}
