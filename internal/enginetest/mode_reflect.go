//go:build !gdpure_bound

package main

// boundBuild says the extension is built with the tag gdpure_bound (see mode_bound.go).
const boundBuild = false
