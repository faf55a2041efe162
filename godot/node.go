package godot

import (
	"errors"
	"fmt"
	"iter"

	"github.com/gdpure/gdpure/variant"
)

// AllChildren iterates over the node's children (not its internal ones), in order: the children
// when the loop starts, as GDScript's for c in get_children() sees them, so a loop may add, remove
// or free children. A child freed by the loop before the iteration reaches it is skipped.
func (o Node) AllChildren() iter.Seq[Node] {
	return func(yield func(Node) bool) {
		children := o.Children()
		defer children.Destroy()
		for i := range children.Len() {
			c, err := children.At(i)
			var freed *variant.FreedObjectError
			if errors.As(err, &freed) {
				continue // freed by the loop
			} else if err != nil {
				panic(fmt.Errorf("godot: %s.AllChildren: child %d: %w", o, i, err))
			}
			if !yield(c) {
				return
			}
		}
	}
}
