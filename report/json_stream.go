package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"iter"
	"strings"
)

// writeJSON writes p exactly as a json.Encoder indenting by two spaces,
// without escaping HTML, would write the JSONReport it stands for (with
// the characters escapeJSON rewrites escaped), but one array element at a
// time, each made only when it is written: the report of a large feed
// (every claim of every article) is never held in memory as a whole,
// neither as values nor encoded. The fields are written in JSONReport's
// order; TestJSONStreamed checks the two agree.
func writeJSON(w io.Writer, p *jsonParts) error {
	jw := newJSONWriter(w)
	jw.raw("{\n")
	jw.field("version", JSONVersion, false)
	writeArray(jw, "documents", p.documents, false)
	writeArray(jw, "claims", p.claims, false)
	writeArray(jw, "clusters", p.clusters, false)
	writeArray(jw, "entities", p.entities, false)
	writeArray(jw, "times", p.times, false)
	writeArray(jw, "facts", p.facts, false)
	writeArray(jw, "quantities", p.quantities, false)
	writeArray(jw, "discrepancies", p.discrepancies, false)
	writeArray(jw, "hidden", p.hidden, false)
	jw.field("summary", p.summary, false)
	writeArray(jw, "stories", p.stories, false)
	writeArray(jw, "near_duplicates", p.nearDuplicates, true)
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
	_, jw.err = jw.w.Write(escapeJSON(bytes.TrimSuffix(jw.buf.Bytes(), []byte("\n"))))
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
// at a time as items makes them; nil items is written as null.
func writeArray[T any](jw *jsonWriter, name string, items iter.Seq[T], last bool) {
	jw.key(name)
	if items == nil {
		jw.raw("null")
		jw.end(last)
		return
	}
	n := 0
	for v := range items {
		if jw.err != nil {
			break
		}
		if n == 0 {
			jw.raw("[\n    ")
		} else {
			jw.raw(",\n    ")
		}
		jw.value(&v, 2)
		n++
	}
	if n == 0 {
		jw.raw("[]")
	} else {
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
