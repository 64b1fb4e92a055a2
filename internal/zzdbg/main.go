package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/clausecheck/clausecheck/extract/docx"
	"github.com/clausecheck/clausecheck/extract/pdftext"
)

func norm(s string) string { return strings.ToUpper(strings.Join(strings.Fields(s), " ")) }

func main() {
	bad, total := 0, 0
	for _, base := range os.Args[1:] {
		d, _ := os.ReadFile(base + ".docx")
		res, err := docx.Read(d, docx.Options{})
		if err != nil {
			panic(err)
		}
		pd, _ := os.ReadFile(base + ".pdf")
		pr, err := pdftext.Extract(pd)
		if err != nil {
			panic(err)
		}
		var lines []string
		for _, pg := range pr.Pages {
			for _, l := range pg.Lines {
				lines = append(lines, norm(strings.ReplaceAll(l.Text, "\t", " ")))
			}
		}
		at := 0
		miss := 0
		for _, p := range res.Paragraphs {
			if p.Label == "" {
				continue
			}
			total++
			t := norm(p.Text)
			if len(t) > 25 {
				t = t[:25]
			}
			found := false
			for j := at; j < len(lines); j++ {
				if strings.HasPrefix(lines[j], norm(p.Label)+" "+t) {
					at = j + 1
					found = true
					break
				}
				if false {
					i := strings.Index(lines[j], t)
					got := strings.TrimSpace(lines[j][:i])
					if got != norm(p.Label) {
						fmt.Printf("MISMATCH %s: docx %q pdf %q\n", base[10:], p.Label, got)
						bad++
					}
					at = j + 1
					found = true
					break
				}
			}
			if !found {
				miss++
			}
		}
		if miss > 0 {
			fmt.Println("not found", base, miss)
		}
	}
	fmt.Println("numbered paragraphs", total, "label mismatches", bad)
}
