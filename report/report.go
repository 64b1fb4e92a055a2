// Package report is the result model of a check: per draft, one Finding per
// policy check. The check engine fills it; renderers and the diff's
// compliance delta read it. It imports nothing of the project but document.
package report

import "github.com/clausecheck/clausecheck/document"

// Schema is the identifier written in every serialised Report.
const Schema = "clausecheck/report/v1"

// Status is the verdict of one check on one draft.
type Status string

// The four statuses a policy gives, from best to worst for a critical
// check, and Unknown: the engine's word for a check that is not met on a
// draft read only in part (the lost page may hold what would settle it).
const (
	Met      Status = "met"
	Partial  Status = "partial"
	Missing  Status = "missing"
	Conflict Status = "conflict"
	Unknown  Status = "unknown"
)

// Rank orders statuses for comparison: a higher rank is better.
// Conflict 0 < Missing 1 < Partial 2 < Met 3; Unknown, and any status
// that is none of these, is -1.
func (s Status) Rank() int {
	switch s {
	case Conflict:
		return 0
	case Missing:
		return 1
	case Partial:
		return 2
	case Met:
		return 3
	}
	return -1
}

// Severity of a check.
type Severity string

// Severities: a critical check missing or in conflict fails the default
// gate; a warning is advice (negotiation levers).
const (
	Critical Severity = "critical"
	Warning  Severity = "warning"
)

// Report is the whole result of `clausecheck check`.
type Report struct {
	Schema    string           `json:"schema"`
	Documents []DocumentReport `json:"documents"`
	// Notices are report-level messages: expired waivers, waivers that
	// matched nothing.
	Notices []string `json:"notices,omitempty"`
	// Errors are the drafts that could not be checked (unreadable, read
	// only in part): the run exits 2, and every format says so.
	Errors []DraftError `json:"errors,omitempty"`
	// Checks describes each check of the playbook that ran, from its
	// policy's METADATA (for SARIF rules and other catalogues).
	Checks []Check `json:"checks,omitempty"`
	// Run says what produced the report: the tool and its version, the
	// playbook and the gate (nil when the caller did not say).
	Run *Run `json:"run,omitempty"`
}

// Run describes the run that wrote a report.
type Run struct {
	Tool    string `json:"tool"`
	Version string `json:"version"`
	// Playbook is what the drafts were checked against.
	Playbook Playbook `json:"playbook"`
	// Gate is the --fail-on in force: critical, warning or none.
	Gate string `json:"gate"`
	// Config is the configuration file given for every draft (--config);
	// each document names the one that applied to it.
	Config string `json:"config,omitempty"`
	// ConfigDiscovery: drafts without --config take the nearest
	// .clausecheck.yaml above them.
	ConfigDiscovery bool `json:"config_discovery"`
}

// Playbook identifies the vocabulary and policies a run checked with.
type Playbook struct {
	// Version is a digest of the playbook in force (vocabulary, the
	// policies' METADATA and the user policy files): the same playbook
	// gives the same version, a changed one another. The embedded
	// policies' code goes with the tool's version.
	Version string `json:"version"`
	// Rules is the vocabulary: "embedded", or the --rules directory that
	// extends or replaces it.
	Rules string `json:"rules"`
	// Policies are the policy sources: "embedded" and the --policies
	// directories.
	Policies []string `json:"policies"`
}

// Check is one check of the playbook.
type Check struct {
	ID          string   `json:"id"`
	Title       string   `json:"title"`
	Description string   `json:"description,omitempty"`
	Severity    Severity `json:"severity"`
	Remediation string   `json:"remediation,omitempty"`
}

// DraftError is a draft that could not be checked, and why.
type DraftError struct {
	Path    string `json:"path"`
	Message string `json:"message"`
}

// DocumentReport is the verdict on one draft.
type DocumentReport struct {
	Path     string    `json:"path"`
	SHA256   string    `json:"sha256"`
	Findings []Finding `json:"findings"`
	Summary  Summary   `json:"summary"`
	Passed   bool      `json:"passed"`
	Warnings []string  `json:"warnings,omitempty"`
	// Config is the configuration file that applied to the draft ("" for
	// none); Disabled the checks it turned off.
	Config   string   `json:"config,omitempty"`
	Disabled []string `json:"disabled,omitempty"`
	// Coverage is how much of the draft was read, when part of it was
	// lost (nil when it was read whole).
	Coverage *document.Coverage `json:"coverage,omitempty"`
	// Incomplete is what the verdict could not take into account: a page
	// not read ("page 6 unreadable"), an amendment that could not be
	// applied ("clause 7.1: an amendment that could not be applied"). A
	// draft with any never passes a gate.
	Incomplete []string `json:"incomplete,omitempty"`
}

// Finding is the verdict of one check on one draft.
type Finding struct {
	ID          string     `json:"id"` // C1…C6, L1…L7 for the Bedrock playbook
	Status      Status     `json:"status"`
	Severity    Severity   `json:"severity"`
	Title       string     `json:"title"`
	Evidence    []Evidence `json:"evidence"`
	Facts       Facts      `json:"facts"`
	Reason      string     `json:"reason"`
	Remediation string     `json:"remediation"`
	Waived      bool       `json:"waived"`
	// FailsGate: this finding makes the draft fail the gate (--fail-on).
	FailsGate bool `json:"fails_gate,omitempty"`
	// WaiverReason is the reason given by the waiver that applied.
	WaiverReason string `json:"waiver_reason,omitempty"`
}

// Facts are the values a check read, by name (sla_percent: 99.5).
type Facts map[string]any

// Evidence is a clause a verdict relies on.
type Evidence struct {
	Clause string `json:"clause"` // clause ID
	Page   int    `json:"page,omitempty"`
	Quote  string `json:"quote"` // the sentence relied on
	// Line and Column (1-based, in characters) are where the quote starts
	// in the draft's file, EndLine and EndColumn where it ends (the
	// character after it): set for text and Markdown drafts when the
	// quote is found in the file as written, else 0.
	Line      int `json:"line,omitempty"`
	Column    int `json:"column,omitempty"`
	EndLine   int `json:"end_line,omitempty"`
	EndColumn int `json:"end_column,omitempty"`
}

// Summary counts findings by status.
type Summary struct {
	Met      int `json:"met"`
	Partial  int `json:"partial"`
	Missing  int `json:"missing"`
	Conflict int `json:"conflict"`
	// Unknown counts the checks not met on a draft read only in part.
	Unknown int `json:"unknown,omitempty"`
	Waived  int `json:"waived"`
}
