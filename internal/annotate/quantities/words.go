package quantities

// qualifiers before a figure, longest first within each first word. The
// value is what Quantity.Qualifier records.
var qualifiers = [][]string{
	{"more", "than"}, {"less", "than"}, {"fewer", "than"}, {"at", "least"}, {"at", "most"},
	{"up", "to"}, {"as", "many", "as"}, {"as", "much", "as"}, {"no", "fewer", "than"},
	{"an", "estimated"}, {"close", "to"}, {"in", "excess", "of"},
	{"about"}, {"around"}, {"approximately"}, {"roughly"}, {"nearly"}, {"almost"},
	{"some"}, {"over"}, {"under"}, {"estimated"}, {"only"}, {"just"}, {"barely"},
}

// function words end the noun phrase that says what a figure counts.
var function = set(`a an the of in on at to for from by with without into onto over under
and or but nor so yet as than that which who whom whose this these those there here
is are was were be been being have has had do does did will would shall should can could
may might must not no its their his her our your my it they he she we you i them him us
while when where whereas if because since until after before during per each every all
both either neither also just only still even more most less least some any such
against between among across through about around via amid within said says according
earlier later overnight today yesterday tomorrow ago alone respectively apiece`)

// pronounLike are the words after which a small spelled number refers to
// known things ("the two countries") instead of counting them.
var definite = set(`the these those both its their his her our your my whose which`)

// notCounted heads: "two sides" is a reference to the parties, not a figure.
var notCounted = set(`sides side parties party of another others`)

// docNumber precedes numbers that name a document, article or code.
var docNumber = set(`resolution resolutions no no. nos number article articles chapter section
paragraph page pages clause rule item flight route road highway line code grade level phase
category class model version room apartment building block gate sector division brigade
battalion regiment unit district zone platform channel act law decree order protocol
point points round`)

// timeOfDay follows numbers that are clock times, not counts.
var timeOfDay = set(`am pm a.m. p.m. a.m p.m gmt utc o'clock hrs h local`)

// months make a neighbouring number a day of the month.
var months = set(`january february march april may june july august september october
november december jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep.
sept sept. oct oct. nov nov. dec dec.`)

func set(s string) map[string]bool {
	m := map[string]bool{}
	w := ""
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' || s[i] == '\n' || s[i] == '\t' {
			if w != "" {
				m[w] = true
			}
			w = ""
			continue
		}
		w += string(s[i])
	}
	return m
}
