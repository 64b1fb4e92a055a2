package pdftext

import (
	"slices"
	"testing"
	"unicode/utf8"
)

// Lines as a page gives them, left to right, and as they were written.
func TestLogicalOrder(t *testing.T) {
	for _, tc := range []struct{ visual, want string }{
		// an Arabic line: its words backwards, its figure and brackets
		// where the layout put them
		{rev("يوماً") + " )90( " + rev("تسعين"), "تسعين (90) يوماً"},
		// a figure with its sign, a Latin name and a clause number in it
		{"99.9% " + rev("نسبة"), "نسبة 99.9%"},
		{rev("أمازون ويب") + " Bedrock " + rev("خدمة استخدام"), "خدمة استخدام Bedrock أمازون ويب"},
		// an English line with an Arabic name in it: the name alone turned
		{"Director General بيو نوزامأ signs.", "Director General أمازون ويب signs."},
		// cells apart
		{"6.3 The First Party may cancel\tءاغلإ زوجي", "6.3 The First Party may cancel\tيجوز إلغاء"},
		// no right-to-left letter: as it is
		{"sixty (60) days", "sixty (60) days"},
	} {
		if got := logicalOrder(tc.visual); got != tc.want {
			t.Errorf("logicalOrder(%q) = %q, want %q", tc.visual, got, tc.want)
		}
	}
}

func TestUnmirror(t *testing.T) {
	for _, tc := range []struct{ line, want string }{
		{")a( the model is deprecated; or )b( the", "(a) the model is deprecated; or (b) the"},
		{"by giving sixty )60(", "by giving sixty (60)"},
		// a bracket a line break parted, beside a short item
		{"during the three )3( months preceding the notice )the", "during the three (3) months preceding the notice (the"},
		// brackets that pair up only read the other way
		{"Director General )hereinafter the \"Authority\"(", "Director General (hereinafter the \"Authority\")"},
		// a heading laid out left to right keeps its own
		{"ARTICLE (IV) — TOKEN COUNTING", "ARTICLE (IV) — TOKEN COUNTING"},
		// a bracket a line break parted, alone: left as it is
		{"the Fees (as defined", "the Fees (as defined"},
		{"below) apply", "below) apply"},
	} {
		if got := unmirror(tc.line); got != tc.want {
			t.Errorf("unmirror(%q) = %q, want %q", tc.line, got, tc.want)
		}
	}
}

func TestMirroredDocument(t *testing.T) {
	page := func(lines ...string) []Page {
		var p Page
		for _, l := range lines {
			p.Lines = append(p.Lines, Line{Text: l})
		}
		return []Page{p}
	}
	if !mirroredDocument(page("ARTICLE (I) — DEFINITIONS", ")a( Service", ")b( Model )c( and )12( months")) {
		t.Error("a document that draws its items )a( is not read as mirrored")
	}
	if mirroredDocument(page("(a) Service (b) Model", "see clause 4(a)) and", "Section 3 (Fees)) (c) x")) {
		t.Error("a document with straight brackets is read as mirrored")
	}
	// an Arabic line's brackets are put right by logicalOrder, not counted
	if mirroredDocument(page("تسعين )90( يوماً )أ( )ب( )ج(")) {
		t.Error("an Arabic line counted as a mirrored English one")
	}
}

// rev is s backwards, rune by rune: how a page draws a word of a script
// written right to left.
func rev(s string) string {
	r := []rune(s)
	slices.Reverse(r)
	return string(r)
}

// logicalOrder only moves characters: the same runes come out, and a line
// without right-to-left letters is returned unchanged.
func FuzzLogicalOrder(f *testing.F) {
	for _, s := range []string{"اًموي )90( نيعست", "Director General بيو نوزامأ signs.", "a\tب ج\t(1)", "%99.9 ةبسن", "plain (a) text"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		got := logicalOrder(s)
		a, b := []rune(s), []rune(got)
		slices.Sort(a)
		slices.Sort(b)
		if !slices.Equal(a, b) {
			t.Fatalf("logicalOrder(%q) = %q: not the same characters", s, got)
		}
		if !hasRTL(s) && got != s {
			t.Fatalf("logicalOrder(%q) = %q: changed a left-to-right line", s, got)
		}
		if u := unmirror(s); len(u) != len(s) {
			t.Fatalf("unmirror(%q) = %q: length changed", s, u)
		}
	})
}
