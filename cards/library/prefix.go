package library

// Prefixed is a Storage whose keys all start with Prefix in St: the
// browser's localStorage, shared with the progress ("factdeck/").
type Prefixed struct {
	St     Storage
	Prefix string
}

// Get reads Prefix+key.
func (p Prefixed) Get(key string) (string, bool, error) { return p.St.Get(p.Prefix + key) }

// Set writes Prefix+key.
func (p Prefixed) Set(key, value string) error { return p.St.Set(p.Prefix+key, value) }

// Remove deletes Prefix+key.
func (p Prefixed) Remove(key string) error { return p.St.Remove(p.Prefix + key) }
