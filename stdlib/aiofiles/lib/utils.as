# aiofiles.threadpool.utils: class decorators that give an async wrapper
# the methods of the file it wraps, run in the loop's executor (or called
# directly), and its properties (aiofiles 23.1's threadpool/utils.py).


def delegate_to_executor(*attrs):
    def cls_builder(cls):
        for name in attrs:
            setattr(cls, name, _make_delegate_method(name))
        return cls
    return cls_builder


def proxy_method_directly(*attrs):
    def cls_builder(cls):
        for name in attrs:
            setattr(cls, name, _make_proxy_method(name))
        return cls
    return cls_builder


def proxy_property_directly(*attrs):
    def cls_builder(cls):
        for name in attrs:
            setattr(cls, name, _make_proxy_property(name))
        return cls
    return cls_builder


def _make_delegate_method(attr_name):
    async def run(self, *args, **kwargs):
        fn = getattr(self._file, attr_name)
        return await self._loop.run_in_executor(self._executor, lambda: fn(*args, **kwargs))

    def method(self, *args, **kwargs):
        # _quiet: a forgotten await goes unreported, as with aiofiles'
        # generator-based methods
        return _quiet(run(self, *args, **kwargs))
    return method


def _make_proxy_method(attr_name):
    def method(self, *args, **kwargs):
        return getattr(self._file, attr_name)(*args, **kwargs)
    return method


def _make_proxy_property(attr_name):
    def proxy_property(self):
        return getattr(self._file, attr_name)
    return property(proxy_property)
