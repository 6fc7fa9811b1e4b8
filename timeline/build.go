package timeline

import (
	"cmp"
	"fmt"
	"math"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/chronicle-news/chronicle/extract"
)

// Options control which events Build keeps and how loosely it merges
// reports. The zero value gives the defaults.
type Options struct {
	Types        []extract.EventType // event types to keep; nil keeps DefaultTypes (statements only when listed)
	ContainDays  int                 // longest date, in days, that may contain a finer date of the same event; 0 means 31, negative means only dates of the same days agree
	ConflictDays int                 // most days between two disagreeing dates of one event, each at most ContainDays (or one day) long; 0 means 3, negative means never
}

// Defaults of Options.
const (
	defaultContainDays  = 31 // a month holds its days and weeks
	defaultConflictDays = 3  // "Friday" against "Saturday", or against Monday
)

// DefaultTypes returns the event types a timeline keeps unless told
// otherwise: meetings, ceasefires, offensives and aid.
func DefaultTypes() []extract.EventType {
	return []extract.EventType{extract.Meeting, extract.Ceasefire, extract.Offensive, extract.Aid}
}

// Build merges event mentions into a timeline. The mentions are events
// with one mention each, as Single makes them and ReadExtract reads them;
// an event with several mentions (from an earlier timeline) counts as one
// mention per report, each with the event's participants and locations.
// articles are the articles the mentions come from; a mention of an
// article not among them is kept, with a warning. The articles' own
// warnings (a publication date inferred from the text, say) become the
// timeline's, each naming its article.
//
// Articles whose fingerprints show them to be copies of one story get
// DuplicateOf in the result, and count as one source of the events they
// report.
//
// The result does not depend on the order of articles or events: both
// are sorted first, by article ID, then sentence start, then trigger. The
// package documentation gives the merge rules. A Builder gives the same
// timeline from articles and mentions added as they come.
func Build(articles []extract.Article, events []Event, opts Options) *Timeline {
	tb := NewBuilder(opts)
	for _, a := range articles {
		tb.articles.add(a)
	}
	tb.AddEvents(events)
	return tb.Timeline()
}

// A Builder builds a timeline from articles and their mentions added one
// at a time, as extraction or a reader of `chronicle extract` output
// delivers them, without holding the mentions in any other form: the
// memory it needs grows with the timeline, not with the text read. What
// is added, in whatever order, gives the same timeline as Build of all of
// it. Strings repeated across mentions (names, places, dates, and the
// sentences and fingerprints of copies of a story) are stored once.
//
// A Builder is not safe for concurrent use; the zero value is not ready,
// use NewBuilder.
type Builder struct {
	b        *builder
	articles chunks[extract.Article]
	items    chunks[item]
	strs     map[string]string // interned strings
	last     string            // ID of the last article added
}

// NewBuilder returns a Builder of a timeline with the given options.
func NewBuilder(opts Options) *Builder {
	return &Builder{b: newBuilder(opts), strs: make(map[string]string)}
}

// intern returns a string equal to s that owns its bytes (s may be a
// slice of an article's body), the same string for equal inputs.
func (tb *Builder) intern(s string) string {
	if s == "" {
		return ""
	}
	if v, ok := tb.strs[s]; ok {
		return v
	}
	v := strings.Clone(s)
	tb.strs[v] = v
	return v
}

// internAll interns the strings of ss in place and returns it.
func (tb *Builder) internAll(ss []string) []string {
	for i, s := range ss {
		ss[i] = tb.intern(s)
	}
	return ss
}

// AddArticle adds an article to the timeline's article list; its
// Warnings become the timeline's, and its Body is not kept.
func (tb *Builder) AddArticle(a extract.Article) {
	a.Body = ""
	// Strings most articles share are interned; those of one article are
	// copied, as they may be slices of a larger text.
	a.ID = strings.Clone(a.ID)
	a.Path = strings.Clone(a.Path)
	a.Title = strings.Clone(a.Title)
	a.URL = strings.Clone(a.URL)
	a.Source = tb.intern(a.Source)
	a.Published = tb.intern(a.Published)
	a.PublishedFrom = tb.intern(a.PublishedFrom)
	a.Fingerprint = tb.intern(a.Fingerprint) // copies of a text share it
	a.DuplicateOf = tb.intern(a.DuplicateOf)
	a.Warnings = slices.Clone(a.Warnings)
	tb.articles.add(a)
	tb.last = a.ID
}

