package main

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strings"
)

// machine describes where the figures were taken.
type machine struct {
	cpus                     int
	cpu, chromium, goVersion string
}

func describeMachine(chromium string) (machine, error) {
	m := machine{cpus: runtime.NumCPU(), goVersion: runtime.Version(), cpu: cpuModel()}
	out, err := exec.Command(chromium, "--version").Output()
	if err != nil {
		return m, fmt.Errorf("%s --version: %w", chromium, err)
	}
	m.chromium = strings.TrimSpace(string(out))
	return m, nil
}

// cpuModel is the first "model name" of /proc/cpuinfo, or "unknown".
func cpuModel() string {
	f, err := os.Open("/proc/cpuinfo")
	if err != nil {
		return "unknown"
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		if k, v, ok := strings.Cut(s.Text(), ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return "unknown"
}
