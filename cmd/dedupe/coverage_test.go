package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"github.com/dedupe-news/dedupe/ingest"
	"github.com/dedupe-news/dedupe/report"
)

// checkCoverage fails t unless the claims of doc in rep cover every byte
// of text (the document as decoded) that is not white space or a BOM, and
// each claim's text is the text of its span: every sentence read leaves
// dedupe as a claim.
func checkCoverage(t *testing.T, rep *report.JSONReport, doc, text string) {
	t.Helper()
	covered := make([]bool, len(text))
	n := 0
	for _, c := range rep.Claims {
		if c.Doc != doc {
			continue
		}
		n++
		if c.Start < 0 || c.Start > c.End || c.End > len(text) {
			t.Errorf("%s: claim %s has span [%d, %d) outside the %d bytes of text", doc, c.ID, c.Start, c.End, len(text))
			continue
		}
		if got := text[c.Start:c.End]; got != c.Text {
			t.Errorf("%s: claim %s says %.40q, but its span holds %.40q", doc, c.ID, c.Text, got)
		}
		for i := c.Start; i < c.End; i++ {
			covered[i] = true
		}
	}
	for i, r := range text {
		if !covered[i] && !unicode.IsSpace(r) && r != '\ufeff' {
			t.Errorf("%s: byte %d (%q, in %.30q) is in no claim (%d claims)", doc, i, r, text[max(0, i-10):], n)
			return
		}
	}
}

