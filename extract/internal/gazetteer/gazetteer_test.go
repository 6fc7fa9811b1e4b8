package gazetteer_test

import (
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle/extract/internal/gazetteer"
	"github.com/google/go-cmp/cmp"
)

// Entries as the tests expect them.
func country(name string) gazetteer.Entry {
	return gazetteer.Entry{Name: name, Kind: gazetteer.Country}
}

func demonym(name string) gazetteer.Entry {
	return gazetteer.Entry{Name: name, Kind: gazetteer.Country, Demonym: true}
}

func region(name, country string) gazetteer.Entry {
	return gazetteer.Entry{Name: name, Kind: gazetteer.Region, Country: country}
}

func city(name, country string) gazetteer.Entry {
	return gazetteer.Entry{Name: name, Kind: gazetteer.City, Country: country}
}

func capital(name, country string) gazetteer.Entry {
	return gazetteer.Entry{Name: name, Kind: gazetteer.City, Country: country, Capital: true}
}

func org(name, country string) gazetteer.Entry {
	return gazetteer.Entry{Name: name, Kind: gazetteer.Organisation, Country: country}
}

func armed(name, country string) gazetteer.Entry {
	return gazetteer.Entry{Name: name, Kind: gazetteer.ArmedGroup, Country: country}
}

func title(name string) gazetteer.Entry {
	return gazetteer.Entry{Name: name, Kind: gazetteer.Title}
}

func honorific(name string) gazetteer.Entry {
	return gazetteer.Entry{Name: name, Kind: gazetteer.Honorific}
}

// found is an expected match: the text matched and the entry.
type found struct {
	text  string
	entry gazetteer.Entry
}

// matches turns the expected matches into Matches, finding each text in
// text after the one before.
func matches(t *testing.T, text string, want []found) []gazetteer.Match {
	t.Helper()
	var ms []gazetteer.Match
	from := 0
	for _, f := range want {
		i := strings.Index(text[from:], f.text)
		if i < 0 {
			t.Fatalf("bad test: %q not in %q after offset %d", f.text, text, from)
		}
		i += from
		ms = append(ms, gazetteer.Match{Start: i, End: i + len(f.text), Entry: f.entry})
		from = i + len(f.text)
	}
	return ms
}

