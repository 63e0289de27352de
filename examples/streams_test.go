//go:build unix

package examples_test

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestStreams runs the CLI on the cases of streams/ (recorded from python3
// by streams/record.py, which describes them) and checks what CPython
// showed: the interleaving of stdout and stderr in one file (`2>&1`), a
// pipe closed after its first line (`| head -1`: BrokenPipeError and the
// exit status), and whether a line reaches a pipe while the program still
// runs (-u, PYTHONUNBUFFERED).
func TestStreams(t *testing.T) {
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	programs, err := filepath.Glob("streams/*.as")
	if err != nil || len(programs) == 0 {
		t.Fatalf("no streams/*.as: %v", err)
	}
	for _, prog := range programs {
		name := strings.TrimSuffix(filepath.Base(prog), ".as")
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			src, err1 := os.ReadFile(prog)
			how, err2 := os.ReadFile(filepath.Join("streams", name+".how"))
			want, err3 := os.ReadFile(filepath.Join("streams", name+".want"))
			for _, err := range []error{err1, err2, err3} {
				if err != nil {
					t.Fatalf("%v (run python3 streams/record.py)", err)
				}
			}
			kind, cmd := streamCommand(strings.Fields(string(how)), name, string(src))
			var got string
			switch kind {
			case "combined":
				got = runCombined(t, cmd)
			case "head":
				got = runHead(t, cmd)
			case "early":
				got = runEarly(t, cmd)
			default:
				t.Fatalf("unknown kind %q", kind)
			}
			// the CLI names the script by its absolute path, as CPython
			// does; record.py masks the directory from python3's output
			if dir, err := filepath.Abs("streams"); err == nil {
				got = strings.ReplaceAll(got, dir+string(filepath.Separator), "")
			}
			if got != string(want) {
				t.Errorf("got:\n%s\nwant (python3):\n%s", got, want)
			}
		})
	}
}

// streamCommand builds the command for a case's "KIND [ARGS...]" line as
// record.py does for python3.
func streamCommand(how []string, name, src string) (kind string, cmd *exec.Cmd) {
	var opts []string
	env := []string{}
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "PYTHONUNBUFFERED=") {
			env = append(env, kv)
		}
	}
	isCommand := false
	for _, w := range how[1:] {
		switch {
		case strings.Contains(w, "="):
			env = append(env, w)
		case w == "-c":
			isCommand = true
		default:
			opts = append(opts, w)
		}
	}
	args := append(append([]string{}, command[1:]...), opts...)
	if isCommand {
		args = append(args, "-c", src)
	} else {
		args = append(args, name+".as")
	}
	cmd = exec.Command(command[0], args...)
	cmd.Dir = "streams"
	cmd.Env = env
	return how[0], cmd
}

func runCombined(t *testing.T, cmd *exec.Cmd) string {
	f, err := os.CreateTemp(t.TempDir(), "out")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cmd.Stdout, cmd.Stderr = f, f
	status := exitStatus(t, cmd.Run())
	text, err := os.ReadFile(f.Name())
	if err != nil {
		t.Fatal(err)
	}
	return fmt.Sprintf("%sstatus %d\n", text, status)
}

func runHead(t *testing.T, cmd *exec.Cmd) string {
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, _ := bufio.NewReader(out).ReadString('\n')
	out.Close()
	status := exitStatus(t, cmd.Wait())
	return fmt.Sprintf("%s%sstatus %d\n", line, stderr.String(), status)
}

func runEarly(t *testing.T, cmd *exec.Cmd) string {
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	r := bufio.NewReader(out)
	r.ReadString('\n')
	early := time.Since(start) < 500*time.Millisecond
	io.Copy(io.Discard, r)
	cmd.Wait()
	if early {
		return "early yes\n"
	}
	return "early no\n"
}

func exitStatus(t *testing.T, err error) int {
	if err == nil {
		return 0
	}
	if ee, ok := err.(*exec.ExitError); ok {
		return ee.ExitCode()
	}
	t.Fatal(err)
	return 0
}

// TestFatalOutOfMemory: a program that grows without end under a memory
// limit (ulimit -v) ends with what it printed, then one "Fatal error:"
// line and status 1, never Go's "fatal error" trace and status 2
// (cmd/asyncscript/fatal.go). CPython would raise MemoryError instead: the
// check is on our own fatal path, not on CPython's text.
func TestFatalOutOfMemory(t *testing.T) {
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	if _, err := os.Stat("/proc/self/statm"); err != nil {
		t.Skip("the memory guard reads /proc/self/statm")
	}
	prog := "print('start')\na = []\nwhile True:\n    a.append([0] * 1000)\n"
	cmd := exec.Command("sh", "-c", `ulimit -v 1048576 && exec "$@"`, "sh")
	cmd.Args = append(cmd.Args, command...)
	cmd.Args = append(cmd.Args, "-c", prog)
	cmd.Env = append(os.Environ(), "PYTHONUNBUFFERED=")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	status := exitStatus(t, cmd.Run())
	if stdout.String() != "start\n" || status != 1 ||
		!strings.HasPrefix(stderr.String(), "Fatal error: out of memory") || strings.Count(stderr.String(), "\n") != 1 {
		t.Errorf("stdout %q, status %d, stderr:\n%s", stdout.String(), status, stderr.String())
	}
}
