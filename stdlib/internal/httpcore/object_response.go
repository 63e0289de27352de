package httpcore

// This file defines Response, the value a fetch yields to the preludes:
// the final response of a request (after redirects) with its history and
// whole body, or the kind of error that ended it.

import (
	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/stdlib/internal/native"
)

// ResponseClass is _httpcore.Response.
var ResponseClass = native.NewType("Response", "_httpcore", nil, nil)

// Response is a finished request as interpreter values.
type Response struct{ r *result }

func (*Response) Type() *interp.Class { return ResponseClass }

func newResponse(r *result) *Response { return &Response{r: r} }

// Attr serves status, reason, headers (a list of (name, value) tuples),
// url, method, history (a list of Responses), body (bytes), error (None
// or the kind, see result.err), errno, strerror, host, port, addr and
// message.
func (resp *Response) Attr(f *interp.Fiber, name string) (interp.Value, bool, *interp.Exception) {
	r := resp.r
	switch name {
	case "status":
		return interp.Int(r.status), true, nil
	case "reason":
		return interp.Str(r.reason), true, nil
	case "headers":
		items := make([]interp.Value, len(r.headers))
		for i, h := range r.headers {
			items[i] = interp.Tuple{interp.Str(h[0]), interp.Str(h[1])}
		}
		return interp.NewList(items), true, nil
	case "url":
		return interp.Str(r.url), true, nil
	case "method":
		return interp.Str(r.method), true, nil
	case "history":
		items := make([]interp.Value, len(r.history))
		for i, h := range r.history {
			items[i] = newResponse(h)
		}
		return interp.NewList(items), true, nil
	case "body":
		return bytesValue(r.body), true, nil
	case "error":
		if r.err == "" {
			return interp.None, true, nil
		}
		return interp.Str(r.err), true, nil
	case "errno":
		return interp.Int(r.errno), true, nil
	case "strerror":
		return interp.Str(r.strerror), true, nil
	case "host":
		return interp.Str(r.host), true, nil
	case "port":
		return interp.Int(r.port), true, nil
	case "addr":
		return interp.Str(r.addr), true, nil
	case "message":
		return interp.Str(r.message), true, nil
	}
	return nil, false, interp.Errorf(interp.AttributeError, "'Response' object has no attribute '%s'", name)
}

// Repr is <_httpcore.Response 200 url>.
func (resp *Response) Repr(f *interp.Fiber) (string, *interp.Exception) {
	if resp.r.err != "" {
		return "<_httpcore.Response error=" + resp.r.err + ">", nil
	}
	return "<_httpcore.Response " + itoa(resp.r.status) + " " + resp.r.url + ">", nil
}

// bytesValue is the body as a bytes object.
func bytesValue(b []byte) interp.Value { return interp.Bytes(b) }
