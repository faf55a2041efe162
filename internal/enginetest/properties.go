package main

import (
	"github.com/gdpure/gdpure/classdb"
	"github.com/gdpure/gdpure/godot"
	"github.com/gdpure/gdpure/variant"
)

// PropertyHolder lists properties dynamically: its list is C memory owned by a property-list
// owner from get_property_list until the engine's free_property_list.
type PropertyHolder struct{ godot.RefCounted }

func (*PropertyHolder) PropertyList() []classdb.PropertyInfo {
	return []classdb.PropertyInfo{
		{Name: "speed", Type: variant.TypeFloat},
		{Name: "lives", Type: variant.TypeInt},
		{Name: "player_name", Type: variant.TypeString},
	}
}

func init() {
	classdb.Register[PropertyHolder](classdb.Name("GoPropertyHolder"))
}
