//go:build js

package store

import (
	"errors"
	"syscall/js"
)

// OpenBrowser loads the progress kept in the browser's localStorage. It
// always returns a usable store: when storage is unavailable it keeps
// progress in memory, with a Notice (Unavailable) saying so.
//
// A second tab of the app (found through the Web Lock that the first tab
// holds, see Lock) starts from the progress saved so far, saves nothing
// and says so (InUse): otherwise each tab would rewrite the saved
// progress without the other's answers. lock is the page's request, made
// early with RequestLock; nil requests it now.
func OpenBrowser(lock *Lock, opt Options) *Store {
	return OpenBrowserAt(lock, StorageKey, opt)
}

// OpenBrowserAt is OpenBrowser for the progress kept under base (see
// DeckStorageKey). One lock guards every deck's progress.
func OpenBrowserAt(lock *Lock, base string, opt Options) *Store {
	if lock == nil {
		lock = RequestLock()
	}
	ls, err := LocalStorage()
	if err == nil {
		var s *Store
		if held, _ := lock.Held(); !held {
			s, err = openInUse(&keyed{st: ls, base: base}, base, opt)
		} else {
			s, err = OpenStorageAt(ls, base, opt)
		}
		if err == nil {
			return s
		}
	}
	s := Memory(opt)
	s.notices = append(s.notices, Notice{Kind: Unavailable, Path: base, Err: err})
	return s
}

// Download offers data to the user as a file called name, as a link with
// a download attribute does: the page makes a Blob URL, clicks a hidden
// link to it and lets the URL go a little later (some browsers start
// reading it only after the click returns).
func Download(name string, data []byte) error {
	g := js.Global()
	doc := g.Get("document")
	if doc.Type() != js.TypeObject {
		return errors.New("store: download: no document (not in a browser page)")
	}
	return catch(func() {
		bytes := g.Get("Uint8Array").New(len(data))
		js.CopyBytesToJS(bytes, data)
		blob := g.Get("Blob").New([]any{bytes}, map[string]any{"type": downloadType(name)})
		url := g.Get("URL")
		href := url.Call("createObjectURL", blob)
		a := doc.Call("createElement", "a")
		a.Set("href", href)
		a.Set("download", name)
		a.Get("style").Set("display", "none")
		doc.Get("body").Call("appendChild", a)
		a.Call("click")
		a.Call("remove")
		g.Call("setTimeout", url.Get("revokeObjectURL").Call("bind", url, href), 10_000)
	})
}
