def outer():
    try:
        raise ExceptionGroup("batch", [ValueError("v1"), TypeError("t1")])
    except* ValueError as eg:
        print("handled", eg.exceptions)
outer()
