import csv, io, tempfile, os
buf = io.StringIO()
w = csv.writer(buf)
w.writerow(["name", "age", "note"])
w.writerow(["Ada", 36, 'says "hi"'])
w.writerow(["Bob, Jr.", 25.5, "multi\nline"])
w.writerow(["", None, " lead"])
w.writerows([[1, 2], [3]])
print(repr(buf.getvalue()))
buf.seek(0)
for row in csv.reader(buf):
    print(row)
text = 'a;b;c\n1;"x;y";3\n\n4;5;6\n'
r = csv.reader(io.StringIO(text), delimiter=";")
print(list(r), r.line_num)
path = os.path.join(tempfile.mkdtemp(), "people.csv")
with open(path, "w", newline="") as f:
    dw = csv.DictWriter(f, fieldnames=["name", "city"])
    dw.writeheader()
    dw.writerow({"name": "Ada", "city": "London"})
    dw.writerows([{"name": "Lin", "city": "Taipei"}, {"name": "Zoe"}])
with open(path, newline="") as f:
    dr = csv.DictReader(f)
    print(dr.fieldnames)
    for row in dr:
        print(row)
with open(path) as f:
    print(repr(f.read()))
b2 = io.StringIO()
csv.writer(b2, quoting=csv.QUOTE_ALL).writerow(["x", 1])
csv.writer(b2, quoting=csv.QUOTE_NONNUMERIC).writerow(["x", 1, 2.5])
csv.writer(b2, dialect="unix").writerow(["u", 2])
csv.writer(b2, delimiter="\t").writerow(["t", "a b"])
print(repr(b2.getvalue()))
print(list(csv.reader(['"1",2,"three"'], quoting=csv.QUOTE_NONNUMERIC)))
try:
    csv.DictWriter(io.StringIO(), ["a"]).writerow({"b": 1})
except ValueError as e:
    print("ValueError:", e)
print(csv.list_dialects()[:3], csv.QUOTE_MINIMAL, csv.excel.delimiter)
