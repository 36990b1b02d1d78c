package tense

import lex "github.com/copydesk/copydesk/checker/lexicon"

// The word tables the detector reads. Keys are lower case, as in
// text.Token.Lower; clitics use a straight apostrophe ("'ll", "n't").

// Modals: future ("will", "may"), present ("can") and conditional ("would",
// "could": future only in reported speech). "wo" and "ca" are the stems of
// "won't" and "can't".
var (
	modalsFuture      = []string{"will", "'ll", "shall", "wo", "may", "might", "must", "should", "ought"}
	modalsPresent     = []string{"can", "ca"}
	modalsConditional = []string{"would", "could"}
	futurePerfect     = []string{"will", "'ll", "shall", "wo"}
)

// Finite forms of "be", "have" and "do" ("'s" and "'d" are handled apart:
// they are often a possessive or "would").
var (
	bePresent   = []string{"am", "is", "are", "'m", "'re"}
	bePast      = []string{"was", "were"}
	havePresent = []string{"has", "have", "'ve"}
	havePast    = []string{"had"}
	doPresent   = []string{"do", "does"}
	doPast      = []string{"did"}
)

// auxAfter are the non-finite auxiliaries a verb group may hold after its
// first word: "will be held", "has been exploring", "would have gone".
var auxAfter = []string{"be", "been", "being", "have", "having", "get", "got", "gotten"}

// prospective words after "be" that make a group future: "is expected to",
// "was set to", "is due to", "are going to", "is about to".
var prospectiveAfterBe = []string{
	"expected", "set", "due", "scheduled", "slated", "poised", "likely",
	"unlikely", "going", "about", "supposed", "planning", "preparing", "hoping",
	"intending", "aiming", "planned", "invited", "bound", "certain", "sure",
	"expecting", "looking", "willing", "ready", "eager", "keen", "determined",
	"scheduled", "tipped", "tapped", "required", "obliged",
	"pencilled", "penciled", "booked", "timetabled",
}

// prospectiveNoTo are those that are future without a following "to":
// "is due Monday", "is scheduled for May", "is set for March", "is
// planned for June", "is pencilled in for November", "is booked for
// June", "is timetabled for spring".
var prospectiveNoTo = []string{"due", "scheduled", "slated", "planned", "pencilled", "penciled", "booked", "timetabled"}

// prospectiveVerbs take an infinitive of a later act: "plans to visit",
// "agreed to visit", "promised to attend", "invited him to visit".
var prospectiveVerbs = []string{
	"plan", "plans", "planned", "planning",
	"intend", "intends", "intended", "intending",
	"aim", "aims", "aimed", "aiming",
	"promise", "promises", "promised", "promising",
	"pledge", "pledges", "pledged", "pledging",
	"vow", "vows", "vowed", "vowing",
	"agree", "agrees", "agreed", "agreeing",
	"hope", "hopes", "hoped", "hoping",
	"expect", "expects", "expected", "expecting",
	"prepare", "prepares", "prepared", "preparing",
	"want", "wants", "wanted", "wanting",
	"threaten", "threatens", "threatened", "threatening",
	"offer", "offers", "offered", "offering",
	"decide", "decides", "decided", "deciding",
	"propose", "proposes", "proposed", "proposing",
	"invite", "invites", "invited", "inviting",
	"schedule", "schedules", "scheduled",
	"need", "needs", "needed",
	"set", "slated", "poised",
}

// scheduling verbs fix the time of another event: with a date after them
// ("planned a rally on Saturday", "postponed until Tuesday", "has set Nov.
// 10 as the deadline") the date may be that event's, so their groups tell
// nothing.
var scheduling = []string{
	"schedule", "schedules", "scheduled", "reschedule", "rescheduled",
	"plan", "plans", "planned", "set", "sets", "postpone", "postpones",
	"postponed", "delay", "delays", "delayed", "defer", "defers", "deferred",
	"booked",
}

// validity words attach a date to a thing rather than to an act: "a
// dividend payable Dec. 15", "effective Feb. 1", "debentures due 2011".
// Without an auxiliary before them they make a group that tells nothing.
var validity = []string{
	"payable", "effective", "due", "valid", "expiring", "maturing",
	"redeemable", "convertible", "exercisable",
}

// objectVerbs may put an object between themselves and the infinitive:
// "invited Putin to visit", "expects the bank to cut".
var objectVerbs = []string{
	"invite", "invites", "invited", "inviting",
	"expect", "expects", "expected", "expecting",
	"want", "wants", "wanted",
}

// prospectiveNouns take an infinitive of a later act: "invitation to visit",
// "plans to build", "a pledge to cut" (the lexicon's prospective nouns and
// their plurals), and "agreed", whose infinitive is as much ahead.
func prospectiveNouns() []string {
	out := []string{"agreed"}
	for _, w := range lex.Default().Words(lex.ProspectiveNouns) {
		out = append(out, w, w+"s")
	}
	return out
}

