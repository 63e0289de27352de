# The aiohttp module (client side, as aiohttp 3.8.4 behaves), written in
# the language over _httpcore, asyncscript's HTTP layer. Class names,
# modules, messages and reprs are aiohttp's (client.py, client_reqrep.py,
# client_exceptions.py, connector.py), and yarl's URL and multidict's
# CIMultiDictProxy as far as responses show them.

import asyncio
import json as _json
from collections import namedtuple as _namedtuple
import _httpcore

__version__ = "3.8.4"

_sentinel = object()




# ---- yarl.URL ----


class URL:
    __module__ = "yarl"

    def __init__(self, val="", *, encoded=False):
        if isinstance(val, URL):
            val = val._val
        if not isinstance(val, str):
            raise TypeError("Constructor parameter should be str")
        if not encoded:
            val = val.replace(" ", "%20")
        self._val = val
        scheme, sep, rest = val.partition("://")
        if not sep:
            scheme, rest = "", val
        rest, _, self._fragment = rest.partition("#")
        rest, _, self._query = rest.partition("?")
        if sep:
            netloc, slash, path = rest.partition("/")
            self._path = slash + path if slash else ("/" if netloc else "")
        else:
            netloc, self._path = "", rest
        self._scheme = scheme.lower()
        host, port = netloc, None
        if "@" in host:
            host = host.rpartition("@")[2]
        p = ""
        if host.startswith("["):
            h, _, p = host.partition("]")
            host = h[1:]
            p = p[1:] if p.startswith(":") else ""
        elif ":" in host:
            host, _, p = host.rpartition(":")
        if p:
            # urlsplit's port, which yarl checks
            if not (p.isdigit() and int(p) <= 65535):
                raise ValueError("Invalid URL: port can't be converted to integer")
            port = int(p) or None
        self._host = host.lower() if host else None
        self._explicit_port = port

    def __str__(self):
        return self._val

    def __repr__(self):
        return "URL({!r})".format(self._val)

    def __eq__(self, other):
        if not isinstance(other, URL):
            return NotImplemented
        return self._val == other._val

    def __hash__(self):
        return hash(self._val)

    def human_repr(self):
        return self._val

    @property
    def scheme(self):
        return self._scheme

    @property
    def host(self):
        return self._host

    @property
    def raw_host(self):
        return self._host

    @property
    def port(self):
        if self._explicit_port is not None:
            return self._explicit_port
        return {"http": 80, "https": 443}.get(self._scheme)

    @property
    def explicit_port(self):
        return self._explicit_port

    @property
    def path(self):
        return self._path

    @property
    def raw_path(self):
        return self._path

    @property
    def query_string(self):
        return self._query

    @property
    def raw_query_string(self):
        return self._query

    @property
    def fragment(self):
        return self._fragment

    @property
    def name(self):
        return self._path.rpartition("/")[2]

    @property
    def query(self):
        out = {}
        for part in self._query.split("&"):
            if part:
                k, _, v = part.partition("=")
                out.setdefault(k.replace("+", " "), v.replace("+", " "))
        return out

    def is_absolute(self):
        return self._host is not None

    def origin(self):
        port = "" if self._explicit_port is None else ":" + str(self._explicit_port)
        return URL("{}://{}{}".format(self._scheme, self._host, port))

    def join(self, other):
        return URL(_join_url(self._val, str(other)))

    def _fragment_suffix(self):
        return "#" + self._fragment if self._fragment else ""

    def with_query(self, query=None, **kwargs):
        base = self._val.partition("#")[0].partition("?")[0]
        qs = _query_string(kwargs if query is None else query)
        return URL((base + "?" + qs if qs else base) + self._fragment_suffix())

    def update_query(self, query=None, **kwargs):
        qs = _query_string(kwargs if query is None else query)
        base = self._val.partition("#")[0]
        if qs:
            base += ("&" if "?" in base else "?") + qs
        return URL(base + self._fragment_suffix())

    def __truediv__(self, name):
        base = self._val.partition("#")[0].partition("?")[0]
        if not base.endswith("/"):
            base += "/"
        return URL(base + name)


