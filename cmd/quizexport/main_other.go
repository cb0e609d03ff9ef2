//go:build !js

package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stderr, "quizexport: a WebAssembly module of the browser app, not a command: web/build.sh builds it with GOOS=js GOARCH=wasm")
	os.Exit(2)
}
