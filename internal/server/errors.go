package server

import (
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"

	"sitrep/internal/errs"
)

// apiError is the body of every failed API call, so that clients can rely
// on one shape: {"error": {"status": 400, "message": "..."}}.
type apiError struct {
	Error struct {
		Status  int    `json:"status"`
		Message string `json:"message"`
		Param   string `json:"param,omitempty"` // the offending query parameter
	} `json:"error"`
}

// paramError is a bad query parameter: always a 400 naming the parameter.
type paramError struct {
	Param, Msg string
}

func (e *paramError) Error() string { return fmt.Sprintf("parameter %q: %s", e.Param, e.Msg) }

func badParam(param, format string, args ...any) error {
	return &paramError{Param: param, Msg: fmt.Sprintf(format, args...)}
}

// writeError maps err to its HTTP status (errs.HTTPStatus) and writes it as
// JSON. Internal failures are logged in full but answered with a generic
// message, so database details never leak to clients.
func writeError(w http.ResponseWriter, r *http.Request, err error) {
	var body apiError
	var pe *paramError
	status := errs.HTTPStatus(err)
	msg := err.Error()
	if errors.As(err, &pe) {
		status, body.Error.Param = http.StatusBadRequest, pe.Param
	}
	if status >= 500 {
		slog.Error("api", "method", r.Method, "path", r.URL.Path, "err", err)
		msg = "internal error: the request failed on the server (see the server log)"
	}
	body.Error.Status, body.Error.Message = status, msg
	writeJSON(w, status, body)
}

// errorf writes an error with an explicit status.
func errorf(w http.ResponseWriter, status int, format string, args ...any) {
	var body apiError
	body.Error.Status, body.Error.Message = status, fmt.Sprintf(format, args...)
	writeJSON(w, status, body)
}

// writeJSON writes v with the status. HTML escaping stays on: the JSON may
// end up in a page, and "<" escaped as \u003c is still valid JSON.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}
