package engine

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
