package events_test

import (
	"context"

	"sitrep/internal/annotate/events"
	"sitrep/internal/doc"
)

type eventsStage struct{}

func (eventsStage) run(d *doc.Doc) error { return events.Stage{}.Annotate(context.Background(), d) }
