package diff

import (
	"strings"
	"testing"

	"github.com/clausecheck/clausecheck/document"
)

func TestAttachRevisions(t *testing.T) {
	r := &Result{Changes: []Change{
		{Kind: Modified, OldClause: "3.2", NewClause: "3.2", Substantive: true, Redline: []Segment{
			{Op: OpEqual, Text: "on "}, {Op: OpDelete, Text: "sixty (60)"}, {Op: OpInsert, Text: "ninety (90)"}, {Op: OpEqual, Text: " days"}}},
		{Kind: Deleted, OldClause: "4.1", Substantive: true, Redline: []Segment{{Op: OpDelete, Text: "AWS will give a migration credit."}}},
		{Kind: Renumbered, OldClause: "4.2", NewClause: "4.1"},
		{Kind: Added, NewClause: "5.3", Substantive: true, Redline: []Segment{{Op: OpInsert, Text: "AWS will delete content."}}},
	}}
	revs := []document.Revision{
		{Kind: "delete", Author: "A", Text: "sixty (60)", Clause: "3.2"},
		{Kind: "insert", Author: "A", Text: "ninety (90)", Clause: "3.2"},
		{Kind: "delete", Author: "A", Text: "AWS will give a migration credit.", Clause: "4.1"},
		{Kind: "paragraph-mark-insert", Author: "B", Clause: "5.3"},
		{Kind: "insert", Author: "B", Text: "AWS will delete content.", Clause: "5.3"},
		{Kind: "insert", Author: "C", Text: "text that is nowhere", Clause: "9.9"},
	}
	r.AttachRevisions(revs)
	want := map[string][]string{"3.2": {"A", "A"}, "4.1": {"A"}, "5.3": {"B", "B"}}
	for _, c := range r.Changes {
		id := c.NewClause
		if c.Kind == Deleted {
			id = c.OldClause
		}
		if c.Kind == Renumbered {
			if len(c.Revisions) != 0 {
				t.Errorf("renumbering got revisions %+v", c.Revisions)
			}
			continue
		}
		var got []string
		for _, rv := range c.Revisions {
			got = append(got, rv.Author)
		}
		if strings.Join(got, ",") != strings.Join(want[id], ",") {
			t.Errorf("%s %s: revisions by %v, want %v", c.Kind, id, got, want[id])
		}
	}
}
