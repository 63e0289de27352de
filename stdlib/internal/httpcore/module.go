package httpcore

// This file defines the _httpcore module (Client, quote_query) and
// Prelude, which builds a client module (aiohttp, requests, httpx) from
// its source written in the language.

import (
	"crypto/tls"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/stdlib/asyncio"
	"github.com/asyncscript/asyncscript/stdlib/internal/native"
)

func itoa(n int) string { return strconv.Itoa(n) }

func parseURL(s string) (*url.URL, error) { return url.Parse(s) }

// Load is the _httpcore module.
func Load(vm *interp.VM) (*interp.Module, *interp.Exception) {
	setupClasses()
	m := interp.NewModule("_httpcore")
	m.Set("Client", ClientClass)
	m.Set("Response", ResponseClass)
	m.Set("RequestContextManager", RequestContextManagerClass)
	m.AddFuncs(map[string]interp.NativeFunc{
		"quote_query": quoteQueryFunc,
	})
	return m, nil
}

func setupClasses() { classesOnce() }

var classesOnce = sync.OnceFunc(func() {
	defineRequestContextManager()
	ClientClass.New = func(f *interp.Fiber, cls *interp.Class, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
		return clientNew(f, args, kw)
	}
	ClientClass.AddMethods(map[string]interp.NativeFunc{
		"fetch":      clientFetch,
		"fetch_sync": clientFetchSync,
		"close":      clientClose,
	})
})

// Attr serves limit, limit_per_host and closed.
func (c *Client) Attr(f *interp.Fiber, name string) (interp.Value, bool, *interp.Exception) {
	switch name {
	case "limit":
		return interp.Int(c.limit), true, nil
	case "limit_per_host":
		return interp.Int(c.limitPerHost), true, nil
	case "closed":
		return interp.Bool(c.closed), true, nil
	case "used":
		return interp.Bool(c.used), true, nil
	}
	return nil, false, nil
}

// clientNew is Client(limit=100, limit_per_host=0, insecure=False):
// insecure skips the verification of TLS certificates (aiohttp's
// ssl=False, requests' and httpx's verify=False).
func clientNew(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	var limit, perHost, insecure interp.Value = interp.Int(100), interp.Int(0), nil
	if err := interp.UnpackArgs("Client", args, kw, "limit?", &limit, "limit_per_host?", &perHost, "insecure?", &insecure); err != nil {
		return nil, err
	}
	if limit == nil {
		limit = interp.Int(100)
	}
	if perHost == nil {
		perHost = interp.Int(0)
	}
	l, err := intOr(f, limit, 0)
	if err != nil {
		return nil, err
	}
	p, err := intOr(f, perHost, 0)
	if err != nil {
		return nil, err
	}
	c := NewClient(l, p)
	if insecure != nil {
		skip, err := interp.Truth(f, insecure)
		if err != nil {
			return nil, err
		}
		if skip {
			c.tr.TLSClientConfig = &tls.Config{InsecureSkipVerify: true}
		}
	}
	return c, nil
}

func intOr(f *interp.Fiber, v interp.Value, def int) (int, *interp.Exception) {
	if v == interp.None {
		return def, nil
	}
	return interp.AsIndex(f, v)
}

func selfClient(name string, args []interp.Value) (*Client, *interp.Exception) {
	if len(args) > 0 {
		if c, ok := args[0].(*Client); ok {
			return c, nil
		}
	}
	return nil, interp.Errorf(interp.TypeError, "descriptor '%s' requires a '_httpcore.Client' object", name)
}

// parseRequest binds fetch's arguments: (method, url, headers, body,
// allow_redirects, max_redirects, style, total, connect, sock_read,
// decompress). headers is an iterable of (name, value) pairs; body is
// None, str or bytes; timeouts are seconds or None.
func parseRequest(f *interp.Fiber, name string, args []interp.Value, kw []interp.KV) (*Client, *request, *interp.Exception) {
	var self, method, u, headers, body, allow, maxRed, style, total, connect, sockRead interp.Value
	var decompress interp.Value
	if err := interp.UnpackArgs(name, args, kw, "self", &self, "method", &method, "url", &u, "headers", &headers,
		"body", &body, "allow_redirects", &allow, "max_redirects", &maxRed, "style", &style,
		"total", &total, "connect", &connect, "sock_read", &sockRead, "decompress?", &decompress); err != nil {
		return nil, nil, err
	}
	c, err := selfClient(name, []interp.Value{self})
	if err != nil {
		return nil, nil, err
	}
	rq := &request{}
	var ok bool
	var s interp.Str
	if s, ok = method.(interp.Str); !ok {
		return nil, nil, interp.Errorf(interp.TypeError, "method must be str")
	}
	rq.method = strings.ToUpper(string(s))
	if s, ok = u.(interp.Str); !ok {
		return nil, nil, interp.Errorf(interp.TypeError, "url must be str")
	}
	rq.url = string(s)
	if s, ok = style.(interp.Str); !ok {
		return nil, nil, interp.Errorf(interp.TypeError, "style must be str")
	}
	rq.style = string(s)
	if headers != interp.None {
		if exc := interp.Iterate(f, headers, func(item interp.Value) (bool, *interp.Exception) {
			pair, err := interp.ToList(f, item)
			if err != nil {
				return false, err
			}
			if len(pair) != 2 {
				return false, interp.Errorf(interp.ValueError, "header must be a (name, value) pair")
			}
			k, err := interp.ToStr(f, pair[0])
			if err != nil {
				return false, err
			}
			v, err := interp.ToStr(f, pair[1])
			if err != nil {
				return false, err
			}
			rq.headers = append(rq.headers, [2]string{k, v})
			return true, nil
		}); exc != nil {
			return nil, nil, exc
		}
	}
	switch b := body.(type) {
	case interp.Str:
		rq.body, rq.hasBody = []byte(string(b)), true
	default:
		if body != interp.None {
			data, exc := bytesOf(f, body)
			if exc != nil {
				return nil, nil, exc
			}
			rq.body, rq.hasBody = data, true
		}
	}
	if rq.allowRedirects, err = interp.Truth(f, allow); err != nil {
		return nil, nil, err
	}
	if decompress == nil {
		decompress = interp.True
	}
	if rq.decompress, err = interp.Truth(f, decompress); err != nil {
		return nil, nil, err
	}
	n, err := intOr(f, maxRed, 10)
	if err != nil {
		return nil, nil, err
	}
	rq.maxRedirects = n
	for _, d := range []struct {
		v   interp.Value
		dst *time.Duration
	}{{total, &rq.total}, {connect, &rq.connect}, {sockRead, &rq.sockRead}} {
		if d.v == interp.None {
			continue
		}
		secs, err := floatOf(d.v)
		if err != nil {
			return nil, nil, err
		}
		if secs > 0 {
			*d.dst = time.Duration(secs * float64(time.Second))
		}
	}
	return c, rq, nil
}

