//go:build js

package main

import (
	"errors"
	"fmt"

	"factdeck/cards/deck"
)

const msgLinkFailed = "共有リンクのデッキを開けませんでした。"

// linkReasons says in Japanese what each deck.DecodeLink error means for
// the student holding the link.
var linkReasons = []struct {
	err    error
	reason string
}{
	{deck.ErrLinkTooLong, fmt.Sprintf("リンクが長すぎます（上限 %d 文字）。大きなデッキはファイルで配ってください。", deck.MaxLinkLen)},
	{deck.ErrLinkEncoding, "リンクに使えない文字が入っています。リンクが途中で書き換えられたおそれがあります。"},
	{deck.ErrLinkDamaged, "リンクのデータが壊れているか、途中で切れています。リンクを最後までコピーしたか、先生に確かめてください。"},
	{deck.ErrLinkTooLarge, "リンクのデータを展開すると大きすぎます。"},
	{deck.ErrLinkDeck, "リンクのデータは factdeck のデッキとして正しくありません。"},
}

// linkDeck decodes a deck shared by link.
func linkDeck(payload string) (*deck.Deck, error) {
	d, err := deck.DecodeLink(payload)
	if err == nil {
		return d, nil
	}
	reason := "リンクを読み取れませんでした。"
	for _, r := range linkReasons {
		if errors.Is(err, r.err) {
			reason = r.reason
			break
		}
	}
	return nil, &pageError{message: msgLinkFailed + reason, detail: err.Error()}
}
