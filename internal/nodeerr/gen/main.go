// Command gen writes node/internal/js/errors_table.js from the Go table (nodeerr.Codes):
//
//	go generate ./internal/nodeerr
package main

import (
	"flag"
	"log"
	"os"

	"github.com/gnode-dev/gnode/internal/nodeerr"
)

func main() {
	out := flag.String("out", "../../node/internal/js/errors_table.js", "file to write")
	flag.Parse()
	if err := os.WriteFile(*out, nodeerr.TableJS(), 0o644); err != nil {
		log.Fatal(err)
	}
}
