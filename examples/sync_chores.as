# Household chores, done synchronously. The washing machine, the dryer
# and the dishwasher each need a moment of ours to start, then work on
# their own; cleaning potatoes needs our full attention (a CPU-bound
# busy loop). The dryer can only start after the washing machine ended.
# Done one after the other, the total is the sum of all the chores.
import time

START = time.perf_counter()


def now():
    return f"{time.perf_counter() - START:.1f}"


def clean_potato(number):
    # full attention: keep the CPU busy for 0.3 seconds
    end = time.perf_counter() + 0.3
    strokes = 0
    while time.perf_counter() < end:
        strokes += 1
    print(f"[{now()}] potato {number} is clean")


def washing_machine():
    print(f"[{now()}] start the washing machine")
    time.sleep(1.0)
    print(f"[{now()}] the washing machine has finished")


def dryer():
    print(f"[{now()}] start the dryer")
    time.sleep(1.0)
    print(f"[{now()}] the dryer has finished")


def dishwasher():
    print(f"[{now()}] start the dishwasher")
    time.sleep(0.5)
    print(f"[{now()}] the dishwasher has finished")


def potatoes():
    print(f"[{now()}] start cleaning potatoes")
    for number in range(1, 6):
        clean_potato(number)
    print(f"[{now()}] all the potatoes are clean")


def main():
    washing_machine()
    dryer()
    dishwasher()
    potatoes()
    print(f"[{now()}] all chores done")


main()
