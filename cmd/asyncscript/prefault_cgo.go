//go:build cgo && linux

package main

// This file maps the program's code and read-only data into the process
// in one go, before the Go runtime starts, instead of one page fault at a
// time as the code first runs; likewise the executable's writable data and
// the head of its zero-filled data (bssHead below), which the runtime
// writes first.
//
// Why: a page fault is dear on the VM this is benchmarked on (10-15 µs,
// see mmap_cgo.go), while one madvise(MADV_POPULATE_READ or _WRITE) maps
// pages at well under 1 µs each; and start-up runs code and reads tables
// spread over the whole binary: 40-100 faults on its 12 MB of code and
// read-only data for print("hello"), the count depending on how the page
// cache holds the file (a binary as the Go linker wrote it is held in
// larger pieces than a copy made with cat), ~35 on the runtime's
// variables and ~40 on the data of the executable and the C library.
// Mapping the 12 MB in took 0.25-0.4 ms; print("hello") went from 270-330
// faults to 210 with it, to 176 with the zero-filled head (256 KB) written
// in, and (after mmap_cgo.go's metadata change, at 130) to 92 with the
// executable's data (616 KB) copied in and the C library's and loader's
// code mapped too. The resident set then counts the whole 12 MB (shared
// pages of the file, which the kernel can drop at any time) and the data
// copied in.
//
// How: a C constructor, which the dynamic loader runs before main and so
// before the Go runtime, walks the program headers of the loaded objects
// (dl_iterate_phdr's first object is the executable) and advises each
// loadable segment that is not writable, and in the executable's writable
// one the data from the file and the head of the zero-filled part. A
// kernel without MADV_POPULATE_READ and _WRITE (before Linux 5.14)
// refuses them, and pages are then faulted in as before. Builds without
// cgo, which have no constructor, fault as before too.

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
	int *objects = data;
	int executable = (*objects)++ == 0; // the first object is the executable
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
		if (!executable) {
			continue;
		}
		// the executable's writable segment: its data from the file, past
		// the first page (which the loader makes read-only once it has
		// relocated it), is copied in; then the head of its zero-filled part
		uintptr_t data = (info->dlpi_addr + ph->p_vaddr + page - 1) & ~(page - 1);
		uintptr_t bss = (info->dlpi_addr + ph->p_vaddr + ph->p_filesz + page - 1) & ~(page - 1);
		if (data < bss) {
			madvise((void *)data, bss - data, MADV_POPULATE_WRITE);
		}
		if (bss < end) {
			uintptr_t n = end - bss < bssHead ? end - bss : bssHead;
			madvise((void *)bss, n, MADV_POPULATE_WRITE);
		}
	}
	return 0;
}

__attribute__((constructor)) static void asyncscript_populate(void) {
	int objects = 0;
	dl_iterate_phdr(asyncscript_populate_segments, &objects);
}
*/
import "C"
