import heapq
import bisect
import random

h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
print(h, heapq.heappop(h), h)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print(data, [heapq.heappop(data) for _ in range(len(data))])
h = [3, 5, 7]
print(heapq.heapreplace(h, 1), h, heapq.heappushpop(h, 0), h, heapq.heappushpop(h, 10), h)
tasks = []
heapq.heappush(tasks, (2, "write"))
heapq.heappush(tasks, (1, "read"))
heapq.heappush(tasks, (3, "close"))
heapq.heappush(tasks, (1, "open"))
print([heapq.heappop(tasks) for _ in range(4)])
random.seed(4)
nums = [random.randint(0, 100) for _ in range(20)]
print(heapq.nlargest(3, nums), heapq.nsmallest(4, nums), heapq.nlargest(1, nums), heapq.nsmallest(0, nums))
words = ["pear", "fig", "banana", "kiwi", "apple"]
print(heapq.nlargest(2, words, key=len), heapq.nsmallest(2, words, key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge([5, 3], [4, 1], reverse=True)))
print(list(heapq.merge(["a", "ccc"], ["bb", "dddd"], key=len)))
h = []
for n in nums:
    heapq.heappush(h, n)
print(h)
for bad in (lambda: heapq.heappop([]), lambda: heapq.heappush((), 1), lambda: heapq.heapreplace([], 1)):
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)

a = [1, 2, 4, 4, 4, 7, 9]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5), bisect.bisect_left(a, 0), bisect.bisect(a, 10))
bisect.insort(a, 5)
bisect.insort_left(a, 4)
print(a, bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 3))


def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
people = [("ada", 36), ("bob", 25), ("cy", 41)]
people.sort(key=lambda p: p[1])
print(bisect.bisect_left(people, 30, key=lambda p: p[1]))
bisect.insort(people, ("dee", 30), key=lambda p: p[1])
print(people)
try:
    bisect.bisect([1], 1, -1)
except ValueError as e:
    print("ValueError:", e)
