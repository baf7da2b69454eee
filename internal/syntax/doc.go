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
// The parser has two feature sets (parser_feats.go): set 1, which the
// committed model uses, and set 2 with third-order and bigram templates,
// which a model file records (SITREPSYN6) and every fast path (dense tag
// features, role sums) supports. The model is trained by cmd/trainsyntax
// on UD English EWT + GUM (open genres); see that command for the exact
// invocation. SITREP_SYNTAX_MODEL (ModelEnv) loads a model file instead
// of the embedded one. The trained model
// is a derivative of CC BY-SA 4.0 (EWT) and CC BY / BY-SA (GUM open
// genres) annotated data; see /work/shared/bench/ud/README.md.
package syntax
