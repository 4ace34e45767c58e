package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/dedupe-news/dedupe/compare"
	"github.com/dedupe-news/dedupe/normalize"
	"github.com/dedupe-news/dedupe/normalize/timex"
)

// untrusted is what a fuzz case puts into a report: the parts of an
// article that come from the input.
type untrusted struct {
	id, path, title, outlet, url, text string
}

// untrustedReport builds a report of two documents whose ids, paths,
// outlet, URL, heading (title) and sentences come from u, with every part
// a printer shows carrying them: a cluster, an entity, a time, a
// discrepancy with two mentions and one without, a hidden one, a story
// and a near-duplicate pair.
func untrustedReport(u untrusted) *Report {
	text0 := u.title + "\n" + u.text + "\n"
	claim := normalize.Span{Start: len(u.title) + 1, End: len(u.title) + 1 + len(u.text)}
	d0 := normalize.Document{
		ID: u.id, Path: u.path, Text: text0, Date: timex.DayDate(2024, 11, 5),
		DateSource: normalize.DateFromHeader, Outlet: u.outlet, URL: u.url, Encoding: "latin1",
		Sentences: []normalize.Sentence{
			{Span: normalize.Span{End: len(u.title)}, Kind: normalize.KindHeading, Text: u.title},
			{Span: claim, Kind: normalize.KindClaim, Text: u.text, Times: []timex.Timex{
				{Start: claim.Start, End: claim.End, Text: u.text, Value: u.title},
			}},
		},
	}
	d1 := normalize.Document{
		ID: u.text, Path: u.title, Text: u.text + "\n", Outlet: u.id, URL: u.path,
		Sentences: []normalize.Sentence{{Span: normalize.Span{End: len(u.text)}, Kind: normalize.KindClaim, Text: u.text}},
	}
	r := &compare.Result{
		Documents: []normalize.Document{d0, d1},
		Claims: []compare.Claim{
			{ID: "c1", Doc: 0, Sentence: 0, Cluster: -1},
			{ID: "c2", Doc: 0, Sentence: 1, Cluster: 0},
			{ID: "c3", Doc: 1, Sentence: 0, Cluster: 0},
		},
		Clusters: []compare.Cluster{{ID: "k1", Claims: []int{1, 2}, Score: 0.5, Independent: 1,
			Links: []compare.Link{{A: 1, B: 2, Score: 0.5, Terms: []string{u.title, u.text}, Entities: []string{"e1"}}}}},
		Entities: []compare.Entity{{ID: "e1", Name: u.text, Kind: normalize.MentionPerson, Variants: []string{u.title, u.outlet},
			Mentions: []compare.EntityMention{{Doc: 0, Span: claim, Text: u.text}, {Doc: 1, Span: d1.Sentences[0].Span, Text: u.text}}}},
		Findings: []compare.Finding{
			{ID: "d1", Kind: compare.KindNumber, Severity: compare.Error, Cluster: "k1",
				Message: "las cifras difieren: «" + u.text + "» y «" + u.title + "»",
				Mentions: []compare.FindingMention{
					{Claim: 1, Span: claim, Text: u.text, Value: u.title},
					{Claim: 2, Span: d1.Sentences[0].Span, Text: u.text, Value: u.outlet},
				}},
			{ID: "d2", Kind: compare.KindDate, Severity: compare.Warning, Message: u.title},
		},
		Stories:        []compare.Story{{ID: "s1", Docs: []int{0, 1}}},
		NearDuplicates: []compare.NearDuplicate{{Docs: [2]int{0, 1}, Similarity: 0.9}},
	}
	hidden := []Hidden{{Finding: compare.Finding{ID: "h1", Kind: compare.KindPlace, Message: u.text}, Reason: u.outlet}}
	return &Report{Result: r, Hidden: hidden}
}

// rowsShown is how many lines the line and github formats print for an
// untrustedReport, and how many rows (after the header) CSV does.
const rowsShown = 3

// forgedCase is a named input of the tests.
type forgedCase struct {
	name string
	in   untrusted
}

