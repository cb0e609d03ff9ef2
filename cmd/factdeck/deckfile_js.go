//go:build js

package main

import (
	"errors"
	"fmt"
	"regexp"

	"factdeck/cards/deck"
)

// maxDeckFile bounds a deck file fetched with ?deck=: the built-in deck of
// about a hundred cards is under 100 kB.
const maxDeckFile = 16 << 20

// deckFileName is what ?deck= may name: a plain .json file beside
// index.html. No slashes, so no other directory, and no scheme, so no
// other site.
var deckFileName = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]{0,99}\.json$`)

// fileDeck fetches and decodes the deck file name.
func fileDeck(name string) (*deck.Deck, error) {
	msg := fmt.Sprintf("デッキファイル「%s」を開けませんでした。", name)
	if !deckFileName.MatchString(name) {
		return nil, &pageError{
			message: msg + "ファイル名に使えるのは英数字と . _ - だけで、.json で終わる、index.html と同じ場所のファイルです。",
			detail:  fmt.Sprintf("?deck=%q: not a plain .json file name", name),
		}
	}
	data, err := fetchBytes(name, maxDeckFile)
	if err != nil {
		return nil, &pageError{message: msg + fetchReason(err), detail: err.Error()}
	}
	d, err := deck.Decode(data)
	if err != nil {
		return nil, &pageError{message: msg + "ファイルの内容が factdeck のデッキとして正しくありません。", detail: err.Error()}
	}
	return d, nil
}

// fetchReason says in Japanese why fetchBytes failed.
func fetchReason(err error) string {
	var he *httpError
	switch {
	case errors.As(err, &he) && he.status == 404:
		return "ファイルが見つかりません（HTTP 404）。ファイル名を確かめてください。"
	case errors.As(err, &he):
		return fmt.Sprintf("サーバーがエラーを返しました（HTTP %d）。", he.status)
	case errors.Is(err, errTooLarge):
		return "ファイルが大きすぎます。"
	}
	return "ネットワークに接続できないか、読み込みが中断されました。"
}
