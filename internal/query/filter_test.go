package query

import (
	"net/url"
	"strings"
	"testing"

	"sitrep/internal/errs"
	"sitrep/internal/store"
)

func TestParseEventFilter(t *testing.T) {
	cases := []struct {
		q    string
		want store.EventFilter
	}{
		{"", store.EventFilter{}},
		{"actor=aze&code=191&from=2023-01-01&to=2023-12-31", store.EventFilter{Actor: "AZE", Code: "191", From: "2023-01-01", To: "2023-12-31"}},
		{"dyad=AZE,ARMCVL&quad=4", store.EventFilter{Source: "AZE", Target: "ARMCVL", Quad: 4}},
		{"code=19", store.EventFilter{Root: "19"}},
		{"root=4&code=042", store.EventFilter{Root: "04", Code: "042"}},
		{"quad=material-conflict&plover=assault", store.EventFilter{Quad: 4, Plover: "ASSAULT"}},
		{"context=humanitarian&location=Lachin+corridor&from=2023-09-01&to=2023-09-30",
			store.EventFilter{Context: "humanitarian", Location: "Lachin corridor", From: "2023-09-01", To: "2023-09-30"}},
		{"plover=aid&context=Human-Rights", store.EventFilter{Plover: "AID", Context: "human_rights"}},
		{"location=Lachin&doc=d1&reporter=Burhan+Heshmati", store.EventFilter{Location: "Lachin", DocID: "d1", ReportedBy: "Burhan Heshmati"}},
		{"dedup&include_negated=true&limit=5&offset=10", store.EventFilter{DedupClusters: true, IncludeNegated: true, Limit: 5, Offset: 10}},
	}
	for _, c := range cases {
		v, _ := url.ParseQuery(c.q)
		got, err := ParseEventFilter(v)
		if err != nil || got != c.want {
			t.Errorf("%q: got %+v, %v; want %+v", c.q, got, err, c.want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	cases := []struct{ kind, q, want string }{
		{"events", "from=2023-02-30", `from "2023-02-30": not a calendar date YYYY-MM-DD`},
		{"events", "to=17/08/2023", `to "17/08/2023": not a calendar date`},
		{"events", "from=2024-01-02&to=2024-01-01", "from 2024-01-02 is after to 2024-01-01"},
		{"events", "quad=5", `quad "5": unknown QuadClass`},
		{"events", "quad=war", `quad "war": unknown QuadClass`},
		{"events", "code=211", `code "211": not a CAMEO event code`},
		{"events", "code=19a", `code "19a": not a CAMEO event code`},
		{"events", "code=19111", `code "19111": not a CAMEO event code`},
		{"events", "root=00", `root "00": not a CAMEO root`},
		{"events", "code=191&root=18", "code 191 is not under root 18"},
		{"events", "code=19&root=18", "code 19 and root 18 contradict"},
		{"events", "actor=AZ", `actor "AZ": not a CAMEO actor code`},
		{"events", "actor=AZE1", `actor "AZE1": not a CAMEO actor code`},
		{"events", "dyad=AZE", `dyad "AZE": want SOURCE,TARGET`},
		{"events", "dyad=AZE,ARM&source=AZE", "without source or target"},
		{"events", "plover=FIGHTING", `plover "FIGHTING": unknown PLOVER event type`},
		{"events", "context=corridor", `context "corridor": unknown PLOVER context (want one of agriculture,`},
		{"timeline", "context=aid", `context "aid": unknown PLOVER context`},
		{"network", "context=HUMANITARIANS", `unknown PLOVER context`},
		{"events", "limit=-1", `limit "-1": want a whole number`},
		{"events", "limit=1000001", `limit "1000001": want a whole number from 0 to 100000`},
		{"events", "dedup=maybe", `dedup "maybe": want true or false`},
		{"events", "speaker=x", "query events: filter speaker does not apply (events take actor, source"},
		{"timeline", "bucket=month", `query timeline: bucket "month": want day or week`},
		{"timeline", "limit=3", "filter limit does not apply"},
		{"actors", "type=PERSON", `type "PERSON": unknown entity type`},
		{"figures", "category=killed!", `category "killed!": want one word`},
		{"figures", "actor=AZE", "query figures: filter actor does not apply"},
		{"quotes", "from=yesterday", `from "yesterday": not a calendar date`},
		{"search", "", "no search words"},
		{"wars", "", `unknown kind "wars" (want one of actors, docs, events, figures, network, quotes, search, timeline)`},
	}
	for _, c := range cases {
		v, _ := url.ParseQuery(c.q)
		_, err := Run(t.Context(), nil, c.kind, v)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s %q: error %v, want it to contain %q", c.kind, c.q, err, c.want)
			continue
		}
		if errs.KindOf(err) != errs.Usage {
			t.Errorf("%s %q: kind %d, want usage", c.kind, c.q, errs.KindOf(err))
		}
	}
}

func TestParseOthers(t *testing.T) {
	v, _ := url.ParseQuery("actor=igouno&name=United&type=org&from=2024-01-01&limit=7")
	af, err := ParseActorFilter(v)
	if err != nil || af != (store.ActorFilter{Actor: "IGOUNO", Name: "United", Type: "ORG", From: "2024-01-01", Limit: 7}) {
		t.Errorf("actors: %+v, %v", af, err)
	}
	v, _ = url.ParseQuery("speaker=Heshmati&words=corridor&doc=x&offset=2")
	qf, err := ParseQuoteFilter(v)
	if err != nil || qf != (store.QuoteFilter{Speaker: "Heshmati", Words: "corridor", DocID: "x", Offset: 2}) {
		t.Errorf("quotes: %+v, %v", qf, err)
	}
	v, _ = url.ParseQuery("category=Killed&about=civilians&unit=people")
	ff, err := ParseFigureFilter(v)
	if err != nil || ff != (store.FigureFilter{Category: "killed", About: "civilians", Unit: "people"}) {
		t.Errorf("figures: %+v, %v", ff, err)
	}
	v, _ = url.ParseQuery("outlet=Wire&cluster=c1&to=2024-12-31")
	df, err := ParseDocFilter(v)
	if err != nil || df != (store.DocFilter{Outlet: "Wire", Cluster: "c1", To: "2024-12-31"}) {
		t.Errorf("docs: %+v, %v", df, err)
	}
	v, _ = url.ParseQuery("words=%22Lachin+corridor%22&limit=3")
	q, n, err := ParseSearch(v)
	if err != nil || q != `"Lachin corridor"` || n != 3 {
		t.Errorf("search: %q %d %v", q, n, err)
	}
}

func FuzzParseEventFilter(f *testing.F) {
	for _, s := range []string{"actor=AZE&code=191", "dyad=A,B", "from=2023-01-01&to=2022-01-01", "quad=vconf&root=9", "limit=99999999999999999999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		v, err := url.ParseQuery(q)
		if err != nil {
			return
		}
		ef, err := ParseEventFilter(v)
		if err != nil {
			if errs.KindOf(err) != errs.Usage {
				t.Fatalf("error of kind %d: %v", errs.KindOf(err), err)
			}
			return
		}
		if ef.Quad < 0 || ef.Quad > 4 || ef.Limit < 0 || ef.Offset < 0 || ef.Limit > store.MaxLimit {
			t.Fatalf("out of range filter %+v from %q", ef, q)
		}
		if ef.Code != "" && (len(ef.Code) < 3 || ef.Root != "" && ef.Code[:2] != ef.Root) {
			t.Fatalf("bad code/root %+v from %q", ef, q)
		}
	})
}
