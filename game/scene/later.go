package scene

// Later hands the game a job done off the game loop (an export whose
// module must first be fetched): when the job is done it sends, on ch,
// what is left to do on the loop (save the file, say so), which the game
// runs at its next tick whatever screen is then on show.
func (c *Context) Later(ch <-chan func(*Context)) { c.later = append(c.later, ch) }

// RunLater runs what the jobs handed to Later have sent since the last
// tick. The game calls it every tick; it never waits.
func (c *Context) RunLater() {
	for i := 0; i < len(c.later); {
		select {
		case finish := <-c.later[i]:
			c.later = append(c.later[:i], c.later[i+1:]...)
			finish(c)
		default:
			i++
		}
	}
}

// Pending reports whether a job handed to Later has not yet finished.
func (c *Context) Pending() bool { return len(c.later) > 0 }
