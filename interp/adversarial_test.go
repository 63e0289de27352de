package interp_test

// Adversarial programs against the object model, bytes and the classes
// merged with them: misuse that must end in CPython's exception and
// output, never a Go panic or a hang. Each testdata/adversarial_*.as is a
// chunked golden file recorded from python3 by
// internal/golden/record_chunks.py.

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/asyncscript/asyncscript/internal/golden"
)

func TestAdversarialPrograms(t *testing.T) {
	files, err := filepath.Glob("testdata/adversarial_*.as")
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata/adversarial_*.as (%v)", err)
	}
	for _, file := range files {
		name := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(file), "adversarial_"), ".as")
		t.Run(name, func(t *testing.T) {
			golden.Suite{Chunks: file}.Test(t)
		})
	}
}
