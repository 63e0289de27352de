package prompt

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/asyncscript/asyncscript/stdlib"
)

func TestComplete(t *testing.T) {
	var out bytes.Buffer
	s := stdlib.NewSession(&out, &out)
	s.RunEntry(stdlib.Entry{Source: "import asyncio\nclass Box:\n    size = 3\n    def shake(self): print('shaken')\nbox = Box()\ncalls = []\ndef f():\n    calls.append(1)\n    return box\n"})
	c := newCompleter(s)
	for _, tc := range []struct {
		line       string
		head, tail string
		want       []string
	}{
		{"", "", "", []string{"    "}},
		{"    ", "    ", "", []string{"    "}},
		{"asyncio.ga", "", "", []string{"asyncio.gather"}},
		{"x = box.s", "x = ", "", []string{"box.shake", "box.size"}},
		{"wh", "", "", []string{"while"}},
		{"bo", "", "", []string{"bool", "box"}},
		{"f().s", "f()", "", nil}, // never calls f
		{"import asyn", "import ", "", []string{"async_timeout", "asyncio"}},
		{"import asyncio.s", "import ", "", []string{"asyncio.subprocess"}},
		{"import _p", "import ", "", []string{"_pylib"}},
		{"from asyncio import Queue", "from asyncio import ", "", []string{"Queue", "QueueEmpty", "QueueFull"}},
	} {
		head, got, tail := c.complete(tc.line, len(tc.line))
		if head != tc.head || tail != tc.tail || !reflect.DeepEqual(got, tc.want) {
			t.Errorf("complete(%q) = %q, %q, %q; want %q, %q, %q", tc.line, head, got, tail, tc.head, tc.want, tc.tail)
		}
	}
	if strings.Contains(out.String(), "shaken") {
		t.Error("completion ran code")
	}
	r := s.RunEntry(stdlib.Entry{Source: "print(calls)\n"})
	if r.Exc != nil || !strings.HasSuffix(out.String(), "[]\n") {
		t.Errorf("completion called f: %q", out.String())
	}
}
