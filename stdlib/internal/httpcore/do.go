package httpcore

// This file performs one request on a goroutine, with no interpreter
// values in sight: it follows redirects by the rules of the library that
// asked (aiohttp's ClientSession._request, requests' resolve_redirects,
// httpx's _build_redirect_request), enforces the total, connect and
// sock_read timeouts, decompresses gzip and deflate bodies, and sorts Go
// errors into the kinds the preludes turn into exceptions.

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptrace"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// request is what a prelude asks for.
type request struct {
	method         string
	url            string
	headers        [][2]string
	body           []byte
	hasBody        bool
	allowRedirects bool
	maxRedirects   int
	style          string        // "aiohttp", "requests" or "httpx": whose redirect rules
	total          time.Duration // 0: none
	connect        time.Duration // 0: none
	sockRead       time.Duration // 0: none
	decompress     bool
}

// result is what came back: a response, or an error kind.
type result struct {
	status  int
	reason  string
	headers [][2]string
	url     string
	method  string
	history []*result
	body    []byte

	// err is "" for a response, else one of: "connect" (errno, strerror,
	// addr), "connect_timeout", "sock_read", "total", "disconnected",
	// "payload", "too_many_redirects", "invalid_url", "cancelled", "other"
	// (message).
	err      string
	errno    int
	strerror string
	host     string // the host and port asked for
	port     int
	addr     string // the address a failed connect tried ("127.0.0.1")
	message  string
}

var (
	errSockRead = errors.New("sock_read timeout")
	errTotal    = errors.New("total timeout")
)

// dialTimeoutKey carries a request's connect timeout to DialContext.
type dialTimeoutKey struct{}

func newTransport(maxIdle int) *http.Transport {
	d := &net.Dialer{KeepAlive: 30 * time.Second}
	return &http.Transport{
		Proxy: nil,
		DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
			if t, ok := ctx.Value(dialTimeoutKey{}).(time.Duration); ok && t > 0 {
				var cancel context.CancelFunc
				ctx, cancel = context.WithTimeout(ctx, t)
				defer cancel()
			}
			return d.DialContext(ctx, network, addr)
		},
		MaxIdleConnsPerHost: maxIdle,
		IdleConnTimeout:     15 * time.Second, // aiohttp's keepalive_timeout
		DisableCompression:  true,             // done here, keeping the headers as the libraries do
	}
}

// do performs rq, following redirects. A Go panic (a bug here) becomes
// an error result: it must not kill the process from a goroutine.
func (c *Client) do(parent context.Context, rq *request) (res *result) {
	defer func() {
		if r := recover(); r != nil {
			res = &result{err: "other", message: fmt.Sprintf("internal error in the HTTP layer: %v", r)}
		}
	}()
	ctx := parent
	if rq.total > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeoutCause(parent, rq.total, errTotal)
		defer cancel()
	}
	method, target, body, hasBody := rq.method, rq.url, rq.body, rq.hasBody
	headers := rq.headers
	var history []*result
	for {
		u, err := url.Parse(target)
		if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
			return &result{err: "invalid_url", message: target}
		}
		res := c.roundTrip(parent, ctx, rq, method, u, headers, body, hasBody)
		res.history = history
		if res.err != "" || !rq.allowRedirects || !isRedirect(res.status) {
			return res
		}
		loc := header(res.headers, "Location")
		if loc == "" && rq.style == "aiohttp" {
			loc = header(res.headers, "URI")
		}
		if loc == "" {
			return res
		}
		history = append(history, res)
		n := len(history)
		if (rq.style == "aiohttp" && rq.maxRedirects > 0 && n >= rq.maxRedirects) ||
			(rq.style != "aiohttp" && n > rq.maxRedirects) {
			return &result{err: "too_many_redirects", history: history, url: res.url, status: res.status,
				reason: res.reason, headers: res.headers, method: method}
		}
		next, err := u.Parse(loc)
		if err != nil {
			return &result{err: "invalid_url", message: loc}
		}
		method, body, hasBody, headers = redirectMethod(rq.style, res.status, method, body, hasBody, headers)
		if next.Host != u.Host || next.Scheme != u.Scheme {
			headers = without(headers, "Authorization", "Cookie", "Proxy-Authorization")
		}
		target = next.String()
	}
}

