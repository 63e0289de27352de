import typing
from typing import *
import __future__

T = TypeVar("T")
K = TypeVar("K", bound=int)
T_co = TypeVar("T_co", covariant=True)
print(T, K, T_co, T.__name__, K.__bound__)
for x in [Any, Optional[int], Union[int, str], Union[int, None], Union[int], List[int], Dict[str, List[int]],
          Callable[[int, str], bool], Callable[..., Any], Awaitable[int], Coroutine[Any, Any, int], Tuple[int, ...],
          Set[str], Type[int], Iterable[T], AsyncIterator[str], List, Dict, Optional, ClassVar[int], Literal[1, "a"], Final[int],
          Generic[T], Sequence[int], Mapping[str, int], Iterator[int], Generator[int, None, None], FrozenSet[int], Deque[int], DefaultDict[str, int],
          AsyncGenerator[int, None], Union[int, Union[str, float]], Optional[Union[int, str]], NoReturn, Tuple, Callable, Annotated[int, "m"],
          Dict[str, T][int], Union[int, str] | None, Optional[int] | str]:
    print(repr(x))
print(cast(int, "x"), TYPE_CHECKING)


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)


s = Stack[int]()
s.push(1)
print(type(s).__name__, s.items, Stack[int])


def f(x: Optional[int] = None) -> Dict[str, Any]:
    return {"x": x}


print(f(), f(3))
UserId = NewType("UserId", int)
print(UserId(5), UserId)


@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x):
    return x


print(g(3), typing.Text, typing.AnyStr)
print(Union[int, str] == Union[str, int], List[int] == List[int], Optional[int] == Union[int, None], List[int] == List[str])
print(len({List[int], List[int], Optional[str]}))


@runtime_checkable
class P(Protocol):
    def meth(self) -> int: ...


print(P.__name__)
print(__future__.annotations, __future__.all_feature_names[-1])
print(get_origin(List[int]), get_args(Dict[str, int]), get_args(Callable[[int], str]), get_origin(int))
for bad in (lambda: Optional(), lambda: List[int, str], lambda: Union[()], lambda: ClassVar[int, str],
            lambda: List[int]([1]), lambda: TypeVar("X", int)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
x: List[int] = [1]
print(x, Dict is Dict, isinstance([], List.__origin__))
Point = NamedTuple("Point", [("x", int), ("y", int)])
print(Point(1, 2))
try:
    assert_never(3)
except AssertionError as e:
    print(e)
print(Literal["a", "b"].__args__, Annotated[int, "meta"].__metadata__)
from typing import NamedTuple as _NT, TypedDict as _TD
NamedTuple, TypedDict = _NT, _TD
class Point(NamedTuple):
    x: int
    y: int = 0
p = Point(1)
print(p, p.x, p.y, Point(3, 4), p._asdict() if hasattr(p, "_asdict") else None)
class Movie(TypedDict):
    name: str
    year: int
m = Movie(name="Blade Runner", year=1982)
print(m, type(m).__name__)
