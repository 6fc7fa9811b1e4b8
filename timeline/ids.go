package timeline

import (
	"slices"
	"strconv"
	"strings"

	"github.com/chronicle-news/chronicle/extract"
)

// maxIDNames is the most participants an event ID names.
const maxIDNames = 3

// baseID returns an event's ID before collisions are resolved: the date
// value ("undated" without a date), the type, the first location and the
// short names of the first participants (see nameSlug), in lower case
// with only [a-z0-9-]: "2014-01-13-meeting-paris-kerry-lavrov".
func baseID(d *Date, t extract.EventType, participants, locations []string) string {
	parts := make([]string, 0, 3+maxIDNames)
	if d != nil {
		parts = append(parts, d.Value)
	} else {
		parts = append(parts, "undated")
	}
	parts = append(parts, t.String())
	if len(locations) > 0 {
		parts = append(parts, locations[0])
	}
	var names []string
	for _, p := range participants {
		if len(names) == maxIDNames {
			break
		}
		if s := nameSlug(p); s != "" && !slices.Contains(names, s) {
			names = append(names, s)
		}
	}
	id := slug(strings.Join(append(parts, names...), " "))
	if id == "" {
		return "event"
	}
	return id
}

// uniqueIDs makes the IDs of events unique: the first event with an ID,
// in the order of the lists and of each list, keeps it, and the others
// take the first free suffix of -2, -3 and so on that is not another
// event's ID.
func uniqueIDs(lists ...[]Event) {
	n := 0
	for _, events := range lists {
		n += len(events)
	}
	taken := make(map[string]bool, n)
	for _, events := range lists {
		for _, e := range events {
			taken[e.ID] = true
		}
	}
	given := make(map[string]bool, n)
	// next holds, for an ID given more than once, the suffix to try
	// first: every smaller one is taken or given already, so a popular
	// ID ("2014-offensive") costs one probe per event, not one per
	// earlier namesake.
	next := make(map[string]int)
	for _, events := range lists {
		for i := range events {
			id := events[i].ID
			if given[id] {
				base := id
				for n := max(next[base], 2); ; n++ {
					s := base + "-" + strconv.Itoa(n)
					if !taken[s] && !given[s] {
						id = s
						next[base] = n + 1
						break
					}
				}
			}
			given[id] = true
			events[i].ID = id
		}
	}
}
