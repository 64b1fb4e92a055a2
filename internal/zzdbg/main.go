package main

import (
	"fmt"
	"os"
	"regexp"
	"strings"

	"github.com/clausecheck/clausecheck/extract/docx"
	"github.com/clausecheck/clausecheck/extract/pdftext"
)

var lab = regexp.MustCompile(`^(\d{1,3}\.(\d{1,3}(\.\d{1,3})*)?|\d{1,3}(\.\d{1,3})+|\([a-zA-Z0-9]{1,5}\))$`)

func main() {
	bad := 0
	for _, base := range os.Args[1:] {
		d, _ := os.ReadFile(base + ".docx")
		res, err := docx.Read(d, docx.Options{})
		if err != nil {
			panic(err)
		}
		var want []string
		for _, p := range res.Paragraphs {
			if p.Label != "" {
				want = append(want, p.Label)
			}
		}
		pd, _ := os.ReadFile(base + ".pdf")
		pr, err := pdftext.Extract(pd)
		if err != nil {
			panic(err)
		}
		var got []string
		for _, pg := range pr.Pages {
			for _, l := range pg.Lines {
				f := strings.SplitN(l.Text, "\t", 2)
				if len(f) == 2 && lab.MatchString(f[0]) {
					got = append(got, f[0])
				}
			}
		}
		if strings.Join(want, " ") != strings.Join(got, " ") {
			bad++
			fmt.Println("MISMATCH", base, len(want), len(got))
			for i := 0; i < len(want) || i < len(got); i++ {
				w, g := "", ""
				if i < len(want) {
					w = want[i]
				}
				if i < len(got) {
					g = got[i]
				}
				if w != g {
					fmt.Println("   at", i, "docx", w, "pdf", g)
					break
				}
			}
		}
	}
	fmt.Println("files", len(os.Args)-1, "mismatched", bad)
}
