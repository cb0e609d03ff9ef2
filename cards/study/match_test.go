package study_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/deck"
	"factdeck/cards/study"
)

// matchDeck states pairs of every kind Match deals, with traps: two
// people with the same role, a name inside another, two spellings of one
// acronym's name, a fact date that equals a sentence's date.
func matchDeck() *deck.Deck {
	return &deck.Deck{
		Format: deck.Format, Title: "m", Language: "ja",
		Facts: []deck.Fact{
			{ID: "p1", Kind: deck.KindPerson, Key: "石破茂", Sentence: "日本の石破茂首相は訪米した。"},
			{ID: "p2", Kind: deck.KindPerson, Key: "岸田文雄", Sentence: "岸田文雄首相がワシントンを訪れた。"},
			{ID: "p3", Kind: deck.KindPerson, Key: "神保謙", Sentence: "慶應義塾大学の神保謙教授は指摘した。"},
			{ID: "p4", Kind: deck.KindPerson, Key: "イーロン・マスク", Sentence: "イーロン・マスク氏は主張した。"},
			{ID: "p5", Kind: deck.KindPerson, Key: "岸田", Sentence: "岸田元首相は発表した。"},
			{ID: "e1", Kind: deck.KindEvent, Key: "貿易交渉の基本合意", Date: "2019-08-26", Sentence: "日米首脳会談で、貿易交渉の基本合意が発表された。"},
			{ID: "d1", Kind: deck.KindDate, Key: "2025年2月7日", Sentence: "2025年2月7日、石破首相は首脳会談を行った。"},
			{ID: "e2", Kind: deck.KindEvent, Key: "首脳会談", Sentence: "2025年2月7日、石破首相は首脳会談を行った。"},
			{ID: "t1", Kind: deck.KindTable, Sentence: "表"},
			{ID: "a1", Kind: deck.KindAcronym, Sentence: "s"},
			{ID: "a2", Kind: deck.KindOrganization, Sentence: "s"},
		},
		Cards: []deck.Card{
			{ID: "m1", Fact: "t1", Type: deck.TypeMatch, Pairs: []deck.Pair{{Left: "保護", Right: "鉄鋼"}, {Left: "財政収入", Right: "普遍的"}}},
			{ID: "b1", Fact: "a1", Type: deck.TypeBasic, Prompt: "【「首相訪米」によると】「ＩＲＡ」は何の略称か。", Answer: "インフレ削減法"},
			{ID: "c1", Fact: "a2", Type: deck.TypeCloze, Prompt: "［＿＿＿］を国務省に統合する。", Answer: "米国際開発庁", Also: []string{"USAID", "United States Agency for International Development"}},
			{ID: "c2", Fact: "a2", Type: deck.TypeCloze, Prompt: "x", Answer: "アメリカ合衆国国際開発庁", Also: []string{"USAID"}},
		},
	}
}

func TestMatchPairsReadsWhatTheDeckStates(t *testing.T) {
	got := study.MatchPairs(matchDeck())
	want := []study.MatchPair{
		{Left: "保護", Right: "鉄鋼", Kind: deck.KindTable, Fact: "t1"},
		{Left: "財政収入", Right: "普遍的", Kind: deck.KindTable, Fact: "t1"},
		{Left: "ＩＲＡ", Right: "インフレ削減法", Kind: deck.KindAcronym, Fact: "a1"},
		{Left: "USAID", Right: "米国際開発庁", Kind: deck.KindAcronym, Fact: "a2"},
		{Left: "USAID", Right: "アメリカ合衆国国際開発庁", Kind: deck.KindAcronym, Fact: "a2"},
		{Left: "石破茂", Right: "首相", Kind: deck.KindPerson, Fact: "p1"},
		{Left: "岸田文雄", Right: "首相", Kind: deck.KindPerson, Fact: "p2"},
		{Left: "神保謙", Right: "教授", Kind: deck.KindPerson, Fact: "p3"},
		// イーロン・マスク氏: 氏 is no role.
		{Left: "岸田", Right: "元首相", Kind: deck.KindPerson, Fact: "p5"},
		{Left: "2019年8月26日", Right: "貿易交渉の基本合意", Kind: deck.KindEvent, Fact: "e1"},
		{Left: "2025年2月7日", Right: "首脳会談", Kind: deck.KindEvent, Fact: "e2"},
	}
	assert.Equal(t, want, got)
}

