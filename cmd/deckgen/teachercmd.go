package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"factdeck/cards/selection"
)

// teacherCommand is a command of the teachers' tools (list, assemble,
// merge, export, import): its flags may come before or after its file
// arguments, as people type them, and -h or --help prints its usage with
// examples to stdout.
type teacherCommand struct {
	*flag.FlagSet
	usage    string
	examples string
	stdout   io.Writer
	// args are the command's file arguments, flags taken out.
	args []string
}

func newTeacherCommand(name, usage, examples string, stdout, stderr io.Writer) *teacherCommand {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	c := &teacherCommand{FlagSet: fs, usage: usage, examples: examples, stdout: stdout}
	// flag prints a bad flag's error itself; parse adds the usage line,
	// and prints the whole help only when asked for it.
	fs.Usage = func() {}
	return c
}

func (c *teacherCommand) printUsage(w io.Writer) {
	fmt.Fprintln(w, c.usage)
	fmt.Fprintln(w, "\nflags (before or after the files):")
	out := c.Output()
	c.SetOutput(w)
	c.PrintDefaults()
	c.SetOutput(out)
	fmt.Fprintf(w, "\nexamples:\n%s", c.examples)
}

// errHelp reports that the command printed its help as asked: not an
// error, so deckgen exits with status 0.
var errHelp = errors.New("help")

// parse parses flags wherever they stand among args ("--" ends the flags),
// then asks ok whether the file arguments make a usable command line.
func (c *teacherCommand) parse(args []string, ok func(files []string) bool) error {
	rest := args
	for {
		if err := c.Parse(rest); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				c.printUsage(c.stdout)
				return errHelp
			}
			c.shortUsage()
			return errUsage
		}
		consumed := len(rest) - c.NArg()
		if consumed > 0 && rest[consumed-1] == "--" {
			c.args = append(c.args, c.Args()...)
			break
		}
		rest = c.Args()
		if len(rest) == 0 {
			break
		}
		c.args = append(c.args, rest[0])
		rest = rest[1:]
	}
	if !ok(c.args) {
		c.shortUsage()
		return errUsage
	}
	return nil
}

func (c *teacherCommand) shortUsage() {
	fmt.Fprintf(c.Output(), "%s\nRun \"deckgen %s --help\" for its flags and examples.\n", c.usage, c.Name())
}

// listFlag is a flag that may be given more than once, each time with one
// value or a comma-separated list.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }

func (l *listFlag) Set(s string) error {
	for _, v := range strings.Split(s, ",") {
		if v = strings.TrimSpace(v); v != "" {
			*l = append(*l, v)
		}
	}
	return nil
}

// filterFlags adds the flags of a selection.Filter to c.
func filterFlags(c *teacherCommand) *selection.Filter {
	f := &selection.Filter{}
	c.Var((*listFlag)(&f.Tags), "tag", "keep cards with this `tag`, whole (topic:trade-tariffs), without namespace or by one word (tariffs); repeatable, comma-separated")
	c.Var((*listFlag)(&f.Kinds), "kind", "keep cards on facts of this `kind` (date, number, person…); repeatable")
	c.Var((*listFlag)(&f.Types), "type", "keep cards of this `type` (cloze, mcq, truefalse, numeric, basic, order, match); repeatable")
	c.Var((*listFlag)(&f.Sources), "source", "keep cards from this `source`: its id, file or part of its title; repeatable")
	c.StringVar(&f.Text, "text", "", "keep cards whose prompt, answer, choices, note or sentence holds this `text`")
	c.BoolVar(&f.NoConflicts, "no-conflicts", false, "leave out cards on facts the sources disagree about")
	return f
}

// helpIsDone turns errHelp into success: the command printed its help
// and has nothing more to do.
func helpIsDone(err error) error {
	if errors.Is(err, errHelp) {
		return nil
	}
	return err
}
