// Command evaldev scores a directory of labelled drafts and prints each
// verdict that differs from its label (development aid; never point it at
// the locked split).
package main

import (
	"context"
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/clausecheck/clausecheck/check"
	"github.com/clausecheck/clausecheck/eval"
	"github.com/clausecheck/clausecheck/extract"
)

func main() {
	dir := os.Args[1]
	if strings.Contains(dir, "test") {
		fmt.Println("refusing to print the locked split")
		os.Exit(2)
	}
	only := ""
	if len(os.Args) > 2 {
		only = os.Args[2]
	}
	cases, err := eval.LoadCases(dir)
	if err != nil {
		panic(err)
	}
	eng, err := check.New(context.Background(), check.Options{})
	if err != nil {
		panic(err)
	}
	// EVALDEV_ALL=1 also prints the verdicts that agree with their label.
	all := os.Getenv("EVALDEV_ALL") != ""
	conf := eval.Confusion{}
	wrongMet := 0
	per := map[string][2]int{}
	for _, c := range cases {
		doc, err := extract.File(c.Draft)
		if err != nil {
			fmt.Println(c.Name, err)
			continue
		}
		dr, err := eng.Check(context.Background(), doc, nil)
		if err != nil {
			fmt.Println(c.Name, err)
			continue
		}
		for _, f := range dr.Findings {
			want := c.Expect[f.ID]
			conf.Add(f.ID, want, f.Status)
			x := per[f.ID]
			x[1]++
			if want == f.Status {
				x[0]++
			}
			per[f.ID] = x
			if all && want == f.Status {
				fmt.Printf("%-48s %s want %-8s got %-8s ok %s\n", c.Name, f.ID, want, f.Status, f.Reason)
			}
			if want != f.Status && (only == "" || only == f.ID) {
				flag := ""
				if f.Status == "met" && strings.HasPrefix(f.ID, "C") {
					flag = " !!!"
					wrongMet++
				}
				fmt.Printf("%-48s %s want %-8s got %-8s%s %s\n", c.Name, f.ID, want, f.Status, flag, f.Reason)
			}
		}
	}
	r, t := conf.Accuracy()
	var ids []string
	for id := range per {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		fmt.Printf("%s %d/%d  ", id, per[id][0], per[id][1])
	}
	fmt.Printf("\naccuracy %d/%d = %.3f, critical wrong met %d\n", r, t, float64(r)/float64(t), wrongMet)
}
