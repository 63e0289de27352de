//go:build cgo && linux

package main

// This file caps glibc's malloc arenas when the binary links cgo (it does
// once package net is in, for its resolver). glibc reserves 64 MB of
// address space per arena, and makes one for each runtime thread whose
// start mallocs, so under `ulimit -v` the process would die in the Go
// runtime long before the memory guard (fatal.go) could end the run
// cleanly. The cap is set by a C constructor, which runs when the binary
// is loaded, before the runtime starts its threads. One arena is plenty:
// C code barely runs here.

/*
#include <malloc.h>
__attribute__((constructor)) static void asyncscript_cap_arenas(void) { mallopt(M_ARENA_MAX, 1); }
*/
import "C"
