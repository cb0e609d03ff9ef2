// factdeck loader: downloads factdeck.wasm with a progress bar, starts it
// with Go's wasm_exec.js, and hides the loading screen once the app runs.
//
// Written in ES5 on purpose: a browser too old for WebAssembly must still
// be able to parse this file and show the Japanese "not supported" message.
//
// Contract with the Go program (cmd/factdeck) -- nothing is required:
//   * By default the loading screen is hidden once go.run() has been called,
//     Ebitengine's <canvas> exists, and two animation frames have passed.
//   * The program may hide it explicitly (e.g. as soon as its first frame is
//     drawn) by setting `window.factdeckReady = true` or dispatching
//     `new Event("factdeck:ready")` on window; whichever comes first wins.
//   * If the program exits, an error (non-zero exit code) or a notice
//     (exit code 0) is shown over the page.
// <html data-factdeck-state> follows the page through "loading",
// "starting", "running", "exited", "unsupported" and "error", for browser
// tests.
(function () {
	"use strict";

	var WASM_URL = "factdeck.wasm";
	var READY_EVENT = "factdeck:ready";

	var MSG = {
		loading: "読み込み中…",
		starting: "起動中…",
		noWasm:
			"お使いのブラウザは WebAssembly に対応していないため、factdeck を表示できません。" +
			"最新の Chrome、Edge、Firefox、Safari で開き直してください。",
		wasmDisabled:
			"このブラウザでは WebAssembly が無効になっているため、factdeck を表示できません。" +
			"ブラウザのセキュリティ設定や拡張機能で WebAssembly が止められていないか確認してください。",
		noRuntime: "factdeck の起動に必要なファイル（wasm_exec.js）を読み込めませんでした。ページを再読み込みしてください。",
		downloadFailed: "factdeck の読み込みに失敗しました。ネットワークの接続を確認して、ページを再読み込みしてください。",
		startFailed: "factdeck の起動に失敗しました。ページを再読み込みしてください。",
		crashed: "factdeck が予期せず停止しました。ページを再読み込みしてください。",
		exited: "factdeck は終了しました。ページを再読み込みすると、もう一度始められます。",
		consoleHint: "（詳しくはブラウザの開発者ツールのコンソールを参照してください）"
	};

	var root = document.documentElement;
	var loader = document.getElementById("fd-loader");
	var bar = document.getElementById("fd-bar");
	var fill = document.getElementById("fd-bar-fill");
	var statusText = document.getElementById("fd-status");

	function setState(state) {
		root.setAttribute("data-factdeck-state", state);
	}

	function setStatus(text) {
		if (statusText) {
			statusText.textContent = text;
		}
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

	function showError(message, detail, state) {
		setState(state || "error");
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

	// Raw wasm size written into the page by web/build.sh, or 0.
	function sizeHint() {
		var meta = document.querySelector('meta[name="factdeck-wasm-size"]');
		var v = meta ? meta.getAttribute("content") : "";
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

	function download(url) {
		return fetch(url, { credentials: "same-origin" }).then(function (resp) {
			if (!resp.ok) {
				throw new Error("HTTP " + resp.status + " " + (resp.statusText || "") + "（" + url + "）");
			}
			var total = expectedSize(resp);
			setProgress(0, total);
			if (!resp.body || typeof resp.body.getReader !== "function") {
				// No streams: no progress, just wait for the whole body.
				return resp.arrayBuffer();
			}
			var reader = resp.body.getReader();
			var chunks = [];
			var received = 0;
			function pump() {
				return reader.read().then(function (r) {
					if (r.done) {
						var bytes = new Uint8Array(received);
						var off = 0;
						for (var i = 0; i < chunks.length; i++) {
							bytes.set(chunks[i], off);
							off += chunks[i].length;
						}
						chunks = null;
						return bytes;
					}
					chunks.push(r.value);
					received += r.value.length;
					setProgress(received, total);
					return pump();
				});
			}
			return pump();
		});
	}

	// Calls done once the app is considered started (see the contract above).
	function whenReady(done) {
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
		if (window.factdeckReady === true) {
			finish();
			return;
		}
		var frames = 0;
		function tick() {
			if (finished) {
				return;
			}
			if (window.factdeckReady === true) {
				finish();
				return;
			}
			frames++;
			if (frames >= 2 && document.querySelector("canvas")) {
				finish();
				return;
			}
			requestAnimationFrame(tick);
		}
		requestAnimationFrame(tick);
	}

	function run(go, instance) {
		setState("starting");
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
				if (exited && exitCode !== 0) {
					showError(MSG.crashed, "終了コード " + exitCode + " " + MSG.consoleHint);
				} else {
					showError(MSG.exited, "", "exited");
				}
			},
			function (e) {
				showError(MSG.crashed, errorDetail(e) + " " + MSG.consoleHint);
			}
		);

		whenReady(function () {
			if (exited) {
				return;
			}
			setState("running");
			hideLoader();
			var canvas = document.querySelector("canvas");
			if (canvas && (document.activeElement === null || document.activeElement === document.body)) {
				canvas.focus();
			}
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
		if (typeof Go !== "function" || typeof fetch !== "function" || typeof Promise !== "function") {
			showError(MSG.noRuntime, typeof Go !== "function" ? "wasm_exec.js" : "fetch / Promise");
			return;
		}

		var go = new Go();
		setStatus(MSG.loading);
		download(WASM_URL).then(
			function (bytes) {
				setComplete();
				setStatus(MSG.starting);
				return WebAssembly.instantiate(bytes, go.importObject).then(
					function (result) {
						run(go, result.instance);
					},
					function (e) {
						showError(MSG.startFailed, errorDetail(e));
					}
				);
			},
			function (e) {
				showError(MSG.downloadFailed, errorDetail(e));
			}
		);
	}

	main();
})();
