# open() with an encoding CPython does not know, and awaiting an object
# whose __await__ returns something that is not an iterator.
import asyncio
import os

name = "encoding_await_probe.txt"
with open(name, "w") as fh:
    fh.write("first line\n")
for enc in ["nope", "NOPE", "rot13", "base_64", "", "UTF 8", "Latin-1", "utf-8-sig", "ascii", "cp1252"]:
    try:
        with open(name, encoding=enc) as fh:
            print(repr(enc), "ok", fh.readline().rstrip())
    except LookupError as e:
        print(repr(enc), type(e).__name__, e)

try:
    open("no such file.txt", encoding="nope")
except OSError as e:
    print(type(e).__name__, e)
try:
    open(name, "a", encoding="nope")
except LookupError as e:
    print(type(e).__name__, e)
os.remove(name)


class Int:
    def __await__(self):
        return 5


class List:
    def __await__(self):
        return [1, 2]


class Gen:
    def __await__(self):
        yield
        return "gen result"


class Iter:
    def __await__(self):
        return iter([None, None])


async def main():
    for obj in (Int(), List()):
        try:
            await obj
        except TypeError as e:
            print(type(e).__name__, e)
    print(await Gen())
    print(await Iter())


asyncio.run(main())
