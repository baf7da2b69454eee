// Command sitrep turns news text into structured, sourced situation data.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"sitrep/internal/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := cli.Main(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
