package events

import (
	"slices"
	"strings"
	"testing"
)

func TestObjClasses(t *testing.T) {
	m, err := parseObjClasses("# c\n@a x|y\n@b @a|z\n")
	if err != nil || !slices.Equal(m["@b"], []string{"x", "y", "z"}) {
		t.Fatalf("got %v %v", m, err)
	}
	if _, err := parseObjClasses("@a x\n@a y\n"); err == nil || !strings.Contains(err.Error(), "defined twice") {
		t.Errorf("a class defined twice: err = %v", err)
	}
	if _, err := parseObjClasses("@b @a|z\n"); err == nil {
		t.Error("a class used before its definition must fail")
	}
	if _, err := expandObj([]string{"@nosuch"}); err == nil {
		t.Error("an unknown class must fail")
	}
	got, err := expandObj([]string{"power", "@relation"})
	if err != nil || !slices.Contains(got, "power") || !slices.Contains(got, "tie") {
		t.Errorf("expandObj = %v %v", got, err)
	}
	if objClassErr != nil {
		t.Fatal(objClassErr)
	}
}
