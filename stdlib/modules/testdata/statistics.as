import statistics as st
import random

data = [2.5, 3.25, 5.5, 11.25, 11.75]
ints = [1, 2, 3, 4, 4]
print(st.mean(data), st.mean(ints), st.mean([1, 2, 3]), st.mean([1, 2]), st.mean([0.1] * 3), st.mean([True, False, True]))
print(st.median([1, 3, 5]), st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median([2.5, 1.5]))
print(st.mode([1, 1, 2, 3, 3, 3]), st.mode(["red", "blue", "blue", "red"]), st.multimode("aabbbbccddddeeffffgg"), st.multimode([]))
print(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(st.variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]), st.variance(ints), st.pvariance(ints), st.variance([1, 2, 3]))
print(st.stdev(ints), st.pstdev([1, 2, 3, 4]), st.stdev([0.1, 0.2, 0.3]), st.variance([1, 2, 3, 4, 5], 3))
print(st.fmean([3.5, 4.0, 5.25]), st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3, 10]))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles([1, 2, 3, 4, 5, 6], n=4, method="inclusive"), st.quantiles([1.0, 9.0]))
random.seed(7)
sample = [random.gauss(100, 15) for _ in range(200)]
print(st.mean(sample), st.stdev(sample), st.median(sample), st.pvariance(sample))
xs = [1, 2, 3, 4, 5, 6, 7, 8, 9]
ys = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.correlation(xs, xs), round(st.correlation(xs, ys), 12), st.covariance(xs, ys))
print(st.linear_regression([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]))
for bad in (lambda: st.mean([]), lambda: st.stdev([1]), lambda: st.median([]), lambda: st.mode([]),
            lambda: st.variance([5]), lambda: st.pstdev([])):
    try:
        bad()
    except st.StatisticsError as e:
        print("StatisticsError:", e, isinstance(e, ValueError))
