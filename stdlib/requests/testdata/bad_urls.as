# URLs urllib3 refuses (a port out of range or not a number) raise
# InvalidURL before any connection; the host in an error names neither
# user info nor IPv6 brackets. Connections go to a closed local port.
import requests

for u in ["http://h:abc/", "http://127.0.0.1:65536/", "http://[::1]:70000/",
          "http://127.0.0.1:-1/", "nope", "ftp://x/", "http://",
          "http://127.0.0.1:1/", "http://u:p@127.0.0.1:1/", "http://[::1]:1/"]:
    try:
        requests.get(u, timeout=5)
    except requests.RequestException as e:
        print(type(e).__name__, str(e)[:60])
