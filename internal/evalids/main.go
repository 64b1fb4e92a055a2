// Command evalids counts the rendered drafts (PDF, DOCX) of a directory
// whose clause IDs differ from those of the same draft's text or Markdown
// rendering (NAME.pdf beside NAME.md or NAME.txt), and lists them with -v.
// One draft should have one set of clause IDs, however it was rendered.
//
//	go run ./internal/evalids [-v] fixtures/blind/dev
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/clausecheck/clausecheck/extract"
)

func ids(path string) ([]string, error) {
	doc, err := extract.File(path)
	if err != nil {
		return nil, err
	}
	out := make([]string, 0, len(doc.Clauses))
	for _, c := range doc.Clauses {
		out = append(out, c.ID)
	}
	return out, nil
}

func main() {
	verbose := flag.Bool("v", false, "list each rendering whose IDs differ, with the first IDs that differ")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: evalids [-v] DIR")
		os.Exit(2)
	}
	if err := run(flag.Arg(0), *verbose); err != nil {
		fmt.Fprintln(os.Stderr, "evalids:", err)
		os.Exit(2)
	}
}

func run(dir string, verbose bool) error {
	for _, ext := range []string{".pdf", ".docx"} {
		files, err := filepath.Glob(filepath.Join(dir, "*"+ext))
		if err != nil {
			return err
		}
		same, compared := 0, 0
		for _, f := range files {
			base := strings.TrimSuffix(f, ext)
			ref := ""
			for _, e := range []string{".md", ".txt"} {
				if _, err := os.Stat(base + e); err == nil {
					ref = base + e
					break
				}
			}
			if ref == "" {
				continue
			}
			a, err := ids(ref)
			if err != nil {
				return err
			}
			b, err := ids(f)
			if err != nil {
				return err
			}
			compared++
			if slices.Equal(a, b) {
				same++
				continue
			}
			if verbose {
				i := 0
				for i < len(a) && i < len(b) && a[i] == b[i] {
					i++
				}
				fmt.Printf("%-60s first difference at clause %d: %q vs %q\n", filepath.Base(f), i+1, at(a, i), at(b, i))
			}
		}
		fmt.Printf("%s: %d of %d renderings have the clause IDs of their text rendering\n", ext, same, compared)
	}
	return nil
}

func at(xs []string, i int) string {
	if i < len(xs) {
		return xs[i]
	}
	return "(none)"
}
