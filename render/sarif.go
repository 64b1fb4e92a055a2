package render

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/url"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"github.com/clausecheck/clausecheck/report"
)

// SARIF writes SARIF 2.1.0 for code-scanning dashboards: one result per
// finding short of met.
type SARIF struct{ Tool, Version string }

var _ Renderer = SARIF{}

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool sarifTool `json:"tool"`
	// ColumnKind: region columns count characters (code points)
	ColumnKind         string                       `json:"columnKind"`
	OriginalURIBaseIDs map[string]sarifArtifactBase `json:"originalUriBaseIds,omitempty"`
	// Artifacts lists every draft checked, also those with no result
	Artifacts   []sarifArtifactEntry `json:"artifacts,omitempty"`
	Invocations []sarifInvocation    `json:"invocations"`
	Results     []sarifResult        `json:"results"`
	// Properties: the playbook's version, the gate and the config given
	Properties map[string]any `json:"properties,omitempty"`
}

type sarifArtifactEntry struct {
	Location sarifArtifact `json:"location"`
}

// sarifArtifactBase describes a base of relative artifact URIs: the drafts
// are named relative to the directory the check ran in (%SRCROOT%, the
// repository root in CI).
type sarifArtifactBase struct {
	Description sarifMessage `json:"description"`
}

// sarifInvocation carries the run's exit status and what is not a finding
// but must not be lost: a draft read in part, a disabled critical check,
// an expired waiver, a draft that could not be checked.
type sarifInvocation struct {
	ExecutionSuccessful        bool                `json:"executionSuccessful"`
	ExitCode                   int                 `json:"exitCode"`
	ExitCodeDescription        string              `json:"exitCodeDescription"`
	ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications,omitempty"`
}

