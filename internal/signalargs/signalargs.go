// Package signalargs turns a typed Go function into the function of Variants that a signal
// connection calls: Func2(fn) decodes the signal's first two arguments to fn's parameter types
// (variant.As) and calls fn with them. Both ways of connecting a Go function share it: godot's
// OnSignal methods and Object.ConnectFunc's typed siblings, and the Connect methods of classdb's
// Signal fields.
//
// The returned functions hold no engine memory; the Variants they read belong to the caller (the
// custom Callable's call, which owns them for the duration of the call).
package signalargs

import (
	"fmt"

	"github.com/gdpure/gdpure/variant"
)

// Arg converts argument i of a signal emitted with args to T: an error when the signal has fewer
// arguments than the function takes (want), or when argument i does not convert to T.
func Arg[T any](args []variant.Variant, i, want int) (T, error) {
	if i >= len(args) {
		var zero T
		return zero, fmt.Errorf("the signal was emitted with %d arguments, the connected Go function takes %d", len(args), want)
	}
	v, err := variant.As[T](args[i])
	if err != nil {
		return v, fmt.Errorf("argument %d of the signal: %w", i+1, err)
	}
	return v, nil
}

// Func0 calls fn, whatever the signal's arguments.
func Func0(fn func()) func([]variant.Variant) error {
	return func([]variant.Variant) error { fn(); return nil }
}

// Func1 calls fn with the signal's first argument.
func Func1[A any](fn func(A)) func([]variant.Variant) error {
	return func(args []variant.Variant) error {
		a, err := Arg[A](args, 0, 1)
		if err != nil {
			return err
		}
		fn(a)
		return nil
	}
}

// Func2 calls fn with the signal's first two arguments.
func Func2[A, B any](fn func(A, B)) func([]variant.Variant) error {
	return func(args []variant.Variant) error {
		a, err := Arg[A](args, 0, 2)
		if err != nil {
			return err
		}
		b, err := Arg[B](args, 1, 2)
		if err != nil {
			return err
		}
		fn(a, b)
		return nil
	}
}

// Func3 calls fn with the signal's first three arguments.
func Func3[A, B, C any](fn func(A, B, C)) func([]variant.Variant) error {
	return func(args []variant.Variant) error {
		a, err := Arg[A](args, 0, 3)
		if err != nil {
			return err
		}
		b, err := Arg[B](args, 1, 3)
		if err != nil {
			return err
		}
		c, err := Arg[C](args, 2, 3)
		if err != nil {
			return err
		}
		fn(a, b, c)
		return nil
	}
}

// Func4 calls fn with the signal's first four arguments.
func Func4[A, B, C, D any](fn func(A, B, C, D)) func([]variant.Variant) error {
	return func(args []variant.Variant) error {
		a, err := Arg[A](args, 0, 4)
		if err != nil {
			return err
		}
		b, err := Arg[B](args, 1, 4)
		if err != nil {
			return err
		}
		c, err := Arg[C](args, 2, 4)
		if err != nil {
			return err
		}
		d, err := Arg[D](args, 3, 4)
		if err != nil {
			return err
		}
		fn(a, b, c, d)
		return nil
	}
}

// Func5 calls fn with the signal's first five arguments.
func Func5[A, B, C, D, E any](fn func(A, B, C, D, E)) func([]variant.Variant) error {
	return func(args []variant.Variant) error {
		a, err := Arg[A](args, 0, 5)
		if err != nil {
			return err
		}
		b, err := Arg[B](args, 1, 5)
		if err != nil {
			return err
		}
		c, err := Arg[C](args, 2, 5)
		if err != nil {
			return err
		}
		d, err := Arg[D](args, 3, 5)
		if err != nil {
			return err
		}
		e, err := Arg[E](args, 4, 5)
		if err != nil {
			return err
		}
		fn(a, b, c, d, e)
		return nil
	}
}