def _join_url(base, ref):
    if "://" in ref:
        return ref
    b = URL(base)
    root = "{}://{}".format(b._scheme, base.partition("://")[2].partition("/")[0].partition("?")[0])
    if ref.startswith("//"):
        return b._scheme + ":" + ref
    if ref.startswith("/"):
        return root + _remove_dot_segments(ref)
    if ref.startswith("?"):
        return root + b._path + ref
    directory = b._path.rpartition("/")[0]
    return root + _remove_dot_segments(directory + "/" + ref)


def _remove_dot_segments(path):
    # RFC 3986 section 5.2.4, on the path part (the query stays as it is)
    path, q, query = path.partition("?")
    out = []
    segments = path.split("/")
    for i, seg in enumerate(segments):
        if seg == "..":
            if len(out) > 1:
                out.pop()
            if i == len(segments) - 1:
                out.append("")
        elif seg == ".":
            if i == len(segments) - 1:
                out.append("")
        else:
            out.append(seg)
    return "/".join(out) + q + query


def _query_string(query):
    if query is None:
        return ""
    if isinstance(query, str):
        return query
    if hasattr(query, "items"):
        items = list(query.items())
    else:
        items = list(query)
    pairs = []
    for k, v in items:
        if isinstance(v, (list, tuple)):
            for x in v:
                pairs.append((k, _query_value(x)))
        else:
            pairs.append((k, _query_value(v)))
    return _httpcore.quote_query(pairs, "yarl")


def _query_value(v):
    if isinstance(v, bool):
        raise TypeError("Invalid variable type: value should be str, int or float, got {!r} of type {}".format(v, type(v)))
    if isinstance(v, (str, int, float)):
        return str(v)
    raise TypeError("Invalid variable type: value should be str, int or float, got {!r} of type {}".format(v, type(v)))


# ---- multidict ----


class CIMultiDictProxy:
    __module__ = "multidict._multidict"

    def __init__(self, items=()):
        if isinstance(items, CIMultiDictProxy):
            items = items._items
        elif hasattr(items, "items"):
            items = items.items()
        self._items = [(str(k), v) for k, v in items]

    def __getitem__(self, key):
        k = key.lower()
        for name, value in self._items:
            if name.lower() == k:
                return value
        raise KeyError(key)

    def get(self, key, default=None):
        k = key.lower()
        for name, value in self._items:
            if name.lower() == k:
                return value
        return default

    def getone(self, key, default=_sentinel):
        k = key.lower()
        for name, value in self._items:
            if name.lower() == k:
                return value
        if default is not _sentinel:
            return default
        raise KeyError("Key not found: %r" % key)

    def getall(self, key, default=_sentinel):
        k = key.lower()
        out = [value for name, value in self._items if name.lower() == k]
        if out:
            return out
        if default is not _sentinel:
            return default
        raise KeyError("Key not found: %r" % key)

    def __contains__(self, key):
        if not isinstance(key, str):
            return False
        k = key.lower()
        for name, _ in self._items:
            if name.lower() == k:
                return True
        return False

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter([name for name, _ in self._items])

    def keys(self):
        return [name for name, _ in self._items]

    def values(self):
        return [value for _, value in self._items]

    def items(self):
        return list(self._items)

    def copy(self):
        return CIMultiDict(self._items)

    def __eq__(self, other):
        if isinstance(other, CIMultiDictProxy):
            return [(k.lower(), v) for k, v in self._items] == [(k.lower(), v) for k, v in other._items]
        if hasattr(other, "items"):
            return dict((k.lower(), v) for k, v in self._items) == dict((str(k).lower(), v) for k, v in other.items())
        return NotImplemented

    def __repr__(self):
        body = ", ".join("{!r}: {!r}".format(k, v) for k, v in self._items)
        return "<{}({})>".format(type(self).__name__, body)


