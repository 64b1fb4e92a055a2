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
	if err := enc.Encode(r); err != nil {
		return fmt.Errorf("render json: %w", err)
	}
	return nil
}
