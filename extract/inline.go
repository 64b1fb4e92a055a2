package extract

import (
	"regexp"
	"strconv"
	"strings"
)

// reInlineMark opens a redline change written into plain text:
// "[DELETED: …]", "[Inserted: …]", "[STRUCK: …]", "[ADDED: …]".
var reInlineMark = regexp.MustCompile(`\[\s*(?i:(deleted|deletion|struck|removed|inserted|insertion|added))\s*:\s*`)

// maxInlineMark bounds one marked passage: an opening marker without its
// closing bracket within this many bytes is left as it stands.
const maxInlineMark = 8000

// acceptInlineMarks reads a plain-text redline with its changes accepted,
// as a DOCX draft is read with its tracked changes accepted: a deleted
// passage goes (page breaks inside it stay), an inserted one stays without
// its marker. It returns the text and the number of changes read.
func acceptInlineMarks(s string) (string, int) {
	locs := reInlineMark.FindAllStringSubmatchIndex(s, -1)
	if len(locs) == 0 {
		return s, 0
	}
	var b strings.Builder
	b.Grow(len(s))
	last, n := 0, 0
	for _, m := range locs {
		if m[0] < last {
			continue // inside a passage already read
		}
		end := closingBracket(s, m[1])
		if end < 0 {
			continue
		}
		b.WriteString(s[last:m[0]])
		switch strings.ToLower(s[m[2]:m[3]]) {
		case "inserted", "insertion", "added":
			b.WriteString(s[m[1]:end])
		default:
			b.WriteString(strings.Repeat("\f", strings.Count(s[m[1]:end], "\f")))
		}
		last, n = end+1, n+1
	}
	b.WriteString(s[last:])
	return b.String(), n
}

// closingBracket finds the "]" that closes a passage starting at from,
// skipping nested brackets; -1 when there is none within maxInlineMark.
func closingBracket(s string, from int) int {
	depth := 0
	for i := from; i < len(s) && i-from < maxInlineMark; i++ {
		switch s[i] {
		case '[':
			depth++
		case ']':
			if depth == 0 {
				return i
			}
			depth--
		}
	}
	return -1
}

func inlineMarksNote(n int) string {
	return "read with its " + strconv.Itoa(n) + " marked changes ([DELETED: …], [INSERTED: …]) accepted"
}
