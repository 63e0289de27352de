def compute(values):
    return sum(values) / len(values)
def report(data):
    avg = compute(data["scores"])
    print(f"avg={avg}")
report({"scores": []})
