package gdextension

import (
	"sync"
	"unsafe"

	"github.com/gdpure/gdpure/internal/gdi"
)

// StringName storage for names the binding itself uses (class, method, property and signal
// names). Each is built once as a static StringName: its bytes and its 8-byte slot live in
// permanent C memory, since the engine reuses static StringName bytes without copying them.

var nameCache struct {
	mu    sync.RWMutex
	names map[string]gdi.StringNamePtr
}

// StaticStringName returns the address of a StringName holding name (Latin-1 or ASCII), made once
// and cached for the life of the process. The engine may keep it forever.
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
	gdi.StringNameNewWithLatin1Chars(gdi.UninitializedStringNamePtr(slot), Permanent.CString(name), 1)
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
