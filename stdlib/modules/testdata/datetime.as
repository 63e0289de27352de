import datetime as dt
from datetime import datetime, date, time, timedelta, timezone
td = timedelta(days=1, hours=2, minutes=3, seconds=4.5)
print(td, repr(td), td.total_seconds(), td.days, td.seconds, td.microseconds)
for t in [timedelta(0), timedelta(seconds=-1), timedelta(hours=-25), timedelta(microseconds=1), timedelta(weeks=2, milliseconds=1.5), timedelta(days=-1, seconds=86399), timedelta(seconds=0.1), timedelta(minutes=1.7)]:
    print(str(t), repr(t))
a = timedelta(hours=5); b = timedelta(minutes=30)
print(a + b, a - b, b - a, a * 2, 2 * a, a / 4, a // b, a / b, a % timedelta(minutes=45), -a, abs(-a), a * 1.5, divmod(a, timedelta(hours=2)), a > b, a == timedelta(seconds=18000), bool(timedelta()))
d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(days=2), d - date(2023, 12, 25), d.weekday(), d.isoweekday(), d.toordinal(), d.isoformat(), d.strftime("%A %d %B %Y (%j)"), d.replace(day=1), d.isocalendar(), d.ctime())
print(date.fromordinal(738000), date.fromisoformat("2021-07-04"), date(2000, 1, 1) < d, d.year, d.month, d.day, f"{d:%m/%d/%y}", date.fromisocalendar(2024, 1, 1))
x = datetime(2024, 3, 15, 14, 30, 45, 123456)
print(x, repr(x), x.isoformat(), x.isoformat(sep=" ", timespec="milliseconds"), x.date(), x.time(), x.strftime("%Y-%m-%d %H:%M:%S.%f %p %I"), x.ctime())
print(x + timedelta(hours=10), x - timedelta(days=15), x - datetime(2024, 1, 1), x.replace(hour=0, microsecond=0), datetime(2024, 1, 1, 0, 0), repr(datetime(2024, 1, 1, 0, 0, 5)))
print(datetime.fromisoformat("2024-03-15T14:30:45.5"), datetime.fromisoformat("2024-03-15 08:00"), datetime.fromisoformat("2024-03-15T10:00:00+02:00"))
print(datetime.strptime("2024-03-15 14:30:45", "%Y-%m-%d %H:%M:%S"), datetime.strptime("15 Mar 2024 2:05PM", "%d %b %Y %I:%M%p"), repr(datetime.strptime("2024-03-15T14:30:45.25Z", "%Y-%m-%dT%H:%M:%S.%f%z")))
print(datetime.combine(date(2020, 5, 17), time(8, 15)), time(8, 15, 30), repr(time(8, 15)), repr(time(0, 0, 0, 5)), time(23, 59).isoformat(), time(7, 5).strftime("%H:%M"))
u = datetime(2024, 1, 1, 12, 0, tzinfo=timezone.utc)
print(u, repr(u), u.isoformat(), u.utcoffset(), u.tzname(), timezone(timedelta(hours=5, minutes=30)), repr(timezone(timedelta(hours=-3))), repr(timezone.utc), u.timestamp())
print(u.astimezone(timezone(timedelta(hours=9))), datetime.fromtimestamp(0, timezone.utc), datetime.utcfromtimestamp(86400.5), u == datetime(2024, 1, 1, 21, 0, tzinfo=timezone(timedelta(hours=9))))
print(sorted([date(2024, 5, 1), date(2023, 1, 1), date(2024, 1, 31)]), max(datetime(2024, 1, 1), datetime(2023, 12, 31, 23)), {date(2024, 1, 1): 1}[date(2024, 1, 1)])
now = datetime.now(); today = date.today()
print(type(now).__name__, now.year >= 2024, today == now.date(), (datetime.now() - now).total_seconds() < 5, dt.MINYEAR, dt.MAXYEAR)
for bad in (lambda: date(2023, 2, 29), lambda: date(2024, 13, 1), lambda: time(24), lambda: datetime(2024, 1, 1) < datetime(2024, 1, 1, tzinfo=timezone.utc), lambda: datetime.strptime("x", "%Y"), lambda: date.fromisoformat("2024/01/01")):
    try:
        bad()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
