//go:build !js

package store_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/srs"
	"factdeck/cards/store"
)

// put writes fixtures into dir under the given names.
func put(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, fix := range files {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), fixture(t, fix), 0o644))
	}
}

func TestOpenDirSavesFiles(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "factdeck") // created on open
	s, err := store.OpenDir(dir, store.Options{Now: fixedNow, CompactEvery: 2})
	require.NoError(t, err)
	assert.Empty(t, s.Notices())
	grade(t, s.Progress(), "a", srs.Good, 0)
	require.NoError(t, s.Save())
	assert.FileExists(t, filepath.Join(dir, store.FileName))
	assert.FileExists(t, filepath.Join(dir, store.JournalName))
	assert.NoFileExists(t, filepath.Join(dir, store.BackupName), "no earlier snapshot to keep yet")

	first, err := os.ReadFile(filepath.Join(dir, store.FileName))
	require.NoError(t, err)
	for i := 1; i <= 3; i++ { // the third answer passes CompactEvery
		grade(t, s.Progress(), "b", srs.Good, i)
		require.NoError(t, s.Save())
	}
	bak, err := os.ReadFile(filepath.Join(dir, store.BackupName))
	require.NoError(t, err)
	assert.Equal(t, first, bak, "the snapshot before the current one is the backup")

	require.NoError(t, s.Close())
	back, err := store.OpenDir(dir, store.Options{})
	require.NoError(t, err)
	assert.Empty(t, back.Notices())
	assert.Equal(t, asJSON(t, s.Progress()), asJSON(t, back.Progress()))
}

// TestUnreadableFilesMovedAside: a damaged, newer or wrong progress file
// is renamed with a timestamp and reported, never overwritten, and the
// store starts from the backup when it has a good one.
func TestUnreadableFilesMovedAside(t *testing.T) {
	for _, tt := range []struct {
		name      string
		files     map[string]string
		kind      store.Kind
		suffix    string
		restored  bool
		wantCards int
	}{
		{"damaged", map[string]string{store.FileName: "damaged.json"}, store.Damaged, ".damaged-20261122T183000", false, 0},
		{"newer", map[string]string{store.FileName: "newer.json"}, store.Newer, ".newer-20261122T183000", false, 0},
		{"a deck", map[string]string{store.FileName: "deck.json"}, store.Damaged, ".damaged-20261122T183000", false, 0},
		{"damaged with backup", map[string]string{store.FileName: "damaged.json", store.BackupName: "v1.json"}, store.Damaged, ".damaged-20261122T183000", true, 2},
		{"newer with backup", map[string]string{store.FileName: "newer.json", store.BackupName: "v1.json"}, store.Newer, ".newer-20261122T183000", true, 2},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			put(t, dir, tt.files)
			s, err := store.OpenDir(dir, store.Options{Now: fixedNow})
			require.NoError(t, err)

			notices := s.Notices()
			require.NotEmpty(t, notices)
			n := notices[0]
			path := filepath.Join(dir, store.FileName)
			assert.Equal(t, tt.kind, n.Kind)
			assert.Equal(t, path, n.Path)
			assert.Equal(t, path+tt.suffix, n.MovedTo)
			assert.Contains(t, n.Error(), n.MovedTo, "the message says where the old file is")
			moved, err := os.ReadFile(n.MovedTo)
			require.NoError(t, err)
			assert.Equal(t, fixture(t, tt.files[store.FileName]), moved, "moved as it was")
			assert.NoFileExists(t, path)

			if tt.restored {
				require.Len(t, notices, 2)
				assert.Equal(t, store.Restored, notices[1].Kind)
				assert.Equal(t, filepath.Join(dir, store.BackupName), notices[1].Path)
				assert.Equal(t, "2026-11-22T18:00:00Z", notices[1].Saved.Format("2006-01-02T15:04:05Z07:00"))
			} else {
				assert.Len(t, notices, 1)
			}
			assert.Equal(t, tt.wantCards, s.Progress().NumCards())

			grade(t, s.Progress(), "x", srs.Good, 0)
			require.NoError(t, s.Save())
			again, err := os.ReadFile(n.MovedTo)
			require.NoError(t, err)
			assert.Equal(t, moved, again, "saving leaves the moved file alone")
			require.NoError(t, s.Close())
			back, err := store.OpenDir(dir, store.Options{})
			require.NoError(t, err)
			assert.Empty(t, back.Notices())
			assert.Equal(t, tt.wantCards+1, back.Progress().NumCards())
		})
	}
}