func isRedirect(status int) bool {
	switch status {
	case 301, 302, 303, 307, 308:
		return true
	}
	return false
}

// redirectMethod is the method and body of the request that follows a
// redirect: aiohttp turns a POST answered by 301/302 and anything but HEAD
// answered by 303 into a GET without body; requests and httpx also turn
// 302 into a GET (except for HEAD) and keep the body only for 307/308.
func redirectMethod(style string, status int, method string, body []byte, hasBody bool, headers [][2]string) (string, []byte, bool, [][2]string) {
	toGet := false
	switch {
	case status == 303 && method != "HEAD":
		toGet = true
	case (status == 301 || status == 302) && method == "POST":
		toGet = true
	case status == 302 && method != "HEAD" && style != "aiohttp":
		toGet = true
	}
	if toGet {
		method = "GET"
	}
	if toGet || (style != "aiohttp" && status != 307 && status != 308) {
		body, hasBody = nil, false
		headers = without(headers, "Content-Length", "Content-Type", "Transfer-Encoding")
	}
	return method, body, hasBody, headers
}

func without(headers [][2]string, names ...string) [][2]string {
	out := headers[:0:0]
	for _, h := range headers {
		drop := false
		for _, n := range names {
			if strings.EqualFold(h[0], n) {
				drop = true
			}
		}
		if !drop {
			out = append(out, h)
		}
	}
	return out
}

func header(headers [][2]string, name string) string {
	for _, h := range headers {
		if strings.EqualFold(h[0], name) {
			return h[1]
		}
	}
	return ""
}

// roundTrip sends one request and reads the whole response.
func (c *Client) roundTrip(parent, ctx context.Context, rq *request, method string, u *url.URL, headers [][2]string, body []byte, hasBody bool) *result {
	host, port := u.Hostname(), defaultPort(u)
	actx, acancel := context.WithCancelCause(ctx)
	defer acancel(nil)
	var timer *time.Timer
	if rq.sockRead > 0 {
		timer = time.AfterFunc(time.Hour, func() { acancel(errSockRead) })
		timer.Stop()
		defer timer.Stop()
		actx = httptrace.WithClientTrace(actx, &httptrace.ClientTrace{
			WroteRequest: func(httptrace.WroteRequestInfo) { timer.Reset(rq.sockRead) },
		})
	}
	if rq.connect > 0 {
		actx = context.WithValue(actx, dialTimeoutKey{}, rq.connect)
	}
	var rd io.Reader
	if hasBody {
		rd = bytes.NewReader(body)
	}
	hr, err := http.NewRequestWithContext(actx, method, u.String(), rd)
	if err != nil {
		return &result{err: "invalid_url", message: u.String()}
	}
	for _, h := range headers {
		if strings.EqualFold(h[0], "Host") {
			hr.Host = h[1]
			continue
		}
		if strings.EqualFold(h[0], "Content-Length") {
			continue // net/http writes it from the body
		}
		hr.Header.Add(h[0], h[1])
	}
	if hasBody {
		hr.ContentLength = int64(len(body))
	}
	resp, err := c.hc.Do(hr)
	if timer != nil {
		timer.Stop()
	}
	if err != nil {
		return classify(err, parent, ctx, actx, host, port)
	}
	res := &result{status: resp.StatusCode, url: u.String(), method: method, host: host, port: port}
	res.reason = strings.TrimSpace(strings.TrimPrefix(resp.Status, strconv.Itoa(resp.StatusCode)))
	res.headers = sortedHeaders(resp)
	data, err := readBody(resp.Body, timer, rq.sockRead)
	resp.Body.Close()
	if err != nil {
		r := classify(err, parent, ctx, actx, host, port)
		if r.err == "disconnected" || r.err == "other" {
			r.err, r.message = "payload", "Response payload is not completed"
		}
		return r
	}
	if rq.decompress && method != "HEAD" {
		data, err = decode(header(res.headers, "Content-Encoding"), data)
		if err != nil {
			return &result{err: "payload", message: "Can not decode content-encoding: " + header(res.headers, "Content-Encoding")}
		}
	}
	res.body = data
	return res
}

func defaultPort(u *url.URL) int {
	if p := u.Port(); p != "" {
		n, _ := strconv.Atoi(p)
		return n
	}
	if u.Scheme == "https" {
		return 443
	}
	return 80
}