// forged returns the inputs the tests and the fuzz test start from:
// ordinary text, then text that tries to forge lines of a CI log, to
// drive a terminal, to hide or reorder text, and to put links and images
// into Markdown.
func forged() []forgedCase {
	return []forgedCase{
		{"ordinary", untrusted{"abc", "seeds/abc.txt", "Ayudas", "El País", "https://elpais.com/a", "El Gobierno anunció 3.500 millones."}},
		{"workflow command in a GUID", untrusted{"x\n::error file=README.md,line=1::FORGED",
			"feed.xml#x\n::error file=README.md,line=1::FORGED", "t", "o", "u", "Texto."}},
		{"workflow command after CR", untrusted{"id", "a.txt\r::warning::FORGED", "t\r\n  ::notice::X", "o", "u", "a\r::error::B"}},
		{"path starting a command", untrusted{"id", "::error file=x::FORGED", "t", "o", "u", "Texto."}},
		{"path after spaces", untrusted{"id", " \u00a0\u3000::error::FORGED", "t", "o", "u", "Texto."}},
		{"old-style command", untrusted{"##[error]id", "##[warning]p", "##[set-output name=x;]y", "o", "u", "dijo ##[error]FORGED"}},
		{"terminal escapes", untrusted{"\x1b]0;title\x07", "\x1b[2J\x1b[H.txt", "\x1b[31mrojo\x1b[0m", "\u009b31m", "\x7f", "bell\x07 nul\x00 tab\t"}},
		{"bidi and invisible", untrusted{"a\u202eb", "p\u2066.txt", "t\u200b", "\ufeffo", "u\u2028v", "x\u2029y\u00ad\U000e0001"}},
		{"invalid UTF-8", untrusted{"\xff\xfe", "a\x9b.txt", "\xc2", "\xe2\x80", "\xed\xa0\x80", "\x9b[31m"}},
		{"markdown links and images", untrusted{"[id](https://x.example)", "![p](https://t.example/p.png)",
			"![img](https://t.example/beacon.png)", "<img src=x>", "www.example.com",
			"Ver [aquí](http://evil.example) o https://evil.example/a, `code`, *em*, _em_, ~~s~~, $x$, &amp;, a@b.example # | \\"}},
	}
}

// controlResult is the result of the forged input with terminal escapes.
func controlResult(*testing.T) *compare.Result {
	for _, tc := range forged() {
		if tc.name == "terminal escapes" {
			return untrustedReport(tc.in).Result
		}
	}
	panic("no terminal escapes case")
}

// FuzzFormatsEscape prints a report built from arbitrary ids, paths,
// titles, outlet, URL and text in every format and checks that no line
// could start a workflow command and no control or invisible character
// reaches the output (see checkEscaped). Its seeds, in
// testdata/fuzz/FuzzFormatsEscape, are the inputs of forged.
func FuzzFormatsEscape(f *testing.F) {
	f.Fuzz(func(t *testing.T, id, path, title, outlet, url, text string) {
		u := untrusted{id, path, title, outlet, url, text}
		for _, format := range Formats() {
			var b bytes.Buffer
			if err := Write(&b, format, untrustedReport(u)); err != nil {
				t.Fatalf("%s: %v", format, err)
			}
			if err := checkEscaped(format, b.String(), u); err != nil {
				t.Errorf("%s: %v\n%s", format, err, b.String())
			}
		}
	})
}

// TestFormatsEscape prints the forged inputs in every format and checks
// the output as the fuzz test does.
func TestFormatsEscape(t *testing.T) {
	for _, tc := range forged() {
		for _, format := range Formats() {
			t.Run(tc.name+"/"+string(format), func(t *testing.T) {
				var b bytes.Buffer
				if err := Write(&b, format, untrustedReport(tc.in)); err != nil {
					t.Fatal(err)
				}
				if err := checkEscaped(format, b.String(), tc.in); err != nil {
					t.Errorf("%v\n%s", err, b.String())
				}
			})
		}
	}
}

// checkEscaped checks the output of format for the report of u: valid
// UTF-8; no control character but "\n" (and the "\r" of CSV's CRLF), and
// no C1 control, separator or format character; no line (split at CR or
// LF, as the GitHub runner splits them) that starts with "::" after
// white space, except github's own commands, one per row; no "##[", the
// prefix of the runner's old commands; and the checks of the format
// (checkFormat).
func checkEscaped(format Format, out string, u untrusted) error {
	if !utf8.ValidString(out) {
		return fmt.Errorf("output is not UTF-8")
	}
	for i, r := range out {
		if r == '\n' || r == '\r' && format == FormatCSV && strings.HasPrefix(out[i+1:], "\n") {
			continue
		}
		if r < 0x20 || r == 0x7f || 0x80 <= r && r < 0xa0 || unicode.In(r, unicode.Cf, unicode.Zl, unicode.Zp) {
			return fmt.Errorf("output holds %U at byte %d", r, i)
		}
	}
	if strings.Contains(out, "##[") {
		return fmt.Errorf("output holds ##[")
	}
	lines := strings.FieldsFunc(out, func(r rune) bool { return r == '\n' || r == '\r' })
	for _, line := range lines {
		if strings.HasPrefix(strings.TrimLeftFunc(line, unicode.IsSpace), "::") && format != FormatGitHub {
			return fmt.Errorf("line starts a workflow command: %q", line)
		}
	}
	return checkFormat(format, out, lines, u)
}