func TestMovingAsideNeverReplaces(t *testing.T) {
	dir := t.TempDir()
	for i, want := range []string{".damaged-20261122T183000", ".damaged-20261122T183000-2", ".damaged-20261122T183000-3"} {
		put(t, dir, map[string]string{store.FileName: "damaged.json"})
		s, err := store.OpenDir(dir, store.Options{Now: fixedNow})
		require.NoError(t, err, "round %d", i)
		assert.Equal(t, filepath.Join(dir, store.FileName)+want, s.Notices()[0].MovedTo)
		require.NoError(t, s.Close())
	}
}

// TestJournal opens v1.json (generation 3) with different journals.
func TestJournal(t *testing.T) {
	for _, tt := range []struct {
		name     string
		journal  string
		wantLog  int
		damaged  bool
		appended bool // whether the next save may append to it
	}{
		{"clean", "clean.journal", 4, false, true},
		{"torn last line is dropped", "torn.journal", 4, false, false},
		{"stale is already in the snapshot", "stale.journal", 2, false, false},
		// The answer before the garbled line was saved on open, with a new
		// journal to append to.
		{"garbled line", "damaged.journal", 3, true, true},
		{"another snapshot's", "foreign.journal", 2, true, false},
		{"none", "", 2, false, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			files := map[string]string{store.FileName: "v1.json"}
			if tt.journal != "" {
				files[store.JournalName] = tt.journal
			}
			put(t, dir, files)
			s, err := store.OpenDir(dir, store.Options{Now: fixedNow})
			require.NoError(t, err)
			assert.Len(t, s.Progress().Log(), tt.wantLog)
			if tt.damaged {
				require.Len(t, s.Notices(), 1)
				n := s.Notices()[0]
				assert.Equal(t, store.Damaged, n.Kind)
				assert.Equal(t, filepath.Join(dir, store.JournalName)+".damaged-20261122T183000", n.MovedTo)
				assert.FileExists(t, n.MovedTo)
			} else {
				assert.Empty(t, s.Notices())
			}

			snapshot, err := os.ReadFile(filepath.Join(dir, store.FileName))
			require.NoError(t, err)
			grade(t, s.Progress(), "c9", srs.Good, 60)
			require.NoError(t, s.Save())
			after, err := os.ReadFile(filepath.Join(dir, store.FileName))
			require.NoError(t, err)
			assert.Equal(t, tt.appended, string(snapshot) == string(after), "appended rather than rewritten")

			require.NoError(t, s.Close())
			back, err := store.OpenDir(dir, store.Options{})
			require.NoError(t, err)
			assert.Empty(t, back.Notices())
			assert.Equal(t, asJSON(t, s.Progress()), asJSON(t, back.Progress()))
		})
	}
}

func TestMissingFileRestoresBackup(t *testing.T) {
	dir := t.TempDir()
	put(t, dir, map[string]string{store.BackupName: "v1.json"})
	s, err := store.OpenDir(dir, store.Options{Now: fixedNow})
	require.NoError(t, err)
	require.Len(t, s.Notices(), 1)
	assert.Equal(t, store.Restored, s.Notices()[0].Kind)
	assert.Len(t, s.Progress().Log(), 2)
}

func TestOrphanJournalMovedAside(t *testing.T) {
	dir := t.TempDir()
	put(t, dir, map[string]string{store.JournalName: "clean.journal"})
	s, err := store.OpenDir(dir, store.Options{Now: fixedNow})
	require.NoError(t, err)
	require.Len(t, s.Notices(), 1)
	assert.Equal(t, filepath.Join(dir, store.JournalName)+".damaged-20261122T183000", s.Notices()[0].MovedTo)
	assert.Empty(t, s.Progress().Log())
}

func TestOpenDirErrors(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file")
	require.NoError(t, os.WriteFile(file, nil, 0o644))
	_, err := store.OpenDir(filepath.Join(file, "sub"), store.Options{})
	assert.Error(t, err, "a folder that cannot be made")
}

// readDir returns every file in dir with its contents.
func readDir(t *testing.T, dir string) map[string]string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	out := map[string]string{}
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		require.NoError(t, err)
		out[e.Name()] = string(data)
	}
	return out
}

