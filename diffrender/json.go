package diffrender

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/clausecheck/clausecheck/diff"
)

// jsonRenderer writes the clausecheck/diff/v1 document.
type jsonRenderer struct{}

var _ Renderer = jsonRenderer{}

func (jsonRenderer) Render(w io.Writer, r *diff.Result) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	// "redline" is always a list, also on a hand-built result.
	out := *r
	out.Changes = make([]diff.Change, len(r.Changes))
	for i, c := range r.Changes {
		if c.Redline == nil {
			c.Redline = []diff.Segment{}
		}
		out.Changes[i] = c
	}
	if out.Changes == nil {
		out.Changes = []diff.Change{}
	}
	if err := enc.Encode(&out); err != nil {
		return fmt.Errorf("render json: %w", err)
	}
	return nil
}
