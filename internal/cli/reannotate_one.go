package cli

import (
	"sitrep/internal/annotate"
	"sitrep/internal/store"
)

// reannotateOne runs the pipeline over one stored text and replaces its
// annotations.
func reannotateOne(env *Env, st store.Store, reg *annotate.Registry, id string) error {
	d, err := st.Text(env.Ctx, id)
	if err != nil {
		return err
	}
	if err := reg.Run(env.Ctx, d); err != nil {
		return err
	}
	return st.Reannotate(env.Ctx, d)
}