class CIMultiDict(CIMultiDictProxy):
    __module__ = "multidict._multidict"

    def __setitem__(self, key, value):
        k = key.lower()
        out = []
        done = False
        for name, v in self._items:
            if name.lower() == k:
                if not done:
                    out.append((key, value))
                    done = True
            else:
                out.append((name, v))
        if not done:
            out.append((key, value))
        self._items = out

    def add(self, key, value):
        self._items.append((key, value))

    def extend(self, items):
        if hasattr(items, "items"):
            items = items.items()
        for k, v in items:
            self._items.append((k, v))

    def pop(self, key, default=_sentinel):
        k = key.lower()
        for i, (name, value) in enumerate(self._items):
            if name.lower() == k:
                self._items = [x for x in self._items if x[0].lower() != k]
                return value
        if default is not _sentinel:
            return default
        raise KeyError(key)

    def __delitem__(self, key):
        self.pop(key)


# ---- exceptions (client_exceptions.py) ----


class ClientError(Exception):
    __module__ = "aiohttp.client_exceptions"


class ClientResponseError(ClientError):
    __module__ = "aiohttp.client_exceptions"

    def __init__(self, request_info, history, *, code=None, status=None, message="", headers=None):
        self.request_info = request_info
        if status is not None:
            self.status = status
        elif code is not None:
            self.status = code
        else:
            self.status = 0
        self.message = message
        self.headers = headers
        self.history = history
        self.args = (request_info, history)

    def __str__(self):
        return "{}, message={!r}, url={!r}".format(self.status, self.message, self.request_info.real_url)

    def __repr__(self):
        args = f"{self.request_info!r}, {self.history!r}"
        if self.status != 0:
            args += f", status={self.status!r}"
        if self.message != "":
            args += f", message={self.message!r}"
        if self.headers is not None:
            args += f", headers={self.headers!r}"
        return f"{type(self).__name__}({args})"

    @property
    def code(self):
        return self.status


class ContentTypeError(ClientResponseError):
    __module__ = "aiohttp.client_exceptions"


class WSServerHandshakeError(ClientResponseError):
    __module__ = "aiohttp.client_exceptions"


class ClientHttpProxyError(ClientResponseError):
    __module__ = "aiohttp.client_exceptions"


class TooManyRedirects(ClientResponseError):
    __module__ = "aiohttp.client_exceptions"


class ClientConnectionError(ClientError):
    __module__ = "aiohttp.client_exceptions"


class ClientOSError(ClientConnectionError, OSError):
    __module__ = "aiohttp.client_exceptions"


class ClientConnectorError(ClientOSError):
    __module__ = "aiohttp.client_exceptions"

    def __init__(self, connection_key, os_error):
        self._conn_key = connection_key
        self._os_error = os_error
        super().__init__(os_error.errno, os_error.strerror)
        self.errno = os_error.errno
        self.strerror = os_error.strerror
        self.args = (connection_key, os_error)

    @property
    def os_error(self):
        return self._os_error

    @property
    def host(self):
        return self._conn_key.host

    @property
    def port(self):
        return self._conn_key.port

    @property
    def ssl(self):
        return self._conn_key.ssl

    def __str__(self):
        return "Cannot connect to host {0.host}:{0.port} ssl:{1} [{2}]".format(
            self, self.ssl if self.ssl is not None else "default", self.strerror
        )


class ClientProxyConnectionError(ClientConnectorError):
    __module__ = "aiohttp.client_exceptions"


class ClientSSLError(ClientConnectorError):
    __module__ = "aiohttp.client_exceptions"


class ServerConnectionError(ClientConnectionError):
    __module__ = "aiohttp.client_exceptions"


class ServerDisconnectedError(ServerConnectionError):
    __module__ = "aiohttp.client_exceptions"

    def __init__(self, message=None):
        if message is None:
            message = "Server disconnected"
        self.args = (message,)
        self.message = message


class ServerTimeoutError(ServerConnectionError, asyncio.TimeoutError):
    __module__ = "aiohttp.client_exceptions"


class ServerFingerprintMismatch(ServerConnectionError):
    __module__ = "aiohttp.client_exceptions"


