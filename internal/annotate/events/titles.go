package events

import "strings"

// "Kenyan President John Mwangi", "John Smith, the UN envoy": the actor
// layer codes the title ("Kenyan President", KENGOV) and leaves the name
// next to it uncoded when the person is not in its lists. The name is the
// titled person, so it takes the title's code; the parser often makes the
// name, not the title, the head of the phrase, or breaks the apposition.

// titleNames gives a person mention with no code the code of a coded
// title mention right before it (separated by spaces only), or else of
// a coded title or institution set off right after it ("John Smith, the
// UN envoy,", "Mary Lee, UN secretary-general,").
func (c *coder) titleNames() {
	for k := range c.mentions {
		m := c.mentions[k]
		if m.ref.Code != "" || m.ref.Type != "PER" {
			continue
		}
		code := ""
		if k > 0 {
			p := c.mentions[k-1]
			if p.ref.Code != "" && p.ref.Type == "PER" && p.End <= m.Start && strings.TrimSpace(c.d.Text[p.End:m.Start]) == "" {
				code = p.ref.Code
			}
		}
		if code == "" && k+1 < len(c.mentions) {
			n := c.mentions[k+1]
			if n.ref.Code != "" && (n.ref.Type == "PER" || n.ref.Type == "ORG") && m.End <= n.Start {
				switch strings.ToLower(strings.Join(strings.Fields(c.d.Text[m.End:n.Start]), " ")) {
				case ",", ", the":
					code = n.ref.Code
				}
			}
		}
		if code == "" {
			continue
		}
		r := *m.ref
		r.Code = code
		c.mentions[k].ref = &r
	}
}
