# A crawler with a queue: three workers take URLs from an asyncio.Queue
# and fetch them with one aiohttp session; nine pages of 0.2 s take about
# 0.6 s. The titles are printed in the order of the sitemap.
import asyncio
import re
import sys
import time

import aiohttp
import requests

SITE = sys.argv[1] if len(sys.argv) > 1 else "https://code-maven.com"


def get_urls(limit):
    """The first `limit` pages of the site's sitemap (each page takes 0.2 s)."""
    res = requests.get(f"{SITE}/sitemap.xml?ms=200")
    return re.findall(r"<loc>(.*?)</loc>", res.text)[:limit]


def get_title(html):
    match = re.search(r"<title>(.*?)</title>", html, re.DOTALL)
    return match.group(1).strip() if match else None


async def worker(name, queue, session, titles):
    while True:
        index, url = await queue.get()
        async with session.get(url) as response:
            titles[index] = get_title(await response.text())
        queue.task_done()


async def main(urls):
    queue = asyncio.Queue()
    for item in enumerate(urls):
        queue.put_nowait(item)
    titles = [None] * len(urls)
    async with aiohttp.ClientSession() as session:
        workers = [asyncio.create_task(worker(f"worker-{i}", queue, session, titles)) for i in range(3)]
        await queue.join()
        for w in workers:
            w.cancel()
        await asyncio.gather(*workers, return_exceptions=True)
    for title in titles:
        print(title)


urls = get_urls(9)
start = time.time()
asyncio.run(main(urls))
end = time.time()
print(f"Elapsed time: {end - start}")
