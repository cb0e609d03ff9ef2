// factdeck service worker: makes the app work offline after the first
// visit. web/build.sh fills in the lists below for each release.
//
//   * Install: fetch the page and every file it loads into a cache named
//     for this release. The files are content-hashed and sent with
//     "immutable", so this mostly reads the browser's HTTP cache, which the
//     first visit just filled.
//   * Activate: delete the caches of earlier releases and take control of
//     open pages, so the first visit already works offline afterwards.
//   * Fetch: hashed files from the cache first (they never change); the
//     page and everything else (a deck file named by ?deck=) from the
//     network first, falling back to the cache when offline. LAZY files
//     (the fallback font, fetched only for decks that need it) and deck
//     files are kept once fetched.
"use strict";

var VERSION = "__FACTDECK_VERSION__";
var PRECACHE = __FACTDECK_PRECACHE__;
var LAZY = __FACTDECK_LAZY__;

var PREFIX = "factdeck-";
var RELEASE = PREFIX + VERSION;
var RUNTIME = PREFIX + "runtime-" + VERSION;
// NAME.<12 hex digits>.EXT, as web/server.IsHashed.
var HASHED = /\.[0-9a-f]{12}\.[A-Za-z0-9]+$/;

self.addEventListener("install", function (event) {
	event.waitUntil(
		caches
			.open(RELEASE)
			.then(function (cache) {
				return cache.addAll(PRECACHE);
			})
			.then(function () {
				return self.skipWaiting();
			})
	);
});

self.addEventListener("activate", function (event) {
	event.waitUntil(
		caches
			.keys()
			.then(function (keys) {
				return Promise.all(
					keys
						.filter(function (k) {
							return k.indexOf(PREFIX) === 0 && k !== RELEASE && k !== RUNTIME;
						})
						.map(function (k) {
							return caches.delete(k);
						})
				);
			})
			.then(function () {
				return self.clients.claim();
			})
	);
});

self.addEventListener("fetch", function (event) {
	var req = event.request;
	var url = new URL(req.url);
	if (req.method !== "GET" || url.origin !== self.location.origin) {
		return;
	}
	if (req.mode === "navigate") {
		// Any address of the page (?deck=..., #deck=... never reaches here)
		// is the same index.html.
		event.respondWith(networkFirst(req, "./"));
	} else if (HASHED.test(url.pathname)) {
		event.respondWith(cacheFirst(req));
	} else {
		event.respondWith(networkFirst(req, null));
	}
});

// cacheFirst answers from any of our caches, else fetches and keeps the
// response if the release lists it as lazy.
function cacheFirst(req) {
	return caches.match(req).then(function (hit) {
		if (hit) {
			return hit;
		}
		return fetch(req).then(function (resp) {
			var name = new URL(req.url).pathname.split("/").pop();
			if (resp.ok && LAZY.indexOf(name) >= 0) {
				keep(req, resp.clone());
			}
			return resp;
		});
	});
}

// networkFirst fetches, keeping a copy of what it got (the page is kept in
// the release cache by install), and falls back to the cache offline:
// the request itself, or fallbackKey (the page for any navigation).
function networkFirst(req, fallbackKey) {
	return fetch(req).then(
		function (resp) {
			if (resp.ok && fallbackKey === null) {
				keep(req, resp.clone());
			}
			return resp;
		},
		function (err) {
			return caches.match(req, { ignoreSearch: fallbackKey !== null }).then(function (hit) {
				if (hit) {
					return hit;
				}
				if (fallbackKey !== null) {
					return caches.match(fallbackKey).then(function (page) {
						if (page) {
							return page;
						}
						throw err;
					});
				}
				throw err;
			});
		}
	);
}

function keep(req, resp) {
	return caches.open(RUNTIME).then(function (cache) {
		return cache.put(req, resp);
	});
}
