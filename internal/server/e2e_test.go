package server

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"sitrep/internal/doc"
	"sitrep/internal/ingest"
	"sitrep/internal/pipeline"
)

// The end-to-end tests drive the page in a real headless Chromium
// (Debian's chromium package) against the real handler on a test corpus:
// the hand-made fixtures, whose events feed the charts, plus the founding
// example analysed by the default pipeline, for the document view.

const foundingID = "000_62c6e2fd3fdcd93e"

func chromiumPath(t *testing.T) string {
	for _, p := range []string{"chromium", "chromium-browser"} {
		if path, err := exec.LookPath(p); err == nil {
			return path
		}
	}
	t.Skip("e2e: chromium is not installed (apt-get install -y chromium); skipping browser tests")
	return ""
}

// foundingDoc analyses ../shared/seeds/000_62c6e2fd3fdcd93e.txt, or
// returns nil when ../shared is absent.
func foundingDoc(t *testing.T) *doc.Doc {
	data, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "seeds", foundingID+".txt"))
	if err != nil {
		return nil
	}
	d, err := ingest.FromBytes(foundingID, data, ingest.Text, ingest.Meta{ID: foundingID, Published: "2023-08-17", Outlet: "Alwaght"})
	if err != nil {
		t.Fatal(err)
	}
	reg, err := pipeline.Default()
	if err != nil {
		t.Fatal(err)
	}
	if err := reg.Run(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	return d
}

// browser starts Chromium with a fresh profile and collects the console.
func browser(t *testing.T) (context.Context, func() []chromedp.ConsoleMessage) {
	opts := []chromedp.ExecAllocatorOption{chromedp.ExecPath(chromiumPath(t)), chromedp.Headless, chromedp.NoSandbox,
		chromedp.DisableGPU, chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(1400, 1000)}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelC := chromedp.NewContext(actx)
	ctx, cancelT := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(func() { cancelT(); cancelC(); cancelA() })
	if err := chromedp.Do(ctx); err != nil { // start the browser
		t.Fatalf("start chromium: %v", err)
	}
	var mu sync.Mutex
	var msgs []chromedp.ConsoleMessage
	console := chromedp.Console(ctx)
	go func() {
		for m, err := range console {
			if err != nil {
				return
			}
			mu.Lock()
			msgs = append(msgs, m)
			mu.Unlock()
		}
	}()
	return ctx, func() []chromedp.ConsoleMessage {
		mu.Lock()
		defer mu.Unlock()
		return append([]chromedp.ConsoleMessage(nil), msgs...)
	}
}

func artifact(t *testing.T, name string, png []byte) {
	dir := filepath.Join("..", "..", "artifacts")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Logf("no artefact %s: %v", name, err)
		return
	}
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, png, 0o644); err != nil {
		t.Logf("no artefact %s: %v", name, err)
		return
	}
	t.Logf("screenshot: %s", p)
}

// apiCount asks the API the same question as the page, so the test checks
// that the page shows the corpus's data rather than numbers written here.
func apiCount(t *testing.T, base, path, field string) int {
	res, err := http.Get(base + path)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var m map[string]json.RawMessage
	if err := json.NewDecoder(res.Body).Decode(&m); err != nil {
		t.Fatal(err)
	}
	var xs []json.RawMessage
	_ = json.Unmarshal(m[field], &xs)
	return len(xs)
}

func eval[T any](t *testing.T, ctx context.Context, js string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js))
	if err != nil {
		t.Fatalf("evaluate %s: %v", js, err)
	}
	return v
}

func waitJS(t *testing.T, ctx context.Context, js string) {
	t.Helper()
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](js, chromedp.WithPollingTimeout(20*time.Second))); err != nil {
		t.Fatalf("waiting for %s: %v", js, err)
	}
}

