package timeline

import (
	"testing"

	"github.com/chronicle-news/chronicle/extract"
)

func TestDateDisplay(t *testing.T) {
	tests := []struct {
		d    *Date
		want string
	}{
		{nil, "undated"},
		{&Date{Value: "2016-10-14", Start: "2016-10-14", End: "2016-10-14", Granularity: extract.Day}, "14 Oct 2016"},
		{&Date{Value: "2016-10-13TNI", Start: "2016-10-13", End: "2016-10-13", Granularity: extract.PartOfDay}, "night of 13 Oct 2016"},
		{&Date{Value: "2016-10-13TMO", Start: "2016-10-13", End: "2016-10-13", Granularity: extract.PartOfDay}, "morning of 13 Oct 2016"},
		{&Date{Value: "2016-W49", Start: "2016-12-05", End: "2016-12-11", Granularity: extract.Week}, "week of 5 Dec 2016"},
		{&Date{Value: "2014-W02-WE", Start: "2014-01-11", End: "2014-01-12", Granularity: extract.Weekend}, "weekend of 11 Jan 2014"},
		{&Date{Value: "2016-09", Start: "2016-09-01", End: "2016-09-30", Granularity: extract.Month}, "September 2016"},
		{&Date{Value: "2016-Q3", Start: "2016-07-01", End: "2016-09-30", Granularity: extract.Quarter}, "Q3 2016"},
		{&Date{Value: "2016-SU", Start: "2016-06-01", End: "2016-08-31", Granularity: extract.Season}, "summer 2016"},
		{&Date{Value: "2016", Start: "2016-01-01", End: "2016-12-31", Granularity: extract.Year}, "2016"},
		{&Date{Value: "199", Start: "1990-01-01", End: "1999-12-31", Granularity: extract.Decade}, "the 1990s"},
		{&Date{Value: "PAST_REF", Granularity: extract.Ref}, "in the past"},
		{&Date{Value: "2016-02-29", Start: "2016-02-29", End: "2016-02-29", Granularity: extract.Day}, "29 Feb 2016"},
		{&Date{Value: "XXXX-10-14", Granularity: extract.Day}, "XXXX-10-14"},
	}
	for _, tt := range tests {
		if got := tt.d.Display(); got != tt.want {
			t.Errorf("%+v.Display() = %q; want %q", tt.d, got, tt.want)
		}
	}
}
