module github.com/chronicle-news/chronicle

go 1.24.0

require (
	github.com/google/go-cmp v0.7.0
	github.com/jdkato/prose/v2 v2.0.0
	github.com/olebedev/when v1.1.0
	golang.org/x/sync v0.19.0
	gopkg.in/neurosnap/sentences.v1 v1.0.7
)

require (
	github.com/AlekSi/pointer v1.0.0 // indirect
	github.com/deckarep/golang-set v1.7.1 // indirect
	github.com/mingrammer/commonregex v1.0.1 // indirect
	github.com/pkg/errors v0.8.1 // indirect
	gonum.org/v1/gonum v0.7.0 // indirect
)
