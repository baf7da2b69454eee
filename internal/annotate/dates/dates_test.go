package dates

import "testing"

// The publication date all relative cases resolve against: a Thursday.
const pub = "2023-08-17"

func TestTimes(t *testing.T) {
	type tv struct{ text, value string }
	for _, c := range []struct {
		in   string
		want []tv
	}{
		{"The deal was signed on 17 August 2023 in Baku.", []tv{{"17 August 2023", "2023-08-17"}}},
		{"The deal was signed on Aug. 17, 2023 in Baku.", []tv{{"Aug. 17, 2023", "2023-08-17"}}},
		{"The deal was signed on August 17 in Baku.", []tv{{"August 17", "2023-08-17"}}},
		{"The file is dated 2023-08-17.", []tv{{"2023-08-17", "2023-08-17"}}},
		{"The file is dated 17/08/2023.", []tv{{"17/08/2023", "2023-08-17"}}},
		{"The war began in 2020.", []tv{{"2020", "2020"}}},
		{"Talks stalled in December 2022.", []tv{{"December 2022", "2022-12"}}},
		{"Fighting resumed in mid-August.", []tv{{"mid-August", "2023-08"}}},
		{"Elections are due in early 2024.", []tv{{"early 2024", "2024"}}},
		{"The road was closed in December.", []tv{{"December", "2022-12"}}},
		{"The road has been shut since December last year.", []tv{{"December last year", "2022-12"}}},
		{"The council met yesterday.", []tv{{"yesterday", "2023-08-16"}}},
		{"The council meets today.", []tv{{"today", "2023-08-17"}}},
		{"The council will meet tomorrow.", []tv{{"tomorrow", "2023-08-18"}}},
		{"Shelling intensified last week.", []tv{{"last week", "2023-08"}}},
		{"Shelling intensified last month.", []tv{{"last month", "2023-07"}}},
		{"Prices rose last year.", []tv{{"last year", "2022"}}},
		{"Prices rose this month.", []tv{{"this month", "2023-08"}}},
		{"The envoy arrived on Wednesday.", []tv{{"Wednesday", "2023-08-16"}}},
		{"The envoy arrived on Thursday.", []tv{{"Thursday", "2023-08-17"}}},
		{"The envoy will arrive on Monday.", []tv{{"Monday", "2023-08-21"}}},
		{"The envoy left last Thursday.", []tv{{"last Thursday", "2023-08-10"}}},
		{"The envoy left two days ago.", []tv{{"two days ago", "2023-08-15"}}},
		{"Tension grew over the past months.", []tv{{"the past months", ""}}},
		{"It has failed in the past.", []tv{{"in the past", ""}}},
		{"Where are they now?", []tv{{"now", "2023-08-17"}}},
		{"The corridor is currently closed.", []tv{{"currently", "2023-08-17"}}},
		{"Exports fell since the beginning of the Russian war in Ukraine.", []tv{{"since the beginning of the Russian war in Ukraine", "2022-02-24"}}},
		{"Grain prices rose after the Russian invasion of Ukraine.", []tv{{"after the Russian invasion of Ukraine", "2022-02-24"}}},
		{"MOSCOW, Aug 17 (Reuters) - Talks resumed.", []tv{{"Aug 17", "2023-08-17"}}},
		{"BAKU, Azerbaijan (AP) — Talks resumed.", nil},
		{"The ceasefire held until Wednesday, August 16.", []tv{{"Wednesday, August 16", "2023-08-16"}}},
		{"The siege began three years ago.", []tv{{"three years ago", "2020"}}},
		{"Now that the talks ended, nothing moves.", nil},
		{"It lasted 8 months.", nil},
		{"About 2000 people fled.", nil},
		{"They may 3 times refuse.", nil},
		{"A march through the city ended.", nil},
	} {
		d := analyse(c.in, pub)
		if len(d.Times) != len(c.want) {
			var got []string
			for _, x := range d.Times {
				got = append(got, d.Slice(x.Span)+"="+x.Value)
			}
			t.Errorf("%q: got %q, want %v", c.in, got, c.want)
			continue
		}
		for k, w := range c.want {
			x := d.Times[k]
			if d.Slice(x.Span) != w.text || x.Value != w.value {
				t.Errorf("%q: got %q=%q, want %q=%q", c.in, d.Slice(x.Span), x.Value, w.text, w.value)
			}
		}
	}
}

func TestDetectPublished(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Wed 05 Apr 2017 Idlib shelling kills 12", "2017-04-05"},
		{"Date of publication 4 October 2016 Aleppo ...", "2016-10-04"},
		{"Published: August 17, 2023\nThe council met.", "2023-08-17"},
		{"KYIV, Aug 17, 2023 (Reuters) - Shelling resumed.", "2023-08-17"},
		{"MOSCOW, Aug 17 (Reuters) - No year here.", ""},
		{"The text carries no date at all.", ""},
	} {
		if got := DetectPublished(c.in); got != c.want {
			t.Errorf("DetectPublished(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestPublishedFlagWins(t *testing.T) {
	d := analyse("Published: 1 May 2020\nThe council met yesterday.", "2023-08-17")
	if d.Meta.Published != "2023-08-17" || d.Meta.PublishedDetected {
		t.Errorf("meta %+v", d.Meta)
	}
	d = analyse("Published: 1 May 2020\nThe council met yesterday.", "")
	if d.Meta.Published != "2020-05-01" || !d.Meta.PublishedDetected {
		t.Errorf("meta %+v", d.Meta)
	}
	if n := len(d.Times); n == 0 || d.Times[n-1].Value != "2020-04-30" {
		t.Errorf("times %+v", d.Times)
	}
}

func TestParseDate(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"17 August 2023", "2023-08-17"}, {"Aug. 17, 2023", "2023-08-17"}, {"2023-08-17", "2023-08-17"},
		{"31/02/2023", ""}, {"yesterday", "2023-08-16"}, {"December last year", "2022-12"},
	} {
		got, _ := ParseDate(c.in, pub)
		if got != c.want {
			t.Errorf("ParseDate(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"17 August 2023", "Aug. 17, 2023", "2023-02-30", "31/12/9999", "since the beginning of the Russian war in Ukraine", "mid-August", "Wednesday, August 16", "99 days ago"} {
		f.Add(s, pub)
	}
	f.Fuzz(func(t *testing.T, s, published string) {
		v, _ := ParseDate(s, published)
		if v == "" {
			return
		}
		if _, ok := ParseISO(v); !ok {
			t.Fatalf("ParseDate(%q, %q) = %q: not a valid date", s, published, v)
		}
	})
}
