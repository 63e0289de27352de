//go:build cgo && linux && (amd64 || arm64 || loong64) && !race && !msan && !asan

package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"
	"unsafe"
)

// TestHeapAdvisedHugePages checks that the runtime's heap mappings come
// through mmap_cgo.go's mmap: the mapping that holds a heap object is
// advised MADV_HUGEPAGE ("hg" in its VmFlags). A Go release whose runtime
// stops mapping through the C library would fail here.
func TestHeapAdvisedHugePages(t *testing.T) {
	if _, err := os.Stat("/sys/kernel/mm/transparent_hugepage"); err != nil {
		t.Skip("no transparent huge pages in this kernel")
	}
	obj := new([64]byte)
	addr := uintptr(unsafe.Pointer(obj))
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	in := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		var lo, hi uintptr
		if n, _ := fmt.Sscanf(line, "%x-%x", &lo, &hi); n == 2 && !strings.HasPrefix(line, "VmFlags") {
			in = lo <= addr && addr < hi
			continue
		}
		if in && strings.HasPrefix(line, "VmFlags:") {
			if !strings.Contains(line, " hg") {
				t.Fatalf("the heap mapping holding %#x is not advised MADV_HUGEPAGE: %s", addr, line)
			}
			return
		}
	}
	t.Fatalf("no mapping holds %#x", addr)
}
