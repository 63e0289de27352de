package aiohttp_test

// The done-when figures of issue 12: 100 requests to a handler that sleeps
// 200 ms, through one ClientSession, finish in under 1 s; with
// TCPConnector(limit=10) they take about 2 s (ten rounds); and no
// goroutine is left once the session is closed.

import (
	"bytes"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/asyncscript/asyncscript/internal/golden"
	"github.com/asyncscript/asyncscript/internal/webtest"
)

const hundred = `
import asyncio
import sys
import aiohttp

async def fetch(session, i):
    async with session.get(f"{sys.argv[1]}/page/{i}?ms=200") as resp:
        return resp.status, len(await resp.text())

async def main(limit):
    connector = aiohttp.TCPConnector(limit=limit)
    async with aiohttp.ClientSession(connector=connector) as session:
        results = await asyncio.gather(*(fetch(session, i) for i in range(100)))
    print(sum(1 for status, n in results if status == 200 and n > 0))

asyncio.run(main(int(sys.argv[2]) if len(sys.argv) > 2 else 100))
`

func runHundred(t *testing.T, base string, limit string) time.Duration {
	t.Helper()
	p := &golden.Program{Name: "hundred", Source: []byte(hundred)}
	t0 := time.Now()
	res := webtest.RunArgs(p, base, limit)
	d := time.Since(t0)
	if got := strings.TrimSpace(string(res.Stdout)); got != "100" || res.Code != 0 {
		t.Fatalf("got %q (status %d), stderr:\n%s", got, res.Code, res.Stderr)
	}
	return d
}

// noTime is set (ASYNCSCRIPT_GOLDEN_NOTIME=1, e.g. under -race) to run
// the programs without judging their time.
var noTime = os.Getenv("ASYNCSCRIPT_GOLDEN_NOTIME") != ""

func TestHundredRequestsAtOnce(t *testing.T) {
	srv := webtest.NewServer()
	defer srv.Close()
	runHundred(t, srv.URL, "100") // warm up: connections, first import
	if d := runHundred(t, srv.URL, "100"); d >= time.Second && !noTime {
		t.Errorf("100 requests of 200 ms each took %v, want < 1 s", d)
	} else {
		t.Logf("100 requests of 200 ms each, limit=100: %v", d)
	}
}

func TestConnectorLimit(t *testing.T) {
	srv := webtest.NewServer()
	defer srv.Close()
	d := runHundred(t, srv.URL, "10")
	if (d < 2*time.Second || d > 3*time.Second) && !noTime {
		t.Errorf("100 requests of 200 ms each with limit=10 took %v, want about 2 s", d)
	} else {
		t.Logf("100 requests of 200 ms each, limit=10: %v", d)
	}
}

func TestNoGoroutineLeftBehind(t *testing.T) {
	srv := webtest.NewServer()
	defer srv.Close()
	srv.Client() // the server's own goroutines exist before we count
	runtime.GC()
	before := runtime.NumGoroutine()
	runHundred(t, srv.URL, "100")
	// A request cancelled while in flight must not leave its goroutine.
	p := &golden.Program{Name: "cancel", Source: []byte(`
import asyncio, sys, aiohttp
async def get(s):
    async with s.get(sys.argv[1] + "/sleep?ms=5000") as resp:
        return await resp.text()
async def main():
    async with aiohttp.ClientSession() as s:
        tasks = [asyncio.create_task(get(s)) for _ in range(20)]
        await asyncio.sleep(0.1)
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    print("done")
asyncio.run(main())
`)}
	if res := webtest.RunArgs(p, srv.URL); !bytes.Equal(res.Stdout, []byte("done\n")) {
		t.Fatalf("got %q, stderr %s", res.Stdout, res.Stderr)
	}
	deadline := time.Now().Add(2 * time.Second)
	for {
		n := runtime.NumGoroutine()
		if n <= before {
			t.Logf("goroutines: %d before, %d after", before, n)
			return
		}
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<16)
			buf = buf[:runtime.Stack(buf, true)]
			t.Fatalf("goroutines: %d before, %d after the sessions closed:\n%s", before, n, buf)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
