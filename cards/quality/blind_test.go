package quality

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// rubricTags are the tags of ../shared/guide/quality.md, in its order.
var rubricTags = []string{"UNGROUNDED", "STALE_OR_FALSE", "NO_CONTEXT", "AMBIGUOUS", "WEAK_DISTRACTORS", "TRIVIAL", "BAD_JAPANESE", "NOISE"}

// readTable reads a tab-separated file with a header row into maps; unlike
// readTSV it keeps empty fields (a GOOD card has no tag) and quotes as
// they are.
func readTable(t *testing.T, path string) []map[string]string {
	t.Helper()
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	lines := strings.Split(strings.TrimRight(string(data), "\n"), "\n")
	header := strings.Split(lines[0], "\t")
	var out []map[string]string
	for _, line := range lines[1:] {
		fields := strings.Split(line, "\t")
		row := map[string]string{}
		for i, h := range header {
			if i < len(fields) {
				row[h] = fields[i]
			}
		}
		out = append(out, row)
	}
	return out
}

// TestBlindJudgements checks the saved blind judgements (own-blind-*: of a
// deck built from our own documents): each judges every
// card of its sample once, with GOOD or BAD and a rubric tag for BAD.
func TestBlindJudgements(t *testing.T) {
	files, err := filepath.Glob("testdata/*blind-seed*-n*.tsv")
	require.NoError(t, err)
	var judgements []string
	for _, f := range files {
		if !strings.HasSuffix(f, ".sample.tsv") {
			judgements = append(judgements, f)
		}
	}
	require.NotEmpty(t, judgements)
	for _, path := range judgements {
		sample := readTable(t, strings.TrimSuffix(path, ".tsv")+".sample.tsv")
		rows := readTable(t, path)
		var want, got []string
		for _, s := range sample {
			want = append(want, s["id"])
		}
		good := 0
		for _, r := range rows {
			got = append(got, r["id"])
			switch r["verdict"] {
			case "GOOD":
				good++
				assert.Empty(t, r["tag"], "%s: card %s", path, r["id"])
			case "BAD":
				assert.Contains(t, rubricTags, r["tag"], "%s: card %s", path, r["id"])
			default:
				t.Errorf("%s: card %s: verdict %q, want GOOD or BAD", path, r["id"], r["verdict"])
			}
		}
		slices.Sort(want)
		slices.Sort(got)
		assert.Equal(t, want, got, "%s judges each sampled card once", path)
		t.Logf("%s: %d of %d GOOD (%.0f%%)", filepath.Base(path), good, len(rows), 100*float64(good)/float64(len(rows)))
	}
}
