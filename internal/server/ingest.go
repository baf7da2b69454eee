package server

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"net/http"
	"strings"

	"sitrep/internal/doc"
	"sitrep/internal/errs"
	"sitrep/internal/ingest"
)

// Analyzer turns a posted record into an analysed document (ingest then
// the pipeline). The cli supplies it, so the server does not pick stages.
type Analyzer func(ctx context.Context, rec ingest.Record) (*doc.Doc, error)

// Ingested is the answer of POST /v1/documents.
type Ingested struct {
	ID        string `json:"id"`
	Duplicate bool   `json:"duplicate"`
	Cluster   string `json:"cluster"`
	Events    int    `json:"events"`
}

// postDocument analyses and stores one document, posted as a JSON record
// ({"text" or "html", "published", "outlet", "url", "title", "id"}). It is
// routed only with AllowIngest and needs the bearer token.
func (s *Server) postDocument(w http.ResponseWriter, r *http.Request) {
	if !s.authorized(r) {
		w.Header().Set("WWW-Authenticate", `Bearer realm="sitrep"`)
		errorf(w, http.StatusUnauthorized, "missing or wrong bearer token (Authorization: Bearer <token>)")
		return
	}
	if ct := r.Header.Get("Content-Type"); ct != "" && !strings.HasPrefix(ct, "application/json") {
		errorf(w, http.StatusUnsupportedMediaType, "Content-Type %q: post a JSON object (application/json)", ct)
		return
	}
	var rec ingest.Record
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&rec); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			errorf(w, http.StatusRequestEntityTooLarge, "request body over the limit of %d bytes", mbe.Limit)
			return
		}
		errorf(w, http.StatusBadRequest, "body is not a JSON document record: %v", err)
		return
	}
	if strings.TrimSpace(rec.Text) == "" && strings.TrimSpace(rec.HTML) == "" {
		errorf(w, http.StatusBadRequest, "record has neither \"text\" nor \"html\"")
		return
	}
	if err := ingest.CheckPublished(rec.Published); err != nil {
		writeError(w, r, badParam("published", "%v", err))
		return
	}
	if s.opts.Analyze == nil {
		writeError(w, r, errs.Ef("ingest", errs.Other, "server started without an analyzer"))
		return
	}
	d, err := s.opts.Analyze(r.Context(), rec)
	if err != nil {
		storeErr(w, r, err)
		return
	}
	res, err := s.st.PutDoc(r.Context(), d, nil)
	if err != nil {
		storeErr(w, r, err)
		return
	}
	s.cache.clear()
	writeJSON(w, http.StatusCreated, Ingested{ID: res.ID, Duplicate: res.Duplicate, Cluster: res.Cluster, Events: len(d.Events)})
}

// authorized compares the bearer token in constant time.
func (s *Server) authorized(r *http.Request) bool {
	got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok || s.opts.Token == "" {
		return false
	}
	return subtle.ConstantTimeCompare([]byte(got), []byte(s.opts.Token)) == 1
}
