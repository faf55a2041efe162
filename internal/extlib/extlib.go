// Package extlib holds the engine's handle of this extension library (GDExtensionClassLibraryPtr),
// which package gdextension receives at entry and the packages that register classes, bind
// instances or make custom callables pass back to the engine. It is raw FFI, no part of any
// public API.
package extlib

import "github.com/gdpure/gdpure/internal/gdi"

var handle gdi.ClassLibraryPtr

// Handle returns the engine's handle of this extension library (0 before entry).
func Handle() gdi.ClassLibraryPtr { return handle }

// Set records the handle; package gdextension calls it at entry.
func Set(h gdi.ClassLibraryPtr) { handle = h }
