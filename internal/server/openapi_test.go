package server

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"sitrep/internal/query"
)

// Every route is described in openapi.json with its method, and every
// described path is a route.
func TestOpenAPICoversRoutes(t *testing.T) {
	var spec struct {
		OpenAPI string                                `json:"openapi"`
		Paths   map[string]map[string]json.RawMessage `json:"paths"`
	}
	if err := json.Unmarshal(openapiJSON, &spec); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	if !strings.HasPrefix(spec.OpenAPI, "3.") {
		t.Errorf("openapi version %q, want 3.x", spec.OpenAPI)
	}
	s := New(openFixtures(t, nil), Options{AllowIngest: true, Token: "0123456789abcdef"})
	routes := map[string]bool{}
	for _, r := range s.Routes() {
		method, path, _ := strings.Cut(r, " ")
		routes[strings.ToLower(method)+" "+path] = true
		if _, ok := spec.Paths[path][strings.ToLower(method)]; !ok {
			t.Errorf("route %s is not in openapi.json", r)
		}
	}
	for path, ops := range spec.Paths {
		for method := range ops {
			if !routes[method+" "+path] {
				t.Errorf("openapi.json describes %s %s, which is no route", method, path)
			}
		}
	}
}

// The context parameter lists exactly the names the filter accepts.
func TestOpenAPIContexts(t *testing.T) {
	var spec struct {
		Components struct {
			Parameters map[string]struct {
				Schema struct {
					Enum []string `json:"enum"`
				} `json:"schema"`
			} `json:"parameters"`
		} `json:"components"`
	}
	if err := json.Unmarshal(openapiJSON, &spec); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	got := spec.Components.Parameters["context"].Schema.Enum
	if want := query.Contexts(); !slices.Equal(got, want) {
		t.Errorf("openapi.json context enum = %q, want %q", got, want)
	}
}
