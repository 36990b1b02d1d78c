package server

import (
	"embed"
	"io/fs"
	"net/http"
	"strings"
)

//go:embed assets
var assets embed.FS

// pageHandler serves the editor's page at / and its assets under
// /assets/, with a policy that forbids any fetch but our own.
func pageHandler() http.Handler {
	sub, err := fs.Sub(assets, "assets")
	if err != nil { // cannot happen: the folder is embedded
		return http.NotFoundHandler()
	}
	files := http.FileServerFS(sub)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy",
			"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'")
		w.Header().Set("Referrer-Policy", "no-referrer")
		switch {
		case r.URL.Path == "/":
			http.ServeFileFS(w, r, sub, "index.html")
		case strings.HasPrefix(r.URL.Path, "/assets/") && !strings.HasSuffix(r.URL.Path, "/"):
			http.StripPrefix("/assets", files).ServeHTTP(w, r)
		default:
			http.NotFound(w, r)
		}
	})
}
