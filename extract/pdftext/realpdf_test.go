package pdftext

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestGroff: justified groff output with ligatures and no space glyphs.
func TestGroff(t *testing.T) {
	res, err := Extract(readTestdata(t, "groff.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	src := string(readTestdata(t, "groff.ms"))
	src = regexp.MustCompile(`(?m)^\..*$`).ReplaceAllString(src, "")
	want := words(src)
	p, r, f := f1(words(joinedText(res, want)), want)
	if f != 1 {
		t.Errorf("word precision %.4f recall %.4f F1 %.4f, want 1", p, r, f)
	}
	lines := pageTexts(res.Pages[0])
	for _, prefix := range []string{"1.1 The officer of the Customer responsible for the first difficult affluent filing", "1.2 Fees", "1.3 This Addendum"} {
		if !slices.ContainsFunc(lines, func(l string) bool { return strings.HasPrefix(l, prefix) }) {
			t.Errorf("no line starts with %q in %q", prefix, lines)
		}
	}
	// hyphenated line ends are kept for the caller
	if !slices.ContainsFunc(lines, func(l string) bool { return strings.HasSuffix(l, "Customer Con-") }) {
		t.Errorf("end-of-line hyphen lost: %q", lines)
	}
}

// TestLibreOffice: a LibreOffice 7.4 export with a tab-stop label, a word
// split by a bold run, a footnote, a bordered table, a two-column section,
// struck-through text, a running header and a "Page N of M" footer.
func TestLibreOffice(t *testing.T) {
	res, err := Extract(readTestdata(t, "libreoffice.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Pages) != 4 {
		t.Fatalf("pages = %d, want 4", len(res.Pages))
	}
	p1 := pageTexts(res.Pages[0])
	wantStart := []string{
		"BEDROCK ADDENDUM",
		"1.1\tDefinitions",
		"The Customer shall pay the Fees within thirty (30) days.1 Late payments bear interest at one percent per",
		"month.",
		"1.2\tPricing",
		"Service\tFee\tTerm",
		"Bedrock\t$42,000.00\t12 months",
		"Support\t$8,000.00\t12 months",
	}
	if !slices.Equal(p1[:len(wantStart)], wantStart) {
		t.Errorf("page 1 starts %q, want %q", p1[:len(wantStart)], wantStart)
	}
	if last := p1[len(p1)-1]; last != "1Fees exclude applicable taxes." {
		t.Errorf("page 1 last line = %q, want the footnote", last)
	}
	for _, p := range res.Pages {
		want := []string{"CONFIDENTIAL — Bedrock Addendum", "Page " + string(rune('0'+p.Number)) + " of 4"}
		if !slices.Equal(p.Furniture, want) {
			t.Errorf("page %d furniture = %q, want %q", p.Number, p.Furniture, want)
		}
	}
	// two columns: all English lines before the first German line
	p3 := pageTexts(res.Pages[2])
	firstDE := slices.IndexFunc(p3, func(l string) bool { return strings.HasPrefix(l, "Deutsche Klausel 1.") })
	lastEN := -1
	for i, l := range p3 {
		if strings.Contains(l, "Customer") || strings.HasPrefix(l, "English") || strings.HasPrefix(l, "completions") {
			lastEN = i
		}
	}
	if firstDE < 0 || lastEN > firstDE {
		t.Errorf("columns out of order (last English %d, first German %d): %q", lastEN, firstDE, p3)
	}
	if len(p3) != 65 {
		t.Errorf("page 3 has %d lines, want 65 (title + 32 + 32)", len(p3))
	}
	var redline []string
	for _, w := range res.Warnings {
		if strings.Contains(w, "redline") {
			redline = append(redline, w)
		}
	}
	if !slices.Equal(redline, []string{"draft looks like a redline (struck-through text on pages 4)"}) {
		t.Errorf("redline warnings = %q", redline)
	}
}
