//go:build unix

package safefile

import (
	"errors"
	"os"
	"syscall"
)

// writerGone reports whether no process has the id pid (signal 0 only
// asks). A recycled id makes it keep a file it could remove, never the
// other way round.
func writerGone(pid int) bool {
	if pid <= 0 || pid == os.Getpid() {
		return false
	}
	return errors.Is(syscall.Kill(pid, 0), syscall.ESRCH)
}
