package notebook

// This file reads and writes nbformat 4 notebooks with encoding/json, as
// nbformat's v4 reader and JSONWriter do (nbformat/v4/nbjson.py): unknown
// keys are kept, multi-line strings are written as lists of lines, keys
// sorted, one space of indentation. Read refuses what nbformat or a Python
// kernel would refuse with one error line naming the file.

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

// Notebook is an nbformat 4 document. Raw holds every top-level key as
// read; Cells replaces Raw["cells"] when the notebook is written.
type Notebook struct {
	Path  string
	Raw   map[string]any
	Cells []*Cell
}

// Cell is one cell. Raw keeps its keys as read; Source, Outputs and Count
// are the parts the runner reads and fills in.
type Cell struct {
	Raw     map[string]any
	Type    string // "code", "markdown" or "raw"
	Source  string
	Outputs []Output
	Count   int  // execution_count; 0 with HasRun false is null
	HasRun  bool // execution_count is not null
}

// Output is one output of a code cell as nbformat stores it
// ("output_type" and the keys of that type).
type Output map[string]any

// Error is a notebook that cannot be run: it prints as one line naming
// the file and the problem, and the command exits with status 2.
type Error struct {
	Path, Problem string
}

func (e *Error) Error() string { return e.Path + ": " + e.Problem }

// ReadFile reads and checks the notebook at path.
func ReadFile(path string) (*Notebook, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			return nil, &Error{path, "cannot read the file: " + pe.Err.Error()}
		}
		return nil, &Error{path, err.Error()}
	}
	return Parse(path, data)
}

// Parse reads the notebook in data (path names it in errors). It accepts
// nbformat 4 documents whose kernel, if named, runs Python.
func Parse(path string, data []byte) (*Notebook, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var doc any
	if err := dec.Decode(&doc); err != nil {
		return nil, &Error{path, "not a notebook: invalid JSON: " + jsonProblem(data, err)}
	}
	if dec.More() {
		return nil, &Error{path, "not a notebook: invalid JSON: extra data after the document"}
	}
	top, ok := doc.(map[string]any)
	if !ok {
		return nil, &Error{path, "not a notebook: the JSON document is not an object"}
	}
	major, ok := intOf(top["nbformat"])
	if !ok {
		return nil, &Error{path, "not a notebook: no \"nbformat\" version number"}
	}
	if major != 4 {
		return nil, &Error{path, fmt.Sprintf("nbformat %d is not supported (only nbformat 4; upgrade it with `jupyter nbconvert --to notebook`)", major)}
	}
	cellsV, ok := top["cells"]
	if !ok {
		return nil, &Error{path, "not a notebook: no \"cells\" list"}
	}
	cells, ok := cellsV.([]any)
	if !ok {
		return nil, &Error{path, "not a notebook: \"cells\" is not a list"}
	}
	if lang := kernelLanguage(top); lang != "" && !strings.EqualFold(lang, "python") {
		return nil, &Error{path, fmt.Sprintf("the notebook's kernel runs %s, not Python", lang)}
	}
	nb := &Notebook{Path: path, Raw: top}
	for i, cv := range cells {
		cm, ok := cv.(map[string]any)
		if !ok {
			return nil, &Error{path, fmt.Sprintf("cell %d is not an object", i+1)}
		}
		c := &Cell{Raw: cm}
		c.Type, _ = cm["cell_type"].(string)
		if c.Type == "" {
			return nil, &Error{path, fmt.Sprintf("cell %d has no cell_type", i+1)}
		}
		src, ok := multiline(cm["source"])
		if !ok {
			return nil, &Error{path, fmt.Sprintf("cell %d has no source text", i+1)}
		}
		c.Source = src
		if c.Type == "code" {
			if n, ok := intOf(cm["execution_count"]); ok {
				c.Count, c.HasRun = n, true
			}
			outs, _ := cm["outputs"].([]any)
			for _, ov := range outs {
				if om, ok := ov.(map[string]any); ok {
					c.Outputs = append(c.Outputs, Output(om))
				}
			}
		}
		nb.Cells = append(nb.Cells, c)
	}
	return nb, nil
}

