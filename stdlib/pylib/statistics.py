# statistics: mathematical statistics (CPython's Lib/statistics.py, written
# anew). Sums are exact (each number as an integer ratio), so means,
# variances and standard deviations round exactly as CPython's do; an
# all-int input gives an int where the exact result is whole.

import math
from collections import Counter

__all__ = ["StatisticsError", "fmean", "geometric_mean", "harmonic_mean",
           "mean", "median", "median_grouped", "median_high", "median_low",
           "mode", "multimode", "pstdev", "pvariance", "quantiles", "stdev",
           "variance", "correlation", "covariance", "linear_regression"]


class StatisticsError(ValueError):
    pass


def _ratio(x):
    """x as an exact (numerator, denominator) pair."""
    if isinstance(x, bool):
        return int(x), 1
    if isinstance(x, int):
        return x, 1
    if isinstance(x, float):
        if x != x or x in (float("inf"), float("-inf")):
            return x, None
        return x.as_integer_ratio()
    try:
        return x.numerator, x.denominator
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator") from None


def _reduce(n, d):
    if d < 0:
        n, d = -n, -d
    g = math.gcd(n, d)
    if g > 1:
        n //= g
        d //= g
    return n, d


def _add(a, b):
    return _reduce(a[0] * b[1] + b[0] * a[1], a[1] * b[1])


def _type_of(data_types):
    T = int
    for typ in data_types:
        if typ is bool:
            typ = int
        if T is typ:
            continue
        if typ is int:
            continue
        if T is int:
            T = typ
            continue
        if issubclass(typ, T):
            T = typ
            continue
        if issubclass(T, typ):
            continue
        raise TypeError(f"don't know how to coerce {T.__name__} and {typ.__name__}")
    return T


def _sum(data):
    """(type, exact sum as (n, d) or a float special value, count)."""
    count = 0
    types = set()
    total = (0, 1)
    special = None
    for x in data:
        count += 1
        types.add(type(x))
        n, d = _ratio(x)
        if d is None:
            special = n if special is None else special + n
            continue
        total = _add(total, (n, d))
    T = _type_of(types)
    if special is not None:
        return T, special, count
    return T, total, count


def _convert(value, T):
    """The exact ratio value as a number of type T (an int only when whole)."""
    if not isinstance(value, tuple):
        return value
    n, d = value
    if T is int and d == 1:
        return n
    if T is int or T is bool:
        T = float
    if T is float:
        return n / d
    try:
        return T(n) / T(d)
    except TypeError:
        return n / d


def _fail_empty(what, need=1):
    if need == 1:
        raise StatisticsError(f"{what} requires at least one data point")
    raise StatisticsError(f"{what} requires at least two data points")


def mean(data):
    """The arithmetic mean, exactly rounded."""
    T, total, n = _sum(data)
    if n < 1:
        _fail_empty("mean")
    if not isinstance(total, tuple):
        return _convert(total / n, T)
    return _convert(_reduce(total[0], total[1] * n), T)


def fmean(data, weights=None):
    """The mean as a float, fast (math.fsum)."""
    if weights is None:
        data = list(data)
        n = len(data)
        if n == 0:
            raise StatisticsError("fmean requires at least one data point")
        return math.fsum(data) / n
    data = list(data)
    weights = list(weights)
    if len(weights) != len(data):
        raise StatisticsError("data and weights must be the same length")
    num = math.fsum(x * w for x, w in zip(data, weights))
    den = math.fsum(weights)
    if not den:
        raise StatisticsError("sum of weights must be non-zero")
    return num / den


def geometric_mean(data):
    """The geometric mean, as a float."""
    try:
        return math.exp(fmean(map(math.log, data)))
    except ValueError:
        raise StatisticsError("geometric mean requires a non-empty dataset containing positive numbers") from None


def harmonic_mean(data, weights=None):
    """The harmonic mean: n / sum(1/x)."""
    data = list(data)
    errmsg = "harmonic mean does not support negative values"
    n = len(data)
    if n < 1:
        raise StatisticsError("harmonic_mean requires at least one data point")
    elif n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError("unsupported type")
    if weights is None:
        weights = [1] * n
        sum_weights = (n, 1)
    else:
        weights = list(weights)
        if len(weights) != n:
            raise StatisticsError("Number of weights does not match data size")
        _, sum_weights, _ = _sum(w for w in weights)
    for x in data:
        if x < 0:
            raise StatisticsError(errmsg)
    try:
        # the reciprocals are computed as CPython does (w / x, a float)
        T, total, count = _sum(w / x if w else 0 for w, x in zip(weights, data))
    except ZeroDivisionError:
        return 0
    if total[0] <= 0:
        raise StatisticsError("Weighted sum must be positive")
    return _convert(_reduce(sum_weights[0] * total[1], sum_weights[1] * total[0]), T)


