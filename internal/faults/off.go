//go:build !gdpure_selftest

package faults

// EarlyFreePropertyList is off in a plugin's build (see faults.go).
const EarlyFreePropertyList = false

// GoroutineCrash is off in a plugin's build (see faults.go).
const GoroutineCrash = false
