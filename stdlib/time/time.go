// Package time implements the time module: wall and monotonic clocks,
// sleep (which blocks the whole loop, as in CPython, but releases the GIL
// so to_thread workers keep running), struct_time, localtime/gmtime,
// mktime, strftime with the common C directives, ctime and asctime.
//
// Under virtual time (the VM's Clock is set), sleep waits on that clock,
// and time(), monotonic(), perf_counter() and the functions that default
// to "now" read it: the wall clock is the real one plus every jump of the
// virtual clock. process_time() and thread_time() measure work, which
// virtual time does not skip, so they stay on the real clock.
package time

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"sync"
	gotime "time"

	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/stdlib/internal/native"
)

var start = gotime.Now()

// StructTime is the time.struct_time record class.
var StructTime = native.NewRecord("struct_time", "time",
	[]string{"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"},
	"time.struct_time").Shared()

// classesOnce guards setupStructTime: struct_time is completed on the
// first import of time, once per process (it is immutable afterwards).
var classesOnce sync.Once

// setupStructTime installs struct_time's constructor.
func setupStructTime() {
	StructTime.Class.New = func(f *interp.Fiber, cls *interp.Class, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
		var seq interp.Value
		if err := interp.UnpackArgs("struct_time", args, kw, "sequence", &seq); err != nil {
			return nil, err
		}
		items, err := interp.ToList(f, seq)
		if err != nil {
			return nil, err
		}
		if len(items) < 9 {
			return nil, interp.Errorf(interp.TypeError, "time.struct_time() takes an at least 9-sequence (%d-sequence given)", len(items))
		}
		if len(items) > 11 {
			return nil, interp.Errorf(interp.TypeError, "time.struct_time() takes an at most 11-sequence (%d-sequence given)", len(items))
		}
		inst := StructTime.Make(cls, items[:9])
		inst.SetOwnAttr("tm_zone", interp.None)
		inst.SetOwnAttr("tm_gmtoff", interp.None)
		return inst, nil
	}
}

// clocks tells one VM's time: the VM's Clock when it has one (virtual
// time), else the real clocks.
type clocks struct {
	vm *interp.VM
	// wall0 and mono0 are the wall and Clock times when the module was
	// loaded: under virtual time, wall time is wall0 + (Clock.Now - mono0).
	wall0 gotime.Time
	mono0 gotime.Duration
}

// monotonic is the monotonic clock (time.monotonic_ns).
func (c *clocks) monotonic() gotime.Duration {
	if c.vm.Clock != nil {
		return c.vm.Clock.Now()
	}
	return realMonotonic()
}

// now is the wall clock.
func (c *clocks) now() gotime.Time {
	if c.vm.Clock != nil {
		return c.wall0.Add(c.vm.Clock.Now() - c.mono0)
	}
	return gotime.Now()
}

// realMonotonic is the process's monotonic clock, starting at 1 s.
func realMonotonic() gotime.Duration { return gotime.Since(start) + gotime.Second }

func seconds(d gotime.Duration) interp.Value { return interp.Float(float64(d.Nanoseconds()) / 1e9) }

