// Command deckgen measures `deckgen build` at 1×, 10× and 50× the size of
// the built-in corpus, against kagome's own tokenization of the same text
// (the floor: no build can be faster than reading its words), and prints
// a Markdown table of time, MB/s, peak memory and the ratio to the floor.
//
//	go run ./bench/deckgen                 # 1, 10, 50 copies
//	go run ./bench/deckgen -scales 1,10    # quicker
//
// Copy k of a document has every digit d turned into (d+k) mod 10, so the
// copies are new text (no sentence repeats another and is dropped as a
// duplicate) of the same language and shape.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/ikawaha/kagome-dict/ipa"
	"github.com/ikawaha/kagome/v2/tokenizer"
)

func main() {
	floor := flag.Bool("floor", false, "tokenize the given files with kagome and exit (run by the benchmark itself)")
	scales := flag.String("scales", "1,10,50", "comma list of how many copies of the corpus to build")
	corpus := flag.String("corpus", "assets/corpus", "the directory of the built-in corpus")
	flag.Parse()
	if *floor {
		if err := tokenizeFiles(flag.Args()); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		return
	}
	if err := run(*corpus, *scales, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "bench/deckgen:", err)
		os.Exit(1)
	}
}

// tokenizeFiles is the floor: kagome's IPA tokenizer over every line.
func tokenizeFiles(paths []string) error {
	t, err := tokenizer.New(ipa.Dict(), tokenizer.OmitBosEos())
	if err != nil {
		return err
	}
	n := 0
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		for _, line := range strings.Split(string(data), "\n") {
			n += len(t.Tokenize(line))
		}
	}
	fmt.Fprintln(io.Discard, n)
	return nil
}

func run(corpusDir, scales string, w io.Writer) error {
	docs, err := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	if err != nil || len(docs) == 0 {
		return fmt.Errorf("no documents in %s", corpusDir)
	}
	tmp, err := os.MkdirTemp("", "bench-deckgen-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	deckgen, self := filepath.Join(tmp, "deckgen"), filepath.Join(tmp, "floor")
	if err := goBuild(deckgen, "./cmd/deckgen"); err != nil {
		return err
	}
	if err := goBuild(self, "./bench/deckgen"); err != nil {
		return err
	}
	fmt.Fprintf(w, "| corpus | size | deckgen build | MB/s | peak RSS | kagome alone | ratio to kagome |\n|---|---|---|---|---|---|---|\n")
	for _, s := range strings.Split(scales, ",") {
		k, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || k < 1 {
			return fmt.Errorf("bad scale %q", s)
		}
		dir := filepath.Join(tmp, "x"+strconv.Itoa(k))
		files, size, err := copies(docs, dir, k)
		if err != nil {
			return err
		}
		build, err := measure(deckgen, append([]string{"build", "-o", filepath.Join(tmp, "d.json")}, files...)...)
		if err != nil {
			return err
		}
		floor, err := measure(self, append([]string{"-floor"}, files...)...)
		if err != nil {
			return err
		}
		mb := float64(size) / 1e6
		fmt.Fprintf(w, "| %d× | %.1f MB | %.1f s | %.2f | %d MB | %.1f s (%d MB) | %.1f× |\n",
			k, mb, build.wall.Seconds(), mb/build.wall.Seconds(), build.rssMB, floor.wall.Seconds(), floor.rssMB, build.wall.Seconds()/floor.wall.Seconds())
	}
	return nil
}

func goBuild(out, pkg string) error {
	cmd := exec.Command("go", "build", "-o", out, pkg)
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	return cmd.Run()
}

// copies writes k copies of docs into dir and returns their paths and
// total size.
func copies(docs []string, dir string, k int) ([]string, int64, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, 0, err
	}
	var out []string
	var size int64
	for c := 0; c < k; c++ {
		for _, d := range docs {
			data, err := os.ReadFile(d)
			if err != nil {
				return nil, 0, err
			}
			text := shiftDigits(string(data), c)
			p := filepath.Join(dir, fmt.Sprintf("c%03d_%s", c, filepath.Base(d)))
			if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
				return nil, 0, err
			}
			out = append(out, p)
			size += int64(len(text))
		}
	}
	return out, size, nil
}

// shiftDigits turns every ASCII digit d into (d+k) mod 10.
func shiftDigits(s string, k int) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return '0' + (r-'0'+rune(k))%10
		}
		return r
	}, s)
}

type result struct {
	wall  time.Duration
	rssMB int64
}

// measure runs a command and reports its wall time and peak resident
// memory (getrusage's ru_maxrss, in kB on Linux).
func measure(bin string, args ...string) (result, error) {
	cmd := exec.Command(bin, args...)
	cmd.Stdout, cmd.Stderr = io.Discard, os.Stderr
	start := time.Now()
	if err := cmd.Run(); err != nil {
		return result{}, fmt.Errorf("%s: %w", filepath.Base(bin), err)
	}
	wall := time.Since(start)
	ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	if !ok {
		return result{wall: wall}, nil
	}
	return result{wall: wall, rssMB: ru.Maxrss / 1024}, nil
}
