// Command clausecheck reads contract drafts, checks them against a playbook
// of required clauses and diffs two drafts clause by clause.
package main

import (
	"fmt"
	"os"

	"github.com/clausecheck/clausecheck/app"
	"github.com/clausecheck/clausecheck/render"
)

func main() {
	err := newRootCmd().Execute()
	if perr := stopProfiles(); err == nil {
		err = perr
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "clausecheck:", render.Visible(err.Error()))
	}
	os.Exit(app.ExitCode(err))
}
