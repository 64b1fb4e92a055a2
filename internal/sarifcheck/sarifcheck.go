// Package sarifcheck validates SARIF logs against the SARIF 2.1.0 JSON
// schema committed in render/testdata (see render/testdata/SARIF-SCHEMA.md
// for where it comes from and its licence). It is for tests only: no
// command imports it, so the validator is not built into clausecheck.
package sarifcheck

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// SchemaFile is the schema's path from the repository root.
const SchemaFile = "render/testdata/sarif-2.1.0.json"

// schemaURL names the schema in error messages.
const schemaURL = "urn:sarif:2.1.0"

var (
	once   sync.Once
	schema *jsonschema.Schema
	errSch error
)

// load compiles the schema once. Formats (uri, date-time, uuid) are
// asserted, not only annotated: a URI that is not percent-encoded is an
// error.
func load() (*jsonschema.Schema, error) {
	once.Do(func() {
		_, self, _, ok := runtime.Caller(0)
		if !ok {
			errSch = fmt.Errorf("sarifcheck: cannot locate the schema")
			return
		}
		path := filepath.Join(filepath.Dir(self), "..", "..", filepath.FromSlash(SchemaFile))
		f, err := os.Open(path)
		if err != nil {
			errSch = err
			return
		}
		defer f.Close()
		doc, err := jsonschema.UnmarshalJSON(f)
		if err != nil {
			errSch = fmt.Errorf("%s: %w", SchemaFile, err)
			return
		}
		c := jsonschema.NewCompiler()
		c.AssertFormat()
		if err := c.AddResource(schemaURL, doc); err != nil {
			errSch = err
			return
		}
		schema, errSch = c.Compile(schemaURL)
	})
	return schema, errSch
}

// Validate reports whether data is a SARIF 2.1.0 log that the schema
// accepts; the error lists every violation with its JSON pointer.
func Validate(data []byte) error {
	sch, err := load()
	if err != nil {
		return err
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return fmt.Errorf("not JSON: %w", err)
	}
	return sch.Validate(inst)
}

// Looks reports whether data looks like a SARIF log (a JSON object with a
// "version" and "runs"), for tests that validate whatever SARIF a command
// printed.
func Looks(data []byte) bool {
	var head struct {
		Version string          `json:"version"`
		Runs    json.RawMessage `json:"runs"`
	}
	return json.Unmarshal(data, &head) == nil && head.Version != "" && head.Runs != nil
}
