//go:build !((linux && (amd64 || (arm64 && cgo))) || (windows && amd64 && cgo)) || gdpure_purego

package gdi

import (
	"sync"

	"github.com/ebitengine/purego"
)

// CallPath names the call path this build uses.
const CallPath = "purego"

var (
	callbackMu      sync.Mutex
	callbackEntries [callbackTypeCount]uintptr
)

// callbackEntry makes the type's purego callback on first use; there is one per type, never per
// class, method or object.
func callbackEntry(kind int) uintptr {
	callbackMu.Lock()
	defer callbackMu.Unlock()
	if callbackEntries[kind] == 0 {
		callbackEntries[kind] = purego.NewCallback(callbackAdapters[kind])
	}
	return callbackEntries[kind]
}