class ClientPayloadError(ClientError):
    __module__ = "aiohttp.client_exceptions"


class InvalidURL(ClientError, ValueError):
    __module__ = "aiohttp.client_exceptions"

    def __init__(self, url):
        super().__init__(url)

    @property
    def url(self):
        return self.args[0]

    def __repr__(self):
        return f"<{self.__class__.__name__} {self.url}>"


# ---- client_reqrep.py ----


class ConnectionKey:
    __module__ = "aiohttp.client_reqrep"

    def __init__(self, host, port, is_ssl, ssl=None, proxy=None, proxy_auth=None, proxy_headers_hash=None):
        self.host = host
        self.port = port
        self.is_ssl = is_ssl
        self.ssl = ssl
        self.proxy = proxy
        self.proxy_auth = proxy_auth
        self.proxy_headers_hash = proxy_headers_hash

    def __repr__(self):
        return "ConnectionKey(host={!r}, port={!r}, is_ssl={!r}, ssl={!r}, proxy={!r}, proxy_auth={!r}, proxy_headers_hash={!r})".format(
            self.host, self.port, self.is_ssl, self.ssl, self.proxy, self.proxy_auth, self.proxy_headers_hash)


class RequestInfo:
    __module__ = "aiohttp.client_reqrep"

    def __init__(self, url, method, headers, real_url=_sentinel):
        self.url = url
        self.method = method
        self.headers = headers
        self.real_url = url if real_url is _sentinel else real_url

    def __repr__(self):
        return "RequestInfo(url={!r}, method={!r}, headers={!r}, real_url={!r})".format(
            self.url, self.method, self.headers, self.real_url)

    def __eq__(self, other):
        if not isinstance(other, RequestInfo):
            return NotImplemented
        return (self.url, self.method, self.real_url) == (other.url, other.method, other.real_url)


def _parse_content_type(value):
    if value is None:
        return "application/octet-stream", {}
    parts = value.split(";")
    mimetype = parts[0].strip().lower()
    params = {}
    for p in parts[1:]:
        k, _, v = p.partition("=")
        params[k.strip().lower()] = v.strip().strip('"')
    return mimetype, params


class ClientResponse:
    __module__ = "aiohttp.client_reqrep"

    def __init__(self, raw, request_info, history=()):
        self.status = raw.status
        self.reason = raw.reason
        self.method = raw.method
        self._url = URL(raw.url)
        self.headers = CIMultiDictProxy(raw.headers)
        self.raw_headers = tuple((k.encode(), v.encode()) for k, v in raw.headers)
        self._body = raw.body
        self._content = None
        self._request_info = request_info
        self._history = tuple(history)
        self._released = False
        self._closed = True
        self.version = HttpVersion(1, 1)

    @property
    def url(self):
        return self._url

    @property
    def real_url(self):
        return self._url

    @property
    def host(self):
        return self._url.host

    @property
    def request_info(self):
        return self._request_info

    @property
    def history(self):
        return self._history

    @property
    def ok(self):
        return self.status < 400

    @property
    def closed(self):
        return self._closed

    @property
    def content_type(self):
        return _parse_content_type(self.headers.get("Content-Type"))[0]

    @property
    def charset(self):
        return _parse_content_type(self.headers.get("Content-Type"))[1].get("charset")

    @property
    def content_length(self):
        v = self.headers.get("Content-Length")
        return int(v) if v is not None else None

    @property
    def content(self):
        if self._content is None:
            self._content = StreamReader(self._body)
        return self._content

    def get_encoding(self):
        mimetype, params = _parse_content_type(self.headers.get("Content-Type"))
        encoding = params.get("charset")
        if encoding:
            return encoding
        return "utf-8"

    def raise_for_status(self):
        if not self.ok:
            self.release()
            raise ClientResponseError(self.request_info, self.history, status=self.status,
                                      message=self.reason, headers=self.headers)

    def release(self):
        self._released = True

    def close(self):
        self._released = True

    async def wait_for_close(self):
        self._released = True

    async def read(self):
        return self._body

    async def text(self, encoding=None, errors="strict"):
        if encoding is None:
            encoding = self.get_encoding()
        return self._body.decode(encoding, errors)

    async def json(self, *, encoding=None, loads=_json.loads, content_type="application/json"):
        if content_type:
            ctype = self.headers.get("Content-Type", "").lower()
            if content_type not in ctype:
                raise ContentTypeError(
                    self.request_info, self.history,
                    message="Attempt to decode JSON with unexpected mimetype: %s" % ctype,
                    headers=self.headers)
        stripped = self._body.strip()
        if not stripped:
            return None
        if encoding is None:
            encoding = self.get_encoding()
        return loads(stripped.decode(encoding))

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        self.release()

    def __repr__(self):
        reason = self.reason or ""
        return "<ClientResponse({}) [{} {}]>\n{!r}\n".format(str(self._url), self.status, reason, self.headers)


