package corpus

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// frontMatter is the metadata a text or Markdown article may open with,
// as YAML between two lines of three dashes:
//
//	---
//	title: Kerry and Lavrov meet in Paris
//	published: 2014-01-13
//	source: Reuters
//	url: https://example.com/story
//	---
type frontMatter struct {
	id, title, published, source, url string
	publishedLine                     int // line of the published key in the file, for messages
}

// frontMatterKeys maps the keys read from front matter, lower-cased, to
// the field they fill. Other keys (tags, author, layout...) are ignored.
var frontMatterKeys = map[string]string{
	"id":             "id",
	"title":          "title",
	"headline":       "title",
	"published":      "published",
	"date":           "published",
	"pubdate":        "published",
	"published_at":   "published",
	"publish_date":   "published",
	"date_published": "published",
	"datepublished":  "published",
	"source":         "source",
	"publisher":      "source",
	"outlet":         "source",
	"url":            "url",
	"link":           "url",
	"canonical":      "url",
	"canonical_url":  "url",
}

// errFrontMatter marks problems with front matter; the message says what.
var errFrontMatter = errors.New("front matter")

// splitFrontMatter separates front matter from the article text. It
// returns the front matter (zero without any), the body after it and the
// byte offset where the body starts. A problem returns an error wrapping
// errFrontMatter and the 1-based line of text it is on.
func splitFrontMatter(text string) (fm frontMatter, body string, line int, err error) {
	first, rest, ok := strings.Cut(text, "\n")
	if !ok || strings.TrimRight(first, " \t\r") != "---" {
		return frontMatter{}, text, 0, nil
	}
	var yamlText string
	closed := false
	offset := len(first) + 1
	for l := range strings.Lines(rest) {
		trimmed := strings.TrimRight(l, " \t\r\n")
		if trimmed == "---" || trimmed == "..." {
			yamlText = rest[:offset-len(first)-1]
			offset += len(l)
			closed = true
			break
		}
		offset += len(l)
	}
	if !closed {
		return frontMatter{}, "", 1, fmt.Errorf("%w: no closing --- line", errFrontMatter)
	}
	fm, line, err = parseFrontMatter(yamlText)
	if err != nil {
		return frontMatter{}, "", line + 1, err // +1 for the opening ---
	}
	if fm.publishedLine > 0 {
		fm.publishedLine++
	}
	return fm, text[offset:], 0, nil
}

// yamlLine finds the line number in a YAML error message.
var yamlLine = regexp.MustCompile(`line (\d+)`)

// parseFrontMatter parses the YAML of front matter. Lines in errors are
// 1-based lines of yamlText.
func parseFrontMatter(yamlText string) (frontMatter, int, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(yamlText), &doc); err != nil {
		line := 1
		if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
			line, _ = strconv.Atoi(m[1])
		}
		msg := strings.TrimPrefix(err.Error(), "yaml: ")
		msg = yamlLine.ReplaceAllString(msg, "")
		msg = strings.TrimLeft(msg, ": ")
		return frontMatter{}, line, fmt.Errorf("%w: bad YAML: %s", errFrontMatter, msg)
	}
	if len(doc.Content) == 0 {
		return frontMatter{}, 0, nil // empty front matter
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return frontMatter{}, root.Line, fmt.Errorf("%w: want key: value lines", errFrontMatter)
	}
	var fm frontMatter
	seen := make(map[string]int) // field -> line it was set on
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		field, ok := frontMatterKeys[strings.ToLower(k.Value)]
		if !ok {
			continue
		}
		if v.Kind != yaml.ScalarNode {
			return frontMatter{}, v.Line, fmt.Errorf("%w: %s: want a single value", errFrontMatter, k.Value)
		}
		if first, dup := seen[field]; dup {
			return frontMatter{}, k.Line, fmt.Errorf("%w: %s: %s already given on line %d", errFrontMatter, k.Value, field, first+1)
		}
		seen[field] = k.Line
		val := strings.TrimSpace(v.Value)
		switch field {
		case "id":
			fm.id = val
		case "title":
			fm.title = val
		case "published":
			fm.published, fm.publishedLine = val, v.Line
		case "source":
			fm.source = val
		case "url":
			fm.url = val
		}
	}
	return fm, 0, nil
}
