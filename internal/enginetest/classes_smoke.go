package main

import (
	"github.com/stretchr/testify/assert"

	"github.com/gdpure/gdpure/godot"
	"github.com/gdpure/gdpure/godottest"
)

// The generated smoke tests (zclass_smoke.go): every instantiable class is made from Go, reports
// its class name, and is freed (or, RefCounted, released) without a leak; every singleton is
// reachable. Editor classes exist only in the editor.
func init() {
	godottest.Test("Classes/EveryInstantiableClass", func(t *godottest.T) {
		made := 0
		var ids []uint64
		for _, c := range instantiableClasses {
			if c.editor {
				continue
			}
			o := c.make()
			made++
			// Some classes make an implementation of themselves (UPNP -> UPNPMiniUPNP).
			if !assert.True(t, o.IsClass(c.name), "a new %s is a %s", o.Class(), c.name) {
				continue
			}
			if c.refCounted {
				ids = append(ids, o.InstanceID())
				continue // released when Go drops it
			}
			assert.NoError(t, o.Free(), c.name)
			assert.False(t, o.IsAlive(), c.name)
		}
		settleObjects()
		for _, id := range ids {
			if o, alive := godot.InstanceFromID(id); alive {
				t.Errorf("%s was not released when Go dropped it", o)
			}
		}
		t.Logf("%d classes made from Go", made)
	})

	godottest.Test("Classes/EverySingleton", func(t *godottest.T) {
		for _, s := range engineSingletons {
			o := s.get()
			if s.editor || !godot.Engine.HasSingleton(s.name) {
				assert.True(t, o.IsNull(), "%s does not exist here (the editor's, or another platform's)", s.name)
				continue
			}
			if assert.False(t, o.IsNull(), s.name) {
				assert.True(t, o.IsAlive(), s.name)
				assert.True(t, o.IsClass(o.Class()), s.name)
			}
		}
	})
}