// A second factdeck on the same folder (another window) starts from what
// the first has saved, but writes nothing: it would otherwise rewrite the
// snapshot without the first one's later answers.
func TestSecondStoreOnAFolderSavesNothing(t *testing.T) {
	dir := t.TempDir()
	first, err := store.OpenDir(dir, store.Options{Now: fixedNow})
	require.NoError(t, err)
	grade(t, first.Progress(), "a", srs.Good, 0)
	require.NoError(t, first.Save())

	second, err := store.OpenDir(dir, store.Options{Now: fixedNow})
	require.NoError(t, err)
	assert.False(t, second.Persistent())
	require.Len(t, second.Notices(), 1)
	n := second.Notices()[0]
	assert.Equal(t, store.InUse, n.Kind)
	assert.Equal(t, dir, n.Path)
	assert.Contains(t, n.Error(), "in use by another factdeck")
	assert.Equal(t, asJSON(t, first.Progress()), asJSON(t, second.Progress()), "it starts from what the first saved")

	before := readDir(t, dir)
	grade(t, second.Progress(), "b", srs.Again, 1)
	require.NoError(t, second.Save())
	assert.Equal(t, before, readDir(t, dir), "the second store wrote nothing")

	grade(t, first.Progress(), "c", srs.Easy, 2)
	require.NoError(t, first.Save())
	require.NoError(t, first.Close())
	require.NoError(t, second.Close())

	again, err := store.OpenDir(dir, store.Options{})
	require.NoError(t, err)
	assert.Empty(t, again.Notices(), "closing released the folder")
	assert.Equal(t, asJSON(t, first.Progress()), asJSON(t, again.Progress()), "the first store's answers, not the second's")
	require.NoError(t, again.Close())
	assert.Error(t, again.Save(), "no saving after Close")
}

// The second store leaves damaged data to the one that owns the folder.
func TestSecondStoreMovesNothingAside(t *testing.T) {
	dir := t.TempDir()
	first, err := store.OpenDir(dir, store.Options{Now: fixedNow})
	require.NoError(t, err)
	defer first.Close()
	put(t, dir, map[string]string{store.FileName: "damaged.json", store.BackupName: "v1.json"})
	before := readDir(t, dir)

	second, err := store.OpenDir(dir, store.Options{Now: fixedNow})
	require.NoError(t, err)
	defer second.Close()
	require.Len(t, second.Notices(), 1, "only that the folder is in use")
	assert.Equal(t, store.InUse, second.Notices()[0].Kind)
	assert.Len(t, second.Progress().Log(), 2, "it reads the backup, as the owner would")
	assert.Equal(t, before, readDir(t, dir))
}

// A folder that cannot be locked (here the lock file's name is taken by a
// folder; a read-only folder does the same) still opens and saves, as
// before locks existed, rather than keep the student from studying.
func TestFolderThatCannotBeLockedStillOpens(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.Mkdir(filepath.Join(dir, store.LockName), 0o755))
	s, err := store.OpenDir(dir, store.Options{Now: fixedNow})
	require.NoError(t, err)
	defer s.Close()
	assert.Empty(t, s.Notices())
	assert.True(t, s.Persistent())
	grade(t, s.Progress(), "a", srs.Good, 0)
	require.NoError(t, s.Save())
	assert.FileExists(t, filepath.Join(dir, store.FileName))
}

// An import into the second store would be lost; it is refused with the
// notice that says why, and the owner's files stay as they are.
func TestSecondStoreRefusesImport(t *testing.T) {
	dir := t.TempDir()
	first, err := store.OpenDir(dir, store.Options{Now: fixedNow})
	require.NoError(t, err)
	defer first.Close()
	grade(t, first.Progress(), "a", srs.Good, 0)
	require.NoError(t, first.Save())
	data, err := first.Export()
	require.NoError(t, err)
	before := readDir(t, dir)

	second, err := store.OpenDir(dir, store.Options{Now: fixedNow})
	require.NoError(t, err)
	defer second.Close()
	err = second.Import(data)
	var n store.Notice
	require.ErrorAs(t, err, &n)
	assert.Equal(t, store.InUse, n.Kind)
	assert.Equal(t, before, readDir(t, dir))
}

