// Package syntax is sitrep's own fast English UPOS/PTB tagger and
// labelled dependency parser.
//
// Pipeline: greedy averaged-perceptron taggers (UPOS and XPOS) with a
// tag dictionary for frequent unambiguous forms; an arc-hybrid greedy
// transition parser trained with a dynamic oracle on projectivised UD
// trees and jackknifed tags; and a relation labeller that labels the
// finished tree top-down with full UD relations (nsubj:pass,
// obl:agent, ...). All classifiers use hashed integer features. Training
// keeps exact float rows (linear.go); the saved model holds compiled
// open-addressing tables of single-word slots with int16 weights
// (table.go, linear_inline.go), which is both the in-memory and the
// on-disk layout, so loading needs no rehashing.
//
// Input words must be UD syntactic words: split clitics of surface
// tokens first with SplitClitics / SplitAllClitics ("don't" -> "do",
// "n't"; "Iran's" -> "Iran", "'s").
//
// The model is trained by cmd/trainsyntax on UD English EWT + GUM (open
// genres); see that command for the exact invocation. The trained model
// is a derivative of CC BY-SA 4.0 (EWT) and CC BY / BY-SA (GUM open
// genres) annotated data; see /work/shared/bench/ud/README.md.
package syntax
