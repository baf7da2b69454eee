package entities

import "strings"

// outlets maps news outlets to CAMEO media codes (country + MED), so a
// byline or an interviewer is an organisation, not a person.
var outlets = map[string]string{
	"Alwaght": "IRNMED", "Reuters": "GBRMED", "BBC": "GBRMED", "AP": "USAMED", "Associated Press": "USAMED",
	"AFP": "FRAMED", "Agence France-Presse": "FRAMED", "TASS": "RUSMED", "RIA Novosti": "RUSMED",
	"Xinhua": "CHNMED", "IANS": "INDMED", "Al Jazeera": "QATMED", "Anadolu": "TURMED", "IRNA": "IRNMED",
	"Tasnim": "IRNMED", "Press TV": "IRNMED", "APA": "AZEMED", "Armenpress": "ARMMED", "Interfax": "RUSMED",
	"CNN": "USAMED", "The New York Times": "USAMED", "The Washington Post": "USAMED", "The Guardian": "GBRMED",
	"Bloomberg": "USAMED", "Kyodo": "JPNMED", "Yonhap": "KORMED", "KCNA": "PRKMED", "SANA": "SYRMED",
	"Ukrinform": "UKRMED", "Haaretz": "ISRMED", "WAFA": "PSEMED", "Dawn": "PAKMED", "EFE": "ESPMED", "ANSA": "ITAMED",
	"dpa": "DEUMED", "Deutsche Welle": "DEUMED", "France 24": "FRAMED", "Le Monde": "FRAMED", "JAMnews": "GEOMED",
}

// ownOutlet marks the document's own outlet (Meta.Outlet) wherever its
// name appears, capitalised as given: an interview opens "Alwaght- After
// several rounds...", a position where news models see CoNLL's slug lines
// ("Soccer -") and tag nothing, yet the outlet is the interviewer.
func (r *resolver) ownOutlet(base int, words []string, covered []bool) {
	name := r.d.Meta.Outlet
	if name == "" || !startsUpperWord(name) {
		return
	}
	parts := strings.Fields(name)
	for i := 0; i+len(parts) <= len(words); i++ {
		if words[i] != parts[0] || anyCovered(covered, i, i+len(parts)) {
			continue
		}
		match := true
		for k := 1; k < len(parts); k++ {
			if words[i+k] != parts[k] {
				match = false
				break
			}
		}
		if match {
			r.mark(cand{tokA: base + i, tokB: base + i + len(parts), typ: "ORG", code: outlets[name],
				key: "ORG:outlet:" + name, name: name, prio: 2}, covered, base)
			i += len(parts) - 1
		}
	}
}
