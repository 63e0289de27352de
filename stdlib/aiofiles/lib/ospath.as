# aiofiles.ospath: the functions of os.path that touch the file system,
# run in the loop's executor (aiofiles 23.1's aiofiles/ospath.py).
from aiofiles.os import wrap
from os import path

if hasattr(path, "exists"):
    exists = wrap(path.exists)
if hasattr(path, "isfile"):
    isfile = wrap(path.isfile)
if hasattr(path, "isdir"):
    isdir = wrap(path.isdir)
if hasattr(path, "islink"):
    islink = wrap(path.islink)
if hasattr(path, "getsize"):
    getsize = wrap(path.getsize)
if hasattr(path, "getmtime"):
    getmtime = wrap(path.getmtime)
if hasattr(path, "getatime"):
    getatime = wrap(path.getatime)
if hasattr(path, "getctime"):
    getctime = wrap(path.getctime)
if hasattr(path, "samefile"):
    samefile = wrap(path.samefile)
if hasattr(path, "sameopenfile"):
    sameopenfile = wrap(path.sameopenfile)
