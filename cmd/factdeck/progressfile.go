//go:build !js

package main

import (
	"fmt"
	"os"

	"factdeck/cards/safefile"
)

// exportProgress writes the progress kept in dir (the user's own when
// empty) to path, atomically, as the browser's export does.
func exportProgress(dir, path string) error {
	st, err := openStore(dir)
	if err != nil {
		return err
	}
	defer st.Close()
	printNotices(st)
	data, err := st.Export()
	if err != nil {
		return err
	}
	if err := safefile.Write(path, data); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "factdeck: wrote the progress (answers: %d) to %s\n", len(st.Progress().Log()), path)
	return nil
}

// importProgress replaces the progress kept in dir with the exported file
// at path, after checking all of it; on error nothing changes.
func importProgress(dir, path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	st, err := openStore(dir)
	if err != nil {
		return err
	}
	defer st.Close()
	printNotices(st)
	if err := st.Import(data); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	fmt.Fprintf(os.Stderr, "factdeck: read the progress (answers: %d) from %s\n", len(st.Progress().Log()), path)
	return nil
}
