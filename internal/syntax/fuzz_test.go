package syntax

import "testing"

// FuzzReadModel: a damaged model file must give an error, never a panic
// or a model that indexes out of range.
func FuzzReadModel(f *testing.F) {
	f.Add(modelData[:64])
	f.Add(modelData[:len(magic)+40])
	f.Add([]byte(magic))
	f.Add([]byte{0x1f, 0x8b, 0, 0})
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := decodeModel(b, false)
		if err == nil {
			m.Analyze([]string{"A", "test", "."})
		}
	})
}
