//go:build cgo && ((linux && (amd64 || arm64)) || (windows && amd64)) && !gdpure_purego

package gdi

// The asm path's trampolines call crosscall2 and _cgo_topofstack: runtime/cgo provides them. A
// plugin gets it from its one cgo file (gdextension/entry).
import _ "runtime/cgo"
