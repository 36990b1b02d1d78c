package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// synset is one WordNet synset as far as the generator reads it.
type synset struct {
	lexfile int
	words   []string
	proper  []bool // the word is written with a capital: a name

	derivs []pointer // derivationally related forms ("+")
	hypers []string  // the offsets of its hypernyms ("@", "@i"), same part of speech
	part   bool      // it is a part of something ("#p": a door of a house)
	act    bool      // its gloss calls it an act ("the act of giving up ..."), whatever its file
}

// pointer is a lexical pointer from word Src of one synset to word Dst of
// another (1-based word numbers, as in the data files).
type pointer struct {
	offset   string
	pos      byte
	src, dst int
}

// db is the part of WordNet the generator reads: synsets by part of speech
// and offset, and each lemma's senses in WordNet's order (most frequent
// first).
type db struct {
	synsets map[byte]map[string]*synset
	senses  map[byte]map[string][]string
}

var posFiles = map[byte]string{'n': "noun", 'v': "verb", 'a': "adj", 'r': "adv"}

func load(dir string) (*db, error) {
	d := &db{synsets: map[byte]map[string]*synset{}, senses: map[byte]map[string][]string{}}
	for pos, name := range posFiles {
		s, err := readData(filepath.Join(dir, "data."+name))
		if err != nil {
			return nil, err
		}
		d.synsets[pos] = s
		idx, err := readIndex(filepath.Join(dir, "index."+name))
		if err != nil {
			return nil, err
		}
		d.senses[pos] = idx
	}
	return d, nil
}

// lines calls f with every line of path that is not part of the licence
// header (those start with two spaces).
func lines(path string, f func(string) error) error {
	file, err := os.Open(path)
	if err != nil {
		return err
	}
	defer file.Close()
	sc := bufio.NewScanner(file)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if strings.HasPrefix(line, "  ") || line == "" {
			continue
		}
		if err := f(line); err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
	}
	return sc.Err()
}

func readIndex(path string) (map[string][]string, error) {
	out := map[string][]string{}
	err := lines(path, func(line string) error {
		f := strings.Fields(line)
		if len(f) < 4 {
			return fmt.Errorf("short index line")
		}
		nsyn, err := strconv.Atoi(f[2])
		if err != nil {
			return err
		}
		if len(f) < nsyn {
			return fmt.Errorf("short index line")
		}
		out[f[0]] = f[len(f)-nsyn:]
		return nil
	})
	return out, err
}

func readData(path string) (map[string]*synset, error) {
	out := map[string]*synset{}
	err := lines(path, func(line string) error {
		gloss := ""
		if i := strings.Index(line, " | "); i >= 0 {
			line, gloss = line[:i], line[i+3:]
		}
		f := strings.Fields(line)
		if len(f) < 4 {
			return fmt.Errorf("short data line")
		}
		lex, err := strconv.Atoi(f[1])
		if err != nil {
			return err
		}
		wcnt, err := strconv.ParseInt(f[3], 16, 32)
		if err != nil {
			return err
		}
		s := &synset{lexfile: lex, act: strings.HasPrefix(gloss, "the act of ") || strings.HasPrefix(gloss, "an act of ")}
		k := 4
		for i := 0; i < int(wcnt) && k+1 < len(f); i++ {
			s.words = append(s.words, baseWord(f[k]))
			s.proper = append(s.proper, f[k] != strings.ToLower(f[k]))
			k += 2
		}
		if k >= len(f) {
			return fmt.Errorf("no pointer count")
		}
		pcnt, err := strconv.Atoi(f[k])
		if err != nil {
			return err
		}
		k++
		for i := 0; i < pcnt && k+3 < len(f); i++ {
			switch f[k] {
			case "+":
				st, _ := strconv.ParseInt(f[k+3], 16, 32)
				s.derivs = append(s.derivs, pointer{offset: f[k+1], pos: f[k+2][0], src: int(st >> 8), dst: int(st & 0xff)})
			case "@", "@i":
				s.hypers = append(s.hypers, f[k+1])
			case "#p":
				s.part = true
			}
			k += 4
		}
		out[f[0]] = s
		return nil
	})
	return out, err
}

// common reports whether lemma stands in synset s as a common word, not a
// name ("Einstein", "Bach").
func (s *synset) common(lemma string) bool {
	for i, w := range s.words {
		if w == lemma {
			return !s.proper[i]
		}
	}
	return false
}

// commonIn reports whether lemma is a common word (not only a name) in one
// of its senses offs of part of speech p.
func (d *db) commonIn(p byte, lemma string, offs []string) bool {
	for _, off := range offs {
		if s := d.synsets[p][off]; s != nil && s.common(lemma) {
			return true
		}
	}
	return false
}

// baseWord drops an adjective's syntactic marker ("galore(ip)") and lower-
// cases the word as the index files do.
func baseWord(w string) string {
	if i := strings.IndexByte(w, '('); i > 0 {
		w = w[:i]
	}
	return strings.ToLower(w)
}

// single reports whether lemma is one plain word: lower-case letters with
// inner hyphens or apostrophes, no spaces (WordNet's "_"), digits or dots.
func single(lemma string) bool {
	if lemma == "" || lemma[0] == '-' || lemma[len(lemma)-1] == '-' {
		return false
	}
	for _, c := range lemma {
		if !(c >= 'a' && c <= 'z' || c == '-' || c == '\'') {
			return false
		}
	}
	return true
}
