// Package timeline merges event mentions from many articles into one
// ordered, sourced timeline: each event (a meeting, ceasefire, offensive or
// aid delivery) once, with its date, the articles that report it and any
// reports that date it differently.
//
// The package is a placeholder: it will be built in the next issue. Until
// then it holds no code.
package timeline