// Load builds the time module.
func Load(vm *interp.VM) (*interp.Module, *interp.Exception) {
	classesOnce.Do(setupStructTime)
	c := &clocks{vm: vm, wall0: gotime.Now()}
	if vm.Clock != nil {
		c.mono0 = vm.Clock.Now()
	}
	m := interp.NewModule("time")
	m.AddFuncs(map[string]interp.NativeFunc{
		"sleep": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			if err := interp.ExactArgs("sleep", args, kw, 1); err != nil {
				return nil, err
			}
			var secs float64
			switch x := args[0].(type) {
			case interp.Float, interp.Int, interp.Bool, *interp.BigInt:
				s, err := native.Float(x)
				if err != nil {
					return nil, err
				}
				secs = s
			default:
				return nil, interp.Errorf(interp.TypeError, "'%s' object cannot be interpreted as an integer", interp.TypeName(x))
			}
			if math.IsNaN(secs) {
				return nil, interp.Errorf(interp.ValueError, "Invalid value NaN (not a number)")
			}
			if secs < 0 {
				return nil, interp.Errorf(interp.ValueError, "sleep length must be non-negative")
			}
			if exc := vm.Sleep(f, gotime.Duration(secs*1e9)); exc != nil {
				return nil, exc
			}
			return interp.None, nil
		},
		"time":            noArgs("time", func() interp.Value { return interp.Float(float64(c.now().UnixNano()) / 1e9) }),
		"time_ns":         noArgs("time_ns", func() interp.Value { return interp.Int(c.now().UnixNano()) }),
		"monotonic":       noArgs("monotonic", func() interp.Value { return seconds(c.monotonic()) }),
		"monotonic_ns":    noArgs("monotonic_ns", func() interp.Value { return interp.Int(c.monotonic()) }),
		"perf_counter":    noArgs("perf_counter", func() interp.Value { return seconds(c.monotonic()) }),
		"perf_counter_ns": noArgs("perf_counter_ns", func() interp.Value { return interp.Int(c.monotonic()) }),
		"process_time":    noArgs("process_time", func() interp.Value { return seconds(realMonotonic()) }),
		"process_time_ns": noArgs("process_time_ns", func() interp.Value { return interp.Int(realMonotonic()) }),
		"thread_time":     noArgs("thread_time", func() interp.Value { return seconds(realMonotonic()) }),
		"localtime":       c.convert("localtime", gotime.Local),
		"gmtime":          c.convert("gmtime", gotime.UTC),
		"mktime":          mktime,
		"strftime":        c.strftime,
		"ctime":           c.ctime,
		"asctime":         c.asctime,
	})
	m.Set("struct_time", StructTime.Class)
	name, off := gotime.Now().Zone()
	m.Set("timezone", interp.Int(-off))
	m.Set("altzone", interp.Int(-off))
	m.Set("daylight", interp.Int(0))
	m.Set("tzname", interp.Tuple{interp.Str(name), interp.Str(name)})
	return m, nil
}

func noArgs(name string, fn func() interp.Value) interp.NativeFunc {
	return func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
		if err := interp.ExactArgs(name, args, kw, 0); err != nil {
			return nil, err
		}
		return fn(), nil
	}
}

// secsArg reads an optional seconds argument (None means now).
func (c *clocks) secsArg(name string, args []interp.Value, kw []interp.KV) (gotime.Time, *interp.Exception) {
	if err := interp.ArgsBetween(name, args, kw, 0, 1); err != nil {
		return gotime.Time{}, err
	}
	if len(args) == 0 || args[0] == interp.None {
		return c.now(), nil
	}
	switch args[0].(type) {
	case interp.Int, interp.Float, interp.Bool, *interp.BigInt:
	default:
		return gotime.Time{}, interp.Errorf(interp.TypeError, "'%s' object cannot be interpreted as an integer", interp.TypeName(args[0]))
	}
	s, err := native.Float(args[0])
	if err != nil {
		return gotime.Time{}, err
	}
	if math.IsNaN(s) {
		return gotime.Time{}, interp.Errorf(interp.ValueError, "Invalid value NaN (not a number)")
	}
	sec := math.Floor(s)
	return gotime.Unix(int64(sec), 0), nil
}

// MakeStructTime converts a Go time (in its location) to a struct_time.
func MakeStructTime(t gotime.Time) *interp.Instance {
	wday := (int(t.Weekday()) + 6) % 7
	vals := []interp.Value{interp.Int(t.Year()), interp.Int(t.Month()), interp.Int(t.Day()),
		interp.Int(t.Hour()), interp.Int(t.Minute()), interp.Int(t.Second()),
		interp.Int(wday), interp.Int(t.YearDay()), interp.Int(0)}
	if t.IsDST() {
		vals[8] = interp.Int(1)
	}
	inst := StructTime.Make(StructTime.Class, vals)
	zone, off := t.Zone()
	inst.SetOwnAttr("tm_zone", interp.Str(zone))
	inst.SetOwnAttr("tm_gmtoff", interp.Int(off))
	return inst
}

func (c *clocks) convert(name string, loc *gotime.Location) interp.NativeFunc {
	return func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
		t, err := c.secsArg(name, args, kw)
		if err != nil {
			return nil, err
		}
		return MakeStructTime(t.In(loc)), nil
	}
}

// tmFields reads a struct_time or 9-tuple into ints.
func tmFields(f *interp.Fiber, fname string, v interp.Value) ([9]int, *interp.Exception) {
	var out [9]int
	var items []interp.Value
	if rec, ok := native.RecordOf(v); ok && rec == StructTime {
		items = rec.Items(v)
	} else if t, ok := v.(interp.Tuple); ok {
		items = t
	} else {
		return out, interp.Errorf(interp.TypeError, "Tuple or struct_time argument required")
	}
	if len(items) != 9 {
		return out, interp.Errorf(interp.TypeError, "%s(): illegal time tuple argument", fname)
	}
	for i, it := range items {
		n, err := native.Index(f, it)
		if err != nil {
			return out, err
		}
		out[i] = int(n)
	}
	return out, nil
}

