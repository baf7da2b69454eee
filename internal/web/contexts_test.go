package web

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"sitrep/internal/query"
)

// The page's context menu offers exactly the names the API accepts.
func TestContextsMatchQuery(t *testing.T) {
	Handler()
	js := string(def.assets["app.js"].data)
	i := strings.Index(js, "S.contexts = [")
	if i < 0 {
		t.Fatal("app.js has no S.contexts list")
	}
	list, _, ok := strings.Cut(js[i:], "];")
	if !ok {
		t.Fatal("app.js: S.contexts is not closed")
	}
	var got []string
	for _, m := range regexp.MustCompile(`"([a-z_]+)"`).FindAllStringSubmatch(list, -1) {
		got = append(got, m[1])
	}
	if want := query.Contexts(); !slices.Equal(got, want) {
		t.Errorf("app.js S.contexts = %q, want query.Contexts() %q", got, want)
	}
}
