package interpret

import (
	"strconv"
	"strings"

	"github.com/clausecheck/clausecheck/internal/lazyre"
)

// Footnotes. A table entry that carries a note's marker ("99,9 % [4]",
// "USD 1,500¹") is qualified by the note ("[4] Provisioned Throughput is
// excluded from the SLA …"): it is read with the note's words after it.

var (
	// reNoteLine: a note at the start of a line ("[4] …", "⁴ …", "(4) Note: …").
	reNoteLine = lazyre.New(`^\s*(?:\[(\d{1,2})\]|([¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}))\s+(\S.*)$`)
	// reNoteMarker: a marker inside a text ("99,9 % [4]", "storage⁷",
	// "… European Union.²").
	reNoteMarker = lazyre.New(`\S\s?\[(\d{1,2})\]|[\p{L}\p{N}%).,;\]]([¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})`)
)

var superscript = strings.NewReplacer("¹", "1", "²", "2", "³", "3", "⁴", "4", "⁵", "5", "⁶", "6", "⁷", "7", "⁸", "8", "⁹", "9", "⁰", "0")

// readFootnotes collects the draft's notes by their number.
func (rg *Reading) readFootnotes() {
	notes := map[string]string{}
	for i := range rg.doc.Clauses {
		e := rg.eff[rg.doc.Clauses[i].ID]
		if e == nil || e.deleted {
			continue
		}
		for _, ln := range strings.Split(e.text, "\n") {
			if m := reNoteLine.FindStringSubmatch(ln); m != nil {
				n := m[1] + superscript.Replace(m[2])
				text := m[3]
				// the notes after it, run into its line when the lines
				// of a block of notes were joined ("[1] … [2] … [3] …"):
				// each note ends where the next number opens one
				for k, err := strconv.Atoi(n); err == nil && m[1] != ""; k++ {
					next := " [" + strconv.Itoa(k+1) + "] "
					i := strings.Index(text, next)
					if i < 0 {
						break
					}
					if _, dup := notes[strconv.Itoa(k)]; !dup {
						notes[strconv.Itoa(k)] = strings.TrimSpace(text[:i])
					}
					text, n = text[i+len(next):], strconv.Itoa(k+1)
				}
				if _, dup := notes[n]; !dup {
					notes[n] = strings.TrimSpace(text)
				}
			}
		}
	}
	if len(notes) > 0 {
		rg.footnotes = notes
	}
}

// withFootnotes returns a text read with the notes its markers call.
func (rg *Reading) withFootnotes(s string) string {
	add := rg.notesCalled(s)
	if len(add) == 0 || reNoteLine.MatchString(s) {
		return s // (a note itself is read as it is)
	}
	return s + " (" + strings.Join(add, " ") + ")"
}

// notesCalled returns the notes the markers in s call, each once, and
// none that s already holds.
func (rg *Reading) notesCalled(s string) []string {
	if rg.footnotes == nil {
		return nil
	}
	var add []string
	for _, m := range reNoteMarker.FindAllStringSubmatch(s, -1) {
		n := m[1] + superscript.Replace(m[2])
		if note, ok := rg.footnotes[n]; ok && !strings.Contains(s, note) && !containsStr(add, note) {
			add = append(add, note)
		}
	}
	return add
}

// noteWithdraws: a note called anywhere in the table entry withdraws it
// ("² The Agreed position in row 9 is withdrawn … and row 9 forms no part
// of this Addendum"): every sentence of the entry binds nobody, unless the
// note puts other words in its place.
func (rg *Reading) noteWithdraws(entry string) bool {
	if reNoteLine.MatchString(entry) {
		return false
	}
	for _, note := range rg.notesCalled(entry) {
		if (reNoteWithdraws.MatchString(note) || reNotFormPart.MatchString(note)) && !reNoteReplaces.MatchString(note) {
			return true
		}
	}
	return false
}

var (
	// reNoteWithdraws: a note that takes its entry back.
	reNoteWithdraws = lazyre.New(`(?i)\b(?:is|are)\s+(?:hereby\s+)?(?:withdrawn|deleted|struck\s+out)\b|\bforms?\s+no\s+part\s+of\b`)
	// reNoteReplaces: a note that puts other words in its entry's place.
	reNoteReplaces = lazyre.New(`(?i)\b(?:replaced|substituted|instead|in\s+place\s+of|shall\s+read|now\s+reads?)\b`)
)