// articleID returns a string equal to id, the article's own ID string when
// it is the last article added, as it is for the mentions of an extract
// line.
func (tb *Builder) articleID(id string) string {
	if id == tb.last {
		return tb.last
	}
	return tb.intern(id)
}

// AddEvents adds event mentions in the shape Build takes them.
func (tb *Builder) AddEvents(events []Event) {
	for _, e := range events {
		if !tb.b.keeps(e.Type) {
			continue
		}
		for _, m := range e.Mentions {
			status := m.Status
			if len(e.Mentions) == 1 {
				status = e.Status // the same, unless the mention has no status field
			}
			var d *Date
			if m.Time.Value != "" && e.Date != nil && e.Date.Value == m.Time.Value {
				d = e.Date
			}
			tb.add(tb.articleID(m.Article), e.Type, status, m.Trigger, m.Sentence, m.Start, m.End, e.Participants, e.Locations, m.Time, d)
		}
	}
}

// AddResult adds an extraction result: its article, with the result's
// warnings, and its event mentions. It is AddArticle and AddEvents of
// Singles of the result, without making the Singles.
func (tb *Builder) AddResult(r extract.Result) {
	a := r.Article
	a.Warnings = r.Warnings
	tb.AddArticle(a)
	for _, e := range r.Events {
		if !tb.b.keeps(e.Type) {
			continue
		}
		var (
			t Time
			d *Date
		)
		if e.Time != nil {
			t = Time{Text: e.Time.Text, Value: e.Time.Value, Rule: e.Time.Rule}
			if e.Time.Value != "" {
				d = &Date{Value: e.Time.Value, Start: e.Time.Date.Start, End: e.Time.Date.End, Granularity: e.Time.Date.Granularity}
			}
		}
		tb.add(tb.last, e.Type, e.Status, e.Trigger, e.Sentence, e.Start, e.End, e.Participants, e.Locations, t, d)
	}
}

// add adds the item of one mention, with its strings interned and its
// lists copied. d is the mention's event's date when it has the mention's
// value, else nil; article is the article's ID as the builder holds it.
func (tb *Builder) add(article string, typ extract.EventType, status extract.Status, trigger, sentence string, start, end int, parts, locs []string, t Time, d *Date) {
	it := item{
		article:  article,
		typ:      typ,
		status:   status,
		trigger:  tb.intern(trigger),
		sentence: tb.intern(sentence),
		start:    start,
		end:      end,
		parts:    tb.internAll(slices.Clone(parts)),
		locs:     dedupe(tb.internAll(slices.Clone(locs))),
		time:     Time{Text: tb.intern(t.Text), Value: tb.intern(t.Value), Rule: tb.intern(t.Rule)},
	}
	it.head = tb.intern(headWord(it.trigger))
	if d != nil {
		it.date = &Date{Value: tb.intern(d.Value), Start: tb.intern(d.Start), End: tb.intern(d.End), Granularity: d.Granularity}
	}
	tb.items.add(it)
}

// chunks is a list that grows a chunk at a time, so that growing it never
// copies what it holds, as a slice's growth does (holding both the old
// and the new array for a while); flatten gives a slice of exactly its
// length.
type chunks[T any] struct {
	full [][]T // full chunks
	cur  []T   // the chunk being filled
	n    int   // elements in all
}

// Sizes of the chunks: they grow with the list, up to maxChunk.
const (
	minChunk = 16
	maxChunk = 4096
)

// add appends x.
func (c *chunks[T]) add(x T) {
	if len(c.cur) == cap(c.cur) {
		if c.cur != nil {
			c.full = append(c.full, c.cur)
		}
		c.cur = make([]T, 0, min(max(c.n, minChunk), maxChunk))
	}
	c.cur = append(c.cur, x)
	c.n++
}

