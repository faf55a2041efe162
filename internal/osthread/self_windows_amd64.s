#include "textflag.h"

// func Self() uintptr: MOVL GS:0x48, AX (TEB.ClientId.UniqueThread, the value GetCurrentThreadId
// returns), encoded by hand: Go's assembler has no GS operand.
TEXT ·Self(SB), NOSPLIT|NOFRAME, $0-8
	BYTE $0x65; BYTE $0x8B; BYTE $0x04; BYTE $0x25; LONG $0x48
	MOVQ AX, ret+0(FP)
	RET
