// Manyfiles writes N small one-line articles into a directory, one file
// each, for measuring dedupe on many tiny inputs: identical copies of one
// sentence, or distinct sentences.
//
// Usage:
//
//	manyfiles [-n files] [-distinct [-nofigures]] -out DIR
//
// Files are named 000001.txt, 000002.txt, … With -distinct each file
// holds a different sentence (a person, a place, a verb and a figure
// drawn from the file's number); otherwise all hold the same one. The
// figures of -distinct all count one thing, so every pair of files
// disagrees on it; -nofigures leaves the figure out, and the files differ
// by their words only (up to 235,200 of them).
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "manyfiles:", err)
		os.Exit(2)
	}
}

func run(args []string) error {
	fs := flag.NewFlagSet("manyfiles", flag.ContinueOnError)
	n := fs.Int("n", 3000, "files to write")
	distinct := fs.Bool("distinct", false, "write a different sentence to each file")
	noFigures := fs.Bool("nofigures", false, "with -distinct, tell the sentences apart by their words only")
	out := fs.String("out", "", "output directory")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *out == "" {
		return fmt.Errorf("-out is required")
	}
	if *n < 0 {
		return fmt.Errorf("-n %d: must not be negative", *n)
	}
	if *noFigures && *n > wordsOnly {
		return fmt.Errorf("-n %d: -nofigures tells at most %d files apart", *n, wordsOnly)
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return err
	}
	width := len(fmt.Sprint(*n))
	for i := range *n {
		line := identicalLine
		switch {
		case *distinct && *noFigures:
			line = wordsLine(i)
		case *distinct:
			line = distinctLine(i)
		}
		name := filepath.Join(*out, fmt.Sprintf("%0*d.txt", max(6, width), i+1))
		if err := os.WriteFile(name, []byte(line+"\n"), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// identicalLine is the sentence every file holds without -distinct.
const identicalLine = "El terremoto de Marruecos ha causado al menos 830 muertos."

var (
	people = []string{"Ana García", "Luis Moreno", "Marta Ibáñez", "Jorge Quiroga", "Lucía Varela",
		"Pedro Okafor", "Elena Petrov", "Raúl Haddad", "Sofía Nakamura", "Diego Lindqvist"}
	roles  = []string{"alcalde", "ministra del Interior", "portavoz del Gobierno", "jefe de bomberos", "embajador"}
	places = []string{"Marrakech", "Valparaíso", "Cartagena", "Arequipa", "Tánger", "Oaxaca", "Mendoza",
		"Cuenca", "Granada", "Puebla", "Rosario", "Bilbao", "Vigo", "Cádiz", "Murcia", "León"}
	verbs = []string{"anunció", "confirmó", "negó", "calculó", "denunció", "estimó", "prometió"}
	nouns = []string{"heridos", "evacuados", "detenidos", "millones de euros", "viviendas dañadas", "nuevos contratos"}
	days  = []string{"el lunes", "el martes", "el miércoles", "el jueves", "el viernes", "el sábado", "el domingo"}
)

// distinctLine returns the sentence of file i with -distinct: its words
// are drawn from i by mixed radix, and its figure is i itself, so no two
// files hold the same sentence.
func distinctLine(i int) string {
	pick := func(list []string) string {
		s := list[i%len(list)]
		i /= len(list)
		return s
	}
	figure := i + 1
	return fmt.Sprintf("%s, %s de %s, %s %s %d %s.",
		pick(people), pick(roles), pick(places), pick(verbs), pick(days), figure, pick(nouns))
}

// wordsOnly is how many files -nofigures tells apart.
var wordsOnly = len(people) * len(roles) * len(places) * len(verbs) * len(days) * len(nouns)

// wordsLine returns the sentence of file i with -nofigures: distinctLine
// without its figure, i < wordsOnly.
func wordsLine(i int) string {
	pick := func(list []string) string {
		s := list[i%len(list)]
		i /= len(list)
		return s
	}
	return fmt.Sprintf("%s, %s de %s, %s %s que hubo %s.",
		pick(people), pick(roles), pick(places), pick(verbs), pick(days), pick(nouns))
}
