import signal, asyncio, time
print(signal.SIGINT, repr(signal.SIGINT), signal.SIGTERM + 0, signal.SIG_DFL, repr(signal.SIG_IGN), signal.NSIG)
print(signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM), repr(signal.getsignal(signal.SIGTERM)), signal.Signals(15), repr(signal.Signals(15)), signal.strsignal(signal.SIGTERM), signal.strsignal(2))
print(list(signal.Signals)[:3], signal.Signals.SIGUSR1.name, int(signal.SIGINT))
got = []
def handler(signum, frame):
    got.append(signum)
    print("handler got", signal.Signals(signum).name)
old = signal.signal(signal.SIGINT, handler)
print(old)
signal.raise_signal(signal.SIGINT)
print(repr(signal.signal(signal.SIGINT, signal.default_int_handler)) == repr(handler), got)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt")
old = signal.signal(signal.SIGUSR1, handler)
print(repr(old))
signal.raise_signal(signal.SIGUSR1)
time.sleep(0.1)
print(got)
print(repr(signal.signal(signal.SIGUSR1, signal.SIG_DFL)) == repr(handler))

async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    def on_signal(name):
        print("loop handler", name)
        stop.set()
    loop.add_signal_handler(signal.SIGUSR2, on_signal, "usr2")
    loop.call_later(0.05, signal.raise_signal, signal.SIGUSR2)
    await stop.wait()
    print("stopped", loop.remove_signal_handler(signal.SIGUSR2), loop.remove_signal_handler(signal.SIGUSR2))
    stop.clear()
    loop.add_signal_handler(signal.SIGINT, on_signal, "int")
    loop.call_soon(signal.raise_signal, signal.SIGINT)
    await stop.wait()
    print(loop.remove_signal_handler(signal.SIGINT))
    for bad in (lambda: loop.add_signal_handler(signal.SIGKILL, print), lambda: loop.add_signal_handler(99, print), lambda: loop.add_signal_handler("x", print)):
        try:
            bad()
        except (RuntimeError, ValueError, TypeError) as e:
            print(type(e).__name__ + ":", e)
    async def coro(): pass
    try:
        loop.add_signal_handler(signal.SIGUSR1, coro)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
