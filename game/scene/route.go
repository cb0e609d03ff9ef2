package scene

// Finished reports whether the quiz shows its results: the deep link
// #/results is this screen.
func (s *Quiz) Finished() bool { return s.phase == finished }
