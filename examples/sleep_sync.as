# Like print_sync, but say() also reports when it starts and ends.
# Still sequential: each call starts only when the previous one ended.
import time


def say(wait, message):
    print(f"start  {message} (sleeping {wait} s)")
    time.sleep(wait)
    print(f"finish {message}")


def main():
    start = time.perf_counter()
    say(2, "first")
    say(1, "second")
    say(1.5, "third")
    print(f"Elapsed: {time.perf_counter() - start:.3f} seconds")


main()