// An import keeps the progress it replaces in the backup whole: the
// answers of the journal too, not only the last snapshot's.
func TestImportBacksUpEveryAnswer(t *testing.T) {
	dir := t.TempDir()
	s, err := store.OpenDir(dir, store.Options{Now: fixedNow})
	require.NoError(t, err)
	for i := range 6 {
		grade(t, s.Progress(), "a", srs.Good, i)
		require.NoError(t, s.Save()) // a journal line each
	}
	want := asJSON(t, s.Progress())
	require.NoError(t, s.Import(fixtureExport(t)))
	require.NoError(t, s.Close())

	// Open the backup as a progress folder of its own.
	restored := t.TempDir()
	data, err := os.ReadFile(filepath.Join(dir, store.BackupName))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(restored, store.FileName), data, 0o644))
	back, err := store.OpenDir(restored, store.Options{Now: fixedNow})
	require.NoError(t, err)
	defer back.Close()
	assert.Equal(t, want, asJSON(t, back.Progress()))
}

// fixtureExport is another student's exported progress: one answer.
func fixtureExport(t *testing.T) []byte {
	t.Helper()
	other := store.Memory(store.Options{Now: fixedNow})
	grade(t, other.Progress(), "b", srs.Easy, 0)
	data, err := other.Export()
	require.NoError(t, err)
	return data
}

// TestDamagedJournalKeepsAnswersAtOnce: the answers before a damaged
// journal line are saved when the store opens, not only kept in memory
// and in the journal set aside, so a run that ends without saving (a
// crash, a quit before any answer) does not lose them at the next start.
func TestDamagedJournalKeepsAnswersAtOnce(t *testing.T) {
	dir := t.TempDir()
	s, err := store.OpenDir(dir, store.Options{Now: fixedNow})
	require.NoError(t, err)
	for i := range 46 {
		grade(t, s.Progress(), fmt.Sprintf("c%d", i%7), srs.Good, i)
		require.NoError(t, s.Save()) // one journal line each
	}
	want := asJSON(t, s.Progress())
	require.NoError(t, s.Close())
	journal := filepath.Join(dir, store.JournalName)
	f, err := os.OpenFile(journal, os.O_WRONLY|os.O_APPEND, 0)
	require.NoError(t, err)
	_, err = f.WriteString("{\"n\":46,\"review\":garbage}\n")
	require.NoError(t, err)
	require.NoError(t, f.Close())

	s, err = store.OpenDir(dir, store.Options{Now: fixedNow})
	require.NoError(t, err)
	require.Len(t, s.Notices(), 1)
	assert.Equal(t, store.Damaged, s.Notices()[0].Kind)
	assert.Contains(t, s.Notices()[0].Error(), "line 47") // the header, 45 lines, then the damage: the first save wrote a snapshot
	require.Len(t, s.Progress().Log(), 46)
	require.NoError(t, s.Close(), "closed without a save")

	s, err = store.OpenDir(dir, store.Options{Now: fixedNow})
	require.NoError(t, err)
	defer s.Close()
	assert.Empty(t, s.Notices())
	require.Len(t, s.Progress().Log(), 46, "every answer before the damage is still there")
	assert.Equal(t, want, asJSON(t, s.Progress()))
}

// TestImportTwiceKeepsTheFirstProgress: each import backs up the progress
// it replaces as a new file of the history, so a second import does not
// overwrite the backup of the first, and that progress can be restored.
func TestImportTwiceKeepsTheFirstProgress(t *testing.T) {
	dir := t.TempDir()
	clock := stamp
	now := func() time.Time { clock = clock.Add(time.Minute); return clock }
	s, err := store.OpenDir(dir, store.Options{Now: now})
	require.NoError(t, err)
	defer s.Close()
	for i := range 3 {
		grade(t, s.Progress(), "mine", srs.Good, i)
		require.NoError(t, s.Save())
	}
	mine := asJSON(t, s.Progress())
	require.NoError(t, s.Import(fixtureExport(t)))
	require.NoError(t, s.Import(fixtureExport(t)))
	assert.NotEqual(t, mine, asJSON(t, s.Progress()))

	backups, err := s.Backups()
	require.NoError(t, err)
	require.Len(t, backups, 2)
	first := backups[1] // newest first
	assert.Equal(t, store.BeforeImport, first.Reason)
	p, _, err := s.ReadBackup(first.Name)
	require.NoError(t, err)
	assert.Equal(t, mine, asJSON(t, p), "the backup made by the first import holds the progress before it")

	require.NoError(t, s.Restore(first.Name))
	assert.Equal(t, mine, asJSON(t, s.Progress()))
	backups, err = s.Backups()
	require.NoError(t, err)
	require.Len(t, backups, 3)
	assert.Equal(t, store.BeforeRestore, backups[0].Reason, "restoring backed up the progress it replaced")
	require.NoError(t, s.Close())

	back, err := store.OpenDir(dir, store.Options{})
	require.NoError(t, err)
	defer back.Close()
	assert.Equal(t, mine, asJSON(t, back.Progress()), "the restore was saved")
}

