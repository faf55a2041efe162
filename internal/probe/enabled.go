//go:build gdpure_selftest

package probe

// Enabled is true in builds with the tag gdpure_selftest (gdpure's own in-engine suite): only
// then do the packages set the hooks of this package, and only then are internal/faults' switches
// read. A plugin's build compiles all of it away.
const Enabled = true
