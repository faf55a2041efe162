//go:build linux || darwin

package engine

// warnForeignRuntime warns when a second Go runtime is loaded in the process (another Go-built
// extension): each runtime installs its own SIGURG handler, only the last receives the signals, and
// the first then loses async preemption (design notes §4b).
func warnForeignRuntime() {
	n := countGoRuntimes()
	if n > 1 {
		PrintWarning("gdpure: more than one Go runtime is loaded in this process (several Go extensions). " +
			"Each installs its own SIGURG handler and only one receives them: link all Go plugins into one library.")
	}
}
