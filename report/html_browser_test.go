package report

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// chromium returns the path of a Chromium to drive, or skips the test
// when there is none, unless CI=true, where a missing browser fails it.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if path, err := exec.LookPath(name); err == nil {
			return path
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("no chromium on PATH and CI=true: install it (Debian: apt-get install chromium; .ci/run does)")
	}
	t.Skip("no chromium on PATH: install Debian's chromium to open the HTML report in a browser (with CI=true this test fails instead)")
	return ""
}

// runChromium opens the file page in headless Chromium, with a fresh
// profile and nothing that reaches the network, adding args (such as
// --dump-dom), and returns its standard output.
func runChromium(t *testing.T, bin, page string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	base := []string{
		"--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + t.TempDir(),
	}
	cmd := exec.CommandContext(ctx, bin, append(append(base, args...), "file://"+page)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s: %v\n%s", bin, err, stderr.String())
	}
	return stdout.Bytes()
}

// artifactDir returns the directory to keep test artifacts in: the
// DEDUPE_ARTIFACTS environment variable, else the test's temporary
// directory.
func artifactDir(t *testing.T) string {
	dir := os.Getenv("DEDUPE_ARTIFACTS")
	if dir == "" {
		return t.TempDir()
	}
	dir, err := filepath.Abs(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestHTMLInChromium opens the page for the seed articles and a hostile
// one (testdata/articles/hostile.txt, with <script> and onerror= in its
// text) in headless Chromium. It checks on the DOM the browser built that
// every source and every discrepancy is on the page and that nothing from
// the article ran, and keeps a screenshot.
func TestHTMLInChromium(t *testing.T) {
	bin := chromium(t)
	dir := t.TempDir()

	// First make sure the check can fail: a script in a page without our
	// policy does change the title.
	control := filepath.Join(dir, "control.html")
	if err := os.WriteFile(control, []byte("<!DOCTYPE html><title>safe</title><script>document.title='pwned'</script>"), 0o644); err != nil {
		t.Fatal(err)
	}
	if dom := runChromium(t, bin, control, "--dump-dom"); !bytes.Contains(dom, []byte("<title>pwned</title>")) {
		t.Fatalf("the control page's script did not run, so the test could not see one run:\n%s", dom)
	}

	r := hostileResult(t)
	page := filepath.Join(dir, "report.html")
	var b bytes.Buffer
	if err := HTML(&b, &Report{Result: r}); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(page, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	dom := string(runChromium(t, bin, page, "--dump-dom"))

	if !strings.Contains(dom, "<title>Dedupe report</title>") || strings.Contains(dom, "pwned</title>") {
		t.Errorf("the title changed: a script from the article ran")
	}
	if n := strings.Count(dom, "<script"); n > 0 {
		t.Errorf("the DOM holds %d script elements, want none", n)
	}
	if m := regexp.MustCompile(`<(img|b)[\s>]`).FindString(dom); m != "" {
		t.Errorf("the DOM holds an element from the article: %s", m)
	}
	if !strings.Contains(dom, "&lt;script&gt;document.title='pwned'&lt;/script&gt;") {
		t.Errorf("the article's text is not on the page as text")
	}
	for _, d := range r.Documents {
		if !strings.Contains(dom, `id="doc-`+d.ID+`"`) || !strings.Contains(dom, "<th>"+d.ID+"</th>") {
			t.Errorf("source %s is missing from the page", d.ID)
		}
	}
	for i, f := range r.Findings {
		if !strings.Contains(dom, `id="f-`+findingID(r, i)+`"`) {
			t.Errorf("discrepancy %s is missing from the page", findingID(r, i))
		}
		for _, m := range f.Mentions {
			if !strings.Contains(dom, ">"+htmlText(m.Text)+"</mark>") {
				t.Errorf("discrepancy %s: %q is not marked", findingID(r, i), m.Text)
			}
		}
	}

	shot := filepath.Join(artifactDir(t), "report-hostile.png")
	runChromium(t, bin, page, "--screenshot="+shot, "--window-size=1280,2000", "--hide-scrollbars")
	png, err := os.ReadFile(shot)
	if err != nil || !bytes.HasPrefix(png, []byte("\x89PNG")) {
		t.Fatalf("no screenshot at %s: %v", shot, err)
	}
	t.Logf("screenshot of the HTML report: %s (%d bytes)", shot, len(png))
}

// htmlText escapes s as a browser serializes a text node.
func htmlText(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", "\u00a0", "&nbsp;").Replace(s)
}
