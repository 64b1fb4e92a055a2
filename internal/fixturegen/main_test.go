package main

import (
	"archive/zip"
	"bytes"
	"io"
	"regexp"
	"strings"
	"testing"

	"github.com/clausecheck/clausecheck/extract/docx"
)

// para is one w:p of document.xml outside tables: its numbering and text.
type para struct {
	numbered bool
	ilvl     string
	text     string
}

var (
	reTable = regexp.MustCompile(`(?s)<w:tbl>.*?</w:tbl>`)
	rePara  = regexp.MustCompile(`(?s)<w:p>(.*?)</w:p>`)
	reIlvl  = regexp.MustCompile(`<w:numPr><w:ilvl w:val="(\d)"/>`)
	reText  = regexp.MustCompile(`(?s)<w:t[^>]*>(.*?)</w:t>`)
)

func part(t *testing.T, file []byte, name string) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(file), int64(len(file)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		if f.Name == name {
			rc, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			defer rc.Close()
			b, err := io.ReadAll(rc)
			if err != nil {
				t.Fatal(err)
			}
			return string(b)
		}
	}
	t.Fatalf("no %s in the package", name)
	return ""
}

func paras(doc string) []para {
	body := reTable.ReplaceAllString(doc, "")
	var out []para
	for _, m := range rePara.FindAllStringSubmatch(body, -1) {
		p := para{}
		if l := reIlvl.FindStringSubmatch(m[1]); l != nil {
			p.numbered, p.ilvl = true, l[1]
		}
		for _, t := range reText.FindAllStringSubmatch(m[1], -1) {
			p.text += t[1]
		}
		if p.text != "" || p.numbered {
			out = append(out, p)
		}
	}
	return out
}

func TestConvert(t *testing.T) {
	tests := []struct {
		name  string
		plain bool
		src   string
		// want: for each non-empty paragraph outside tables, "N<ilvl> text"
		// when numbered, "- text" when not
		want []string
		// labels: the numbers clausecheck's DOCX reader computes, in order
		labels []string
		tables int
	}{
		{
			name: "markdown headings, clauses, items and a table",
			src: "# Bedrock Addendum\n\n## 1. Definitions\n\n1.1 **Terms.** In this Addendum:\n\n" +
				"(a) the first item; and\n\n(b) the second item.\n\n1.2 Headings do not count.\n\n" +
				"## 2. Pricing\n\n2.1 The rates are:\n\n| Model | Rate |\n|---|---|\n| A | $1 |\n| B | $2 |\n\n" +
				"2.2 Nothing ~~struck~~ else.\n\nSection 5.1 of the EDP still applies.\n",
			want: []string{
				"- Bedrock Addendum",
				"N0 Definitions",
				"N1 Terms. In this Addendum:",
				"N3 the first item; and",
				"N3 the second item.",
				"N1 Headings do not count.",
				"N0 Pricing",
				"N1 The rates are:",
				"N1 Nothing else.",
				"- Section 5.1 of the EDP still applies.",
			},
			labels: []string{"1.", "1.1", "(a)", "(b)", "1.2", "2.", "2.1", "2.2"},
			tables: 1,
		},
		{
			name: "numbers that do not start at 1, a restart and typed labels",
			src: "## 3. Fees\n\n3.4 Fees are due monthly.\n\n(c) a continued list item.\n\n" +
				"## Part A — Scope\n\nA.1 Typed label stays.\n\n## 7. Term\n\n7.1 It ends with the EDP.\n",
			want: []string{
				"N0 Fees",
				"N1 Fees are due monthly.",
				"N3 a continued list item.",
				"- Part A — Scope",
				"- A.1 Typed label stays.",
				"N0 Term",
				"N1 It ends with the EDP.",
			},
			labels: []string{"3.", "3.4", "(c)", "7.", "7.1"},
		},
		{
			name:  "plain text: wrapped lines joined, caps heading, column table",
			plain: true,
			src: "ORDER FORM\n\n1.  DEFINITIONS\n\n1.1  In this Order the words below have\n     the meanings given:\n\n" +
				"     (a) \"EDP\" means the Enterprise\n         Discount Program; and\n     (b) \"Order\" means this order.\n\n" +
				"Item      Rate        Notes\n" +
				"--------  ----------  --------\n" +
				"Tokens    USD 1.00    per 1M\n" +
				"Units     USD 20.00   per hour\n\n" +
				"1.2  Headings are for convenience only.\n",
			want: []string{
				"- ORDER FORM",
				"N0 DEFINITIONS",
				"N1 In this Order the words below have the meanings given:",
				"- (a) &quot;EDP&quot; means the Enterprise Discount Program; and",
				"N3 &quot;Order&quot; means this order.",
				"N1 Headings are for convenience only.",
			},
			// "(a)" before a quoted definition after a colon stays typed:
			// clausecheck would read a numbered one as a quotation
			labels: []string{"1.", "1.1", "(b)", "1.2"},
			tables: 1,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, err := Convert([]byte(tc.src), tc.plain)
			if err != nil {
				t.Fatal(err)
			}
			again, err := Convert([]byte(tc.src), tc.plain)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(out, again) {
				t.Error("two runs gave different bytes")
			}
			doc := part(t, out, "word/document.xml")
			var got []string
			for _, p := range paras(doc) {
				if p.numbered {
					got = append(got, "N"+p.ilvl+" "+p.text)
				} else {
					got = append(got, "- "+p.text)
				}
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("paragraphs:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
			if n := strings.Count(doc, "<w:tbl>"); n != tc.tables {
				t.Errorf("%d w:tbl, want %d", n, tc.tables)
			}
			if tc.tables > 0 && !strings.Contains(doc, "<w:tc>") {
				t.Error("table without cells")
			}
			res, err := docx.Read(out, docx.Options{})
			if err != nil {
				t.Fatal(err)
			}
			var labels []string
			for _, p := range res.Paragraphs {
				if p.Label != "" {
					labels = append(labels, p.Label)
				}
			}
			if strings.Join(labels, " ") != strings.Join(tc.labels, " ") {
				t.Errorf("Word labels %q, want %q", labels, tc.labels)
			}
		})
	}
}

// TestPackage checks the fixed parts of the package: entry order, times,
// document property dates.
func TestPackage(t *testing.T) {
	out, err := Convert([]byte("1. One.\n"), false)
	if err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(out), int64(len(out)))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range zr.File {
		names = append(names, f.Name)
		if got := f.Modified.UTC().Format("2006-01-02T15:04:05Z"); got != fixedDate {
			t.Errorf("%s modified %s, want %s", f.Name, got, fixedDate)
		}
	}
	want := "[Content_Types].xml _rels/.rels docProps/core.xml docProps/app.xml word/document.xml word/styles.xml word/numbering.xml word/settings.xml word/_rels/document.xml.rels"
	if strings.Join(names, " ") != want {
		t.Errorf("entries %q", names)
	}
	if core := part(t, out, "docProps/core.xml"); strings.Count(core, fixedDate) != 2 {
		t.Errorf("core.xml dates: %s", core)
	}
	if num := part(t, out, "word/numbering.xml"); !strings.Contains(num, `<w:lvlText w:val="%1.%2"/>`) || !strings.Contains(num, `<w:numFmt w:val="lowerRoman"/><w:lvlText w:val="(%5)"/>`) {
		t.Errorf("numbering.xml levels: %s", num)
	}
}
