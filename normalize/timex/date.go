package timex

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Precision is how much of a [Date] is known.
type Precision uint8

// Precisions, coarsest first.
const (
	PrecNone Precision = iota
	PrecYear
	PrecMonth
	PrecDay
)

// Date is a calendar date known to a year, a month or a day. The zero value
// is an unknown date.
type Date struct {
	Year  int
	Month time.Month // 0 unless Prec >= PrecMonth
	Day   int        // 0 unless Prec == PrecDay
	Prec  Precision
}

// YearDate, MonthDate and DayDate build dates of each precision.
func YearDate(y int) Date { return Date{Year: y, Prec: PrecYear} }

// MonthDate returns the month m of year y.
func MonthDate(y int, m time.Month) Date { return Date{Year: y, Month: m, Prec: PrecMonth} }

// DayDate returns the day d of month m of year y.
func DayDate(y int, m time.Month, d int) Date {
	return Date{Year: y, Month: m, Day: d, Prec: PrecDay}
}

// IsZero reports whether the date is unknown.
func (d Date) IsZero() bool { return d.Prec == PrecNone }

// String formats the date as YYYY, YYYY-MM or YYYY-MM-DD, and "" when unknown.
func (d Date) String() string {
	switch d.Prec {
	case PrecYear:
		return fmt.Sprintf("%04d", d.Year)
	case PrecMonth:
		return fmt.Sprintf("%04d-%02d", d.Year, int(d.Month))
	case PrecDay:
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
	}
	return ""
}

// First returns the first day the date covers; Last the last one.
func (d Date) First() time.Time {
	switch d.Prec {
	case PrecYear:
		return time.Date(d.Year, 1, 1, 0, 0, 0, 0, time.UTC)
	case PrecMonth:
		return time.Date(d.Year, d.Month, 1, 0, 0, 0, 0, time.UTC)
	case PrecDay:
		return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC)
	}
	return time.Time{}
}

// Last returns the last day the date covers.
func (d Date) Last() time.Time {
	switch d.Prec {
	case PrecYear:
		return time.Date(d.Year, 12, 31, 0, 0, 0, 0, time.UTC)
	case PrecMonth:
		return time.Date(d.Year, d.Month+1, 0, 0, 0, 0, 0, time.UTC)
	}
	return d.First()
}

// ParseDate reads YYYY, YYYY-MM or YYYY-MM-DD.
func ParseDate(s string) (Date, error) {
	parts := strings.Split(s, "-")
	if len(parts) > 3 || len(parts[0]) != 4 {
		return Date{}, fmt.Errorf("invalid date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
	}
	nums := make([]int, len(parts))
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || (i > 0 && len(p) != 2) {
			return Date{}, fmt.Errorf("invalid date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
		}
		nums[i] = n
	}
	d := YearDate(nums[0])
	if len(nums) > 1 {
		if nums[1] < 1 || nums[1] > 12 {
			return Date{}, fmt.Errorf("invalid date %q: month out of range", s)
		}
		d = MonthDate(nums[0], time.Month(nums[1]))
	}
	if len(nums) > 2 {
		last := time.Date(nums[0], time.Month(nums[1])+1, 0, 0, 0, 0, 0, time.UTC).Day()
		if nums[2] < 1 || nums[2] > last {
			return Date{}, fmt.Errorf("invalid date %q: day out of range", s)
		}
		d = DayDate(nums[0], time.Month(nums[1]), nums[2])
	}
	return d, nil
}