// clientFetch is Client.fetch(...): an asyncio Future of the Response.
func clientFetch(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	c, rq, err := parseRequest(f, "fetch", args, kw)
	if err != nil {
		return nil, err
	}
	ev := asyncio.Get(f.VM).Running()
	if ev == nil {
		return nil, interp.Errorf(interp.RuntimeError, "no running event loop")
	}
	return c.fetch(ev, rq), nil
}

// clientFetchSync is Client.fetch_sync(...): the Response, blocking.
func clientFetchSync(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	c, rq, err := parseRequest(f, "fetch_sync", args, kw)
	if err != nil {
		return nil, err
	}
	res, exc := c.fetchSync(f, rq)
	if exc != nil {
		return nil, exc
	}
	return newResponse(res), nil
}

// clientClose is Client.close().
func clientClose(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	c, err := selfClient("close", args)
	if err != nil {
		return nil, err
	}
	c.close()
	return interp.None, nil
}

// quoteQueryFunc is quote_query(pairs, style): the query string of
// (name, value) pairs, quoted as yarl does for aiohttp's params=
// (style "yarl": a space becomes '+', "?/:@" and "!$'()*," stay) or as
// urllib.parse.urlencode does for requests and httpx ("plus").
func quoteQueryFunc(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	var pairs, style interp.Value
	if err := interp.UnpackArgs("quote_query", args, kw, "pairs", &pairs, "style", &style); err != nil {
		return nil, err
	}
	safe := "-._~"
	if s, _ := style.(interp.Str); s == "yarl" {
		safe = "-._~!$'()*,?/:@"
	}
	var b strings.Builder
	exc := interp.Iterate(f, pairs, func(item interp.Value) (bool, *interp.Exception) {
		pair, err := interp.ToList(f, item)
		if err != nil {
			return false, err
		}
		if len(pair) != 2 {
			return false, interp.Errorf(interp.ValueError, "query item must be a (name, value) pair")
		}
		if b.Len() > 0 {
			b.WriteByte('&')
		}
		for i, v := range pair {
			if i == 1 {
				b.WriteByte('=')
			}
			s, err := interp.ToStr(f, v)
			if err != nil {
				return false, err
			}
			quotePlus(&b, string(s), safe)
		}
		return true, nil
	})
	if exc != nil {
		return nil, exc
	}
	return interp.Str(b.String()), nil
}

func quotePlus(b *strings.Builder, s, safe string) {
	const hex = "0123456789ABCDEF"
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', strings.IndexByte(safe, c) >= 0:
			b.WriteByte(c)
		case c == ' ':
			b.WriteByte('+')
		default:
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
		}
	}
}

// Prelude makes module name by running src (the module's source, in the
// language) with _httpcore importable.
func Prelude(vm *interp.VM, name string, src []byte) (*interp.Module, *interp.Exception) {
	if _, ok := vm.Loaders["_httpcore"]; !ok {
		vm.RegisterModule("_httpcore", Load)
	}
	m := interp.NewModule(name)
	vm.Modules[name] = m
	if exc := vm.ExecSource(vm.NewThread(), "<"+name+">", src, m); exc != nil {
		delete(vm.Modules, name)
		return nil, exc
	}
	if fn, ok := m.Globals.GetStr("_at_exit"); ok {
		// The module's finalizers (aiohttp's "Unclosed client session").
		vm.AtExit(func() {
			if _, exc := vm.NewThread().Call(fn, nil, nil); exc != nil {
				_ = exc // an error in a finalizer is ignored, as in __del__
			}
		})
	}
	return m, nil
}

func floatOf(v interp.Value) (float64, *interp.Exception) { return native.Float(v) }

// bytesOf is the content of a bytes-like body.
func bytesOf(f *interp.Fiber, v interp.Value) ([]byte, *interp.Exception) {
	switch b := v.(type) {
	case interp.Bytes:
		return []byte(b), nil
	case *interp.ByteArray:
		return append([]byte(nil), b.B...), nil
	}
	return nil, interp.Errorf(interp.TypeError, "body must be str or bytes, not %s", interp.TypeName(v))
}

// Submodule makes module name (requests.exceptions) holding the given
// names of the prelude module parent (requests), importing it first.
func Submodule(vm *interp.VM, parent, name string, names []string) (*interp.Module, *interp.Exception) {
	p, exc := vm.ImportModule(vm.NewThread(), parent)
	if exc != nil {
		return nil, exc
	}
	m := interp.NewModule(name)
	for _, n := range names {
		if v, ok := p.Globals.GetStr(n); ok {
			m.Set(n, v)
		}
	}
	return m, nil
}
