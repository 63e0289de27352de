class E(Exception):
    def __str__(self):
        raise ValueError("nope")
raise E()
