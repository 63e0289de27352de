# State a program changes that must stay inside its own session: class
# attributes set and deleted at run time (attribute caches), a recursive
# repr (the repr guard), the task counter, and builtin types that refuse
# changes. The Go test runs this in two Sessions at once (under -race).
import asyncio


class Counter:
    step = 1

    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += self.step
        return self.n


async def worker(name, c, rounds):
    for i in range(rounds):
        c.bump()
        if i % 3 == 0:
            Counter.step += 1
        await asyncio.sleep(0)
    return name, c.n


async def main():
    c = Counter()
    results = await asyncio.gather(*(worker(f"w{i}", c, 5) for i in range(4)))
    print(results)
    print(Counter.step, c.n)
    del Counter.step
    try:
        c.bump()
    except AttributeError as e:
        print("AttributeError:", e)
    Counter.step = 10
    print(c.bump())
    loop = []
    loop.append(loop)
    d = {"self": None}
    d["self"] = d
    print(loop, d, [loop, d])
    for typ in (list, int, str):
        try:
            typ.extra = 1
        except TypeError as e:
            print("TypeError:", e)
    try:
        del list.append
    except TypeError as e:
        print("TypeError:", e)
    try:
        del int.bit_length
    except TypeError as e:
        print("TypeError:", e)
    try:
        del str.nothing
    except TypeError as e:
        print("TypeError:", e)
    print(callable([].append), len("abc"), (5).bit_length())
    t = asyncio.current_task()
    print(t.get_name())


asyncio.run(main())
asyncio.run(main())
