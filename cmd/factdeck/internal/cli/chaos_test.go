//go:build !js

package cli_test

import (
	"bufio"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/assets"
	"factdeck/cards/deck"
	"factdeck/cards/safefile"
	"factdeck/cards/store"
	"factdeck/cards/study"
	"factdeck/cmd/factdeck/internal/cli"
)

// chaosDirEnv, when set, makes TestChaosStudyKilled a child that studies
// with its progress in that folder until it is killed.
const chaosDirEnv = "FACTDECK_CHAOS_DIR"

// chaosStart is the child's clock at the first answer; every answer moves
// it an hour past the last one, and a session with nothing left for the
// day moves it a day on, so the child always has a card to answer.
var chaosStart = time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)

// chaosChild studies the built-in deck the way the app does: it opens
// the progress with cli.OpenStore, makes the daily backup, answers cards
// of study sessions and saves after each answer (the study screen calls
// Save after Answer). Now and then it changes a setting, which rewrites
// the snapshot. It prints "open N" with the answers it found, then
// "saved I CARD" for each answer whose Save returned.
func chaosChild(dir string) {
	safefile.CleanUpOnSignal() // as the app's cli init does
	fail := func(format string, args ...any) {
		fmt.Printf("error: "+format+"\n", args...)
		os.Exit(2)
	}
	d, err := deck.DecodeSnapshot(assets.BuiltinSnapshot())
	if err != nil {
		fail("%v", err)
	}
	st, err := cli.OpenStore(dir)
	if err != nil {
		fail("%v", err)
	}
	for _, n := range st.Notices() {
		fail("notice: %v", n)
	}
	if _, err := st.BackupIfOlder(24 * time.Hour); err != nil {
		fail("backup: %v", err)
	}
	p := st.Progress()
	fmt.Println("open", len(p.Log()))
	var idle time.Duration // days skipped when a session had nothing to study
	now := func() time.Time {
		// An hour after the last answer, whichever run gave it, so the
		// clock never goes back.
		t := chaosStart
		if log := p.Log(); len(log) > 0 {
			t = log[len(log)-1].Time.Add(time.Hour)
		}
		return t.Add(idle)
	}
	for {
		s, err := study.New(d, p, study.Options{Now: now})
		if err != nil {
			fail("%v", err)
		}
		for answered := 0; ; answered++ {
			if err := s.Flip(); errors.Is(err, study.ErrDone) {
				if answered == 0 {
					// Today's new cards are spent and no review is
					// due yet (the deck studies each fact once).
					idle += 24 * time.Hour
				}
				break
			}
			n := len(p.Log())
			if err := s.Answer(study.Grade(1 + n*7%4)); err != nil {
				fail("answer: %v", err)
			}
			idle = 0 // the answer's time holds the days skipped
			if n%50 == 49 {
				set := p.Settings()
				set.DesiredRetention = 0.85 + float64(n/50%5)/100
				if err := p.SetSettings(set); err != nil {
					fail("%v", err)
				}
			}
			if err := st.Save(); err != nil {
				fail("save: %v", err)
			}
			fmt.Println("saved", n, p.Log()[n].Card)
		}
	}
}

// chaosRun is what one run of the child reported.
type chaosRun struct {
	opened int            // answers found at open; -1 if it never said
	saved  map[int]string // answer index -> card, for each finished save
	errs   []string
}

