# factdeck: Ebitengine flashcards for the desktop and the browser.
#
#   make deps       install the Debian packages the build and tests need
#   make run        run the desktop app
#   make web        build the browser version into web/dist
#   make serve      build web/dist and serve it at http://127.0.0.1:8080/
#   make deck       rebuild assets/decks/corpus.json (and the app's snapshot
#                   of it, corpus.snapshot) from assets/corpus
#   make test       everything CI runs (.ci/run runs exactly this)
#   make bench      browser build vs an Ebitengine hello-world: size, start-up, memory

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
# The steps of `test` depend on each other's order.
.NOTPARALLEL:

GO ?= go
# The built-in deck's title; cmd/deckgen's test rebuilds the deck with it too.
DECK_TITLE = 日米関係 ― トランプ第2期
# Evaluated when used, from the installed toolchain.
GOROOT_DIR = $(shell $(GO) env GOROOT)
# Go 1.24 moved the wasm support files from misc/wasm to lib/wasm.
WASM_EXEC = $(firstword $(wildcard $(GOROOT_DIR)/lib/wasm/go_js_wasm_exec $(GOROOT_DIR)/misc/wasm/go_js_wasm_exec))
# Screenshots the tests take of the desktop app (desktop.png) and of the
# page (e2e/*.png), for a person to look at after a run.
ARTIFACTS ?= $(CURDIR)/.artifacts
# Tests of packages importing ebiten need an X display.
XVFB = $(if $(DISPLAY),,xvfb-run -a -s "-screen 0 1280x1024x24")

.PHONY: help deps run serve web deck test fmt-check vet staticcheck test-go test-wasm test-e2e build-native bench clean

help:
	@sed -n 's/^#   //p' $(firstword $(MAKEFILE_LIST))

deps:
	@bash .ci/deps.sh

run: deps
	$(GO) run ./cmd/factdeck

# cmd/serve runs web/build.sh itself (-build=true), the same build as `make web`.
serve:
	$(GO) run ./cmd/serve

web:
	@bash web/build.sh web/dist

deck:
	$(GO) run ./cmd/deckgen build --paragraphs -o assets/decks/corpus.json -title "$(DECK_TITLE)" assets/corpus/*.txt
	$(GO) run ./cmd/deckgen snapshot -o assets/decks/corpus.snapshot assets/decks/corpus.json

fmt-check:
	@files=$$(gofmt -l .); \
	if [[ -n $$files ]]; then \
		echo "gofmt: these files are not formatted (run gofmt -w on them):"; \
		echo "$$files"; \
		exit 1; \
	fi; \
	echo "gofmt: ok"

vet: deps
	$(GO) vet ./...

# staticcheck is pinned in go.mod as a tool. The browser's packages are
# checked again as js/wasm, with the tool itself built for this machine.
staticcheck:
	$(GO) tool staticcheck ./...
	GOOS=js GOARCH=wasm $$($(GO) tool -n staticcheck) ./game/... ./cmd/factdeck/...

# All packages natively but the browser tests; those importing ebiten need
# a display, so the run is under Xvfb unless DISPLAY is set.
test-go: deps
	FACTDECK_ARTIFACTS=$(ARTIFACTS) $(XVFB) $(GO) test -count=1 $$($(GO) list ./... | grep -v '/web/e2e$$')

# The browser build end to end in headless Chromium, on the web/dist that
# `web` just built (see web/e2e). The tests drive a real page under
# software WebGL one after another; on a busy machine they take longer
# than go test's default 10 minutes.
test-e2e: deps web
	FACTDECK_ARTIFACTS=$(ARTIFACTS) FACTDECK_WEB_DIST=web/dist $(GO) test -count=1 -timeout 30m ./web/e2e

# The pure packages (no ebiten) also under js/wasm, run by node, and the
# assets the browser build embeds.
test-wasm: deps
	@if [[ -z "$(WASM_EXEC)" ]]; then echo "go_js_wasm_exec not found under $(GOROOT_DIR)/lib/wasm or misc/wasm" >&2; exit 1; fi
	GOOS=js GOARCH=wasm $(GO) test -count=1 -exec="$(WASM_EXEC)" ./cards/... ./assets

# Links the desktop binary (catches missing C libraries that vet misses).
build-native: deps
	$(GO) build -o /dev/null ./cmd/factdeck

# Builds first, so a broken build fails fast; the tests last, so their
# summary ends the output. `web` is the js/wasm build of cmd/factdeck plus
# the page, as in `GOOS=js GOARCH=wasm go build ./cmd/factdeck`.
test: deps fmt-check vet staticcheck build-native web test-wasm test-go test-e2e

# Figures for docs/benchmarks.md; results also in bench/out/web/results.md.
bench: deps web
	$(GO) run ./bench/web

clean:
	rm -rf web/dist bench/out/web .artifacts
