package e2e

// Where the app draws its buttons, to click and tap them as a person
// would. The formulas follow game/scene (Context.Unit and Margin in
// scene.go, the deck screen's start button in deck.go, the card and the
// button row in study.go), in device pixels, converted to CSS pixels here.

const desktopW, desktopH = 1024, 720

type layout struct {
	w, h float64 // CSS pixels
	dpr  float64
}

// unit is scene.Context.Unit (device pixels); the margin equals it.
func (l layout) unit() float64 {
	return max(14*l.dpr, min(30*l.dpr, min(l.w, l.h)*l.dpr/24))
}

func (l layout) css(device float64) float64 { return device / l.dpr }

// deckButton is the centre of the deck screen's button i (0 study, 1
// quiz): a row at most 32 units wide, 3.4 units high, a margin above the
// bottom, split in two with 0.6 units between.
func (l layout) deckButton(i int) (x, y float64) {
	u := l.unit()
	rowW := min(l.w*l.dpr-2*u, 32*u)
	rowX := (l.w*l.dpr - rowW) / 2
	gap := 0.6 * u
	bw := (rowW - gap) / 2
	return l.css(rowX + float64(i)*(bw+gap) + bw/2), l.h - l.css(u+1.7*u)
}

// startButton is the deck screen's study button.
func (l layout) startButton() (x, y float64) { return l.deckButton(0) }

// card is the centre of the study screen's card, between the progress line
// and the button row.
func (l layout) card() (x, y float64) {
	u := l.unit()
	top := u + 2.2*u
	bottom := l.h*l.dpr - u - 3.2*u - 0.8*u
	return l.w / 2, l.css((top + bottom) / 2)
}

// gradeButton is the centre of grade button g (1 Again ... 4 Easy): the
// button row, at most 40 units wide and centred, split into four with half
// a unit between.
func (l layout) gradeButton(g int) (x, y float64) {
	u := l.unit()
	rowW := min(l.w*l.dpr-2*u, 40*u)
	rowX := (l.w*l.dpr - rowW) / 2
	gap := 0.5 * u
	bw := (rowW - 3*gap) / 4
	cx := rowX + float64(g-1)*(bw+gap) + bw/2
	return l.css(cx), l.h - l.css(u+1.6*u)
}

// quizField is the centre of a typed question's answer box, below a
// prompt of the given number of lines: the quiz frame starts 2.2 units
// below the margin; the prompt box holds its lines at 1.2 units (with
// ui.LineSpacing) and a unit of padding above and below; the box follows
// 0.8 units lower and is 2.6 units high.
func (l layout) quizField(promptLines int) (x, y float64) {
	u := l.unit()
	box := float64(promptLines)*1.2*u*1.55 + 2*u
	top := u + 2.2*u + box + 0.8*u
	return l.w / 2, l.css(top + 1.3*u)
}

// quizSubmit is the centre of the quiz's bottom button (answer, next),
// 3 units high above the margin.
func (l layout) quizSubmit() (x, y float64) {
	u := l.unit()
	return l.w / 2, l.h - l.css(u+1.5*u)
}

var desktop = layout{w: desktopW, h: desktopH, dpr: 1}