func TestMatchPairsOfTheBuiltInDeck(t *testing.T) {
	d, err := deck.Read("../../assets/decks/corpus.json")
	require.NoError(t, err)
	kinds := map[string]int{}
	for _, p := range study.MatchPairs(d) {
		kinds[p.Kind]++
	}
	for _, k := range []string{deck.KindAcronym, deck.KindPerson, deck.KindTable, deck.KindEvent} {
		assert.Positive(t, kinds[k], "pairs of kind %s", k)
	}
	// Every seed deals a full board from it.
	pool := study.MatchPairs(d)
	for seed := range uint64(50) {
		m, err := study.NewMatch(pool, study.MatchOptions{Seed: seed, Now: (&clock{t: t0}).now})
		require.NoError(t, err)
		assert.Len(t, m.Pairs(), study.DefaultMatchPairs, "seed %d", seed)
		assertNoRivalPartners(t, pool, m, seed)
	}
}

// TestMatchNeverDealsTwoPossiblePartners deals many boards from a pool
// full of look-alikes and checks that no tile could go with two others.
func TestMatchNeverDealsTwoPossiblePartners(t *testing.T) {
	pool := study.MatchPairs(matchDeck())
	for seed := range uint64(200) {
		m, err := study.NewMatch(pool, study.MatchOptions{Pairs: 20, Seed: seed, Now: (&clock{t: t0}).now})
		require.NoError(t, err)
		assertNoRivalPartners(t, pool, m, seed)
	}
}

// assertNoRivalPartners checks that no tile of m's board could be taken
// for the partner of two tiles: no text is inside another, and no two
// tiles of different pairs are paired anywhere in the pool.
func assertNoRivalPartners(t *testing.T, pool []study.MatchPair, m *study.Match, seed uint64) {
	t.Helper()
	stated := map[[2]string]bool{}
	for _, p := range pool {
		stated[[2]string{p.Left, p.Right}] = true
		stated[[2]string{p.Right, p.Left}] = true
	}
	tiles := m.Tiles()
	for i, a := range tiles {
		for j, b := range tiles {
			if i == j {
				continue
			}
			assert.NotContains(t, a.Text, b.Text, "seed %d: tiles %q and %q", seed, a.Text, b.Text)
			if a.Pair != b.Pair {
				assert.False(t, stated[[2]string{a.Text, b.Text}], "seed %d: %q and %q are stated together but are not partners", seed, a.Text, b.Text)
			}
		}
	}
}

func TestMatchDealIsSeededAndShuffled(t *testing.T) {
	pool := study.MatchPairs(matchDeck())
	deal := func(seed uint64) []study.Tile {
		m, err := study.NewMatch(pool, study.MatchOptions{Pairs: 4, Seed: seed, Now: (&clock{t: t0}).now})
		require.NoError(t, err)
		return m.Tiles()
	}
	assert.Equal(t, deal(7), deal(7), "the same seed deals the same board")
	differs := false
	for seed := uint64(1); seed < 10 && !differs; seed++ {
		differs = !assert.ObjectsAreEqual(deal(0), deal(seed))
	}
	assert.True(t, differs, "other seeds deal other boards")
	// The tiles are not laid out pair by pair.
	adjacent := 0
	for seed := range uint64(20) {
		tiles := deal(seed)
		if tiles[0].Pair == tiles[1].Pair && tiles[2].Pair == tiles[3].Pair {
			adjacent++
		}
	}
	assert.Less(t, adjacent, 10)
}

