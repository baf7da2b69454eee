package cli

import (
	"github.com/spf13/cobra"

	"sitrep/internal/errs"
	"sitrep/internal/lexicon"
)

// addActorsFlag gives every command --actors: PETRARCH/TABARI-format actor
// and agent dictionaries read on top of the built-in gazetteer, so users
// keep the dictionaries they have curated. The gazetteer is process-wide
// (every stage and the server read lexicon.Default), hence a root flag
// applied before any command runs; without the flag the embedded one is
// restored, which matters when Main runs several times in one process.
func addActorsFlag(root *cobra.Command) {
	var files []string
	root.PersistentFlags().StringArrayVar(&files, "actors", nil,
		"PETRARCH-format actor or agent dictionary to use on top of the built-in actors (repeatable)")
	root.PersistentPreRunE = func(c *cobra.Command, args []string) error {
		if len(files) == 0 {
			lexicon.SetDefault(nil)
			return nil
		}
		g, err := lexicon.LoadDictionaryFiles(files)
		if err != nil {
			return errs.E("--actors", errs.Invalid, err)
		}
		lexicon.SetDefault(g)
		return nil
	}
}
