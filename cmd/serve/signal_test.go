//go:build !windows

package main

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSIGTERMExitsZero runs the built server with a client stuck in a
// response and an idle one, sends SIGTERM, and expects a clean exit
// (status 0) within a few seconds. Before, it waited 5 s and exited 1.
func TestSIGTERMExitsZero(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the server")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "serve")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	require.NoError(t, err, "build: %s", out)
	dist := filepath.Join(dir, "dist")
	require.NoError(t, os.Mkdir(dist, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dist, "index.html"), []byte("<!doctype html>"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dist, "big.wasm"), bytes.Repeat([]byte("factdeck"), 8<<20), 0o644))

	cmd := exec.Command(bin, "-build=false", "-dir", dist, "-addr", "127.0.0.1:0")
	stdout, err := cmd.StdoutPipe()
	require.NoError(t, err)
	cmd.Stderr = os.Stderr
	require.NoError(t, cmd.Start())
	t.Cleanup(func() { _ = cmd.Process.Kill() })
	line, err := bufio.NewReader(stdout).ReadString('\n')
	require.NoError(t, err)
	m := regexp.MustCompile(`http://([^/]+)/`).FindStringSubmatch(line)
	require.NotNil(t, m, line)

	stuck, err := net.Dial("tcp", m[1])
	require.NoError(t, err)
	defer stuck.Close()
	_, err = io.WriteString(stuck, "GET /big.wasm HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
	require.NoError(t, err)
	idle, err := net.Dial("tcp", m[1])
	require.NoError(t, err)
	defer idle.Close()
	time.Sleep(300 * time.Millisecond) // the big response has started

	start := time.Now()
	require.NoError(t, cmd.Process.Signal(syscall.SIGTERM))
	waited := make(chan error, 1)
	go func() { waited <- cmd.Wait() }()
	select {
	case err := <-waited:
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			t.Fatalf("exit status %d, want 0", exit.ExitCode())
		}
		require.NoError(t, err)
		assert.Less(t, time.Since(start), shutdownGrace+2*time.Second)
	case <-time.After(20 * time.Second):
		t.Fatal("the server did not exit within 20 s of SIGTERM")
	}
}
