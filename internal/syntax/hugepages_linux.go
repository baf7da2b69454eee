package syntax

import (
	"syscall"
	"unsafe"
)

// hugeU64s returns a zeroed slice of n words for a model table. Tables of
// a few MB are probed at random, once per feature: with 4 KB pages nearly
// every probe also misses the TLB (and in a virtual machine a TLB miss is
// a two-level page walk). Large tables therefore live in anonymous memory
// that asks the kernel for transparent huge pages (2 MB), which it honours
// in its default "madvise" mode (measured: about 5% more documents per
// second on the whole pipeline). The memory is never freed, so only the
// model Load shares, loaded once per process, uses it. Small tables, and
// any failure, use the heap.
func hugeU64s(n int) []uint64 {
	const huge = 2 << 20
	size := n * 8
	if size < huge/2 {
		return make([]uint64, n)
	}
	size = (size + huge - 1) &^ (huge - 1)
	// over-allocate by one huge page so the start can be aligned to it
	mem, err := syscall.Mmap(-1, 0, size+huge, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_ANON)
	if err != nil {
		return make([]uint64, n)
	}
	off := 0
	if r := int(uintptr(unsafe.Pointer(&mem[0])) & (huge - 1)); r != 0 {
		off = huge - r
	}
	mem = mem[off : off+size]
	_ = syscall.Madvise(mem, syscall.MADV_HUGEPAGE) // advisory: ignore failure
	return unsafe.Slice((*uint64)(unsafe.Pointer(&mem[0])), n)
}
