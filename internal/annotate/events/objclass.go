package events

import (
	_ "embed"
	"fmt"
	"strings"
)

// Object classes: table.txt may list "obj=@territory|enclave", where
// @territory names a class of object lemmas defined once in
// objclass.txt (the semantic class a CAMEO code's act takes, such as
// the persons a government hands over or the ties it suspends).

//go:embed objclass.txt
var objClassText string

// objClasses maps a class name ("@territory") to its lemmas, or is nil
// when objclass.txt does not parse (parseObjClasses reports why).
var objClasses, objClassErr = parseObjClasses(objClassText)

func parseObjClasses(src string) (map[string][]string, error) {
	m := map[string][]string{}
	for n, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Fields(line)
		if len(f) != 2 || !strings.HasPrefix(f[0], "@") {
			return nil, fmt.Errorf("events: objclass.txt:%d: want @NAME a|b, got %q", n+1, line)
		}
		if _, dup := m[f[0]]; dup {
			return nil, fmt.Errorf("events: objclass.txt:%d: class %s defined twice", n+1, f[0])
		}
		var ls []string
		for _, w := range strings.Split(f[1], "|") {
			if strings.HasPrefix(w, "@") {
				sub, ok := m[w]
				if !ok {
					return nil, fmt.Errorf("events: objclass.txt:%d: class %s used before it is defined", n+1, w)
				}
				ls = append(ls, sub...)
				continue
			}
			ls = append(ls, w)
		}
		m[f[0]] = ls
	}
	return m, nil
}

// expandObj replaces the @class entries of an obj= list by their lemmas.
func expandObj(list []string) ([]string, error) {
	if objClassErr != nil {
		return nil, objClassErr
	}
	var out []string
	for _, w := range list {
		if !strings.HasPrefix(w, "@") {
			out = append(out, w)
			continue
		}
		ls, ok := objClasses[w]
		if !ok {
			return nil, fmt.Errorf("unknown object class %s", w)
		}
		out = append(out, ls...)
	}
	return out, nil
}
