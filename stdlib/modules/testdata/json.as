import json

data = {"name": "Ada", "tags": ["x", "y"], "n": 3, "pi": 3.14, "ok": True, "none": None, "nested": {"a": []}}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps("héllo"), json.dumps("héllo", ensure_ascii=False))
print(json.dumps([1, 2, 3], separators=(",", ":")))
print(json.dumps({1: "a", 2.5: "b", None: "c", True: "d"}))
back = json.loads('{"a": [1, 2.0, "three", null, true], "b": {"c": -1e3}}')
print(back, back["a"][1], type(back["b"]["c"]).__name__)
for bad in ["", "[1, 2", '{"a" 1}', "[1] 2", "tru"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e)
    except ValueError as e:
        print("ValueError?", e)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"s": {1, 2}}, default=sorted))
