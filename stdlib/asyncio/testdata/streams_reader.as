# StreamReader semantics, fed by hand (no sockets): buffering, the limit,
# IncompleteReadError / LimitOverrunError and their messages, reprs.
import asyncio

async def main():
    r = asyncio.StreamReader()
    print(r, r.at_eof(), r.exception())
    r.feed_data(b'hello\nworld\npartial')
    print(r)
    print(await r.readline(), await r.readuntil(b'ld\n'), await r.read(3))
    print(await r.readexactly(2), r)
    r.feed_data(b'')
    r.feed_data(bytearray(b'more'))
    r.feed_eof()
    print(r, r.at_eof())
    print(await r.read(), r.at_eof(), await r.read(), await r.readline())
    try:
        r.feed_data(b'x')
    except AssertionError as e:
        print('AssertionError:', e)

    r = asyncio.StreamReader()
    r.feed_data(b'abc')
    r.feed_eof()
    try:
        await r.readexactly(5)
    except asyncio.IncompleteReadError as e:
        print(type(e).__name__, e, e.partial, e.expected, isinstance(e, EOFError))
    r = asyncio.StreamReader()
    r.feed_data(b'no separator')
    r.feed_eof()
    try:
        await r.readuntil(b'!')
    except asyncio.IncompleteReadError as e:
        print(repr(e), e.args, e.partial, e.expected)
    e = asyncio.IncompleteReadError(b'12', 10)
    print(e, e.partial, e.expected)
    e = asyncio.LimitOverrunError('too long', 7)
    print(e, e.consumed, e.args)

    # the limit
    r = asyncio.StreamReader(limit=5)
    print(r)
    r.feed_data(b'0123456789\nabc\n')
    try:
        await r.readuntil(b'\n')
    except asyncio.LimitOverrunError as e:
        print(type(e).__name__, e, e.consumed)
    try:
        await r.readline()
    except ValueError as e:
        print('ValueError:', e)
    print(await r.readline())
    r.feed_data(b'0123456789')
    try:
        await r.readuntil(b'\n')
    except asyncio.LimitOverrunError as e:
        print(type(e).__name__, e, e.consumed)
    try:
        await r.readline()
    except ValueError as e:
        print('ValueError:', e, r)
    for bad in (lambda: asyncio.StreamReader(limit=0), lambda: r.readuntil(b'')):
        try:
            c = bad()
            await c
        except ValueError as e:
            print('ValueError:', e)
    try:
        await r.readexactly(-1)
    except ValueError as e:
        print('ValueError:', e)
    print(await r.readexactly(0), await r.read(0))

    # a reader waits for data; two readers at once are an error
    r = asyncio.StreamReader()
    t = asyncio.create_task(r.readline())
    await asyncio.sleep(0)
    try:
        await r.read(1)
    except RuntimeError as e:
        print('RuntimeError:', e)
    r.feed_data(b'line one\nline')
    print(await t)
    r.feed_data(b' two\n')
    r.feed_eof()
    async for line in r:
        print('async for:', line)

    # an exception set on the reader is raised by reads
    r = asyncio.StreamReader()
    t = asyncio.create_task(r.read(10))
    await asyncio.sleep(0)
    r.set_exception(ConnectionResetError('gone'))
    try:
        await t
    except ConnectionResetError as e:
        print('ConnectionResetError:', e, r.exception())
    try:
        await r.readline()
    except ConnectionResetError as e:
        print('again:', repr(e))

    # cancelling a waiting read leaves the reader usable
    r = asyncio.StreamReader()
    t = asyncio.create_task(r.readexactly(3))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled', r)
    r.feed_data(b'xyz')
    print(await r.readexactly(3))
    try:
        await asyncio.wait_for(r.read(1), 0.01)
    except TimeoutError:
        print('timed out', r)

asyncio.run(main())
