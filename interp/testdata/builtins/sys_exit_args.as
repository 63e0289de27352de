import sys

for args in [(), (None,), (3,), ("bye",)]:
    try:
        sys.exit(*args)
    except SystemExit as e:
        print(repr(e), e.args, e.code)
sys.exit(None)
