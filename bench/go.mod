module github.com/dedupe-news/dedupe/bench

go 1.26.8

require github.com/dedupe-news/dedupe v0.0.0

require (
	github.com/adrg/strutil v0.3.1 // indirect
	github.com/kljensen/snowball v0.10.0 // indirect
	golang.org/x/text v0.43.0 // indirect
)

replace github.com/dedupe-news/dedupe => ../
