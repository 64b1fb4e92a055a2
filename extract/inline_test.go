package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/clausecheck/clausecheck/internal/fuzzdeadline"
)

func TestAcceptInlineMarks(t *testing.T) {
	cases := []struct {
		in, want string
		n        int
	}{
		{"no marks here", "no marks here", 0},
		{"at least [DELETED: 99.5%] [INSERTED: 99.9%] of the month", "at least 99.9% of the month", 2},
		{"notice [DELETED: where either (a) the model\n  is deprecated] [Inserted: only where both\n  have occurred].", "notice only where both\n  have occurred.", 2},
		{"[DELETED: see [Schedule 2] for rates]kept", "kept", 1},
		{"a page [DELETED: one\fbreak] b", "a page \f b", 1},
		// an opening marker never closed is left as it stands
		{"[DELETED: never closed", "[DELETED: never closed", 0},
		// other brackets are text
		{"[Reserved] and [AWS: to confirm]", "[Reserved] and [AWS: to confirm]", 0},
		// a mark closed at once is a collapsible panel's control, no change
		{"[-] 1. ORDER OF PRECEDENCE\n1.1 These terms govern.\n[-] 2. YOUR COMMITMENT\n2.1 Customer commits.", "[-] 1. ORDER OF PRECEDENCE\n1.1 These terms govern.\n[-] 2. YOUR COMMITMENT\n2.1 Customer commits.", 0},
		{"{+} open {-} close", "{+} open {-} close", 0},
		{"at [-99.5%-] {+99.9%+} uptime", "at 99.9% uptime", 2},
	}
	for _, c := range cases {
		got, n, _ := acceptInlineMarks(c.in)
		if got != c.want || n != c.n {
			t.Errorf("acceptInlineMarks(%q) = %q, %d; want %q, %d", c.in, got, n, c.want, c.n)
		}
	}
}

