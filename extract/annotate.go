package extract

import (
	"strings"

	"github.com/clausecheck/clausecheck/document"
)

// ReadFacts reads the typed facts (percent, money, duration, date) of a
// piece of text that is not a clause of a document (an amended clause's new
// wording, say). Offsets are relative to text.
func ReadFacts(text string) []document.Fact { return factsIn(text, 0) }

// ReadRefs reads the cross-references of a piece of text against the clause
// numbers of doc (Missing is set when doc has no such clause). Offsets are
// relative to text.
func ReadRefs(doc *document.Document, text string) []document.Ref {
	return refsIn(text, 0, clauseNumbers(doc))
}

func clauseNumbers(doc *document.Document) map[string]bool {
	numbers := map[string]bool{}
	for _, c := range doc.Clauses {
		if c.Number != "" {
			numbers[refKey(c.Number)] = true
			id := c.ID
			if i := strings.LastIndexByte(id, '/'); i >= 0 {
				id = id[i+1:]
			}
			numbers[refKey(strings.SplitN(id, "#", 2)[0])] = true
		}
	}
	return numbers
}
