// Command serve runs the webtest server for the recorders: it prints the
// server's base URL on one line and serves until stdin is closed.
package main

import (
	"fmt"
	"io"
	"os"

	"github.com/asyncscript/asyncscript/internal/webtest"
)

func main() {
	srv := webtest.NewServer()
	fmt.Println(srv.URL)
	io.Copy(io.Discard, os.Stdin)
	srv.Close()
}
