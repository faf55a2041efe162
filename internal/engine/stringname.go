package engine

import (
	"sync"
	"unsafe"

	"github.com/gdpure/gdpure/internal/gdi"
)

// StringName storage for names the code spells as literals (class, method, property and signal
// names of registrations, generated method names). Each is built once and kept for the life of the
// process: its 8-byte slot lives in permanent C memory and holds a reference to the engine's
// interned name. The engine copies the characters when it makes the name (Godot 4.6's
// StringName(const char *, bool) keeps a String of its own; only its internal StaticCString
// constructor keeps the pointer), so they live in a call frame just for the construction. Names
// supplied at run time must not come here, or permanent memory would grow with every distinct
// name: use Frame.StringName, which lives for one call.

var nameCache struct {
	mu    sync.RWMutex
	names map[string]gdi.StringNamePtr
}

// StaticStringName returns the address of a StringName holding name (UTF-8), made once and cached
// for the life of the process. The engine may keep it forever. Only for names spelled as literals
// in the code; see Frame.StringName for names supplied at run time.
func StaticStringName(name string) gdi.StringNamePtr {
	nameCache.mu.RLock()
	p, ok := nameCache.names[name]
	nameCache.mu.RUnlock()
	if ok {
		return p
	}
	nameCache.mu.Lock()
	defer nameCache.mu.Unlock()
	if p, ok := nameCache.names[name]; ok {
		return p
	}
	if nameCache.names == nil {
		nameCache.names = map[string]gdi.StringNamePtr{}
	}
	slot := Permanent.Alloc(unsafe.Sizeof(uintptr(0)))
	f := AcquireFrame()
	if isASCII(name) {
		// Marked static: the engine's exit report expects such names to live to the end. A static
		// name may keep using the characters it was made from for the rest of the process (the
		// interface's contract; Godot 4.6 happens to copy them), so they are permanent too.
		gdi.StringNameNewWithLatin1Chars(gdi.UninitializedStringNamePtr(slot), Permanent.CString(name), 1)
	} else {
		gdi.StringNameNewWithUtf8CharsAndLen(gdi.UninitializedStringNamePtr(slot), f.CString(name), gdi.Int(len(name)))
	}
	f.Release()
	p = gdi.StringNamePtr(slot)
	nameCache.names[name] = p
	return p
}

// releaseStringNameCache forgets the cache at the last deinitialize. The StringNames stay: they are
// static and the engine may still use them while it shuts down.
func releaseStringNameCache() {
	nameCache.mu.Lock()
	nameCache.names = nil
	nameCache.mu.Unlock()
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
