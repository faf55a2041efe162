//go:build gdpure_bound

package main

// boundBuild says the extension is built with the tag gdpure_bound: classes take their methods
// from the generated bindings (zgdpure_bind.go), not from reflection.
const boundBuild = true
