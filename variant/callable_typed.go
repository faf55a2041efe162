package variant

import (
	"errors"
	"fmt"

	"github.com/gdpure/gdpure/internal/gdi"
)

// NewCallable0 to NewCallable5 make an engine Callable that runs a typed Go function, for a signal
// connection or anything else that takes a Callable. Each argument of the engine's call is
// converted in place to its parameter's type (As's conversions: an int to int64 or int, a float to
// float64, a String to string, …), with no Variant made in between. A call with fewer arguments
// than the function takes fails with the engine's "too few arguments" error, and an argument that
// does not convert with "invalid argument" naming it; the function is not called then, and the
// cause is printed with the callable's name. Arguments beyond the function's are ignored (a
// function connected to a signal may take fewer than the signal has). The Go function stays
// referenced until the engine frees the last copy of the callable, as for NewCallable.
func NewCallable0(name string, fn func()) Callable {
	return newTypedCallable(name, func(argPtrs, int) error { fn(); return nil })
}

// NewCallable1 makes a Callable running fn with the call's first argument (see NewCallable0).
func NewCallable1[A any](name string, fn func(A)) Callable {
	return newTypedCallable(name, func(args argPtrs, n int) error {
		a, err := argAs[A](args, n, 0, 1)
		if err != nil {
			return err
		}
		fn(a)
		return nil
	})
}

// NewCallable2 makes a Callable running fn with the call's first two arguments (see NewCallable0).
func NewCallable2[A, B any](name string, fn func(A, B)) Callable {
	return newTypedCallable(name, func(args argPtrs, n int) error {
		a, err := argAs[A](args, n, 0, 2)
		if err != nil {
			return err
		}
		b, err := argAs[B](args, n, 1, 2)
		if err != nil {
			return err
		}
		fn(a, b)
		return nil
	})
}

// NewCallable3 makes a Callable running fn with the call's first three arguments (see
// NewCallable0).
func NewCallable3[A, B, C any](name string, fn func(A, B, C)) Callable {
	return newTypedCallable(name, func(args argPtrs, n int) error {
		a, err := argAs[A](args, n, 0, 3)
		if err != nil {
			return err
		}
		b, err := argAs[B](args, n, 1, 3)
		if err != nil {
			return err
		}
		c, err := argAs[C](args, n, 2, 3)
		if err != nil {
			return err
		}
		fn(a, b, c)
		return nil
	})
}

// NewCallable4 makes a Callable running fn with the call's first four arguments (see
// NewCallable0).
func NewCallable4[A, B, C, D any](name string, fn func(A, B, C, D)) Callable {
	return newTypedCallable(name, func(args argPtrs, n int) error {
		a, err := argAs[A](args, n, 0, 4)
		if err != nil {
			return err
		}
		b, err := argAs[B](args, n, 1, 4)
		if err != nil {
			return err
		}
		c, err := argAs[C](args, n, 2, 4)
		if err != nil {
			return err
		}
		d, err := argAs[D](args, n, 3, 4)
		if err != nil {
			return err
		}
		fn(a, b, c, d)
		return nil
	})
}

// NewCallable5 makes a Callable running fn with the call's first five arguments (see
// NewCallable0).
func NewCallable5[A, B, C, D, E any](name string, fn func(A, B, C, D, E)) Callable {
	return newTypedCallable(name, func(args argPtrs, n int) error {
		a, err := argAs[A](args, n, 0, 5)
		if err != nil {
			return err
		}
		b, err := argAs[B](args, n, 1, 5)
		if err != nil {
			return err
		}
		c, err := argAs[C](args, n, 2, 5)
		if err != nil {
			return err
		}
		d, err := argAs[D](args, n, 3, 5)
		if err != nil {
			return err
		}
		e, err := argAs[E](args, n, 4, 5)
		if err != nil {
			return err
		}
		fn(a, b, c, d, e)
		return nil
	})
}

// argPtrs is the engine's argument array of a call (const Variant **): C memory the engine owns
// for the duration of the call, never kept beyond it.
type argPtrs uintptr

// at returns the address of argument i.
func (a argPtrs) at(i int) gdi.ConstVariantPtr {
	return gdi.ConstVariantPtr(*(*uintptr)(gdi.CPtr(uintptr(a) + uintptr(i)*8)))
}

// typedCallableFunc runs a typed Go function on the n arguments of an engine call.
type typedCallableFunc func(args argPtrs, n int) error

func newTypedCallable(name string, fn typedCallableFunc) Callable {
	return newCallable(name, callableEntry{name: name, typed: fn})
}

// An ArgumentCountError is a call of a typed Go callable with fewer arguments than its function
// takes.
type ArgumentCountError struct{ Got, Want int }

func (e *ArgumentCountError) Error() string {
	return fmt.Sprintf("called with %d arguments, the Go function takes %d", e.Got, e.Want)
}

// An ArgumentError is an argument of a call of a typed Go callable that does not convert to its
// parameter's type. Index counts from 0.
type ArgumentError struct {
	Index int
	Err   error
}

func (e *ArgumentError) Error() string { return fmt.Sprintf("argument %d: %v", e.Index+1, e.Err) }
func (e *ArgumentError) Unwrap() error { return e.Err }

// argAs reads argument i of a call with n arguments as a T, for a function taking want.
func argAs[T any](args argPtrs, n, i, want int) (T, error) {
	if i >= n {
		var zero T
		return zero, &ArgumentCountError{Got: n, Want: want}
	}
	x, err := readVariant[T](args.at(i))
	if err != nil {
		return x, &ArgumentError{Index: i, Err: err}
	}
	return x, nil
}

// callErrorOf fills the engine's call error for a failed typed call.
func callErrorOf(err error, cerr *gdi.CallError) {
	var ce *ArgumentCountError
	var ae *ArgumentError
	switch {
	case errors.As(err, &ce):
		*cerr = gdi.CallError{Error: gdi.CallErrorTooFewArguments, Expected: int32(ce.Want)}
	case errors.As(err, &ae):
		*cerr = gdi.CallError{Error: gdi.CallErrorInvalidArgument, Argument: int32(ae.Index)}
		var me *MismatchError
		if errors.As(ae.Err, &me) {
			cerr.Expected = int32(me.Want)
		}
	default:
		*cerr = gdi.CallError{Error: gdi.CallErrorInvalidMethod}
	}
}