// kernelLanguage is the language the notebook's metadata names (kernelspec
// language, else language_info name), "" when it names none.
func kernelLanguage(top map[string]any) string {
	meta, _ := top["metadata"].(map[string]any)
	if ks, ok := meta["kernelspec"].(map[string]any); ok {
		if l, ok := ks["language"].(string); ok && l != "" {
			return l
		}
	}
	if li, ok := meta["language_info"].(map[string]any); ok {
		if l, ok := li["name"].(string); ok && l != "" {
			return l
		}
	}
	return ""
}

// jsonProblem describes a decoding error with its line and column.
func jsonProblem(data []byte, err error) string {
	var off int64 = -1
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		off = se.Offset
	case errors.As(err, &te):
		off = te.Offset
	}
	msg := err.Error()
	if errors.Is(err, io.ErrUnexpectedEOF) || msg == "unexpected EOF" {
		msg = "unexpected end of the file"
		off = int64(len(data))
	}
	if off < 0 {
		return msg
	}
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	line := 1 + bytes.Count(data[:off], []byte("\n"))
	col := int(off) - bytes.LastIndexByte(data[:off], '\n')
	return fmt.Sprintf("%s (line %d, column %d)", msg, line, col)
}

// intOf reads a JSON number that is an integer.
func intOf(v any) (int, bool) {
	n, ok := v.(json.Number)
	if !ok {
		return 0, false
	}
	i, err := n.Int64()
	return int(i), err == nil
}

// multiline reads nbformat's multiline string: a string or a list of
// strings to be joined.
func multiline(v any) (string, bool) {
	switch s := v.(type) {
	case string:
		return s, true
	case []any:
		var b strings.Builder
		for _, p := range s {
			ps, ok := p.(string)
			if !ok {
				return "", false
			}
			b.WriteString(ps)
		}
		return b.String(), true
	}
	return "", false
}

// Text returns a multiline string field of an output ("text", or a key of
// "data" such as "text/plain" when mime is given).
func (o Output) Text(key string) string {
	if key == "text" || key == "ename" || key == "evalue" || key == "name" || key == "output_type" {
		s, _ := multiline(o[key])
		return s
	}
	data, _ := o["data"].(map[string]any)
	s, _ := multiline(data[key])
	return s
}

// Type is the output_type.
func (o Output) Type() string { s, _ := o["output_type"].(string); return s }