// flatten returns the elements in order, in a slice of their number, and
// empties the list, letting each chunk go as soon as it is copied.
func (c *chunks[T]) flatten() []T {
	out := make([]T, 0, c.n)
	for i, ch := range c.full {
		out = append(out, ch...)
		c.full[i] = nil
	}
	out = append(out, c.cur...)
	*c = chunks[T]{}
	return out
}

// Timeline merges what was added into the timeline. The Builder must not
// be used afterwards.
func (tb *Builder) Timeline() *Timeline {
	b := tb.b
	tb.strs = nil // what is interned stays shared; the index can go
	t := &Timeline{Schema: Schema, Events: []Event{}, Undated: []Event{}}
	t.Articles = b.addArticles(tb.articles.flatten())
	b.items = tb.items.flatten()
	// The search for copies among the articles and the merging of the
	// mentions touch different fields; the events need both.
	var groups [][]int
	both(func() { b.markDuplicates(t.Articles) }, func() {
		b.dateItems()
		b.prepare()
		groups = b.merge()
	})
	events := b.events(groups)
	for _, e := range events {
		if e.Date != nil {
			t.Events = append(t.Events, e)
		} else {
			t.Undated = append(t.Undated, e)
		}
	}
	events = nil // copied into the two lists; let the collector have it
	sortAndName(t.Events, t.Undated)
	t.Warnings = b.warnings()
	tb.b = nil
	return t
}

// events returns the events of the groups, in order, made on all cores:
// making one reads the builder and writes nothing but the event.
func (b *builder) events(groups [][]int) []Event {
	events := make([]Event, len(groups))
	workers := min(runtime.GOMAXPROCS(0), max(len(groups)/eventsPerTask, 1))
	var (
		wg   sync.WaitGroup
		next atomic.Int64 // first group of the next task
	)
	for range workers {
		wg.Go(func() {
			for {
				lo := int(next.Add(eventsPerTask)) - eventsPerTask
				if lo >= len(groups) {
					return
				}
				for i := lo; i < min(lo+eventsPerTask, len(groups)); i++ {
					events[i] = b.event(groups[i])
					events[i].Sources = b.independent(groups[i]) // copies of one story count once
				}
			}
		})
	}
	wg.Wait()
	return events
}

// eventsPerTask is how many events a worker of builder.events makes at a
// time.
const eventsPerTask = 512

// builder holds the state of one Build.
type builder struct {
	types        [extract.Statement + 1]bool // the types kept
	contain      int                         // Options.ContainDays resolved: containing dates agree up to this length, or 0
	conflict     int                         // Options.ConflictDays resolved, or -1
	spanLimit    int                         // longest span, in days, that containment or a conflict may involve
	published    map[string]string           // article ID -> publication date
	original     map[string]string           // article ID -> ID of the original it is a near-duplicate of, for duplicates only
	items        []item                      // the mentions, sorted
	unknown      map[string]bool             // IDs of mentioned articles that are not in the list
	articleWarns []string                    // problems with the article list
	parent       []int                       // union-find forest over items
	size         []int                       // sizes of union-find trees, at their roots
}

// newBuilder returns a builder for opts.
func newBuilder(opts Options) *builder {
	b := &builder{published: make(map[string]string), original: make(map[string]string), unknown: make(map[string]bool)}
	types := opts.Types
	if types == nil {
		types = DefaultTypes()
	}
	for _, t := range types {
		if t >= 0 && int(t) < len(b.types) {
			b.types[t] = true
		}
	}
	switch {
	case opts.ContainDays == 0:
		b.contain = defaultContainDays
	case opts.ContainDays > 0:
		b.contain = opts.ContainDays
	}
	switch {
	case opts.ConflictDays == 0:
		b.conflict = defaultConflictDays
	case opts.ConflictDays > 0:
		b.conflict = opts.ConflictDays
	default:
		b.conflict = -1
	}
	b.spanLimit = max(b.contain, 1)
	return b
}

