package main

import "context"

func runTimeML(ctx context.Context, e *env, args []string) error { return nil }
