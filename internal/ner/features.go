package ner

import "math/bits"

// Feature template ids. Changing any of these invalidates trained models.
const (
	tBias uint64 = iota + 1
	tW0
	tWm1
	tWm2
	tWp1
	tWp2
	tRaw
	tShape0
	tShapeM1
	tShapeP1
	tSShape0
	tPre1 // prefixes of length 1..4 use tPre1+n-1
	tPre2
	tPre3
	tPre4
	tSuf1 // suffixes likewise
	tSuf2
	tSuf3
	tSuf4
	tBiL // w-1 w0
	tBiR // w0 w+1
	tSSL
	tSSR
	tCapPos
	tHeadW
	tClus1 // one template per cluster level
	tClus2
	tClus3
	tClus4
	tClusM1
	tClusP1
	tCapBin
	tGaz0
	tGazM1
	tGazP1
	tLen
	tPrev
	tPrev2
	tPrevW
	tPrevShape
	tPrevCap
	tClusShape
	tWm1Clus
	tClusWp1
	tShapeM2
	tShapeP2
	tSufM1
	tSufP1
	tGazCtx
	tHist
	tHistCap
	tGazL     // large gazetteer (gazlists.go): list x position bit
	tGazLCap  // the same with the word's capitalisation class
	tDocCase  // how the word is written elsewhere in the document (dochist.go)
	tXCls     // exchange class of the word (exchange.go)
	tXClsM1   // ... of the previous word
	tXClsP1   // ... of the next word
	tAggL     // left neighbour of another occurrence of the word (docctx.go)
	tAggR     // right neighbour of another occurrence
	tTopicCap // document topic (genre.go) x capitalisation
	tTopicGaz // document topic x large-gazetteer bit
)

// clusterLevels are the path-prefix lengths used as features, following the
// common Brown-cluster practice of several granularities.
var clusterLevels = [...]int{4, 8, 12, 20}

// tok holds hashed properties of one word, computed once per sentence so
// that context features only combine hashes.
type tok struct {
	lower, raw, shape, sshape uint64
	pre, suf                  [4]uint64
	clus                      [len(clusterLevels)]uint64
	cap                       uint64
	capBin                    uint64
	gaz                       uint64
	gbits                     uint64 // gazLists match bits
	xcls                      uint64 // exchange class (0: none)
	length                    uint64
}

var padTok = tok{lower: hashStr("<pad>"), shape: hashStr("<pad>"), sshape: hashStr("<pad>"), clus: [len(clusterLevels)]uint64{1, 1, 1, 1}, xcls: 1 << 20}

func at(toks []tok, i int) *tok {
	if i < 0 || i >= len(toks) {
		return &padTok
	}
	return &toks[i]
}

// observe appends the tag-independent features of position i.
func observe(toks []tok, i int, headline bool, buf []uint64) []uint64 {
	t, l1, l2, r1, r2 := &toks[i], at(toks, i-1), at(toks, i-2), at(toks, i+1), at(toks, i+2)
	first := uint64(0)
	if i == 0 {
		first = 1
	}
	buf = append(buf,
		feat1(tBias, 0), feat1(tW0, t.lower), feat1(tWm1, l1.lower), feat1(tWm2, l2.lower),
		feat1(tWp1, r1.lower), feat1(tWp2, r2.lower), feat1(tRaw, t.raw),
		feat1(tShape0, t.shape), feat1(tShapeM1, l1.shape), feat1(tShapeP1, r1.shape),
		feat1(tSShape0, t.sshape), feat2(tBiL, l1.lower, t.lower), feat2(tBiR, t.lower, r1.lower),
		feat2(tSSL, l1.sshape, t.sshape), feat2(tSSR, t.sshape, r1.sshape),
		feat2(tCapPos, t.cap, first), feat2(tCapBin, t.capBin, first*8+t.cap),
		feat1(tGaz0, t.gaz), feat2(tGazM1, l1.gaz, t.cap), feat2(tGazP1, r1.gaz, t.cap),
		feat2(tLen, t.length, t.cap), feat1(tClusM1, l1.clus[1]), feat1(tClusP1, r1.clus[1]),
	)
	for n := 0; n < 4; n++ {
		buf = append(buf, feat1(tPre1+uint64(n), t.pre[n]), feat1(tSuf1+uint64(n), t.suf[n]))
	}
	for k := range clusterLevels {
		buf = append(buf, feat1(tClus1+uint64(k), t.clus[k]))
	}
	if headline {
		buf = append(buf, feat1(tHeadW, t.lower))
	}
	for b := t.gbits; b != 0; b &= b - 1 {
		k := uint64(bits.TrailingZeros64(b))
		buf = append(buf, feat1(tGazL, k), feat2(tGazLCap, k, t.cap))
	}
	buf = append(buf, feat1(tXCls, t.xcls), feat1(tXClsM1, l1.xcls), feat1(tXClsP1, r1.xcls))
	// Conjunctions that let clusters and shapes of neighbours interact with
	// the current word class; they mainly help ORG vs LOC decisions.
	buf = append(buf, feat2(tClusShape, t.clus[2], t.cap), feat2(tWm1Clus, l1.lower, t.clus[1]),
		feat2(tClusWp1, t.clus[1], r1.lower), feat1(tShapeM2, l2.sshape), feat1(tShapeP2, r2.sshape),
		feat2(tSufM1, l1.suf[2], 0), feat2(tSufP1, r1.suf[2], 0), feat2(tGazCtx, l1.gaz, r1.gaz+64*t.gaz))
	return buf
}

// history appends features that depend on the two previous labels.
func history(toks []tok, i int, prev, prev2 int, buf []uint64) []uint64 {
	t := &toks[i]
	p := uint64(prev)
	return append(buf, feat1(tPrev, p), feat2(tPrev2, p, uint64(prev2)),
		feat2(tPrevW, p, t.lower), feat2(tPrevShape, p, t.sshape), feat2(tPrevCap, p, t.cap))
}
