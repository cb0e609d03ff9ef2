//go:build js

package store_test

import (
	"syscall/js"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/srs"
	"factdeck/cards/store"
)

// jsFunc compiles JavaScript into a function, for fakes of browser APIs
// that node lacks (Go callbacks cannot throw JavaScript exceptions).
func jsFunc(params, body string) js.Value {
	return js.Global().Get("Function").New(params, body)
}

// fakeLocalStorage installs a localStorage with the given quota (in
// characters of keys and values, as browsers count) on globalThis and
// returns it; the test's cleanup removes it.
func fakeLocalStorage(t testing.TB, quota int) js.Value {
	t.Helper()
	ls := jsFunc("quota", `
		const m = new Map();
		return {
			getItem(k) { return m.has(k) ? m.get(k) : null; },
			setItem(k, v) {
				v = String(v);
				let used = k.length + v.length;
				for (const [kk, vv] of m) if (kk !== k) used += kk.length + vv.length;
				if (used > quota) {
					const e = new Error("The quota has been exceeded.");
					e.name = "QuotaExceededError";
					throw e;
				}
				m.set(k, v);
			},
			removeItem(k) { m.delete(k); },
			get length() { return m.size; },
		};`).Invoke(quota)
	install(t, ls)
	return ls
}

// install makes v globalThis.localStorage for the test, whatever the
// runtime had there (newer node versions have one of their own).
func install(t testing.TB, v js.Value) {
	t.Helper()
	jsFunc("v", `Object.defineProperty(globalThis, "localStorage", {value: v, configurable: true, writable: true});`).Invoke(v)
	t.Cleanup(func() { js.Global().Delete("localStorage") })
}

func TestBrowserSaveAndReload(t *testing.T) {
	ls := fakeLocalStorage(t, 1<<20)
	s := store.OpenBrowser(nil, store.Options{Now: fixedNow})
	assert.Empty(t, s.Notices())
	require.True(t, s.Persistent())
	for i := range 5 {
		grade(t, s.Progress(), "a", srs.Good, i*10)
		require.NoError(t, s.Save())
	}
	assert.Equal(t, js.TypeString, ls.Call("getItem", store.StorageKey).Type())
	assert.Equal(t, js.TypeNull, ls.Call("getItem", "factdeck/probe").Type(), "the probe is cleaned up")

	back := store.OpenBrowser(nil, store.Options{})
	assert.Empty(t, back.Notices())
	assert.Equal(t, asJSON(t, s.Progress()), asJSON(t, back.Progress()))
}

func TestBrowserStorageFull(t *testing.T) {
	fakeLocalStorage(t, 3000)
	s := store.OpenBrowser(nil, store.Options{Now: fixedNow})
	require.True(t, s.Persistent())
	var err error
	for i := 0; i < 100 && err == nil; i++ {
		grade(t, s.Progress(), "card"+string(rune('a'+i%26)), srs.Good, i)
		err = s.Save()
	}
	var n store.Notice
	require.ErrorAs(t, err, &n, "a QuotaExceededError becomes a Notice")
	assert.Equal(t, store.Full, n.Kind)
	assert.ErrorIs(t, err, store.ErrFull)
	assert.Contains(t, n.Error(), "QuotaExceededError")
	assert.False(t, s.Persistent())
	assert.NoError(t, s.Save(), "progress goes on in memory")
}

func TestBrowserStorageUnavailable(t *testing.T) {
	for _, tt := range []struct {
		name    string
		install string
	}{
		{"none", `Object.defineProperty(globalThis, "localStorage", {value: undefined, configurable: true});`},
		{"blocked", `Object.defineProperty(globalThis, "localStorage", {configurable: true, get() {
			const e = new Error("The operation is insecure."); e.name = "SecurityError"; throw e; }});`},
		{"refuses writes", `Object.defineProperty(globalThis, "localStorage", {configurable: true, value: {
			getItem() { return null; }, removeItem() {},
			setItem() { const e = new Error("denied"); e.name = "SecurityError"; throw e; }}});`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			jsFunc("", tt.install).Invoke()
			t.Cleanup(func() { js.Global().Delete("localStorage") })
			s := store.OpenBrowser(nil, store.Options{})
			require.Len(t, s.Notices(), 1)
			n := s.Notices()[0]
			assert.Equal(t, store.Unavailable, n.Kind)
			assert.ErrorIs(t, n, store.ErrUnavailable)
			assert.False(t, s.Persistent())
			grade(t, s.Progress(), "a", srs.Good, 0)
			assert.NoError(t, s.Save())
			data, err := s.Export()
			require.NoError(t, err)
			assert.Contains(t, string(data), `"card":"a"`, "export still works: the way to keep it")
		})
	}
}

