package timex

import (
	"strconv"
	"time"
)

// Resolution against the anchor. Every helper returns ok false when the
// anchor is too coarse for the value to be certain.

// txGran is the granularity of a resolved date, coarsest first.
type txGran uint8

const (
	txNoGran txGran = iota
	txYear
	txMonth
	txWeek
	txDay
)

// txVal is a resolved date, ISO week or weekend.
type txVal struct {
	y, m, d int // m and d from 1
	w       int // ISO week, for txWeek
	g       txGran
	weekend bool // the weekend of ISO week w
}

// String formats v as a TIMEX3 value: "2023", "2023-09", "2023-W36",
// "2023-W36-WE", "2023-09-13"; "" for years TIMEX3 cannot write (an anchor
// in year 1 moved back, or in year 9999 moved on).
func (v txVal) String() string {
	if v.y < 0 || v.y > 9999 {
		return ""
	}
	var b [24]byte
	out := txAppendPad(b[:0], v.y, 4)
	switch v.g {
	case txMonth, txDay:
		out = txAppendPad(append(out, '-'), v.m, 2)
		if v.g == txDay {
			out = txAppendPad(append(out, '-'), v.d, 2)
		}
	case txWeek:
		out = txAppendPad(append(out, '-', 'W'), v.w, 2)
		if v.weekend {
			out = append(out, "-WE"...)
		}
	}
	return string(out)
}

// txAppendPad appends n zero-padded to width digits.
func txAppendPad(b []byte, n, width int) []byte {
	if n < 0 {
		return strconv.AppendInt(b, int64(n), 10)
	}
	for p, k := 10, 1; k < width; k++ {
		if n < p {
			b = append(b, '0')
		}
		p *= 10
	}
	return strconv.AppendInt(b, int64(n), 10)
}

func txDayVal(t time.Time) txVal {
	return txVal{y: t.Year(), m: int(t.Month()), d: t.Day(), g: txDay}
}

func txWeekVal(t time.Time) txVal {
	y, w := t.ISOWeek()
	return txVal{y: y, w: w, g: txWeek}
}

// gran returns the granularity of the anchor.
func (s *txScanner) gran() txGran {
	switch s.anchor.Prec {
	case PrecYear:
		return txYear
	case PrecMonth:
		return txMonth
	case PrecDay:
		return txDay
	}
	return txNoGran
}

// anchorDay returns the anchor day at noon UTC; only for day anchors.
func (s *txScanner) anchorDay() time.Time {
	return time.Date(s.anchor.Year, s.anchor.Month, s.anchor.Day, 12, 0, 0, 0, time.UTC)
}

// at returns the anchor coarsened to g, one of txYear, txMonth and txDay.
func (s *txScanner) at(g txGran) (txVal, bool) {
	ag := s.gran()
	if ag == txNoGran {
		return txVal{}, false
	}
	g = min(g, ag)
	return txVal{y: s.anchor.Year, m: int(s.anchor.Month), d: s.anchor.Day, g: g}, true
}

// relDays returns the day n days from the anchor; for n == 0 ("hoy") the
// anchor itself at whatever precision it has.
func (s *txScanner) relDays(n int) (txVal, bool) {
	if n == 0 {
		return s.at(txDay)
	}
	if s.gran() != txDay {
		return txVal{}, false
	}
	return txDayVal(s.anchorDay().AddDate(0, 0, n)), true
}

// relWeeks returns the ISO week n weeks from the anchor's.
func (s *txScanner) relWeeks(n int) (txVal, bool) {
	if s.gran() != txDay {
		return txVal{}, false
	}
	return txWeekVal(s.anchorDay().AddDate(0, 0, 7*n)), true
}

// weekend returns a weekend: with explicit set, "este" (shift 0), "pasado"
// (the last one over) or "próximo" (the next one to start); otherwise "el
// fin de semana", the last one in the past, the coming one in the future.
func (s *txScanner) weekend(shift int, explicit, future bool) (txVal, bool) {
	if s.gran() != txDay {
		return txVal{}, false
	}
	t := s.anchorDay()
	onWeekend := txISOWeekday(t) >= 6
	weeks := 0
	switch {
	case explicit && shift < 0:
		weeks = -1
	case explicit && shift > 0 && onWeekend:
		weeks = 1
	case !explicit && !future && !onWeekend:
		weeks = -1
	}
	v := txWeekVal(t.AddDate(0, 0, 7*weeks))
	v.weekend = true
	return v, true
}

// relMonths returns the month n months from the anchor's; for n == 0 ("este
// mes") the anchor coarsened to a month.
func (s *txScanner) relMonths(n int) (txVal, bool) {
	if n == 0 {
		return s.at(txMonth)
	}
	if s.gran() < txMonth {
		return txVal{}, false
	}
	total := s.anchor.Year*12 + int(s.anchor.Month) - 1 + n
	y, m := total/12, total%12
	if m < 0 {
		y, m = y-1, m+12
	}
	return txVal{y: y, m: m + 1, g: txMonth}, true
}

// relYears returns the anchor moved n years, at the anchor's precision
// capped at limit (29 February becomes 28 in common years).
func (s *txScanner) relYears(n int, limit txGran) (txVal, bool) {
	v, ok := s.at(limit)
	if !ok {
		return v, false
	}
	v.y += n
	if v.g == txDay && v.d > txDaysIn(v.y, v.m) {
		v.d = txDaysIn(v.y, v.m)
	}
	return v, true
}

