package gdextension

import (
	"bufio"
	"debug/elf"
	"os"
	"strings"
)

// countGoRuntimes counts the loaded shared objects that carry a Go runtime (a .go.buildinfo section).
func countGoRuntimes() int {
	f, err := os.Open("/proc/self/maps")
	if err != nil {
		return 0
	}
	defer f.Close()
	seen := map[string]bool{}
	n := 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) < 6 || !strings.HasSuffix(fields[5], ".so") || seen[fields[5]] {
			continue
		}
		seen[fields[5]] = true
		if e, err := elf.Open(fields[5]); err == nil {
			if e.Section(".go.buildinfo") != nil {
				n++
			}
			e.Close()
		}
	}
	return n
}

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
