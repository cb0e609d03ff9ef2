// Command web measures the browser build against an Ebitengine hello-world
// (bench/web/hello) built by the same script with the same flags and page:
//
//	go run ./bench/web [-runs 10] [-cards 100] [-out bench/out/web]
//
// (`make bench` runs it.) It reports, as Markdown on stdout and in
// OUT/results.md:
//
//   - size: the wasm raw, gzip and brotli, and the first visit's transfer:
//     the body bytes the server sent until the app ran and its service
//     worker had cached the release, counted at the server;
//   - start-up: time from navigation to the first drawn frame in headless
//     Chromium (window.factdeckFirstFrame, set by both programs at the end
//     of their first Draw), median of -runs cold loads each, app and
//     hello-world taking turns;
//   - memory: the app's WebAssembly memory after studying -cards cards by
//     keyboard.
//
// The app's release is web/dist (rebuilt if stale), the hello-world's
// OUT/hello.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"factdeck/web/harness"
)

// targets are the limits, reported beside the figures.
const (
	maxTransferRatio = 1.3
	maxStartupRatio  = 1.5
	maxMemoryBytes   = 128 << 20
)

type options struct {
	runs, cards int
	out         string
}

func main() {
	var o options
	flag.IntVar(&o.runs, "runs", 10, "cold loads of each program for the start-up median")
	flag.IntVar(&o.cards, "cards", 100, "cards to study before reading the memory")
	flag.StringVar(&o.out, "out", "bench/out/web", "`directory` for the hello-world's release and results.md")
	flag.Parse()
	if err := run(o); err != nil {
		fmt.Fprintln(os.Stderr, "bench/web:", err)
		os.Exit(1)
	}
}

func run(o options) error {
	root, err := harness.RepoRoot()
	if err != nil {
		return err
	}
	if !filepath.IsAbs(o.out) {
		o.out = filepath.Join(root, o.out)
	}
	chromium := harness.ExecPath()
	if chromium == "" {
		return errors.New("no Chromium found: `make deps` installs it")
	}
	app := program{name: "factdeck", pkg: "./cmd/factdeck", dist: filepath.Join(root, "web", "dist")}
	hello := program{name: "hello-world", pkg: "./bench/web/hello", dist: filepath.Join(o.out, "hello")}
	for _, p := range []program{app, hello} {
		fmt.Fprintf(os.Stderr, "bench/web: building %s into %s\n", p.pkg, p.dist)
		if _, err := harness.Build(root, p.dist, p.pkg); err != nil {
			return err
		}
	}

	profile, err := os.MkdirTemp("", "factdeck-bench-profile-*")
	if err != nil {
		return err
	}
	defer os.RemoveAll(profile)
	browser, stop, err := harness.Launch(context.Background(), chromium, profile)
	if err != nil {
		return err
	}
	defer stop()

	var r results
	if r.machine, err = describeMachine(chromium); err != nil {
		return err
	}
	for _, p := range []*program{&app, &hello} {
		if p.size, err = releaseSize(p.dist); err != nil {
			return err
		}
		fmt.Fprintf(os.Stderr, "bench/web: first visit of %s\n", p.name)
		if p.transfer, err = firstVisit(browser, p.dist); err != nil {
			return fmt.Errorf("%s: first visit: %w", p.name, err)
		}
	}
	fmt.Fprintf(os.Stderr, "bench/web: start-up, %d cold loads each\n", o.runs)
	if err := startups(browser, o.runs, &app, &hello); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "bench/web: memory after %d cards\n", o.cards)
	if r.memory, err = memoryAfterStudy(browser, app.dist, o.cards); err != nil {
		return err
	}
	r.app, r.hello, r.runs, r.cards = app, hello, o.runs, o.cards
	return writeResults(o.out, r)
}
