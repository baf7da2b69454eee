package events

import "strings"

// Riots. Protesters who burn, loot or wreck property are rioting: CAMEO
// codes violent protest as 145 ("protest violently, riot"), and keeps the
// property codes (171 seize or damage, 1712 destroy) for states and armed
// groups. "Rioters burned cars", "demonstrators set fire to the embassy".

// riotCode returns 145 for a property-damage code whose agent is a
// protester or opposition crowd, else code unchanged.
func riotCode(code, src string) string {
	if (code == "171" || code == "1711" || code == "1712") && strings.HasSuffix(src, "OPP") {
		return "145"
	}
	return code
}
