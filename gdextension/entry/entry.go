// Package entry exports the symbol Godot calls to load a Go extension: gdpure_entry. A plugin's
// main package imports it for that side effect:
//
//	import _ "github.com/gdpure/gdpure/gdextension/entry"
//
// This is the one cgo file of gdpure. `go build -buildmode=c-shared` needs cgo's external link and an
// //export to make a library Godot can load; no C code runs here, and nothing else in gdpure uses
// cgo. It lives in its own package because a cgo package cannot hold Go assembly.
package entry

import "C"

import "github.com/gdpure/gdpure/internal/engine"

// gdpure_entry is the GDExtensionInitializationFunction named by entry_symbol in .gdextension files.
//
//export gdpure_entry
func gdpure_entry(getProcAddress, library, initialization uintptr) C.uchar {
	if engine.Entry(getProcAddress, library, initialization) {
		return 1
	}
	return 0
}
