# requests: get, post, json, headers, params, Session, errors, messages.
import sys

import requests
from requests.exceptions import HTTPError

BASE = sys.argv[1]

r = requests.get(BASE + "/hello")
print(r, r.status_code, r.reason, r.ok, bool(r), r.url)
print(r.text, r.content, r.encoding, r.headers["content-type"], "DATE" in r.headers)
print(r.headers)
print(type(r.headers).__name__, dict(r.headers)["Content-Length"])
r = requests.get(BASE + "/json")
print(r.json(), r.encoding)
r = requests.get(BASE + "/echo", params={"q": "a b/c?d&e=f", "n": 3, "u": "ü", "none": None})
data = r.json()
print(data["query"], data["method"])
print(data["headers"])
print(r.url)
r = requests.post(BASE + "/echo", data={"a": "1 2", "b": "x&y"})
data = r.json()
print(data["body"], data["headers"]["Content-Type"], data["headers"]["Content-Length"])
r = requests.post(BASE + "/echo", json={"k": [1, 2], "s": "é"})
data = r.json()
print(data["body"], data["headers"]["Content-Type"])
r = requests.put(BASE + "/echo", data="plain text")
print(r.json()["body"], r.json()["headers"].get("Content-Type"))
r = requests.post(BASE + "/to-echo", data="payload")
print(r.status_code, r.url, r.json()["method"], repr(r.json()["body"]), r.history)
r = requests.get(BASE + "/redirect/2", allow_redirects=False)
print(r.status_code, r.headers["Location"], r.is_redirect)
r = requests.head(BASE + "/hello")
print(r.status_code, r.text == "", r.headers["Content-Length"])
print(requests.get(BASE + "/gzip").text)

r = requests.get(BASE + "/status/404")
print(r.status_code, r.ok, bool(r))
try:
    r.raise_for_status()
except HTTPError as e:
    print(type(e).__name__, e, e.response.status_code)
try:
    requests.get(BASE + "/status/503").raise_for_status()
except requests.HTTPError as e:
    print(e)
try:
    requests.get(BASE + "/notjson").json()
except requests.exceptions.JSONDecodeError as e:
    print(type(e).__name__, e)
try:
    requests.get(BASE + "/sleep?ms=2000", timeout=0.2)
except requests.exceptions.ReadTimeout as e:
    print(type(e).__name__, e)
try:
    requests.get("http://127.0.0.1:1/x?y=1")
except requests.ConnectionError as e:
    print(type(e).__name__, e)
try:
    requests.get("not a url")
except requests.exceptions.MissingSchema as e:
    print(type(e).__name__, e)
try:
    requests.get(BASE + "/redirect/40")
except requests.TooManyRedirects as e:
    print(type(e).__name__, e)
print(issubclass(requests.HTTPError, requests.RequestException), issubclass(requests.RequestException, IOError))

with requests.Session() as s:
    s.headers.update({"X-Token": "abc"})
    ids = [s.get(BASE + "/conn").text for _ in range(3)]
    print("one connection:", len(set(ids)) == 1)
    print(s.get(BASE + "/echo").json()["headers"]["X-Token"])
print(requests.codes.ok, requests.codes.not_found)