// weekday returns the weekday wd (1 Monday … 7 Sunday) nearest the anchor
// day in direction dir (-1 before, 1 after, 0 either, ties going before),
// the anchor day itself only when today is set.
func (s *txScanner) weekday(wd, dir int, today bool) (txVal, bool) {
	if s.gran() != txDay {
		return txVal{}, false
	}
	t := s.anchorDay()
	cur := txISOWeekday(t)
	back, ahead := (cur-wd+7)%7, (wd-cur+7)%7
	if !today {
		back, ahead = (back+6)%7+1, (ahead+6)%7+1 // 0 becomes 7
	}
	diff := -back
	if dir > 0 || dir == 0 && ahead < back {
		diff = ahead
	}
	return txDayVal(t.AddDate(0, 0, diff)), true
}

// namedMonth gives month m a year: the anchor's, or the one before when
// that month is after the anchor and dir is -1 (a past context), or the
// one after when it is before the anchor and dir is 1; with dir 0, the
// nearer of the two, ties going to the past. With a year anchor the month
// is taken in that year.
func (s *txScanner) namedMonth(m int, dir int) (txVal, bool) {
	ag := s.gran()
	if ag == txNoGran {
		return txVal{}, false
	}
	y := s.anchor.Year
	if ag >= txMonth {
		y += txNearestYear(m-int(s.anchor.Month), 12, dir)
	}
	return txVal{y: y, m: m, g: txMonth}, true
}

// txNearestYear returns the year offset (-1, 0 or 1) of a date cmp units
// after the anchor within its year (negative: before), of a year of n
// units, for direction dir as namedMonth takes it.
func txNearestYear(cmp, n, dir int) int {
	switch {
	case dir < 0 && cmp > 0, dir == 0 && cmp > n/2:
		return -1
	case dir > 0 && cmp < 0, dir == 0 && cmp < -n/2:
		return 1
	}
	return 0
}

// namedDay gives day d of month m a year, as namedMonth does, comparing at
// the anchor's precision; 29 February moves on to the nearest leap year.
func (s *txScanner) namedDay(m, d int, dir int) (txVal, bool) {
	ag := s.gran()
	if ag == txNoGran {
		return txVal{}, false
	}
	y := s.anchor.Year
	switch ag {
	case txMonth:
		y += txNearestYear(m-int(s.anchor.Month), 12, dir)
	case txDay:
		cmp := int(txUTC(s.anchor.Year, m, min(d, txDaysIn(s.anchor.Year, m))).Sub(txUTC(s.anchor.Year, int(s.anchor.Month), s.anchor.Day)).Hours() / 24)
		y += txNearestYear(cmp, 365, dir)
	}
	for step := 0; d > txDaysIn(y, m); step++ { // 29 February: the nearest leap year
		if step == 8 {
			return txVal{}, false
		}
		if dir > 0 {
			y++
		} else {
			y--
		}
	}
	return txVal{y: y, m: m, d: d, g: txDay}, true
}

// dayOfMonth resolves "el miércoles 13", "el día 13": day d of the anchor
// month, or of the month before (past) or after (future, or the nearer
// when dir is 0) when the anchor day shows d is on the wrong side of it.
// With a month anchor, a weekday that does not fit the anchor month but
// fits that neighbour picks it.
func (s *txScanner) dayOfMonth(d, wd int, dir int) (txVal, bool) {
	ag := s.gran()
	if ag < txMonth {
		return txVal{}, false
	}
	step := -1
	if dir > 0 {
		step = 1
	}
	y, m := s.anchor.Year, int(s.anchor.Month)
	if ag == txDay {
		cmp := d - s.anchor.Day
		if dir == 0 {
			step = -1
			if cmp < 0 {
				step = 1
			}
			if cmp > 15 || cmp < -15 {
				y, m = txAddMonths(y, m, step)
			}
		} else if step < 0 && cmp > 0 || step > 0 && cmp < 0 {
			y, m = txAddMonths(y, m, step)
		}
	}
	fits := func(y, m int) bool {
		return d <= txDaysIn(y, m) && (wd == 0 || txISOWeekday(txUTC(y, m, d)) == wd)
	}
	if ag == txMonth && wd != 0 && !fits(y, m) {
		if y2, m2 := txAddMonths(y, m, step); fits(y2, m2) {
			y, m = y2, m2
		}
	}
	if d > txDaysIn(y, m) {
		return txVal{}, false
	}
	return txVal{y: y, m: m, d: d, g: txDay}, true
}

// txAddMonths moves month m of year y by n months.
func txAddMonths(y, m, n int) (int, int) {
	t := txUTC(y, m+n, 1)
	return t.Year(), int(t.Month())
}

// shiftBy resolves "hace N U" (dir -1) and "dentro de N U" (dir 1) at the
// precision of the unit, as TIMEX3 does: years give a year ("hace diez
// años" → "2013"), half years and months a month, weeks
// an ISO week, days a day; whole days of hours give a day. Indefinite,
// compound and fractional amounts stay unresolved, except half years.
func (s *txScanner) shiftBy(dir int, a txAmount) (txVal, bool) {
	if a.n < 0 || a.unit2 != "" {
		return txVal{}, false
	}
	n := a.n
	switch a.unit {
	case "CE":
		n *= 100
	case "DE":
		n *= 10
	}
	whole := n == float64(int(n))
	switch a.unit {
	case "CE", "DE", "Y":
		if whole {
			return s.relYears(dir*int(n), txYear)
		}
		if months := n * 12; months == float64(int(months)) {
			return s.relMonths(dir * int(months))
		}
	case "M":
		if whole {
			return s.relMonths(dir * int(n))
		}
	case "W":
		if whole {
			return s.relWeeks(dir * int(n))
		}
	case "D":
		if whole {
			return s.relDays(dir * int(n))
		}
	case "H":
		if whole && int(n)%24 == 0 && n > 0 {
			return s.relDays(dir * int(n) / 24)
		}
	}
	return txVal{}, false
}
