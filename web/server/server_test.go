package server_test

import (
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/web/server"
)

// bigDist is a web/dist with a file far larger than the loopback socket
// buffers, so that a client that never reads stalls the server's writes.
func bigDist(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "index.html"), []byte("<!doctype html>"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "big.wasm"), bytes.Repeat([]byte("factdeck"), 8<<20), 0o644)) // 64 MB
	return dir
}

// connWatch records when the server closes each connection.
type connWatch struct {
	mu     sync.Mutex
	closed map[string]time.Time
}

func (w *connWatch) hook(c net.Conn, s http.ConnState) {
	if s == http.StateClosed || s == http.StateHijacked {
		w.mu.Lock()
		defer w.mu.Unlock()
		w.closed[c.RemoteAddr().String()] = time.Now()
	}
}

func (w *connWatch) closedAt(addr string) (time.Time, bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	at, ok := w.closed[addr]
	return at, ok
}

// stuckClient asks for the big file and never reads the answer.
func stuckClient(t *testing.T, addr string) net.Conn {
	t.Helper()
	c, err := net.Dial("tcp", addr)
	require.NoError(t, err)
	t.Cleanup(func() { c.Close() })
	_, err = io.WriteString(c, "GET /big.wasm HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
	require.NoError(t, err)
	return c
}

// A client that never reads holds its connection only until the write
// timeout; without one it held it for as long as it liked. The server's
// refusals stay as they were.
func TestClientThatNeverReadsIsCut(t *testing.T) {
	dir := bigDist(t)
	srv := server.New(dir, server.Timeouts{ReadHeader: time.Second, Read: time.Second, Write: 500 * time.Millisecond, Idle: time.Second})
	watch := &connWatch{closed: map[string]time.Time{}}
	srv.ConnState = watch.hook
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- server.Serve(ctx, srv, ln, time.Second) }()
	defer func() {
		cancel()
		assert.NoError(t, <-done)
	}()

	start := time.Now()
	c := stuckClient(t, ln.Addr().String())
	var at time.Time
	require.Eventually(t, func() bool {
		var ok bool
		at, ok = watch.closedAt(c.LocalAddr().String())
		return ok
	}, 10*time.Second, 20*time.Millisecond, "the server closes the connection of a client that does not read")
	assert.Less(t, at.Sub(start), 5*time.Second)
	// The client, reading at last, gets the part that was sent and then
	// the end of the connection, not the whole file.
	c.SetReadDeadline(time.Now().Add(10 * time.Second))
	n, _ := io.Copy(io.Discard, c)
	assert.Less(t, n, int64(64<<20))

	base := "http://" + ln.Addr().String()
	for path, want := range map[string]int{"/": http.StatusOK, "/.hidden": http.StatusNotFound, "/../etc/passwd": http.StatusBadRequest} {
		resp, err := http.Get(base + path)
		require.NoError(t, err)
		resp.Body.Close()
		assert.Equal(t, want, resp.StatusCode, path)
	}
	resp, err := http.Post(base+"/", "text/plain", nil)
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusMethodNotAllowed, resp.StatusCode)
}

// Shutting down with a client stuck in a response ends within the grace
// period, without an error: the stuck connection is closed.
func TestServeStopsWithinGrace(t *testing.T) {
	dir := bigDist(t)
	srv := server.New(dir, server.DefaultTimeouts) // a write timeout far longer than the grace
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- server.Serve(ctx, srv, ln, 500*time.Millisecond) }()
	stuckClient(t, ln.Addr().String())
	time.Sleep(200 * time.Millisecond) // the response has started
	start := time.Now()
	cancel()
	select {
	case err := <-done:
		assert.NoError(t, err)
		assert.Less(t, time.Since(start), 3*time.Second)
	case <-time.After(10 * time.Second):
		t.Fatal("Serve did not return after its grace period")
	}
}
