package escape

import "testing"

//go:noinline
func keep(x any) int {
	if v, ok := x.(int); ok {
		return v
	}
	return -1
}

// through is called through a function value, which escape analysis cannot see into: whatever
// is passed to it escapes.
var through = keep

// An int above 255 passed as an interface to a function the compiler cannot see into is boxed on
// the heap; read through Hidden it is not, and its value arrives whole.
func TestHiddenKeepsTheBoxOnTheStack(t *testing.T) {
	n := 1000
	viaHidden := testing.AllocsPerRun(100, func() {
		n++
		x := any(n)
		if got := keep(Hidden(&x)); got != n {
			t.Fatalf("Hidden passed %d, want %d", got, n)
		}
		if got := through(Hidden(&x)); got != n {
			t.Fatalf("Hidden passed %d through a function value, want %d", got, n)
		}
	})
	direct := testing.AllocsPerRun(100, func() {
		n++
		_ = through(any(n))
	})
	if direct < 1 {
		t.Fatalf("the control allocates %v times a run: the compiler no longer boxes a leaked int", direct)
	}
	if viaHidden != 0 {
		t.Fatalf("an int read through Hidden allocated %v times a run", viaHidden)
	}
}
