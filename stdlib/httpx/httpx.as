# The httpx module (httpx 0.23.3), written in the language over
# _httpcore: AsyncClient (requests complete through the event loop without
# blocking it), Client and the top-level get/post/... (blocking), Response,
# Headers, URL, Timeout, Limits and httpx's exceptions with its messages.

import json as _json
import _httpcore

__version__ = "0.23.3"

_USER_AGENT = "python-httpx/0.23.3"
_sentinel = object()

# ---- exceptions (_exceptions.py) ----


class HTTPError(Exception):
    __module__ = "httpx"

    def __init__(self, message):
        super().__init__(message)
        self._request = None

    @property
    def request(self):
        if self._request is None:
            raise RuntimeError("The .request property has not been set.")
        return self._request

    @request.setter
    def request(self, request):
        self._request = request


class RequestError(HTTPError):
    __module__ = "httpx"

    def __init__(self, message, *, request=None):
        super().__init__(message)
        self._request = request


class TransportError(RequestError):
    __module__ = "httpx"


class TimeoutException(TransportError):
    __module__ = "httpx"


class ConnectTimeout(TimeoutException):
    __module__ = "httpx"


class ReadTimeout(TimeoutException):
    __module__ = "httpx"


class WriteTimeout(TimeoutException):
    __module__ = "httpx"


class PoolTimeout(TimeoutException):
    __module__ = "httpx"


class NetworkError(TransportError):
    __module__ = "httpx"


class ReadError(NetworkError):
    __module__ = "httpx"


class WriteError(NetworkError):
    __module__ = "httpx"


class ConnectError(NetworkError):
    __module__ = "httpx"


class CloseError(NetworkError):
    __module__ = "httpx"


class ProxyError(TransportError):
    __module__ = "httpx"


class UnsupportedProtocol(TransportError):
    __module__ = "httpx"


class ProtocolError(TransportError):
    __module__ = "httpx"


class LocalProtocolError(ProtocolError):
    __module__ = "httpx"


class RemoteProtocolError(ProtocolError):
    __module__ = "httpx"


class DecodingError(RequestError):
    __module__ = "httpx"


class TooManyRedirects(RequestError):
    __module__ = "httpx"


class HTTPStatusError(HTTPError):
    __module__ = "httpx"

    def __init__(self, message, *, request, response):
        super().__init__(message)
        self.request = request
        self.response = response


class InvalidURL(Exception):
    __module__ = "httpx"

    def __init__(self, message):
        super().__init__(message)


# ---- models ----


class URL:
    __module__ = "httpx"

    def __init__(self, url=""):
        if isinstance(url, URL):
            url = url._val
        self._val = url
        scheme, sep, rest = url.partition("://")
        if not sep:
            scheme, rest = "", url
        self._scheme = scheme.lower()
        rest, _, self._fragment = rest.partition("#")
        rest, _, self._query = rest.partition("?")
        if sep:
            netloc, slash, path = rest.partition("/")
            self._path = slash + path if slash else "/"
        else:
            netloc, self._path = "", rest
        host, colon, port = netloc.rpartition(":")
        if not colon or not port.isdigit():
            host, port = netloc, None
        self._host = host.lower()
        self._port = int(port) if port else None

    def __str__(self):
        return self._val

    def __repr__(self):
        return f"URL({self._val!r})"

    def __eq__(self, other):
        if isinstance(other, (URL, str)):
            return str(self) == str(other)
        return NotImplemented

    def __hash__(self):
        return hash(self._val)

    @property
    def scheme(self):
        return self._scheme

    @property
    def host(self):
        return self._host

    @property
    def port(self):
        return self._port

    @property
    def path(self):
        return self._path

    @property
    def query(self):
        return self._query.encode("ascii")

    @property
    def fragment(self):
        return self._fragment

    @property
    def raw_path(self):
        return (self._path + ("?" + self._query if self._query else "")).encode("ascii")

    def join(self, url):
        url = str(url)
        if "://" in url:
            return URL(url)
        root = self._val.partition("://")[0] + "://" + self._val.partition("://")[2].partition("/")[0].partition("?")[0]
        if url.startswith("/"):
            return URL(root + url)
        return URL(root + self._path.rpartition("/")[0] + "/" + url)


