package time_test

// Virtual time through a whole session: the time module and loop.time()
// read the session's clock, and sleeping costs no wall time. The expected
// outputs are what python3 printed for blocking_sleep and
// threads_sleep_side_by_side (a few seconds each). The other two would keep
// CPython busy for an hour and for two days; their expectations are what
// it prints with timers firing on time, the output rounded so that
// CPython's own overheads would not show.

import (
	"bytes"
	"testing"
	gotime "time"

	"github.com/asyncscript/asyncscript/stdlib"
)

func TestVirtualTimeSession(t *testing.T) {
	cases := []struct {
		name, src, want string
	}{
		{"asyncio_sleep_hour", `import asyncio, time
async def main():
    loop = asyncio.get_running_loop()
    m, p, w, l = time.monotonic(), time.perf_counter(), time.time(), loop.time()
    await asyncio.sleep(3600)
    print(f"{time.monotonic() - m:.1f} {time.perf_counter() - p:.1f} {time.time() - w:.1f} {loop.time() - l:.1f}")
    print(abs(loop.time() - time.monotonic()) < 0.001)
asyncio.run(main())
`, "3600.0 3600.0 3600.0 3600.0\nTrue\n"},
		{"blocking_sleep", `import time
t = time.monotonic_ns()
time.sleep(2.5)
print(round((time.monotonic_ns() - t) / 1e9, 2))
`, "2.5\n"},
		{"threads_sleep_side_by_side", `import asyncio, time
def work(s):
    time.sleep(s)
    return s
async def main():
    t = time.perf_counter()
    print(await asyncio.gather(asyncio.to_thread(work, 2), asyncio.to_thread(work, 3), asyncio.sleep(1, "loop")))
    print(f"{time.perf_counter() - t:.1f}")
asyncio.run(main())
`, "[2, 3, 'loop']\n3.0\n"},
		{"wall_clock_moves_with_it", `import time
before = time.localtime()
time.sleep(86400 * 2)
after = time.localtime()
print(round(time.mktime(after) - time.mktime(before)) // 3600)
`, "48\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			s := stdlib.NewSession(&out, &errb)
			s.PanicsAreBugs = true
			s.UseVirtualClock()
			start := gotime.Now()
			status := s.RunSource(c.name+".as", []byte(c.src))
			if wall := gotime.Since(start); wall > 50*gotime.Millisecond {
				t.Errorf("took %v of wall time", wall)
			}
			if status != 0 || out.String() != c.want || errb.Len() > 0 {
				t.Errorf("status %d, stdout %q, stderr %s; want %q", status, out.String(), errb.String(), c.want)
			}
		})
	}
}
