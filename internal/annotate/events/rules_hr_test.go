package events_test

import (
	"strings"
	"testing"
)

// Sentences written for the hR rules (table.txt "# hR", objclass.txt
// "# hR classes", crowd.go, participle.go, repair_tags_hr.go,
// repair_tree_hr.go), in partial mode as the benchmarks are scored.
func TestRulesHR(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		// 084: any person freed, anyone described as held, seized
		// vessels and looted objects returned
		{"The militia released three abducted engineers on Sunday.", ":0841"},
		{"The rebels released three kidnapped aid workers after a month in captivity.", ":0841"},
		{"The army freed two nuns held by the gunmen.", ":0841"},
		{"Iran handed back the seized British tanker to its owners.", ":0842"},
		{"Germany returned looted bronzes to Nigeria.", ":0842"},
		{"The United States suspended some sanctions on Syria for six months.", ":085"},
		{"About 300 fighters gave themselves up to the army.", ":0874"},
		{"Russia scaled back its military operations around Kyiv.", ":087"},
		{"Authorities lifted the internet blackout in the Tigray region.", ":081"},
		{"The government caved in to the protesters' demands.", ":083"},
		{"India repealed the three farm laws.", ":083"},
		// 09: questioning, interrogating, documenting, reviewing an
		// attack, carrying an inquiry through
		{"Police interrogated the suspects for hours.", ":090"},
		{"Police questioned three men over the murder of the journalist.", ":090"},
		{"The Pentagon reviewed the drone strike that killed aid workers.", ":093"},
		{"The International Criminal Court is examining alleged atrocities in Libya.", ":094"},
		{"The U.N. commission completed its investigation into the killings.", ":090"},
		// 14: crowds protesting, workers striking, refusing food,
		// petitions, gathering for a rally, rioters attacking
		{"Tens of thousands of Israelis protested in Tel Aviv against the judicial overhaul.", ":141"},
		{"French rail workers struck for a third day.", ":143"},
		{"Transport workers launched a 48-hour strike in Nigeria.", ":143"},
		{"Dozens of detainees began refusing food to protest their detention.", ":142"},
		{"Teachers in Nigeria downed tools over unpaid salaries.", ":143"},
		{"The opposition began collecting signatures for a referendum.", ":140"},
		{"Thousands of Kenyans were converging on Nairobi for a rally against the tax.", ":141"},
		{"Thousands of people took part in a protest march in Paris.", ":141"},
		{"Rioters attacked the police station in the northern town.", ":145"},
		// 15: exercises begun or carried out, shows of force, security
		// raised, forces built up
		{"Iran's Revolutionary Guards carried out naval manoeuvres in the Gulf.", ":150"},
		{"Belgium increased security at Jewish sites.", ":151"},
		{"Israel called up tens of thousands of reservists.", ":154"},
		{"The army rushed reinforcements to the besieged town.", ":154"},
		{"Venezuela bolstered its military presence along the border with Guyana.", ":154"},
		// 11
		{"Japan voiced dissatisfaction with the outcome of the fisheries talks.", ":110"},
		{"The United States rallied its allies to isolate Iran.", ":113"},
		// more yields, probes, protests and force postures
		{"The prime minister bowed to pressure and resigned on Monday.", ":0831"},
		{"Hamas walked out of the talks in Doha.", ":164"},
		{"Ethiopian troops have vacated the positions they held inside Eritrea.", ":0874"},
		{"Kenyan authorities have begun an inquest into the deaths of protesters.", ":090"},
		{"Thousands of Serbs poured into the streets of Belgrade on Saturday.", ":141"},
		{"Angry protesters pelted police with stones in Srinagar.", ":145"},
		{"Iran unveiled a new ballistic missile at a parade in Tehran.", ":150"},
		{"India has doubled its troop presence in the Himalayan region.", ":154"},
		{"The army recruited thousands of new soldiers in the east.", ":154"},
		{"China reacted angrily to the Japanese minister's visit to the shrine.", ":110"},
		{"Egypt reopened the Rafah crossing, allowing aid trucks into Gaza.", ":08"},
		{"The panel has begun examining alleged abuses by the police.", ":09"},
		// 10: telling someone to act; 111: calling something illegal
		{"Niger told French troops to leave by the end of the year.", ":10"},
		{"Turkey called the Swedish decision unacceptable.", ":111"},
		{"Beijing described the visit as a serious provocation.", ":111"},
		// nominal acts with their agents in their own phrase
		{"The withdrawal of Russian troops from Kherson was completed on Friday.", ":0874"},
		{"Ukraine confirmed the withdrawal of its forces from the town.", ":0874"},
		{"Talks between Serbia and Kosovo resumed in Brussels on Monday.", ":04"},
		{"Negotiations were launched on Saturday between Serbia and Kosovo.", ":04"},
	} {
		if got := analyzePartial(t, tc.text); !strings.Contains(got+" ", tc.want) {
			t.Errorf("%q:\n got %s\nwant %s", tc.text, got, tc.want)
		}
	}
	for _, tc := range []struct{ text, notWant string }{
		// near misses
		{"The company released its annual report on Monday.", ":084"},
		{"The president returned to the capital on Sunday.", ":084"},
		{"Rebels freed a Chinese engineer kidnapped last month, the army said.", ":181"},
		{"Authorities released 50 women detained during the unrest.", ":173"},
		{"Militants launched a strike on the army base.", ":143"},
		{"China protested against the visit of the Dalai Lama.", ":141"},
		{"Government troops attacked the rebel camp.", ":145"},
		{"Thousands of fans gathered in the square to celebrate the victory.", ":141"},
		{"Police examined the car outside the embassy.", ":090"},
		{"The militia refused to hand over its weapons.", ":142"},
		{"Thousands of people had left for Armenia by Thursday.", ":042"},
		{"The prime minister bowed to pressure and resigned on Monday.", ":170"},
		{"Thousands of protesters rallied in the capital to demand new elections.", ":113"},
		{"The government yielded to pressure from the unions.", ":083"},
		{"Moscow refused to hand over the bodies of the sailors killed in the explosion.", ":19"},
		{"A meeting between the two presidents was postponed until March.", ":04"},
		{"Markets reacted calmly to the news of the ceasefire.", ":110"},
		{"Japan and Australia agreed to increase security cooperation.", ":151"},
		{"China increased its presence in Africa.", ":154"},
		{"The electoral commission released the provisional results on Monday.", ":084"},
		{"The minister vacated his post after the scandal.", ":087"},
		{"The minister told reporters that talks would resume.", ":10"},
		// an open question ("whether") asserts no act
		// (a hypothetical event is printed with "?")
		{"It was not clear whether the rebels had withdrawn from the area.", ":0874 "},
		{"Reporters asked whether Israel had released the prisoners.", ":0841 "},
		{"Iran called for calm in the region.", ":111"},
		{"The panel has begun examining alleged abuses by the police.", ":112"},
		{"The truce between the two clans appeared to hold on Sunday.", ":087"},
		{"After the withdrawal of the troops, residents returned to the town.", ":087"},
	} {
		if got := analyzePartial(t, tc.text); strings.Contains(" "+got+" ", tc.notWant) {
			t.Errorf("%q: got %s, want no %s event", tc.text, got, tc.notWant)
		}
	}
}
