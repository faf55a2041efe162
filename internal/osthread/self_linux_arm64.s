#include "textflag.h"

// func Self() uintptr: MRS TPIDR_EL0, R0 (the C library's thread pointer), encoded as the Go
// runtime's tls_arm64.h does.
TEXT ·Self(SB), NOSPLIT|NOFRAME, $0-8
	WORD $0xd53bd040
	MOVD R0, ret+0(FP)
	RET
