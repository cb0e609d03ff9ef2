package extract

import (
	"unicode/utf8"

	"factdeck/cards/deck"
)

// reasonFacts records why the sentence says something happened, as
// relations: the purpose of a measure ("…の流入を阻止するため、…大統領令を
// 発令した" → …の流入を阻止するため), a cause named as
// such ("バイデン政権への不満がトランプ氏勝利の大きな要因であり"), a stated
// ground (国家安全保障を理由とする輸入制限), what bears the brunt
// ("自動車を中心に大きな打撃を受ける"), and what holds for the other side
// of a contrast ("…を負う一方で、…の義務は明文化されていない").
func (r *reading) reasonFacts() {
	t := r.toks
	for k := 1; k < len(t); k++ {
		switch t[k].Surface {
		case "ため":
			if !r.purpose(k) {
				r.stateReason(k, k+1)
			}
		case "により", "より", "結果":
			// "この判決により、…は一時的に停止されている", "その結果、…は…"
			if (t[k].Surface != "より" || t[k-1].is("に")) && k+1 < len(t) && t[k+1].comma() {
				r.outcome(k + 2)
			}
		case "こと":
			if k+1 < len(t) && t[k+1].Surface == "から" && k+2 < len(t) && t[k+2].comma() {
				r.stateReason(k, k) // …を上回ったことから、: the clause is the cause
			}
		case "要因", "原因", "理由":
			if t[k-1].is("を") {
				r.ground(k)
			} else {
				r.cause(k)
			}
		case "一方":
			// "アメリカは…を負う一方で、日本の…義務は明文化されていない":
			// what holds for the other side is the contrast's point.
			if k > 2 && k+2 < len(t) && t[k+1].Surface == "で" && t[k+2].comma() {
				r.outcome(k + 3)
			}
		case "中心":
			if k+1 < len(t) && t[k+1].is("に") && t[k-1].is("を") {
				r.focus(k)
			}
		}
	}
}

// purpose reads "Vするため": the clause up to ため is the answer (its object
// alone when the clause is too long), the topic of the sentence who acts.
// It reports whether it found one.
func (r *reading) purpose(k int) bool {
	t := r.toks
	if !t[k].dependent() || !(t[k-1].verb() || t[k-1].aux()) || k+1 < len(t) && t[k+1].Surface == "の" || inQuote(t, k) {
		return false
	}
	v := clauseHead(t, k)
	if v < 0 {
		return false
	}
	for _, a := range r.arguments(v) {
		if a.particle != "を" && a.particle != "に" {
			continue
		}
		a = r.unquote(a)
		if !r.answerable(a.a, a.b) {
			return false
		}
		f := Fact{Predicate: r.text[t[a.p].End:t[k].End], Subject: r.nearestTopic(a.a)}
		// "何のためか" is answered by the whole purpose, with the words
		// before its object when they fit (酸素の少ない環境で鉄を酸化させ
		// てエネルギーを得るため), else from its object.
		for _, start := range []int{min(a.a, r.reasonStart(k, k+1)), a.a} {
			if utf8.RuneCountInString(r.spanText(start, k+1)) <= maxKeyRunes {
				f.Predicate = ""
				r.addTokens(deck.KindRelation, start, k+1, f)
				return true
			}
		}
		r.addTokens(deck.KindRelation, a.a, a.b, f)
		return true
	}
	return false
}

// cause reads "XがYの(大きな)要因": X is the answer, Y what it caused.
func (r *reading) cause(k int) {
	t := r.toks
	j := k - 1
	for j > 0 && (t[j].adnominal() || t[j].adj() || t[j].aux() && t[j].Surface == "な" || t[j].nounStem()) {
		j--
	}
	if j < 1 || t[j].Surface != "の" {
		return
	}
	ya := phraseBefore(t, j, phraseOpts{})
	if ya < 2 || !(t[ya-1].is("が") || t[ya-1].is("は")) {
		return
	}
	xa := phraseBefore(t, ya-1, phraseOpts{})
	if xa < 0 || !r.answerable(xa, ya-1) {
		return
	}
	f := Fact{Predicate: t[k].Surface, Subject: r.spanText(ya, j)}
	if j+1 < k {
		f.Predicate = r.spanText(j+1, k+1) // 大きな要因
	}
	r.addTokens(deck.KindRelation, xa, ya-1, f)
}

// ground reads "Xを理由とする Y" and "Xを理由に": X is the answer.
func (r *reading) ground(k int) {
	t := r.toks
	xa := phraseBefore(t, k-1, phraseOpts{})
	if xa < 0 || !r.answerable(xa, k-1) || k+1 >= len(t) {
		return
	}
	end := k + 1
	if t[end].is("と") && end+1 < len(t) && t[end+1].Base == "する" {
		end = verbEnd(t, end+1)
	} else if t[end].is("に") {
		end++
	} else {
		return
	}
	f := Fact{Predicate: r.spanText(k, end)}
	if end < len(t) && contentNoun(t[end]) {
		f.Subject = r.spanText(end, phraseForward(t, end))
	} else {
		f.Subject = r.nearestTopic(xa)
	}
	r.addTokens(deck.KindRelation, xa, k-1, f)
}

