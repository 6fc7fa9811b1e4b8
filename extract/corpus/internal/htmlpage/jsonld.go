package htmlpage

import (
	"encoding/json"
	"html"
	"strings"
)

// jsonLD is what a page's JSON-LD scripts say about its article.
type jsonLD struct {
	headline  string   // headline of the first article that has one
	url       string   // url of the first article that has one
	publisher string   // publisher name of the first article that has one
	published []string // datePublished of each article, in document order
}

// readJSONLD reads the article objects in the JSON-LD scripts: objects
// whose @type is an Article (NewsArticle, ReportageNewsArticle and the
// like), BlogPosting, LiveBlogPosting or Report, at the top level of a
// script, in a top-level array or @graph, or the mainEntity of one of
// those. Scripts that are not valid JSON are ignored.
func readJSONLD(scripts []string) jsonLD {
	var ld jsonLD
	for _, src := range scripts {
		var v any
		if json.Unmarshal([]byte(unwrapScript(src)), &v) != nil {
			continue
		}
		var items []map[string]any
		for _, x := range list(v) {
			obj, ok := x.(map[string]any)
			if !ok {
				continue
			}
			items = append(items, obj)
			for _, y := range list(obj["@graph"]) {
				if o, ok := y.(map[string]any); ok {
					items = append(items, o)
				}
			}
		}
		ids := make(map[string]map[string]any)
		for _, obj := range items {
			if id, ok := obj["@id"].(string); ok && ids[id] == nil {
				ids[id] = obj
			}
		}
		for _, obj := range items {
			for _, o := range []any{obj, obj["mainEntity"], obj["mainEntityOfPage"]} {
				if a, ok := o.(map[string]any); ok && isArticle(a) {
					ld.add(a, ids)
				}
			}
		}
	}
	return ld
}

// add records the article a, whose references to other objects are
// looked up in ids.
func (ld *jsonLD) add(a map[string]any, ids map[string]map[string]any) {
	if d := str(a["datePublished"]); d != "" {
		ld.published = append(ld.published, d)
	}
	if ld.headline == "" {
		ld.headline = collapse(html.UnescapeString(str(a["headline"])))
	}
	if ld.url == "" {
		ld.url = str(a["url"])
	}
	if ld.publisher == "" {
		for _, p := range list(a["publisher"]) {
			obj, ok := p.(map[string]any)
			if !ok {
				continue
			}
			if obj["name"] == nil {
				if id, ok := obj["@id"].(string); ok && ids[id] != nil {
					obj = ids[id]
				}
			}
			if name := collapse(html.UnescapeString(str(obj["name"]))); name != "" {
				ld.publisher = name
				break
			}
		}
	}
}

// isArticle reports whether obj's @type is a kind of article.
func isArticle(obj map[string]any) bool {
	for _, t := range list(obj["@type"]) {
		s, ok := t.(string)
		if !ok {
			continue
		}
		if i := strings.LastIndexAny(s, "/:#"); i >= 0 {
			s = s[i+1:]
		}
		switch {
		case strings.HasSuffix(s, "Article"), s == "BlogPosting", s == "LiveBlogPosting", s == "Report":
			return true
		}
	}
	return false
}

// list returns v as a list: v itself if it is an array, else a list
// holding v, or nothing if v is nil.
func list(v any) []any {
	switch v := v.(type) {
	case nil:
		return nil
	case []any:
		return v
	}
	return []any{v}
}

// str returns v if it is a string, or the first string in v if it is an
// array, trimmed of white space; else "".
func str(v any) string {
	for _, x := range list(v) {
		if s, ok := x.(string); ok {
			return strings.TrimSpace(s)
		}
	}
	return ""
}

// unwrapScript returns the text of a script without the HTML comment or
// CDATA markers that some pages wrap around it.
func unwrapScript(s string) string {
	s = strings.TrimSpace(s)
	for _, p := range []string{"<!--", "//<![CDATA[", "/*<![CDATA[*/", "<![CDATA["} {
		s = strings.TrimSpace(strings.TrimPrefix(s, p))
	}
	for _, p := range []string{"-->", "//]]>", "/*]]>*/", "]]>"} {
		s = strings.TrimSpace(strings.TrimSuffix(s, p))
	}
	return s
}
