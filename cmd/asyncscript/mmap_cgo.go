//go:build cgo && linux && (amd64 || arm64 || loong64) && !race && !msan && !asan

package main

// This file decides how the memory the Go runtime maps for itself is
// faulted in: its heap on transparent huge pages (2 MB), which the system
// leaves to the program's choice (THP "madvise", the usual default) and
// GODEBUG cannot ask for (the runtime never advises its heap); its small
// metadata mappings written in whole at once.
//
// Why: every first touch of a 4 KB page is a page fault, and faults are
// dear here (measured on the Firecracker VM this is benchmarked on: 10-15
// µs each, against 110-150 µs for one fault that maps a whole 2 MB page).
// Start-up alone touched about 250 heap pages (the allocator opens a span
// per size class, and Go 1.26 puts each small span's mark bits on its
// last page) and about 60 pages of the runtime's metadata; huge heap pages
// took print("hello") from about 490 faults and 16 ms of CPU to about 230
// and 13 ms, and a program whose heap grows pays ~3 ms less per new MB;
// writing in the metadata mappings took 178 faults to 120. The price is
// resident memory: rounded up to 2 MB per touched stretch of heap
// (print("hello") holds 1-3 MB more: one or two huge pages instead of ~1
// MB of small ones), and ~1 MB of metadata pages written in before use.
//
// How: in a cgo build on these platforms the runtime maps memory through
// the C library's mmap (runtime/cgo's x_cgo_mmap, there so that
// sanitizers can see it), and a C function named mmap in the executable
// takes the place of the C library's for those calls (the C library's own
// calls, as in malloc and pthread_create, go to its internal entry and do
// not come here; Go's syscall.Mmap makes the system call itself). The
// replacement makes the system call and then, for anonymous private
// read-write mappings:
//   - at a fixed address the runtime reserved, 2 MB or more: the heap,
//     which the runtime maps 4 MB at a time as it grows, is advised
//     MADV_HUGEPAGE before any page of it is touched;
//   - anywhere, 256 KB or less: the runtime's metadata (its persistent
//     allocator takes 256 KB chunks and fills them from the start) is
//     written in with MADV_POPULATE_WRITE, one system call instead of a
//     fault per page. Larger ones (the 32 MB heap index, sparse) are left.
// Nothing else changes: errors are returned as before (errno set,
// MAP_FAILED), and a refused madvise (THP "never", a kernel before 5.14)
// leaves pages to be faulted in as before. The runtime's own
// MADV_NOHUGEPAGE calls (on its metadata) and its scavenger's releases
// (MADV_DONTNEED, which splits a huge page) work as without this file.
//
// Builds without cgo, on other systems, and with the sanitizers or the
// race detector (whose mmap interceptors this would bypass) fault in
// small pages as they are touched.

/*
#include <stddef.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <unistd.h>

#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23
#endif

void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off) {
	void *p = (void *)syscall(SYS_mmap, addr, len, prot, flags, fd, off);
	int anon = MAP_ANONYMOUS | MAP_PRIVATE;
	if (p == MAP_FAILED || fd != -1 || prot != (PROT_READ | PROT_WRITE) || (flags & anon) != anon) {
		return p;
	}
	if ((flags & MAP_FIXED) && len >= (2 << 20)) {
		madvise(p, len, MADV_HUGEPAGE);
	} else if (!(flags & MAP_FIXED) && len <= (256 << 10)) {
		madvise(p, len, MADV_POPULATE_WRITE);
	}
	return p;
}
*/
import "C"
