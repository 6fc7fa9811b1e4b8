package furniture

// groups is a set of phrase groups, one bit each.
type groups uint32

// Phrase groups: classify finds them all in one pass over a line.
const (
	gAppeal       groups = 1 << iota // requests for money: appealPhrases
	gConsent                         // cookie and privacy notices: consentPhrases
	gMeta                            // notes about the page: metaPhrases
	gNewsPhrase                      // newsletter prompts: newsletterPhrases
	gNewsletter                      // "newsletter"
	gNewsContext                     // words that make "newsletter" a prompt
	gSignUp                          // "sign up"
	gSignUpCtx                       // words that make "sign up" a prompt
	gByEmail                         // "by email"
	gContributed                     // "contributed to this report"
	gAdvert                          // "advertisement"
	gRights                          // "all rights reserved"
	gMayNot                          // the AP's "may not be published, broadcast, rewritten"
	gProtected                       // "protected by copyright"
	gFollowAuthor                    // "follow him on"
	gApp                             // "app", "apps" as words
)

// has reports whether g holds any of the groups in h.
func (g groups) has(h groups) bool { return g&h != 0 }

// phraseLists lists the phrases of each group. A phrase starts at the
// start of a word; a final space matches the end of a word.
var phraseLists = []struct {
	g       groups
	phrases []string
}{
	{gAppeal, appealPhrases},
	{gConsent, consentPhrases},
	{gMeta, metaPhrases},
	{gNewsPhrase, newsletterPhrases},
	{gNewsletter, []string{"newsletter"}},
	{gNewsContext, []string{"sign up", "sign-up", "subscribe", "inbox", "email", "free", "our newsletter", "newsletters", "register"}},
	{gSignUp, []string{"sign up"}},
	{gSignUpCtx, []string{"email", "inbox", "updates", "alerts", "free"}},
	{gByEmail, []string{"by email"}},
	{gContributed, []string{"contributed to this report"}},
	{gAdvert, []string{"advertisement"}},
	{gRights, []string{"all rights reserved"}},
	{gMayNot, []string{"may not be published, broadcast, rewritten"}},
	{gProtected, []string{"protected by copyright"}},
	{gFollowAuthor, []string{"follow him on", "follow her on", "follow them on", "follow us on", "follow me on"}},
	{gApp, []string{"app ", "apps "}},
}

// phrase is an entry of the phrase index.
type phrase struct {
	text string // the phrase, lower case
	g    groups // the groups it belongs to
}

// phraseIndex finds phrases by a hash of the first three bytes of a word.
var phraseIndex struct {
	slot  [1 << 16]uint8 // for a hash, 1 + its index in byTwo, or 0
	byTwo [][]phrase     // the phrases whose first three bytes have each hash
}

// hash3 hashes the first three bytes of a phrase or word.
func hash3(a, b, c byte) uint16 {
	return uint16((uint32(a)<<16 | uint32(b)<<8 | uint32(c)) * 2654435761 >> 16)
}

func init() {
	seen := map[string]groups{}
	var order []string
	for _, l := range phraseLists {
		for _, p := range l.phrases {
			if len(p) < 3 {
				panic("furniture: phrase too short: " + p)
			}
			if _, ok := seen[p]; !ok {
				order = append(order, p)
			}
			seen[p] |= l.g
		}
	}
	for _, p := range order {
		k := hash3(p[0], p[1], p[2])
		if phraseIndex.slot[k] == 0 {
			if len(phraseIndex.byTwo) == 255 {
				panic("furniture: too many phrase starts")
			}
			phraseIndex.byTwo = append(phraseIndex.byTwo, nil)
			phraseIndex.slot[k] = uint8(len(phraseIndex.byTwo))
		}
		s := phraseIndex.slot[k] - 1
		phraseIndex.byTwo[s] = append(phraseIndex.byTwo[s], phrase{p, seen[p]})
	}
}

// findGroups returns the groups of the phrases in the folded line lo.
func findGroups(lo []byte) groups {
	var g groups
	for i := 0; i+2 < len(lo); i++ {
		if i > 0 && isWordByte(lo[i-1]) {
			continue
		}
		g |= phrasesAt(lo[i:])
	}
	return g
}

// phrasesAt returns the groups of the phrases that b starts with.
func phrasesAt(b []byte) groups {
	if len(b) < 3 {
		return 0
	}
	s := phraseIndex.slot[hash3(b[0], b[1], b[2])]
	if s == 0 {
		return 0
	}
	var g groups
	for _, p := range phraseIndex.byTwo[s-1] {
		if matchAt(b, p.text) {
			g |= p.g
		}
	}
	return g
}

// matchAt reports whether b starts with phrase p; a final space in p
// matches any byte that is not part of a word, or the end of b.
func matchAt(b []byte, p string) bool {
	if p[len(p)-1] == ' ' {
		w := p[:len(p)-1]
		return len(b) >= len(w) && string(b[:len(w)]) == w && (len(b) == len(w) || !isWordByte(b[len(w)]))
	}
	return len(b) >= len(p) && string(b[:len(p)]) == p
}

// isWordByte reports whether c is an ASCII letter or digit, or part of a
// multi-byte character.
func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c >= 0x80
}
