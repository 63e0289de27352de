# The requests module (requests 2.28.1), written in the language over
# _httpcore: get/post/... and Session block the caller (and so the event
# loop, as in CPython: the lesson of the course's http_requests_sync),
# Response, CaseInsensitiveDict and the exceptions of requests.exceptions,
# with requests' messages.

import json as _json
import _httpcore

__version__ = "2.28.1"

_DEFAULT_HEADERS = (
    ("User-Agent", "python-requests/2.28.1"),
    ("Accept-Encoding", "gzip, deflate"),
    ("Accept", "*/*"),
    ("Connection", "keep-alive"),
)

# ---- requests.exceptions ----


class RequestException(IOError):
    __module__ = "requests.exceptions"

    def __init__(self, *args, **kwargs):
        response = kwargs.pop("response", None)
        self.response = response
        self.request = kwargs.pop("request", None)
        if response is not None and not self.request and hasattr(response, "request"):
            self.request = self.response.request
        super().__init__(*args, **kwargs)


class InvalidJSONError(RequestException):
    __module__ = "requests.exceptions"


class JSONDecodeError(InvalidJSONError, _json.JSONDecodeError):
    __module__ = "requests.exceptions"

    def __init__(self, *args, **kwargs):
        # json.JSONDecodeError.__init__, then InvalidJSONError.__init__
        # with the one formatted message it leaves in self.args.
        if len(args) == 3:
            msg, doc, pos = args
            lineno = doc.count("\n", 0, pos) + 1
            colno = pos - doc.rfind("\n", 0, pos)
            self.msg, self.doc, self.pos, self.lineno, self.colno = msg, doc, pos, lineno, colno
            args = ("%s: line %d column %d (char %d)" % (msg, lineno, colno, pos),)
        InvalidJSONError.__init__(self, *args, **kwargs)


class HTTPError(RequestException):
    __module__ = "requests.exceptions"


class ConnectionError(RequestException):
    __module__ = "requests.exceptions"


class ProxyError(ConnectionError):
    __module__ = "requests.exceptions"


class SSLError(ConnectionError):
    __module__ = "requests.exceptions"


class Timeout(RequestException):
    __module__ = "requests.exceptions"


class ConnectTimeout(ConnectionError, Timeout):
    __module__ = "requests.exceptions"


class ReadTimeout(Timeout):
    __module__ = "requests.exceptions"


class URLRequired(RequestException):
    __module__ = "requests.exceptions"


class TooManyRedirects(RequestException):
    __module__ = "requests.exceptions"


class MissingSchema(RequestException, ValueError):
    __module__ = "requests.exceptions"


class InvalidSchema(RequestException, ValueError):
    __module__ = "requests.exceptions"


class InvalidURL(RequestException, ValueError):
    __module__ = "requests.exceptions"


class InvalidHeader(RequestException, ValueError):
    __module__ = "requests.exceptions"


class ChunkedEncodingError(RequestException):
    __module__ = "requests.exceptions"


class ContentDecodingError(RequestException):
    __module__ = "requests.exceptions"


# ---- requests.structures ----


class CaseInsensitiveDict:
    __module__ = "requests.structures"

    def __init__(self, data=None, **kwargs):
        self._store = {}
        if data is None:
            data = {}
        self.update(data, **kwargs)

    def update(self, data=(), **kwargs):
        if hasattr(data, "items"):
            data = data.items()
        for k, v in data:
            self[k] = v
        for k, v in kwargs.items():
            self[k] = v

    def __setitem__(self, key, value):
        self._store[key.lower()] = (key, value)

    def __getitem__(self, key):
        return self._store[key.lower()][1]

    def __delitem__(self, key):
        del self._store[key.lower()]

    def __iter__(self):
        return iter([k for k, v in self._store.values()])

    def __len__(self):
        return len(self._store)

    def __contains__(self, key):
        return isinstance(key, str) and key.lower() in self._store

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def keys(self):
        return [k for k, v in self._store.values()]

    def values(self):
        return [v for k, v in self._store.values()]

    def items(self):
        return list(self._store.values())

    def lower_items(self):
        return [(k, v[1]) for k, v in self._store.items()]

    def pop(self, key, *default):
        k = key.lower()
        if k in self._store:
            return self._store.pop(k)[1]
        if default:
            return default[0]
        raise KeyError(key)

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def copy(self):
        return CaseInsensitiveDict(self._store.values())

    def __eq__(self, other):
        if hasattr(other, "items"):
            other = CaseInsensitiveDict(other)
        else:
            return NotImplemented
        return dict(self.lower_items()) == dict(other.lower_items())

    def __repr__(self):
        return str(dict(self.items()))


