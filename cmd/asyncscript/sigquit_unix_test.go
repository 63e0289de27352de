//go:build unix

package main

import (
	"bufio"
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// SIGQUIT prints the task tree on stderr and the program goes on.
func TestSIGQUITDump(t *testing.T) {
	bin := buildCommand(t)
	prog := filepath.Join(t.TempDir(), "quit.as")
	src := `import asyncio

async def leaf():
    await asyncio.sleep(0.8)
    return 1

async def main():
    t = asyncio.create_task(leaf(), name="leaf")
    print("ready", flush=True)
    print(await t)

asyncio.run(main())
print("after")
`
	if err := os.WriteFile(prog, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, prog)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	r := bufio.NewReader(out)
	if line, _ := r.ReadString('\n'); line != "ready\n" {
		t.Fatalf("first line %q", line)
	}
	// the handler is installed a few milliseconds into the run; the
	// program is still sleeping for most of a second
	time.Sleep(100 * time.Millisecond)
	cmd.Process.Signal(syscall.SIGQUIT)
	rest, _ := io.ReadAll(r)
	if err := cmd.Wait(); err != nil {
		t.Fatalf("%v\n%s", err, stderr.String())
	}
	if string(rest) != "1\nafter\n" {
		t.Fatalf("the program did not go on: %q", rest)
	}
	dump := stderr.String()
	for _, want := range []string{
		"asyncscript: 2 tasks at loop time",
		"* Task(name='Task-1', id=0x",
		") waiting on leaf\n",
		"in async main()",
		"└── * Task(name='leaf', id=0x",
		") waiting on sleep()\n",
		"line 4, in async leaf()",
	} {
		if !strings.Contains(dump, want) {
			t.Fatalf("dump lacks %q:\n%s", want, dump)
		}
	}
}
