package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/stretchr/testify/require"

	"github.com/gdpure/gdpure/godot"
	"github.com/gdpure/gdpure/godottest"
	"github.com/gdpure/gdpure/internal/gdi"
)

// The engine methods of every Go class, as the engine lists them, written to
// GDPURE_METHOD_LISTS/<call path>.txt: TestEngine compares the asm run's (built with gdpure_bound,
// methods from the generated bindings) with purego's (methods found by reflection), which must be
// the same, class by class.
func init() {
	godottest.Test("GoClasses/MethodListsForComparison", func(t *godottest.T) {
		dir := os.Getenv("GDPURE_METHOD_LISTS")
		if dir == "" {
			t.Skip("GDPURE_METHOD_LISTS names no directory (TestEngine sets it)")
		}
		var lines []string
		classes := godot.ClassDB.ClassList().ToSlice()
		if gdi.GCStress {
			// A collection at every engine boundary: six classes of several kinds, the same in both
			// builds, rather than a minute over every class.
			classes = []string{"GoRoundTrip", "GoItem", "GoDicts", "GoVirtualChild", "SubThreadNode", "LifeProbe"}
		}
		for _, class := range classes {
			if godot.ClassDB.ClassGetAPIType(class) != godot.ClassDBSingletonAPIExtension {
				continue
			}
			var names []string
			for m := range godot.ClassDB.ClassGetMethodListOptions(class, true).Values() {
				v, ok, err := m.Get("name")
				require.NoError(t, err)
				if ok {
					names = append(names, v.String())
				}
			}
			sort.Strings(names)
			lines = append(lines, fmt.Sprintf("%s: %s", class, strings.Join(names, " ")))
		}
		sort.Strings(lines)
		if gdi.GCStress {
			require.Len(t, lines, 6, "the Go classes")
		} else {
			require.Greater(t, len(lines), 30, "the Go classes")
		}
		require.NoError(t, os.WriteFile(filepath.Join(dir, gdi.CallPath+".txt"), []byte(strings.Join(lines, "\n")+"\n"), 0o644))
	})
}