// addArticles records the articles' publication dates and warnings, and
// returns them sorted by ID, one per ID, without their warnings. It sorts
// articles in place.
func (b *builder) addArticles(articles []extract.Article) []extract.Article {
	out := articles
	slices.SortStableFunc(out, func(a, b extract.Article) int {
		return cmp.Or(
			strings.Compare(a.ID, b.ID),
			strings.Compare(a.Path, b.Path),
			strings.Compare(a.Published, b.Published),
			strings.Compare(a.PublishedFrom, b.PublishedFrom),
			strings.Compare(a.Title, b.Title),
			strings.Compare(a.Source, b.Source),
			strings.Compare(a.URL, b.URL),
			strings.Compare(a.Fingerprint, b.Fingerprint),
		)
	})
	kept := out[:0]
	for _, a := range out {
		if n := len(kept); n > 0 && kept[n-1].ID == a.ID {
			if k := kept[n-1]; !sameMetadata(k, a) {
				b.articleWarns = append(b.articleWarns, fmt.Sprintf("article %q is listed twice with different metadata (%s and %s); keeping %s", a.ID, k.Path, a.Path, k.Path))
			}
			continue
		}
		kept = append(kept, a)
	}
	out = kept
	for i, a := range out {
		b.published[a.ID] = a.Published
		for _, w := range a.Warnings {
			b.articleWarns = append(b.articleWarns, fmt.Sprintf("article %q: %s", a.ID, w))
		}
		out[i].Warnings = nil
	}
	return nonNil(out)
}

// sameMetadata reports whether two articles agree in everything but
// their bodies and reading warnings, which extract output does not
// carry, and the duplicate link the timeline sets.
func sameMetadata(a, b extract.Article) bool {
	return a.ID == b.ID && a.Path == b.Path && a.Title == b.Title &&
		a.Source == b.Source && a.URL == b.URL && a.Published == b.Published &&
		a.PublishedFrom == b.PublishedFrom && a.Fingerprint == b.Fingerprint
}

// keeps reports whether events of type t are kept.
func (b *builder) keeps(t extract.EventType) bool {
	return t >= 0 && int(t) < len(b.types) && b.types[t]
}

// dateItems gives each item its article's publication date and its date
// on the calendar (see mentionDate), once the articles are known; until
// then an item's date is its event's date, when it has the mention's
// value. Mentions of articles not in the list are noted.
// Items with equal dates share one.
func (b *builder) dateItems() {
	shared := make(map[Date]*Date)
	for i := range b.items {
		it := &b.items[i]
		pub, ok := b.published[it.article]
		if !ok {
			b.unknown[it.article] = true
		}
		it.pub = pub
		if it.time.Value == "" {
			it.date = nil
			continue
		}
		it.date = b.mentionDate(it.date, it.time.Value, pub)
		if it.date == nil {
			continue
		}
		if d, ok := shared[*it.date]; ok {
			it.date = d
		} else {
			shared[*it.date] = it.date
		}
	}
}

// mentionDate returns the date of a mention whose time has the given
// value, in an event dated d, from an article published on pub: d when it
// has that value, else the value placed on the calendar by
// extract.ParseValue. It returns nil when the date is not on the calendar.
func (b *builder) mentionDate(d *Date, value, pub string) *Date {
	var out Date
	if d != nil && d.Value == value {
		out = *d
	} else {
		anchor, _ := time.Parse(time.DateOnly, pub)
		span, _ := extract.ParseValue(value, anchor)
		out = Date{Value: value, Start: span.Start, End: span.End, Granularity: span.Granularity}
	}
	if out.Start == "" && out.End == "" {
		return nil
	}
	if _, ok := dayNumber(out.Start); !ok && out.Start != "" {
		return nil
	}
	if _, ok := dayNumber(out.End); !ok && out.End != "" {
		return nil
	}
	return &out
}

// prepare canonicalises participants' names across the set, sorts the
// items, drops duplicates and works out their spans.
func (b *builder) prepare() {
	var names []string
	for _, it := range b.items {
		names = append(names, it.parts...)
	}
	canon := canonicalNames(names)
	for i := range b.items {
		it := &b.items[i]
		for j, p := range it.parts {
			it.parts[j] = canon(p)
		}
		it.parts = dedupe(it.parts)
	}
	slices.SortFunc(b.items, compareItems)
	b.items = slices.CompactFunc(b.items, func(a, c item) bool { return compareItems(a, c) == 0 })
	for i := range b.items {
		it := &b.items[i]
		if it.date == nil {
			continue
		}
		it.span = b.spanOf(*it.date)
	}
	b.parent = make([]int, len(b.items))
	b.size = make([]int, len(b.items))
	for i := range b.parent {
		b.parent[i] = i
		b.size[i] = 1
	}
}