class Headers:
    __module__ = "httpx"

    def __init__(self, headers=None, encoding=None):
        self._list = []
        if headers is not None:
            if isinstance(headers, Headers):
                self._list = list(headers._list)
            else:
                items = headers.items() if hasattr(headers, "items") else headers
                for k, v in items:
                    self._list.append((k, k.lower(), v))
        self.encoding = "ascii"

    def __getitem__(self, key):
        k = key.lower()
        values = [v for _, lk, v in self._list if lk == k]
        if values:
            return ", ".join(values)
        raise KeyError(key)

    def __setitem__(self, key, value):
        k = key.lower()
        self._list = [x for x in self._list if x[1] != k]
        self._list.append((key, k, value))

    def __delitem__(self, key):
        k = key.lower()
        if not any(x[1] == k for x in self._list):
            raise KeyError(key)
        self._list = [x for x in self._list if x[1] != k]

    def __contains__(self, key):
        return isinstance(key, str) and any(x[1] == key.lower() for x in self._list)

    def __iter__(self):
        return iter(self.keys())

    def __len__(self):
        return len(self.keys())

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def get_list(self, key, split_commas=False):
        k = key.lower()
        values = [v for _, lk, v in self._list if lk == k]
        if not split_commas:
            return values
        out = []
        for v in values:
            out.extend(item.strip() for item in v.split(","))
        return out

    def keys(self):
        out = []
        for _, k, _ in self._list:
            if k not in out:
                out.append(k)
        return out

    def values(self):
        return [self[k] for k in self.keys()]

    def items(self):
        return [(k, self[k]) for k in self.keys()]

    def multi_items(self):
        return [(k, v) for _, k, v in self._list]

    @property
    def raw(self):
        return [(k.encode(), v.encode()) for k, _, v in self._list]

    def update(self, headers=None):
        for k, v in Headers(headers).multi_items():
            self[k] = v

    def copy(self):
        return Headers(self)

    def __eq__(self, other):
        try:
            other = Headers(other)
        except Exception:
            return False
        return sorted(self.multi_items()) == sorted(other.multi_items())

    def __repr__(self):
        as_list = self.multi_items()
        as_dict = dict(as_list)
        encoding_str = ""
        if len(as_dict) == len(as_list):
            return f"Headers({as_dict!r}{encoding_str})"
        return f"Headers({as_list!r}{encoding_str})"


class Request:
    __module__ = "httpx"

    def __init__(self, method, url, *, headers=None, content=None):
        self.method = method.upper()
        self.url = URL(url)
        self.headers = Headers(headers)
        self.content = content if content is not None else b""

    def __repr__(self):
        return f"<Request({self.method!r}, {str(self.url)!r})>"


_REASONS = {200: "OK", 201: "Created", 204: "No Content", 301: "Moved Permanently", 302: "Found",
            303: "See Other", 304: "Not Modified", 307: "Temporary Redirect", 308: "Permanent Redirect",
            400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found",
            405: "Method Not Allowed", 500: "Internal Server Error", 502: "Bad Gateway",
            503: "Service Unavailable", 504: "Gateway Timeout"}