// The history keeps the newest KeepBackups; names never collide, even
// for backups made in the same second.
func TestBackupHistoryKeepsTheNewest(t *testing.T) {
	dir := t.TempDir()
	s, err := store.OpenDir(dir, store.Options{Now: fixedNow})
	require.NoError(t, err)
	defer s.Close()
	var names []string
	for i := range store.KeepBackups + 3 {
		grade(t, s.Progress(), "a", srs.Good, i)
		require.NoError(t, s.Save())
		name, err := s.Backup(store.Daily)
		require.NoError(t, err)
		names = append(names, name)
	}
	backups, err := s.Backups()
	require.NoError(t, err)
	require.Len(t, backups, store.KeepBackups)
	for i, b := range backups {
		assert.Equal(t, names[len(names)-1-i], b.Name, "newest first")
		p, _, err := s.ReadBackup(b.Name)
		require.NoError(t, err)
		assert.Len(t, p.Log(), len(names)-i)
	}
	_, _, err = s.ReadBackup("../progress.json")
	assert.ErrorContains(t, err, "not the name of a backup")
	assert.Error(t, s.Restore(names[0]), "dropped from the history")
}

// BackupIfOlder makes a daily backup only when the newest is older.
func TestBackupIfOlder(t *testing.T) {
	dir := t.TempDir()
	clock := stamp
	s, err := store.OpenDir(dir, store.Options{Now: func() time.Time { return clock }})
	require.NoError(t, err)
	defer s.Close()
	name, err := s.BackupIfOlder(24 * time.Hour)
	require.NoError(t, err)
	assert.Empty(t, name, "nothing to back up yet")
	grade(t, s.Progress(), "a", srs.Good, 0)
	require.NoError(t, s.Save())
	name, err = s.BackupIfOlder(24 * time.Hour)
	require.NoError(t, err)
	assert.NotEmpty(t, name)
	clock = clock.Add(23 * time.Hour)
	name, err = s.BackupIfOlder(24 * time.Hour)
	require.NoError(t, err)
	assert.Empty(t, name, "the last one is recent")
	clock = clock.Add(2 * time.Hour)
	name, err = s.BackupIfOlder(24 * time.Hour)
	require.NoError(t, err)
	assert.NotEmpty(t, name)
}

// A kill while saving leaves a temporary file; the next open removes it.
func TestOpenRemovesTempsOfAKilledSave(t *testing.T) {
	dir := t.TempDir()
	put(t, dir, map[string]string{store.FileName: "v1.json"})
	require.NoError(t, os.MkdirAll(filepath.Join(dir, store.BackupsDir), 0o755))
	left := []string{
		filepath.Join(dir, ".progress.json.tmp-4242"),
		filepath.Join(dir, ".progress.journal.tmp-17"),
		filepath.Join(dir, store.BackupsDir, ".progress-20261122T183000Z-import.json.tmp-99"),
	}
	for _, p := range left {
		require.NoError(t, os.WriteFile(p, []byte("half"), 0o644))
	}
	s, err := store.OpenDir(dir, store.Options{Now: fixedNow})
	require.NoError(t, err)
	defer s.Close()
	assert.Empty(t, s.Notices())
	for _, p := range left {
		assert.NoFileExists(t, p)
	}
	assert.Len(t, s.Progress().Log(), 2)
}

// Importing into a progress with nothing studied makes no backup of it.
func TestImportIntoNothingMakesNoBackup(t *testing.T) {
	s, err := store.OpenDir(t.TempDir(), store.Options{Now: fixedNow})
	require.NoError(t, err)
	defer s.Close()
	require.NoError(t, s.Import(fixtureExport(t)))
	backups, err := s.Backups()
	require.NoError(t, err)
	assert.Empty(t, backups)
	require.NoError(t, s.Import(fixtureExport(t)))
	backups, err = s.Backups()
	require.NoError(t, err)
	assert.Len(t, backups, 1, "the second import backs up the first one's progress")
}