func TestFind(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []found
	}{
		{"Kerry and Lavrov in Lausanne",
			"U.S. Secretary of State John Kerry and Russian Foreign Minister Sergei Lavrov are convening in Lausanne",
			[]found{
				{"U.S.", country("United States")},
				{"Secretary of State", title("Secretary of State")},
				{"Russian", demonym("Russia")},
				{"Foreign Minister", title("Foreign Minister")},
				{"Lausanne", city("Lausanne", "Switzerland")},
			}},
		{"foreign ministers will attend",
			"The foreign ministers of Turkey, Saudi Arabia, Qatar and Iran, and the U.N. Syrian envoy will also attend",
			[]found{
				{"foreign ministers", title("Foreign Minister")},
				{"Turkey", country("Turkey")},
				{"Saudi Arabia", country("Saudi Arabia")},
				{"Qatar", country("Qatar")},
				{"Iran", country("Iran")},
				{"U.N.", org("United Nations", "")},
				{"Syrian", demonym("Syria")},
				{"envoy", title("Envoy")},
			}},
		{"Isis recaptured Raqqa",
			"Isis launched a successful counter-attack over the weekend as it recaptured Raqqa",
			[]found{
				{"Isis", armed("Islamic State", "")},
				{"Raqqa", city("Raqqa", "Syria")},
			}},
		{"air raid on Aleppo",
			"Warplanes belonging to Russia and the Syrian government conducted a massive air raid on targets in rebel-held areas of Aleppo",
			[]found{
				{"Russia", country("Russia")},
				{"Syrian", demonym("Syria")},
				{"Aleppo", city("Aleppo", "Syria")},
			}},
		{"Aleppo's opposition in Paris",
			"Syria: Kerry, diplomats seek support for Aleppo’s opposition\n\nParis: US Secretary of State John Kerry",
			[]found{
				{"Syria", country("Syria")},
				{"diplomats", title("Diplomat")},
				{"Aleppo", city("Aleppo", "Syria")},
				{"Paris", capital("Paris", "France")},
				{"US", country("United States")},
				{"Secretary of State", title("Secretary of State")},
			}},
		{"lower-case words are not names", "he will chad the turkey before they georgia", nil},
		{"WHO is ambiguous", "WHO said", nil},
		{"who", "who said", nil},
		{"Us is not US", "Us and them, said the US. Au revoir.", []found{{"US", country("United States")}}},
		{"IS is ambiguous", "IS fighters fled; ISIS and ISIL and Daesh stayed",
			[]found{
				{"ISIS", armed("Islamic State", "")},
				{"ISIL", armed("Islamic State", "")},
				{"Daesh", armed("Islamic State", "")},
			}},
		{"headline in capitals", "SYRIA'S WAR: RUSSIAN JETS POUND ALEPPO",
			[]found{
				{"SYRIA", country("Syria")},
				{"RUSSIAN", demonym("Russia")},
				{"ALEPPO", city("Aleppo", "Syria")},
			}},
		{"hyphen ends a word", "Russian-backed and Saudi-led forces, anti-Assad rebels, U.S.-brokered talks",
			[]found{
				{"Russian", demonym("Russia")},
				{"Saudi", demonym("Saudi Arabia")},
				{"U.S.", country("United States")},
			}},
		{"no names inside words", "Parisian cafés, Americana, Syrianised, Iranians", []found{{"Iranians", demonym("Iran")}}},
		{"possessives", "Syria’s army, Hezbollah's fighters, the Kremlin’s envoy, SYRIA'S WAR, the Syrians' plight",
			[]found{
				{"Syria", country("Syria")},
				{"Hezbollah", armed("Hezbollah", "Lebanon")},
				{"Kremlin", org("Kremlin", "Russia")},
				{"envoy", title("Envoy")},
				{"SYRIA", country("Syria")},
				{"Syrians", demonym("Syria")},
			}},
		{"the before names", "in the Netherlands, the Gambia and the Kremlin",
			[]found{
				{"Netherlands", country("Netherlands")},
				{"Gambia", country("Gambia")},
				{"Kremlin", org("Kremlin", "Russia")},
			}},
		{"The Hague is not William Hague", "William Hague flew to The Hague",
			[]found{{"The Hague", city("The Hague", "Netherlands")}}},
		{"longest match wins", "Saudi officials in Saudi Arabia; Gaza City in Gaza; the UN Security Council and the UN; the Secretary of State and his Secretary",
			[]found{
				{"Saudi", demonym("Saudi Arabia")},
				{"Saudi Arabia", country("Saudi Arabia")},
				{"Gaza City", city("Gaza City", "Palestine")},
				{"Gaza", region("Gaza Strip", "Palestine")},
				{"UN Security Council", org("UN Security Council", "")},
				{"UN", org("United Nations", "")},
				{"Secretary of State", title("Secretary of State")},
				{"Secretary", title("Secretary")},
			}},
		{"transliterations", "Kiev, Odessa, Sana'a, Sana’a, Deir al-Zor and Idleb",
			[]found{
				{"Kiev", capital("Kyiv", "Ukraine")},
				{"Odessa", city("Odesa", "Ukraine")},
				{"Sana'a", capital("Sanaa", "Yemen")},
				{"Sana’a", capital("Sanaa", "Yemen")},
				{"Deir al-Zor", city("Deir ez-Zor", "Syria")},
				{"Idleb", city("Idlib", "Syria")},
			}},
		{"capitals as governments", "Moscow and Washington agreed; Tehran and Damascus objected",
			[]found{
				{"Moscow", capital("Moscow", "Russia")},
				{"Washington", capital("Washington", "United States")},
				{"Tehran", capital("Tehran", "Iran")},
				{"Damascus", capital("Damascus", "Syria")},
			}},
		{"al-Qaeda", "Al-Qaeda, al Qaeda, al-Qa’ida and AL-QAEDA",
			[]found{
				{"Al-Qaeda", armed("al-Qaeda", "")},
				{"al Qaeda", armed("al-Qaeda", "")},
				{"al-Qa’ida", armed("al-Qaeda", "")},
				{"AL-QAEDA", armed("al-Qaeda", "")},
			}},
		{"Nusra and its names", "Jabhat al-Nusra, later Jabhat Fateh al-Sham, then Hayat Tahrir al-Sham (HTS)",
			[]found{
				{"Jabhat al-Nusra", armed("Nusra Front", "Syria")},
				{"Jabhat Fateh al-Sham", armed("Nusra Front", "Syria")},
				{"Hayat Tahrir al-Sham", armed("Hayat Tahrir al-Sham", "Syria")},
				{"HTS", armed("Hayat Tahrir al-Sham", "Syria")},
			}},
		{"hyphen or space", "Secretary General Ban Ki-moon and Secretary-General Guterres",
			[]found{
				{"Secretary General", title("Secretary-General")},
				{"Secretary-General", title("Secretary-General")},
			}},
		{"curly apostrophes inside names", "the People’s Republic of China and Côte d’Ivoire",
			[]found{
				{"People’s Republic of China", country("China")},
				{"Côte d’Ivoire", country("Ivory Coast")},
			}},
		{"blank line ends a name", "talks with the Saudi\n\nArabia was not",
			[]found{{"Saudi", demonym("Saudi Arabia")}}},
		{"line break inside a name", "talks in New\nYork", []found{{"New\nYork", city("New York", "United States")}}},
		{"titles and honorifics", "Foreign minister Sergei Lavrov, Gen. Qassem Soleimani, Lt. Gen. Smith, Mr. Assad and Dr Tedros",
			[]found{
				{"Foreign minister", title("Foreign Minister")},
				{"Gen.", title("General")},
				{"Lt. Gen.", title("Lieutenant General")},
				{"Mr.", honorific("Mr")},
				{"Dr", honorific("Dr")},
			}},
		{"general and major as adjectives", "a general strike and major cities", nil},
		{"Kurds and Palestinians", "Kurdish fighters and Palestinians in the West Bank",
			[]found{
				{"Kurdish", gazetteer.Entry{Name: "Kurdistan", Kind: gazetteer.Region, Demonym: true}},
				{"Palestinians", demonym("Palestine")},
				{"West Bank", region("West Bank", "Palestine")},
			}},
		{"Sudan and South Sudan", "Sudanese and South Sudanese troops",
			[]found{
				{"Sudanese", demonym("Sudan")},
				{"South Sudanese", demonym("South Sudan")},
			}},
		{"groups of states", "G20 leaders and the G-7",
			[]found{
				{"G20", org("G20", "")},
				{"leaders", title("Leader")},
				{"G-7", org("G7", "")},
			}},
		{"aid agencies", "UNHCR, the ICRC, Doctors Without Borders and the Syrian Arab Red Crescent",
			[]found{
				{"UNHCR", org("UNHCR", "")},
				{"ICRC", org("International Committee of the Red Cross", "")},
				{"Doctors Without Borders", org("Doctors Without Borders", "")},
				{"Syrian Arab Red Crescent", org("Syrian Arab Red Crescent", "Syria")},
			}},
		{"empty", "", nil},
		{"only punctuation", " -'’. ", nil},
	}
	g := gazetteer.Default()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := matches(t, tt.text, tt.want)
			if diff := cmp.Diff(want, g.Find(tt.text)); diff != "" {
				t.Errorf("Find(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestWithAmbiguous(t *testing.T) {
	g := gazetteer.Default().WithAmbiguous()
	text := "IS fighters, WHO officials, the CAR and Congo; ISIS and the UN"
	amb := func(e gazetteer.Entry) gazetteer.Entry {
		e.Ambiguous = true
		return e
	}
	want := matches(t, text, []found{
		{"IS", amb(armed("Islamic State", ""))},
		{"WHO", amb(org("World Health Organization", ""))},
		{"CAR", amb(country("Central African Republic"))},
		{"Congo", amb(country("Democratic Republic of the Congo"))},
		{"ISIS", armed("Islamic State", "")},
		{"UN", org("United Nations", "")},
	})
	if diff := cmp.Diff(want, g.Find(text)); diff != "" {
		t.Errorf("WithAmbiguous().Find(%q) mismatch (-want +got):\n%s", text, diff)
	}
	if got := gazetteer.Default().Find(text); len(got) != 2 {
		t.Errorf("Find(%q) = %v; want only ISIS and UN", text, got)
	}
}

func TestLookup(t *testing.T) {
	tests := []struct {
		name string
		want gazetteer.Entry
		ok   bool
	}{
		{"Russia", country("Russia"), true},
		{"Russian", demonym("Russia"), true},
		{"Russians", demonym("Russia"), true},
		{"U.N.", org("United Nations", ""), true},
		{"SYRIA", country("Syria"), true},
		{"foreign minister", title("Foreign Minister"), true},
		{"Kiev", capital("Kyiv", "Ukraine"), true},
		{"Saudi Arabia", country("Saudi Arabia"), true},
		{"Hezbollah", armed("Hezbollah", "Lebanon"), true},
		{"Sana’a", capital("Sanaa", "Yemen"), true},
		{"the Kremlin", gazetteer.Entry{}, false},
		{"Syria's", gazetteer.Entry{}, false},
		{"Syria ", gazetteer.Entry{}, false},
		{" Syria", gazetteer.Entry{}, false},
		{"syria", gazetteer.Entry{}, false},
		{"Parisian", gazetteer.Entry{}, false},
		{"Saudi Arabia said", gazetteer.Entry{}, false},
		{"IS", gazetteer.Entry{}, false},
		{"", gazetteer.Entry{}, false},
	}
	g := gazetteer.Default()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := g.Lookup(tt.name)
			if ok != tt.ok {
				t.Errorf("Lookup(%q) ok = %v; want %v", tt.name, ok, tt.ok)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Lookup(%q) mismatch (-want +got):\n%s", tt.name, diff)
			}
		})
	}
	e, ok := g.WithAmbiguous().Lookup("IS")
	if want := (gazetteer.Entry{Name: "Islamic State", Kind: gazetteer.ArmedGroup, Ambiguous: true}); !ok || e != want {
		t.Errorf("WithAmbiguous().Lookup(%q) = %+v, %v; want %+v, true", "IS", e, ok, want)
	}
}