func TestMatchFewerPairsForAPhone(t *testing.T) {
	m, err := study.NewMatch(study.MatchPairs(matchDeck()), study.MatchOptions{Pairs: 3, Now: (&clock{t: t0}).now})
	require.NoError(t, err)
	assert.Len(t, m.Pairs(), 3)
	assert.Len(t, m.Tiles(), 6)
}

func TestMatchTooFewPairs(t *testing.T) {
	pool := []study.MatchPair{
		{Left: "石破茂", Right: "首相"},
		{Left: "岸田文雄", Right: "首相"}, // shares its role: never on one board
	}
	_, err := study.NewMatch(pool, study.MatchOptions{})
	require.ErrorIs(t, err, study.ErrTooFewPairs)
	_, err = study.NewMatch(nil, study.MatchOptions{})
	require.ErrorIs(t, err, study.ErrTooFewPairs)
}

// partnerOf returns the index of the tile that pairs with tile i.
func partnerOf(tiles []study.Tile, i int) int {
	for j, t := range tiles {
		if j != i && t.Pair == tiles[i].Pair {
			return j
		}
	}
	return -1
}

// strangerOf returns the index of a tile not paired with tile i.
func strangerOf(tiles []study.Tile, i int) int {
	for j, t := range tiles {
		if t.Pair != tiles[i].Pair && !t.Matched {
			return j
		}
	}
	return -1
}

func TestMatchRoundWithMistakesAndTimer(t *testing.T) {
	clk := &clock{t: t0}
	pool := []study.MatchPair{{Left: "FRB", Right: "米連邦準備制度理事会"}, {Left: "LNG", Right: "液化天然ガス"}, {Left: "WTO", Right: "世界貿易機関"}}
	m, err := study.NewMatch(pool, study.MatchOptions{Seed: 3, Now: clk.now})
	require.NoError(t, err)
	tiles := m.Tiles()
	require.Len(t, tiles, 6)

	clk.advance(1234 * time.Millisecond)
	assert.Equal(t, 1200*time.Millisecond, m.Elapsed(), "the timer shows tenths, cut down")

	assert.Equal(t, study.TapSelected, m.Select(0))
	sel, ok := m.Selected()
	assert.True(t, ok)
	assert.Equal(t, 0, sel)
	assert.Equal(t, study.TapDeselected, m.Select(0))
	_, ok = m.Selected()
	assert.False(t, ok)

	_, _, ok = m.Last()
	assert.False(t, ok)
	assert.Equal(t, study.TapSelected, m.Select(0))
	assert.Equal(t, study.TapMistake, m.Select(strangerOf(tiles, 0)))
	first, second, ok := m.Last()
	assert.True(t, ok)
	assert.Equal(t, []int{0, strangerOf(tiles, 0)}, []int{first, second}, "the tiles to shake")
	assert.Equal(t, 1, m.Mistakes())
	assert.Equal(t, 2200*time.Millisecond, m.Elapsed(), "a mistake adds a second")
	_, ok = m.Selected()
	assert.False(t, ok, "a mistake leaves nothing selected")

	assert.Equal(t, study.TapSelected, m.Select(0))
	assert.Equal(t, study.TapMatched, m.Select(partnerOf(tiles, 0)))
	first, second, _ = m.Last()
	assert.Equal(t, []int{0, partnerOf(tiles, 0)}, []int{first, second}, "the tiles to vanish")
	assert.True(t, m.Tiles()[0].Matched)
	assert.Equal(t, 2, m.Left())
	assert.Equal(t, study.TapIgnored, m.Select(0), "a matched tile is off the board")
	assert.Equal(t, study.TapIgnored, m.Select(99))
	assert.Equal(t, study.TapIgnored, m.Select(-1))

	// Match the rest, the last pair after 5 more seconds.
	for i := range tiles {
		if m.Tiles()[i].Matched {
			continue
		}
		if m.Left() == 1 {
			clk.advance(5 * time.Second)
		}
		m.Select(i)
		res := m.Select(partnerOf(tiles, i))
		if m.Left() == 0 {
			assert.Equal(t, study.TapFinished, res)
		} else {
			assert.Equal(t, study.TapMatched, res)
		}
	}
	assert.True(t, m.Done())
	assert.Equal(t, 7200*time.Millisecond, m.Elapsed())
	clk.advance(time.Minute)
	assert.Equal(t, 7200*time.Millisecond, m.Elapsed(), "a finished round's time stands still")
	assert.Equal(t, study.TapIgnored, m.Select(1))
}

