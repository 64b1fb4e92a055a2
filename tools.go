//go:build tools

// Package tools pins the project's named dependencies while the packages
// that import them are written; remove an import once real code uses it.
package tools

import (
	_ "github.com/ledongthuc/pdf"
	_ "github.com/open-policy-agent/opa/v1/rego"
	_ "github.com/rogpeppe/go-internal/testscript"
	_ "github.com/sergi/go-diff/diffmatchpatch"
	_ "github.com/spf13/cobra"
	_ "gopkg.in/yaml.v3"
)
