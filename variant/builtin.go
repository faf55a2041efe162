package variant

import (
	"fmt"
	"sync"

	"github.com/gdpure/gdpure/gdextension"
	"github.com/gdpure/gdpure/internal/gdi"
)

// Builtin methods of the engine's builtin types, resolved once by class and name (with the hash
// pinned in extension_api.json) and called through ptrcall.

var builtinMethods struct {
	mu sync.RWMutex
	m  map[string]gdi.PtrBuiltInMethod
}

// builtinMethod returns the engine's ptrcall function of class.method.
func builtinMethod(t Type, class, method string) gdi.PtrBuiltInMethod {
	key := class + "." + method
	builtinMethods.mu.RLock()
	fn, ok := builtinMethods.m[key]
	builtinMethods.mu.RUnlock()
	if ok {
		return fn
	}
	hash, ok := BuiltinMethodHash(class, method)
	if !ok {
		panic(fmt.Sprintf("gdpure: %s has no builtin method %s", class, method))
	}
	fn = gdi.VariantGetPtrBuiltinMethod(t, gdi.ConstStringNamePtr(gdextension.StaticStringName(method)), gdi.Int(hash))
	if fn == 0 {
		panic(fmt.Sprintf("gdpure: the engine has no %s.%s with hash %d", class, method, hash))
	}
	builtinMethods.mu.Lock()
	if builtinMethods.m == nil {
		builtinMethods.m = map[string]gdi.PtrBuiltInMethod{}
	}
	builtinMethods.m[key] = fn
	builtinMethods.mu.Unlock()
	return fn
}
