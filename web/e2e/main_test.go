// Package e2e tests the browser build end to end in Debian's Chromium:
// the release that web/build.sh makes, served by web/server's handler on
// 127.0.0.1, driven with real keys, clicks and touches through the
// DevTools protocol. The app publishes what it shows as window.factdeck
// (cmd/factdeck/bridge_js.go), so the tests read state rather than guess
// from pixels; screenshots are saved for a person to look at, in
// $FACTDECK_ARTIFACTS or a temporary directory (the log says where).
//
// The release is web/dist, rebuilt first (quick when nothing changed), or
// $FACTDECK_WEB_DIST as it is. Without Chromium every test is skipped
// (make deps installs it).
package e2e

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"factdeck/web/harness"
)

// suite is what every test shares: one browser (each test opens its own
// isolated tab), the release and where screenshots go.
var suite struct {
	skip      string
	browser   context.Context
	dist      string
	artifacts string
}

func TestMain(m *testing.M) {
	code, err := run(m)
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		os.Exit(1)
	}
	os.Exit(code)
}

func run(m *testing.M) (int, error) {
	chromium := harness.ExecPath()
	if chromium == "" {
		suite.skip = "Chromium not found (/usr/bin/chromium or $FACTDECK_CHROMIUM): `make deps` installs it"
		return m.Run(), nil
	}
	dist, err := release()
	if err != nil {
		return 0, err
	}
	suite.dist = dist
	if suite.artifacts, err = artifactsDir(); err != nil {
		return 0, err
	}
	profile, err := os.MkdirTemp("", "factdeck-e2e-profile-*")
	if err != nil {
		return 0, err
	}
	defer os.RemoveAll(profile)
	browser, stop, err := harness.Launch(context.Background(), chromium, profile)
	if err != nil {
		return 0, fmt.Errorf("starting %s: %w", chromium, err)
	}
	defer stop()
	suite.browser = browser
	return m.Run(), nil
}

// release returns the directory of the release under test:
// $FACTDECK_WEB_DIST (relative to the repository root) as it is, or
// web/dist after rebuilding it.
func release() (string, error) {
	root, err := harness.RepoRoot()
	if err != nil {
		return "", err
	}
	if dir := os.Getenv("FACTDECK_WEB_DIST"); dir != "" {
		if !filepath.IsAbs(dir) {
			dir = filepath.Join(root, dir)
		}
		return dir, nil
	}
	dist := filepath.Join(root, "web", "dist")
	if _, err := harness.Build(root, dist, "./cmd/factdeck"); err != nil {
		return "", err
	}
	return dist, nil
}

// artifactsDir is $FACTDECK_ARTIFACTS/e2e, or a new temporary directory
// that outlives the run.
func artifactsDir() (string, error) {
	if dir := os.Getenv("FACTDECK_ARTIFACTS"); dir != "" {
		dir = filepath.Join(dir, "e2e")
		return dir, os.MkdirAll(dir, 0o755)
	}
	return os.MkdirTemp("", "factdeck-e2e-*")
}
