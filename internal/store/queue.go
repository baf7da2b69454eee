package store

import (
	"context"

	"sitrep/internal/doc"
)

// Task is one input record: a file, or one record of a JSON Lines, feed or
// WARC file. (Source, Key) identifies it; Hash is the hex SHA-256 of its raw
// bytes, so a changed file is a new task.
type Task struct {
	Source string // the source as named on the command line, made absolute
	Key    string // record key within the source: "" for a whole file, "line:12", "rec:3"
	Hash   string
}

// Queue is the ingest work queue. It makes ingest idempotent (a task done
// once is never done again), crash-safe (a task is marked done in the same
// transaction that stores its document) and, on PostgreSQL, shared by
// several processes: claimed tasks are locked with FOR UPDATE SKIP LOCKED,
// so no two processes analyse the same record.
type Queue interface {
	// Claim registers tasks (if new) and returns a claim on those of them
	// that are neither done nor held by another claim. The caller analyses
	// the claimed tasks, records each with Put or Fail, then Commits. A claim
	// abandoned by a crash (or Rollback) releases its tasks.
	Claim(ctx context.Context, tasks []Task) (Claim, error)
	// Pending counts tasks of the given sources that are not done yet,
	// whether or not another process holds them.
	Pending(ctx context.Context, sources []string) (int, error)
}

// Claim is a set of tasks owned by one process until Commit or Rollback.
type Claim interface {
	// Tasks returns the claimed tasks, in the order given to Claim.
	Tasks() []Task
	// Put adds the analysed document of task t to the claim; it is stored
	// (as Store.PutDoc does) by Commit.
	Put(ctx context.Context, t Task, d *doc.Doc, raw []byte) error
	// Fail records that task t failed (bad input): it is done, with the
	// reason kept for stats, and is not retried.
	Fail(ctx context.Context, t Task, reason string) error
	// Commit stores everything Put and marks the tasks done, atomically. It
	// returns one result per Put, in order.
	Commit(ctx context.Context) ([]PutResult, error)
	// Rollback abandons the claim; its tasks become claimable again.
	Rollback() error
}
