#include "textflag.h"

// func Hidden(x *any) any: the two words of *x.
TEXT ·Hidden(SB), NOSPLIT, $0-24
	MOVQ x+0(FP), AX
	MOVQ 0(AX), BX
	MOVQ 8(AX), CX
	MOVQ BX, ret_type+8(FP)
	MOVQ CX, ret_data+16(FP)
	RET
