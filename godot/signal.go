package godot

import (
	"fmt"

	"github.com/gdpure/gdpure/internal/engine"
	"github.com/gdpure/gdpure/internal/signalargs"
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
	var f ObjectConnectFlags
	for _, x := range flags {
		f |= x
	}
	cl := variant.NewCallable(signal, func(args []variant.Variant) (any, error) { return nil, fn(args) })
	if err := o.ConnectOptions(signal, cl, int(f)); err != nil {
		engine.PrintError(fmt.Sprintf("godot: connecting to %s.%s failed: %v", o, signal, err))
	}
	return Connection{obj: o, signal: signal, callable: cl}
}

// connect0 to connect5 connect a typed function (the OnSignal methods); package signalargs decodes
// the signal's arguments, as for the Signal fields of Go classes (package classdb).

func connect0(o Object, signal string, fn func(), flags []ObjectConnectFlags) Connection {
	return connectVariants(o, signal, signalargs.Func0(fn), flags)
}

func connect1[A any](o Object, signal string, fn func(A), flags []ObjectConnectFlags) Connection {
	return connectVariants(o, signal, signalargs.Func1(fn), flags)
}

func connect2[A, B any](o Object, signal string, fn func(A, B), flags []ObjectConnectFlags) Connection {
	return connectVariants(o, signal, signalargs.Func2(fn), flags)
}

func connect3[A, B, C any](o Object, signal string, fn func(A, B, C), flags []ObjectConnectFlags) Connection {
	return connectVariants(o, signal, signalargs.Func3(fn), flags)
}

func connect4[A, B, C, D any](o Object, signal string, fn func(A, B, C, D), flags []ObjectConnectFlags) Connection {
	return connectVariants(o, signal, signalargs.Func4(fn), flags)
}

func connect5[A, B, C, D, E any](o Object, signal string, fn func(A, B, C, D, E), flags []ObjectConnectFlags) Connection {
	return connectVariants(o, signal, signalargs.Func5(fn), flags)
}