func TestMatchPlayAgainDealsANewBoard(t *testing.T) {
	clk := &clock{t: t0}
	m, err := study.NewMatch(study.MatchPairs(matchDeck()), study.MatchOptions{Pairs: 4, Seed: 1, Now: clk.now})
	require.NoError(t, err)
	first, firstSeed := m.Tiles(), m.Seed()
	m.Select(0)
	m.Select(strangerOf(first, 0))
	clk.advance(10 * time.Second)

	require.NoError(t, m.PlayAgain())
	assert.NotEqual(t, firstSeed, m.Seed())
	assert.NotEqual(t, first, m.Tiles())
	assert.Zero(t, m.Mistakes())
	assert.Zero(t, m.Elapsed(), "the timer starts again")
	assert.False(t, m.Done())
	for _, tile := range m.Tiles() {
		assert.False(t, tile.Matched)
	}

	// The chain of boards is repeatable from the first seed.
	again, err := study.NewMatch(study.MatchPairs(matchDeck()), study.MatchOptions{Pairs: 4, Seed: 1, Now: clk.now})
	require.NoError(t, err)
	require.NoError(t, again.PlayAgain())
	assert.Equal(t, m.Tiles(), again.Tiles())
}

// finishRound matches every pair of m in order, without mistakes.
func finishRound(m *study.Match) {
	tiles := m.Tiles()
	for i := range tiles {
		if !tiles[i].Matched {
			m.Select(i)
			m.Select(partnerOf(tiles, i))
		}
	}
}

func TestMatchRecordsKeepTheBestPerDeckAndSize(t *testing.T) {
	var r study.MatchRecords
	steps := []struct {
		deck  string
		pairs int
		took  time.Duration
		best  bool
	}{
		{"a", 6, 20 * time.Second, true},
		{"a", 6, 25 * time.Second, false},
		{"a", 6, 18500 * time.Millisecond, true},
		{"a", 4, 30 * time.Second, true}, // another size is another record
		{"b", 6, 40 * time.Second, true}, // another deck too
		{"a", 4, 30 * time.Second, false},
	}
	for i, s := range steps {
		assert.Equal(t, s.best, r.Add(s.deck, s.pairs, s.took, t0.Add(time.Duration(i)*time.Minute)), "step %d", i)
	}
	b, ok := r.Best("a", 6)
	require.True(t, ok)
	assert.Equal(t, 18500*time.Millisecond, b.Time())
	assert.Equal(t, t0.Add(2*time.Minute), b.At)
	assert.Equal(t, 5, r.Decks["a"].Rounds)
	_, ok = r.Best("a", 5)
	assert.False(t, ok)

	data, err := json.Marshal(r)
	require.NoError(t, err)
	var back study.MatchRecords
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, r, back)
}

