package prompt

// This file keeps the prompt's history across sessions in
// $XDG_STATE_HOME/asyncscript/history (~/.local/state/asyncscript/history
// when XDG_STATE_HOME is unset). A multi-line entry (a def, a for block)
// is one history item: in the file its newlines are escaped, and in the
// line editor its lines are joined by blockSep, so that Up recalls the
// whole block on one editable line; Enter on it runs it as the block.

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/peterh/liner"
)

// blockSep joins the lines of a multi-line entry in the line editor.
const blockSep = " \u23ce "

// maxHistory bounds the saved items (readline's default history length
// in CPython's site.py is unbounded; a bound keeps the file small).
const maxHistory = 1000

// HistoryPath is where history is saved: $XDG_STATE_HOME/asyncscript/history,
// else ~/.local/state/asyncscript/history; "" when neither is known.
func HistoryPath() string {
	dir := os.Getenv("XDG_STATE_HOME")
	if dir == "" || !filepath.IsAbs(dir) {
		home, err := os.UserHomeDir()
		if err != nil || home == "" {
			return ""
		}
		dir = filepath.Join(home, ".local", "state")
	}
	return filepath.Join(dir, "asyncscript", "history")
}

// history is the session's list of entries, as saved.
type history struct {
	ln    *liner.State // nil: history is not kept (no terminal)
	path  string
	items []string
}

// loadHistory reads the history file into ln.
func loadHistory(ln *liner.State, path string) *history {
	h := &history{ln: ln, path: path}
	if path == "" {
		return h
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return h
	}
	for _, line := range strings.Split(string(data), "\n") {
		if line == "" {
			continue
		}
		item := unescapeItem(line)
		h.items = append(h.items, item)
		ln.AppendHistory(toEditor(item))
	}
	return h
}

// add records an entry (its lines joined by "\n").
func (h *history) add(src string) {
	if h.ln == nil {
		return
	}
	src = strings.TrimRight(src, "\n")
	if n := len(h.items); n > 0 && h.items[n-1] == src {
		return
	}
	h.items = append(h.items, src)
	h.ln.AppendHistory(toEditor(src))
}

// save writes the history file (the last maxHistory items).
func (h *history) save() {
	if h.path == "" || h.ln == nil {
		return
	}
	items := h.items
	if len(items) > maxHistory {
		items = items[len(items)-maxHistory:]
	}
	var b strings.Builder
	for _, it := range items {
		b.WriteString(escapeItem(it))
		b.WriteByte('\n')
	}
	if err := os.MkdirAll(filepath.Dir(h.path), 0o700); err != nil {
		return
	}
	tmp := h.path + ".tmp"
	if err := os.WriteFile(tmp, []byte(b.String()), 0o600); err != nil {
		return
	}
	os.Rename(tmp, h.path)
}

// toEditor shows a multi-line entry on one line.
func toEditor(item string) string { return strings.ReplaceAll(item, "\n", blockSep) }

// fromEditor splits a line recalled from history back into its lines.
func fromEditor(line string) []string { return strings.Split(line, blockSep) }

// escapeItem puts an item on one line of the file: \ and newline escaped.
func escapeItem(s string) string {
	return strings.NewReplacer(`\`, `\\`, "\n", `\n`).Replace(s)
}

func unescapeItem(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			i++
			if s[i] == 'n' {
				b.WriteByte('\n')
			} else {
				b.WriteByte(s[i])
			}
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
