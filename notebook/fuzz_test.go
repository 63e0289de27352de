package notebook

// FuzzParse: any bytes either read as a notebook that validates, writes
// and reads back with the same cells, or give one-line errors; never a
// panic.

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("../examples/notebooks/*.ipynb")
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(`{"nbformat": 4, "cells": [{"cell_type": "code", "source": 3}]}`))
	f.Add([]byte(`{"nbformat": 4, "cells": [{"cell_type": "code", "source": ["a", 1], "outputs": [1, {"output_type": 2}], "execution_count": "x", "metadata": null}]}`))
	f.Add([]byte(`{"nbformat": 4.5, "cells": []}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		nb, err := Parse("f.ipynb", data)
		if err != nil {
			if msg := err.Error(); strings.Contains(msg, "\n") || !strings.HasPrefix(msg, "f.ipynb: ") {
				t.Fatalf("error %q is not one line naming the file", msg)
			}
			return
		}
		nb.Validate()
		Port(nb, false)
		Port(nb, true)
		out, err := nb.Marshal()
		if err != nil {
			t.Fatalf("Marshal: %v", err)
		}
		back, err := Parse("f.ipynb", out)
		if err != nil {
			t.Fatalf("a written notebook does not read back: %v", err)
		}
		if len(back.Cells) != len(nb.Cells) {
			t.Fatalf("%d cells read back, want %d", len(back.Cells), len(nb.Cells))
		}
		for i := range nb.Cells {
			if back.Cells[i].Source != nb.Cells[i].Source {
				t.Fatalf("cell %d source %q read back as %q", i, nb.Cells[i].Source, back.Cells[i].Source)
			}
		}
	})
}