// spanOf returns the day numbers and length of a date.
func (b *builder) spanOf(d Date) span {
	s := span{lo: math.MinInt32, hi: math.MaxInt32}
	if n, ok := dayNumber(d.Start); ok {
		s.lo = n
	}
	if n, ok := dayNumber(d.End); ok {
		s.hi = n
	}
	s.days = s.hi - s.lo + 1
	s.bounded = d.Start != "" && d.End != "" && s.days <= b.spanLimit
	return s
}

// warnings returns the problems met, sorted.
func (b *builder) warnings() []string {
	w := slices.Clone(b.articleWarns)
	for id := range b.unknown {
		w = append(w, fmt.Sprintf("mentions of article %q, which is not in the article list", id))
	}
	slices.Sort(w)
	return nonNil(slices.Compact(w))
}

// item is one mention being merged.
type item struct {
	article  string            // article ID
	pub      string            // the article's publication date, or ""
	typ      extract.EventType // event type
	status   extract.Status    // what this report says became of the event
	trigger  string            // trigger as written
	head     string            // head word of the trigger (see headWord)
	sentence string            // the sentence
	start    int               // byte offset of the sentence
	end      int               // byte offset past the sentence
	parts    []string          // participants, canonical
	locs     []string          // locations
	time     Time              // the time expression
	date     *Date             // the date, or nil when undated
	span     span              // the date's days, when dated
}

// span is the extent of a date in day numbers.
type span struct {
	lo, hi  int  // first and last day; MinInt32 and MaxInt32 when open
	days    int  // hi-lo+1
	bounded bool // both ends known and at most builder.spanLimit days long
}

// dated reports whether the item has a date on the calendar.
func (it *item) dated() bool { return it.date != nil }

// bare reports whether the item names neither participants nor locations.
func (it *item) bare() bool { return len(it.parts) == 0 && len(it.locs) == 0 }

// compareItems orders items by article, sentence, trigger, then every
// other field, so that equal items are duplicates.
func compareItems(a, b item) int {
	return cmp.Or(
		strings.Compare(a.article, b.article),
		cmp.Compare(a.start, b.start),
		cmp.Compare(a.end, b.end),
		strings.Compare(a.trigger, b.trigger),
		cmp.Compare(a.typ, b.typ),
		cmp.Compare(a.status, b.status),
		strings.Compare(a.time.Value, b.time.Value),
		strings.Compare(a.time.Text, b.time.Text),
		strings.Compare(a.time.Rule, b.time.Rule),
		compareDates(a.date, b.date),
		strings.Compare(a.sentence, b.sentence),
		slices.Compare(a.parts, b.parts),
		slices.Compare(a.locs, b.locs),
	)
}

// compareDates orders dates, nil first.
func compareDates(a, b *Date) int {
	switch {
	case a == nil && b == nil:
		return 0
	case a == nil:
		return -1
	case b == nil:
		return 1
	}
	return cmp.Or(
		strings.Compare(a.Value, b.Value),
		strings.Compare(a.Start, b.Start),
		strings.Compare(a.End, b.End),
		cmp.Compare(a.Granularity, b.Granularity),
	)
}

// dayNumber returns the number of days from 1970-01-01 to a YYYY-MM-DD
// date, and false if s is not such a date.
func dayNumber(s string) (int, bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return 0, false
	}
	num := func(s string) int {
		n := 0
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return -1
			}
			n = n*10 + int(s[i]-'0')
		}
		return n
	}
	y, m, d := num(s[:4]), num(s[5:7]), num(s[8:])
	if y < 0 || m < 1 || m > 12 || d < 1 || d > 31 {
		return 0, false
	}
	// Days from civil, after Howard Hinnant's algorithm.
	if m <= 2 {
		y--
	}
	era := y / 400
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468, true
}

// dedupe drops repeated strings from s, keeping first occurrences in
// order.
func dedupe(s []string) []string {
	out := s[:0]
	for _, x := range s {
		if !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}
