##|  File "x.as", line 1
##|    print((1, 2)
##|         ^
### SyntaxError: '(' was never closed
print((1, 2)
---
##|  File "x.as", line 1
##|    x = 1)
##|         ^
### SyntaxError: unmatched ')'
x = 1)
---
##|  File "x.as", line 1
##|    x = (1]
##|          ^
### SyntaxError: closing parenthesis ']' does not match opening parenthesis '('
x = (1]
---
##|  File "x.as", line 1
##|    s = "abc
##|        ^
### SyntaxError: unterminated string literal (detected at line 1)
s = "abc
---
##|  File "x.as", line 1
##|    s = """abc
##|        ^
### SyntaxError: unterminated triple-quoted string literal (detected at line 3)
s = """abc

x
---
##|  File "x.as", line 1
##|    if x
##|        ^
### SyntaxError: expected ':'
if x
    pass
---
##|  File "x.as", line 2
##|    pass
##|    ^
### IndentationError: expected an indented block after 'if' statement on line 1
if x:
pass
---
##|  File "x.as", line 2
##|    x
##|    ^
### IndentationError: expected an indented block after function definition on line 1
def f():
x
---
##|  File "x.as", line 1
##|    x = 1
### IndentationError: unexpected indent
  x = 1
---
##|  File "x.as", line 3
##|    b
##|     ^
### IndentationError: unindent does not match any outer indentation level
if x:
        a
    b
---
##|  File "x.as", line 1
##|    print(a b)
##|          ^^^
### SyntaxError: invalid syntax. Perhaps you forgot a comma?
print(a b)
---
##|  File "x.as", line 1
##|    f() = 1
##|    ^^^
### SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?
f() = 1
---
##|  File "x.as", line 1
##|    1 = x
##|    ^
### SyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='?
1 = x
---
##|  File "x.as", line 2
##|    await x
##|    ^^^^^^^
### SyntaxError: 'await' outside async function
def f():
    await x
---
##|  File "x.as", line 1
##|    return 1
##|    ^^^^^^^^
### SyntaxError: 'return' outside function
return 1
---
##|  File "x.as", line 1
##|    break
##|    ^^^^^
### SyntaxError: 'break' outside loop
break
---
##|  File "x.as", line 1
##|    continue
##|    ^^^^^^^^
### SyntaxError: 'continue' not properly in loop
continue
---
##|  File "x.as", line 1
##|    yield 1
##|    ^^^^^^^
### SyntaxError: 'yield' outside function
yield 1
---
##|  File "x.as", line 2
##|    async for x in y:
##|    ^^^^^^^^^^^^^^^^^
### SyntaxError: 'async for' outside async function
def f():
    async for x in y:
        pass
---
##|  File "x.as", line 2
##|    async with y:
##|    ^^^^^^^^^^^^^
### SyntaxError: 'async with' outside async function
def f():
    async with y:
        pass
---
##|  File "x.as", line 1
##|    x = 1 2
##|          ^
### SyntaxError: invalid syntax
x = 1 2
---
##|  File "x.as", line 1
##|    a b c
##|      ^
### SyntaxError: invalid syntax
a b c
---
##|  File "x.as", line 1
##|    class A
##|           ^
### SyntaxError: expected ':'
class A
  pass
---
##|  File "x.as", line 4
##|    x
##|    ^
### IndentationError: expected an indented block after 'else' statement on line 3
for x in y:
 pass
else:
x
---
##|  File "x.as", line 4
##|    y
##|    ^
### IndentationError: expected an indented block after 'while' statement on line 1
while x:
# c

y
---
##|  File "x.as", line 4
##|    foo
##|    ^
### IndentationError: expected an indented block after 'except' statement on line 3
try:
  pass
except E:
foo
---
##|  File "x.as", line 4
##|    foo
##|    ^
### IndentationError: expected an indented block after 'finally' statement on line 3
try:
  pass
finally:
foo
---
##|  File "x.as", line 2
##|    b
##|    ^
### IndentationError: expected an indented block after 'with' statement on line 1
with a:
b
---
##|  File "x.as", line 2
##|    b
##|    ^
### IndentationError: expected an indented block after class definition on line 1
class A:
b
---
##|  File "x.as", line 4
##|    foo
##|    ^
### IndentationError: expected an indented block after 'except*' statement on line 3
try:
  pass
except* E:
foo
---
##|  File "x.as", line 4
##|    c
##|    ^
### IndentationError: expected an indented block after 'elif' statement on line 3
if a:
  pass
elif b:
c
---
##|  File "x.as", line 1
##|    x = [1, 2 3]
##|            ^^^
### SyntaxError: invalid syntax. Perhaps you forgot a comma?
x = [1, 2 3]
---
##|  File "x.as", line 1
##|    f(a + b c)
##|      ^^^^^^^
### SyntaxError: invalid syntax. Perhaps you forgot a comma?
f(a + b c)
---
##|  File "x.as", line 1
##|    x = (
##|        ^
### SyntaxError: '(' was never closed
x = (
---
##|  File "x.as", line 1
##|    x = (1,
##|        ^
### SyntaxError: '(' was never closed
x = (1,
  2,
---
##|  File "x.as", line 1
##|    print((1, 2)
##|         ^
### SyntaxError: '(' was never closed
print((1, 2)
x = 3
---
##|  File "x.as", line 1
##|    f((1,
##|      ^
### SyntaxError: '(' was never closed
f((1,
---
##|  File "x.as", line 2
##|    s = "abc
##|        ^
### SyntaxError: unterminated string literal (detected at line 2)
x = 1 2
s = "abc
---
##|  File "x.as", line 1
##|    x = 1 foo
##|          ^^^
### SyntaxError: invalid syntax
x = 1 foo
---
##|  File "x.as", line 1
##|    x = 1 +
##|           ^
### SyntaxError: invalid syntax
x = 1 +
---
##|  File "x.as", line 1
##|    x = $
##|        ^
### SyntaxError: invalid syntax
x = $
---
##|  File "x.as", line 1
##|    x = a ? b
##|          ^
### SyntaxError: invalid syntax
x = a ? b
---
##|  File "x.as", line 1
##|    x = 1 \ 2
##|           ^
### SyntaxError: unexpected character after line continuation character
x = 1 \ 2
---
##|  File "x.as", line 1
##|    x = €
##|        ^
### SyntaxError: invalid character '€' (U+20AC)
x = €
---
##|  File "x.as", line 3
##|    b
##|     ^
### IndentationError: unindent does not match any outer indentation level
if x:
	  a
        b
---
##|  File "x.as", line 3
##|    x
##|     ^
### IndentationError: unindent does not match any outer indentation level
def f():
    return
  x
---
##|  File "x.as", line 2
##|    2]
##|     ^
### SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 1
x = (1,
  2]
---
##|  File "x.as", line 2
##|    1 2)
##|    ^^^
### SyntaxError: invalid syntax. Perhaps you forgot a comma?
foo(
  1 2)
---
##|  File "x.as", line 1
##|    x = 0777
##|        ^
### SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers
x = 0777
---
##|  File "x.as", line 1
##|    x = 1_
##|         ^
### SyntaxError: invalid decimal literal
x = 1_
---
##|  File "x.as", line 1
##|    x = 0x
##|         ^
### SyntaxError: invalid hexadecimal literal
x = 0x
---
##|  File "x.as", line 1
##|    print("a" "b" c)
##|          ^^^^^^^^^
### SyntaxError: invalid syntax. Perhaps you forgot a comma?
print("a" "b" c)
---
##|  File "x.as", line 1
##|    x = y = 1 = 2
##|            ^
### SyntaxError: cannot assign to literal
x = y = 1 = 2
---
##|  File "x.as", line 1
##|    del f()
##|        ^^^
### SyntaxError: cannot delete function call
del f()
---
##|  File "x.as", line 1
##|    for 1 in x: pass
##|        ^
### SyntaxError: cannot assign to literal
for 1 in x: pass
---
##|  File "x.as", line 1
##|    f(x for x in y, 1)
##|      ^^^^^^^^^^^^
### SyntaxError: Generator expression must be parenthesized
f(x for x in y, 1)
---
##|  File "x.as", line 1
##|    f(**a, *b)
##|           ^
### SyntaxError: iterable argument unpacking follows keyword argument unpacking
f(**a, *b)
---
##|  File "x.as", line 1
##|    f(a=1, b)
##|            ^
### SyntaxError: positional argument follows keyword argument
f(a=1, b)
---
##|  File "x.as", line 1
##|    def f(a=1, b): pass
##|               ^
### SyntaxError: non-default argument follows default argument
def f(a=1, b): pass
---
##|  File "x.as", line 1
##|    x: int, y = 1
##|          ^
### SyntaxError: invalid syntax
x: int, y = 1
---
##|  File "x.as", line 1
##|    (a, b): int
##|    ^^^^^^
### SyntaxError: only single target (not tuple) can be annotated
(a, b): int
---
##|  File "x.as", line 2
##|    (x b)
##|     ^^^
### SyntaxError: f-string: invalid syntax. Perhaps you forgot a comma?
x = 1
y = f"ab {x b} c"
---
##|  File "x.as", line 1
##|    y = f"{}"
##|             ^
### SyntaxError: f-string: empty expression not allowed
y = f"{}"
---
##|  File "x.as", line 1
##|    y = f"a}"
##|             ^
### SyntaxError: f-string: single '}' is not allowed
y = f"a}"
---
##|  File "x.as", line 1
##|    y = f"{a"
##|             ^
### SyntaxError: f-string: expecting '}'
y = f"{a"
---
##|  File "x.as", line 1
##|    y = f"{a!x}"
##|                ^
### SyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a'
y = f"{a!x}"
---
##|  File "x.as", line 1
##|    y = f"{a:{b:{c}}}"
##|                      ^
### SyntaxError: f-string: expressions nested too deeply
y = f"{a:{b:{c}}}"
---
##|  File "x.as", line 1
##|    y = f"{a#}"
##|               ^
### SyntaxError: f-string expression part cannot include '#'
y = f"{a#}"
---
##|  File "x.as", line 1
##|    y = f"{a)}"
##|               ^
### SyntaxError: f-string: unmatched ')'
y = f"{a)}"
---
##|  File "x.as", line 1
##|    (a+)
##|       ^
### SyntaxError: f-string: invalid syntax
y = f"{a+}"
---
##|  File "x.as", line 3
##|    x = [(yield) for y in z]
##|          ^^^^^
### SyntaxError: 'yield' inside list comprehension
def f():
    yield from x
    x = [(yield) for y in z]
async def g():
    yield from x
---
##|  File "x.as", line 3
##|    return 2
##|    ^^^^^^^^
### SyntaxError: 'return' with value in async generator
async def g():
    yield 1
    return 2
---
##|  File "x.as", line 1
##|    nonlocal x
##|    ^^^^^^^^^^
### SyntaxError: nonlocal declaration not allowed at module level
nonlocal x
---
##|  File "x.as", line 2
##|    x = lambda: await y
##|                ^^^^^^^
### SyntaxError: 'await' outside async function
def f():
    x = lambda: await y
---
##|  File "x.as", line 1
##|    x += 1, 2 = 3
##|              ^
### SyntaxError: invalid syntax
x += 1, 2 = 3
---
##|  File "x.as", line 1
##|    (a, b) += 1
##|    ^^^^^^
### SyntaxError: 'tuple' is an illegal expression for augmented assignment
(a, b) += 1
---
##|  File "x.as", line 1
##|    [a, *b, *c] = d
##|    ^^^^^^^^^^^
### SyntaxError: multiple starred expressions in assignment
[a, *b, *c] = d
---
##|  File "x.as", line 1
##|    *a = b
##|    ^^
### SyntaxError: starred assignment target must be in a list or tuple
*a = b
---
##|  File "x.as", line 2
##|    *a
##|    ^^
### SyntaxError: can't use starred expression here
print(*a)
*a
---
##|  File "x.as", line 1
##|    def f(x, x): pass
##|             ^
### SyntaxError: duplicate argument 'x' in function definition
def f(x, x): pass
---
##|  File "x.as", line 1
##|    f(a=1, a=2)
##|           ^^^
### SyntaxError: keyword argument repeated: a
f(a=1, a=2)
---
##|  File "x.as", line 1
##|    def f(*): pass
##|          ^
### SyntaxError: named arguments must follow bare *
def f(*): pass
---
##|  File "x.as", line 2
##|    pass
### SyntaxError: expected 'except' or 'finally' block
try:
    pass
---
##|  File "x.as", line 3
##|    else:
##|         ^
### IndentationError: unindent does not match any outer indentation level
for x in y:
    pass
  else:
    pass
---
##|  File "x.as", line 3
##|    else:
##|         ^
### IndentationError: unindent does not match any outer indentation level
if x:
    pass
 else:
    pass
---
##|  File "x.as", line 1
##|    x = 1 if y
##|        ^^^^^^
### SyntaxError: expected 'else' after 'if' expression
x = 1 if y
---
##|  File "x.as", line 1
##|    x = [i for i in]
##|                   ^
### SyntaxError: invalid syntax
x = [i for i in]
---
##|  File "x.as", line 1
##|    def f(:
##|          ^
### SyntaxError: invalid syntax
def f(:
    pass
---
##|Traceback (most recent call last):
##|  File "x.as", line 1, in <module>
##|    a.b = 1; a[1] = 2; (a) = 3; a, b = c
##|    ^
### NameError: name 'a' is not defined
a.b = 1; a[1] = 2; (a) = 3; a, b = c
x = 1 +\
  2
---
##|  File "x.as", line 1
##|    x = "a" b"b"
##|                ^
### SyntaxError: cannot mix bytes and nonbytes literals
x = "a" b"b"
---
##|  File "x.as", line 1
##|    x = 5 == not 3
##|             ^^^
### SyntaxError: invalid syntax
x = 5 == not 3
---
### OK
lambda x: (yield)
---
##|  File "x.as", line 2
##|    yield 1
##|    ^^^^^^^
### SyntaxError: 'yield' outside function
class C:
    yield 1
---
##|  File "x.as", line 1
##|    x = {1: 2, 3}
##|               ^
### SyntaxError: ':' expected after dictionary key
x = {1: 2, 3}
---
##|Traceback (most recent call last):
##|  File "x.as", line 1, in <module>
##|    with (a as b, c as d):
##|          ^
### NameError: name 'a' is not defined
with (a as b, c as d):
    pass
---
#nonl
##|  File "x.as", line 1
##|    x = (1 +
##|        ^
### SyntaxError: '(' was never closed
x = (1 +
---
##|  File "x.as", line 1
##|    async x = 1
##|          ^
### SyntaxError: invalid syntax
async x = 1
---
##|  File "x.as", line 1
##|    async
##|         ^
### SyntaxError: invalid syntax
async
---
##|  File "x.as", line 1
##|    def f:
##|         ^
### SyntaxError: expected '('
def f:
  pass
---
##|  File "x.as", line 1
##|    def f
##|         ^
### SyntaxError: expected '('
def f
---
##|  File "x.as", line 1
##|    async def f:
##|               ^
### SyntaxError: expected '('
async def f:
    pass
---
##|  File "x.as", line 1
##|    class A(:
##|            ^
### SyntaxError: invalid syntax
class A(:
    pass
---
##|  File "x.as", line 1
##|    with a as :
##|              ^
### SyntaxError: invalid syntax
with a as :
    pass
---
##|  File "x.as", line 1
##|    with a, :
##|            ^
### SyntaxError: invalid syntax
with a, :
    pass
---
##|  File "x.as", line 3
##|    pass
##|    ^
### IndentationError: expected an indented block after 'for' statement on line 2
async def f():
    async for x in y:
    pass
---
##|  File "x.as", line 3
##|    pass
##|    ^
### IndentationError: expected an indented block after 'with' statement on line 2
async def f():
    async with x:
    pass
---
##|  File "x.as", line 1
##|    def f(a:):
##|            ^
### SyntaxError: invalid syntax
def f(a:):
    pass
---
##|  File "x.as", line 1
##|    def f(a, b c):
##|               ^
### SyntaxError: invalid syntax
def f(a, b c):
    pass
---
##|  File "x.as", line 1
##|    for x in :
##|             ^
### SyntaxError: invalid syntax
for x in :
    pass
---
##|  File "x.as", line 3
##|    except a as b.c:
##|                 ^
### SyntaxError: invalid syntax
try:
    pass
except a as b.c:
    pass
---
##|  File "x.as", line 1
##|    def f(x) -> :
##|             ^^
### SyntaxError: expected ':'
def f(x) -> :
    pass
---
##|  File "x.as", line 1
##|    class A x:
##|            ^
### SyntaxError: invalid syntax
class A x:
    pass
---
##|Traceback (most recent call last):
##|  File "x.as", line 3, in <module>
##|    @d
##|     ^
### NameError: name 'd' is not defined. Did you mean: 'id'?
def f(a: int = 1, *args: str, b, **kw: dict) -> None:
    pass
@d
async def g():
    pass
@d
class C(A, metaclass=M):
    pass
---
##|  File "x.as", line 1
##|    def f(x) yy:
##|             ^^
### SyntaxError: expected ':'
def f(x) yy:
    pass
---
##|  File "x.as", line 1
##|    def f(x) -> int yy:
##|                    ^^
### SyntaxError: expected ':'
def f(x) -> int yy:
    pass
---
##|  File "x.as", line 1
##|    def f(a, b=1 c):
##|               ^^^
### SyntaxError: invalid syntax. Perhaps you forgot a comma?
def f(a, b=1 c):
    pass
---
##|  File "x.as", line 1
##|    lambda a b: 0
##|             ^
### SyntaxError: invalid syntax
lambda a b: 0
---
##|  File "x.as", line 1
##|    def f(x, *, y z):
##|                  ^
### SyntaxError: invalid syntax
def f(x, *, y z):
    pass
---
##|  File "x.as", line 3
##|    else:
##|    ^^^^
### SyntaxError: invalid syntax
def f():
    pass
else:
    pass
---
##|  File "x.as", line 3
##|    else:
##|    ^^^^
### SyntaxError: invalid syntax
with a:
    pass
else:
    pass
---
##|  File "x.as", line 3
##|    else:
##|    ^^^^
### SyntaxError: invalid syntax
class A:
    pass
else:
    pass
---
##|  File "x.as", line 2
##|    for x in y:
##|    ^^^
### SyntaxError: invalid syntax
@d
for x in y:
    pass
---
##|  File "x.as", line 2
##|    with a:
##|    ^^^^
### SyntaxError: invalid syntax
@d
with a:
    pass
---
##|  File "x.as", line 2
##|    async with a:
##|          ^^^^
### SyntaxError: invalid syntax
@d
async with a:
    pass
---
##|  File "x.as", line 2
##|    async for x in y:
##|          ^^^
### SyntaxError: invalid syntax
@d
async for x in y:
    pass
---
##|  File "x.as", line 2
##|    x = 1
##|    ^
### SyntaxError: invalid syntax
@d
x = 1
---
##|  File "x.as", line 2
##|    if x:
##|    ^^
### SyntaxError: invalid syntax
@d
if x:
    pass
---
##|  File "x.as", line 3
##|    elif b
##|          ^
### SyntaxError: expected ':'
if a:
    pass
elif b
    pass
---
##|  File "x.as", line 4
##|    pass
##|    ^
### IndentationError: expected an indented block after 'elif' statement on line 3
if a:
    pass
elif b:
pass
---
##|  File "x.as", line 1
##|    while x
##|           ^
### SyntaxError: expected ':'
while x
    pass
---
##|  File "x.as", line 3
##|    else
##|        ^
### SyntaxError: expected ':'
while x:
    pass
else
    pass
---
##|Traceback (most recent call last):
##|  File "x.as", line 1, in <module>
##|    if a:
##|       ^
### NameError: name 'a' is not defined
if a:
    x = 1
elif b:
    x = 2
elif c:
    x = 3
else:
    x = 4
while x:
    x -= 1
else:
    pass
print(x)
