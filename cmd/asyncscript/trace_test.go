package main

// Tests of the tracing options and of SIGQUIT, on the built command.

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"testing"
)

// buildCommand builds asyncscript into a temporary directory.
func buildCommand(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "asyncscript")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

const sayProgram = `import asyncio

async def say(what, when):
    await asyncio.sleep(when)
    print(what)

async def main():
    await asyncio.gather(say('First', 0.2), say('Second', 0.1))

asyncio.run(main())
`

func TestTraceOptions(t *testing.T) {
	bin := buildCommand(t)
	dir := t.TempDir()
	prog := filepath.Join(dir, "say.as")
	if err := os.WriteFile(prog, []byte(sayProgram), 0o644); err != nil {
		t.Fatal(err)
	}
	svg, html, js := filepath.Join(dir, "t.svg"), filepath.Join(dir, "t.html"), filepath.Join(dir, "t.json")
	cmd := exec.Command(bin, "--trace", "--timeline", svg, "--trace-file="+js, prog)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%v\n%s", err, stderr.String())
	}
	if stdout.String() != "Second\nFirst\n" {
		t.Fatalf("stdout %q", stdout.String())
	}
	// times masked: the real clock jitters
	times := regexp.MustCompile(`(?m)^\d+\.\d{3} `)
	got := times.ReplaceAllString(stderr.String(), "T ")
	want := `T Task-1 start main()
T Task-1 await gather(2)
T Task-2 start say('First', 0.2)
T Task-2 await sleep(0.2)
T Task-3 start say('Second', 0.1)
T Task-3 await sleep(0.1)
T Task-3 resume
T Task-3 done -> None
T Task-2 resume
T Task-2 done -> None
T Task-1 resume <- Task-2
T Task-1 done -> None
`
	if got != want {
		t.Fatalf("--trace:\n%s\nwant:\n%s", got, want)
	}
	data, err := os.ReadFile(svg)
	if err != nil {
		t.Fatal(err)
	}
	if err := xml.Unmarshal(data, new(struct{})); err != nil || !bytes.Contains(data, []byte(`data-task="Task-3"`)) {
		t.Fatalf("timeline SVG: %v", err)
	}
	data, err = os.ReadFile(js)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct{ TraceEvents []map[string]any }
	if err := json.Unmarshal(data, &doc); err != nil || len(doc.TraceEvents) < 10 {
		t.Fatalf("trace file: %v, %d events", err, len(doc.TraceEvents))
	}
	// HTML: self-contained, the chart inline
	if out, err := exec.Command(bin, "--timeline", html, prog).CombinedOutput(); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	data, _ = os.ReadFile(html)
	if !bytes.HasPrefix(data, []byte("<!DOCTYPE html>")) || !bytes.Contains(data, []byte("<svg")) || bytes.Contains(data, []byte("src=")) {
		t.Fatal("the HTML timeline is not a self-contained page")
	}
	// usage errors
	for _, args := range [][]string{{"--timeline", "x.png", prog}, {"--trace-file"}, {"--trace=1", prog}} {
		cmd := exec.Command(bin, args...)
		if err := cmd.Run(); err == nil || cmd.ProcessState.ExitCode() != 2 {
			t.Fatalf("%v: want status 2, got %v", args, err)
		}
	}
}
