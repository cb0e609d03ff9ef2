package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/safefile"
)

// tempFiles must find the temporary files safefile.Write really makes:
// watch the folder while a large write is under way.
func TestTempFilesFindsSafefileTemps(t *testing.T) {
	path := filepath.Join(t.TempDir(), "deck.json")
	done := make(chan error, 1)
	go func() { done <- safefile.Write(path, make([]byte, 64<<20)) }()
	var seen []string
	for finished := false; !finished; {
		select {
		case err := <-done:
			require.NoError(t, err)
			finished = true
		default:
			if temps := tempFiles(path); len(temps) > 0 {
				seen = temps
			}
		}
	}
	require.NotEmpty(t, seen, "saw the temporary file of a 64 MB write")
	assert.True(t, strings.HasPrefix(filepath.Base(seen[0]), ".deck.json.tmp-"), seen[0])
	assert.Empty(t, tempFiles(path), "none left once written")
}

// A temporary file that a killed deckgen left beside its output is
// removed by the next write of that output.
func TestWriteOutputRemovesStaleTemps(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "d.snapshot")
	stale := filepath.Join(dir, ".d.snapshot.tmp-123456")
	require.NoError(t, os.WriteFile(stale, make([]byte, 1<<20), 0o644))
	other := filepath.Join(dir, ".other.json.tmp-1")
	require.NoError(t, os.WriteFile(other, nil, 0o644))
	code, _, stderr := runCommand(t, "snapshot", "-o", out, "../../cards/deck/testdata/valid.json")
	require.Equal(t, 0, code, stderr)
	assert.NoFileExists(t, stale)
	assert.FileExists(t, other, "another file's temporary files are not deckgen's to remove")
	assert.FileExists(t, out)
}

// signalHelperEnv makes TestSignalHelper act: it is the deckgen process
// that TestSignalRemovesTemps kills in the middle of a write.
const signalHelperEnv = "DECKGEN_SIGNAL_HELPER_OUT"

func TestSignalHelper(t *testing.T) {
	out := os.Getenv(signalHelperEnv)
	if out == "" {
		t.Skip("run by TestSignalRemovesTemps")
	}
	removeOutputsOnSignal()
	_, err := beginOutput(out)
	require.NoError(t, err)
	// What safefile.Write has made when the signal comes.
	require.NoError(t, os.WriteFile(filepath.Join(filepath.Dir(out), "."+filepath.Base(out)+".tmp-42"), make([]byte, 1<<20), 0o644))
	fmt.Println("writing")
	time.Sleep(time.Minute)
}

func TestSignalRemovesTemps(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGINT} {
		t.Run(sig.String(), func(t *testing.T) {
			dir := t.TempDir()
			out := filepath.Join(dir, "deck.json")
			require.NoError(t, os.WriteFile(out, []byte("old"), 0o644))
			cmd := exec.Command(os.Args[0], "-test.run=^TestSignalHelper$")
			cmd.Env = append(os.Environ(), signalHelperEnv+"="+out)
			stdout, err := cmd.StdoutPipe()
			require.NoError(t, err)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			require.NoError(t, cmd.Start())
			t.Cleanup(func() { cmd.Process.Kill() })
			lines := bufio.NewScanner(stdout)
			for lines.Scan() && lines.Text() != "writing" {
			}
			require.Len(t, tempFiles(out), 1, "the helper is writing: %s", stderr.String())
			require.NoError(t, cmd.Process.Signal(sig))
			err = cmd.Wait()
			var exit *exec.ExitError
			require.True(t, errors.As(err, &exit), "the helper ended on the signal: %v", err)
			assert.Equal(t, 128+int(sig), exit.ExitCode())
			assert.Empty(t, tempFiles(out), "no temporary file left")
			kept, err := os.ReadFile(out)
			require.NoError(t, err)
			assert.Equal(t, "old", string(kept), "the output keeps its previous version")
		})
	}
}
