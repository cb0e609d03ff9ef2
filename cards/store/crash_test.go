//go:build !js

package store_test

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"factdeck/cards/safefile"
	"factdeck/cards/srs"
	"factdeck/cards/store"
	"factdeck/cards/study"
)

// crashDirEnv, when set, makes TestKilledWhileSaving a child that saves
// progress in that folder until it is killed.
const crashDirEnv = "FACTDECK_STORE_CRASH_DIR"

// crashCompactEvery is small so that kills often land while a snapshot
// and the backup are rewritten, not only during appends.
const crashCompactEvery = 5

// step makes the i-th change of the child's endless study: settings that
// change now and then, and an answer. The same i always gives the same
// change, so the parent can rebuild the state the child had after any
// number of answers.
func step(p *study.Progress, i int) error {
	set := study.DefaultSettings()
	if i/40%2 == 1 {
		set.DesiredRetention = 0.85
	}
	if err := p.SetSettings(set); err != nil {
		return err
	}
	id := "c" + strconv.Itoa(i*7%23)
	r := srs.Rating(1 + i*5%4)
	_, err := p.Grade(id, r, time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC).Add(time.Duration(i)*time.Hour), time.Second)
	return err
}

// expected is the progress after n answers.
func expected(t *testing.T, n int) string {
	t.Helper()
	p := study.NewProgress()
	for i := range n {
		require.NoError(t, step(p, i))
	}
	return asJSON(t, p)
}

// crashChild saves answers in a loop, sometimes taking one back and
// giving it again (which rewrites the snapshot), and prints the number of
// answers after each save returns.
func crashChild(dir string) {
	s, err := store.OpenDir(dir, store.Options{CompactEvery: crashCompactEvery})
	if err != nil || len(s.Notices()) > 0 {
		fmt.Println("open failed:", err, s.Notices())
		os.Exit(2)
	}
	p := s.Progress()
	for {
		i := len(p.Log())
		if err := step(p, i); err != nil {
			panic(err)
		}
		if i%9 == 4 {
			if _, err := p.UndoLast(); err != nil {
				panic(err)
			}
			if err := step(p, i); err != nil {
				panic(err)
			}
		}
		if err := s.Save(); err != nil {
			panic(err)
		}
		fmt.Println(len(p.Log()))
	}
}

// TestKilledWhileSaving kills a child process that saves progress in a
// loop at random moments, over and over, restarting it each time from
// what it saved. After every kill the folder must load without a notice
// and hold exactly the state after some number of answers, at least as
// many as the child had reported saved: an earlier or later state, never
// a torn one, never one that lost a finished save.
func TestKilledWhileSaving(t *testing.T) {
	if dir := os.Getenv(crashDirEnv); dir != "" {
		crashChild(dir)
		return
	}
	if testing.Short() {
		t.Skip("kills 200 processes")
	}
	const kills = 200
	dir := t.TempDir()
	rng := rand.New(rand.NewPCG(11, 12))
	// A guard against a child that hangs, not a speed target: make test
	// runs other packages' process-spawning tests beside this one.
	deadline := time.Now().Add(90 * time.Second)
	acked, lastLen, leftovers := 0, 0, 0
	for k := range kills {
		require.True(t, time.Now().Before(deadline), "only %d kills in time", k)
		saved := runAndKill(t, dir, time.Duration(rng.IntN(20000))*time.Microsecond)
		acked = max(acked, saved)
		leftovers += len(tempFiles(t, dir))

		s, err := store.OpenDir(dir, store.Options{})
		require.NoError(t, err)
		// No notice also means no InUse: the killed child's lock on the
		// folder went with it.
		require.Empty(t, s.Notices(), "kill %d: the saved files load cleanly", k)
		require.Empty(t, tempFiles(t, dir), "kill %d: opening removed what the killed save left", k)
		n := len(s.Progress().Log())
		require.GreaterOrEqual(t, n, acked, "kill %d: every finished save is there", k)
		require.GreaterOrEqual(t, n, lastLen, "kill %d: never older than before", k)
		require.Equal(t, expected(t, n), asJSON(t, s.Progress()), "kill %d: the state after %d answers, whole", k, n)
		require.NoError(t, s.Close(), "kill %d", k)
		lastLen = n
	}
	t.Logf("%d kills, %d answers saved, %d temporary files left by kills removed on open", kills, lastLen, leftovers)
}

// tempFiles lists the temporary files in dir and its subfolders.
func tempFiles(t *testing.T, dir string) []string {
	t.Helper()
	out, err := safefile.TempsUnder(dir)
	require.NoError(t, err)
	return out
}

// runAndKill starts the child, lets it save for a while once it has
// saved at least once, kills it and returns the last count it reported.
func runAndKill(t *testing.T, dir string, after time.Duration) int {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestKilledWhileSaving$")
	cmd.Env = append(os.Environ(), crashDirEnv+"="+dir)
	out, err := cmd.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())

	var last atomic.Int64
	started := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			n, err := strconv.Atoi(strings.TrimSpace(sc.Text()))
			if err != nil {
				t.Errorf("child: %s", sc.Text())
				continue
			}
			if last.Swap(int64(n)) == 0 {
				close(started)
			}
		}
	}()
	select {
	case <-started:
	case <-done:
		require.Fail(t, "the child ended before saving")
	case <-time.After(10 * time.Second):
		require.Fail(t, "the child saved nothing in 10 s")
	}
	time.Sleep(after)
	require.NoError(t, cmd.Process.Kill())
	<-done
	_ = cmd.Wait()
	return int(last.Load())
}