// runJSON runs dedupe -f json with args and returns the report; the run
// must succeed (exit 0 or 1).
func runJSON(t *testing.T, stdin []byte, args ...string) *report.JSONReport {
	t.Helper()
	var stdout, stderr bytes.Buffer
	if code := run(append([]string{"-f", "json"}, args...), bytes.NewReader(stdin), &stdout, &stderr); code > exitFindings {
		t.Fatalf("run(%q) = %d: %s", args, code, stderr.String())
	}
	var rep report.JSONReport
	if err := json.Unmarshal(stdout.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	return &rep
}

// TestClaimsCoverInput checks, for the seeds and for awkward inputs, that
// the claims of the JSON report account for every sentence read.
func TestClaimsCoverInput(t *testing.T) {
	long := strings.Repeat("el gobierno anuncio un plan de reconstruccion para la region, ", 1<<20/62+1)[:1<<20]
	inputs := map[string]string{
		"nopunct.txt":  "El Gobierno anunció un plan de reconstrucción para Valencia\nLas ayudas llegarán en diciembre\n",
		"long.txt":     long,
		"crlf.txt":     "date 2023-09\r\nMOSCÚ, 13 sep (Reuters) – Kim llegó.\r\n\r\n- ¿Progreso? -\r\nVídeo del encuentro 2:24\r\nFuente: https://example.com/a?b=1\r\n",
		"bom.txt":      "\ufeffEl 3,5 % de 2.000 muertos, dijo Kirby. «Sí», añadió.\n",
		"symbols.txt":  "... !!! ??? — «» \"\" ()\n\u00a0\u200b\n#$%&\n",
		"html.txt":     "<p>El <b>Gobierno</b> anunció</p><script>alert(1)</script>\n",
		"numbers.txt":  "3.000 3.500 1/2 2023-09-13 13:45 h. 12.5 %\n",
		"latin1.txt":   "Canci\xf3n \x93espa\xf1ola\x94.\nOtra l\xednea sin punto\n",
		"unicode.txt":  "Ελληνικά. 日本語の文。 עברית. 🙂🙂🙂.\n",
		"oneword.txt":  "Hola",
		"spaces.txt":   "   Sangría   \t  al   principio.   \n\n\n   ",
		"abbrevs.txt":  "EE. UU. y la UE. acordaron el art. 5 del Sr. Pérez, etc. El lunes.\n",
		"quotes.txt":   "\"Tenemos información\", dijo. «Sí.» \"No\".\n“Curvas”.\n",
		"headline.txt": "Kim y Putin se reúnen en Rusia\n\nEl encuentro fue el miércoles.\n",
	}
	dir := t.TempDir()
	var args []string
	for name, text := range inputs {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		args = append(args, filepath.Join(dir, name))
	}
	seeds, err := filepath.Glob(filepath.Join("..", "..", "testdata", "seeds", "*.txt"))
	if err != nil || len(seeds) == 0 {
		t.Fatalf("no seeds: %v", err)
	}
	args = append(args, seeds...)
	rep := runJSON(t, nil, append([]string{"--encoding", "latin1=latin1"}, args...)...)
	if len(rep.Documents) != len(args) {
		t.Fatalf("%d documents in the report, want %d", len(rep.Documents), len(args))
	}
	for _, d := range rep.Documents {
		data, err := os.ReadFile(d.Path)
		if err != nil {
			t.Fatal(err)
		}
		if d.Encoding == ingest.EncodingLatin1 {
			if data, err = charmap.Windows1252.NewDecoder().Bytes(data); err != nil {
				t.Fatal(err)
			}
		}
		checkCoverage(t, rep, d.ID, string(data))
	}
}

// FuzzRunStdin feeds arbitrary bytes to dedupe as one input: it must exit
// 2 with a "dedupe: " message naming standard input (one line, or one a
// bad line of JSON Lines), or report every sentence of the text each
// document was read as (saved with --save-text), and never panic.
func FuzzRunStdin(f *testing.F) {
	for _, seed := range []string{
		"", "\x00", "Canci\xf3n.", "\ufeff", "Hola.", "date 2023-09\nHola.", "a\r\nb\r\n",
		"El 3,5 % de 2.000 muertos, dijo Kirby el mes pasado.", "«Sí.» \"No\". (CNN) –– Pyongyang.",
		strings.Repeat("x ", 300), "MOSCÚ, 13 sep (Reuters) –", "Fuente: https://a.b/c",
		`{"title": "Kim llega", "text": "Kim llegó."}` + "\n{bad\n[1]\n",
		`<rss version="2.0"><channel><title>T</title><item><title>Kim llega</title><description>&lt;p&gt;Kim llegó.&lt;/p&gt;</description></item></channel></rss>`,
		`<!DOCTYPE html><title>Kim</title><article><p>Kim llegó.</p><script>x()</script></article>`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		dir := t.TempDir()
		var stdout, stderr bytes.Buffer
		code := run([]string{"-f", "json", "--save-text", dir, "-"}, bytes.NewReader(data), &stdout, &stderr)
		switch code {
		case exitOK, exitFindings:
		case exitError:
			// Items of a feed on standard input that were skipped ("dedupe:
			// skipped -#item1: …") may come before the error.
			msg := stderr.String()
			for strings.HasPrefix(msg, "dedupe: skipped -") {
				_, msg, _ = strings.Cut(msg, "\n")
			}
			if !strings.HasPrefix(msg, "dedupe: -") && !strings.HasPrefix(msg, "dedupe: standard input") {
				t.Fatalf("exit 2 with message %q, want it to name standard input", stderr.String())
			}
			for _, line := range strings.Split(strings.TrimSuffix(msg, "\n"), "\n")[1:] {
				if !strings.HasPrefix(line, "-:") {
					t.Fatalf("exit 2 with message %q, want every further line to name a line of standard input", msg)
				}
			}
			return
		default:
			t.Fatalf("exit %d", code)
		}
		var rep report.JSONReport
		if err := json.Unmarshal(stdout.Bytes(), &rep); err != nil {
			t.Fatal(err)
		}
		plain := ingest.Sniff("-", "", data) == ingest.Text
		if plain && !utf8.Valid(data) {
			t.Fatalf("invalid UTF-8 accepted")
		}
		for _, d := range rep.Documents {
			text, err := os.ReadFile(filepath.Join(dir, d.ID+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			if plain && string(text) != string(data) {
				t.Fatalf("saved text of %s differs from the input", d.ID)
			}
			checkCoverage(t, &rep, d.ID, string(text))
		}
	})
}
