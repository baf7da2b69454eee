// Package errs gives errors a kind. Each kind maps to one exit code and one
// HTTP status, so the CLI and the server report failures the same way.
// Kinds are only ever added at the end.
package errs

import (
	"errors"
	"fmt"
	"net/http"
)

// Kind classifies an error.
type Kind int

// Kinds of error. Append only: the numbers are part of scripts' contracts.
const (
	Other    Kind = iota // unclassified failure
	Usage                // bad flags or arguments
	Invalid              // bad input data (binary, invalid UTF-8, malformed JSON)
	NotExist             // a named file, document or record does not exist
	IO                   // reading or writing failed
	Store                // the database failed
	TooLarge             // input over a size limit
)

// Error is an error with an operation, a kind and a cause.
type Error struct {
	Op   string // what was being done, e.g. "analyze report.html"
	Kind Kind
	Err  error
}

func (e *Error) Error() string {
	if e.Op == "" {
		return e.Err.Error()
	}
	return e.Op + ": " + e.Err.Error()
}

func (e *Error) Unwrap() error { return e.Err }

// E builds an error of a kind.
func E(op string, kind Kind, err error) error { return &Error{Op: op, Kind: kind, Err: err} }

// Ef builds an error of a kind from a format.
func Ef(op string, kind Kind, format string, args ...any) error {
	return &Error{Op: op, Kind: kind, Err: fmt.Errorf(format, args...)}
}

// KindOf returns the kind of the outermost classified error in the chain.
func KindOf(err error) Kind {
	var e *Error
	if errors.As(err, &e) {
		return e.Kind
	}
	return Other
}

// ExitCode maps an error to the process exit code: 0 ok, 1 failure,
// 2 bad usage.
func ExitCode(err error) int {
	switch {
	case err == nil:
		return 0
	case KindOf(err) == Usage:
		return 2
	}
	return 1
}

// HTTPStatus maps an error to an HTTP status.
func HTTPStatus(err error) int {
	switch KindOf(err) {
	case Usage, Invalid:
		return http.StatusBadRequest
	case NotExist:
		return http.StatusNotFound
	case TooLarge:
		return http.StatusRequestEntityTooLarge
	}
	return http.StatusInternalServerError
}
