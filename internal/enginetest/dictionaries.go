package main

import (
	"github.com/gdpure/gdpure/classdb"
	"github.com/gdpure/gdpure/godot"
	"github.com/gdpure/gdpure/variant"
)

// Dicts passes Dictionaries between GDScript and Go (test_dictionaries.gd).
type Dicts struct{ godot.RefCounted }

// Inventory returns a Dictionary built in Go.
func (*Dicts) Inventory() variant.Dictionary {
	d := variant.NewDictionary()
	for k, v := range map[string]int64{"sword": 1, "potion": 3} {
		if err := d.Set(k, v); err != nil {
			panic(err)
		}
	}
	if err := d.Set(7, variant.Vector2{X: 1, Y: 2}); err != nil {
		panic(err)
	}
	return d
}

// Count adds the int values of a Dictionary and adds the key "counted" in place.
func (*Dicts) Count(d variant.Dictionary) int64 {
	total := int64(0)
	for _, v := range d.All() {
		if n, err := v.Int(); err == nil {
			total += n
		}
	}
	if err := d.Set("counted", true); err != nil {
		panic(err)
	}
	return total
}

func init() {
	classdb.Register[Dicts](classdb.Name("GoDicts"))
}
