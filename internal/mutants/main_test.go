package main

import "testing"

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
