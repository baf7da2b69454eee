package server

import (
	_ "embed"
	"net/http"
)

// openapiJSON describes every route of the API (OpenAPI 3). It is written
// by hand and openapi_test.go checks it against the routes.
//
//go:embed openapi.json
var openapiJSON []byte

func (s *Server) openAPI(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	_, _ = w.Write(openapiJSON)
}
