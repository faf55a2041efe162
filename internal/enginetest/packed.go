package main

import (
	"github.com/gdpure/gdpure/classdb"
	"github.com/gdpure/gdpure/godot"
	"github.com/gdpure/gdpure/variant"
)

// Packs passes packed arrays between GDScript and Go (test_packed.gd).
type Packs struct{ godot.RefCounted }

// Ramp returns a PackedInt32Array 0..n-1, filled through a zero-copy view.
func (*Packs) Ramp(n int64) variant.Packed[int32] {
	p := variant.NewPacked[int32](int(n))
	p.Edit(func(s []int32) {
		for i := range s {
			s[i] = int32(i)
		}
	})
	return p
}

// Checksum sums the bytes of a PackedByteArray through a zero-copy view.
func (*Packs) Checksum(b variant.Packed[uint8]) int64 {
	var sum int64
	b.View(func(s []uint8) {
		for _, x := range s {
			sum += int64(x)
		}
	})
	return sum
}

// Centroid averages a PackedVector2Array.
func (*Packs) Centroid(points variant.Packed[variant.Vector2]) variant.Vector2 {
	var c variant.Vector2
	pts := points.ToSlice()
	for _, p := range pts {
		c.X += p.X
		c.Y += p.Y
	}
	if len(pts) > 0 {
		c.X /= float32(len(pts))
		c.Y /= float32(len(pts))
	}
	return c
}

func init() {
	classdb.Register[Packs](classdb.Name("GoPacks"))
}
