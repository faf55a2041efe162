#include "textflag.h"

// func Self() uintptr: MOVQ FS:0, AX (the C library's thread control block, whose first word
// points to itself in the x86-64 TLS ABI), encoded by hand: Go's assembler has no FS operand.
TEXT ·Self(SB), NOSPLIT|NOFRAME, $0-8
	BYTE $0x64; BYTE $0x48; BYTE $0x8B; BYTE $0x04; BYTE $0x25; LONG $0
	MOVQ AX, ret+0(FP)
	RET
