# Sleep in a loop: four one-second naps, one after the other.
import time


def nap(name, seconds):
    print(f"{name} goes to sleep")
    time.sleep(seconds)
    print(f"{name} wakes up")
    return seconds


def main():
    start = time.perf_counter()
    total = 0
    for name in ["Ann", "Bob", "Cid", "Dot"]:
        total += nap(name, 1)
    print(f"Slept {total} seconds in total")
    print(f"Elapsed: {time.perf_counter() - start:.3f} seconds")


main()