# ---- requests.models ----


class PreparedRequest:
    __module__ = "requests.models"

    def __init__(self, method, url, headers, body):
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body

    def __repr__(self):
        return f"<PreparedRequest [{self.method}]>"


def _encoding_from_headers(headers):
    content_type = headers.get("content-type")
    if not content_type:
        return None
    parts = content_type.split(";")
    ctype = parts[0].strip()
    for p in parts[1:]:
        k, _, v = p.strip().partition("=")
        if k.strip().lower() == "charset":
            return v.strip("'\" ")
    if "text" in ctype:
        return "ISO-8859-1"
    if "application/json" in ctype:
        return "utf-8"
    return None


class Response:
    __module__ = "requests.models"

    def __init__(self, raw=None, request=None):
        self._content = b""
        self.status_code = None
        self.headers = CaseInsensitiveDict()
        self.url = None
        self.encoding = None
        self.history = []
        self.reason = None
        self.request = request
        if raw is not None:
            self.status_code = raw.status
            self.reason = raw.reason
            self.headers = CaseInsensitiveDict(raw.headers)
            self.url = raw.url
            self._content = raw.body
            self.encoding = _encoding_from_headers(self.headers)

    def __repr__(self):
        return f"<Response [{self.status_code}]>"

    def __bool__(self):
        return self.ok

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        return self.iter_content(128)

    @property
    def ok(self):
        try:
            self.raise_for_status()
        except HTTPError:
            return False
        return True

    @property
    def is_redirect(self):
        return "location" in self.headers and self.status_code in (301, 302, 303, 307, 308)

    @property
    def content(self):
        return self._content

    @property
    def apparent_encoding(self):
        try:
            self._content.decode("ascii")
            return "ascii"
        except UnicodeDecodeError:
            return "utf-8"

    @property
    def text(self):
        if not self._content:
            return ""
        encoding = self.encoding
        if encoding is None:
            encoding = self.apparent_encoding
        try:
            return self._content.decode(encoding, "replace")
        except LookupError:
            return self._content.decode("utf-8", "replace")

    def json(self, **kwargs):
        try:
            return _json.loads(self.text, **kwargs)
        except _json.JSONDecodeError as e:
            err = JSONDecodeError(str(e))
            err.msg, err.doc, err.pos, err.lineno, err.colno = e.msg, e.doc, e.pos, e.lineno, e.colno
            raise err

    def iter_content(self, chunk_size=1, decode_unicode=False):
        data = self.text if decode_unicode else self._content
        if chunk_size is None:
            return iter([data])
        return iter([data[i:i + chunk_size] for i in range(0, len(data), chunk_size)])

    def iter_lines(self, chunk_size=512, decode_unicode=False, delimiter=None):
        data = self.text if decode_unicode else self._content
        lines = data.split(delimiter) if delimiter else data.splitlines()
        return iter(lines)

    def raise_for_status(self):
        http_error_msg = ""
        reason = self.reason
        if 400 <= self.status_code < 500:
            http_error_msg = f"{self.status_code} Client Error: {reason} for url: {self.url}"
        elif 500 <= self.status_code < 600:
            http_error_msg = f"{self.status_code} Server Error: {reason} for url: {self.url}"
        if http_error_msg:
            raise HTTPError(http_error_msg, response=self)

    def close(self):
        pass


# ---- requests.sessions ----


def _split_timeout(timeout):
    if timeout is None:
        return None, None
    if isinstance(timeout, tuple):
        if len(timeout) != 2:
            raise ValueError(
                f"Invalid timeout {timeout}. Pass a (connect, read) timeout tuple, or a single float to set both timeouts to the same value."
            )
        return timeout
    return timeout, timeout


def _encode_params(params):
    if params is None:
        return ""
    if isinstance(params, (str, bytes)):
        return params if isinstance(params, str) else params.decode()
    items = params.items() if hasattr(params, "items") else params
    pairs = []
    for k, vs in items:
        if isinstance(vs, (str, bytes)) or not hasattr(vs, "__iter__"):
            vs = [vs]
        for v in vs:
            if v is not None:
                pairs.append((k if isinstance(k, str) else str(k), v.decode() if isinstance(v, bytes) else str(v)))
    return _httpcore.quote_query(pairs, "plus")


