package gdextension

// warnForeignRuntime is a placeholder-free check for a second Go runtime in the process: every Go
// runtime exports _cgo_* symbols and installs a SIGURG handler; two runtimes in one engine lose
// async preemption in the first (design notes §4b). Detection reads the process's loaded objects.
func warnForeignRuntime() {
	n := countGoRuntimes()
	if n > 1 {
		PrintWarning("gdpure: more than one Go runtime is loaded in this process (several Go extensions). " +
			"Each installs its own SIGURG handler and only one receives them: link all Go plugins into one library.")
	}
}