// TestChaosStudyKilled starts the child 200 times and kills each run at
// a random moment (SIGKILL mostly, SIGTERM one time in four). Every run
// must open without a notice and find every answer reported saved
// before; a run ended by SIGTERM must leave no temporary file. At the
// end the built app's -check, without a display, must pass and count
// every saved answer, and the folder must hold no temporary file. The
// child is this test binary, which uses the app's own cli.OpenStore and
// store code but not its window, so 200 runs fit in well under a minute.
func TestChaosStudyKilled(t *testing.T) {
	if dir := os.Getenv(chaosDirEnv); dir != "" {
		chaosChild(dir)
		return
	}
	if testing.Short() {
		t.Skip("kills 200 processes")
	}
	const kills = 200 // each child is started, waited for, and killed
	work := t.TempDir()
	bin := filepath.Join(work, "factdeck")
	out, err := exec.Command("go", "build", "-o", bin, "factdeck/cmd/factdeck").CombinedOutput()
	require.NoError(t, err, "build: %s", out)
	dir := filepath.Join(work, "progress")

	rng := rand.New(rand.NewPCG(20, 26))
	acked := map[int]string{}
	top := 0 // answers reported saved: indexes 0..top-1
	leftovers, terms := 0, 0
	start := time.Now()
	for k := range kills {
		sig := syscall.SIGKILL
		if rng.IntN(4) == 0 {
			sig, terms = syscall.SIGTERM, terms+1
		}
		run := runChaosChild(t, dir, time.Duration(rng.IntN(40000))*time.Microsecond, sig)
		require.Empty(t, run.errs, "run %d", k)
		require.GreaterOrEqual(t, run.opened, top, "run %d: it found every answer reported saved before", k)
		for i, card := range run.saved {
			acked[i] = card
			top = max(top, i+1)
		}
		temps := tempFiles(t, dir)
		if sig == syscall.SIGTERM {
			require.Empty(t, temps, "run %d: SIGTERM leaves no temporary file", k)
		}
		leftovers += len(temps)
	}
	elapsed := time.Since(start)

	out, err = exec.Command(bin, "-progress", dir, "-check").CombinedOutput()
	require.NoError(t, err, "-check: %s", out)
	m := strings.Fields(lastLine(string(out)))
	require.Len(t, m, 5, "-check's summary: %s", out)
	checked, err := strconv.Atoi(m[1])
	require.NoError(t, err, out)
	assert.GreaterOrEqual(t, checked, top, "-check counts every answer reported saved: %s", out)
	assert.Contains(t, string(out), "; 0 problems")
	assert.Empty(t, tempFiles(t, dir), "no temporary file is left")

	st, err := store.OpenDir(dir, store.Options{})
	require.NoError(t, err)
	defer st.Close()
	log := st.Progress().Log()
	require.GreaterOrEqual(t, len(log), top)
	for i, card := range acked {
		require.Equal(t, card, log[i].Card, "answer %d is the one reported saved", i)
	}
	t.Logf("%d runs killed (%d by SIGTERM) in %s; %d answers reported saved, %d in the folder; %d temporary files left by SIGKILL, removed at the next open; -check: %s",
		kills, terms, elapsed.Round(time.Millisecond), top, len(log), leftovers, lastLine(string(out)))
}

// runChaosChild starts the child, lets it study for a while after its
// first save, sends sig and returns what it reported.
// childStartLimit bounds the wait for a child's first save. It is not a
// speed target: a child that loads the built-in deck on a loaded CI
// machine beside other test binaries may take several seconds; one that
// never saves is stuck.
const childStartLimit = 60 * time.Second

func runChaosChild(t *testing.T, dir string, after time.Duration, sig syscall.Signal) chaosRun {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestChaosStudyKilled$")
	cmd.Env = append(os.Environ(), chaosDirEnv+"="+dir)
	out, err := cmd.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())

	run := chaosRun{opened: -1, saved: map[int]string{}}
	var mu sync.Mutex
	started := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		sc := bufio.NewScanner(out)
		first := true
		for sc.Scan() {
			f := strings.Fields(sc.Text())
			mu.Lock()
			switch {
			case len(f) == 2 && f[0] == "open":
				run.opened, _ = strconv.Atoi(f[1])
			case len(f) == 3 && f[0] == "saved":
				i, _ := strconv.Atoi(f[1])
				run.saved[i] = f[2]
				if first {
					first = false
					close(started)
				}
			default:
				run.errs = append(run.errs, sc.Text())
			}
			mu.Unlock()
		}
	}()
	select {
	case <-started:
	case <-done:
	case <-time.After(childStartLimit):
		require.Fail(t, "the child saved nothing", "in %s", childStartLimit)
	}
	time.Sleep(after)
	_ = cmd.Process.Signal(sig)
	<-done
	_ = cmd.Wait()
	mu.Lock()
	defer mu.Unlock()
	return run
}

// tempFiles lists the temporary files in dir and its subfolders.
func tempFiles(t *testing.T, dir string) []string {
	t.Helper()
	out, err := safefile.TempsUnder(dir)
	require.NoError(t, err)
	return out
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}