func toGo(tm [9]int, loc *gotime.Location) gotime.Time {
	return gotime.Date(tm[0], gotime.Month(tm[1]), tm[2], tm[3], tm[4], tm[5], 0, loc)
}

func mktime(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	if err := interp.ExactArgs("mktime", args, kw, 1); err != nil {
		return nil, err
	}
	tm, err := tmFields(f, "mktime", args[0])
	if err != nil {
		return nil, err
	}
	return interp.Float(float64(toGo(tm, gotime.Local).Unix())), nil
}

func (c *clocks) strftime(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	if err := interp.ArgsBetween("strftime", args, kw, 1, 2); err != nil {
		return nil, err
	}
	format, ok := args[0].(interp.Str)
	if !ok {
		return nil, interp.Errorf(interp.TypeError, "strftime() argument 1 must be str, not %s", interp.TypeName(args[0]))
	}
	var tm [9]int
	var zone string
	var off int
	if len(args) == 2 {
		var err *interp.Exception
		if tm, err = tmFields(f, "strftime", args[1]); err != nil {
			return nil, err
		}
		if tm[1] == 0 {
			tm[1] = 1
		}
		if tm[2] == 0 {
			tm[2] = 1
		}
		if tm[1] < 1 || tm[1] > 12 {
			return nil, interp.Errorf(interp.ValueError, "month out of range")
		}
		if tm[2] < 1 || tm[2] > 31 {
			return nil, interp.Errorf(interp.ValueError, "day of month out of range")
		}
		if tm[3] < 0 || tm[3] > 23 {
			return nil, interp.Errorf(interp.ValueError, "hour out of range")
		}
		if tm[4] < 0 || tm[4] > 59 {
			return nil, interp.Errorf(interp.ValueError, "minute out of range")
		}
		if tm[5] < 0 || tm[5] > 61 {
			return nil, interp.Errorf(interp.ValueError, "seconds out of range")
		}
		if inst, ok := args[1].(*interp.Instance); ok {
			if z, ok := inst.OwnAttr("tm_zone"); ok {
				if s, ok := z.(interp.Str); ok {
					zone = string(s)
				}
			}
			if o, ok := inst.OwnAttr("tm_gmtoff"); ok {
				if n, ok := o.(interp.Int); ok {
					off = int(n)
				}
			}
		}
		if zone == "" {
			zone, off = c.now().Zone()
		}
	} else {
		t := c.now()
		st := MakeStructTime(t)
		tm, _ = tmFields(f, "strftime", st)
		zone, off = t.Zone()
	}
	return interp.Str(Strftime(string(format), tm, zone, off)), nil
}

var (
	dayNames   = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	monthNames = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
)

