"""Record CPython 3.11's behaviour for every NAME.as here and in
../traceback (the traceback-printing programs): NAME.out (stdout),
NAME.err (stderr, the script's absolute path shortened to NAME.as, written
only when not empty), NAME.code (exit status, only when not 0). NAME.in,
when present, is fed to stdin. Each program runs from its own directory.
Run with python3 from any directory; the
expectations are never written from asyncscript's output."""
import glob, os, subprocess, sys
builtins = os.path.dirname(os.path.abspath(__file__))
traceback = os.path.join(os.path.dirname(builtins), "traceback")
for path in sorted(glob.glob(os.path.join(builtins, "*.as")) + glob.glob(os.path.join(traceback, "*.as"))):
    here, base = os.path.dirname(path), path[:-3]
    name = os.path.basename(path)
    stdin = open(base + ".in", "rb").read() if os.path.exists(base + ".in") else b""
    p = subprocess.run([sys.executable, name], cwd=here, input=stdin, capture_output=True)
    open(base + ".out", "wb").write(p.stdout)
    err = p.stderr.replace(path.encode(), name.encode())
    for suffix, data, keep in ((".err", err, err != b""), (".code", b"%d\n" % p.returncode, p.returncode != 0)):
        if keep:
            open(base + suffix, "wb").write(data)
        elif os.path.exists(base + suffix):
            os.remove(base + suffix)
