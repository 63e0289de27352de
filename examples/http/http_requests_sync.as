# Fetching pages one after the other with requests: each request waits for
# the one before it, so ten pages of 0.2 s take 2 s.
import re
import sys
import time

import requests

SITE = sys.argv[1] if len(sys.argv) > 1 else "https://code-maven.com"


def get_urls(limit):
    """The first `limit` pages of the site's sitemap (each page takes 0.2 s)."""
    res = requests.get(f"{SITE}/sitemap.xml?ms=200")
    return re.findall(r"<loc>(.*?)</loc>", res.text)[:limit]


def get_title(html):
    match = re.search(r"<title>(.*?)</title>", html, re.DOTALL)
    return match.group(1).strip() if match else None


def main():
    urls = get_urls(10)
    start = time.time()
    for url in urls:
        res = requests.get(url)
        print(get_title(res.text))
    end = time.time()
    print(f"Elapsed time: {end - start}")


main()
