// Package webtest is the local HTTP server the HTTP tests and their
// recorder run against (127.0.0.1 only): fixed pages, JSON, an echo of
// the request, status codes, redirects, slow and broken responses. Every
// response sets its Date and Content-Length itself, so that a Go server
// writes its headers sorted by name and the recordings stay stable.
package webtest

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"time"
)

// Date is the Date header of every response.
const Date = "Mon, 01 Jan 2024 00:00:00 GMT"

type connKey struct{}

// NewServer starts the server on 127.0.0.1 at a free port.
func NewServer() *httptest.Server {
	var conns atomic.Int64
	srv := httptest.NewUnstartedServer(Handler())
	srv.Config.ConnContext = func(ctx context.Context, c net.Conn) context.Context {
		return context.WithValue(ctx, connKey{}, conns.Add(1))
	}
	srv.Start()
	return srv
}

func write(w http.ResponseWriter, status int, ctype string, body []byte) {
	h := w.Header()
	h.Set("Date", Date)
	if ctype != "" {
		h.Set("Content-Type", ctype)
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(status)
	w.Write(body)
}

func text(w http.ResponseWriter, status int, s string) {
	write(w, status, "text/plain; charset=utf-8", []byte(s))
}

// Pages is how many /page/N pages the sitemap lists.
const Pages = 100

// Handler serves the routes.
func Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/hello", func(w http.ResponseWriter, r *http.Request) {
		text(w, 200, "Hello, world!")
	})
	mux.HandleFunc("/json", func(w http.ResponseWriter, r *http.Request) {
		write(w, 200, "application/json; charset=utf-8", []byte(`{"name": "asyncscript", "items": [1, 2, 3], "ok": true}`))
	})
	mux.HandleFunc("/notjson", func(w http.ResponseWriter, r *http.Request) {
		write(w, 200, "text/html; charset=utf-8", []byte("<html><body>not json</body></html>"))
	})
	mux.HandleFunc("/status/{code}", func(w http.ResponseWriter, r *http.Request) {
		code, _ := strconv.Atoi(r.PathValue("code"))
		if code < 100 || code > 999 {
			code = 400
		}
		text(w, code, fmt.Sprintf("status %d", code))
	})
	mux.HandleFunc("/echo", func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		names := make([]string, 0, len(r.Header))
		for k := range r.Header {
			names = append(names, k)
		}
		sort.Strings(names)
		headers := map[string]string{}
		for _, k := range names {
			headers[k] = strings.Join(r.Header[k], ", ")
		}
		if r.Host != "" {
			headers["Host"] = r.Host
		}
		out, _ := json.Marshal(map[string]any{
			"method":  r.Method,
			"path":    r.URL.Path,
			"query":   r.URL.RawQuery,
			"headers": headers,
			"body":    string(body),
		})
		write(w, 200, "application/json", out)
	})
	mux.HandleFunc("/redirect/{n}", func(w http.ResponseWriter, r *http.Request) {
		n, _ := strconv.Atoi(r.PathValue("n"))
		to := "/hello"
		if n > 1 {
			to = fmt.Sprintf("/redirect/%d", n-1)
		}
		w.Header().Set("Location", to)
		text(w, 302, "")
	})
	mux.HandleFunc("/to-echo", func(w http.ResponseWriter, r *http.Request) {
		code, _ := strconv.Atoi(r.URL.Query().Get("code"))
		if code == 0 {
			code = 302
		}
		w.Header().Set("Location", "/echo")
		text(w, code, "")
	})
	mux.HandleFunc("/sleep", func(w http.ResponseWriter, r *http.Request) {
		ms, _ := strconv.Atoi(r.URL.Query().Get("ms"))
		select {
		case <-time.After(time.Duration(ms) * time.Millisecond):
		case <-r.Context().Done():
			return
		}
		text(w, 200, fmt.Sprintf("slept %d ms", ms))
	})
	mux.HandleFunc("/stall-body", func(w http.ResponseWriter, r *http.Request) {
		// headers now, the body after ms milliseconds
		ms, _ := strconv.Atoi(r.URL.Query().Get("ms"))
		w.Header().Set("Date", Date)
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("Content-Length", "4")
		w.WriteHeader(200)
		w.(http.Flusher).Flush()
		select {
		case <-time.After(time.Duration(ms) * time.Millisecond):
		case <-r.Context().Done():
			return
		}
		io.WriteString(w, "late")
	})
	mux.HandleFunc("/page/{n}", func(w http.ResponseWriter, r *http.Request) {
		n := r.PathValue("n")
		ms, _ := strconv.Atoi(r.URL.Query().Get("ms"))
		if ms > 0 {
			select {
			case <-time.After(time.Duration(ms) * time.Millisecond):
			case <-r.Context().Done():
				return
			}
		}
		write(w, 200, "text/html; charset=utf-8", []byte(fmt.Sprintf(
			"<!DOCTYPE html>\n<html>\n<head>\n  <title>Page %s of the site</title>\n</head>\n<body>\n<h1>Page %s</h1>\n</body>\n</html>\n", n, n)))
	})
	mux.HandleFunc("/sitemap.xml", func(w http.ResponseWriter, r *http.Request) {
		var b strings.Builder
		b.WriteString("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset>\n")
		base := "http://" + r.Host
		delay := ""
		if ms := r.URL.Query().Get("ms"); ms != "" {
			delay = "?ms=" + ms // each page then takes ms milliseconds
		}
		for i := 1; i <= Pages; i++ {
			fmt.Fprintf(&b, "  <url><loc>%s/page/%d%s</loc></url>\n", base, i, delay)
		}
		b.WriteString("</urlset>\n")
		write(w, 200, "application/xml", []byte(b.String()))
	})
	mux.HandleFunc("/dup", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Add("X-Dup", "first")
		w.Header().Add("X-Dup", "second")
		text(w, 200, "dup")
	})
	mux.HandleFunc("/conn", func(w http.ResponseWriter, r *http.Request) {
		id, _ := r.Context().Value(connKey{}).(int64)
		text(w, 200, strconv.FormatInt(id, 10))
	})
	mux.HandleFunc("/gzip", func(w http.ResponseWriter, r *http.Request) {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		zw.Write([]byte("compressed hello"))
		zw.Close()
		w.Header().Set("Content-Encoding", "gzip")
		write(w, 200, "text/plain; charset=utf-8", buf.Bytes())
	})
	mux.HandleFunc("/close", func(w http.ResponseWriter, r *http.Request) {
		conn, _, err := w.(http.Hijacker).Hijack()
		if err == nil {
			conn.Close()
		}
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		text(w, 404, "404 page not found")
	})
	return mux
}
