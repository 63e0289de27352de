// Package httpcore is the one HTTP layer under asyncscript's aiohttp,
// requests and httpx modules: requests run over net/http on goroutines
// and complete through the event loop's inbox (loop.Post with a Hold), or
// block the calling goroutine for requests' synchronous API, as CPython's
// sockets do.
//
// The Python-visible module is _httpcore: Client(limit, limit_per_host)
// with fetch(...) (an asyncio Future), fetch_sync(...) and close(), the
// Response values it yields (status, reason, headers, url, history, body
// or an error kind), and quote_query. Each client module (stdlib/aiohttp,
// stdlib/requests, stdlib/httpx) is a small prelude written in the
// language itself over _httpcore (see Prelude), which keeps each
// library's classes, messages and reprs in one readable place, as the
// Python packages themselves are.
//
// The pieces:
//
//   - client.go: Client, the connection limits of aiohttp's TCPConnector
//     (limit, limit_per_host, FIFO waiters), cancellation and close.
//   - do.go: one request on a goroutine: redirects, timeouts (total,
//     connect, sock_read), decompression and Go errors sorted into kinds.
//   - object_response.go: the Response value handed to the preludes.
//   - object_requestcm.go: aiohttp's _RequestContextManager, awaitable
//     and an async context manager over the session's request coroutine.
//   - module.go: the _httpcore module, quote_query, Prelude and
//     Submodule (requests.exceptions, yarl, multidict).
//
// Departures from the libraries, all from net/http: response headers come
// sorted by name (net/http keeps them in a map; a Go server writes them in
// that order, so the tests' server agrees with CPython), and a response's
// whole body is read before the request's awaitable completes (as aiohttp
// receives small bodies anyway: its connection is released when the body
// has arrived), so a timeout while the body arrives is raised by the
// request rather than by resp.read().
//
// Invariants: goroutines never touch interpreter values; they build a Go
// result that is turned into values on the loop (or after the GIL is taken
// back). Every goroutine a Client starts ends when its request ends, and
// close() cancels the requests in flight and closes idle connections, so
// that no goroutine outlives a closed client.
package httpcore
