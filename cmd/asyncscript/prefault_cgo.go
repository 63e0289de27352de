//go:build cgo && linux

package main

// This file maps the executable's code and read-only data into the
// process in one go, before the Go runtime starts, instead of one page
// fault at a time as the code first runs; likewise the head of its
// zero-filled data (bssHead below), which the runtime writes first.
//
// Why: a page fault is dear on the VM this is benchmarked on (10-15 µs,
// see mmap_cgo.go), and start-up runs code and reads tables spread
// over the whole binary: 40-100 faults on its 12 MB of code and read-only
// data for print("hello"), the count depending on how the page cache
// holds the file (a binary as the Go linker wrote it is held in larger
// pieces than a copy made with cat). madvise(MADV_POPULATE_READ) maps
// those pages (already in the page cache, and shared with every other
// run) with one system call, measured at 0.25-0.4 ms for the 12 MB, and
// the faults are gone: print("hello") took about 210 faults either way,
// and 176 once the head of the zero-filled data (256 KB, 34 faults
// before) is written in by one madvise(MADV_POPULATE_WRITE) too.
// The resident set then counts the whole of those 12 MB (shared pages of
// the file, which the kernel can drop at any time).
//
// How: a C constructor, which the dynamic loader runs before main and so
// before the Go runtime, walks the executable's program headers
// (dl_iterate_phdr's first object is the executable) and advises each
// loadable segment that is not writable, and the head of the writable
// one's zero-filled part. A kernel without MADV_POPULATE_READ and _WRITE
// (before Linux 5.14) refuses them, and pages are then faulted in as
// before. Builds without cgo, which have no constructor, fault as before
// too.

/*
#define _GNU_SOURCE
#include <link.h>
#include <stdint.h>
#include <sys/mman.h>
#include <unistd.h>

#ifndef MADV_POPULATE_READ
#define MADV_POPULATE_READ 22
#endif
#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23
#endif

// bssHead is how much of the zero-filled data past the file's data is
// written in ahead of use: the Go linker puts the runtime's own variables
// (its heap, scheduler and statistics records, ~220 KB) first there, and
// start-up touches most of their pages; what follows (tables of linked
// packages, up to tens of MB) is left to fault on use.
#define bssHead (256 << 10)

static int asyncscript_populate_segments(struct dl_phdr_info *info, size_t size, void *data) {
	uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
	for (int i = 0; i < info->dlpi_phnum; i++) {
		const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
		if (ph->p_type != PT_LOAD) {
			continue;
		}
		uintptr_t start = (info->dlpi_addr + ph->p_vaddr) & ~(page - 1);
		uintptr_t end = info->dlpi_addr + ph->p_vaddr + ph->p_memsz;
		if (!(ph->p_flags & PF_W)) {
			madvise((void *)start, end - start, MADV_POPULATE_READ);
			continue;
		}
		// the writable segment: the head of its zero-filled part
		uintptr_t bss = (info->dlpi_addr + ph->p_vaddr + ph->p_filesz + page - 1) & ~(page - 1);
		if (bss < end) {
			uintptr_t n = end - bss < bssHead ? end - bss : bssHead;
			madvise((void *)bss, n, MADV_POPULATE_WRITE);
		}
	}
	return 1; // stop after the executable
}

__attribute__((constructor)) static void asyncscript_populate(void) {
	dl_iterate_phdr(asyncscript_populate_segments, NULL);
}
*/
import "C"