HttpVersion = _namedtuple("HttpVersion", ["major", "minor"])
HttpVersion.__module__ = "aiohttp.http_writer"
HttpVersion10 = HttpVersion(1, 0)
HttpVersion11 = HttpVersion(1, 1)


class StreamReader:
    __module__ = "aiohttp.streams"

    def __init__(self, data):
        self._data = data
        self._pos = 0

    async def read(self, n=-1):
        if n is None or n < 0:
            out = self._data[self._pos:]
        else:
            out = self._data[self._pos:self._pos + n]
        self._pos += len(out)
        return out

    async def readany(self):
        return await self.read()

    async def readline(self):
        i = self._data.find(b"\n", self._pos)
        end = len(self._data) if i < 0 else i + 1
        out = self._data[self._pos:end]
        self._pos = end
        return out

    async def readexactly(self, n):
        return await self.read(n)

    def at_eof(self):
        return self._pos >= len(self._data)

    def iter_chunked(self, n):
        return _ChunkIter(self, n)

    def __aiter__(self):
        return _LineIter(self)


class _ChunkIter:
    def __init__(self, reader, n):
        self._reader, self._n = reader, n

    def __aiter__(self):
        return self

    async def __anext__(self):
        data = await self._reader.read(self._n)
        if not data:
            raise StopAsyncIteration
        return data


class _LineIter:
    def __init__(self, reader):
        self._reader = reader

    def __aiter__(self):
        return self

    async def __anext__(self):
        line = await self._reader.readline()
        if not line:
            raise StopAsyncIteration
        return line


# ---- client.py ----


class ClientTimeout:
    __module__ = "aiohttp.client"

    def __init__(self, total=None, connect=None, sock_read=None, sock_connect=None):
        object.__setattr__(self, "total", total)
        object.__setattr__(self, "connect", connect)
        object.__setattr__(self, "sock_read", sock_read)
        object.__setattr__(self, "sock_connect", sock_connect)

    def __setattr__(self, name, value):
        raise AttributeError("can't set attribute")

    def __repr__(self):
        return "ClientTimeout(total={!r}, connect={!r}, sock_read={!r}, sock_connect={!r})".format(
            self.total, self.connect, self.sock_read, self.sock_connect)

    def __eq__(self, other):
        if not isinstance(other, ClientTimeout):
            return NotImplemented
        return (self.total, self.connect, self.sock_read, self.sock_connect) == (
            other.total, other.connect, other.sock_read, other.sock_connect)

    def __hash__(self):
        return hash((self.total, self.connect, self.sock_read, self.sock_connect))


DEFAULT_TIMEOUT = ClientTimeout(total=5 * 60)


class _Noop:
    def __await__(self):
        return iter(())


class BaseConnector:
    __module__ = "aiohttp.connector"

    def __init__(self, *, keepalive_timeout=_sentinel, force_close=False, limit=100, limit_per_host=0,
                 enable_cleanup_closed=False, loop=None):
        self._limit = limit
        self._limit_per_host = limit_per_host
        self._force_close = force_close
        self._client = _httpcore.Client(limit, limit_per_host)

    @property
    def limit(self):
        return self._limit

    @property
    def limit_per_host(self):
        return self._limit_per_host

    @property
    def force_close(self):
        return self._force_close

    @property
    def closed(self):
        return self._client.closed

    def close(self):
        self._client.close()
        return _Noop()

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type=None, exc_value=None, exc_traceback=None):
        self.close()