// TestInlineMarksDecided: a change the draft rejects or leaves open is
// undone, whichever way the draft says so.
func TestInlineMarksDecided(t *testing.T) {
	cases := []struct {
		name, in, want string
		held           int
	}{
		{"numbered changes and a table of decisions by number",
			"| No. | Section | Subject | Decision |\n| 1 | 4.1 | notice | ACCEPTED |\n| 2 | 5.2 | credit | REJECTED |\n\n" +
				"4.1 notice of [[DEL#1: ninety]] [[INS#1: sixty]] days\n\n5.2 [[INS#2: AWS issues a credit.]] [[DEL#2: No credit is due.]]\n",
			"| No. | Section | Subject | Decision |\n| 1 | 4.1 | notice | ACCEPTED |\n| 2 | 5.2 | credit | REJECTED |\n\n" +
				"4.1 notice of sixty days\n\n5.2 No credit is due.\n", 2},
		{"angle markers and a change log whose status is pending",
			"3 | 6.03 | Customer | PT cancellation | PENDING\n\n6.03 <<ADD[3]: Customer may cancel on 60 days' notice.>> PT is non-cancellable.\n",
			"3 | 6.03 | Customer | PT cancellation | PENDING\n\n6.03 PT is non-cancellable.\n", 1},
		{"a table of decisions by clause, for one kind of change",
			"| R-1 | 8.2 | Deletion of the proviso | **Rejected** |\n\n8.2 AWS will not train on Content[DELETED: , except to improve the Service][INSERTED: .]\n\n9.1 Region only[DELETED: , except for backups].\n",
			"| R-1 | 8.2 | Deletion of the proviso | **Rejected** |\n\n8.2 AWS will not train on Content, except to improve the Service.\n\n9.1 Region only.\n", 1},
		{"a flag before the change in its paragraph",
			"(3) <<OPEN>> {+Tool definitions are not billable.+}\n\n(4) Output is billed at [-5-]{+4+} cents.\n",
			"(3) <<OPEN>> \n\n(4) Output is billed at 4 cents.\n", 1},
		// the insertion that closes the paragraph is a change, not a note
		// deciding the deletion before it
		{"an insertion reading 'To be agreed.' after a deletion",
			"2.1 [deleted: Tool definitions are not billed.] [inserted: To be agreed.]\n",
			"2.1 To be agreed.\n", 0},
		{"a flag over a deletion and the insertion after it",
			"<<OPEN>> A fee of [-EUR 2.000-]{+EUR 0+} applies.\n",
			"<<OPEN>> A fee of EUR 2.000 applies.\n", 2},
		{"initials in a closing margin note decide the changes of their paragraph",
			"3.2 rates less {- 22% -} {+ 18% +}.\n    [margin: initialled by both parties: amendment accepted - JM / RK]\n\n" +
				"6.2 on {- eight (8) weeks' -} {+ twelve (12) weeks' +} written notice.\n    [margin: not initialled]\n\n" +
				"9.1 at least 99.9%{+ , on a best-efforts basis +}.\n    [margin: initialled by AWS only - JM]\n\n" +
				"7.2 {- Data stays in London. -}\n    [margin: initialled by both parties: deletion accepted]\n",
			"3.2 rates less 18%.\n    [margin: initialled by both parties: amendment accepted - JM / RK]\n\n" +
				"6.2 on eight (8) weeks' written notice.\n    [margin: not initialled]\n\n" +
				"9.1 at least 99.9%.\n    [margin: initialled by AWS only - JM]\n\n" +
				"7.2 \n    [margin: initialled by both parties: deletion accepted]\n", 3},
		{"a closing note that decides nothing leaves the change accepted",
			"4.1 notice of {- ninety -} {+ sixty +} days. [see clause 9]\n",
			"4.1 notice of sixty days. [see clause 9]\n", 0},
		{"a bracketed word that decides nothing",
			"[Reserved] notice of [DELETED: ninety][INSERTED: sixty] days\n",
			"[Reserved] notice of sixty days\n", 0},
		{"a compare's numbered changes and a disposition table naming them",
			"3.2 System prompts are counted[C-3 Inserted: , and so are tool definitions].\n" +
				"[C-4 Deleted: Output schemas are not counted.]\n5.2 on [C-6 Deleted: sixty (60)][C-6 Inserted: ninety (90)] days' notice\n\n" +
				"Change\tDisposition\tNote\nC-3\tAccepted\tTools.\nC-4\tAccepted\tSchema sentence removed.\nC-6\tRejected\tSixty restored.\n",
			"3.2 System prompts are counted, and so are tool definitions.\n" +
				"\n5.2 on sixty (60) days' notice\n\n" +
				"Change\tDisposition\tNote\nC-3\tAccepted\tTools.\nC-4\tAccepted\tSchema sentence removed.\nC-6\tRejected\tSixty restored.\n", 2},
		{"a drafting note is no marker",
			"Address: [Add: the customer's address]\n",
			"Address: [Add: the customer's address]\n", 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, _, held := acceptInlineMarks(c.in)
			if got != c.want || held != c.held {
				t.Errorf("got %q, %d held; want %q, %d held", got, held, c.want, c.held)
			}
		})
	}
}

func FuzzAcceptInlineMarks(f *testing.F) {
	f.Add("| 1 | 4.1 | x | REJECTED |\n4.1 [[INS#1: a]] <<DEL[1]: b>> {+c+} [-d-] <<OPEN>>")
	f.Add("x [DELETED: a [b] c] [INSERTED: d] e")
	f.Add("[inserted:[deleted:]]")
	f.Add("[C-4 Deleted: a] [C-4 Inserted: b]\nC-4\tRejected")
	f.Fuzz(func(t *testing.T, s string) {
		fuzzdeadline.Run(t, func() {
			got, _, _ := acceptInlineMarks(s)
			if len(got) > len(s) {
				t.Errorf("accepting changes made the text longer: %q → %q", s, got)
			}
		})
	})
}

// TestBlockMarksDecided: a DOCX or PDF draft's marked changes are read as
// a plain text's are, across blocks, with the clause numbers Word gives.
func TestBlockMarksDecided(t *testing.T) {
	in := &input{blocks: []block{
		{text: "No.\tSection\tSubject\tDecision", table: true},
		{text: "1\t6.3\tMigration credit\tREJECTE D", table: true}, // a PDF's letter spacing
		{text: "AWS gives notice of a deprecation.", label: "6.2"},
		{text: "[[INS#1: AWS issues a migration credit", label: "6.3"},
		{text: "for each deprecated model.]]", label: "6.4"},
	}}
	resolveBlockMarks(in)
	var got []string
	for _, b := range in.blocks {
		got = append(got, b.text)
	}
	want := []string{"No.\tSection\tSubject\tDecision", "1\t6.3\tMigration credit\tREJECTE D", "AWS gives notice of a deprecation.", "", ""}
	if !slices.Equal(got, want) || len(in.warnings) != 1 {
		t.Errorf("blocks %q, warnings %q; want %q", got, in.warnings, want)
	}

	in = &input{lineMode: true, blocks: []block{
		{text: "11.2 Credits are calculated in accordance with [DELETED: the public", breakBefore: true},
		{text: "SLA] [INSERTED:"},
		{text: "Schedule 4]."},
	}}
	resolveBlockMarks(in)
	got = got[:0]
	for _, b := range in.blocks {
		got = append(got, b.text)
	}
	if want := []string{"11.2 Credits are calculated in accordance with", "", "Schedule 4."}; !slices.Equal(got, want) {
		t.Errorf("lines %q, want %q", got, want)
	}
}

