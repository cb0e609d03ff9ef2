package main

import (
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// results is everything one run measured.
type results struct {
	machine     machine
	app, hello  program
	runs, cards int
	memory      memory
}

// writeResults prints the results as Markdown and saves them in
// out/results.md.
func writeResults(out string, r results) error {
	var b strings.Builder
	report(&b, r)
	fmt.Print(b.String())
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	path := filepath.Join(out, "results.md")
	fmt.Fprintf(os.Stderr, "bench/web: wrote %s\n", path)
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

func report(w io.Writer, r results) {
	m := r.machine
	fmt.Fprintf(w, "Machine: %d CPUs, %s; %s; %s.\n\n", m.cpus, m.cpu, m.chromium, m.goVersion)

	fmt.Fprintln(w, "| | factdeck | hello-world | ratio | target |")
	fmt.Fprintln(w, "|---|---:|---:|---:|---:|")
	a, h := r.app, r.hello
	row(w, "wasm, raw", a.size.wasmRaw, h.size.wasmRaw, 0)
	row(w, "wasm, gzip -9", a.size.wasmGz, h.size.wasmGz, 0)
	row(w, "wasm, brotli 11", a.size.wasmBr, h.size.wasmBr, 0)
	row(w, "first visit, all files as sent", a.transfer.total, h.transfer.total, maxTransferRatio)
	sa, sh := median(a.startup), median(h.startup)
	fmt.Fprintf(w, "| start-up to first frame, median of %d | %.0f ms | %.0f ms | %.2f× | ≤ %.1f× %s |\n",
		r.runs, sa, sh, sa/sh, maxStartupRatio, verdict(sa/sh <= maxStartupRatio))
	fmt.Fprintln(w)
	fmt.Fprintf(w, "Start-up runs (ms), factdeck: %s; hello-world: %s.\n\n", list(a.startup), list(h.startup))
	for _, p := range []program{a, h} {
		fmt.Fprintf(w, "Where %s's start-up goes (median ms after navigation): %s.\n\n", p.name, timeline(p.marks))
	}

	mem := r.memory
	fmt.Fprintf(w, "Memory after studying %d cards (reviewed %d): WebAssembly memory %.1f MiB (target < %d MiB %s), JavaScript heap %.1f MiB.\n\n",
		r.cards, mem.reviewed, mib(mem.wasmBytes), maxMemoryBytes>>20, verdict(mem.wasmBytes < maxMemoryBytes), mib(mem.jsHeapUsedBytes))

	for _, p := range []program{a, h} {
		fmt.Fprintf(w, "First visit of %s, bytes as sent:\n\n", p.name)
		fmt.Fprintln(w, "| file | bytes |")
		fmt.Fprintln(w, "|---|---:|")
		for _, name := range slices.Sorted(maps.Keys(p.transfer.files)) {
			fmt.Fprintf(w, "| %s | %d |\n", name, p.transfer.files[name])
		}
		fmt.Fprintln(w)
	}
}

func row(w io.Writer, label string, app, hello int64, target float64) {
	ratio := float64(app) / float64(hello)
	goal := ""
	if target > 0 {
		goal = fmt.Sprintf("≤ %.1f× %s", target, verdict(ratio <= target))
	}
	fmt.Fprintf(w, "| %s | %s | %s | %.2f× | %s |\n", label, bytes(app), bytes(hello), ratio, goal)
}

func verdict(ok bool) string {
	if ok {
		return "(met)"
	}
	return "(**not met**)"
}

func bytes(n int64) string { return fmt.Sprintf("%d (%.2f MiB)", n, mib(n)) }

func mib(n int64) float64 { return float64(n) / (1 << 20) }

// timeline lists the median of each mark, in time order.
func timeline(marks map[string][]float64) string {
	type point struct {
		name string
		ms   float64
	}
	var points []point
	for name, xs := range marks {
		points = append(points, point{name, median(xs)})
	}
	slices.SortFunc(points, func(a, b point) int { return int(a.ms - b.ms) })
	parts := make([]string, len(points))
	for i, p := range points {
		parts[i] = fmt.Sprintf("%s %.0f", p.name, p.ms)
	}
	return strings.Join(parts, ", ")
}

func list(xs []float64) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = fmt.Sprintf("%.0f", x)
	}
	return strings.Join(parts, ", ")
}