// sortedHeaders lists the response headers. net/http keeps them in a map,
// so the order of the wire is lost: they come sorted by name, each name's
// values in their order, which is the order a Go server (httptest) writes
// them in. Transfer-Encoding, which net/http takes out, is put back.
func sortedHeaders(resp *http.Response) [][2]string {
	h := resp.Header.Clone()
	if len(resp.TransferEncoding) > 0 && h.Get("Transfer-Encoding") == "" {
		h.Set("Transfer-Encoding", strings.Join(resp.TransferEncoding, ", "))
	}
	names := make([]string, 0, len(h))
	for k := range h {
		names = append(names, k)
	}
	sort.Strings(names)
	var out [][2]string
	for _, k := range names {
		for _, v := range h[k] {
			out = append(out, [2]string{k, v})
		}
	}
	return out
}

// readBody reads all of body; with a sock_read timeout, each read must
// return within it.
func readBody(body io.Reader, timer *time.Timer, d time.Duration) ([]byte, error) {
	var buf bytes.Buffer
	chunk := make([]byte, 32*1024)
	for {
		if timer != nil {
			timer.Reset(d)
		}
		n, err := body.Read(chunk)
		if timer != nil {
			timer.Stop()
		}
		buf.Write(chunk[:n])
		if err == io.EOF {
			return buf.Bytes(), nil
		}
		if err != nil {
			return nil, err
		}
	}
}

func decode(encoding string, data []byte) ([]byte, error) {
	var r io.Reader
	switch strings.ToLower(strings.TrimSpace(encoding)) {
	case "gzip":
		zr, err := gzip.NewReader(bytes.NewReader(data))
		if err != nil {
			return nil, err
		}
		r = zr
	case "deflate":
		if zr, err := zlib.NewReader(bytes.NewReader(data)); err == nil {
			r = zr
		} else {
			r = flate.NewReader(bytes.NewReader(data))
		}
	default:
		return data, nil
	}
	return io.ReadAll(r)
}

// classify sorts a Go error into a result kind.
func classify(err error, parent, ctx, actx context.Context, host string, port int) *result {
	r := &result{host: host, port: port}
	switch {
	case context.Cause(actx) == errSockRead:
		r.err = "sock_read"
		return r
	case context.Cause(ctx) == errTotal:
		r.err = "total"
		return r
	case parent.Err() != nil:
		r.err = "cancelled"
		return r
	}
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) {
		r.err, r.errno, r.strerror = "connect", -2, "Name or service not known"
		if dnsErr.IsTemporary {
			r.errno, r.strerror = -3, "Temporary failure in name resolution"
		}
		return r
	}
	var op *net.OpError
	if errors.As(err, &op) && op.Op == "dial" {
		if op.Timeout() || errors.Is(err, context.DeadlineExceeded) {
			r.err = "connect_timeout"
			return r
		}
		r.err = "connect"
		if op.Addr != nil {
			if ta, ok := op.Addr.(*net.TCPAddr); ok {
				r.addr = ta.IP.String()
			}
		}
		var errno syscall.Errno
		if errors.As(err, &errno) {
			r.errno = int(errno)
			r.strerror = strerror(errno)
		} else {
			r.errno, r.strerror = 0, op.Err.Error()
		}
		return r
	}
	if errors.Is(err, context.DeadlineExceeded) {
		r.err = "connect_timeout"
		return r
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, syscall.ECONNRESET) ||
		errors.Is(err, syscall.EPIPE) || strings.Contains(err.Error(), "server closed") {
		r.err = "disconnected"
		return r
	}
	r.err, r.message = "other", err.Error()
	return r
}

// strerror is glibc's text for the errnos a connection meets.
func strerror(e syscall.Errno) string {
	switch e {
	case syscall.ECONNREFUSED:
		return "Connection refused"
	case syscall.ECONNRESET:
		return "Connection reset by peer"
	case syscall.ENETUNREACH:
		return "Network is unreachable"
	case syscall.EHOSTUNREACH:
		return "No route to host"
	case syscall.ETIMEDOUT:
		return "Connection timed out"
	case syscall.EADDRNOTAVAIL:
		return "Cannot assign requested address"
	}
	s := e.Error()
	if s != "" {
		s = strings.ToUpper(s[:1]) + s[1:]
	}
	return s
}
