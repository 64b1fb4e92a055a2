package rules

import (
	"crypto/sha256"
	"encoding/hex"
)

// The embedded vocabulary is also held decoded, as Go values
// (decoded_bedrock.go, written by "go test ./rules -run TestDecodedEmbedded
// -update"): decoding its YAML took a small draft's check some ten
// milliseconds, more than reading the draft. The decoded value is used
// only while the embedded file is byte for byte the one it was written
// from (its SHA-256); an edited vocabulary.yaml is decoded from YAML, as
// a user's rules are, until the file is written again, and
// TestDecodedEmbedded fails meanwhile.

// decodedFile returns the decoded value of the embedded file name with
// content data, when one was written from exactly that content.
func decodedFile(name string, data []byte) (rawFile, bool) {
	d, ok := decodedEmbedded[name]
	if !ok || d.sum != sumOf(data) {
		return rawFile{}, false
	}
	return d.raw(), true
}

type decoded struct {
	sum string // SHA-256 of the YAML it was decoded from, in hex
	raw func() rawFile
}

func sumOf(data []byte) string {
	s := sha256.Sum256(data)
	return hex.EncodeToString(s[:])
}

func boolp(b bool) *bool { return &b }