// reporting holds the words that introduce reported speech or a view,
// every form of the lexicon's verbs of saying and of thought and its
// reporting cues: a "would" after one is a future seen from the past ("said
// he would visit").
var reporting = func() []string {
	lx := lex.Default()
	var out []string
	for _, c := range []lex.Class{lex.SayingVerbs, lex.ThoughtVerbs} {
		for _, v := range lx.Words(c) {
			out = append(out, lx.Inflections(v)...)
		}
	}
	return append(out, lx.Words(lex.ReportingCues)...)
}()

// Irregular past forms: only a simple past ("went"), both simple past and
// participle ("held"), or only a participle ("gone", and forms like "cut"
// that equal the base form, trusted only after "has" or "was").
var (
	simplePast = []string{
		"went", "began", "took", "saw", "came", "gave", "ate", "drew", "drove",
		"flew", "forgot", "froze", "grew", "knew", "rode", "rose", "ran", "sang",
		"spoke", "stole", "swam", "threw", "woke", "wore", "wrote", "broke",
		"chose", "fell", "shook", "forbade", "became", "sank", "rang", "drank",
		"arose", "overcame", "undertook", "withdrew", "oversaw", "foresaw",
		"underwent", "bore", "tore", "swore", "bit", "forgave", "overtook",
		"mistook", "shrank", "strove", "beat", "hid", "blew", "overthrew",
	}
	pastBoth = []string{
		"held", "met", "said", "made", "led", "left", "told", "won", "brought",
		"bought", "built", "caught", "felt", "fought", "found", "heard", "kept",
		"lost", "meant", "paid", "sent", "sold", "spent", "stood", "taught",
		"thought", "understood", "sat", "slept", "shot", "struck", "hung", "fed",
		"fled", "dealt", "dug", "laid", "lent", "lit", "sought", "sped", "spun",
		"stuck", "stung", "swept", "swung", "wept", "wound", "upheld", "withheld",
		"overheard", "got", "bent", "bound", "bred", "clung", "crept", "fled",
		"forecast", "knelt", "leapt", "meant", "overran", "rebuilt", "retold",
		"slid", "spat", "spelt", "split", "sprang", "stank", "strode", "strung",
		"underwrote", "unwound", "withstood", "won", "ground", "resold",
	}
	participles = []string{
		"gone", "begun", "taken", "seen", "given", "eaten", "drawn", "driven",
		"flown", "forgotten", "frozen", "grown", "known", "ridden", "risen",
		"sung", "spoken", "stolen", "swum", "thrown", "woken", "worn", "written",
		"broken", "chosen", "fallen", "shaken", "done", "been", "born", "borne",
		"torn", "sworn", "hidden", "bitten", "undertaken", "withdrawn",
		"overseen", "proven", "shown", "mistaken", "forgiven", "overtaken",
		"shrunk", "sunk", "drunk", "rung", "blown", "overthrown", "beaten",
		"arisen", "forbidden", "striven", "foreseen", "become", "come", "run",
		"overcome",
	}
)

// notVerbEd are words in "-ed" that are not (usually) simple past verbs
// though the lexicon knows a verb of their form ("need", "based"); those
// it knows only as nouns or adjectives ("reed", "sacred") need no entry
// (see nounInEd).
var notVerbEd = []string{
	"need", "seed", "speed", "proceed", "succeed", "exceed", "indeed",
	"breed", "feed", "heed", "weed", "bed", "shed", "wed", "embed", "ragged",
	"alleged", "based", "related", "detailed", "advanced", "experienced",
	"interested", "concerned", "supposed", "dedicated", "sophisticated",
	"complicated", "armed", "limited", "united", "biased", "aged", "learned",
	"tired", "bored", "scared", "worried", "pleased", "excited", "qualified",
	"led", "embattled", "subordinated", "preferred", "secured", "diluted",
	"annualized",
}

// presentS are common verbs in the third-person present, trusted as verbs
// when a subject-like word stands before them.
var presentS = []string{
	"says", "comes", "goes", "remains", "expires", "includes", "begins",
	"seems", "appears", "believes", "thinks", "knows", "insists", "denies",
	"adds", "warns", "tells", "becomes", "follows", "faces", "continues",
	"wants", "expects", "meets", "takes", "makes", "gives", "opens", "closes",
	"stands", "lies", "owns", "happens", "means", "depends", "requires",
	"involves", "stays", "gets", "sees", "keeps", "holds", "argues", "claims",
	"suggests", "shows", "lives", "works", "serves", "leads", "plans",
	"hopes", "intends", "aims", "agrees", "vows", "promises", "pledges",
	"starts", "ends", "runs", "visits", "attends", "arrives", "leaves",
	"returns", "contains", "represents", "provides", "allows", "states",
	"hosts", "heads", "plays", "travels", "resumes", "votes", "gathers",
	"rallies", "competes", "debates", "launches",
}