func TestE2E(t *testing.T) {
	docs := fixtures()
	founding := foundingDoc(t)
	if founding != nil {
		docs = append(docs, founding)
	}
	ts := httptest.NewServer(New(openFixtures(t, docs), Options{}).Handler())
	defer ts.Close()
	ctx, console := browser(t)

	if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/")); err != nil {
		t.Fatal(err)
	}
	waitJS(t, ctx, `Number(document.body.dataset.ready || 0) >= 1`)
	checkViews(t, ctx, ts.URL, "")
	before := eval[int](t, ctx, `document.querySelectorAll("#events li").length`)
	if png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100)); err == nil {
		artifact(t, "e2e-overview.png", png)
	}

	// A filter narrows every view.
	err := chromedp.Do(ctx, chromedp.SetValue(`select[name=quad]`, "1"), chromedp.Click(`#filters button[type=submit]`))
	if err != nil {
		t.Fatal(err)
	}
	waitJS(t, ctx, `Number(document.body.dataset.ready) >= 2`)
	checkViews(t, ctx, ts.URL, "quad=1")
	if after := eval[int](t, ctx, `document.querySelectorAll("#events li").length`); after >= before {
		t.Errorf("quad=1 did not narrow the events: %d before, %d after", before, after)
	}
	if png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100)); err == nil {
		artifact(t, "e2e-filtered.png", png)
	}

	// The PLOVER context filter narrows every view too, and the event
	// list tags each event with its contexts; a tag selects its context.
	err = chromedp.Do(ctx, chromedp.SetValue(`select[name=quad]`, ""), chromedp.SetValue(`select[name=context]`, "territory"),
		chromedp.Click(`#filters button[type=submit]`))
	if err != nil {
		t.Fatal(err)
	}
	waitJS(t, ctx, `Number(document.body.dataset.ready) >= 3`)
	checkViews(t, ctx, ts.URL, "context=territory")
	tagged := eval[int](t, ctx, `[...document.querySelectorAll("#events li")].filter(li =>
		[...li.querySelectorAll(".ctx")].some(b => b.textContent === "territory")).length`)
	if want := apiCount(t, ts.URL, "/v1/events?limit=50&context=territory", "items"); tagged != want || want == 0 {
		t.Errorf("context=territory: %d events tagged territory in the list, API has %d", tagged, want)
	}
	if !eval[bool](t, ctx, `(() => { const b = [...document.querySelectorAll("#events .ctx")].find(b => b.textContent === "humanitarian");
		if (b) b.click(); return !!b; })()`) {
		t.Fatal("no humanitarian tag in the event list")
	}
	waitJS(t, ctx, `Number(document.body.dataset.ready) >= 4`)
	if v := eval[string](t, ctx, `document.querySelector("select[name=context]").value`); v != "humanitarian" {
		t.Errorf("clicking the humanitarian tag set the context filter to %q", v)
	}
	checkViews(t, ctx, ts.URL, "context=humanitarian")
	if png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100)); err == nil {
		artifact(t, "e2e-context.png", png)
	}

	// Markup in an article and its title is shown as text, never run.
	if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/#doc=c3")); err != nil {
		t.Fatal(err)
	}
	waitJS(t, ctx, `document.getElementById("doc-text").dataset.loaded === "c3" && Number(document.body.dataset.ready || 0) >= 1`)
	if p := eval[bool](t, ctx, `window.__pwned !== undefined`); p {
		t.Errorf("script in an article ran")
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("#doc-text b, #doc-text script, #doc-text img, #documents img").length`); n != 0 {
		t.Errorf("article markup became %d elements", n)
	}
	if txt := eval[string](t, ctx, `document.getElementById("doc-text").textContent`); !strings.Contains(txt, "<script>window.__pwned=1</script>") {
		t.Errorf("article text not shown verbatim: %q", txt)
	}

	if founding == nil {
		t.Log("e2e: ../shared/seeds/" + foundingID + ".txt is absent; skipping the founding example's document view")
	} else {
		checkFounding(t, ctx, ts.URL)
	}

	for _, m := range console() {
		if m.Type == "error" || m.IsException() {
			t.Errorf("console: %s", m)
		}
	}
}

// checkViews compares what the page drew with what the API returns for the
// same filters.
func checkViews(t *testing.T, ctx context.Context, base, q string) {
	t.Helper()
	// With no date range the page buckets by week.
	buckets := apiCount(t, base, "/v1/timeline?bucket=week&"+q, "rows")
	nodes := apiCount(t, base, "/v1/network?limit=80&"+q, "nodes")
	points := apiCount(t, base, "/v1/map?"+q, "points")
	if buckets == 0 || nodes == 0 || points == 0 {
		t.Fatalf("test corpus gives no data for %q: %d buckets, %d nodes, %d points", q, buckets, nodes, points)
	}
	if got := eval[string](t, ctx, `document.getElementById("timeline").dataset.buckets`); got != itoa(buckets) {
		t.Errorf("%s: timeline shows %s buckets, API has %d", q, got, buckets)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("#timeline rect.bar").length`); n == 0 {
		t.Errorf("%s: timeline has no bars", q)
	}
	if got := eval[int](t, ctx, `window.sitrep.cy ? window.sitrep.cy.nodes().length : -1`); got != nodes {
		t.Errorf("%s: network shows %d nodes, API has %d", q, got, nodes)
	}
	waitJS(t, ctx, `document.getElementById("map").dataset.points !== undefined`)
	if got := eval[int](t, ctx, `document.querySelectorAll("#map circle.place").length`); got != points {
		t.Errorf("%s: map shows %d places, API has %d", q, got, points)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("#map path.country").length`); n < 100 {
		t.Errorf("%s: map draws %d countries", q, n)
	}
}

func checkFounding(t *testing.T, ctx context.Context, base string) {
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/#doc="+foundingID)); err != nil {
		t.Fatal(err)
	}
	waitJS(t, ctx, `document.getElementById("doc-text").dataset.loaded === "`+foundingID+`"`)
	ents := eval[string](t, ctx, `[...document.querySelectorAll("#doc-text span.ent")].map(e => e.textContent).join("|")`)
	for _, want := range []string{"Azerbaijan", "Aliyev", "Pashinyan"} {
		if !strings.Contains(ents, want) {
			t.Errorf("document view does not highlight entity %s; highlighted: %.300s", want, ents)
		}
	}
	answers := eval[[]string](t, ctx, `[...document.querySelectorAll("#doc-text p.qa-answer")].map(p => p.dataset.speaker)`)
	if len(answers) == 0 {
		t.Errorf("document view shows no interview answers")
	}
	for _, s := range answers {
		if s != "Burhan Heshmati" {
			t.Errorf("an answer is attributed to %q, want Burhan Heshmati", s)
		}
	}
	labels := eval[string](t, ctx, `[...document.querySelectorAll("#doc-text p.qa-answer .speaker")].map(e => e.textContent).join("|")`)
	if !strings.Contains(labels, "Burhan Heshmati") {
		t.Errorf("answer labels %q do not name Burhan Heshmati", labels)
	}
	// The hover card explains an annotation.
	if err := chromedp.Do(ctx, chromedp.ScrollIntoView(`#doc-text span.ent`)); err == nil {
		box, err := chromedp.Run(ctx, chromedp.Dimensions(`#doc-text span.ent`))
		if err == nil && len(box.Content) >= 2 {
			_ = chromedp.Do(ctx, chromedp.MouseEvent("mouseMoved", box.Content[0]+2, box.Content[1]+2))
			waitJS(t, ctx, `!document.getElementById("card").hidden`)
			if txt := eval[string](t, ctx, `document.getElementById("card").textContent`); !strings.Contains(txt, "actor code") {
				t.Errorf("hover card %q lacks the actor code", txt)
			}
		}
	}
	if png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100)); err == nil {
		artifact(t, "e2e-document.png", png)
	}
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}