class TCPConnector(BaseConnector):
    __module__ = "aiohttp.connector"

    def __init__(self, *, verify_ssl=True, fingerprint=None, use_dns_cache=True, ttl_dns_cache=10,
                 family=0, ssl_context=None, ssl=None, local_addr=None, resolver=None,
                 keepalive_timeout=_sentinel, force_close=False, limit=100, limit_per_host=0,
                 enable_cleanup_closed=False, loop=None):
        super().__init__(keepalive_timeout=keepalive_timeout, force_close=force_close, limit=limit,
                         limit_per_host=limit_per_host, enable_cleanup_closed=enable_cleanup_closed, loop=loop)
        if ssl is False or verify_ssl is False:
            self._client = _httpcore.Client(limit, limit_per_host, True)


_DEFAULT_HEADERS = (("Accept", "*/*"), ("Accept-Encoding", "gzip, deflate"))
_USER_AGENT = "Python/3.11 aiohttp/3.8.4"


def _encode_form(data):
    if hasattr(data, "items"):
        data = list(data.items())
    return _httpcore.quote_query([(str(k), str(v)) for k, v in data], "plus")


class ClientSession:
    __module__ = "aiohttp.client"

    def __init__(self, base_url=None, *, connector=None, loop=None, cookies=None, headers=None,
                 skip_auto_headers=None, auth=None, json_serialize=_json.dumps, request_class=None,
                 response_class=None, ws_response_class=None, version=None, cookie_jar=None,
                 connector_owner=True, raise_for_status=False, read_timeout=_sentinel,
                 conn_timeout=None, timeout=_sentinel, auto_decompress=True, trust_env=False,
                 requote_redirect_url=True, trace_configs=None, read_bufsize=2 ** 16):
        _live_sessions.append(self)
        if base_url is None or isinstance(base_url, URL):
            self._base_url = base_url
        else:
            self._base_url = URL(base_url)
        if connector is None:
            connector = TCPConnector()
        self._connector = connector
        self._connector_owner = connector_owner
        self._default_headers = CIMultiDict(headers or ())
        self._skip_auto_headers = frozenset(h.lower() for h in (skip_auto_headers or ()))
        self._json_serialize = json_serialize
        self._raise_for_status = raise_for_status
        self._auto_decompress = auto_decompress
        if timeout is _sentinel:
            timeout = DEFAULT_TIMEOUT
            if read_timeout is not _sentinel:
                timeout = ClientTimeout(total=read_timeout, connect=conn_timeout)
        self._timeout = timeout

    def request(self, method, url, **kwargs):
        return _httpcore.RequestContextManager(self._request(method, url, **kwargs))

    def get(self, url, *, allow_redirects=True, **kwargs):
        return _httpcore.RequestContextManager(self._request("GET", url, allow_redirects=allow_redirects, **kwargs))

    def options(self, url, *, allow_redirects=True, **kwargs):
        return _httpcore.RequestContextManager(self._request("OPTIONS", url, allow_redirects=allow_redirects, **kwargs))

    def head(self, url, *, allow_redirects=False, **kwargs):
        return _httpcore.RequestContextManager(self._request("HEAD", url, allow_redirects=allow_redirects, **kwargs))

    def post(self, url, *, data=None, **kwargs):
        return _httpcore.RequestContextManager(self._request("POST", url, data=data, **kwargs))

    def put(self, url, *, data=None, **kwargs):
        return _httpcore.RequestContextManager(self._request("PUT", url, data=data, **kwargs))

    def patch(self, url, *, data=None, **kwargs):
        return _httpcore.RequestContextManager(self._request("PATCH", url, data=data, **kwargs))

    def delete(self, url, **kwargs):
        return _httpcore.RequestContextManager(self._request("DELETE", url, **kwargs))

    def _build_url(self, str_or_url):
        url = URL(str_or_url)
        if self._base_url is None:
            return url
        return self._base_url.join(url)

    async def _request(self, method, str_or_url, *, params=None, data=None, json=None, cookies=None,
                       headers=None, skip_auto_headers=None, auth=None, allow_redirects=True,
                       max_redirects=10, compress=None, chunked=None, expect100=False,
                       raise_for_status=None, read_until_eof=True, proxy=None, proxy_auth=None,
                       timeout=_sentinel, verify_ssl=None, fingerprint=None, ssl_context=None,
                       ssl=None, proxy_headers=None, trace_request_ctx=None, read_bufsize=None):
        if self.closed:
            raise RuntimeError("Session is closed")
        if data is not None and json is not None:
            raise ValueError("data and json parameters can not be used at the same time")
        try:
            url = self._build_url(str_or_url)
        except ValueError as e:
            raise InvalidURL(str_or_url) from e
        if url.host is None or url.scheme not in ("http", "https"):
            raise InvalidURL(url)
        if params:
            url = url.update_query(params)

        if timeout is _sentinel:
            real_timeout = self._timeout
        elif not isinstance(timeout, ClientTimeout):
            real_timeout = ClientTimeout(total=timeout)
        else:
            real_timeout = timeout

        # ClientRequest.update_headers / update_auto_headers / update_body_from_data
        port = url.explicit_port
        netloc = url.host if port is None or port == {"http": 80, "https": 443}.get(url.scheme) else "{}:{}".format(url.host, port)
        req_headers = CIMultiDict()
        req_headers["Host"] = netloc
        for k, v in self._default_headers.items():
            req_headers.add(k, v)
        if headers:
            for k, v in (headers.items() if hasattr(headers, "items") else headers):
                if k.lower() == "host":
                    req_headers["Host"] = v
                else:
                    req_headers.add(k, v)
        skip = set(self._skip_auto_headers)
        if skip_auto_headers is not None:
            skip.update(h.lower() for h in skip_auto_headers)
        for k, v in _DEFAULT_HEADERS:
            if k.lower() not in skip and k not in req_headers:
                req_headers.add(k, v)
        if "user-agent" not in skip and "User-Agent" not in req_headers:
            req_headers.add("User-Agent", _USER_AGENT)

        body = None
        if json is not None:
            body = self._json_serialize(json)
            if "Content-Type" not in req_headers:
                req_headers.add("Content-Type", "application/json")
        elif data is not None:
            if isinstance(data, str):
                body = data
                if "Content-Type" not in req_headers:
                    req_headers.add("Content-Type", "text/plain; charset=utf-8")
            elif isinstance(data, (bytes, bytearray)):
                body = bytes(data)
                if "Content-Type" not in req_headers:
                    req_headers.add("Content-Type", "application/octet-stream")
            else:
                body = _encode_form(data)
                if "Content-Type" not in req_headers:
                    req_headers.add("Content-Type", "application/x-www-form-urlencoded")
        if body is not None:
            req_headers.add("Content-Length", str(len(body.encode() if isinstance(body, str) else body)))
        elif method in ("POST", "PUT", "PATCH"):
            req_headers.add("Content-Length", "0")

        request_info = RequestInfo(url, method, CIMultiDictProxy(req_headers), url)
        connect = real_timeout.connect
        if real_timeout.sock_connect is not None and (connect is None or real_timeout.sock_connect < connect):
            connect = real_timeout.sock_connect
        raw = await self._connector._client.fetch(
            method, str(url), req_headers.items(), body, allow_redirects, max_redirects, "aiohttp",
            real_timeout.total, connect, real_timeout.sock_read, self._auto_decompress)

        history = []
        for h in raw.history:
            info = RequestInfo(URL(h.url), h.method, request_info.headers, URL(h.url))
            history.append(ClientResponse(h, info))
        err = raw.error
        if err is not None:
            _raise_error(raw, url, request_info, history)
        if raw.url != str(url):
            request_info = RequestInfo(URL(raw.url), raw.method, request_info.headers, URL(raw.url))
        resp = ClientResponse(raw, request_info, history)
        if raise_for_status is None:
            raise_for_status = self._raise_for_status
        if raise_for_status:
            resp.raise_for_status()
        return resp

    async def close(self):
        if not self.closed:
            if self._connector is not None and self._connector_owner:
                self._connector.close()
            self._connector = None

    @property
    def closed(self):
        return self._connector is None or self._connector.closed

    @property
    def connector(self):
        return self._connector

    @property
    def timeout(self):
        return self._timeout

    @property
    def headers(self):
        return self._default_headers

    @property
    def connector_owner(self):
        return self._connector_owner

    @property
    def raise_for_status(self):
        return self._raise_for_status

    @property
    def auto_decompress(self):
        return self._auto_decompress

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        await self.close()


