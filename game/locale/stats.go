package locale

// The statistics screen.
var (
	StatsButton    = Text{"統計", "Stats"}
	StatsTitle     = Text{"統計", "Statistics"}
	StatsReviews   = Text{"この30日の答え（評価別）", "Answers over the last 30 days, by grade"}
	StatsDue       = Text{"これからの30日に復習するカード", "Cards due over the next 30 days"}
	StatsStates    = Text{"カードの状態", "Cards by state"}
	StatsRetention = Text{"定着率（復習で思い出せた割合）", "Retention (reviews passed)"}
	StatsYoung     = Text{"21日未満のカード", "Young"}
	StatsMature    = Text{"21日以上のカード", "Mature"}
	StatsDesired   = Text{"目標 %d%%", "Desired %d%%"}
	StatsNone      = Text{"まだありません", "none yet"}
	StatsNew       = Text{"新規", "New"}
	StatsLearning  = Text{"学習中", "Learning"}
	StatsSuspended = Text{"保留", "Suspended"}
	StatsTotal     = Text{"合計 %d", "%d in all"}
	StatsPeak      = Text{"最も多い日 %d", "Busiest day %d"}
	StatsToday     = Text{"今日", "Today"}
	StatsYesterday = Text{"前日", "Yesterday"}
	StatsWeek      = Text{"7日", "Week"}
	StatsMonth     = Text{"30日", "Month"}
	StatsYear      = Text{"1年", "Year"}
	StatsAllTime   = Text{"全期間", "All time"}
)

func statsTexts() []Text {
	return []Text{StatsButton, StatsTitle, StatsReviews, StatsDue, StatsStates, StatsRetention, StatsYoung, StatsMature,
		StatsDesired, StatsNone, StatsNew, StatsLearning, StatsSuspended, StatsTotal, StatsPeak,
		StatsToday, StatsYesterday, StatsWeek, StatsMonth, StatsYear, StatsAllTime}
}
