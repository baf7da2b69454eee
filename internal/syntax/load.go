package syntax

import (
	_ "embed"
	"sync"
)

// The committed model, produced by cmd/trainsyntax.
//
//go:embed model/syntax.bin
var modelData []byte

var (
	loadOnce  sync.Once
	loaded    *Model
	loadError error
)

// Load decodes the embedded model once; later calls share it (the Model
// is read-only and safe for concurrent use).
func Load() (*Model, error) {
	loadOnce.Do(func() {
		loaded, loadError = decodeModel(modelData, true)
	})
	return loaded, loadError
}
