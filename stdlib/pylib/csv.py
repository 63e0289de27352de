# csv: reading and writing comma-separated values (CPython's Lib/csv.py
# and Modules/_csv.c, written anew): reader, writer, DictReader,
# DictWriter, dialects (excel, excel-tab, unix) and the quoting modes.

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "Error",
           "Dialect", "excel", "excel_tab", "unix_dialect", "reader", "writer",
           "register_dialect", "get_dialect", "list_dialects", "unregister_dialect",
           "field_size_limit", "DictReader", "DictWriter", "Sniffer"]

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)


class Error(Exception):
    pass


class Dialect:
    """The formatting parameters of a CSV flavour."""
    _name = ""
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = False


class excel(Dialect):
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    delimiter = "\t"


class unix_dialect(Dialect):
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = QUOTE_ALL


_dialects = {"excel": excel, "excel-tab": excel_tab, "unix": unix_dialect}
_field_limit = 128 * 1024


def register_dialect(name, dialect=None, **fmtparams):
    _dialects[name] = _Params(dialect, **fmtparams)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except KeyError:
        raise Error("unknown dialect") from None


def list_dialects():
    return list(_dialects)


def field_size_limit(new_limit=None):
    global _field_limit
    old = _field_limit
    if new_limit is not None:
        _field_limit = new_limit
    return old


class _Params:
    def __init__(self, dialect="excel", **kw):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        if dialect is None:
            dialect = excel
        for name in ("delimiter", "quotechar", "escapechar", "doublequote", "skipinitialspace",
                     "lineterminator", "quoting", "strict"):
            setattr(self, name, kw.get(name, getattr(dialect, name, None)))
        if self.delimiter is None:
            self.delimiter = ","
        if not isinstance(self.delimiter, str) or len(self.delimiter) != 1:
            raise TypeError('"delimiter" must be a 1-character string')
        if self.quoting is None:
            self.quoting = QUOTE_MINIMAL
        if self.quotechar is None and self.quoting != QUOTE_NONE:
            raise TypeError("quotechar must be set if quoting enabled")
        if self.lineterminator is None:
            self.lineterminator = "\r\n"
        if self.doublequote is None:
            self.doublequote = True


class reader:
    """Iterate over the rows (lists of strings) of lines of CSV text."""

    def __init__(self, csvfile, dialect="excel", **fmtparams):
        self._lines = iter(csvfile)
        self.dialect = _Params(dialect, **fmtparams)
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        d = self.dialect
        row = []
        field = []
        state = "start"
        quoted = False
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if state in ("start",) and not row and not field:
                    raise
                if state == "in_quoted":
                    if d.strict:
                        raise Error("unexpected end of data")
                row.append(self._finish(field, quoted))
                return row
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s (the file should be opened in text mode)"
                            % type(line).__name__)
            self.line_num += 1
            i = 0
            n = len(line)
            while i < n:
                c = line[i]
                i += 1
                if state == "start" or state == "field":
                    if state == "start" and c in "\r\n":
                        # end of line before any field: a blank line or the row's end
                        if not row and not field:
                            state = "eol"
                            break
                        row.append(self._finish(field, quoted))
                        return self._end(row, line, i)
                    if state == "start" and c == d.quotechar and d.quoting != QUOTE_NONE:
                        state = "in_quoted"
                        quoted = True
                        continue
                    if state == "start" and c == " " and d.skipinitialspace:
                        continue
                    if c == d.escapechar:
                        if i < n:
                            field.append(line[i])
                            i += 1
                        state = "field"
                        continue
                    if c == d.delimiter:
                        row.append(self._finish(field, quoted))
                        field = []
                        quoted = False
                        state = "start"
                        continue
                    if c in "\r\n":
                        row.append(self._finish(field, quoted))
                        return self._end(row, line, i)
                    field.append(c)
                    state = "field"
                elif state == "in_quoted":
                    if c == d.escapechar:
                        if i < n:
                            field.append(line[i])
                            i += 1
                        continue
                    if c == d.quotechar:
                        state = "quote_in_quoted"
                        continue
                    field.append(c)
                elif state == "quote_in_quoted":
                    if c == d.quotechar and d.doublequote:
                        field.append(c)
                        state = "in_quoted"
                        continue
                    if c == d.delimiter:
                        row.append(self._finish(field, quoted))
                        field = []
                        quoted = False
                        state = "start"
                        continue
                    if c in "\r\n":
                        row.append(self._finish(field, quoted))
                        return self._end(row, line, i)
                    if d.strict:
                        raise Error("'%c' expected after '%c'" % (d.delimiter, d.quotechar))
                    field.append(c)
                    state = "field"
            if state == "eol":
                state = "start"
                return []
            if state in ("start", "field", "quote_in_quoted") and (row or field or quoted or state != "start"):
                row.append(self._finish(field, quoted))
                return row

    def _end(self, row, line, i):
        return row

    def _finish(self, field, quoted):
        s = "".join(field)
        if len(s) > _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        if self.dialect.quoting == QUOTE_NONNUMERIC and not quoted and s:
            return float(s)
        return s


