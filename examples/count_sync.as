# From "Asynchronous Python Programming with asyncio" (cell In [32]).
# Faithful to the notebook, including its bug: `s` was never defined,
# so after counting the program stops with a NameError (exit status 1).

# Synchronous Example

import time

def count():
    print("One")
    time.sleep(1)
    print("Two")


if __name__ == "__main__":
    for _ in range(3):
        count()
    elapsed = time.perf_counter() - s
