package locale

// The quiz's result screen and the question asked before leaving a quiz
// with a typed answer.
var (
	QuizScore = Text{"得点", "Score"}
	// QuizTime is the time taken; %d are minutes and seconds.
	QuizTime       = Text{"かかった時間 %d分%02d秒", "Time %d:%02d"}
	QuizTimeShort  = Text{"かかった時間 %d秒", "Time %ds"}
	QuizBestStreak = Text{"最高 %d 問連続正解", "Best streak: %d in a row"}
	QuizMistakes   = Text{"間違えた問題", "Mistakes"}
	QuizNoMistakes = Text{"全問正解です", "All correct"}
	QuizRetry      = Text{"間違いをもう一度", "Retry mistakes"}
	QuizDone       = Text{"終わる", "Done"}

	QuizLeaveTitle = Text{"クイズをやめますか？", "Leave the quiz?"}
	QuizLeaveBody  = Text{"入力中の答えは消えます。", "The answer you typed will be lost."}
	QuizLeave      = Text{"やめる", "Leave"}
	QuizStay       = Text{"続ける", "Stay"}
)

func quizTexts() []Text {
	return []Text{QuizScore, QuizTime, QuizTimeShort, QuizBestStreak, QuizMistakes, QuizNoMistakes, QuizRetry, QuizDone,
		QuizLeaveTitle, QuizLeaveBody, QuizLeave, QuizStay}
}