func FuzzBlockMarks(f *testing.F) {
	f.Add("1\t4.1\tx\tREJECTED\n4.1 [[INS#1: a\nb]] [DELETED: c\n\nd] {+e+}", true)
	f.Add("[INSERTED:\nx]\n<<OPEN>> [-y-]", false)
	f.Fuzz(func(t *testing.T, s string, lineMode bool) {
		fuzzdeadline.Run(t, func() {
			in := &input{lineMode: lineMode}
			for i, ln := range strings.Split(s, "\n") {
				in.blocks = append(in.blocks, block{text: ln, table: strings.Contains(ln, "\t"), breakBefore: i%3 == 0})
			}
			n := len(in.blocks)
			resolveBlockMarks(in)
			if len(in.blocks) != n {
				t.Errorf("blocks %d → %d", n, len(in.blocks))
			}
		})
	})
}

// A change flagged right after it ("⟦+ … +⟧ `[REJECTED]`", "~~…~~
// `[REJECTED]`") is decided by its flag: a rejected insertion drops out, a
// rejected deletion stays in.
func TestFlagAfterChange(t *testing.T) {
	doc, err := Bytes("r.md", []byte("3.1 AWS will not use Inputs to train any model⟦+ , and will not use Outputs for that purpose +⟧ `[REJECTED]`.\n\n"+
		"4.1 AWS may retire any model at any time ~~without notice~~ `[REJECTED]`⟦+ on 180 days' notice +⟧ `[REJECTED]`.\n\n"+
		"5.1 AWS will give ~~ninety (90)~~ ⟦+ sixty (60) +⟧ days' notice.\n"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for id, want := range map[string]string{"3.1": "Outputs", "4.1": "180 days"} {
		if strings.Contains(doc.Clause(id).Text, want) {
			t.Errorf("%s: the rejected insertion %q is read: %q", id, want, doc.Clause(id).Text)
		}
	}
	if !strings.Contains(doc.Clause("4.1").Text, "without notice") {
		t.Errorf("4.1: the rejected deletion is not read: %q", doc.Clause("4.1").Text)
	}
	if got := doc.Clause("5.1").Text; !strings.Contains(got, "sixty (60)") || strings.Contains(got, "ninety") {
		t.Errorf("5.1: the accepted change is not applied: %q", got)
	}
}

// TestInlineMarkFromItsFirstBytes: the marks found from the "[" and "<"
// of a text are those the expression finds in the whole text.
func TestInlineMarkFromItsFirstBytes(t *testing.T) {
	texts := []string{"[DELETED: a] [[INS#3: b]] <<ADD[2]: c>> [Add: note] [x [del#1: y]", "<<<del#2:", "[[[inserted :"}
	for _, glob := range []string{"../fixtures/drafts/*.md", "../fixtures/blind/dev/h1*.txt"} {
		files, _ := filepath.Glob(glob)
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(b))
		}
	}
	found := 0
	for _, s := range texts {
		got, want := reInlineMark.FindAllStringSubmatchIndex(s, -1), reInlineMark.Get().FindAllStringSubmatchIndex(s, -1)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%.60q: %v, the expression finds %v", s, got, want)
		}
		found += len(got)
	}
	if found < 5 {
		t.Fatalf("only %d marks found", found)
	}
}

func FuzzInlineMarkFromItsFirstBytes(f *testing.F) {
	f.Add("[DELETED: a] [[INS#3: b]] <<ADD[2]: c>>")
	f.Add("<<<del#2: [[[inserted :")
	f.Fuzz(func(t *testing.T, s string) {
		fuzzdeadline.Run(t, func() {
			got, want := reInlineMark.FindAllStringSubmatchIndex(s, -1), reInlineMark.Get().FindAllStringSubmatchIndex(s, -1)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%q: %v, the expression finds %v", s, got, want)
			}
		})
	})
}
