package entities

import (
	"context"
	"strings"
	"testing"

	"sitrep/internal/annotate/segment"
	"sitrep/internal/doc"
	"sitrep/internal/testutil"
)

func analyse(t testing.TB, text, published string) *doc.Doc {
	d := doc.New("t", text)
	d.Meta.Published = published
	segment.Split(d)
	if err := (Stage{}).Annotate(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	return d
}

// actorOf returns "TYPE ACTOR" of the entity with a mention equal to m.
func actorOf(d *doc.Doc, m string) string {
	for _, e := range d.Entities {
		for _, x := range e.Mentions {
			if x.Text == m {
				return e.Type + " " + e.Actor
			}
		}
	}
	return "none"
}

func TestActors(t *testing.T) {
	tests := []struct {
		text, date, mention, want string
	}{
		{"Baku refused to reopen the road.", "2023-08-17", "Baku", "GPE AZE"},
		{"Talks were held in Baku on Monday.", "2023-08-17", "Baku", "GPE "},
		{"Azerbaijani forces shelled the village.", "2023-09-19", "Azerbaijani forces", "ORG AZEMIL"},
		{"Armenian Prime Minister Nikol Pashinyan spoke in Yerevan.", "2023-08-17", "Nikol Pashinyan", "PER ARMGOV"},
		{"The talks failed, and Aliyev blamed Yerevan.", "2023-08-17", "Aliyev", "PER AZEGOV"},
		{"The government of Azerbaijan denied it.", "2023-08-17", "government of Azerbaijan", "ORG AZEGOV"},
		{"Thousands of Armenians of Karabakh left.", "2023-09-25", "Armenians of Karabakh", "NORP ARMCVL"},
		{"The Kremlin said nothing.", "2023-08-17", "Kremlin", "GPE RUS"},
		{"The UN Security Council met on Wednesday.", "2023-08-17", "UN Security Council", "ORG IGOUNO"},
		{"Houthi rebels fired a missile.", "2024-01-10", "Houthi rebels", "ORG YEMREB"},
		{"They fought in the first Karabakh war.", "2023-08-17", "first Karabakh war", "EVENT "},
		{"Turkish and Israeli policies were blamed.", "2023-08-17", "Turkish", "none"},
		{"Ilham Aliyev spoke on Monday. Later the president left for Ankara.", "2023-08-17", "president", "PER AZEGOV"},
		{"Later the president left for Ankara.", "2023-08-17", "president", "none"},
		{"Armenia's Foreign Ministry condemned the move.", "2023-04-24", "Armenia's Foreign Ministry", "ORG ARMGOV"},
		{"Azerbaijan closed the Lachin corridor on Sunday.", "2023-04-24", "Sunday", "none"},
		{"Russian peacekeepers stood by.", "2023-04-24", "Russian peacekeepers", "ORG RUSMIL"},
		{"Protesters in Yerevan blocked the avenue.", "2023-09-20", "Protesters in Yerevan", "ORG ARMOPP"},
		{"Civilians in Baku watched the parade.", "2023-09-20", "Civilians in Baku", "NORP AZECVL"},
		{"Russian protesters in Tbilisi marched.", "2023-09-20", "Russian protesters", "ORG RUSOPP"},
		{"Troops in Syria shelled the town.", "2023-09-20", "Syria", "GPE SYR"},
	}
	for _, tt := range tests {
		d := analyse(t, tt.text, tt.date)
		if got := actorOf(d, tt.mention); got != tt.want {
			var all []string
			for _, e := range d.Entities {
				all = append(all, e.Name+"/"+e.Type+"/"+e.Actor)
			}
			t.Errorf("%q: %q is %q, want %q (entities %v)", tt.text, tt.mention, got, tt.want, all)
		}
	}
}

func seed(t testing.TB) string { return testutil.Seed(t) }

func BenchmarkEntities(b *testing.B) {
	text := seed(b)
	d0 := doc.New("b", text)
	segment.Split(d0)
	testutil.ReportCPU(b, len(text), func() {
		d := *d0
		d.Tokens = append([]doc.Token(nil), d0.Tokens...)
		d.Entities = nil
		_ = (Stage{}).Annotate(context.Background(), &d)
	})
}

var _ = strings.Contains