class Response:
    __module__ = "httpx"

    def __init__(self, status_code, *, headers=None, content=None, text=None, request=None):
        self.status_code = status_code
        self.headers = Headers(headers)
        if content is None and text is not None:
            content = text.encode("utf-8")
        self._content = content if content is not None else b""
        self._request = request
        self._reason = None
        self.history = []
        self.next_request = None
        self.http_version = "HTTP/1.1"
        self.is_closed = True
        self.default_encoding = "utf-8"

    @property
    def request(self):
        if self._request is None:
            raise RuntimeError("The request instance has not been set on this response.")
        return self._request

    @property
    def url(self):
        return self.request.url

    @property
    def reason_phrase(self):
        if self._reason is not None:
            return self._reason
        return _REASONS.get(self.status_code, "")

    @property
    def content(self):
        return self._content

    @property
    def charset_encoding(self):
        ctype = self.headers.get("content-type")
        if ctype is None:
            return None
        for p in ctype.split(";")[1:]:
            k, _, v = p.strip().partition("=")
            if k.strip().lower() == "charset":
                return v.strip("'\" ")
        return None

    @property
    def encoding(self):
        return self.charset_encoding or self.default_encoding

    @property
    def text(self):
        if not self._content:
            return ""
        return self._content.decode(self.encoding, "replace")

    def json(self, **kwargs):
        return _json.loads(self.text, **kwargs)

    def read(self):
        return self._content

    async def aread(self):
        return self._content

    def close(self):
        pass

    async def aclose(self):
        pass

    def iter_bytes(self, chunk_size=None):
        return iter([self._content])

    def iter_text(self, chunk_size=None):
        return iter([self.text])

    def iter_lines(self):
        return iter(self.text.splitlines())

    @property
    def is_informational(self):
        return 100 <= self.status_code < 200

    @property
    def is_success(self):
        return 200 <= self.status_code < 300

    @property
    def is_redirect(self):
        return 300 <= self.status_code < 400

    @property
    def is_client_error(self):
        return 400 <= self.status_code < 500

    @property
    def is_server_error(self):
        return 500 <= self.status_code < 600

    @property
    def is_error(self):
        return 400 <= self.status_code < 600

    @property
    def has_redirect_location(self):
        return self.status_code in (301, 302, 303, 307, 308) and "Location" in self.headers

    def raise_for_status(self):
        if self._request is None:
            raise RuntimeError("Cannot call `raise_for_status` as the request instance has not been set on this response.")
        if self.is_success:
            return
        if self.has_redirect_location:
            message = (
                "{error_type} '{0.status_code} {0.reason_phrase}' for url '{0.url}'\n"
                "Redirect location: '{0.headers[location]}'\n"
                "For more information check: https://httpstatuses.com/{0.status_code}"
            )
        else:
            message = (
                "{error_type} '{0.status_code} {0.reason_phrase}' for url '{0.url}'\n"
                "For more information check: https://httpstatuses.com/{0.status_code}"
            )
        error_types = {1: "Informational response", 3: "Redirect response", 4: "Client error", 5: "Server error"}
        error_type = error_types.get(self.status_code // 100, "Invalid status code")
        raise HTTPStatusError(message.format(self, error_type=error_type), request=self._request, response=self)

    def __repr__(self):
        return f"<Response [{self.status_code} {self.reason_phrase}]>"


class Timeout:
    __module__ = "httpx"

    def __init__(self, timeout=_sentinel, *, connect=_sentinel, read=_sentinel, write=_sentinel, pool=_sentinel):
        if isinstance(timeout, Timeout):
            connect, read, write, pool = timeout.connect, timeout.read, timeout.write, timeout.pool
        elif isinstance(timeout, tuple):
            connect = timeout[0]
            read = timeout[1]
            write = None if len(timeout) < 3 else timeout[2]
            pool = None if len(timeout) < 4 else timeout[3]
        else:
            if timeout is _sentinel:
                timeout = None
            connect = timeout if connect is _sentinel else connect
            read = timeout if read is _sentinel else read
            write = timeout if write is _sentinel else write
            pool = timeout if pool is _sentinel else pool
        self.connect, self.read, self.write, self.pool = connect, read, write, pool

    def __eq__(self, other):
        return isinstance(other, Timeout) and (self.connect, self.read, self.write, self.pool) == (
            other.connect, other.read, other.write, other.pool)

    def __repr__(self):
        if len({self.connect, self.read, self.write, self.pool}) == 1:
            return f"Timeout(timeout={self.connect})"
        return f"Timeout(connect={self.connect}, read={self.read}, write={self.write}, pool={self.pool})"


class Limits:
    __module__ = "httpx"

    def __init__(self, *, max_connections=None, max_keepalive_connections=None, keepalive_expiry=5.0):
        self.max_connections = max_connections
        self.max_keepalive_connections = max_keepalive_connections
        self.keepalive_expiry = keepalive_expiry

    def __repr__(self):
        return (f"Limits(max_connections={self.max_connections}, "
                f"max_keepalive_connections={self.max_keepalive_connections}, "
                f"keepalive_expiry={self.keepalive_expiry})")


DEFAULT_TIMEOUT_CONFIG = Timeout(timeout=5.0)
DEFAULT_LIMITS = Limits(max_connections=100, max_keepalive_connections=20)
DEFAULT_MAX_REDIRECTS = 20


# ---- clients ----


def _merge_query(url, params):
    if not params:
        return url
    items = params.items() if hasattr(params, "items") else params
    pairs = []
    for k, v in items:
        for x in (v if isinstance(v, (list, tuple)) else [v]):
            if x is None:
                x = ""
            elif x is True:
                x = "true"
            elif x is False:
                x = "false"
            pairs.append((str(k), str(x)))
    qs = _httpcore.quote_query(pairs, "plus")
    base, _, frag = url.partition("#")
    return base + ("&" if "?" in base else "?") + qs + ("#" + frag if frag else "")


class _BaseClient:
    def __init__(self, *, auth=None, params=None, headers=None, cookies=None, verify=True, cert=None,
                 http1=True, http2=False, proxies=None, mounts=None, timeout=DEFAULT_TIMEOUT_CONFIG,
                 follow_redirects=False, limits=DEFAULT_LIMITS, max_redirects=DEFAULT_MAX_REDIRECTS,
                 event_hooks=None, base_url="", transport=None, app=None, trust_env=True,
                 default_encoding="utf-8"):
        self._base_url = URL(base_url) if base_url else None
        self._params = params
        self.headers = Headers({"Accept": "*/*", "Accept-Encoding": "gzip, deflate",
                                "Connection": "keep-alive", "User-Agent": _USER_AGENT})
        if headers:
            self.headers.update(headers)
        self.timeout = Timeout(timeout)
        self.follow_redirects = follow_redirects
        self.max_redirects = max_redirects
        self._limits = limits
        limit = limits.max_connections if limits.max_connections is not None else 0
        self._client = _httpcore.Client(limit, 0, verify is False)
        self._closed = False

    @property
    def is_closed(self):
        return self._closed

    @property
    def base_url(self):
        return self._base_url if self._base_url is not None else URL("")

    def _prepare(self, method, url, content, data, json, params, headers, timeout, follow_redirects):
        url = str(url)
        if self._base_url is not None:
            url = str(self._base_url.join(url)) if "://" not in url else url
        if "://" not in url:
            raise UnsupportedProtocol("Request URL is missing an 'http://' or 'https://' protocol.")
        scheme = url.partition("://")[0].lower()
        if scheme not in ("http", "https"):
            raise UnsupportedProtocol(f"Request URL has an unsupported protocol '{scheme}://'.")
        if url.partition("://")[2].find("/") < 0 and "?" not in url:
            url += "/"
        url = _merge_query(url, self._params)
        url = _merge_query(url, params)
        hdrs = Headers(self.headers)
        if headers:
            hdrs.update(headers)
        body = None
        if content is not None:
            body = content.encode("utf-8") if isinstance(content, str) else bytes(content)
        elif data is not None:
            if isinstance(data, (str, bytes)):
                body = data.encode("utf-8") if isinstance(data, str) else data
            else:
                pairs = []
                for k, v in data.items():
                    for x in (v if isinstance(v, (list, tuple)) else [v]):
                        pairs.append((str(k), "" if x is None else str(x)))
                body = _httpcore.quote_query(pairs, "plus").encode("ascii")
                if "content-type" not in hdrs:
                    hdrs["Content-Type"] = "application/x-www-form-urlencoded"
        elif json is not None:
            body = _json.dumps(json).encode("utf-8")
            if "content-type" not in hdrs:
                hdrs["Content-Type"] = "application/json"
        if body is not None:
            hdrs["Content-Length"] = str(len(body))
        elif method in ("POST", "PUT", "PATCH"):
            hdrs["Content-Length"] = "0"
        t = self.timeout if timeout is _sentinel else Timeout(timeout)
        follow = self.follow_redirects if follow_redirects is _sentinel else follow_redirects
        request = Request(method, url, headers=hdrs, content=body)
        return request, body, t, follow

    def _response(self, raw, request, t, is_async=False):
        if raw.error is not None:
            _raise_error(raw, request, t, is_async)
        history = []
        for h in raw.history:
            hr = Response(h.status, headers=h.headers, content=h.body, request=Request(h.method, h.url))
            hr._reason = h.reason
            history.append(hr)
        if raw.url != str(request.url):
            request = Request(raw.method, raw.url, headers=request.headers)
        resp = Response(raw.status, headers=raw.headers, content=raw.body, request=request)
        resp._reason = raw.reason
        resp.history = history
        if resp.has_redirect_location:
            resp.next_request = Request("GET" if raw.status in (302, 303) and raw.method != "HEAD" else raw.method,
                                        request.url.join(resp.headers["location"]))
        return resp


def _raise_error(raw, request, t, is_async):
    # The async transport (anyio) raises its timeouts without a message.
    timed_out = "" if is_async else "timed out"
    err = raw.error
    if err == "connect":
        if raw.errno < 0:
            raise ConnectError(f"[Errno {raw.errno}] {raw.strerror}", request=request)
        raise ConnectError(f"[Errno {raw.errno}] {raw.strerror}", request=request)
    if err == "connect_timeout":
        raise ConnectTimeout(timed_out, request=request)
    if err in ("sock_read", "total"):
        raise ReadTimeout(timed_out, request=request)
    if err == "disconnected":
        raise RemoteProtocolError("Server disconnected without sending a response.", request=request)
    if err == "too_many_redirects":
        raise TooManyRedirects("Exceeded maximum allowed redirects.", request=request)
    if err == "invalid_url":
        raise InvalidURL(raw.message)
    if err == "payload":
        raise RemoteProtocolError(raw.message, request=request)
    raise ConnectError(raw.message, request=request)


def _connect_timeout(t):
    return t.connect


class Client(_BaseClient):
    __module__ = "httpx"

    def request(self, method, url, *, content=None, data=None, files=None, json=None, params=None,
                headers=None, cookies=None, auth=None, follow_redirects=_sentinel, timeout=_sentinel,
                extensions=None):
        if self._closed:
            raise RuntimeError("Cannot send a request, as the client has been closed.")
        request, body, t, follow = self._prepare(method.upper(), url, content, data, json, params, headers,
                                                 timeout, follow_redirects)
        raw = self._client.fetch_sync(request.method, str(request.url), request.headers.multi_items(), body,
                                      follow, self.max_redirects, "httpx", None, t.connect, t.read)
        return self._response(raw, request, t)

    def get(self, url, **kwargs):
        return self.request("GET", url, **kwargs)

    def options(self, url, **kwargs):
        return self.request("OPTIONS", url, **kwargs)

    def head(self, url, **kwargs):
        return self.request("HEAD", url, **kwargs)

    def post(self, url, **kwargs):
        return self.request("POST", url, **kwargs)

    def put(self, url, **kwargs):
        return self.request("PUT", url, **kwargs)

    def patch(self, url, **kwargs):
        return self.request("PATCH", url, **kwargs)

    def delete(self, url, **kwargs):
        return self.request("DELETE", url, **kwargs)

    def close(self):
        if not self._closed:
            self._closed = True
            self._client.close()

    def __enter__(self):
        return self

    def __exit__(self, exc_type=None, exc_value=None, traceback=None):
        self.close()


class AsyncClient(_BaseClient):
    __module__ = "httpx"

    async def request(self, method, url, *, content=None, data=None, files=None, json=None, params=None,
                      headers=None, cookies=None, auth=None, follow_redirects=_sentinel, timeout=_sentinel,
                      extensions=None):
        if self._closed:
            raise RuntimeError("Cannot send a request, as the client has been closed.")
        request, body, t, follow = self._prepare(method.upper(), url, content, data, json, params, headers,
                                                 timeout, follow_redirects)
        raw = await self._client.fetch(request.method, str(request.url), request.headers.multi_items(), body,
                                       follow, self.max_redirects, "httpx", None, t.connect, t.read)
        return self._response(raw, request, t, True)

    async def get(self, url, **kwargs):
        return await self.request("GET", url, **kwargs)

    async def options(self, url, **kwargs):
        return await self.request("OPTIONS", url, **kwargs)

    async def head(self, url, **kwargs):
        return await self.request("HEAD", url, **kwargs)

    async def post(self, url, **kwargs):
        return await self.request("POST", url, **kwargs)

    async def put(self, url, **kwargs):
        return await self.request("PUT", url, **kwargs)

    async def patch(self, url, **kwargs):
        return await self.request("PATCH", url, **kwargs)

    async def delete(self, url, **kwargs):
        return await self.request("DELETE", url, **kwargs)

    async def aclose(self):
        if not self._closed:
            self._closed = True
            self._client.close()

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type=None, exc_value=None, traceback=None):
        await self.aclose()


