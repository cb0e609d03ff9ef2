package sound

// Player sounds cues while the student allows it, and counts them. It
// belongs to the game loop: its methods are not for other goroutines.
type Player struct {
	allowed func() bool
	out     output
	opened  bool
	played  int
}

// output makes cues heard.
type output interface {
	// open starts readying the device, without waiting for it.
	open()
	// play starts c and returns at once; it is silent when there is no
	// device, or while it is still being readied.
	play(c Cue)
}

// NewPlayer returns a player through the device's speakers that sounds a
// cue only while allowed reports true (nil: always). allowed is asked at
// each cue, so a setting turned off is silent from the next one.
func NewPlayer(allowed func() bool) *Player {
	return &Player{allowed: allowed, out: speakers}
}

// Prepare readies the speakers once sound is allowed, ahead of the first
// cue, which would otherwise go unheard while they open. It is cheap
// enough to call every tick.
func (p *Player) Prepare() {
	if p == nil || p.opened || !p.allows() {
		return
	}
	p.opened = true
	p.out.open()
}

// Play sounds c, if sound is allowed, without waiting for it.
func (p *Player) Play(c Cue) {
	if p == nil || c < 0 || c >= cueCount || !p.allows() {
		return
	}
	p.played++
	p.out.play(c)
}

// Played counts the cues sounded so far: those asked for while sound was
// allowed, whether or not a device made them heard (a test machine may
// have none).
func (p *Player) Played() int {
	if p == nil {
		return 0
	}
	return p.played
}

func (p *Player) allows() bool { return p.allowed == nil || p.allowed() }
