package engine

// warnForeignRuntime has nothing to warn of on Windows. The hazard it reports on Linux and macOS
// is a signal handler: every Go runtime installs its own for SIGURG (async preemption), and only
// the last one installed receives the signals. Windows has no signals; each Go runtime preempts
// its own threads by suspending them, so several Go extensions in one process do not take that
// from each other.
func warnForeignRuntime() {}