// focus reads "Xを中心にY": X is the answer, Y up to its verb the predicate.
func (r *reading) focus(k int) {
	t := r.toks
	xa := phraseBefore(t, k-1, phraseOpts{})
	if xa < 0 || !r.answerable(xa, k-1) {
		return
	}
	for v := k + 2; v < len(t) && v < k+8; v++ {
		if t[v].comma() || t[v].period() {
			return
		}
		if t[v].verb() && t[v].POS[1] == "自立" {
			e := verbEnd(t, v)
			e = r.modalEnd(e)
			r.addTokens(deck.KindRelation, xa, k-1, Fact{Predicate: r.text[t[k+1].End:t[e-1].End]})
			return
		}
	}
}

// modalEnd extends a verb phrase ending at token e over a modal that
// follows it (可能性がある), so that a predicate says no more than the text.
func (r *reading) modalEnd(e int) int {
	t := r.toks
	if e+2 < len(t) && t[e].Surface == "可能" && t[e+1].Surface == "性" {
		k := e + 2
		for k < len(t) && !t[k].comma() && !t[k].period() && k < e+6 {
			k++
		}
		return k
	}
	return e
}

// stateReason reads a reason stated as a clause, not as a purpose: "トラン
// プ氏はIPEFに否定的であるため、…", "…総得票数でもハリス候補を上回ったこと
// から、…". The answer is the clause from the sentence's last comma or
// topic before it up to token k (end: past ため, or k for ことから).
func (r *reading) stateReason(k, end int) {
	t := r.toks
	if k < 2 || !(t[k-1].verb() || t[k-1].aux() || t[k-1].adj()) || inQuote(t, k) {
		return // 厳しいため: a state is a reason too
	}
	start := r.reasonStart(k, end)
	if end-start < 3 || utf8.RuneCountInString(r.spanText(start, end)) > maxKeyRunes || pointsElsewhere(t, start, end) {
		return
	}
	r.addTokens(deck.KindRelation, start, end, Fact{Subject: r.nearestTopic(start)})
}

// outcome reads what a sentence says came of something ("この判決により、
// USAIDの解体プロセスは一時的に停止されている"): from token k, past the
// topic (…は or …が) of the clause, the answer runs to the end of its
// predicate, before a bracket, comma or conjunction.
func (r *reading) outcome(k int) {
	t := r.toks
	topic := -1
	for j := k; j < len(t) && !t[j].comma() && !t[j].period(); j++ {
		if (t[j].is("は") || t[j].is("が")) && t[j].particle() {
			topic = j
			break
		}
	}
	if topic < 0 {
		return
	}
	start, end := topic+1, topic+1
	for end < len(t) && !t[end].comma() && !t[end].period() && !t[end].symbol() && !(t[end].particle() && t[end].POS[1] == "接続助詞" && t[end].Surface != "て") {
		end++
	}
	if end-start < 2 || !(t[end-1].verb() || t[end-1].aux()) || utf8.RuneCountInString(r.spanText(start, end)) > maxKeyRunes {
		return
	}
	r.addTokens(deck.KindRelation, start, end, Fact{Subject: r.spanText(k, topic)})
}

// reasonStart returns where a reason or purpose clause ending before token
// k begins: after the sentence's topic (…は) or the comma before the
// clause. A comma after a continuative (高まり、 / 多く、 / 加え、) joins
// two reasons, and the clause goes on before it. The topic belongs to
// the clause when the sentence's main clause, after end, has a topic of
// its own (運休中は…かかったことから、利用者数は…減った).
func (r *reading) reasonStart(k, end int) int {
	t := r.toks
	ownTopic := r.mainTopic(end)
	start := k - 1
	for start > 0 {
		p := t[start-1]
		if p.comma() {
			if start < 2 || !continuative(t[start-2]) {
				break
			}
		} else if p.is("は") && !ownTopic {
			break
		}
		start--
	}
	for start < k-1 && t[start].adnominal() {
		start++ // こうした「買い物弱者」を支えるため: the answer leans on nothing
	}
	return start
}

// continuative reports a word that leaves its clause open before a comma:
// a conjugated verb or adjective (高まり, 多く, 加え) or the て of a verb.
func continuative(t token) bool {
	return (t.verb() || t.adj()) && t.Surface != t.Base || t.particle() && (t.Surface == "て" || t.Surface == "で") && t.POS[1] == "接続助詞"
}

// mainTopic reports a topic (…は after a noun) in the clause after the
// comma that follows token end.
func (r *reading) mainTopic(end int) bool {
	t := r.toks
	j := end
	for j < len(t) && !t[j].comma() && !t[j].period() {
		j++ // past から of ことから
	}
	for j++; j < len(t) && !t[j].comma() && !t[j].period(); j++ {
		if t[j].is("は") && j > 0 && t[j-1].noun() {
			return true
		}
	}
	return false
}
