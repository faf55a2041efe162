package gdi

import (
	"fmt"
	"unsafe"
)

// interfaceFunction is one entry of the generated interfaceFunctions table.
type interfaceFunction struct {
	name     string // NUL-terminated
	since    string
	optional bool // added after MinimumEngineVersion: may be missing
	slot     *uintptr
}

// Load resolves every interface function through the engine's get_proc_address, eagerly. A
// required function the running engine lacks gives one error naming it and the engine version.
// Functions added after MinimumEngineVersion are optional and stay unresolved when missing.
func Load(getProc uintptr) error {
	var missing []string
	for i := range interfaceFunctions {
		f := &interfaceFunctions[i]
		// The name is a Go string constant: static, never moved or freed.
		*f.slot = ccall(getProc, uintptr(unsafe.Pointer(unsafe.StringData(f.name))), 0, 0, 0, 0, 0, 0) // gdpure:static-memory
		if *f.slot == 0 && !f.optional {
			missing = append(missing, f.name[:len(f.name)-1]+" (since "+f.since+")")
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("gdpure: the running Godot (%s) lacks interface functions gdpure needs: %v; gdpure supports Godot %s and newer",
			engineVersionString(), missing, MinimumEngineVersion)
	}
	return nil
}

// ResolvedFunctionCount returns how many interface functions Load resolved.
func ResolvedFunctionCount() int {
	n := 0
	for i := range interfaceFunctions {
		if *interfaceFunctions[i].slot != 0 {
			n++
		}
	}
	return n
}

// versionSlot receives the engine's version struct. It is static data (a package variable): never
// moved or freed, so the engine may write it during the call. The strings it points to are the
// engine's own.
var versionSlot GodotVersion2

func engineVersionString() string {
	switch {
	case fns.getGodotVersion2 != 0:
		GetGodotVersion2(uintptr(unsafe.Pointer(&versionSlot)))
	case fns.getGodotVersion != 0:
		// GodotVersion fits in versionSlot and its major, minor and patch are at the same offsets.
		GetGodotVersion(uintptr(unsafe.Pointer(&versionSlot)))
	default:
		return "unknown version"
	}
	return fmt.Sprintf("%d.%d.%d", versionSlot.Major, versionSlot.Minor, versionSlot.Patch)
}

// EngineVersion returns the running engine's version ("4.6.3").
func EngineVersion() string { return engineVersionString() }

//lint:ignore U1000 called by the generated loader for interface functions newer than the minimum engine
func missingFunction(name, since string) {
	panic(fmt.Sprintf("gdpure: the interface function %s needs Godot %s or newer; the running engine is %s", name, since, engineVersionString()))
}

// InterfaceFunctionAddress returns the resolved address of the named interface function, or 0.
// For benchmarks that call the engine through another path (purego.SyscallN) for comparison.
func InterfaceFunctionAddress(name string) uintptr {
	for i := range interfaceFunctions {
		if interfaceFunctions[i].name[:len(interfaceFunctions[i].name)-1] == name {
			return *interfaceFunctions[i].slot
		}
	}
	return 0
}
