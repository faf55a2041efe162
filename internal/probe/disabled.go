//go:build !gdpure_selftest

package probe

// Enabled is false in a plugin's build: the hooks stay nil (see enabled.go).
const Enabled = false
