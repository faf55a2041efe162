package godot

import (
	"fmt"
	"strings"
)

// Error is an error the engine reports (its enum Error). A method whose engine result is an
// Error returns a Go error instead: nil for OK, else the Error, which errors.Is compares with the
// constants and errors.As extracts:
//
//	if err := cfg.Load(path); errors.Is(err, godot.ErrFileNotFound) { … }
//	var code godot.Error
//	if errors.As(err, &code) { … }
//
// A virtual method a Go class implements (the engine's _open, say) still returns an Error, as the
// engine defines it.

// Error returns the error's text: the engine's name for it in words, then the name ("file not
// found (ERR_FILE_NOT_FOUND)").
func (e Error) Error() string {
	name, ok := errorNames[e]
	if !ok {
		return fmt.Sprintf("engine error %d", int64(e))
	}
	return strings.ToLower(strings.ReplaceAll(strings.TrimPrefix(name, "ERR_"), "_", " ")) + " (" + name + ")"
}

// errorOf is the Go error of an engine Error result: nil for OK.
func errorOf(e Error) error {
	if e == OK {
		return nil
	}
	return e
}
