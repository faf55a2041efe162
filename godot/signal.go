package godot

import (
	"fmt"

	"github.com/gdpure/gdpure/internal/engine"
	"github.com/gdpure/gdpure/internal/gdi"
	"github.com/gdpure/gdpure/internal/variantplumb"
	"github.com/gdpure/gdpure/variant"
)

// A Connection is a Go function connected to a signal (by an OnSignal method or Connect). The
// engine holds the function as a custom Callable for as long as the connection lasts.
type Connection struct {
	obj      Object
	signal   string
	callable variant.Callable
}

// Disconnect ends the connection; the Go function is released once the engine lets go of it.
// Disconnecting twice, or after the object was freed, does nothing.
func (c Connection) Disconnect() {
	if !c.obj.IsAlive() {
		return
	}
	if c.obj.IsConnected(c.signal, c.callable) {
		c.obj.Disconnect(c.signal, c.callable)
	}
}

// Callable returns the engine Callable the connection is made of.
func (c Connection) Callable() variant.Callable { return c.callable }

// Connect connects fn to the signal of o named signal; fn receives the signal's arguments as
// Variants. The typed OnSignal methods of each class are usually handier.
func (o Object) ConnectFunc(signal string, fn func(args []variant.Variant) error, flags ...ObjectConnectFlags) Connection {
	return connectVariants(o, signal, fn, flags)
}

func connectVariants(o Object, signal string, fn func([]variant.Variant) error, flags []ObjectConnectFlags) Connection {
	return o.ConnectCallable(signal, variant.NewCallable(signal, func(args []variant.Variant) (any, error) { return nil, fn(args) }), flags...)
}

// Emit emits the signal of o named signal with args (anything variant.From accepts), as the
// engine's emit_signal does, and returns the engine's error: nil, an Error (ErrUnavailable for a
// signal the object does not have), a *variant.CallError for arguments the engine refused, or an
// argument that cannot become a Variant. Unlike the generated EmitSignal it makes no Variant for
// the engine's result, and the arguments live in the call's frame: the emit of a Go class's
// Signal fields.
func (o Object) Emit(signal string, args ...any) error {
	var c call
	c.begin(o, 0)
	defer c.end()
	ret, err := c.varcallRaw(bindObjectEmitSignal, []any{signal}, args)
	if ret == 0 {
		return err
	}
	code, cerr := variantplumb.ToInt(gdi.ConstVariantPtr(ret))
	variantplumb.DestroyVariant(gdi.VariantPtr(ret))
	if err != nil {
		return err
	}
	if cerr != nil {
		return fmt.Errorf("godot: emit_signal of %s returned %w", signal, cerr)
	}
	return errorOf(Error(code))
}

// ConnectCallable connects the Callable c to the signal of o named signal and returns the
// connection (a failure to connect is printed as the engine's connect does). Typed Go functions
// become Callables with variant.NewCallable0 … NewCallable5; the OnSignal methods of each class do
// that for its signals.
func (o Object) ConnectCallable(signal string, c variant.Callable, flags ...ObjectConnectFlags) Connection {
	var f ObjectConnectFlags
	for _, x := range flags {
		f |= x
	}
	if err := o.ConnectOptions(signal, c, int(f)); err != nil {
		engine.PrintError(fmt.Sprintf("godot: connecting to %s.%s failed: %v", o, signal, err))
	}
	return Connection{obj: o, signal: signal, callable: c}
}

// connect0 to connect5 connect a typed function (the OnSignal methods): a typed Callable reads the
// signal's arguments in place (variant.NewCallable0 … NewCallable5), as classdb's Signal fields do.

func connect0(o Object, signal string, fn func(), flags []ObjectConnectFlags) Connection {
	return o.ConnectCallable(signal, variant.NewCallable0(signal, fn), flags...)
}

func connect1[A any](o Object, signal string, fn func(A), flags []ObjectConnectFlags) Connection {
	return o.ConnectCallable(signal, variant.NewCallable1(signal, fn), flags...)
}

func connect2[A, B any](o Object, signal string, fn func(A, B), flags []ObjectConnectFlags) Connection {
	return o.ConnectCallable(signal, variant.NewCallable2(signal, fn), flags...)
}

func connect3[A, B, C any](o Object, signal string, fn func(A, B, C), flags []ObjectConnectFlags) Connection {
	return o.ConnectCallable(signal, variant.NewCallable3(signal, fn), flags...)
}

func connect4[A, B, C, D any](o Object, signal string, fn func(A, B, C, D), flags []ObjectConnectFlags) Connection {
	return o.ConnectCallable(signal, variant.NewCallable4(signal, fn), flags...)
}

func connect5[A, B, C, D, E any](o Object, signal string, fn func(A, B, C, D, E), flags []ObjectConnectFlags) Connection {
	return o.ConnectCallable(signal, variant.NewCallable5(signal, fn), flags...)
}
