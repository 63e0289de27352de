# An uncaught HTTPError from raise_for_status.
import sys

import requests

requests.get(sys.argv[1] + "/status/404").raise_for_status()
