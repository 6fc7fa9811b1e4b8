module github.com/chronicle-news/chronicle

go 1.24.0
