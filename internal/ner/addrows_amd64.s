#include "textflag.h"

// func addRows(out *[16]float32, dense *float32, rows *int32, n int)
TEXT ·addRows(SB), NOSPLIT, $0-32
	MOVQ out+0(FP), DI
	MOVQ dense+8(FP), SI
	MOVQ rows+16(FP), BX
	MOVQ n+24(FP), CX
	TESTQ CX, CX
	JLE done
	MOVUPS 0(DI), X0
	MOVUPS 16(DI), X1
	MOVUPS 32(DI), X2
	MOVUPS 48(DI), X3
loop:
	MOVLQSX (BX), AX
	SHLQ $2, AX
	MOVUPS 0(SI)(AX*1), X4
	MOVUPS 16(SI)(AX*1), X5
	MOVUPS 32(SI)(AX*1), X6
	MOVUPS 48(SI)(AX*1), X7
	ADDPS X4, X0
	ADDPS X5, X1
	ADDPS X6, X2
	ADDPS X7, X3
	ADDQ $4, BX
	DECQ CX
	JNZ loop
	MOVUPS X0, 0(DI)
	MOVUPS X1, 16(DI)
	MOVUPS X2, 32(DI)
	MOVUPS X3, 48(DI)
done:
	RET
