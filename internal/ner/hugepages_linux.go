package ner

import (
	"syscall"
	"unsafe"
)

// hugeBytes returns size zeroed bytes of anonymous memory aligned to 2 MB
// that asks the kernel for transparent huge pages, or nil when size is
// under a megabyte or the mapping fails. The tagger probes its weight
// arrays at random, once per feature: with 4 KB pages most probes also
// miss the TLB. This is internal/syntax's hugeU64s for the tagger; the
// memory is never freed, so only the process-wide model of Load uses it.
func hugeBytes(size int) []byte {
	const huge = 2 << 20
	if size < huge/2 {
		return nil
	}
	size = (size + huge - 1) &^ (huge - 1)
	// over-allocate by one huge page so the start can be aligned to it
	mem, err := syscall.Mmap(-1, 0, size+huge, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_ANON)
	if err != nil {
		return nil
	}
	off := 0
	if r := int(uintptr(unsafe.Pointer(&mem[0])) & (huge - 1)); r != 0 {
		off = huge - r
	}
	mem = mem[off : off+size]
	_ = syscall.Madvise(mem, syscall.MADV_HUGEPAGE) // advisory: ignore failure
	return mem
}
