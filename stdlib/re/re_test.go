package re_test

// Checks that a catastrophic match stays interruptible: Ctrl-C (the VM's
// Interrupt) raises KeyboardInterrupt inside re.match, and a sandbox's
// step limit stops it. The module's behaviour otherwise is covered by the
// golden program stdlib/modules/testdata/re.as, recorded from python3.

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/asyncscript/asyncscript/stdlib"
)

const catastrophic = `import re
print("start", flush=True)
try:
    re.match(r"(a+)+$", "a" * 60 + "b")
except KeyboardInterrupt:
    print("interrupted")
`

func TestInterruptCatastrophicMatch(t *testing.T) {
	var out, errb bytes.Buffer
	s := stdlib.NewSession(&out, &errb)
	s.PanicsAreBugs = true
	timer := time.AfterFunc(200*time.Millisecond, s.VM.Interrupt)
	defer timer.Stop()
	done := make(chan int, 1)
	go func() { done <- s.RunSource("catastrophic.as", []byte(catastrophic)) }()
	select {
	case status := <-done:
		if status != 0 || out.String() != "start\ninterrupted\n" {
			t.Fatalf("status %d, stdout %q, stderr %q", status, out.String(), errb.String())
		}
	case <-time.After(20 * time.Second):
		t.Fatal("re.match was not interrupted")
	}
}

func TestStepLimitStopsMatch(t *testing.T) {
	var out, errb bytes.Buffer
	s := stdlib.NewSession(&out, &errb)
	s.PanicsAreBugs = true
	s.VM.StepLimit = 100_000
	status := s.RunSource("limit.as", []byte(`import re
re.match(r"(a+)+$", "a" * 60 + "b")
`))
	if status != 1 || !strings.Contains(errb.String(), "RuntimeError: step limit exceeded") {
		t.Fatalf("status %d, stderr %q", status, errb.String())
	}
}
