package engine

import (
	"debug/macho"
	"unsafe"

	"github.com/ebitengine/purego"
	"github.com/gdpure/gdpure/internal/gdi"
)

// countGoRuntimes counts the loaded images that carry a Go runtime (a __go_buildinfo section),
// listed by dyld (_dyld_image_count, _dyld_get_image_name).
func countGoRuntimes() int {
	lib, err := purego.Dlopen("/usr/lib/libSystem.B.dylib", purego.RTLD_NOW|purego.RTLD_GLOBAL)
	if err != nil {
		return 0
	}
	count, err1 := purego.Dlsym(lib, "_dyld_image_count")
	name, err2 := purego.Dlsym(lib, "_dyld_get_image_name")
	if err1 != nil || err2 != nil {
		return 0
	}
	n, _, _ := purego.SyscallN(count)
	runtimes := 0
	for i := uintptr(0); i < n; i++ {
		p, _, _ := purego.SyscallN(name, i)
		if p == 0 {
			continue
		}
		// dyld's own copy of the path, valid while the image stays loaded.
		path := cString(p)
		if f, err := macho.Open(path); err == nil {
			if f.Section("__go_buildinfo") != nil {
				runtimes++
			}
			f.Close()
		}
	}
	return runtimes
}

// cString copies the NUL-terminated C string at p.
func cString(p uintptr) string {
	n := 0
	for *(*byte)(gdi.CPtr(p + uintptr(n))) != 0 {
		n++
	}
	return string(unsafe.Slice((*byte)(gdi.CPtr(p)), n))
}
