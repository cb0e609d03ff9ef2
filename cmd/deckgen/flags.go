package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
)

// errUsage reports a bad command line whose message has already been
// printed.
var errUsage = errors.New("usage")

// commandFlags is a command's flag set and the usage line it prints when
// the command line is wrong.
type commandFlags struct {
	*flag.FlagSet
	usage string
}

// newFlags makes the flag set of the command name, printing to stderr.
func newFlags(name, usage string, stderr io.Writer) *commandFlags {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	return &commandFlags{FlagSet: fs, usage: usage}
}

// parse parses args and then asks ok whether the flags and arguments make
// a usable command line. When they do not, it prints the usage line and
// the flags (flag itself prints a flag it cannot parse) and returns
// errUsage.
func (c *commandFlags) parse(args []string, ok func() bool) error {
	if err := c.Parse(args); err != nil {
		return errUsage
	}
	if !ok() {
		fmt.Fprintln(c.Output(), c.usage)
		c.PrintDefaults()
		return errUsage
	}
	return nil
}
