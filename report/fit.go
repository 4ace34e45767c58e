package report

import (
	"slices"
	"strings"

	"github.com/olekukonko/tablewriter/pkg/twwidth"
	"github.com/olekukonko/tablewriter/tw"
)

// fitCells fits a table to width columns: it chooses each column's width
// (see columnWidths) and wraps every cell of header, rows and footer, all
// escaped, to it in place, and returns the widths for tablewriter, which
// then has nothing left to wrap.
func fitCells(s section, header []string, rows [][]string, footer []string, width int) tw.Mapper[int, int] {
	all := append([][]string{header, footer}, rows...)
	cols := columnWidths(s, all, width)
	for _, row := range all {
		for i := range row {
			row[i] = strings.Join(wrapText(row[i], cols[i]), "\n")
		}
	}
	widths := tw.NewMapper[int, int]()
	for i, n := range cols {
		widths.Set(i, n+2) // tablewriter's widths count the padding
	}
	return widths
}

// minColumn is the narrowest a column is made, unless its cells or its
// header's longest word are narrower.
const minColumn = 6

// columnWidths returns the width of each column of a table whose cells are
// rows (the first its header), for its lines to take at most width
// columns. A column is as wide as its widest cell, up to its own cap
// (s.widths, else cellWidth). When they do not fit together, each column
// keeps a floor (minColumn, or its header's longest word; its cells'
// longest word too when those floors fit, see wordFloors) and shares
// what is left in proportion to what it would take beyond that; when not
// even the floors fit, the widest columns are narrowed to one width, the
// largest that fits (at least 1).
func columnWidths(s section, rows [][]string, width int) []int {
	n := len(s.header)
	natural, floor := make([]int, n), make([]int, n)
	for _, row := range rows {
		for i, c := range row {
			if i < n {
				natural[i] = max(natural[i], twwidth.Width(c))
			}
		}
	}
	for i := range natural {
		limit := cellWidth
		if i < len(s.widths) && s.widths[i] > 0 {
			limit = s.widths[i]
		}
		natural[i] = max(1, min(natural[i], limit))
		floor[i] = minColumn
		for _, w := range strings.Fields(s.header[i]) {
			floor[i] = max(floor[i], twwidth.Width(w))
		}
		floor[i] = min(floor[i], natural[i])
	}
	budget := width - (3*n + 1) // "| " before each cell, " |" after the last, " | " between
	if sum(natural) <= budget {
		return natural
	}
	if sum(floor) > budget {
		return levelled(floor, budget)
	}
	if words := wordFloors(rows, natural, floor); sum(words) <= budget {
		floor = words
	}
	return shared(natural, floor, budget)
}

// maxWordFloor is the widest word that wordFloors keeps whole.
const maxWordFloor = 24

// wordFloors returns floor raised, for each column, to the width of its
// longest word (up to maxWordFloor and to natural), so that no word that
// short is broken.
func wordFloors(rows [][]string, natural, floor []int) []int {
	out := slices.Clone(floor)
	for _, row := range rows {
		for i, c := range row {
			if i >= len(out) {
				continue
			}
			for _, w := range strings.Fields(c) {
				out[i] = max(out[i], min(twwidth.Width(w), maxWordFloor, natural[i]))
			}
		}
	}
	return out
}

// shared returns widths between floor and natural that sum to budget,
// which lies between their sums: each column gets its floor and a share
// of the rest in proportion to natural - floor, the columns first in
// order taking what rounding leaves.
func shared(natural, floor []int, budget int) []int {
	extra, want := budget-sum(floor), sum(natural)-sum(floor)
	cols := make([]int, len(natural))
	for i := range cols {
		cols[i] = floor[i] + extra*(natural[i]-floor[i])/want
	}
	for i := 0; sum(cols) < budget; i = (i + 1) % len(cols) {
		if cols[i] < natural[i] {
			cols[i]++
		}
	}
	return cols
}

// levelled returns cols with the widest narrowed to one level, the
// largest at which they sum to budget or less (at least 1).
func levelled(cols []int, budget int) []int {
	level := 0
	for _, c := range cols {
		level = max(level, c)
	}
	for level > 1 && sumCapped(cols, level) > budget {
		level--
	}
	out := make([]int, len(cols))
	for i, c := range cols {
		out[i] = min(c, level)
	}
	return out
}

// sum returns the sum of cols.
func sum(cols []int) int { return sumCapped(cols, int(^uint(0)>>1)) }

// sumCapped returns the sum of cols, each at most level.
func sumCapped(cols []int, level int) int {
	total := 0
	for _, c := range cols {
		total += min(c, level)
	}
	return total
}

// wrapText breaks s, text on one line, into lines of at most width
// columns at spaces, a word wider than that broken where it reaches it;
// width 0 leaves s whole. It returns one line at least.
func wrapText(s string, width int) []string {
	if width <= 0 || twwidth.Width(s) <= width {
		return []string{s}
	}
	var lines []string
	line, lineWidth := "", 0
	for _, word := range strings.Fields(s) {
		w := twwidth.Width(word)
		switch {
		case lineWidth > 0 && lineWidth+1+w <= width:
			line, lineWidth = line+" "+word, lineWidth+1+w
			continue
		case lineWidth > 0:
			lines = append(lines, line)
		}
		for w > width {
			head, rest := cutWidth(word, width)
			lines = append(lines, head)
			word, w = rest, twwidth.Width(rest)
		}
		line, lineWidth = word, w
	}
	if lineWidth > 0 || len(lines) == 0 {
		lines = append(lines, line)
	}
	return lines
}

// cutWidth splits s after as many of its characters as fit in width
// columns, one at least.
func cutWidth(s string, width int) (head, rest string) {
	used := 0
	for i, r := range s {
		w := twwidth.Width(string(r))
		if used+w > width && i > 0 {
			return s[:i], s[i:]
		}
		used += w
	}
	return s, ""
}
