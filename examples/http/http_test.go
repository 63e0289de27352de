// Package http_test runs the HTTP examples of the course (ports of
// http_request_async, http_requests_sync, http_requests_async and
// http_requests_async_queue) against a local server standing in for the
// site: each example takes the site's URL as its first argument and
// prints what CPython 3.11 with aiohttp 3.8.4 and requests 2.28.1 printed
// (recorded by internal/webtest/record.py). The golden comparison masks
// the digits of the printed timings; TestElapsed then checks the
// "Elapsed time" each example prints against CPython's (within 10% plus
// 0.1 s): 2 s for the ten sequential requests, 0.2 s for the same ten
// at once, 0.6 s for nine through three workers.
package http_test

import (
	"os"
	"regexp"
	"strconv"
	"testing"

	"github.com/asyncscript/asyncscript/internal/golden"
	"github.com/asyncscript/asyncscript/internal/webtest"
)

func TestExamples(t *testing.T) { webtest.TestDir(t, ".", nil) }

var elapsedRE = regexp.MustCompile(`Elapsed time: ([0-9.]+)`)

func elapsed(b []byte) (float64, bool) {
	m := elapsedRE.FindSubmatch(b)
	if m == nil {
		return 0, false
	}
	v, err := strconv.ParseFloat(string(m[1]), 64)
	return v, err == nil
}

func TestElapsed(t *testing.T) {
	if os.Getenv("ASYNCSCRIPT_GOLDEN_NOTIME") != "" {
		t.Skip("ASYNCSCRIPT_GOLDEN_NOTIME is set")
	}
	srv := webtest.NewServer()
	defer srv.Close()
	for _, name := range []string{"http_requests_sync", "http_requests_async", "http_requests_async_queue"} {
		p, err := golden.Load(name + ".as")
		if err != nil {
			t.Fatal(err)
		}
		want, ok := elapsed(p.Want.Stdout)
		if !ok {
			t.Fatalf("%s.out has no elapsed time", name)
		}
		res := webtest.Run(p, srv.URL)
		got, ok := elapsed(res.Stdout)
		if !ok {
			t.Fatalf("%s printed no elapsed time:\n%s\n%s", name, res.Stdout, res.Stderr)
		}
		if d := got - want; d > 0.1*want+0.1 || d < -(0.1*want+0.1) {
			t.Errorf("%s: elapsed %.3f s, CPython %.3f s", name, got, want)
		} else {
			t.Logf("%s: elapsed %.3f s, CPython %.3f s", name, got, want)
		}
	}
}
