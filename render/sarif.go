package render

import (
	"encoding/json"
	"io"
	"sort"

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
	Tool        sarifTool         `json:"tool"`
	Invocations []sarifInvocation `json:"invocations,omitempty"`
	Results     []sarifResult     `json:"results"`
}

// sarifInvocation carries what is not a finding but must not be lost: a
// draft read in part, a disabled critical check, an expired waiver.
type sarifInvocation struct {
	ExecutionSuccessful        bool                `json:"executionSuccessful"`
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
	ID               string       `json:"id"`
	ShortDescription sarifMessage `json:"shortDescription"`
	Help             sarifMessage `json:"help"`
	Properties       struct {
		Severity string `json:"severity"`
	} `json:"properties"`
}

type sarifMessage struct {
	Text string `json:"text"`
}

type sarifResult struct {
	RuleID       string            `json:"ruleId"`
	Level        string            `json:"level"`
	Message      sarifMessage      `json:"message"`
	Locations    []sarifLocation   `json:"locations"`
	Suppressions []sarifSuppress   `json:"suppressions,omitempty"`
	Properties   map[string]string `json:"properties"`
}

type sarifSuppress struct {
	Kind          string `json:"kind"`
	Justification string `json:"justification"`
}

type sarifLocation struct {
	PhysicalLocation struct {
		ArtifactLocation struct {
			URI string `json:"uri"`
		} `json:"artifactLocation"`
	} `json:"physicalLocation"`
	LogicalLocations []sarifLogical `json:"logicalLocations,omitempty"`
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
	run := sarifRun{Tool: sarifTool{Driver: sarifDriver{Name: name, Version: s.Version, Rules: []sarifRule{}}}, Results: []sarifResult{}}
	rules := map[string]sarifRule{}
	for _, d := range rep.Documents {
		for _, f := range d.Findings {
			if _, ok := rules[f.ID]; !ok {
				r := sarifRule{ID: f.ID, ShortDescription: sarifMessage{f.Title}, Help: sarifMessage{f.Remediation}}
				r.Properties.Severity = string(f.Severity)
				rules[f.ID] = r
			} else if rules[f.ID].Help.Text == "" && f.Remediation != "" {
				r := rules[f.ID]
				r.Help.Text = f.Remediation
				rules[f.ID] = r
			}
			if f.Status == report.Met {
				continue
			}
			res := sarifResult{
				RuleID:     f.ID,
				Level:      sarifLevel(f),
				Message:    sarifMessage{string(f.Status) + ": " + f.Reason},
				Properties: map[string]string{"status": string(f.Status)},
			}
			loc := sarifLocation{}
			loc.PhysicalLocation.ArtifactLocation.URI = d.Path
			for _, e := range f.Evidence {
				loc.LogicalLocations = append(loc.LogicalLocations, sarifLogical{Name: e.Clause, Kind: "clause"})
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
		for _, wn := range d.Warnings {
			loc := sarifLocation{}
			loc.PhysicalLocation.ArtifactLocation.URI = d.Path
			notes = append(notes, sarifNotification{Level: "warning", Message: sarifMessage{wn}, Locations: []sarifLocation{loc}})
		}
	}
	for _, n := range rep.Notices {
		notes = append(notes, sarifNotification{Level: "note", Message: sarifMessage{n}})
	}
	if len(notes) > 0 {
		run.Invocations = []sarifInvocation{{ExecutionSuccessful: true, ToolExecutionNotifications: notes}}
	}
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
	case f.Severity == report.Critical && (f.Status == report.Missing || f.Status == report.Conflict):
		return "error"
	case f.Status == report.Partial || f.Severity == report.Warning:
		return "warning"
	}
	return "note"
}
