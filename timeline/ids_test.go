package timeline

import (
	"slices"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestUniqueIDs(t *testing.T) {
	tests := []struct {
		name string
		in   []string
		want []string
	}{
		{"none", nil, nil},
		{"distinct", []string{"a", "b"}, []string{"a", "b"}},
		{"repeated", []string{"a", "a", "a"}, []string{"a", "a-2", "a-3"}},
		{"suffix taken by another event", []string{"a", "a", "a-2"}, []string{"a", "a-3", "a-2"}},
		{"suffix of a suffix", []string{"a-2", "a-2", "a", "a"}, []string{"a-2", "a-2-2", "a", "a-3"}},
		{"two bases interleaved", []string{"a", "b", "a", "b", "a"}, []string{"a", "b", "a-2", "b-2", "a-3"}},
		{"gap filled in order", []string{"a", "a-3", "a", "a", "a"}, []string{"a", "a-3", "a-2", "a-4", "a-5"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			events := make([]Event, len(tt.in))
			for i, id := range tt.in {
				events[i].ID = id
			}
			uniqueIDs(events)
			var got []string
			for _, e := range events {
				got = append(got, e.ID)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("uniqueIDs(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestUniqueIDsLists(t *testing.T) {
	dated := []Event{{ID: "a"}, {ID: "b"}}
	undated := []Event{{ID: "a"}, {ID: "a-2"}, {ID: "b"}}
	uniqueIDs(dated, undated)
	var got []string
	for _, e := range slices.Concat(dated, undated) {
		got = append(got, e.ID)
	}
	// The first list comes first; a-2 is another event's, so a takes a-3.
	want := []string{"a", "b", "a-3", "a-2", "b-2"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("uniqueIDs over two lists (-want +got):\n%s", diff)
	}
}

// BenchmarkUniqueIDs names 10,000 events that share one ID, as years of
// news share "2014-offensive"; the cost must stay linear.
func BenchmarkUniqueIDs(b *testing.B) {
	events := make([]Event, 10000)
	for b.Loop() {
		for i := range events {
			events[i].ID = "2014-offensive"
		}
		uniqueIDs(events)
	}
	if got, want := events[len(events)-1].ID, "2014-offensive-"+strconv.Itoa(len(events)); got != want {
		b.Fatalf("last ID = %q, want %q", got, want)
	}
}