def median(data):
    """The middle value, or the mean of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    """The low median: the smaller middle value for an even count."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    """The high median: the larger middle value for an even count."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def median_grouped(data, interval=1):
    """The median of grouped continuous data (50th percentile by interpolation)."""
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError("no median for empty data")
    x = data[n // 2]
    L = x - interval / 2
    cf = data.index(x)
    f = data.count(x)
    return L + interval * (n / 2 - cf) / f


def mode(data):
    """The most common value (the first one seen among equally common ones)."""
    pairs = Counter(iter(data)).most_common(1)
    try:
        return pairs[0][0]
    except IndexError:
        raise StatisticsError("no mode for empty data") from None


def multimode(data):
    """The list of the most common values, in first-seen order."""
    counts = Counter(iter(data))
    if not counts:
        return []
    maxcount = max(counts.values())
    return [value for value, count in counts.items() if count == maxcount]


def _ss(data, c=None):
    """(type, exact sum of squared deviations, exact mean, count)."""
    data = list(data)
    T, total, n = _sum(data)
    if n == 0:
        return T, (0, 1), (0, 1), 0
    if not isinstance(total, tuple):
        return T, total, total, n
    if c is not None:
        cn, cd = _ratio(c)
        xbar = (cn, cd)
    else:
        xbar = _reduce(total[0], total[1] * n)
    ss = (0, 1)
    for x in data:
        xn, xd = _ratio(x)
        dn, dd = _reduce(xn * xbar[1] - xbar[0] * xd, xd * xbar[1])
        ss = _add(ss, (dn * dn, dd * dd))
    if c is None:
        # the deviations of the exact mean sum to zero; nothing to correct
        pass
    else:
        # CPython's correction for a given centre: subtract (sum of deviations)^2 / n
        sd = (0, 1)
        for x in data:
            xn, xd = _ratio(x)
            sd = _add(sd, _reduce(xn * xbar[1] - xbar[0] * xd, xd * xbar[1]))
        ss = _add(ss, _reduce(-sd[0] * sd[0], sd[1] * sd[1] * n))
    return T, ss, xbar, n


def _isqrt_frac_rto(n, m):
    a = math.isqrt(n // m)
    return a | (a * a * m != n)


def _float_sqrt_of_frac(n, m):
    # Correctly rounded sqrt(n/m): an integer square root with enough
    # extra bits, rounded to odd, then one rounding to float.
    q = (n.bit_length() - m.bit_length() - 109) // 2
    if q >= 0:
        numerator = _isqrt_frac_rto(n, m << 2 * q) << q
        denominator = 1
    else:
        numerator = _isqrt_frac_rto(n << -2 * q, m)
        denominator = 1 << -q
    return numerator / denominator


def variance(data, xbar=None):
    """The sample variance (divided by n - 1)."""
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError("variance requires at least two data points")
    if not isinstance(ss, tuple):
        return _convert(ss, T)
    return _convert(_reduce(ss[0], ss[1] * (n - 1)), T)


def pvariance(data, mu=None):
    """The population variance (divided by n)."""
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError("pvariance requires at least one data point")
    if not isinstance(ss, tuple):
        return _convert(ss, T)
    return _convert(_reduce(ss[0], ss[1] * n), T)


def stdev(data, xbar=None):
    """The sample standard deviation, correctly rounded."""
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError("stdev requires at least two data points")
    if not isinstance(ss, tuple):
        return float(ss)
    mn, md = _reduce(ss[0], ss[1] * (n - 1))
    return _float_sqrt_of_frac(mn, md)


def pstdev(data, mu=None):
    """The population standard deviation, correctly rounded."""
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError("pstdev requires at least one data point")
    if not isinstance(ss, tuple):
        return float(ss)
    mn, md = _reduce(ss[0], ss[1] * n)
    return _float_sqrt_of_frac(mn, md)


def quantiles(data, *, n=4, method="exclusive"):
    """n - 1 cut points dividing data into n intervals of equal probability."""
    if n < 1:
        raise StatisticsError("n must be at least 1")
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError("must have at least two data points")
    if method == "inclusive":
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            interpolated = (data[j] * (n - delta) + data[j + 1] * delta) / n
            result.append(interpolated)
        return result
    if method == "exclusive":
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            interpolated = (data[j - 1] * (n - delta) + data[j] * delta) / n
            result.append(interpolated)
        return result
    raise ValueError(f"Unknown method: {method!r}")


def covariance(x, y, /):
    """The sample covariance of two inputs."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError("covariance requires that both inputs have same number of data points")
    if n < 2:
        raise StatisticsError("covariance requires at least two data points")
    xbar = fsum_mean(x)
    ybar = fsum_mean(y)
    sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    return sxy / (n - 1)


def fsum_mean(values):
    return math.fsum(values) / len(values)


def correlation(x, y, /):
    """Pearson's correlation coefficient of two inputs."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError("correlation requires that both inputs have same number of data points")
    if n < 2:
        raise StatisticsError("correlation requires at least two data points")
    xbar = fsum_mean(x)
    ybar = fsum_mean(y)
    sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = math.fsum((d := xi - xbar) * d for xi in x)
    syy = math.fsum((d := yi - ybar) * d for yi in y)
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError("at least one of the inputs is constant")


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept of the least-squares line through (x, y)."""
    from collections import namedtuple
    n = len(x)
    if len(y) != n:
        raise StatisticsError("linear regression requires that both inputs have same number of data points")
    if n < 2:
        raise StatisticsError("linear regression requires at least two data points")
    if proportional:
        sxy = math.fsum(xi * yi for xi, yi in zip(x, y))
        sxx = math.fsum(xi * xi for xi in x)
    else:
        xbar = fsum_mean(x)
        ybar = fsum_mean(y)
        sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
        sxx = math.fsum((d := xi - xbar) * d for xi in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError("x is constant")
    intercept = 0.0 if proportional else ybar - slope * xbar
    return namedtuple("LinearRegression", ("slope", "intercept"))(slope=slope, intercept=intercept)