type sarifNotification struct {
	Level     string          `json:"level"`
	Message   sarifMessage    `json:"message"`
	Locations []sarifLocation `json:"locations,omitempty"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version,omitempty"`
	InformationURI string      `json:"informationUri,omitempty"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string       `json:"id"`
	Name                 string       `json:"name,omitempty"`
	ShortDescription     sarifMessage `json:"shortDescription"`
	FullDescription      sarifMessage `json:"fullDescription"`
	Help                 sarifMessage `json:"help"`
	DefaultConfiguration struct {
		Level string `json:"level"`
	} `json:"defaultConfiguration"`
	Properties struct {
		Severity string `json:"severity"`
	} `json:"properties"`
}

type sarifMessage struct {
	Text string `json:"text"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	Level               string            `json:"level"`
	Message             sarifMessage      `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
	Suppressions        []sarifSuppress   `json:"suppressions,omitempty"`
	Properties          map[string]any    `json:"properties"`
}

type sarifSuppress struct {
	Kind          string `json:"kind"`
	Justification string `json:"justification"`
}

type sarifLocation struct {
	PhysicalLocation struct {
		ArtifactLocation sarifArtifact `json:"artifactLocation"`
		Region           *sarifRegion  `json:"region,omitempty"`
	} `json:"physicalLocation"`
	LogicalLocations []sarifLogical `json:"logicalLocations,omitempty"`
}

type sarifArtifact struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

// sarifRegion: where the evidence is, by its text, and for a text or
// Markdown draft by its lines and columns (the page of a PDF or DOCX
// draft is in the result's properties; lines mean nothing there).
type sarifRegion struct {
	StartLine   int          `json:"startLine,omitempty"`
	StartColumn int          `json:"startColumn,omitempty"`
	EndLine     int          `json:"endLine,omitempty"`
	EndColumn   int          `json:"endColumn,omitempty"`
	Snippet     sarifMessage `json:"snippet"`
}

type sarifLogical struct {
	Name string `json:"name"`
	Kind string `json:"kind"`
}

// Render writes the SARIF log.
func (s SARIF) Render(w io.Writer, rep report.Report) error {
	name := s.Tool
	if name == "" {
		name = "clausecheck"
	}
	version := s.Version
	if version == "" && rep.Run != nil {
		version = rep.Run.Version
	}
	if version == "" {
		version = "dev"
	}
	run := sarifRun{Tool: sarifTool{Driver: sarifDriver{Name: name, Version: version, Rules: []sarifRule{}}}, Results: []sarifResult{},
		ColumnKind:         "unicodeCodePoints",
		OriginalURIBaseIDs: map[string]sarifArtifactBase{srcRoot: {Description: sarifMessage{"the directory the drafts are named from (the repository root in CI)"}}}}
	if r := rep.Run; r != nil {
		run.Properties = map[string]any{"playbookVersion": r.Playbook.Version, "gate": r.Gate}
		if r.Config != "" {
			run.Properties["config"] = r.Config
		}
	}
	rules := map[string]sarifRule{}
	for _, c := range rep.Checks {
		rules[c.ID] = sarifRuleOf(c.ID, c.Title, c.Description, c.Remediation, c.Severity)
	}
	for _, d := range rep.Documents {
		run.Artifacts = append(run.Artifacts, sarifArtifactEntry{Location: artifactOf(d.Path)})
		for _, f := range d.Findings {
			if _, ok := rules[f.ID]; !ok {
				rules[f.ID] = sarifRuleOf(f.ID, f.Title, "", f.Remediation, f.Severity)
			} else if rules[f.ID].Help.Text == "" && f.Remediation != "" {
				r := rules[f.ID]
				r.Help.Text = f.Remediation
				rules[f.ID] = r
			}
			if f.Status == report.Met {
				continue
			}
			res := sarifResult{
				RuleID:              f.ID,
				Level:               sarifLevel(f),
				Message:             sarifMessage{string(f.Status) + ": " + f.Reason},
				Properties:          map[string]any{"status": string(f.Status)},
				PartialFingerprints: map[string]string{"clausecheckFinding/v1": fingerprint(d.Path, f)},
			}
			loc := sarifLocation{}
			loc.PhysicalLocation.ArtifactLocation = artifactOf(d.Path)
			seen := map[string]bool{}
			for _, e := range f.Evidence {
				if !seen[e.Clause] {
					seen[e.Clause] = true
					loc.LogicalLocations = append(loc.LogicalLocations, sarifLogical{Name: e.Clause, Kind: "clause"})
				}
			}
			if len(f.Evidence) > 0 {
				e := f.Evidence[0]
				loc.PhysicalLocation.Region = &sarifRegion{Snippet: sarifMessage{e.Quote}}
				if e.Line > 0 {
					r := loc.PhysicalLocation.Region
					r.StartLine, r.StartColumn, r.EndLine, r.EndColumn = e.Line, e.Column, e.EndLine, e.EndColumn
				}
				if e.Page > 0 {
					res.Properties["page"] = e.Page
				}
				res.Properties["clause"] = e.Clause
			}
			res.Locations = []sarifLocation{loc}
			if f.Waived {
				res.Suppressions = []sarifSuppress{{Kind: "external", Justification: f.WaiverReason}}
			}
			run.Results = append(run.Results, res)
		}
	}
	var notes []sarifNotification
	for _, d := range rep.Documents {
		for _, wn := range docNotes(d) {
			loc := sarifLocation{}
			loc.PhysicalLocation.ArtifactLocation = artifactOf(d.Path)
			notes = append(notes, sarifNotification{Level: "warning", Message: sarifMessage{wn}, Locations: []sarifLocation{loc}})
		}
	}
	for _, n := range rep.Notices {
		notes = append(notes, sarifNotification{Level: "note", Message: sarifMessage{n}})
	}
	// a draft that could not be checked: an error notification on it, and
	// the run did not succeed (it exits 2)
	for _, e := range rep.Errors {
		loc := sarifLocation{}
		loc.PhysicalLocation.ArtifactLocation = artifactOf(e.Path)
		notes = append(notes, sarifNotification{Level: "error", Message: sarifMessage{"not checked: " + e.Message}, Locations: []sarifLocation{loc}})
	}
	code, desc := exitCode(rep)
	run.Invocations = []sarifInvocation{{ExecutionSuccessful: len(rep.Errors) == 0, ExitCode: code, ExitCodeDescription: desc, ToolExecutionNotifications: notes}}
	ids := make([]string, 0, len(rules))
	for id := range rules {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, rules[id])
	}
	log := sarifLog{Schema: "https://json.schemastore.org/sarif-2.1.0.json", Version: "2.1.0", Runs: []sarifRun{run}}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(log)
}

func sarifLevel(f report.Finding) string {
	switch {
	case f.Severity == report.Critical && (f.Status == report.Missing || f.Status == report.Conflict || f.Status == report.Unknown):
		return "error"
	case f.Status == report.Partial || f.Severity == report.Warning:
		return "warning"
	}
	return "note"
}

const srcRoot = "%SRCROOT%"

func sarifRuleOf(id, title, description, remediation string, sev report.Severity) sarifRule {
	if description == "" {
		description = title
	}
	r := sarifRule{ID: id, Name: id, ShortDescription: sarifMessage{title}, FullDescription: sarifMessage{description}, Help: sarifMessage{remediation}}
	r.Properties.Severity = string(sev)
	r.DefaultConfiguration.Level = "warning"
	if sev == report.Critical {
		r.DefaultConfiguration.Level = "error"
	}
	return r
}

// artifactOf names a draft by a percent-encoded URI: relative paths
// against %SRCROOT%, absolute ones as file URIs.
func artifactOf(path string) sarifArtifact {
	p := filepath.ToSlash(path)
	var segs []string
	for _, seg := range strings.Split(strings.TrimPrefix(p, "/"), "/") {
		segs = append(segs, url.PathEscape(seg))
	}
	enc := strings.Join(segs, "/")
	if strings.HasPrefix(p, "/") {
		return sarifArtifact{URI: "file:///" + enc}
	}
	return sarifArtifact{URI: strings.TrimPrefix(enc, "./"), URIBaseID: srcRoot}
}

// fingerprint identifies a finding across reruns and reformatting: the
// check, the draft and the first evidence's words (or the reason), with
// case, spacing and punctuation normalised.
func fingerprint(path string, f report.Finding) string {
	basis := f.Reason
	if len(f.Evidence) > 0 {
		basis = f.Evidence[0].Quote
	}
	words := strings.FieldsFunc(strings.ToLower(basis), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	sum := sha256.Sum256([]byte(f.ID + "\x00" + filepath.ToSlash(path) + "\x00" + strings.Join(words, " ")))
	return hex.EncodeToString(sum[:16])
}