// presentBase are common verbs in the plain present, trusted only after a
// pronoun, a plural noun or a name: "they say", "officials believe".
var presentBase = []string{
	"say", "believe", "expect", "remain", "continue", "hope", "plan", "want",
	"need", "think", "fear", "agree", "know", "seem", "appear", "insist",
	"argue", "warn", "claim", "deny", "meet", "hold", "face", "visit", "intend",
	"aim", "vow", "promise", "pledge", "support", "oppose", "include", "live",
	"work", "stay", "come", "go", "take", "make", "see", "tell", "feel", "attend",
	// schedule verbs of previews: "The Rangers host the Bruins on Saturday"
	"host", "head", "play", "travel", "resume", "open", "begin", "start",
	"return", "arrive", "leave", "vote", "gather", "rally", "compete", "debate",
	"launch",
}

// adverbs may stand inside a verb group: "will also attend", "had
// previously thanked", "did not go".
var adverbs = []string{
	"not", "n't", "also", "still", "now", "then", "soon", "later", "already",
	"never", "ever", "just", "only", "even", "previously", "again", "yet",
	"once", "first", "finally", "formally", "officially", "jointly",
	"reportedly", "recently", "likely", "probably", "initially", "originally",
	"eventually", "subsequently", "actually", "really", "further", "instead",
	"immediately", "quickly", "personally", "both", "all", "each", "almost",
	"nearly", "long", "since", "ultimately", "largely", "mostly", "partly",
	"early",
}

// notAdverbLy are words in "-ly" that are not adverbs.
var notAdverbLy = []string{
	"supply", "reply", "apply", "comply", "rely", "multiply", "family",
	"assembly", "anomaly", "monopoly", "rally", "ally", "italy", "july",
	"fly", "bully", "belly", "jelly", "holly", "folly", "lily", "imply",
	"ply", "sly", "only", "early", "likely", "unlikely", "friendly", "daily",
	"weekly", "monthly", "yearly", "quarterly", "costly", "elderly",
}

// determiners and other words before a noun: a past or present form after
// one is an adjective or a noun ("the proposed plan", "his visits").
var determiners = []string{
	"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "'s",
	"some", "any", "no", "every", "each", "many", "much", "few", "several",
	"such", "another", "other", "more", "most", "these", "those", "whose",
	"first", "second", "third", "last", "next", "new", "own", "very", "less",
	"well", "newly", "recently", "fully", "widely", "so", "too", "highly",
	"previously", "jointly", "hastily", "heavily", "an", "two", "three",
}

// prepositions: a past form after one is a participle ("with frozen
// assets", "of invited guests").
var prepositions = []string{
	"of", "in", "on", "at", "for", "with", "by", "from", "to", "into", "about",
	"over", "under", "after", "before", "during", "between", "among",
	"against", "without", "via", "per", "than", "like", "amid", "despite",
	"toward", "towards", "through", "across", "within", "upon", "including",
	"regarding", "as", "be", "being", "been", "is", "are", "was", "were",
	"until", "till", "since", "around", "near", "throughout", "beyond",
}

// pronouns that can be the subject of a plain present verb.
var subjectPronouns = []string{
	"i", "we", "you", "they", "who", "which", "that", "he", "she", "it",
	"this", "there", "one", "everyone", "nobody", "someone", "what",
}

// notInfinitive words cannot follow an infinitival "to": "to the", "to
// Moscow" (capitalised words are excluded apart).
var notInfinitive = []string{
	"the", "a", "an", "his", "her", "its", "their", "our", "my", "your",
	"this", "that", "these", "those", "some", "any", "no", "all", "both",
	"each", "every", "many", "much", "more", "most", "what", "which", "whom",
	"him", "them", "us", "me", "it", "date", "one", "two", "three",
	"negotiations", "talks", "power", "office", "war", "peace", "court",
	"school", "market", "home", "life", "death", "justice",
}

// notAfterTo are words read as no verb after "to", most after the causal
// "due to": "due to bad weather", "due to heavy rain".
var notAfterTo = []string{
	"bad", "heavy", "poor", "high", "low", "strong", "severe", "technical",
	"weather", "rain", "lack", "concerns", "security", "health", "illness",
	"safety", "financial", "personal", "political", "economic", "budget",
	"legal", "logistical", "unforeseen", "scheduling", "staffing", "labor",
	"labour", "lower", "higher", "rising", "falling", "increased", "reduced",
	"strikes", "snow", "fog", "flooding", "ongoing", "continued", "recent",
	"delays", "problems", "issues", "difficulties", "pressure", "demand",
	"competition", "costs", "losses", "growth", "declining", "weak",
}
