//go:build windows

// Command host plays the engine's part for the Windows smoke test (see package winsmoke): it
// loads the plugin DLL named by its argument and drives it as Godot does, printing each warning
// the plugin reports ("warning: ...") and ending with "host: ok" or a failure.
package main

import (
	"fmt"
	"os"
	"runtime"
	"strings"
	"syscall"
	"time"
	"unsafe"

	"github.com/gdpure/gdpure/internal/gdi"
)

var (
	msvcrt   = syscall.MustLoadDLL("msvcrt.dll")
	malloc   = msvcrt.MustFindProc("malloc").Addr()
	realloc  = msvcrt.MustFindProc("realloc").Addr()
	free     = msvcrt.MustFindProc("free").Addr()
	failures []string
	lookedUp = map[string]bool{}
	answers  = map[string]uintptr{}
	mainLoop *gdi.MainLoopCallbacks
)

// cString copies the NUL-terminated C string at p (memory of the plugin, valid for the call).
func cString(p uintptr) string {
	if p == 0 {
		return "<nil>"
	}
	var b []byte
	for ; *(*byte)(gdi.CPtr(p)) != 0; p++ {
		b = append(b, *(*byte)(gdi.CPtr(p)))
	}
	return string(b)
}

func fail(format string, args ...any) { failures = append(failures, fmt.Sprintf(format, args...)) }

// Static engine data the plugin reads: never moved (package variables).
var (
	version     gdi.GodotVersion2
	statusText  = []byte("stable\x00")
	buildText   = []byte("winsmoke\x00")
	initStruct  gdi.Initialization
	versionText = []byte("4.6.0.winsmoke\x00")
)

// implemented are the interface functions the host answers for real; every other one is a
// callback that records a failure naming it.
func implemented() map[string]uintptr {
	return map[string]uintptr{
		"mem_alloc2":   syscall.NewCallback(func(size, padAlign uintptr) uintptr { r, _, _ := syscall.SyscallN(malloc, size); return r }),
		"mem_realloc2": syscall.NewCallback(func(p, size, padAlign uintptr) uintptr { r, _, _ := syscall.SyscallN(realloc, p, size); return r }),
		"mem_free2":    syscall.NewCallback(func(p, padAlign uintptr) uintptr { syscall.SyscallN(free, p); return 0 }),
		"get_godot_version2": syscall.NewCallback(func(out uintptr) uintptr {
			*(*gdi.GodotVersion2)(gdi.CPtr(out)) = version
			return 0
		}),
		"print_warning_with_message": syscall.NewCallback(func(desc, msg, fn, file, line, notify uintptr) uintptr {
			// The plugin reports from file "gdpure", line 0, without editor notification: the 4th
			// argument is the last in a register, the 5th and 6th are on the stack.
			if cString(fn) != "gdpure" || cString(file) != "gdpure" || int32(line) != 0 || notify&0xff != 0 {
				fail("print_warning_with_message got function %q, file %q, line %d, notify %d; want gdpure, gdpure, 0, 0",
					cString(fn), cString(file), int32(line), notify&0xff)
			}
			fmt.Printf("warning: %s\n", cString(desc))
			return 0
		}),
		"print_error_with_message": syscall.NewCallback(func(desc, msg, fn, file, line, notify uintptr) uintptr {
			fail("the plugin reported an error: %s", cString(msg))
			return 0
		}),
		"register_main_loop_callbacks": syscall.NewCallback(func(lib, callbacks uintptr) uintptr {
			if lib != libraryToken {
				fail("register_main_loop_callbacks got library %#x, want %#x", lib, libraryToken)
			}
			mainLoop = (*gdi.MainLoopCallbacks)(gdi.CPtr(callbacks))
			return 0
		}),
		// The StringName destructor (resolved at the core level): no StringName is ever made here.
		"variant_get_ptr_destructor": syscall.NewCallback(func(typ uintptr) uintptr {
			return syscall.NewCallback(func(p uintptr) uintptr { fail("a StringName was destroyed"); return 0 })
		}),
	}
}

// libraryToken is the GDExtensionClassLibraryPtr the host hands over: any value the plugin must
// give back unchanged.
const libraryToken = 0x5eed0001

func getProcAddress(name uintptr) uintptr {
	n := cString(name)
	lookedUp[n] = true
	if p, ok := answers[n]; ok {
		return p
	}
	p := syscall.NewCallback(func(a, b, c, d, e, f uintptr) uintptr {
		fail("the plugin called the interface function %s, which the smoke host does not implement", n)
		return 0
	})
	answers[n] = p
	return p
}

// The engine calls an extension from its one main thread: so does the host.
func init() { runtime.LockOSThread() }

func main() {
	version = gdi.GodotVersion2{Major: 4, Minor: 6, Hex: 0x040600,
		Status: uintptr(unsafe.Pointer(&statusText[0])), Build: uintptr(unsafe.Pointer(&buildText[0])),
		String: uintptr(unsafe.Pointer(&versionText[0]))}
	answers = implemented()
	dll, err := syscall.LoadDLL(os.Args[1])
	if err != nil {
		fmt.Println("host: FAIL: LoadLibrary:", err)
		os.Exit(1)
	}
	entry, err := dll.FindProc("gdpure_entry")
	if err != nil {
		fmt.Println("host: FAIL: the DLL does not export gdpure_entry:", err)
		os.Exit(1)
	}
	ok, _, _ := syscall.SyscallN(entry.Addr(), syscall.NewCallback(getProcAddress), libraryToken,
		uintptr(unsafe.Pointer(&initStruct)))
	if ok&0xff != 1 {
		fail("gdpure_entry returned %d", ok&0xff)
	}
	fmt.Printf("host: entry looked up %d interface functions; minimum level %d\n", len(lookedUp), initStruct.MinimumInitializationLevel)
	for l := uintptr(gdi.InitializationCore); l <= uintptr(gdi.InitializationEditor); l++ {
		syscall.SyscallN(uintptr(initStruct.Initialize), initStruct.Userdata, l)
	}
	if mainLoop == nil {
		fail("the plugin registered no main-loop callbacks")
	} else {
		syscall.SyscallN(uintptr(mainLoop.StartupFunc))
		for i := 0; i < 20; i++ {
			time.Sleep(5 * time.Millisecond)
			syscall.SyscallN(uintptr(mainLoop.FrameFunc))
		}
		syscall.SyscallN(uintptr(mainLoop.ShutdownFunc))
	}
	for l := int(gdi.InitializationEditor); l >= int(gdi.InitializationCore); l-- {
		syscall.SyscallN(uintptr(initStruct.Deinitialize), initStruct.Userdata, uintptr(l))
	}
	if len(failures) > 0 {
		fmt.Printf("host: FAIL:\n  %s\n", strings.Join(failures, "\n  "))
		os.Exit(1)
	}
	fmt.Println("host: ok")
}
