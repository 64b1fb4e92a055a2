package main

import (
	"fmt"
	"os"
	"sort"

	"github.com/clausecheck/clausecheck/extract/pdftext"
)

func main() {
	for _, f := range os.Args[1:] {
		data, _ := os.ReadFile(f)
		res, err := pdftext.Extract(data)
		if err != nil {
			panic(err)
		}
		out := ""
		for _, p := range res.Pages {
			var gaps []float64
			for i := 1; i < len(p.Lines); i++ {
				if g := p.Lines[i-1].Y - p.Lines[i].Y; g > 0 {
					gaps = append(gaps, g)
				}
			}
			sort.Float64s(gaps)
			if len(gaps) > 0 {
				out += fmt.Sprintf(" %.1f", gaps[len(gaps)/2])
			}
		}
		fmt.Println(f[len(f)-30:], out)
	}
}
