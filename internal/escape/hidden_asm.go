//go:build amd64 || arm64

package escape

// Hidden returns *x with its pointer hidden from escape analysis (see the package's memory rule).
//
//go:noescape
func Hidden(x *any) any