def _netloc(url):
    rest = url.partition("://")[2]
    return rest.partition("/")[0].partition("?")[0].partition("#")[0]


def _host_port(url):
    scheme = url.partition("://")[0].lower()
    netloc = _netloc(url)
    host, sep, port = netloc.rpartition(":")
    if not sep or netloc.endswith("]"):
        host, port = netloc, ""
    if port and not (port.isdigit() and int(port) <= 65535):
        # urllib3's parse_url rejects the port
        raise InvalidURL(f"Failed to parse: {url}")
    if not port or int(port) == 0:
        port = 443 if scheme == "https" else 80
    # urllib3's host: no user info, no IPv6 brackets
    host = host.rpartition("@")[2]
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    return host, int(port), scheme


def _path_of(url):
    rest = url.partition("://")[2]
    i = len(rest)
    for ch in "/?#":
        j = rest.find(ch)
        if j >= 0 and j < i:
            i = j
    path = rest[i:].partition("#")[0]
    return path or "/"


class Session:
    __module__ = "requests.sessions"

    def __init__(self):
        self.headers = CaseInsensitiveDict(_DEFAULT_HEADERS)
        self.params = {}
        self.max_redirects = 30
        self.verify = True
        self._client = _httpcore.Client(0, 0)
        self._insecure = None

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def close(self):
        self._client.close()
        if self._insecure is not None:
            self._insecure.close()

    def request(self, method, url, params=None, data=None, headers=None, cookies=None,
                files=None, auth=None, timeout=None, allow_redirects=True, proxies=None,
                hooks=None, stream=None, verify=None, cert=None, json=None):
        method = method.upper()
        if not isinstance(url, str):
            url = str(url)
        url = url.strip()
        if "://" not in url:
            raise MissingSchema(f"Invalid URL {url!r}: No scheme supplied. Perhaps you meant http://{url}?")
        scheme = url.partition("://")[0].lower()
        if scheme not in ("http", "https"):
            raise InvalidSchema(f"No connection adapters were found for {url!r}")
        host, port, scheme = _host_port(url)
        if not host:
            raise InvalidURL(f"Invalid URL {url!r}: No host supplied")
        if url.partition("://")[2].find("/") < 0 and "?" not in url:
            url += "/"
        merged = dict(self.params)
        if params:
            merged.update(params.items() if hasattr(params, "items") else params)
        qs = _encode_params(merged) if merged else ""
        if qs:
            base, _, frag = url.partition("#")
            url = base + ("&" if "?" in base else "?") + qs + ("#" + frag if frag else "")

        hdrs = CaseInsensitiveDict(self.headers)
        if headers:
            for k, v in headers.items():
                if v is None:
                    hdrs.pop(k, None)
                else:
                    hdrs[k] = v
        body = None
        if json is not None and not data:
            body = _json.dumps(json, allow_nan=False).encode("utf-8")
            if "content-type" not in hdrs:
                hdrs["Content-Type"] = "application/json"
        elif data:
            if isinstance(data, (str, bytes, bytearray)):
                body = data.encode("utf-8") if isinstance(data, str) else bytes(data)
            else:
                body = _encode_params(data).encode()
                if "content-type" not in hdrs:
                    hdrs["Content-Type"] = "application/x-www-form-urlencoded"
        if body is not None:
            hdrs["Content-Length"] = str(len(body))
        elif method not in ("GET", "HEAD"):
            hdrs["Content-Length"] = "0"
        prep = PreparedRequest(method, url, hdrs, body)

        connect, read = _split_timeout(timeout)
        client = self._client
        if verify is False or (verify is None and self.verify is False):
            if self._insecure is None:
                self._insecure = _httpcore.Client(0, 0, True)
            client = self._insecure
        raw = client.fetch_sync(method, url, hdrs.items(), body, allow_redirects,
                                      self.max_redirects, "requests", None, connect, read)
        if raw.error is not None:
            _raise_error(raw, url, host, port, connect, read, prep, self.max_redirects)
        resp = Response(raw, prep)
        resp.history = []
        for h in raw.history:
            r = Response(h, prep)
            resp.history.append(r)
        return resp

    def get(self, url, **kwargs):
        kwargs.setdefault("allow_redirects", True)
        return self.request("GET", url, **kwargs)

    def options(self, url, **kwargs):
        kwargs.setdefault("allow_redirects", True)
        return self.request("OPTIONS", url, **kwargs)

    def head(self, url, **kwargs):
        kwargs.setdefault("allow_redirects", False)
        return self.request("HEAD", url, **kwargs)

    def post(self, url, data=None, json=None, **kwargs):
        return self.request("POST", url, data=data, json=json, **kwargs)

    def put(self, url, data=None, **kwargs):
        return self.request("PUT", url, data=data, **kwargs)

    def patch(self, url, data=None, **kwargs):
        return self.request("PATCH", url, data=data, **kwargs)

    def delete(self, url, **kwargs):
        return self.request("DELETE", url, **kwargs)


