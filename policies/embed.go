// Package policies compiles and evaluates the Rego policies of the playbook
// checks. It is the only package of clausecheck that imports OPA.
//
// The Bedrock policies are embedded (bedrock/*.rego, one file per check
// with a METADATA header and a _test.rego beside it; lib/ holds shared
// helpers). A user's directories add policies beside them or replace them.
// Everything is compiled once, with a sandboxed capability set (no network,
// no runtime, no randomness or clock), and the query over
// data.clausecheck is prepared once; each draft is one evaluation.
package policies

import "embed"

//go:embed bedrock/*.rego lib/*.rego
var embedded embed.FS