def _raise_error(raw, url, request_info, history):
    err = raw.error
    if err == "connect":
        key = ConnectionKey(url.host, url.port, url.scheme == "https", None, None, None, None)
        if raw.errno == 111 or raw.errno == 0:
            msg = "Connect call failed ('{}', {})".format(raw.addr, url.port)
        else:
            msg = raw.strerror
        raise ClientConnectorError(key, OSError(raw.errno, msg))
    if err == "connect_timeout":
        raise ServerTimeoutError("Connection timeout to host {}".format(url))
    if err == "sock_read":
        raise ServerTimeoutError("Timeout on reading data from socket")
    if err == "total":
        raise asyncio.TimeoutError()
    if err == "disconnected":
        raise ServerDisconnectedError()
    if err == "payload":
        raise ClientPayloadError(raw.message)
    if err == "too_many_redirects":
        raise TooManyRedirects(history[0].request_info, tuple(history))
    if err == "invalid_url":
        raise InvalidURL(raw.message)
    raise ClientOSError(raw.message)


_live_sessions = []


def _at_exit():
    # ClientSession.__del__ and BaseConnector.__del__: a session never
    # closed is reported when it is collected, at the latest at exit.
    import sys
    for session in _live_sessions:
        if session.closed:
            continue
        print("Unclosed client session", file=sys.stderr)
        print("client_session: {!r}".format(session), file=sys.stderr)
        connector = session._connector
        if connector._client.used:
            print("Unclosed connector", file=sys.stderr)
            # One idle connection, as after sequential requests (the
            # number is the loop time it was released at, not tracked).
            print("connections: ['[(<aiohttp.client_proto.ResponseHandler object at {}>, 0.0)]']".format(
                _address(object())), file=sys.stderr)
            print("connector: {!r}".format(connector), file=sys.stderr)
    _live_sessions.clear()


def _address(obj):
    return repr(obj).rpartition(" at ")[2].rstrip(">")


class _SessionRequestContextManager:
    __module__ = "aiohttp.client"

    def __init__(self, coro, session):
        self._coro = coro
        self._session = session
        self._resp = None

    async def __aenter__(self):
        try:
            self._resp = await self._coro
        except BaseException:
            await self._session.close()
            raise
        return self._resp

    async def __aexit__(self, exc_type, exc, tb):
        self._resp.release()
        await self._session.close()


def request(method, url, **kwargs):
    timeout = kwargs.pop("timeout", _sentinel)
    connector = kwargs.pop("connector", None)
    session = ClientSession(connector=connector, timeout=timeout)
    return _SessionRequestContextManager(session._request(method, url, **kwargs), session)


__all__ = (
    "ClientError", "ClientConnectionError", "ClientConnectorError", "ClientOSError",
    "ClientPayloadError", "ClientResponseError", "ClientSession", "ClientTimeout",
    "ClientResponse", "ContentTypeError", "InvalidURL", "ServerConnectionError",
    "ServerDisconnectedError", "ServerTimeoutError", "TCPConnector", "TooManyRedirects",
    "request",
)
