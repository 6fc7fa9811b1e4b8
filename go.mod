module github.com/chronicle-news/chronicle

go 1.24.0

require golang.org/x/sync v0.19.0
