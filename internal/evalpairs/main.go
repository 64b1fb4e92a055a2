// Command evalpairs scores a directory of labelled version pairs and
// prints each miss (development aid). A directory of the locked split is
// scored in aggregate only.
package main

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/clausecheck/clausecheck/check"
	"github.com/clausecheck/clausecheck/eval"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: evalpairs DIR [NAME-PREFIX]")
		os.Exit(2)
	}
	dir := os.Args[1]
	// the locked split is scored in aggregate only: nobody reads its misses
	locked := strings.Contains(dir, "test")
	cases, err := eval.LoadPairCases(dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	if len(os.Args) > 2 {
		var keep []eval.PairCase
		for _, c := range cases {
			if strings.HasPrefix(c.Name, os.Args[2]) {
				keep = append(keep, c)
			}
		}
		cases = keep
	}
	ctx := context.Background()
	eng, err := check.New(ctx, check.Options{})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	s, err := eval.RunPairs(ctx, eng, cases)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	if !locked {
		for _, l := range s.Lines {
			fmt.Println(l)
		}
	}
	fmt.Println(s)
}