// Strftime formats tm (struct_time fields) with C strftime directives.
func Strftime(format string, tm [9]int, zone string, gmtoff int) string {
	year, mon, mday, hour, min, sec, wday, yday := tm[0], tm[1], tm[2], tm[3], tm[4], tm[5], tm[6], tm[7]
	wday = ((wday % 7) + 7) % 7
	if mon < 1 || mon > 12 {
		mon = 1
	}
	var b strings.Builder
	pad := func(n, w int) string {
		s := strconv.Itoa(n)
		for len(s) < w {
			s = "0" + s
		}
		return s
	}
	spad := func(n, w int) string {
		s := strconv.Itoa(n)
		for len(s) < w {
			s = " " + s
		}
		return s
	}
	sunWday := (wday + 1) % 7 // C tm_wday: Sunday=0
	hour12 := hour % 12
	if hour12 == 0 {
		hour12 = 12
	}
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' || i+1 >= len(format) {
			b.WriteByte(c)
			continue
		}
		i++
		switch format[i] {
		case 'Y':
			b.WriteString(strconv.Itoa(year))
		case 'C':
			b.WriteString(pad(year/100, 2))
		case 'y':
			b.WriteString(pad(((year%100)+100)%100, 2))
		case 'm':
			b.WriteString(pad(mon, 2))
		case 'd':
			b.WriteString(pad(mday, 2))
		case 'e':
			b.WriteString(spad(mday, 2))
		case 'H':
			b.WriteString(pad(hour, 2))
		case 'k':
			b.WriteString(spad(hour, 2))
		case 'I':
			b.WriteString(pad(hour12, 2))
		case 'l':
			b.WriteString(spad(hour12, 2))
		case 'M':
			b.WriteString(pad(min, 2))
		case 'S':
			b.WriteString(pad(sec, 2))
		case 'p':
			if hour < 12 {
				b.WriteString("AM")
			} else {
				b.WriteString("PM")
			}
		case 'P':
			if hour < 12 {
				b.WriteString("am")
			} else {
				b.WriteString("pm")
			}
		case 'a':
			b.WriteString(dayNames[wday][:3])
		case 'A':
			b.WriteString(dayNames[wday])
		case 'b', 'h':
			b.WriteString(monthNames[mon-1][:3])
		case 'B':
			b.WriteString(monthNames[mon-1])
		case 'j':
			b.WriteString(pad(yday, 3))
		case 'w':
			b.WriteString(strconv.Itoa(sunWday))
		case 'u':
			b.WriteString(strconv.Itoa(wday + 1))
		case 'U':
			b.WriteString(pad((yday-1+7-sunWday)/7, 2))
		case 'W':
			b.WriteString(pad((yday-1+7-wday)/7, 2))
		case 'G', 'g', 'V':
			t := gotime.Date(year, gotime.Month(mon), mday, 0, 0, 0, 0, gotime.UTC)
			iy, iw := t.ISOWeek()
			switch format[i] {
			case 'G':
				b.WriteString(strconv.Itoa(iy))
			case 'g':
				b.WriteString(pad(iy%100, 2))
			default:
				b.WriteString(pad(iw, 2))
			}
		case 'Z':
			b.WriteString(zone)
		case 'z':
			sign := '+'
			o := gmtoff
			if o < 0 {
				sign = '-'
				o = -o
			}
			fmt.Fprintf(&b, "%c%02d%02d", sign, o/3600, (o/60)%60)
		case 'c':
			fmt.Fprintf(&b, "%s %s %s %s:%s:%s %d", dayNames[wday][:3], monthNames[mon-1][:3], spad(mday, 2), pad(hour, 2), pad(min, 2), pad(sec, 2), year)
		case 'x', 'D':
			b.WriteString(pad(mon, 2) + "/" + pad(mday, 2) + "/" + pad(((year%100)+100)%100, 2))
		case 'X', 'T':
			b.WriteString(pad(hour, 2) + ":" + pad(min, 2) + ":" + pad(sec, 2))
		case 'R':
			b.WriteString(pad(hour, 2) + ":" + pad(min, 2))
		case 'r':
			ap := "AM"
			if hour >= 12 {
				ap = "PM"
			}
			b.WriteString(pad(hour12, 2) + ":" + pad(min, 2) + ":" + pad(sec, 2) + " " + ap)
		case 'F':
			b.WriteString(strconv.Itoa(year) + "-" + pad(mon, 2) + "-" + pad(mday, 2))
		case 's':
			b.WriteString(strconv.FormatInt(gotime.Date(year, gotime.Month(mon), mday, hour, min, sec, 0, gotime.Local).Unix(), 10))
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case '%':
			b.WriteByte('%')
		default:
			b.WriteByte('%')
			b.WriteByte(format[i])
		}
	}
	return b.String()
}

// Asctime formats like C asctime without the newline.
func Asctime(tm [9]int) string {
	wday := ((tm[6] % 7) + 7) % 7
	mon := tm[1]
	if mon < 1 || mon > 12 {
		mon = 1
	}
	return fmt.Sprintf("%s %s %2d %02d:%02d:%02d %d", dayNames[wday][:3], monthNames[mon-1][:3], tm[2], tm[3], tm[4], tm[5], tm[0])
}

func (c *clocks) ctime(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	t, err := c.secsArg("ctime", args, kw)
	if err != nil {
		return nil, err
	}
	tm, _ := tmFields(f, "ctime", MakeStructTime(t.In(gotime.Local)))
	return interp.Str(Asctime(tm)), nil
}

func (c *clocks) asctime(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	if err := interp.ArgsBetween("asctime", args, kw, 0, 1); err != nil {
		return nil, err
	}
	var v interp.Value
	if len(args) == 0 {
		v = MakeStructTime(c.now())
	} else {
		v = args[0]
	}
	tm, err := tmFields(f, "asctime", v)
	if err != nil {
		return nil, err
	}
	return interp.Str(Asctime(tm)), nil
}
