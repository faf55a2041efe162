package main

import "testing"

func TestBuiltinMethodHash(t *testing.T) {
	if h, ok := builtinMethodHash("Vector2", "angle"); !ok || h != 466405837 {
		t.Errorf("Vector2.angle: %d %v", h, ok)
	}
	if _, ok := builtinMethodHash("Vector2", "no_such_method"); ok {
		t.Error("unknown method found")
	}
	if _, ok := builtinMethodHash("NoSuchClass", "angle"); ok {
		t.Error("unknown class found")
	}
}
