package harness

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"

	"factdeck/web/server"
)

// Server serves a release directory on 127.0.0.1 with web/server's
// handler, plus extra files held in memory (a deck for ?deck=), and counts
// the bytes of every response body it sends.
type Server struct {
	*httptest.Server
	mu   sync.Mutex
	sent map[string]int64
}

// Serve starts a server for dir; extra maps names ("deck.json") to bodies.
func Serve(dir string, extra map[string][]byte) *Server {
	s := &Server{sent: map[string]int64{}}
	release := server.Handler(dir)
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		cw := &countingWriter{ResponseWriter: w}
		if body, ok := extra[strings.TrimPrefix(r.URL.Path, "/")]; ok {
			cw.Header().Set("Content-Type", "application/json")
			cw.Header().Set("Cache-Control", "no-cache")
			_, _ = cw.Write(body)
		} else {
			release.ServeHTTP(cw, r)
		}
		s.mu.Lock()
		s.sent[r.URL.Path] += cw.n
		s.mu.Unlock()
	}))
	return s
}

// Sent returns the body bytes sent so far, by path.
func (s *Server) Sent() map[string]int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make(map[string]int64, len(s.sent))
	for k, v := range s.sent {
		out[k] = v
	}
	return out
}

// countingWriter counts the body bytes written through it.
type countingWriter struct {
	http.ResponseWriter
	n int64
}

func (c *countingWriter) Write(b []byte) (int, error) {
	n, err := c.ResponseWriter.Write(b)
	c.n += int64(n)
	return n, err
}
