// factdeck loader: checks that the browser can run the app, downloads the
// program with a progress bar while the browser compiles it, starts it with
// Go's wasm_exec.js, hides the loading screen once the first frame is
// drawn, and registers the service worker that makes the app work offline.
//
// Written in ES5 on purpose: a browser too old for WebAssembly must still
// be able to parse this file and show the "not supported" message.
//
// The page (index.html, filled in by web/build.sh) names the program in
// <meta name="factdeck-wasm"> and its raw size in
// <meta name="factdeck-wasm-size">.
//
// Contract with the Go program (cmd/factdeck), none of it required:
//   * It dispatches `new Event("factdeck:ready")` on window (or sets
//     window.factdeckReady = true) once its first frame is drawn; until
//     then the loading screen stays. Without either, the screen is hidden
//     once the canvas exists and two animation frames have passed.
//   * It may call window.factdeckShowError(message, detail) to put a
//     message over the page (a bad shared deck, say) and then exit.
//   * If it exits otherwise, a notice (code 0) or an error is shown.
// For tests and benchmarks: <html data-factdeck-state> follows the page
// through "loading", "starting", "running", "exited", "unsupported" and
// "error"; <html data-factdeck-sw> is "registered", then "ready" once a
// service worker controls the page; window.factdeckWasmMemory() returns
// the size of the program's memory in bytes.
(function () {
	"use strict";

	var READY_EVENT = "factdeck:ready";

	var MSG_JA = {
		loading: "読み込み中…",
		starting: "起動中…",
		noWasm:
			"お使いのブラウザは WebAssembly に対応していないため、factdeck を表示できません。" +
			"最新の Chrome、Edge、Firefox、Safari で開き直してください。",
		wasmDisabled:
			"このブラウザでは WebAssembly が無効になっているため、factdeck を表示できません。" +
			"ブラウザのセキュリティ設定や拡張機能で WebAssembly が止められていないか確認してください。",
		noWebGL:
			"お使いのブラウザでは WebGL 2 が使えないため、factdeck の画面を描けません。" +
			"ブラウザの設定でハードウェア アクセラレーション（グラフィック アクセラレーション）が有効か確認するか、" +
			"最新の Chrome、Edge、Firefox、Safari で開き直してください。",
		noRuntime: "factdeck の起動に必要なファイル（wasm_exec.js）を読み込めませんでした。ページを再読み込みしてください。",
		downloadFailed: "factdeck の読み込みに失敗しました。ネットワークの接続を確認して、ページを再読み込みしてください。",
		startFailed: "factdeck の起動に失敗しました。ページを再読み込みしてください。",
		crashed: "factdeck が予期せず停止しました。ページを再読み込みしてください。",
		exited: "factdeck は終了しました。ページを再読み込みすると、もう一度始められます。",
		consoleHint: "（詳しくはブラウザの開発者ツールのコンソールを参照してください）",
		exitCode: "終了コード "
	};
	var MSG_EN = {
		loading: "Loading…",
		starting: "Starting…",
		noWasm:
			"This browser does not support WebAssembly, so factdeck cannot be shown. " +
			"Open it again in a recent Chrome, Edge, Firefox or Safari.",
		wasmDisabled:
			"WebAssembly is turned off in this browser, so factdeck cannot be shown. " +
			"Check that no security setting or extension blocks WebAssembly.",
		noWebGL:
			"WebGL 2 is not available in this browser, so factdeck cannot draw its screen. " +
			"Check that hardware (graphics) acceleration is on in the browser's settings, " +
			"or open it again in a recent Chrome, Edge, Firefox or Safari.",
		noRuntime: "A file factdeck needs to start (wasm_exec.js) could not be loaded. Reload the page.",
		downloadFailed: "factdeck could not be downloaded. Check the network connection and reload the page.",
		startFailed: "factdeck could not start. Reload the page.",
		crashed: "factdeck stopped unexpectedly. Reload the page.",
		exited: "factdeck has ended. Reload the page to start again.",
		consoleHint: "(the browser's developer console has the details)",
		exitCode: "exit code "
	};
	// The loading screen speaks the language the app will start in: the
	// address's ?lang=, else the browser's (the app then follows the
	// student's saved choice, which only it can read).
	var MSG = pageLanguage() === "en" ? MSG_EN : MSG_JA;

	function pageLanguage() {
		var m = /[?&]lang=([^&#]*)/.exec(location.search);
		var tag = m ? decodeURIComponent(m[1]) : navigator.language || "";
		return /^en([-_.]|$)/i.test(tag) ? "en" : "ja";
	}

	var root = document.documentElement;
	if (MSG === MSG_EN) {
		root.lang = "en"; // screen readers read the messages in English
	}
	var loader = document.getElementById("fd-loader");
	var bar = document.getElementById("fd-bar");
	var fill = document.getElementById("fd-bar-fill");
	var statusText = document.getElementById("fd-status");

	function setState(state) {
		root.setAttribute("data-factdeck-state", state);
	}

	function state() {
		return root.getAttribute("data-factdeck-state");
	}

	function setStatus(text) {
		if (statusText) {
			statusText.textContent = text;
		}
	}

	function meta(name) {
		var m = document.querySelector('meta[name="' + name + '"]');
		return m ? m.getAttribute("content") || "" : "";
	}

	function formatMB(n) {
		return (n / (1024 * 1024)).toFixed(1);
	}

	// received and total are bytes; total 0 means the size is unknown.
	function setProgress(received, total) {
		if (!bar || !fill) {
			return;
		}
		if (!(total > 0)) {
			bar.className = "fd-bar fd-indeterminate";
			bar.removeAttribute("aria-valuenow");
			setStatus(MSG.loading + " " + formatMB(received) + " MB");
			return;
		}
		// A stale size hint can be smaller than what arrives: stay below 100%
		// until the download has really finished.
		var pct = Math.min(99, Math.floor((received / total) * 100));
		bar.className = "fd-bar";
		fill.style.width = pct + "%";
		bar.setAttribute("aria-valuenow", String(pct));
		setStatus(MSG.loading + " " + pct + "%（" + formatMB(received) + " / " + formatMB(total) + " MB）");
	}

	function setComplete() {
		if (bar && fill) {
			bar.className = "fd-bar";
			fill.style.width = "100%";
			bar.setAttribute("aria-valuenow", "100");
		}
		setStatus(MSG.starting);
	}

	function hideLoader() {
		if (!loader || !loader.parentNode) {
			return;
		}
		var el = loader;
		loader = null;
		el.className += " fd-done";
		setTimeout(function () {
			if (el.parentNode) {
				el.parentNode.removeChild(el);
			}
		}, 300);
	}

	function showError(message, detail, newState) {
		setState(newState || "error");
		hideLoader();
		var box = document.getElementById("fd-error");
		var text = document.getElementById("fd-error-text");
		var det = document.getElementById("fd-error-detail");
		if (!box || !text) {
			return;
		}
		text.textContent = message;
		if (det) {
			det.textContent = detail || "";
		}
		box.hidden = false;
	}

	// For the Go program: see the contract above.
	window.factdeckShowError = function (message, detail) {
		showError(String(message), detail ? String(detail) : "");
	};

	function errorDetail(err) {
		if (!err) {
			return "";
		}
		return String(err.message || err);
	}

	// "none", "disabled" (present but compiling fails, e.g. blocked by policy)
	// or "ok".
	function wasmSupport() {
		if (typeof WebAssembly !== "object" || typeof WebAssembly.instantiate !== "function") {
			return "none";
		}
		try {
			// The smallest valid module: "\0asm", version 1.
			var mod = new WebAssembly.Module(new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]));
			if (!(new WebAssembly.Instance(mod) instanceof WebAssembly.Instance)) {
				return "disabled";
			}
		} catch (e) {
			return "disabled";
		}
		return "ok";
	}

	// Ebitengine draws with WebGL 2. Asking for a context is the only
	// reliable test (the API can exist with the GPU blocked); the test
	// context is released at once, as browsers limit how many live.
	function hasWebGL2() {
		try {
			var gl = document.createElement("canvas").getContext("webgl2");
			if (!gl) {
				return false;
			}
			var lose = gl.getExtension("WEBGL_lose_context");
			if (lose) {
				lose.loseContext();
			}
			return true;
		} catch (e) {
			return false;
		}
	}

	// Raw program size written into the page by web/build.sh, or 0.
	function sizeHint() {
		var v = meta("factdeck-wasm-size");
		return /^[0-9]+$/.test(v) ? parseInt(v, 10) : 0;
	}

	// Expected number of body bytes the stream reader will see. With a
	// Content-Encoding, Content-Length counts compressed bytes while the
	// reader sees decompressed ones, so the build-time hint is used instead.
	function expectedSize(resp) {
		var enc = (resp.headers.get("Content-Encoding") || "").replace(/\s+/g, "").toLowerCase();
		var len = parseInt(resp.headers.get("Content-Length") || "", 10);
		if ((enc === "" || enc === "identity") && len > 0) {
			return len;
		}
		return sizeHint();
	}

	function canStream(resp) {
		return (
			typeof WebAssembly.instantiateStreaming === "function" &&
			typeof ReadableStream === "function" &&
			typeof Response === "function" &&
			resp.body &&
			typeof resp.body.getReader === "function"
		);
	}

	// countedBody passes the response body through unchanged, reporting
	// progress as bytes arrive.
	function countedBody(body, total, progress) {
		var reader = body.getReader();
		var received = 0;
		return new ReadableStream({
			pull: function (controller) {
				return reader.read().then(function (r) {
					if (r.done) {
						progress.done = true;
						controller.close();
						return;
					}
					received += r.value.length;
					setProgress(received, total);
					controller.enqueue(r.value);
				});
			},
			cancel: function (reason) {
				return reader.cancel(reason);
			}
		});
	}

	// readAll reads the whole body with progress, for browsers that cannot
	// compile a stream.
	function readAll(resp, total, progress) {
		if (!resp.body || typeof resp.body.getReader !== "function") {
			return resp.arrayBuffer().then(function (buf) {
				progress.done = true;
				return buf;
			});
		}
		var reader = resp.body.getReader();
		var chunks = [];
		var received = 0;
		function pump() {
			return reader.read().then(function (r) {
				if (r.done) {
					progress.done = true;
					var bytes = new Uint8Array(received);
					var off = 0;
					for (var i = 0; i < chunks.length; i++) {
						bytes.set(chunks[i], off);
						off += chunks[i].length;
					}
					return bytes;
				}
				chunks.push(r.value);
				received += r.value.length;
				setProgress(received, total);
				return pump();
			});
		}
		return pump();
	}

	// load downloads and compiles the program. Where the browser can, the
	// body is handed to WebAssembly.instantiateStreaming, which compiles
	// while the bytes arrive, so start-up is about the download time rather
	// than download plus compile; the bytes go through a counting stream on
	// the way, for the progress bar. The counted stream is wrapped in a new
	// Response with the wasm type, since instantiateStreaming insists on it.
	// Elsewhere the whole body is read (with progress) and then compiled
	// with WebAssembly.instantiate. progress.done tells a download failure
	// from a compile failure.
	function load(url, go, progress) {
		return fetch(url, { credentials: "same-origin" }).then(function (resp) {
			if (!resp.ok) {
				throw new Error("HTTP " + resp.status + " " + (resp.statusText || "") + "（" + url + "）");
			}
			var total = expectedSize(resp);
			setProgress(0, total);
			if (canStream(resp)) {
				var counted = new Response(countedBody(resp.body, total, progress), {
					headers: { "Content-Type": "application/wasm" }
				});
				return WebAssembly.instantiateStreaming(counted, go.importObject);
			}
			return readAll(resp, total, progress).then(function (bytes) {
				setComplete();
				return WebAssembly.instantiate(bytes, go.importObject);
			});
		});
	}

	// A program that does not signal its first frame (see the contract
	// above) is shown this long after it started, if its canvas exists.
	var NO_SIGNAL_MS = 3000;

	// Calls done once the app is considered started (see the contract above).
	function whenReady(done) {
		var started = Date.now();
		var finished = false;
		function finish() {
			if (finished) {
				return;
			}
			finished = true;
			window.removeEventListener(READY_EVENT, finish);
			done();
		}
		window.addEventListener(READY_EVENT, finish);
		function tick() {
			if (finished) {
				return;
			}
			if (window.factdeckReady === true || (Date.now() - started > NO_SIGNAL_MS && document.querySelector("canvas"))) {
				finish();
				return;
			}
			requestAnimationFrame(tick);
		}
		tick();
	}

	function run(go, instance) {
		setState("starting");
		window.factdeckWasmMemory = function () {
			return instance.exports.mem.buffer.byteLength;
		};
		var exited = false;
		var exitCode = 0;
		var goExit = go.exit;
		go.exit = function (code) {
			exited = true;
			exitCode = code;
			if (typeof goExit === "function") {
				goExit.call(go, code);
			}
		};

		var running;
		try {
			// Runs the Go program until it first blocks (Ebitengine creates
			// its canvas during this call), then resolves when it exits.
			running = go.run(instance);
		} catch (e) {
			showError(MSG.startFailed, errorDetail(e));
			return;
		}
		running.then(
			function () {
				if (state() === "error") {
					return; // the program showed its own message
				}
				if (exited && exitCode !== 0) {
					showError(MSG.crashed, MSG.exitCode + exitCode + " " + MSG.consoleHint);
				} else {
					showError(MSG.exited, "", "exited");
				}
			},
			function (e) {
				showError(MSG.crashed, errorDetail(e) + " " + MSG.consoleHint);
			}
		);

		whenReady(function () {
			if (exited || state() === "error") {
				return;
			}
			setState("running");
			hideLoader();
			var canvas = document.querySelector("canvas");
			if (canvas && (document.activeElement === null || document.activeElement === document.body)) {
				canvas.focus();
			}
			registerServiceWorker();
		});
	}

	// registerServiceWorker installs sw.js once the app runs, so its
	// downloads never compete with the program's. Browsers allow service
	// workers only in secure contexts (https, or http on localhost).
	function registerServiceWorker() {
		if (!("serviceWorker" in navigator) || !window.isSecureContext) {
			return;
		}
		navigator.serviceWorker.register("sw.js").then(
			function () {
				root.setAttribute("data-factdeck-sw", "registered");
				return navigator.serviceWorker.ready.then(function () {
					if (navigator.serviceWorker.controller) {
						root.setAttribute("data-factdeck-sw", "ready");
						return;
					}
					navigator.serviceWorker.addEventListener("controllerchange", function () {
						root.setAttribute("data-factdeck-sw", "ready");
					});
				});
			},
			function (e) {
				// The app works without it, only not offline.
				if (window.console) {
					console.warn("factdeck: service worker: " + errorDetail(e));
				}
			}
		);
	}

	// Ebitengine's text input (exp/textinput, as of v2.8.8) installs three
	// event listeners at start-up by handing a script to eval(), which the
	// server's Content-Security-Policy forbids: allowing 'unsafe-eval' would
	// let any string run as script. This stand-in recognises that one
	// script and installs the same listeners from this file; any other
	// string goes to the real eval, which the policy refuses as before (a
	// browser test catches an Ebitengine upgrade that changes the script,
	// and web/loader_test.go compares the markers with Ebitengine's source).
	var TEXTINPUT_MARKERS = ["_ebitengine_textinput_ready = true", 'body.addEventListener("keyup", handler)'];

	function shimEbitengineTextInput() {
		var realEval = window.eval;
		window.eval = function (code) {
			if (typeof code === "string" && code.indexOf(TEXTINPUT_MARKERS[0]) >= 0 && code.indexOf(TEXTINPUT_MARKERS[1]) >= 0) {
				listenForTextInput();
				return undefined;
			}
			return realEval(code);
		};
	}

	// listenForTextInput is Ebitengine's script: on iOS Safari a text field
	// may only take focus inside a user's event, so the program leaves the
	// position in globals and the next mouseup, touchend or keyup focuses
	// its hidden textarea there.
	function listenForTextInput() {
		function handler() {
			if (window._ebitengine_textinput_x === undefined || window._ebitengine_textinput_y === undefined) {
				return;
			}
			var textarea = document.getElementById("ebitengine-textinput");
			textarea.value = "";
			textarea.focus();
			textarea.style.left = window._ebitengine_textinput_x + "px";
			textarea.style.top = window._ebitengine_textinput_y + "px";
			window._ebitengine_textinput_x = undefined;
			window._ebitengine_textinput_y = undefined;
			window._ebitengine_textinput_ready = true;
		}
		var body = document.body;
		body.addEventListener("mouseup", handler);
		body.addEventListener("touchend", handler);
		body.addEventListener("keyup", handler);
	}

	// allowPinchZoom leaves a pinch to the browser. Ebitengine cancels every
	// touch on its canvas, so that a tap never scrolls or zooms the page,
	// which also stops a student from enlarging it. A touch of two fingers
	// or more, and a one-finger pan once the page is zoomed in, keeps its
	// default: the app takes such a gesture for neither a tap nor a scroll
	// (game/input). Listening in the capture phase on the window comes
	// before the canvas's own listeners, whose preventDefault call then
	// finds this event's own, which does nothing.
	function allowPinchZoom() {
		function keepDefault(e) {
			var zoomed = window.visualViewport && window.visualViewport.scale > 1.01;
			// An event the browser made uncancellable (the end of a
			// gesture under way) must not be cancelled either: Chromium
			// logs an error for the attempt.
			if (e.touches.length >= 2 || !e.cancelable || (zoomed && e.type === "touchmove")) {
				Object.defineProperty(e, "preventDefault", { value: function () {} });
			}
		}
		["touchstart", "touchmove", "touchend"].forEach(function (type) {
			window.addEventListener(type, keepDefault, { capture: true, passive: true });
		});
	}

	function main() {
		setState("loading");
		var support = wasmSupport();
		if (support === "none") {
			showError(MSG.noWasm, "", "unsupported");
			return;
		}
		if (support === "disabled") {
			showError(MSG.wasmDisabled, "", "unsupported");
			return;
		}
		if (!hasWebGL2()) {
			showError(MSG.noWebGL, "", "unsupported");
			return;
		}
		if (typeof Go !== "function" || typeof fetch !== "function" || typeof Promise !== "function") {
			showError(MSG.noRuntime, typeof Go !== "function" ? "wasm_exec.js" : "fetch / Promise");
			return;
		}
		// The deck of a shared link lives in the fragment, which changes
		// without a reload when another link is pasted into the address
		// bar: reload to add that deck. Other fragments are the app's
		// screens (#/study), which it follows itself.
		window.addEventListener("hashchange", function () {
			if (/(^#|&)(deck|pick)=/.test(location.hash)) {
				location.reload();
			}
		});

		shimEbitengineTextInput();
		allowPinchZoom();
		var go = new Go();
		var progress = { done: false };
		setStatus(MSG.loading);
		load(meta("factdeck-wasm"), go, progress).then(
			function (result) {
				setComplete();
				run(go, result.instance);
			},
			function (e) {
				showError(progress.done ? MSG.startFailed : MSG.downloadFailed, errorDetail(e));
			}
		);
	}

	main();
})();
