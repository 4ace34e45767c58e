package ingest

import "testing"

func TestEncodings(t *testing.T) {
	e, err := newEncodings([]EncodingRule{
		{Encoding: "latin1", Source: "--encoding latin1"},
		{ID: "a", Encoding: "utf8", Source: "--encoding a=utf8"},
		{ID: "b", Encoding: "latin1", Source: "--encoding b=latin1"},
	})
	if err != nil {
		t.Fatal(err)
	}
	for id, want := range map[string]string{"a": "utf8", "b": "latin1", "c": "latin1"} {
		if got := e.of(id); got != want {
			t.Errorf("of(%q) = %q, want %q", id, got, want)
		}
	}
	if got := (encodings{}).of("x"); got != EncodingUTF8 {
		t.Errorf("default encoding = %q, want utf8", got)
	}
	if err := e.check([]source{{id: "a"}, {id: "b"}}); err != nil {
		t.Errorf("check with every id present = %v", err)
	}
	if err := e.check([]source{{id: "a"}}); err == nil || err.Error() != `--encoding b=latin1: no document has id "b"` {
		t.Errorf("check with b missing = %v", err)
	}
	if _, err := newEncodings([]EncodingRule{{Encoding: "cp1252", Source: "-e cp1252"}}); err == nil || err.Error() != `-e cp1252: invalid encoding "cp1252": want utf8 or latin1` {
		t.Errorf("newEncodings(cp1252) = %v", err)
	}
}

func TestDecodeLatin1(t *testing.T) {
	got, err := decode([]byte("Canci\xf3n \x93espa\xf1ola\x94 \x80"), EncodingLatin1)
	if err != nil || string(got) != "Canción “española” €" {
		t.Errorf("decode latin1 = %q, %v", got, err)
	}
	in := []byte("ya UTF-8: ñ")
	if got, _ := decode(in, EncodingUTF8); string(got) != string(in) {
		t.Errorf("decode utf8 changed the text: %q", got)
	}
}
