package syntax

import (
	_ "embed"
	"fmt"
	"os"
	"sync"
)

// The committed model, produced by cmd/trainsyntax.
//
//go:embed model/syntax.bin
var modelData []byte

// ModelEnv names the environment variable that replaces the embedded
// model with a model file, so that a retrained model (say one with parser
// feature set 2) can be tried on the whole pipeline and its tests before
// it is committed. Unset or empty: the embedded model.
const ModelEnv = "SITREP_SYNTAX_MODEL"

var (
	loadOnce  sync.Once
	loaded    *Model
	loadError error
)

// Load decodes the model once (the embedded one, or the file named by
// ModelEnv); later calls share it (the Model is read-only and safe for
// concurrent use).
func Load() (*Model, error) {
	loadOnce.Do(func() {
		loaded, loadError = loadFrom(os.Getenv(ModelEnv))
	})
	return loaded, loadError
}

// loadFrom decodes the model file at path, or the embedded model when
// path is empty.
func loadFrom(path string) (*Model, error) {
	if path == "" {
		return decodeModel(modelData, true)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("syntax model from $%s: %w", ModelEnv, err)
	}
	return decodeModel(raw, true)
}
