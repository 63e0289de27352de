package time

import (
	"testing"
	gotime "time"
)

// Expectations recorded with: TZ=UTC python3 -c "import time; t=time.gmtime(1700000000.7); ..."
func TestStrftime(t *testing.T) {
	st := MakeStructTime(gotime.Unix(1700000000, 0).In(gotime.UTC))
	tm, err := tmFields(nil, "strftime", st)
	if err != nil {
		t.Fatal(err)
	}
	got := Strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %w %u %U %W %y %p %I %c %x %X %e %D %T %F %% %G %V", tm, "GMT", 0)
	want := "2023-11-14 22:13:20 Tue Tuesday Nov November 318 2 2 46 46 23 PM 10 Tue Nov 14 22:13:20 2023 11/14/23 22:13:20 14 11/14/23 22:13:20 2023-11-14 % 2023 46"
	if got != want {
		t.Errorf("strftime:\n got %q\nwant %q", got, want)
	}
	if s := Asctime(tm); s != "Tue Nov 14 22:13:20 2023" {
		t.Errorf("asctime: %q", s)
	}
	if s := Strftime("%f %q", tm, "UTC", 0); s != "%f %q" {
		t.Errorf("unknown directives: %q", s)
	}
	if tm != [9]int{2023, 11, 14, 22, 13, 20, 1, 318, 0} {
		t.Errorf("fields: %v", tm)
	}
}
