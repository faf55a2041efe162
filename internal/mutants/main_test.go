package main

import (
	"encoding/json"
	"go/parser"
	"go/token"
	"os"
	"strings"
	"testing"
)

// TestEveryMutantApplies fails when an edit elsewhere (often a regenerated file) leaves a mutant's
// code to mutate missing or ambiguous, so go test ./... reports it, not a 20-minute make mutants.
// Whether the mutated code compiles is left to go run ./internal/mutants -check.
func TestEveryMutantApplies(t *testing.T) {
	root, err := moduleRoot()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, m := range mutants {
		if seen[m.name] {
			t.Errorf("two mutants are named %s", m.name)
		}
		seen[m.name] = true
		if m.engine == "" && m.host == "" && len(m.goTests) == 0 {
			t.Errorf("%s: no test is run against it", m.name)
		}
		if _, err := plant(root, t.TempDir(), m); err != nil {
			t.Errorf("%s: %v", m.name, err)
		}
	}
}

// TestMutantsShareOneBuild fails when a mutant in Go code that needs the extension can no longer be
// switched (its edit has left the function body it was in, say), which would give it a build of
// its own again (a minute of make mutants each), or when the switched sources do not parse.
func TestMutantsShareOneBuild(t *testing.T) {
	root, err := moduleRoot()
	if err != nil {
		t.Fatal(err)
	}
	overlay, planted, err := plantSwitched(root, t.TempDir(), mutants)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range mutants {
		// A mutant only package tests catch (no extension to build) may be built on its own.
		if strings.HasSuffix(m.file, ".go") && !planted[m.name] && (m.engine != "" || m.host != "") {
			t.Errorf("%s cannot be switched: keep its edits inside one or more function bodies", m.name)
		}
	}
	data, err := os.ReadFile(overlay)
	if err != nil {
		t.Fatal(err)
	}
	var o struct{ Replace map[string]string }
	if err := json.Unmarshal(data, &o); err != nil {
		t.Fatal(err)
	}
	for orig, file := range o.Replace {
		if _, err := parser.ParseFile(token.NewFileSet(), file, nil, 0); err != nil {
			t.Errorf("the switched %s does not parse: %v", orig, err)
		}
	}
}
