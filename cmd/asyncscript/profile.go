//go:build profile

package main

import (
	"os"
	"runtime/pprof"
)

// Developer aids, built with `go build -tags profile`:
//
//	ASYNCSCRIPT_CPUPROFILE=cpu.prof  profile a whole run's CPU time
//	ASYNCSCRIPT_MEMPROFILE=mem.prof  write the allocation profile at exit
//
// Read either with `go tool pprof`.
func init() {
	profiled = func(opts options, args []string, std stdStreams) int {
		if path := os.Getenv("ASYNCSCRIPT_MEMPROFILE"); path != "" {
			status := run(opts, args, std)
			if f, err := os.Create(path); err == nil {
				pprof.Lookup("allocs").WriteTo(f, 0)
				f.Close()
			}
			return status
		}
		if path := os.Getenv("ASYNCSCRIPT_CPUPROFILE"); path != "" {
			if f, err := os.Create(path); err == nil {
				pprof.StartCPUProfile(f)
				status := run(opts, args, std)
				pprof.StopCPUProfile()
				f.Close()
				return status
			}
		}
		return run(opts, args, std)
	}
}
