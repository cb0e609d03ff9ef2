//go:build !js

package safefile_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/safefile"
)

// signalDirEnv, when set, makes TestSignalRemovesTemps a child that writes
// a large file in that folder over and over until it gets a signal.
const signalDirEnv = "FACTDECK_SAFEFILE_SIGNAL_DIR"

func signalChild(dir string) {
	safefile.CleanUpOnSignal()
	data := bytes.Repeat([]byte("0123456789abcdef"), 1<<20) // 16 MB: writing takes a while
	path := filepath.Join(dir, "big.json")
	for i := 0; ; i++ {
		err := safefile.Write(path, data)
		if i == 0 {
			os.Stdout.WriteString("writing\n")
		}
		if errors.Is(err, safefile.ErrStopping) {
			select {} // the signal handler ends the program
		}
		if err != nil {
			panic(err)
		}
	}
}

// TestSignalRemovesTemps stops a program in the middle of its writes
// with SIGTERM and SIGINT: it exits with the status of that signal and
// leaves no temporary file, and the file it was replacing is whole.
func TestSignalRemovesTemps(t *testing.T) {
	if dir := os.Getenv(signalDirEnv); dir != "" {
		signalChild(dir)
		return
	}
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGINT} {
		for round := range 5 {
			dir := t.TempDir()
			cmd := exec.Command(os.Args[0], "-test.run=^TestSignalRemovesTemps$")
			cmd.Env = append(os.Environ(), signalDirEnv+"="+dir)
			out, err := cmd.StdoutPipe()
			require.NoError(t, err)
			require.NoError(t, cmd.Start())
			buf := make([]byte, 8)
			_, err = out.Read(buf) // the first write is done
			require.NoError(t, err)
			time.Sleep(time.Duration(round*7) * time.Millisecond)
			require.NoError(t, cmd.Process.Signal(sig))
			err = cmd.Wait()
			var exit *exec.ExitError
			require.ErrorAs(t, err, &exit, "%v round %d", sig, round)
			assert.Equal(t, 128+int(sig), exit.ExitCode(), "%v round %d", sig, round)
			temps, err := safefile.Temps(filepath.Join(dir, "big.json"))
			require.NoError(t, err)
			assert.Empty(t, temps, "%v round %d: no temporary file is left", sig, round)
			info, err := os.Stat(filepath.Join(dir, "big.json"))
			require.NoError(t, err)
			assert.EqualValues(t, 16<<20, info.Size(), "the file is whole")
		}
	}
}

// A temporary file whose writer is no longer running goes at the next
// Write of the same file; one of a running process stays.
func TestWriteRemovesOrphans(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "deck.json")
	cmd := exec.Command("true")
	require.NoError(t, cmd.Run())
	gone := cmd.Process.Pid // has exited and been reaped
	orphan := filepath.Join(dir, fmt.Sprintf(".deck.json.tmp-%d-77", gone))
	live := filepath.Join(dir, fmt.Sprintf(".deck.json.tmp-%d-78", os.Getppid()))
	for _, p := range []string{orphan, live} {
		require.NoError(t, os.WriteFile(p, []byte("half"), 0o644))
	}
	require.NoError(t, safefile.Write(path, []byte("new")))
	assert.NoFileExists(t, orphan)
	assert.FileExists(t, live)
}
