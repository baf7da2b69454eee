package sqldb

import (
	"reflect"
	"testing"
)

func TestMonthBlocks(t *testing.T) {
	tests := []struct {
		lo, hi             string
		years, plus, minus []string
	}{
		{"2024-03", "2024-03", nil, []string{"2024-03"}, nil},
		{"2024-01", "2024-12", []string{"2024"}, nil, nil},
		{"2024-02", "2024-07", nil, []string{"2024-02", "2024-03", "2024-04", "2024-05", "2024-06", "2024-07"}, nil},
		{"2024-01", "2024-10", []string{"2024"}, nil, []string{"2024-11", "2024-12"}},
		{"2023-11", "2025-02", []string{"2024"}, []string{"2023-11", "2023-12", "2025-01", "2025-02"}, nil},
		{"2023-03", "2024-11", []string{"2023", "2024"}, nil, []string{"2023-01", "2023-02", "2024-12"}},
	}
	for _, tc := range tests {
		y, p, m := monthBlocks(tc.lo, tc.hi)
		if !reflect.DeepEqual(y, tc.years) || !reflect.DeepEqual(p, tc.plus) || !reflect.DeepEqual(m, tc.minus) {
			t.Errorf("monthBlocks(%s, %s) = %v + %v - %v, want %v + %v - %v", tc.lo, tc.hi, y, p, m, tc.years, tc.plus, tc.minus)
		}
	}
}
