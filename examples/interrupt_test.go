//go:build unix

package examples_test

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/asyncscript/asyncscript/internal/golden"
)

// interruptCases are programs stopped with Ctrl-C (SIGINT) once they have
// printed their first line. The expectations are what python3.11 did with
// the same programs and signals: stdout, the last stderr line and the
// status the shell sees ($? = 130).
var interruptCases = []struct {
	name, src   string
	sigints     int // how many Ctrl-C, 300 ms apart
	wantStdout  string
	wantErrLine string
}{
	{"cpu_loop", "print('start', flush=True)\nwhile True:\n    pass\n", 1, "start\n", "KeyboardInterrupt"},
	{"time_sleep", "import time\nprint('start', flush=True)\ntime.sleep(10)\n", 1, "start\n", "KeyboardInterrupt"},
	{"asyncio_sleep", "import asyncio\nasync def main():\n    print('start', flush=True)\n    await asyncio.sleep(10)\nasyncio.run(main())\n",
		1, "start\n", "KeyboardInterrupt"},
	// asyncio.run's handler cancels the main task first
	{"asyncio_cancelled", "import asyncio\nasync def main():\n    print('start', flush=True)\n    try:\n        await asyncio.sleep(10)\n" +
		"    except asyncio.CancelledError:\n        print('cancelled', flush=True)\n        raise\nasyncio.run(main())\n",
		1, "start\ncancelled\n", "KeyboardInterrupt"},
	// the worker thread does not take the Ctrl-C; asyncio.run waits for it
	{"asyncio_to_thread", "import asyncio, time\ndef work():\n    time.sleep(1)\nasync def main():\n    print('start', flush=True)\n" +
		"    await asyncio.to_thread(work)\nasyncio.run(main())\n", 1, "start\n", "KeyboardInterrupt"},
	// a main task that never awaits needs a second Ctrl-C
	{"asyncio_cpu", "import asyncio\nasync def main():\n    print('start', flush=True)\n    while True:\n        pass\nasyncio.run(main())\n",
		2, "start\n", "KeyboardInterrupt"},
}

func TestInterrupt(t *testing.T) {
	t.Parallel()
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	dir := t.TempDir()
	for _, c := range interruptCases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			file := filepath.Join(dir, c.name+".as")
			if err := os.WriteFile(file, []byte(c.src), 0o644); err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command(command[0], append(append([]string{}, command[1:]...), file)...)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			out, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			timer := time.AfterFunc(20*time.Second, func() { cmd.Process.Kill() })
			defer timer.Stop()
			r := bufio.NewReader(out)
			first, _ := r.ReadString('\n')
			// past the start-up window in which Ctrl-C is SIGINT's default action
			time.Sleep(300 * time.Millisecond)
			for i := 0; i < c.sigints; i++ {
				if i > 0 {
					time.Sleep(300 * time.Millisecond)
				}
				cmd.Process.Signal(syscall.SIGINT)
			}
			rest, _ := io.ReadAll(r)
			err = cmd.Wait()
			status := 0
			var exitErr *exec.ExitError
			if errors.As(err, &exitErr) {
				status = exitErr.ExitCode()
			}
			if got := first + string(rest); got != c.wantStdout {
				t.Errorf("stdout %q, CPython's was %q", got, c.wantStdout)
			}
			if got := golden.LastLine(stderr.String()); got != c.wantErrLine {
				t.Errorf("last stderr line %q, CPython's was %q; stderr:\n%s", got, c.wantErrLine, stderr.String())
			}
			if !strings.HasPrefix(stderr.String(), "Traceback (most recent call last):\n") {
				t.Errorf("want a traceback, stderr:\n%s", stderr.String())
			}
			if status != 130 {
				t.Errorf("exit status %d, want 130", status)
			}
		})
	}
}