func TestProgressKeepsMatchRecords(t *testing.T) {
	clk := &clock{t: t0}
	p := study.NewProgress()
	m, err := study.NewMatch(study.MatchPairs(matchDeck()), study.MatchOptions{Pairs: 3, Now: clk.now})
	require.NoError(t, err)
	assert.False(t, p.AddMatchRound("m", m, clk.t), "a round not finished is no record")
	clk.advance(9 * time.Second)
	finishRound(m)
	edits := p.Edits()
	assert.True(t, p.AddMatchRound("m", m, clk.t))
	assert.Greater(t, p.Edits(), edits, "a store must save the record in full")

	data, err := json.Marshal(p)
	require.NoError(t, err)
	var back study.Progress
	require.NoError(t, json.Unmarshal(data, &back))
	b, ok := back.MatchRecords().Best("m", 3)
	require.True(t, ok)
	assert.Equal(t, 9*time.Second, b.Time())

	bad := []byte(`{"settings":{"new_per_day":20,"reviews_per_day":200,"desired_retention":0.9},"cards":{},"log":[],"match":{"decks":{"m":{"rounds":1,"best":[{"pairs":0,"time_ms":-5}]}}}}`)
	err = json.Unmarshal(bad, &back)
	require.Error(t, err)
	assert.Contains(t, err.Error(), `match deck "m"`)
}

func TestMatchDealLooksPastABlockingPair(t *testing.T) {
	// 東京都/府庁 clashes with both others (東京 is inside 東京都, 府 inside
	// 府庁); the two others fit together. A deal that takes it first
	// must try again rather than deal a board of one pair.
	pool := []study.MatchPair{
		{Left: "東京都", Right: "府庁"},
		{Left: "東京", Right: "首都"},
		{Left: "大阪", Right: "府"},
	}
	blocked := 0
	for seed := range uint64(100) {
		m, err := study.NewMatch(pool, study.MatchOptions{Pairs: 2, Seed: seed, Now: (&clock{t: t0}).now})
		require.NoError(t, err, "seed %d", seed)
		texts := []string{}
		for _, tile := range m.Tiles() {
			texts = append(texts, tile.Text)
		}
		assert.ElementsMatch(t, []string{"東京", "首都", "大阪", "府"}, texts, "seed %d", seed)
		if m.PlayAgain() != nil {
			blocked++
		}
	}
	assert.Zero(t, blocked)
}

// A tile dragged onto another is tried as a pair at once, whatever the
// student had selected by tapping before.
func TestMatchJoinByDrag(t *testing.T) {
	clk := &clock{t: t0}
	pool := []study.MatchPair{{Left: "FRB", Right: "米連邦準備制度理事会"}, {Left: "LNG", Right: "液化天然ガス"}, {Left: "WTO", Right: "世界貿易機関"}}
	m, err := study.NewMatch(pool, study.MatchOptions{Seed: 5, Now: clk.now})
	require.NoError(t, err)
	tiles := m.Tiles()

	assert.Equal(t, study.TapIgnored, m.Join(0, 0), "a tile dropped on itself")
	assert.Equal(t, study.TapIgnored, m.Join(0, -1), "a tile dropped off the board")
	_, ok := m.Selected()
	assert.False(t, ok)

	// Another tile was selected by a tap: the drag overrides it.
	assert.Equal(t, study.TapSelected, m.Select(partnerOf(tiles, 0)))
	assert.Equal(t, study.TapMistake, m.Join(0, strangerOf(tiles, 0)))
	assert.Equal(t, 1, m.Mistakes())
	first, second, _ := m.Last()
	assert.Equal(t, []int{0, strangerOf(tiles, 0)}, []int{first, second})

	assert.Equal(t, study.TapMatched, m.Join(partnerOf(tiles, 0), 0))
	assert.True(t, m.Tiles()[0].Matched)
	assert.Equal(t, study.TapIgnored, m.Join(0, 1), "a matched tile cannot be dragged")
	assert.Equal(t, study.TapIgnored, m.Join(strangerOf(m.Tiles(), 0), 0), "nor dropped on")

	for i := range tiles {
		if !m.Tiles()[i].Matched {
			m.Join(i, partnerOf(tiles, i))
		}
	}
	assert.True(t, m.Done())
	assert.Equal(t, study.TapIgnored, m.Join(0, partnerOf(tiles, 0)))
}