class writer:
    """Write rows (sequences) to a file as CSV lines."""

    def __init__(self, csvfile, dialect="excel", **fmtparams):
        self._file = csvfile
        self.dialect = _Params(dialect, **fmtparams)

    def _field(self, value, only):
        d = self.dialect
        if value is None:
            s = ""
        elif isinstance(value, float):
            s = repr(value)
        else:
            s = str(value)
        if d.quoting == QUOTE_NONNUMERIC:
            quote = not isinstance(value, (int, float)) or isinstance(value, bool)
        elif d.quoting == QUOTE_ALL:
            quote = True
        elif d.quoting == QUOTE_NONE:
            quote = False
        else:
            quote = (s == "" and only) or any(c in s for c in (d.delimiter, d.quotechar, "\r", "\n")) \
                or (s[:1] == " " and d.skipinitialspace) or any(c in s for c in d.lineterminator)
        if d.quoting == QUOTE_NONE or not quote:
            specials = [d.delimiter, "\r", "\n"] + ([d.quotechar] if d.quotechar else [])
            if any(c in s for c in specials):
                if d.escapechar is None:
                    raise Error("need to escape, but no escapechar set")
                out = []
                for c in s:
                    if c in specials or c == d.escapechar:
                        out.append(d.escapechar)
                    out.append(c)
                s = "".join(out)
            return s
        if d.doublequote:
            s = s.replace(d.quotechar, d.quotechar * 2)
        elif d.escapechar is not None:
            s = s.replace(d.quotechar, d.escapechar + d.quotechar)
        return d.quotechar + s + d.quotechar

    def writerow(self, row):
        """Write one row; the number of characters written."""
        try:
            fields = list(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        only = len(fields) == 1
        line = self.dialect.delimiter.join(self._field(v, only) for v in fields) + self.dialect.lineterminator
        return self._file.write(line)

    def writerows(self, rows):
        """Write every row."""
        for row in rows:
            self.writerow(row)


class DictReader:
    """Rows as dicts keyed by the field names (the first row by default)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel", *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    """Write dicts as rows, in the order of fieldnames."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel", *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong_fields = rowdict.keys() - self.fieldnames
            if wrong_fields:
                raise ValueError("dict contains fields not in fieldnames: " + ", ".join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


class Sniffer:
    """Guesses the dialect of CSV text (delimiter among , ; tab |)."""

    def sniff(self, sample, delimiters=None):
        candidates = delimiters or ",;\t|"
        lines = [l for l in sample.splitlines() if l]
        best = None
        for c in candidates:
            counts = [l.count(c) for l in lines]
            if counts and counts[0] > 0 and all(x == counts[0] for x in counts):
                best = c
                break
        if best is None:
            raise Error("Could not determine delimiter")

        class sniffed(Dialect):
            delimiter = best
            quotechar = '"'
            doublequote = True
            skipinitialspace = False
            lineterminator = "\r\n"
            quoting = QUOTE_MINIMAL
        return sniffed

    def has_header(self, sample):
        rows = list(reader(sample.splitlines(), self.sniff(sample)))
        if len(rows) < 2:
            return False
        header, first = rows[0], rows[1]
        return any(not h.replace(".", "", 1).isdigit() and f.replace(".", "", 1).isdigit()
                   for h, f in zip(header, first))
