package harness

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
)

// RepoRoot finds the repository from the working directory (a test runs
// in its package's directory).
func RepoRoot() (string, error) {
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "web", "build.sh")); err == nil {
			return d, nil
		}
		if filepath.Dir(d) == d {
			return "", fmt.Errorf("web/build.sh not found above %s", wd)
		}
	}
}

// Build runs web/build.sh to make the release of pkg in out. It is
// incremental: with nothing changed it takes a second or two.
func Build(root, out, pkg string) ([]byte, error) {
	cmd := exec.Command("bash", filepath.Join(root, "web", "build.sh"), out, pkg)
	cmd.Dir = root
	output, err := cmd.CombinedOutput()
	if err != nil {
		return output, fmt.Errorf("web/build.sh %s %s: %w\n%s", out, pkg, err, output)
	}
	return output, nil
}
