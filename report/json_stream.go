package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"strings"
)

// writeJSONReport writes r exactly as a json.Encoder indenting by two
// spaces, without escaping HTML, would, but one array element at a time:
// the report of a large feed (every claim of every article) is never held
// encoded in memory as a whole. The fields are written in JSONReport's
// order; TestJSONStreamed checks the two agree.
func writeJSONReport(w io.Writer, r *JSONReport) error {
	jw := newJSONWriter(w)
	jw.raw("{\n")
	jw.field("version", r.Version, false)
	writeArray(jw, "documents", r.Documents, false)
	writeArray(jw, "claims", r.Claims, false)
	writeArray(jw, "clusters", r.Clusters, false)
	writeArray(jw, "entities", r.Entities, false)
	writeArray(jw, "times", r.Times, false)
	writeArray(jw, "discrepancies", r.Discrepancies, false)
	writeArray(jw, "hidden", r.Hidden, false)
	jw.field("summary", r.Summary, false)
	writeArray(jw, "stories", r.Stories, false)
	writeArray(jw, "near_duplicates", r.NearDuplicates, true)
	jw.raw("}\n")
	return jw.flush()
}

// jsonWriter writes JSON in pieces; the first error sticks.
type jsonWriter struct {
	w   *bufio.Writer
	buf bytes.Buffer
	enc *json.Encoder // writes to buf
	err error
}

func newJSONWriter(w io.Writer) *jsonWriter {
	jw := &jsonWriter{w: bufio.NewWriterSize(w, 64<<10)}
	jw.enc = json.NewEncoder(&jw.buf)
	jw.enc.SetEscapeHTML(false)
	return jw
}

func (jw *jsonWriter) raw(s string) {
	if jw.err == nil {
		_, jw.err = jw.w.WriteString(s)
	}
}

// value writes v as it stands depth levels deep: its lines after the
// first indented by two spaces a level.
func (jw *jsonWriter) value(v any, depth int) {
	if jw.err != nil {
		return
	}
	jw.buf.Reset()
	jw.enc.SetIndent(strings.Repeat("  ", depth), "  ")
	if jw.err = jw.enc.Encode(v); jw.err != nil {
		return
	}
	_, jw.err = jw.w.Write(bytes.TrimSuffix(jw.buf.Bytes(), []byte("\n")))
}

// key writes a member name of the top-level object.
func (jw *jsonWriter) key(name string) { jw.raw(`  "` + name + `": `) }

// end closes a member of the top-level object.
func (jw *jsonWriter) end(last bool) {
	if last {
		jw.raw("\n")
	} else {
		jw.raw(",\n")
	}
}

// field writes a member of the top-level object.
func (jw *jsonWriter) field(name string, v any, last bool) {
	jw.key(name)
	jw.value(v, 1)
	jw.end(last)
}

// writeArray writes an array member of the top-level object, an element
// at a time.
func writeArray[T any](jw *jsonWriter, name string, items []T, last bool) {
	jw.key(name)
	switch {
	case items == nil:
		jw.raw("null")
	case len(items) == 0:
		jw.raw("[]")
	default:
		jw.raw("[\n")
		for i := range items {
			jw.raw("    ")
			jw.value(&items[i], 2)
			if i < len(items)-1 {
				jw.raw(",\n")
			}
		}
		jw.raw("\n  ]")
	}
	jw.end(last)
}

func (jw *jsonWriter) flush() error {
	if jw.err != nil {
		return jw.err
	}
	return jw.w.Flush()
}
