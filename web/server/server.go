package server

import (
	"context"
	"errors"
	"net"
	"net/http"
	"time"
)

// Timeouts bound how long one connection may hold the server: a client
// that sends its request slowly, never reads the response, or keeps an
// idle connection open is cut off after these.
type Timeouts struct {
	// ReadHeader and Read bound reading a request's headers and all of it.
	ReadHeader, Read time.Duration
	// Write bounds sending a response, from the end of the request's
	// headers: the largest file (the wasm, some megabytes) takes well
	// under a second on the loopback interface.
	Write time.Duration
	// Idle bounds a kept-alive connection between requests.
	Idle time.Duration
}

// DefaultTimeouts suit serving web/dist on the loopback interface.
var DefaultTimeouts = Timeouts{ReadHeader: 10 * time.Second, Read: 30 * time.Second, Write: 30 * time.Second, Idle: time.Minute}

// New returns a server of Handler(dir) with the timeouts t.
func New(dir string, t Timeouts) *http.Server {
	return &http.Server{
		Handler:           Handler(dir),
		ReadHeaderTimeout: t.ReadHeader,
		ReadTimeout:       t.Read,
		WriteTimeout:      t.Write,
		IdleTimeout:       t.Idle,
	}
}

// Serve serves srv on ln until ctx is done (a signal, say), then shuts it
// down: it stops accepting, lets the requests in progress finish for up
// to grace, and closes whatever connections are left. A shutdown asked
// for through ctx returns nil, however it ended; an error means serving
// itself failed.
func Serve(ctx context.Context, srv *http.Server, ln net.Listener, grace time.Duration) error {
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shutdownCtx, cancel := context.WithTimeout(context.Background(), grace)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		// Requests still going after grace (a client that stopped
		// reading) are cut off: the server was asked to stop.
		srv.Close()
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
