//go:build cgo && linux

package main

// This file maps the executable's code and read-only data into the
// process in one go, before the Go runtime starts, instead of one page
// fault at a time as the code first runs.
//
// Why: a page fault is dear on the VM this is benchmarked on (10-15 µs,
// see hugepages_cgo.go), and start-up runs code and reads tables spread
// over the whole binary: 40-100 faults on its 12 MB of code and read-only
// data for print("hello"), the count depending on how the page cache
// holds the file (a binary as the Go linker wrote it is held in larger
// pieces than a copy made with cat). madvise(MADV_POPULATE_READ) maps
// those pages (already in the page cache, and shared with every other
// run) with one system call, measured at 0.25-0.4 ms for the 12 MB, and
// the faults are gone: print("hello") took about 210 faults either way.
// The resident set then counts the whole of those 12 MB (shared pages of
// the file, which the kernel can drop at any time).
//
// How: a C constructor, which the dynamic loader runs before main and so
// before the Go runtime, walks the executable's program headers
// (dl_iterate_phdr's first object is the executable) and advises each
// loadable segment that is not writable. A kernel without
// MADV_POPULATE_READ (before Linux 5.14) refuses it, and pages are then
// faulted in as before. Builds without cgo, which have no constructor,
// fault as before too.

/*
#define _GNU_SOURCE
#include <link.h>
#include <stdint.h>
#include <sys/mman.h>
#include <unistd.h>

#ifndef MADV_POPULATE_READ
#define MADV_POPULATE_READ 22
#endif

static int asyncscript_populate_segments(struct dl_phdr_info *info, size_t size, void *data) {
	uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
	for (int i = 0; i < info->dlpi_phnum; i++) {
		const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
		if (ph->p_type != PT_LOAD || (ph->p_flags & PF_W)) {
			continue;
		}
		uintptr_t start = (info->dlpi_addr + ph->p_vaddr) & ~(page - 1);
		uintptr_t end = info->dlpi_addr + ph->p_vaddr + ph->p_memsz;
		madvise((void *)start, end - start, MADV_POPULATE_READ);
	}
	return 1; // stop after the executable
}

__attribute__((constructor)) static void asyncscript_populate(void) {
	dl_iterate_phdr(asyncscript_populate_segments, NULL);
}
*/
import "C"
