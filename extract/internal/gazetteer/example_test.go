package gazetteer_test

import (
	"fmt"

	"github.com/chronicle-news/chronicle/extract/internal/gazetteer"
)

func ExampleGazetteer_Find() {
	text := "Russian Foreign Minister Sergei Lavrov met the U.N. envoy in Geneva as Isis fighters left Raqqa; Moscow's position is unchanged."
	for _, m := range gazetteer.Default().Find(text) {
		e := m.Entry
		fmt.Printf("%-16q %-12v %s", text[m.Start:m.End], e.Kind, e.Name)
		switch {
		case e.Demonym:
			fmt.Print(" (demonym)")
		case e.Capital:
			fmt.Printf(" (capital of %s)", e.Country)
		case e.Country != "":
			fmt.Printf(" (%s)", e.Country)
		}
		fmt.Println()
	}
	// Output:
	// "Russian"        Country      Russia (demonym)
	// "Foreign Minister" Title        Foreign Minister
	// "U.N."           Organisation United Nations
	// "envoy"          Title        Envoy
	// "Geneva"         City         Geneva (Switzerland)
	// "Isis"           ArmedGroup   Islamic State
	// "Raqqa"          City         Raqqa (Syria)
	// "Moscow"         City         Moscow (capital of Russia)
}

func ExampleGazetteer_Lookup() {
	g := gazetteer.Default()
	for _, name := range []string{"Kiev", "Saudis", "IS"} {
		e, ok := g.Lookup(name)
		fmt.Println(name, e.Name, e.Kind, ok)
	}
	e, ok := g.WithAmbiguous().Lookup("IS")
	fmt.Println("IS", e.Name, e.Kind, ok)
	// Output:
	// Kiev Kyiv City true
	// Saudis Saudi Arabia Country true
	// IS  Kind(0) false
	// IS Islamic State ArmedGroup true
}
