"""Builds the example notebooks (without outputs) from their cells.

001-004 are the course seeds (../shared/seeds/) as notebooks; 005-008 cover
what the seeds do not: background tasks printing into later cells,
asyncio.run and run_until_complete in a cell, magics, error cells and
display(). scripts/record-notebooks.sh runs this, then records the outputs
with a real Jupyter kernel (nbconvert --execute). Never edit the outputs by
hand: they are what Jupyter printed.
"""
import json
import sys

SKIP = {"tags": ["asyncscript:skip-check"]}


def md(text):
    return ("markdown", text.strip("\n"), {})


def code(text, meta=None):
    return ("code", text.strip("\n"), meta or {})


NOTEBOOKS = {
    "001_asyncio_intro": [
        md("""# AsyncIO
AsyncIO is a concurrent programming design which sometimes we associate with concepts as *concurrency, parallelism, threading, multiprocessing, etc*.

Knowing the above concepts, **asyncIO is a library to write concurrent code, but is not threading or multiprocessing**.
It is a single-threaded, single-process design that uses **cooperative multitasking**.

For basic usage we will be using:
- **async** is used to define a native coroutine or an asynchronous generator: async def, async with or async for.
- **await** passes the control back to the event loop while waiting for a result."""),
        code('''
import asyncio
import time

def greet(name: str):
    print("[sync]", "Hello")
    time.sleep(1)
    print("[sync]", name)

async def greet_async(name: str):
    print("[async]", "Hello")
    # We execute the first part of the function, then give the control back to the loop to execute something else instead of waiting
    await asyncio.sleep(1)
    print("[sync]", name)

# Sync approach takes 3 seconds
s = time.perf_counter()
greet("Juan")
greet("Sebastian")
greet("Andres")
print(f"Sync executed in: {time.perf_counter() - s}")

# Async approach takes 1 second because instead of waiting in the first greet_async, the loop continue with the next one
s = time.perf_counter()
async def main():
    await asyncio.gather(greet_async("Juan"), greet_async("Sebastian"), greet_async("Andres"))
## In Jupyter notebooks we can await async functions without assigning it to a loop
await main()
print(f"Async executed in: {time.perf_counter() - s}")
'''),
        md("We can chain coroutines waiting for a coroutine result and use it in another one."),
        code('''
import random
import asyncio

async def get_temperature():
    print("[get_temperature]", "Obtaining temperature from our amaizing towers!")
    await asyncio.sleep(1)
    return random.randint(10, 40)

async def wear_jacket(temperature):
    print("[wear_jacket]", "Calculating if you should wear a jacket!")
    await asyncio.sleep(1)
    return temperature < 20

async def main():
    print("[main]", "Starting program")
    temperature = await get_temperature()
    should_wear_jacket = await wear_jacket(temperature)
    msg = "Wear a jacket!" if should_wear_jacket is True else "Don't wear a jacket!"
    print("Temperature:", temperature, msg)
    
# Runtime of the main function is equalts to the sum of the called tasks runtime
await main()
''', SKIP),
        md("""When we call a coroutine, we obtain a coroutine object, it is not actually execute. To execute an async coroutine we can use:
- **asyncio.run()**
- **asyncio.create_task()** takes a coroutine an optional name and returns a **Task**."""),
        code('''
import asyncio
import time
import random

async def greet_async(wait, name: str):
    print("[async]", "Hello")
    await asyncio.sleep(wait)
    print("[async]", name)

async def main():
    s = time.perf_counter()
    await greet_async(1, "Juan")
    await greet_async(2, "Sebastian")
    print("[main]", f"finished in {time.perf_counter() - s}")
    
async def main_create_task():
    s = time.perf_counter()
    task1 = asyncio.create_task(greet_async(1, "Juan"))
    task2 = asyncio.create_task(greet_async(2, "Sebastian"), name="greetSebastian")

    # Wait until both tasks are completed (should take around 2 seconds.)
    await task1
    await task2

    print("[main_create_task]", f"finished in {time.perf_counter() - s}")

await main()
await main_create_task()
'''),
    ],
    "002_asynchronous_programming": [
        md("""# Asynchrous programming

Asyncio is a library to write single-threaded concurrent code using the async/await syntax."""),
        code("import asyncio\nimport time"),
        md("### Basic"),
        code('''
async def main():
    print('Hello')
    await asyncio.sleep(5)
    print('World')
    
await main()
'''),
        code('''
# When executing in normal programs
# outside of Jupyter Notebook,
# use below method instead:
#
# asyncio.run(main())
'''),
        md("### With tasks"),
        code('''
async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)

async def main():
    task1 = asyncio.create_task(say_after(2, 'Hello'))
    task2 = asyncio.create_task(say_after(5, 'World'))

    print('Started tasks')
    await task1
    await task2
    print('Finished tasks')
'''),
        code("await main()"),
        md("### Gather"),
        code('''
async def factorial(name, number):
    f = 1
    for i in range(2, number + 1):
        print(f"Task {name}: Compute factorial({i})...")
        await asyncio.sleep(1)
        f *= i
    print(f"Task {name}: factorial({number}) = {f}")

async def main():
    # Schedule three calls *concurrently*:
    await asyncio.gather(
        factorial("A", 2),
        factorial("B", 3),
        factorial("C", 4),
    )
'''),
        code("await main()"),
        md("### Mixing with blocking call"),
        code('''
def blocking_io():
    print(f"start blocking_io at {time.strftime('%X')}")
    # Blocking I/O operation
    time.sleep(5)
    print(f"blocking_io complete at {time.strftime('%X')}")

async def factorial(name, number):
    f = 1
    for i in range(2, number + 1):
        print(f"Task {name}: Compute factorial({i})...")
        await asyncio.sleep(2)
        f *= i
    print(f"Task {name}: factorial({number}) = {f}")    

async def main():
    print(f"started main at {time.strftime('%X')}")

    await asyncio.gather(
        asyncio.to_thread(blocking_io),
        factorial("A", 3)
    )

    print(f"finished main at {time.strftime('%X')}")
'''),
        # the thread's first line and task A's race (in CPython too)
        code("await main()", SKIP),
        md("### Timeout"),
        code('''
async def long_running_task():
    await asyncio.sleep(10)
    return "Task completed"

async def main():
    start_time = time.perf_counter()
    
    try:
        result = await asyncio.wait_for(long_running_task(), timeout=5)
        print(result)
    except asyncio.TimeoutError:
        print("The task did not complete within the timeout period.")
        
    time_taken = time.perf_counter() - start_time
    print(f"Total time taken: {time_taken}")
await main()
'''),
    ],
    "003_asyncio_module": [
        md("""# asyncio

The `asyncio` module provides support for **asynchronous programming**.

### Using the async / await keywords"""),
        code('''
import asyncio

async def main_async_function():
    print("Starting main function")
    result1 = await my_async_function1()
    result2 = await my_async_function2()
    print("Done with main function")
    return result1, result2

async def my_async_function1():
    print("Hello from my async function 1")
    await asyncio.sleep(3)
    print("Done with async function 1")
    return "my_async_function1 result"

async def my_async_function2():
    print("Hello from my async function 2")
    await asyncio.sleep(2)
    print("Done with async function 2")
    return "my_async_function2 result"

result = await main_async_function()
print(result)
'''),
        md("### Using the gather function"),
        code('''
async def main_async_function():
    print("Starting main function")
    result1, result2 = await asyncio.gather(my_async_function1(), my_async_function2())
    print("Done with main function")
    return result1, result2

await main_async_function()
'''),
        md("### Creating tasks"),
        code('''
async def main_async_function():
    print("Starting main function")
    task1 = asyncio.create_task(my_async_function1())
    task2 = asyncio.create_task(my_async_function2())
    result1 = await task1
    result2 = await task2
    print("Done with main function")
    return result1, result2

await main_async_function()
'''),
        md("### Don't wait"),
        code('''
async def main_async_function():
    print("Starting main function")
    task1 = asyncio.create_task(my_async_function1())
    task2 = asyncio.create_task(my_async_function2())
    print("main function doing other work")
    await asyncio.sleep(3)
    print("Done with main function")

async def my_async_function1():
    print("Hello from my async function 1")
    await asyncio.sleep(2)
    print("Done with async function 1")

async def my_async_function2():
    print("Hello from my async function 2")
    await asyncio.sleep(1)
    print("Done with async function 2")

await main_async_function()
'''),
    ],
    "004_cupcakes_and_coding": [
        md("""# Asynchronous Python Programming with `asyncio`

### Phoenix Logan
Cupcakes and Coding 2019"""),
        code('''
# Asynchronous Example
# code pulled/modified from https://realpython.com/async-io-python

import time
import asyncio

async def count():
    # asynchronous co-routine
    print("One")
    # pause here and come back when sleep() is complete
    await asyncio.sleep(1) 
    print("Two")
    
async def call_count():
    # run coroutines concurrently
    asyncio.gather(count(), count(), count()) 
    
await call_count()
'''),
        code('''
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
'''),
        md("""### What is Happening Here?

* When a task reaches the **await** keyword it signals to the event loop to take back control and execute some other task while it finishes the sleep task."""),
        code('''
await asyncio.sleep(1.5)
print("the gathered counts have finished by now")
'''),
    ],
    "005_leftover_tasks": [
        md("# Tasks outlive their cell\nA task created and not awaited keeps running on the kernel's loop; what it prints lands in a later cell."),
        code('''
import asyncio, time

async def ticker(name, n, delay):
    for i in range(n):
        print(name, "tick", i)
        await asyncio.sleep(delay)
    return name

t = asyncio.create_task(ticker("bg", 3, 0.3))
print("created", t.get_name() != "")
t.done()
'''),
        code('''
print("time.sleep holds the loop")
time.sleep(1)
print("still holding")
'''),
        code('''
await asyncio.sleep(0.5)
print("after awaiting, the task is done:", t.done())
t.result()
'''),
        code('''
async def hello(n):
    print("hello", n)
    return n

g = asyncio.gather(hello(1), hello(2))
'''),
        code('''
print("the gather ran in the gap:", g.done(), g.result())
x = 41
x + 1
'''),
        code("x;"),
        code("None"),
    ],
    "006_asyncio_run_in_cell": [
        md("# asyncio.run in a notebook\nThe kernel's loop is already running: asyncio.run and run_until_complete refuse to run."),
        code('''
import asyncio

async def main():
    await asyncio.sleep(0.1)
    return "done"

asyncio.run(main())
'''),
        code('''
loop = asyncio.get_running_loop()
loop.is_running()
'''),
        code('''
fut = loop.create_future()
try:
    loop.run_until_complete(fut)
except RuntimeError as e:
    print("RuntimeError:", e)
'''),
        # the pre-3.7 style
        code("loop = asyncio.get_event_loop()\nloop.run_until_complete(main())"),
        code("await main()"),
    ],
    "007_magics": [
        md("# IPython magics"),
        code('''
import asyncio

async def work():
    await asyncio.sleep(0.2)
    return sum(range(1000))
'''),
        code("%time sum(range(100))"),
        code('''
%%time
total = 0
for i in range(1000):
    total += i
total
'''),
        code("%timeit -n 100 -r 3 sum(range(10))"),
        code("!echo hello from the shell"),
        code("who = 'notebook'\ncount = 3\n!echo hello {who.upper()} $count times"),
        code("%%bash\necho from bash\necho to stderr >&2"),
        code("%load_ext autoreload"),
        code("%%capture\nprint('captured, not shown')\n42"),
        code('''
text = """
%this line is text
What is it?
"""
print(text.strip())
'''),
        code("def f(x):\n    'doc of f'\n    return x\n\nf?"),
        code('''
print("before")
%time x = 6 * 7
print("after", x)
'''),
    ],
    "008_errors_and_display": [
        md("# Errors and display\nAn error stops Jupyter's *run all*; recorded with --allow-errors."),
        code('''
import asyncio

async def fail():
    await asyncio.sleep(0.1)
    raise ValueError("boom")

await fail()
'''),
        code('''
d = {"a": 1}
d["b"]
'''),
        code('''
display([1, 2, 3])
display("text", {"k": (1, 2)})
print("printed after display")
'''),
        code('''
from IPython.display import HTML, Markdown, clear_output
display(HTML("<b>bold</b>"))
for i in range(3):
    clear_output(wait=True)
    print("progress", i)
Markdown("*done*")
'''),
        code('''
def broken():
    return 1 +
'''),
        code('print("still running")\n1/0'),
        code('''
import sys, time
print("out 1")
print("err 1", file=sys.stderr)
time.sleep(0.5)
print("out 2")
await asyncio.sleep(0.5)
print("err 2", file=sys.stderr)
print("out 3")
'''),
        # nbconvert answers no input requests
        code("name = input('Your name: ')"),
    ],
    "009_syntax_errors": [
        md("# Cells that do not compile\nProse typed into a code cell, and other slips: each cell shows CPython's SyntaxError."),
        code("This cell holds prose, not code."),
        code("def f():\n    await g()\n"),
        code("x = (1,\n     2"),
        code("if True:\nprint('indented?')"),
        code("s = 'unterminated"),
        code("print('the kernel is still alive')"),
    ],
    "010_nest_asyncio": [
        md("# nest_asyncio\nAfter `nest_asyncio.apply()`, asyncio.run and run_until_complete work inside the kernel's running loop."),
        code("import asyncio\nimport nest_asyncio\nnest_asyncio.apply()"),
        code('''
async def main():
    await asyncio.sleep(0.1)
    return "done"

asyncio.run(main())
'''),
        code("loop = asyncio.get_event_loop()\nloop.run_until_complete(main())"),
        code('''
async def bg():
    for i in range(3):
        print("bg", i)
        await asyncio.sleep(0.05)

t = asyncio.create_task(bg())
asyncio.run(asyncio.sleep(0.2))
print("after the nested run:", t.done())
'''),
        code("await main()"),
    ],
    "011_not_awaited": [
        md("# Calling a coroutine function without await\nThe most common slip in async notebooks: the call only makes a coroutine object."),
        code("import asyncio\n\nasync def main():\n    print('main ran')\n    return 42"),
        code("main()"),
        code("main();"),
        code("x = main()\nprint('x holds a coroutine:', asyncio.iscoroutine(x))"),
        code("main()\nprint('after')"),
        code("await x"),
    ],
}


def notebook(cells):
    out = []
    for i, (kind, text, meta) in enumerate(cells):
        c = {"cell_type": kind, "id": f"cell-{i + 1}", "metadata": meta, "source": text.splitlines(keepends=True)}
        if kind == "code":
            c["execution_count"] = None
            c["outputs"] = []
        out.append(c)
    return {
        "cells": out,
        "metadata": {
            "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
            "language_info": {"name": "python"},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }


if __name__ == "__main__":
    dest = sys.argv[1] if len(sys.argv) > 1 else "."
    for name, cells in NOTEBOOKS.items():
        with open(f"{dest}/{name}.ipynb", "w") as f:
            json.dump(notebook(cells), f, indent=1, sort_keys=True, ensure_ascii=False)
            f.write("\n")
        print(name)