func TestLocalStorageAdapter(t *testing.T) {
	fakeLocalStorage(t, 100)
	st, err := store.LocalStorage()
	require.NoError(t, err)
	_, ok, err := st.Get("k")
	require.NoError(t, err)
	assert.False(t, ok)
	require.NoError(t, st.Set("k", "値"))
	v, ok, err := st.Get("k")
	require.NoError(t, err)
	assert.True(t, ok)
	assert.Equal(t, "値", v)
	assert.ErrorIs(t, st.Set("big", string(make([]byte, 200))), store.ErrFull)
	require.NoError(t, st.Remove("k"))
	_, ok, _ = st.Get("k")
	assert.False(t, ok)
}

// TestDownload checks the Blob, the link and its click with fakes of the
// browser's document, Blob and URL.
func TestDownload(t *testing.T) {
	assert.Error(t, store.Download("x.json", []byte("{}")), "node has no document")

	rec := jsFunc("", `
		const saved = {document: globalThis.document, Blob: globalThis.Blob, URL: globalThis.URL};
		const rec = {clicks: [], revoked: [], restore() { Object.assign(globalThis, saved); }};
		globalThis.Blob = function(parts, opts) { this.parts = parts; this.type = opts.type; };
		globalThis.URL = {
			createObjectURL(b) { rec.blob = b; return "blob:fake/1"; },
			revokeObjectURL(u) { rec.revoked.push(u); },
		};
		globalThis.document = {
			body: { appendChild(a) { rec.appended = a; } },
			createElement(tag) {
				return { tag, style: {}, removed: false,
					click() { rec.clicks.push({href: this.href, download: this.download, hidden: this.style.display}); },
					remove() { this.removed = true; } };
			},
		};
		return rec;`).Invoke()
	defer rec.Call("restore")

	data := []byte(`{"format":"factdeck/progress"}`)
	require.NoError(t, store.Download("factdeck-progress.json", data))
	require.Equal(t, 1, rec.Get("clicks").Length())
	click := rec.Get("clicks").Index(0)
	assert.Equal(t, "blob:fake/1", click.Get("href").String())
	assert.Equal(t, "factdeck-progress.json", click.Get("download").String())
	assert.Equal(t, "none", click.Get("hidden").String())
	assert.True(t, rec.Get("appended").Get("removed").Bool(), "the link is removed again")

	blob := rec.Get("blob")
	assert.Equal(t, "application/json", blob.Get("type").String())
	part := blob.Get("parts").Index(0)
	got := make([]byte, part.Length())
	js.CopyBytesToGo(got, part)
	assert.Equal(t, data, got)
}

// fakeLocks installs a navigator.locks whose lock another tab may hold:
// with held, a request waits for its signal's timeout and is rejected, as
// a browser does; otherwise the callback gets the lock.
func fakeLocks(t testing.TB, heldElsewhere bool) {
	t.Helper()
	jsFunc("held", `
		globalThis.navigator = {locks: {request(name, opts, cb) {
			if (!held) return Promise.resolve().then(() => cb({name, mode: "exclusive"}));
			if (opts.ifAvailable) return Promise.resolve().then(() => cb(null));
			return new Promise((_, reject) => opts.signal.addEventListener("abort", () => reject(opts.signal.reason)));
		}}};`).Invoke(heldElsewhere)
	t.Cleanup(func() { js.Global().Delete("navigator") })
}

func TestBrowserSecondTabSavesNothing(t *testing.T) {
	ls := fakeLocalStorage(t, 1<<20)
	fakeLocks(t, false)
	first := store.OpenBrowser(nil, store.Options{Now: fixedNow})
	require.Empty(t, first.Notices())
	require.True(t, first.Persistent())
	grade(t, first.Progress(), "a", srs.Good, 0)
	require.NoError(t, first.Save())
	saved := ls.Call("getItem", store.StorageKey).String()
	journal := ls.Call("getItem", store.StorageJournalKey).String()

	fakeLocks(t, true) // the first tab keeps its lock
	second := store.OpenBrowser(nil, store.Options{Now: fixedNow})
	require.Len(t, second.Notices(), 1)
	n := second.Notices()[0]
	assert.Equal(t, store.InUse, n.Kind)
	assert.Equal(t, store.StorageKey, n.Path)
	assert.False(t, second.Persistent())
	assert.Equal(t, asJSON(t, first.Progress()), asJSON(t, second.Progress()), "it starts from what the first tab saved")

	grade(t, second.Progress(), "b", srs.Again, 1)
	require.NoError(t, second.Save())
	assert.Equal(t, saved, ls.Call("getItem", store.StorageKey).String(), "the second tab wrote nothing")
	assert.Equal(t, journal, ls.Call("getItem", store.StorageJournalKey).String())
}