func TestKindString(t *testing.T) {
	tests := []struct {
		k    gazetteer.Kind
		want string
	}{
		{gazetteer.Country, "Country"},
		{gazetteer.Region, "Region"},
		{gazetteer.City, "City"},
		{gazetteer.Organisation, "Organisation"},
		{gazetteer.ArmedGroup, "ArmedGroup"},
		{gazetteer.Title, "Title"},
		{gazetteer.Honorific, "Honorific"},
		{0, "Kind(0)"},
		{99, "Kind(99)"},
	}
	for _, tt := range tests {
		if got := tt.k.String(); got != tt.want {
			t.Errorf("Kind(%d).String() = %q; want %q", int(tt.k), got, tt.want)
		}
	}
}

// TestData checks the lists shipped with the package.
func TestData(t *testing.T) {
	g, err := gazetteer.Load(os.DirFS("data"))
	if err != nil {
		t.Fatalf("Load(data): %v", err)
	}
	if diff := cmp.Diff(g.Entries(), gazetteer.Default().Entries()); diff != "" {
		t.Errorf("embedded data differs from data/ (-files +embedded):\n%s", diff)
	}

	entries := g.Entries()
	byName := make(map[string]gazetteer.Entry)
	kinds := make(map[gazetteer.Kind]int)
	capitals := make(map[string]int)
	for _, e := range entries {
		byName[e.Name] = e
		kinds[e.Kind]++
		if e.Capital {
			capitals[e.Country]++
		}
	}
	t.Logf("entries by kind: %v", kinds)
	if kinds[gazetteer.Country] < 198 {
		t.Errorf("%d countries; want the 193 UN members and more", kinds[gazetteer.Country])
	}

	// Every name finds its own entry, and every country a place or body
	// names is listed.
	amb := g.WithAmbiguous()
	for _, e := range entries {
		got, ok := amb.Lookup(e.Name)
		if !ok || got.Name != e.Name || got.Demonym {
			t.Errorf("Lookup(%q) = %+v, %v; want the entry itself", e.Name, got, ok)
		}
		if e.Country != "" && byName[e.Country].Kind != gazetteer.Country {
			t.Errorf("%v %q: country %q is not a Country", e.Kind, e.Name, e.Country)
		}
		if e.Kind == gazetteer.City && e.Country == "" {
			t.Errorf("city %q has no country", e.Name)
		}
	}

	// Every state has a capital, except city-states and states without one
	// news would name.
	noCapital := map[string]bool{
		"Monaco": true, "San Marino": true, "Singapore": true, "Vatican City": true,
		"Western Sahara": true, "Soviet Union": true,
	}
	for _, e := range entries {
		if e.Kind != gazetteer.Country {
			continue
		}
		switch n := capitals[e.Name]; {
		case n == 0 && !noCapital[e.Name]:
			t.Errorf("country %q has no capital", e.Name)
		case n > 2:
			t.Errorf("country %q has %d capitals", e.Name, n)
		}
	}

	// The names the extractor must know, as news writes them.
	must := map[gazetteer.Kind][]string{
		gazetteer.Country: {
			"US", "U.S.", "USA", "U.S.A.", "America", "United States of America", "UK", "U.K.", "Britain",
			"Great Britain", "Russian Federation", "Syrian Arab Republic", "Iran", "North Korea", "DPRK",
			"South Korea", "Democratic Republic of the Congo", "DRC", "DR Congo", "Ivory Coast",
			"Côte d'Ivoire", "Myanmar", "Burma", "Czech Republic", "Czechia", "Turkey", "Türkiye",
			"Palestine", "Kosovo", "Taiwan", "Western Sahara", "Russian", "Russians", "American",
			"Americans", "British", "Syrian", "Syrians", "Iranian", "Saudi", "Saudis", "Turkish",
			"Israeli", "Palestinian", "Ukrainian", "French", "Chinese",
		},
		gazetteer.Region: {
			"Kurdistan", "Gaza Strip", "Gaza", "West Bank", "Donbas", "Crimea", "Darfur", "Kashmir",
			"Nagorno-Karabakh", "Idlib Province", "Eastern Ghouta", "East Ghouta", "Anbar", "Helmand",
		},
		gazetteer.City: {
			"Aleppo", "Raqqa", "Homs", "Idlib", "Deir ez-Zor", "Douma", "Daraa",
			"Palmyra", "Kobani", "al-Bab", "Tel Abyad", "Mosul", "Fallujah", "Ramadi", "Tikrit",
			"Kirkuk", "Erbil", "Benghazi", "Misrata", "Sirte", "Sanaa", "Aden", "Hodeidah", "Taiz",
			"Donetsk", "Luhansk", "Mariupol", "Kharkiv", "Bakhmut", "Kherson", "Odesa", "Odessa",
			"Khan Younis", "Rafah", "Gaza City", "Jenin", "Kandahar", "Goma", "Juba", "El Fasher",
			"Khartoum", "Geneva", "Lausanne", "Vienna", "Astana", "Sochi", "Minsk", "Camp David",
			"Doha", "Munich", "Davos", "New York", "Washington", "Brussels", "The Hague", "Istanbul",
			"Ankara", "Kyiv", "Kiev", "Sana'a", "Deir al-Zor",
		},
		gazetteer.Organisation: {
			"United Nations", "UN", "U.N.", "UN Security Council", "UNHCR", "UNICEF", "WFP", "OCHA",
			"ICRC", "International Committee of the Red Cross", "Red Cross", "Red Crescent",
			"Syrian Arab Red Crescent", "MSF", "Doctors Without Borders", "Amnesty International",
			"Human Rights Watch", "Syrian Observatory for Human Rights", "NATO", "EU",
			"European Union", "African Union", "AU", "Arab League", "OSCE", "ASEAN", "IAEA", "OPCW",
			"ICC", "World Bank", "IMF", "G7", "G20", "Gulf Cooperation Council", "White House",
			"Kremlin", "Pentagon", "State Department", "Foreign Office", "Élysée",
		},
		gazetteer.ArmedGroup: {
			"Islamic State", "Isis", "ISIS", "ISIL", "Daesh", "Islamic State group", "al-Nusra Front",
			"Jabhat al-Nusra", "Nusra", "Nusrah", "Jabhat Fateh al-Sham", "Hayat Tahrir al-Sham", "HTS",
			"al-Qaeda", "al-Qa'ida", "al Qaeda", "Hezbollah", "Hamas", "Islamic Jihad", "Houthis",
			"Ansar Allah", "Taliban", "al-Shabab", "Boko Haram", "Free Syrian Army", "FSA",
			"Syrian Democratic Forces", "SDF", "YPG", "PKK", "Ahrar al-Sham", "Islamic Front",
			"Wagner Group", "RSF", "Rapid Support Forces", "M23",
		},
		gazetteer.Title: {
			"President", "Vice President", "Prime Minister", "Foreign Minister", "Defence Minister",
			"Defense Minister", "Secretary of State", "Secretary-General", "Secretary General",
			"Special Envoy", "envoy", "ambassador", "spokesman", "spokeswoman", "spokesperson",
			"Chancellor", "King", "Crown Prince", "Emir", "Sheikh", "General", "Gen.", "Lt. Gen.",
			"Colonel", "Commander", "Senator", "Sen.", "Rep.", "Pope", "Ayatollah", "Supreme Leader",
			"Foreign Secretary", "Minister", "Deputy Foreign Minister", "High Commissioner",
			"Under-Secretary-General", "chief negotiator",
		},
		gazetteer.Honorific: {"Mr", "Mr.", "Mrs", "Ms", "Dr", "Dr.", "Sir"},
	}
	for kind, names := range must {
		for _, name := range names {
			if e, ok := g.Lookup(name); !ok || e.Kind != kind {
				t.Errorf("Lookup(%q) = %+v, %v; want a %v", name, e, ok, kind)
			}
		}
	}
}

