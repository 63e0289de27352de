//go:build cgo && linux && (amd64 || arm64 || loong64) && !race && !msan && !asan

package main

// This file backs the Go heap with transparent huge pages (2 MB) where the
// system leaves them to the program's choice (THP "madvise", the usual
// default), as `GODEBUG` cannot ask: the runtime never advises its heap.
//
// Why: every first touch of a 4 KB page is a page fault, and faults are
// dear here (measured on the Firecracker VM this is benchmarked on: 10-15
// µs each, against 110-150 µs for one fault that maps a whole 2 MB page).
// Start-up alone touches about 250 heap pages (the allocator opens a span
// per size class, and Go 1.26 puts each small span's mark bits on its
// last page); print("hello") went from about 490 faults and 16 ms of CPU
// to about 230 and 13 ms, and a program whose heap grows pays ~3 ms less
// per new MB. The price is resident memory rounded up to 2 MB per touched
// stretch of heap: print("hello") holds 1-3 MB more (one or two huge
// pages instead of ~1 MB of small ones).
//
// How: in a cgo build on these platforms the runtime maps memory through
// the C library's mmap (runtime/cgo's x_cgo_mmap, there so that
// sanitizers can see it), and a C function named mmap in the executable
// takes the place of the C library's for those calls (the C library's own
// calls, as in malloc and pthread_create, go to its internal entry and do
// not come here). The replacement makes the system call itself and, for
// the mappings the runtime makes when its heap grows (anonymous, private,
// read-write, at a fixed address it reserved, 2 MB or more: the runtime
// maps its heap 4 MB at a time), adds madvise(MADV_HUGEPAGE) before any
// page is touched. Nothing else changes: errors are returned as before
// (errno set, MAP_FAILED), and a refused madvise (THP "never") leaves the
// small pages. The runtime's own MADV_NOHUGEPAGE calls (on its metadata)
// and its scavenger's releases (MADV_DONTNEED, which splits a huge page)
// work as without this file.
//
// Builds without cgo, on other systems, and with the sanitizers or the
// race detector (whose mmap interceptors this would bypass) keep small
// pages.

/*
#include <stddef.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <unistd.h>

void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off) {
	void *p = (void *)syscall(SYS_mmap, addr, len, prot, flags, fd, off);
	if (p != MAP_FAILED && fd == -1 && len >= (2 << 20) && prot == (PROT_READ | PROT_WRITE) &&
		(flags & (MAP_ANONYMOUS | MAP_PRIVATE | MAP_FIXED)) == (MAP_ANONYMOUS | MAP_PRIVATE | MAP_FIXED)) {
		madvise(p, len, MADV_HUGEPAGE);
	}
	return p;
}
*/
import "C"
