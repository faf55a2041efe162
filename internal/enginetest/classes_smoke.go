package main

import (
	"github.com/stretchr/testify/assert"

	"github.com/gdpure/gdpure/godot"
	"github.com/gdpure/gdpure/godottest"
	"github.com/gdpure/gdpure/internal/gdi"
)

// sweepStride is how far apart the sweeps over every class or every method (each a few seconds
// in a normal run, half a minute under GC stress) take their samples: all of them normally, every
// eighth under GDPURE_GCSTRESS=1 (make test's guard-mode stage), which checks memory lifetimes —
// the same code for every class and method — and so loses nothing by sampling; the normal run
// of the same suite takes every one.
func sweepStride() int {
	if gdi.GCStress {
		return 8
	}
	return 1
}

// The generated smoke tests (zclass_smoke.go): every instantiable class is made from Go, reports
// its class name, and is freed (or, RefCounted, released) without a leak; every singleton is
// reachable. Editor classes exist only in the editor.
func init() {
	godottest.Test("Classes/EveryInstantiableClass", func(t *godottest.T) {
		made, stride := 0, sweepStride()
		var ids []uint64
		for i, c := range instantiableClasses {
			if c.editor || i%stride != 0 {
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
		t.Logf("%d classes made from Go (one in %d)", made, stride)
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