func TestLoadErrors(t *testing.T) {
	const header = "kind\tname\tcountry\tcapital\taliases\tambiguous\tdemonyms\n"
	valid := map[string]string{
		"countries.tsv":     "Country\tSyria\t\t\tSyrian Arab Republic\t\tSyrian|Syrians\n",
		"places.tsv":        "City\tDamascus\tSyria\tyes\t\t\t\n",
		"organisations.tsv": "ArmedGroup\tIslamic State\t\t\tIsis\tIS\t\n",
		"titles.tsv":        "Title\tEnvoy\t\t\tenvoy\t\t\n",
	}
	fsys := func(file, text string) fstest.MapFS {
		m := fstest.MapFS{}
		for name, rows := range valid {
			m[name] = &fstest.MapFile{Data: []byte("# comment\n" + header + rows)}
		}
		if file != "" {
			m[file] = &fstest.MapFile{Data: []byte(text)}
		}
		return m
	}
	if _, err := gazetteer.Load(fsys("", "")); err != nil {
		t.Fatalf("Load(valid) = %v", err)
	}
	tests := []struct {
		name string
		file string // the file to replace
		text string // its text
		want string // part of the error
	}{
		{"missing file", "titles.tsv", "", "no header"},
		{"bad header", "titles.tsv", "kind\tname\n", "header is"},
		{"field count", "titles.tsv", header + "Title\tEnvoy\n", "2 fields; want 7"},
		{"unknown kind", "places.tsv", header + "Town\tHoms\tSyria\t\t\t\t\n", `kind "Town"`},
		{"kind in wrong file", "places.tsv", header + "Country\tHoms\t\t\t\t\t\n", `kind "Country"`},
		{"no name", "titles.tsv", header + "Title\t\t\t\t\t\t\n", "no name"},
		{"city without country", "places.tsv", header + "City\tHoms\t\t\t\t\t\n", `city "Homs" has no country`},
		{"unknown country", "places.tsv", header + "City\tHoms\tSyrian Arab Republic\t\t\t\t\n", `country "Syrian Arab Republic" of "Homs" is not a Country`},
		{"capital not a city", "countries.tsv", header + "Country\tSyria\t\tyes\t\t\t\n", "cannot be a capital"},
		{"bad capital", "places.tsv", header + "City\tHoms\tSyria\tno\t\t\t\n", `capital is "no"`},
		{"country of a country", "countries.tsv", header + "Country\tSyria\tSyria\t\t\t\t\n", "has no country"},
		{"demonym of a title", "titles.tsv", header + "Title\tEnvoy\t\t\t\t\tEnvoys\n", "cannot have demonyms"},
		{"stray spaces", "titles.tsv", header + "Title\tEnvoy \t\t\t\t\t\n", "stray spaces"},
		{"curly apostrophe", "titles.tsv", header + "Title\tCharg\u00e9 d\u2019Affaires\t\t\t\t\t\n", "write apostrophes as '"},
		{"empty item", "titles.tsv", header + "Title\tEnvoy\t\t\tenvoy||envoys\t\t\n", "empty item"},
		{"no words", "titles.tsv", header + "Title\tEnvoy\t\t\t--\t\t\n", `"--" does not start with a word`},
		{"too long", "titles.tsv", header + "Title\tEnvoy\t\t\t" + strings.Repeat("a ", 16) + "a\t\t\n", "has too many words"},
		{"duplicate name", "titles.tsv", header + "Title\tEnvoy\t\t\t\t\t\nTitle\tEnvoy\t\t\t\t\t\n", `"Envoy" is already an entry`},
		{"alias of two entries", "titles.tsv", header + "Title\tEnvoy\t\t\tSyrian\t\t\n", `"Syrian" is already "Syria"`},
		{"hyphen or space repeats", "titles.tsv", header + "Title\tSecretary-General\t\t\tSecretary General\t\t\n", `"Secretary General" repeats "Secretary-General"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := fsys(tt.file, tt.text)
			if tt.name == "missing file" {
				delete(fs, tt.file)
				tt.want = "cannot read gazetteer data"
			}
			_, err := gazetteer.Load(fs)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Load() = %v; want an error containing %q", err, tt.want)
			}
		})
	}
}

// isWord reports whether r is part of a word, as the package documentation
// defines it.
func isWord(r rune) bool {
	return r != '\u02bc' && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r))
}

func isApos(r rune) bool { return r == '\'' || r == '\u2019' || r == '\u02bc' }

// checkMatches checks the invariants of Find: matches are in order, do not
// overlap, lie on word boundaries and are found again by Lookup.
func checkMatches(t *testing.T, g *gazetteer.Gazetteer, text string, ms []gazetteer.Match) {
	t.Helper()
	prev := 0
	for i, m := range ms {
		if m.Start < prev || m.End <= m.Start || m.End > len(text) {
			t.Fatalf("match %d = %+v: out of order or range (previous end %d, len %d)", i, m, prev, len(text))
		}
		prev = m.End
		if m.Entry.Name == "" || m.Entry.Kind.String() == "" || strings.HasPrefix(m.Entry.Kind.String(), "Kind(") {
			t.Errorf("match %d = %+v: bad entry", i, m)
		}
		s := text[m.Start:m.End]
		first, _ := utf8.DecodeRuneInString(s)
		if !isWord(first) {
			t.Errorf("match %d %q does not start with a word", i, s)
		}
		before, n := utf8.DecodeLastRuneInString(text[:m.Start])
		if isWord(before) {
			t.Errorf("match %d %q starts inside a word: %q", i, s, text[:m.Start])
		}
		if isApos(before) {
			if b, _ := utf8.DecodeLastRuneInString(text[:m.Start-n]); isWord(b) {
				t.Errorf("match %d %q starts after an apostrophe inside a word: %q", i, s, text[:m.Start])
			}
		}
		last, _ := utf8.DecodeLastRuneInString(s)
		after := text[m.End:]
		next, n := utf8.DecodeRuneInString(after)
		if isWord(last) && isWord(next) {
			t.Errorf("match %d %q ends inside a word: %q", i, s, after)
		}
		if isWord(last) && isApos(next) {
			// Only a possessive may follow: "'s" and no more word.
			if r, _ := utf8.DecodeRuneInString(after[n:]); isWord(r) {
				rest := after[n:]
				if (rest[0] != 's' && rest[0] != 'S') || len(rest) > 1 && continuesWord(rest[1:]) {
					t.Errorf("match %d %q ends inside a word: %q", i, s, after)
				}
			}
		}
		if e, ok := g.Lookup(s); !ok || e != m.Entry {
			t.Errorf("match %d %q is %+v, but Lookup(%q) = %+v, %v", i, s, m.Entry, s, e, ok)
		}
	}
}

// continuesWord reports whether s starts with a word character, or an
// apostrophe followed by one.
func continuesWord(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	if isWord(r) {
		return true
	}
	if isApos(r) {
		r, _ = utf8.DecodeRuneInString(s[n:])
		return isWord(r)
	}
	return false
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"U.S. Secretary of State John Kerry and Russian Foreign Minister Sergei Lavrov are convening in Lausanne",
		"Isis launched a successful counter-attack over the weekend as it recaptured Raqqa",
		"SYRIA'S WAR: Russian-backed forces; Syria’s army; the Syrians' plight; Parisian",
		"People’s Republic of China, Côte d’Ivoire, Sana'a, al-Qa’ida, IS, WHO, Congo",
		"Saudi\n\nArabia, New\nYork, Dar-es-Salaam, St. John's, Washington, D.C.",
		"x'Syria Syria'sx Syria's's Syria’S \xff\xfeSyria\u0301 Syria\u02bcs",
		"Gen.Lt. Gen. Mr. Dr. Lt-Gen G-20 P5+1 E3+3",
	} {
		f.Add(s)
	}
	g := gazetteer.Default()
	amb := g.WithAmbiguous()
	f.Fuzz(func(t *testing.T, text string) {
		checkMatches(t, g, text, g.Find(text))
		checkMatches(t, amb, text, amb.Find(text))
	})
}

// timeMLDir holds news articles; shared/ sits beside the repository.
const timeMLDir = "../../../../shared/data/timeml/tbaq-cleaned"

// corpus returns news text: the TimeML articles if present and all is set,
// else the sample articles in the repository's testdata.
func corpus(tb testing.TB, all bool) string {
	tb.Helper()
	var b strings.Builder
	if all {
		files, _ := filepath.Glob(filepath.Join(timeMLDir, "*", "*.tml"))
		reText := regexp.MustCompile(`(?s)<TEXT>(.*?)</TEXT>`)
		reTag := regexp.MustCompile(`<[^>]*>`)
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				tb.Fatal(err)
			}
			if m := reText.FindSubmatch(data); m != nil {
				b.WriteString(html.UnescapeString(reTag.ReplaceAllString(string(m[1]), "")))
			}
		}
	}
	if b.Len() == 0 {
		files, _ := filepath.Glob("../../../testdata/articles/*.txt")
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				tb.Fatal(err)
			}
			b.Write(data)
		}
	}
	if b.Len() == 0 {
		tb.Skip("no corpus")
	}
	return b.String()
}

// TestFindCorpus checks the invariants on real news.
func TestFindCorpus(t *testing.T) {
	text := corpus(t, true)
	g := gazetteer.Default()
	ms := g.Find(text)
	checkMatches(t, g, text, ms)
	if len(ms) < len(text)/1000 {
		t.Errorf("%d matches in %d bytes of news; want more", len(ms), len(text))
	}
}

func TestFindAllocs(t *testing.T) {
	g := gazetteer.Default()
	none := strings.Repeat("the talks in the city went on for days, said the aide's friend. ", 10)
	if n := testing.AllocsPerRun(100, func() { g.Find(none) }); n != 0 {
		t.Errorf("Find with no match: %v allocations; want 0", n)
	}
	one := none + "Aleppo"
	if n := testing.AllocsPerRun(100, func() { g.Find(one) }); n != 1 {
		t.Errorf("Find with one match: %v allocations; want 1", n)
	}
}

func TestConcurrent(t *testing.T) {
	text := corpus(t, false)
	want := gazetteer.Default().Find(text)
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 5 {
				if diff := cmp.Diff(want, gazetteer.Default().Find(text)); diff != "" {
					t.Errorf("concurrent Find differs (-want +got):\n%s", diff)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func BenchmarkFind(b *testing.B) {
	text := corpus(b, false)
	g := gazetteer.Default()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		g.Find(text)
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := gazetteer.Load(os.DirFS("data")); err != nil {
			b.Fatal(err)
		}
	}
}
