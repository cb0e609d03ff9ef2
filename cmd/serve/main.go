// Command serve builds the browser version of factdeck and serves it on
// the loopback interface for local development:
//
//	go run ./cmd/serve [-addr 127.0.0.1:8080] [-port N] [-dir web/dist] [-build=true]
//
// With -build (the default) it first runs web/build.sh, the same build as
// `make web` (it needs bash and go on PATH, not make). The build is
// incremental: Go's build cache and the content-hashed release names make
// a rebuild with no changes quick (the first one spends most of a minute
// on brotli).
//
// It only listens on loopback addresses; -port replaces the port of -addr.
// Every connection has read, write and idle timeouts
// (server.DefaultTimeouts). SIGINT or SIGTERM stops it: requests in
// progress get a few seconds to finish, then it exits with status 0.
// See factdeck/web/server for what it serves and with which headers.
package main

import (
	"context"
	"flag"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strconv"
	"syscall"
	"time"

	"factdeck/web/server"
)

// shutdownGrace is how long a SIGINT or SIGTERM lets requests in
// progress finish before their connections are closed.
const shutdownGrace = 3 * time.Second

func main() {
	addr := flag.String("addr", "127.0.0.1:8080", "loopback `host:port` to listen on (port 0 picks a free port)")
	port := flag.Int("port", -1, "listen on this `port` of -addr's host instead (0 picks a free port)")
	dir := flag.String("dir", "web/dist", "`directory` to serve")
	build := flag.Bool("build", true, "build the web version into -dir first (web/build.sh, as `make web`)")
	flag.Parse()
	if flag.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "serve: unexpected arguments %q\n", flag.Args())
		flag.Usage()
		os.Exit(2)
	}
	listen, err := withPort(*addr, *port)
	if err == nil {
		err = run(listen, *dir, *build)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "serve:", err)
		os.Exit(1)
	}
}

func run(addr, dir string, build bool) error {
	listenAddr, err := loopbackAddr(addr)
	if err != nil {
		return err
	}
	if build {
		if err := buildWeb(dir); err != nil {
			return err
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "index.html")); err != nil {
		return fmt.Errorf("%s has no index.html (build it with `make web`, or drop -build=false): %w", dir, err)
	}

	ln, err := net.Listen("tcp", listenAddr)
	if err != nil {
		return err
	}
	fmt.Printf("factdeck: serving %s at http://%s/\n", dir, ln.Addr())
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return server.Serve(ctx, server.New(dir, server.DefaultTimeouts), ln, shutdownGrace)
}

// loopbackAddr checks that addr names a loopback host and returns the
// address to listen on ("localhost" becomes 127.0.0.1, since a name may
// resolve to more than one address). An empty host would mean every
// interface and is refused like any other non-loopback host.
func loopbackAddr(addr string) (string, error) {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return "", fmt.Errorf("-addr %q: %w", addr, err)
	}
	if _, err := net.LookupPort("tcp", port); err != nil {
		return "", fmt.Errorf("-addr %q: bad port: %w", addr, err)
	}
	if host == "localhost" {
		host = "127.0.0.1"
	}
	if ip := net.ParseIP(host); ip == nil || !ip.IsLoopback() {
		return "", fmt.Errorf("-addr %q: refusing to listen on a non-loopback host; this development server only serves 127.0.0.1, ::1 or localhost", addr)
	}
	return net.JoinHostPort(host, port), nil
}

// withPort replaces the port of addr when port is not negative.
func withPort(addr string, port int) (string, error) {
	if port < 0 {
		return addr, nil
	}
	if port > 65535 {
		return "", fmt.Errorf("-port %d: out of range", port)
	}
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return "", fmt.Errorf("-addr %q: %w", addr, err)
	}
	return net.JoinHostPort(host, strconv.Itoa(port)), nil
}

// buildWeb runs web/build.sh from the repository (found by walking up
// from the working directory) with dir as its output directory.
func buildWeb(dir string) error {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return err
	}
	root, err := repoRoot()
	if err != nil {
		return err
	}
	script := filepath.Join(root, "web", "build.sh")
	fmt.Fprintf(os.Stderr, "serve: building %s (web/build.sh; -build=false skips this)\n", dir)
	cmd := exec.Command("bash", script, abs)
	cmd.Dir = root
	cmd.Stdout = os.Stderr
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("building the web version failed (%s): %w", script, err)
	}
	return nil
}

func repoRoot() (string, error) {
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for d := wd; ; {
		if isFile(filepath.Join(d, "go.mod")) && isFile(filepath.Join(d, "web", "build.sh")) {
			return d, nil
		}
		parent := filepath.Dir(d)
		if parent == d {
			return "", fmt.Errorf("web/build.sh not found in %s or any parent: run from the factdeck repository, or pass -build=false", wd)
		}
		d = parent
	}
}

func isFile(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.Mode().IsRegular()
}
