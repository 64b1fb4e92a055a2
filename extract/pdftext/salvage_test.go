package pdftext

import (
	"bytes"
	"strings"
	"testing"
)

// pageText is the text of a result's pages, one line a line.
func pageText(res *Result) string {
	var b strings.Builder
	for _, p := range res.Pages {
		for _, l := range p.Lines {
			b.WriteString(l.Text + "\n")
		}
	}
	return b.String()
}

// A damaged token in a content stream (a stray byte in a hex string, a
// lone ")") no longer loses the rest of the page: what follows the damage
// is read, and the page is still reported damaged.
func TestSalvageDamagedContent(t *testing.T) {
	for name, tc := range map[string]struct {
		damage   string
		reported bool // the library stops on it: the page is damaged
	}{
		"hex string":      {"<4G> Tj", true},
		"lone paren":      {") Tj", true},
		"invalid real":    {". Tw", true},
		"missing operand": {"1.2.3 Tw", false}, // an unknown operator, then Tw alone
		"control bytes":   {"\x01\x02 Tj", false},
	} {
		t.Run(name, func(t *testing.T) {
			content := textAt("F1", 10, 72, 700, "Before the damage") +
				"BT /F1 10 Tf 72 680 Td " + tc.damage + " ET\n" +
				textAt("F1", 10, 72, 660, "After the damage the clause goes on")
			res, err := Extract(testPDF{pages: []string{content}}.bytes())
			if err != nil {
				t.Fatal(err)
			}
			got := pageText(res)
			if !strings.Contains(got, "Before the damage") || !strings.Contains(got, "After the damage the clause goes on") {
				t.Errorf("text = %q: the words after the damage are lost", got)
			}
			if reported := len(res.Incomplete) > 0; reported != tc.reported {
				t.Errorf("incomplete = %q, want the page reported damaged: %v", res.Incomplete, tc.reported)
			} else if reported && res.Incomplete[0] != "page 1 damaged (read past the damage; what could not be parsed is lost)" {
				t.Errorf("incomplete = %q", res.Incomplete)
			}
		})
	}
}

// cleanContent keeps well-formed content as it is, token for token.
func TestCleanContentKeepsWellFormed(t *testing.T) {
	in := "BT /F1 10 Tf 72 700 Td [(a\\(b\\)) -250 <0041>] TJ 0.5 Tw (x\\n) ' T* ET\nq 1 0 0 1 5 5 cm Q"
	got := string(cleanContent([]byte(in)))
	if got != in {
		t.Errorf("cleanContent changed well-formed content:\n got %q\nwant %q", got, in)
	}
}

// A number with one byte damaged in an object (a page's MediaBox) no
// longer makes the object, and with it the page tree, unreadable.
func TestRepairDamagedTokens(t *testing.T) {
	// page 2 in F5, whose code 1 only its ToUnicode map decodes ("ffi")
	base := testPDF{pages: []string{textAt("F1", 10, 72, 700, "Clause one applies"),
		"BT /F5 10 Tf 72 700 Td (Clause two applies to the o\\001ce) Tj ET\n"}}.bytes()
	for name, damage := range map[string]func([]byte) []byte{
		"number in MediaBox": func(b []byte) []byte {
			return bytes.Replace(b, []byte("612 792]"), []byte("612 79M]"), 1)
		},
	} {
		t.Run(name, func(t *testing.T) {
			data := damage(base)
			if bytes.Equal(data, base) {
				t.Fatal("nothing damaged")
			}
			res, err := Extract(data)
			if err != nil {
				t.Fatal(err)
			}
			if got := pageText(res); !strings.Contains(got, "Clause one applies") || !strings.Contains(got, "Clause two applies to the office") {
				t.Errorf("text = %q", got)
			}
		})
	}
}