// checkFormat checks what each format must keep: as many lines as rows
// for line, github and CSV, github's properties holding no ":" or ",";
// JSON and SARIF valid, JSON with the input's values; Markdown with every
// character it acts on escaped; HTML with no image.
func checkFormat(format Format, out string, lines []string, u untrusted) error {
	switch format {
	case FormatLine, FormatGitHub, FormatCSV:
		want := rowsShown
		if format == FormatCSV {
			want++
		}
		if len(lines) != want {
			return fmt.Errorf("%d lines, want %d", len(lines), want)
		}
		if format == FormatGitHub {
			return checkGitHubLines(lines)
		}
	case FormatJSON:
		return checkJSONValues(out, u)
	case FormatSARIF:
		if !json.Valid([]byte(out)) {
			return fmt.Errorf("output is not JSON")
		}
	case FormatMarkdown:
		return checkMarkdown(lines)
	case FormatHTML:
		if strings.Contains(out, "<img") {
			return fmt.Errorf("page holds an image")
		}
	}
	return nil
}

// checkGitHubLines checks that each line is one workflow command of ours
// whose properties hold no unescaped separator.
func checkGitHubLines(lines []string) error {
	for _, line := range lines {
		cmd, rest, ok := strings.Cut(line, " ")
		if !ok || cmd != "::error" && cmd != "::warning" && cmd != "::notice" {
			return fmt.Errorf("not a command of ours: %q", line)
		}
		props, _, ok := strings.Cut(rest, "::")
		if !ok {
			return fmt.Errorf("command without data: %q", line)
		}
		for _, p := range strings.Split(props, ",") {
			k, _, _ := strings.Cut(p, "=")
			if k != "file" && k != "line" && k != "col" && k != "title" {
				return fmt.Errorf("forged property %q in %q", k, line)
			}
		}
	}
	return nil
}

// checkJSONValues checks that the JSON reads back to the input's values,
// as encoding/json encodes them.
func checkJSONValues(out string, u untrusted) error {
	var got JSONReport
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		return fmt.Errorf("output is not JSON: %v", err)
	}
	want := func(s string) string {
		b, _ := json.Marshal(s)
		var v string
		_ = json.Unmarshal(b, &v)
		return v
	}
	d := got.Documents[0]
	if d.ID != want(u.id) || d.Path != want(u.path) || d.Outlet != want(u.outlet) || d.URL != want(u.url) ||
		got.Claims[1].Text != want(u.text) || got.Claims[0].Text != want(u.title) {
		return fmt.Errorf("JSON values differ from the input's")
	}
	return nil
}

// checkMarkdown checks that every character Markdown acts on, outside the
// format's own headings and table pipes, is escaped (preceded by an odd
// number of backslashes), and that the rows of a table have as many
// unescaped pipes as its header.
func checkMarkdown(lines []string) error {
	pipes := 0
	for _, line := range lines {
		if !strings.HasPrefix(line, "|") {
			pipes = 0
		} else if n := unescapedPipes(line); pipes == 0 {
			pipes = n
		} else if n != pipes {
			return fmt.Errorf("row %q has %d cell borders, want %d", line, n, pipes)
		}
		body := strings.TrimLeft(line, "#")
		for i := 0; i < len(body); i++ {
			c := body[i]
			special := strings.IndexByte("`*[]()!<>~&$@#", c) >= 0 ||
				c == ':' && strings.HasPrefix(body[i+1:], "/") ||
				c == '.' && i >= 3 && strings.EqualFold(body[i-3:i], "www")
			if c == '|' && !strings.HasPrefix(line, "|") {
				special = true
			}
			if special && !escaped(body, i) {
				return fmt.Errorf("unescaped %q at %d of %q", c, i, line)
			}
		}
	}
	return nil
}

// escaped reports whether s[i] follows an odd number of backslashes.
func escaped(s string, i int) bool {
	n := 0
	for j := i - 1; j >= 0 && s[j] == '\\'; j-- {
		n++
	}
	return n%2 == 1
}

// unescapedPipes counts the pipes of line that no backslash escapes.
func unescapedPipes(line string) int {
	n := 0
	for i := 0; i < len(line); i++ {
		if line[i] == '|' && !escaped(line, i) {
			n++
		}
	}
	return n
}