def request(method, url, *, params=None, content=None, data=None, files=None, json=None, headers=None,
            cookies=None, auth=None, proxies=None, timeout=DEFAULT_TIMEOUT_CONFIG, follow_redirects=False,
            verify=True, cert=None, trust_env=True):
    with Client(timeout=timeout, verify=verify) as client:
        return client.request(method, url, content=content, data=data, json=json, params=params,
                              headers=headers, follow_redirects=follow_redirects)


def get(url, **kwargs):
    return request("GET", url, **kwargs)


def options(url, **kwargs):
    return request("OPTIONS", url, **kwargs)


def head(url, **kwargs):
    return request("HEAD", url, **kwargs)


def post(url, **kwargs):
    return request("POST", url, **kwargs)


def put(url, **kwargs):
    return request("PUT", url, **kwargs)


def patch(url, **kwargs):
    return request("PATCH", url, **kwargs)


def delete(url, **kwargs):
    return request("DELETE", url, **kwargs)


class _Codes:
    def __init__(self):
        for code, name in ((200, "OK"), (201, "CREATED"), (204, "NO_CONTENT"), (301, "MOVED_PERMANENTLY"),
                           (302, "FOUND"), (304, "NOT_MODIFIED"), (400, "BAD_REQUEST"), (401, "UNAUTHORIZED"),
                           (403, "FORBIDDEN"), (404, "NOT_FOUND"), (500, "INTERNAL_SERVER_ERROR"),
                           (503, "SERVICE_UNAVAILABLE")):
            setattr(self, name, code)
            setattr(self, name.lower(), code)


codes = _Codes()
