package fingerprint_test

import (
	"fmt"

	"github.com/chronicle-news/chronicle/extract/fingerprint"
)

func ExampleOf() {
	wire := "The top U.S. diplomat and his Russian counterpart are meeting in Switzerland Saturday " +
		"in an attempt to broker a deal to resurrect the peace process in Syria. U.S. Secretary of " +
		"State John Kerry and Russian Foreign Minister Sergei Lavrov are convening in Lausanne where " +
		"they will strive to bring an end to the weeks-long attacks on the northern Syrian city of Aleppo."
	copied := "Kerry, Lavrov meet in Lausanne\n\nLAUSANNE, Switzerland (AP) — " + wire + "\n\nAdvertisement"
	other := "U.S. Secretary of State John Kerry and Russian Foreign Minister Sergei Lavrov met on " +
		"Saturday in the Swiss city of Lausanne for talks on Syria, joined by ministers from Iran, " +
		"Saudi Arabia, Turkey and Qatar, in a new attempt to halt the fighting in Aleppo."

	a, b, c := fingerprint.Of(wire), fingerprint.Of(copied), fingerprint.Of(other)
	fmt.Printf("copy: %.2f\n", a.Similarity(b))
	fmt.Printf("independent report: %.2f\n", a.Similarity(c))
	fmt.Println("too short:", fingerprint.Of("Kerry and Lavrov met.").Empty())
	// Output:
	// copy: 0.84
	// independent report: 0.07
	// too short: true
}

func ExampleGroups() {
	texts := []string{
		"Aid convoys reached the besieged eastern districts of Aleppo on Sunday for the first time in weeks, bringing food, fuel and medicine for tens of thousands of people trapped by the fighting, the United Nations said.",
		"Rebels and government forces agreed a three-day truce in the southern city of Daraa on Monday, after mediation by Jordan, according to local officials who spoke on condition of anonymity.",
		"ALEPPO (Reuters) - Aid convoys reached the besieged eastern districts of Aleppo on Sunday for the first time in weeks, bringing food, fuel and medicine for tens of thousands of people trapped by the fighting, the United Nations said.",
	}
	var sigs []fingerprint.Signature
	for _, t := range texts {
		sigs = append(sigs, fingerprint.Of(t))
	}
	fmt.Println(fingerprint.Groups(sigs, fingerprint.Threshold))
	// Output:
	// [[0 2]]
}

func ExampleParse() {
	s := fingerprint.Of("Aid convoys reached the besieged eastern districts of Aleppo on Sunday for the first time in weeks, bringing food, fuel and medicine for tens of thousands of people trapped by the fighting.")
	stored := s.String() // as in the "fingerprint" field of chronicle's JSON
	back, err := fingerprint.Parse(stored)
	fmt.Println(stored[:3], len(stored), back.Similarity(s), err)

	_, err = fingerprint.Parse("m9:AAAA")
	fmt.Println(err)
	// Output:
	// m1: 345 1 <nil>
	// cannot parse fingerprint: unknown fingerprint version "m9"
}