// Traceback is an error output's traceback lines.
func (o Output) Traceback() []string {
	tb, _ := o["traceback"].([]any)
	var out []string
	for _, l := range tb {
		if s, ok := l.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

// splitLines is Python's str.splitlines(keepends=True) on "\n" (nbformat's
// split_lines), as written for multiline strings.
func splitLines(s string) []any {
	out := []any{}
	for s != "" {
		i := strings.IndexByte(s, '\n')
		if i < 0 {
			out = append(out, s)
			break
		}
		out = append(out, s[:i+1])
		s = s[i+1:]
	}
	return out
}

// Marshal returns the notebook as nbformat writes it: keys sorted,
// indented by one space, multi-line strings as lists of lines, non-ASCII
// text unescaped, a final newline.
func (nb *Notebook) Marshal() ([]byte, error) {
	cells := make([]any, len(nb.Cells))
	for i, c := range nb.Cells {
		m := c.Raw
		m["source"] = splitLines(c.Source)
		if c.Type == "code" {
			outs := make([]any, len(c.Outputs))
			for j, o := range c.Outputs {
				outs[j] = splitOutput(o)
			}
			m["outputs"] = outs
			if c.HasRun {
				m["execution_count"] = c.Count
			} else {
				m["execution_count"] = nil
			}
		}
		cells[i] = m
	}
	nb.Raw["cells"] = cells
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(nb.Raw); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// splitOutput writes an output's multi-line strings as lists of lines.
func splitOutput(o Output) Output {
	out := Output{}
	for k, v := range o {
		out[k] = v
	}
	if s, ok := o["text"].(string); ok {
		out["text"] = splitLines(s)
	}
	if data, ok := o["data"].(map[string]any); ok {
		nd := map[string]any{}
		for k, v := range data {
			if s, ok := v.(string); ok && !strings.HasSuffix(k, "json") {
				nd[k] = splitLines(s)
			} else {
				nd[k] = v
			}
		}
		out["data"] = nd
	}
	return out
}

// WriteFile writes the notebook to path.
func (nb *Notebook) WriteFile(path string) error {
	data, err := nb.Marshal()
	if err != nil {
		return err
	}
	return os.WriteFile(path, data, 0o644)
}

// requiredKeys are, per output type and cell type, the keys nbformat 4's
// schema (nbformat.v4.schema.json) requires, and the only ones it allows.
var requiredKeys = map[string][]string{
	"stream":         {"output_type", "name", "text"},
	"execute_result": {"output_type", "data", "metadata", "execution_count"},
	"display_data":   {"output_type", "data", "metadata"},
	"error":          {"output_type", "ename", "evalue", "traceback"},
	"code":           {"cell_type", "metadata", "source", "outputs", "execution_count"},
	"markdown":       {"cell_type", "metadata", "source"},
	"raw":            {"cell_type", "metadata", "source"},
}

// optionalKeys are the keys allowed beyond the required ones.
var optionalKeys = map[string][]string{
	"display_data":   {"transient"},
	"execute_result": {"transient"},
	"code":           {"id"},
	"markdown":       {"id", "attachments"},
	"raw":            {"id", "attachments"},
}

// Validate checks the notebook against the rules of nbformat 4's schema
// that a written notebook can break: the top-level keys, each cell's and
// each output's required keys (and no others), stream names and the types
// of counts. It returns one problem per line, none when valid.
func (nb *Notebook) Validate() []string {
	data, err := nb.Marshal()
	if err != nil {
		return []string{err.Error()}
	}
	var doc map[string]any
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := dec.Decode(&doc); err != nil {
		return []string{err.Error()}
	}
	return ValidateDoc(doc)
}

// ValidateDoc is Validate on a decoded JSON document.
func ValidateDoc(doc map[string]any) []string {
	var probs []string
	for _, k := range []string{"metadata", "nbformat", "nbformat_minor", "cells"} {
		if _, ok := doc[k]; !ok {
			probs = append(probs, "notebook: missing key "+k)
		}
	}
	minor, _ := intOf(doc["nbformat_minor"])
	cells, _ := doc["cells"].([]any)
	for i, cv := range cells {
		c, _ := cv.(map[string]any)
		where := fmt.Sprintf("cell %d", i+1)
		ct, _ := c["cell_type"].(string)
		probs = append(probs, checkKeys(where, ct, c)...)
		if minor >= 5 {
			if id, ok := c["id"].(string); !ok || id == "" {
				probs = append(probs, where+": missing cell id (required from nbformat 4.5)")
			}
		}
		if ct != "code" {
			continue
		}
		if ec := c["execution_count"]; ec != nil {
			if n, ok := intOf(ec); !ok || n < 0 {
				probs = append(probs, where+": execution_count is not null or a non-negative integer")
			}
		}
		outs, _ := c["outputs"].([]any)
		for j, ov := range outs {
			o, _ := ov.(map[string]any)
			ow := fmt.Sprintf("%s output %d", where, j+1)
			ot, _ := o["output_type"].(string)
			probs = append(probs, checkKeys(ow, ot, o)...)
			switch ot {
			case "stream":
				if n := o["name"]; n != "stdout" && n != "stderr" {
					probs = append(probs, ow+": stream name is neither stdout nor stderr")
				}
			case "execute_result":
				if ec := o["execution_count"]; ec != nil {
					if _, ok := intOf(ec); !ok {
						probs = append(probs, ow+": execution_count is not an integer")
					}
				}
			case "error":
				if _, ok := o["traceback"].([]any); !ok {
					probs = append(probs, ow+": traceback is not a list of strings")
				}
			}
		}
	}
	return probs
}

func checkKeys(where, kind string, m map[string]any) []string {
	req, ok := requiredKeys[kind]
	if !ok {
		return []string{fmt.Sprintf("%s: unknown type %q", where, kind)}
	}
	var probs []string
	allowed := map[string]bool{}
	for _, k := range req {
		allowed[k] = true
		if _, ok := m[k]; !ok {
			probs = append(probs, fmt.Sprintf("%s (%s): missing key %s", where, kind, k))
		}
	}
	for _, k := range optionalKeys[kind] {
		allowed[k] = true
	}
	var extra []string
	for k := range m {
		if !allowed[k] {
			extra = append(extra, k)
		}
	}
	sort.Strings(extra)
	for _, k := range extra {
		probs = append(probs, fmt.Sprintf("%s (%s): key %s is not allowed", where, kind, k))
	}
	return probs
}