def _raise_error(raw, url, host, port, connect, read, prep, max_redirects):
    err = raw.error
    pool = "HTTPSConnectionPool" if url.lower().startswith("https") else "HTTPConnectionPool"
    where = f"{pool}(host={host!r}, port={port})"
    path = _path_of(url)
    if err == "connect":
        if raw.errno < 0:
            reason = f"[Errno {raw.errno}] {raw.strerror}"
        else:
            reason = f"[Errno {raw.errno}] {raw.strerror}"
        conn = "HTTPSConnection" if pool.startswith("HTTPS") else "HTTPConnection"
        cause = f"NewConnectionError('<urllib3.connection.{conn} object at 0x7f0000000000>: Failed to establish a new connection: {reason}')"
        raise ConnectionError(f"{where}: Max retries exceeded with url: {path} (Caused by {cause})", request=prep)
    if err == "connect_timeout":
        conn = "HTTPSConnection" if pool.startswith("HTTPS") else "HTTPConnection"
        cause = f"ConnectTimeoutError(<urllib3.connection.{conn} object at 0x7f0000000000>, 'Connection to {host} timed out. (connect timeout={connect})')"
        raise ConnectTimeout(f"{where}: Max retries exceeded with url: {path} (Caused by {cause})", request=prep)
    if err == "sock_read":
        raise ReadTimeout(f"{where}: Read timed out. (read timeout={read})", request=prep)
    if err == "disconnected":
        raise ConnectionError(f"('Connection aborted.', RemoteDisconnected('Remote end closed connection without response'))", request=prep)
    if err == "too_many_redirects":
        raise TooManyRedirects(f"Exceeded {max_redirects} redirects.", request=prep)
    if err == "invalid_url":
        raise InvalidURL(f"Invalid URL {raw.message!r}")
    if err == "payload":
        raise ChunkedEncodingError(raw.message)
    raise ConnectionError(raw.message, request=prep)


def session():
    return Session()


def request(method, url, **kwargs):
    with Session() as s:
        return s.request(method=method, url=url, **kwargs)


def get(url, params=None, **kwargs):
    return request("get", url, params=params, **kwargs)


def options(url, **kwargs):
    return request("options", url, **kwargs)


def head(url, **kwargs):
    kwargs.setdefault("allow_redirects", False)
    return request("head", url, **kwargs)


def post(url, data=None, json=None, **kwargs):
    return request("post", url, data=data, json=json, **kwargs)


def put(url, data=None, **kwargs):
    return request("put", url, data=data, **kwargs)


def patch(url, data=None, **kwargs):
    return request("patch", url, data=data, **kwargs)


def delete(url, **kwargs):
    return request("delete", url, **kwargs)


class _Codes:
    def __init__(self):
        names = {200: ("ok", "okay", "all_ok"), 201: ("created",), 204: ("no_content",),
                 301: ("moved_permanently", "moved"), 302: ("found",), 304: ("not_modified",),
                 400: ("bad_request", "bad"), 401: ("unauthorized",), 403: ("forbidden",),
                 404: ("not_found",), 405: ("method_not_allowed",), 408: ("request_timeout",),
                 429: ("too_many_requests",), 500: ("internal_server_error", "server_error"),
                 502: ("bad_gateway",), 503: ("service_unavailable", "unavailable"),
                 504: ("gateway_timeout",)}
        for code, titles in names.items():
            for t in titles:
                setattr(self, t, code)
                setattr(self, t.upper(), code)

    def __repr__(self):
        return "<lookup 'status_codes'>"


codes = _Codes()
