// Package htmlpage reads the article in an HTML news page: its headline,
// its text and the metadata the page gives about it.
//
// [Parse] decodes the page from the charset it declares (a byte order
// mark, <meta charset> or an http-equiv Content-Type), or from UTF-8 or
// Windows-1252 if it declares none; bytes invalid in the charset become
// U+FFFD.
//
// The text is the main content that go-readability, the Go port of
// Mozilla's Readability, finds in the page, as plain text: paragraphs,
// headings, block quotes and lists are separated by blank lines, list
// items, table rows, captions and line breaks end lines, and white space
// is collapsed. The headline is the first line. When Readability finds
// little or nothing, the text is that of the page's main <article>, else
// <main>, else <body>, leaving out <nav>, <header>, <footer>, <aside> and
// <form>. Scripts, styles and hidden elements are never text.
//
// The headline, canonical URL and outlet come from Open Graph tags,
// JSON-LD, <link rel=canonical> and the <h1> and <title> elements. A site
// name before or after the headline ("Storm hits coast - BBC News") is
// removed when it matches the outlet or the host name.
//
// Publication dates come, most trusted first, from
// <meta property="article:published_time">, JSON-LD datePublished of an
// article object (NewsArticle, BlogPosting and the like, also inside
// @graph), <meta> elements such as pubdate, dc.date and parsely-pub-date,
// itemprop="datePublished", and <time> elements in the article.
// Modification dates are never taken. Dates keep the zone they were
// written in, so 2016-10-15T23:30:00-05:00 is on 15 October; dates that
// are not real ("2016-13-45", or the placeholder 0001-01-01) are reported
// apart so that the caller can warn about them.
//
// Parse never panics, and its work is bounded: pages over [MaxSize] bytes
// are refused, pages nested deeper than the HTML parser's limit of 512
// elements fail to parse, and pages with very many elements skip
// Readability for the simpler fallback.
package htmlpage
