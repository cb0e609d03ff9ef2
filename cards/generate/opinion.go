package generate

import "regexp"

// advice ends a sentence in which the writer says what should be done
// (…を検討すべきである, …が求められます, …する必要がある): advice, which a
// card would teach as if it were a fact; so is what it calls the key
// (…をいかにアピールするかが鍵となるでしょう). Someone's reported advice
// (…すべきだと述べた) ends otherwise and stays a fact about that person.
var advice = regexp.MustCompile(`(?:べきである|べきだ|べきでしょう|が求められ(?:ます|る|ている|ています)|必要があ(?:る|ります)|必要です|必要となる|必要となります|不可欠です|不可欠である|欠かせない|欠かせません|鍵となる(?:でしょう)?|鍵を握る(?:でしょう)?)。?$`)

// isAdvice reports a sentence of the writer's advice.
func isAdvice(s string) bool { return advice.MatchString(s) }
