package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

// fakerKey matches the name-list keys of Faker's locale files.
var fakerKey = regexp.MustCompile(`^\s*((?:male_|female_|neutral_)?first_name|last_name):\s*(.*)$`)

// readFaker takes the first names (list "first") and surnames (list
// "surname") of every locale of Ruby Faker, whose lists are real names
// from many countries; unlike the untyped name lists, they tell a given
// name ("Roberto") from a family name ("Duran"). Only Latin-script names
// are kept, and template entries ("#{...}") are skipped. The YAML is read
// loosely: an inline [a, b] list or "- a" lines under the key.
func readFaker(dir string, g gaz) error {
	base := filepath.Join(dir, "usr", "share", "rubygems-integration", "all", "gems", "faker-2.21.0", "lib", "locales")
	files, err := filepath.Glob(filepath.Join(base, "*.yml"))
	if err != nil {
		return err
	}
	more, _ := filepath.Glob(filepath.Join(base, "*", "name.yml"))
	files = append(files, more...)
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		lines := strings.Split(string(data), "\n")
		for i := 0; i < len(lines); i++ {
			m := fakerKey.FindStringSubmatch(lines[i])
			if m == nil {
				continue
			}
			list := "first"
			if m[1] == "last_name" {
				list = "surname"
			}
			var items []string
			if rest := strings.TrimSpace(m[2]); strings.HasPrefix(rest, "[") {
				items = strings.Split(strings.Trim(rest, "[]"), ",")
			} else {
				for i+1 < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[i+1]), "- ") {
					i++
					items = append(items, strings.TrimPrefix(strings.TrimSpace(lines[i]), "- "))
				}
			}
			for _, it := range items {
				it = strings.Trim(strings.TrimSpace(it), `"'`)
				if it != "" && !strings.Contains(it, "#{") && latin(it) {
					g.add(list, it)
				}
			}
		}
	}
	return nil
}

// latin reports whether s is written in Latin script (ASCII or Latin-1 /
// Extended-A letters), which is what English news prints names in.
func latin(s string) bool {
	for _, r := range s {
		if r >= 0x250 {
			return false
		}
	}
	return true
}
