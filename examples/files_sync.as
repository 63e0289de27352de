# Reading files, one after the other: count the lines, words and
# characters of each file. (The course's files_sync; the files are made
# first, in a temporary folder, so the program runs anywhere.)
import os
import tempfile
import time


def create_files(folder, count):
    names = []
    for i in range(1, count + 1):
        path = os.path.join(folder, f"file{i}.txt")
        with open(path, "w") as fh:
            for j in range(1, 10 * i + 1):
                fh.write(f"This is line {j} of file {i}\n")
        names.append(path)
    return names


def count(path):
    lines = words = chars = 0
    with open(path) as fh:
        for line in fh:
            lines += 1
            words += len(line.split())
            chars += len(line)
    return lines, words, chars


def main():
    folder = tempfile.mkdtemp()
    names = create_files(folder, 5)
    start = time.monotonic()
    total = 0
    for path in names:
        print(f"Reading {os.path.basename(path)}")
        lines, words, chars = count(path)
        print(f"{os.path.basename(path)}: {lines} lines, {words} words, {chars} characters")
        total += lines
    print(f"Total: {total} lines")
    print(f"Elapsed: {time.monotonic() - start:.1f} seconds")
    for path in names:
        os.remove(path)
    os.rmdir(folder)


main()
