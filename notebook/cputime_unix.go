//go:build unix

package notebook

// This file reads the process's CPU times for %time (os.times() in
// IPython).

import "syscall"

// cpuTimes returns the user and system CPU seconds the process has used.
func cpuTimes() [2]float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return [2]float64{}
	}
	sec := func(tv syscall.Timeval) float64 { return float64(tv.Sec) + float64(tv.Usec)/1e6 }
	return [2]float64{sec(ru.Utime), sec(ru.Stime)}
}
