# secrets: random numbers for security purposes (CPython's Lib/secrets.py,
# written anew) from the operating system's random source.

import _pylib

__all__ = ["choice", "randbelow", "randbits", "token_bytes", "token_hex", "token_urlsafe", "compare_digest",
           "SystemRandom", "DEFAULT_ENTROPY"]

DEFAULT_ENTROPY = 32
_URLSAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


def randbits(k):
    """A random int of k bits."""
    if k < 0:
        raise ValueError("number of bits must be non-negative")
    return _pylib.random_bits(k)


def randbelow(exclusive_upper_bound):
    """A random int in range(exclusive_upper_bound)."""
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    k = exclusive_upper_bound.bit_length()
    r = randbits(k)
    while r >= exclusive_upper_bound:
        r = randbits(k)
    return r


def choice(seq):
    """A random element of a non-empty sequence."""
    if not seq:
        raise IndexError("Cannot choose from an empty sequence")
    return seq[randbelow(len(seq))]


def token_bytes(nbytes=None):
    """A random byte string of nbytes bytes."""
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    if nbytes < 0:
        raise ValueError("negative argument not allowed")
    return randbits(8 * nbytes).to_bytes(nbytes, "big")


def token_hex(nbytes=None):
    """A random text string of 2*nbytes hexadecimal digits."""
    return token_bytes(nbytes).hex()


def token_urlsafe(nbytes=None):
    """A random URL-safe text string (base64 of nbytes random bytes, without padding)."""
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    n = (nbytes * 8 + 5) // 6
    return "".join(_URLSAFE[randbelow(64)] for _ in range(n))


def compare_digest(a, b):
    """a == b in time that does not depend on where they differ."""
    if isinstance(a, str) and isinstance(b, str):
        if not a.isascii() or not b.isascii():
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        a, b = [ord(c) for c in a], [ord(c) for c in b]
    else:
        buffers = (bytes, bytearray)
        if not isinstance(a, buffers) and not isinstance(b, buffers):
            raise TypeError("unsupported operand types(s) or combination of types: '%s' and '%s'"
                            % (type(a).__name__, type(b).__name__))
        for x in (a, b):
            if not isinstance(x, buffers):
                raise TypeError("a bytes-like object is required, not '%s'" % type(x).__name__)
    result = len(a) ^ len(b)
    for x, y in zip(a, b):
        result |= x ^ y
    return result == 0


class SystemRandom:
    """random.Random's methods on the operating system's random source."""

    def random(self):
        return randbits(53) / (1 << 53)

    def getrandbits(self, k):
        return randbits(k)

    def randrange(self, start, stop=None, step=1):
        if stop is None:
            return randbelow(start)
        n = (stop - start + step - 1) // step
        return start + step * randbelow(n)

    def randint(self, a, b):
        return a + randbelow(b - a + 1)

    def choice(self, seq):
        return choice(seq)

    def shuffle(self, x):
        for i in reversed(range(1, len(x))):
            j = randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k):
        pool = list(population)
        self.shuffle(pool)
        return pool[:k]

    def uniform(self, a, b):
        return a + (b - a) * self.random()
