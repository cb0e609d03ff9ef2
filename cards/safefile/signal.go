//go:build !js

package safefile

import (
	"os"
	"os/signal"
	"syscall"
)

// CleanUpOnSignal makes SIGINT and SIGTERM remove the temporary files of
// the writes in progress before the program ends, with the exit status a
// shell gives a program killed by that signal (128 plus its number). A
// program that writes with Write calls it first thing in main; the old
// file is still whole, as after any failed write. Other cleanup the
// program does on a signal is not run, so use it only where Write's files
// are all that a signal could leave behind.
func CleanUpOnSignal() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, os.Interrupt, syscall.SIGTERM)
	go func() {
		sig := <-c
		removeInflight()
		code := 1
		if s, ok := sig.(syscall.Signal); ok {
			code = 128 + int(s)
		}
		os.Exit(code)
	}()
}
