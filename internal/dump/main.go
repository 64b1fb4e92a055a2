// Command dump prints what the interpreter reads in a draft (development aid).
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/clausecheck/clausecheck/extract"
	"github.com/clausecheck/clausecheck/interpret"
	"github.com/clausecheck/clausecheck/rules"
)

func main() {
	doc, err := extract.File(os.Args[len(os.Args)-1])
	if err != nil {
		fmt.Println(err)
		os.Exit(2)
	}
	mode := "frames"
	if len(os.Args) > 2 {
		mode = os.Args[1]
	}
	if mode == "clauses" {
		for _, c := range doc.Clauses {
			t := strings.ReplaceAll(c.Text, "\n", "⏎")
			t = strings.ReplaceAll(t, "\t", "⇥")
			if len(t) > 160 {
				t = t[:160] + "…"
			}
			fmt.Printf("%-22s kind=%-8s par=%-14s p%d h=%q | %s\n", c.ID, c.Kind, c.ParentID, c.Page, c.Heading, t)
		}
		return
	}
	rd, err := interpret.New(rules.MustDefault())
	if err != nil {
		fmt.Println(err)
		os.Exit(2)
	}
	rg := rd.Read(doc)
	if mode == "stmts" {
		fmt.Println("provider:", rg.Provider, rg.ProviderName, "subject:", rg.Subject, "nonbinding:", rg.NonBinding)
		for _, d := range rg.Definitions {
			fmt.Printf("DEF %q → %v excl %v\n", d.Term, d.Concepts, d.Excludes)
		}
		for _, n := range rg.PrecedenceNotes() {
			fmt.Println("PREC", n)
		}
		for _, n := range rg.Notices {
			fmt.Println("NOTICE", n)
		}
		for _, s := range rg.Statements {
			var occ []string
			for _, o := range s.Occs {
				x := o.Concept
				if o.Neg {
					x = "¬" + x
				}
				if o.Role != interpret.RoleMain {
					x += "@" + string(o.Role)[:3]
				}
				occ = append(occ, x)
			}
			b := ""
			if !s.Binding {
				b = " NB:" + s.Nonbinding
			}
			fmt.Printf("[%s] %s/%s neg=%v restr=%v%s %s\n    %v\n", s.Clause+"#"+fmt.Sprint(s.Block()), s.Actor, s.Modality, s.Negated, s.Restrictive, b, trunc(s.Text, 200), occ)
		}
		return
	}
	f := rg.Frames()
	out, _ := json.MarshalIndent(f, "", " ")
	if mode != "frames" {
		// one kind of frame, with the statements behind it
		var all map[string][]map[string]any
		json.Unmarshal(out, &all)
		for _, fr := range all[mode] {
			id := int(fr["statement"].(float64))
			s := rg.Statements[id]
			delete(fr, "quote")
			var occ []string
			for _, o := range s.Occs {
				x := o.Concept
				if o.Neg {
					x = "¬" + x
				}
				if o.Head {
					x = "^" + x
				}
				if o.Role != interpret.RoleMain {
					x += "@" + string(o.Role)[:3]
				}
				occ = append(occ, x)
			}
			compact := map[string]any{}
			for k, v := range fr {
				switch x := v.(type) {
				case bool:
					if !x {
						continue
					}
				case string:
					if x == "" {
						continue
					}
				case []any:
					if len(x) == 0 {
						continue
					}
				case float64:
					if x == 0 && k != "statement" {
						continue
					}
				}
				compact[k] = v
			}
			fmt.Printf("%v\n   [%s/%s neg=%v] %s\n   %v\n", compact, s.Actor, s.Modality, s.Negated, trunc(s.Text, 300), occ)
		}
		return
	}
	fmt.Println(string(out))
}

func trunc(s string, n int) string {
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}
