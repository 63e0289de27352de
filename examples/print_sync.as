# Wait, then print; one call after the other. No async here:
# the total time is the sum of all the waits.
import time


def say(wait, message):
    time.sleep(wait)
    print(message)


def main():
    start = time.perf_counter()
    say(2, "first")
    say(1, "second")
    print(f"Elapsed: {time.perf_counter() - start:.3f} seconds")


main()
