package entities

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
