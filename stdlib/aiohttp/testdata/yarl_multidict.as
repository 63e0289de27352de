# yarl.URL and multidict as far as aiohttp shows them.
from yarl import URL
from multidict import CIMultiDict, CIMultiDictProxy
u = URL("http://example.com:8080/a/b?x=1&y=2#f")
print(repr(u), u.scheme, u.host, u.port, u.path, u.query_string, u.fragment, u.name)
print(u.with_query({"q": "a b"}), u.update_query(z="3"), u.origin(), URL("http://e.com/a/") / "c")
d = CIMultiDict([("A", "1"), ("a", "2"), ("B", "3")])
print(d, d["a"], d.getall("A"), len(d), "b" in d)
d["a"] = "9"
print(d, CIMultiDictProxy(d))
print(URL("http://e.com/x/y").join(URL("../z")), URL("http://e.com/x/y").join(URL("/abs")))
print(URL("http://e.com/a/b/c").join(URL("./d")), URL("http://e.com/a/b/c").join(URL("../../e?k=v")))
print(URL("http://e.com/a/").join(URL("..")), URL("http://e.com/a/b").join(URL(".")))
