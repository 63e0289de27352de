// Package string implements the string module's constants and capwords.
package string

import (
	"strings"

	"github.com/asyncscript/asyncscript/interp"
)

const (
	lower       = "abcdefghijklmnopqrstuvwxyz"
	upper       = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	digits      = "0123456789"
	punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
	whitespace  = " \t\n\r\x0b\x0c"
)

// Load builds the string module.
func Load(vm *interp.VM) (*interp.Module, *interp.Exception) {
	m := interp.NewModule("string")
	m.Set("ascii_lowercase", interp.Str(lower))
	m.Set("ascii_uppercase", interp.Str(upper))
	m.Set("ascii_letters", interp.Str(lower+upper))
	m.Set("digits", interp.Str(digits))
	m.Set("hexdigits", interp.Str(digits+"abcdefABCDEF"))
	m.Set("octdigits", interp.Str("01234567"))
	m.Set("punctuation", interp.Str(punctuation))
	m.Set("whitespace", interp.Str(whitespace))
	m.Set("printable", interp.Str(digits+lower+upper+punctuation+whitespace))
	m.AddFuncs(map[string]interp.NativeFunc{
		"capwords": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			var sv, sepv interp.Value
			if err := interp.UnpackArgsPy("capwords", args, kw, "s", &sv, "sep?", &sepv); err != nil {
				return nil, err
			}
			s, ok := sv.(interp.Str)
			if !ok {
				return nil, interp.Errorf(interp.AttributeError, "'%s' object has no attribute 'split'", interp.TypeName(sv))
			}
			var words []string
			join := " "
			if sepv == nil || sepv == interp.None {
				words = strings.Fields(string(s))
			} else {
				sep, ok := sepv.(interp.Str)
				if !ok {
					return nil, interp.Errorf(interp.TypeError, "must be str or None, not %s", interp.TypeName(sepv))
				}
				if sep == "" {
					return nil, interp.Errorf(interp.ValueError, "empty separator")
				}
				words = strings.Split(string(s), string(sep))
				join = string(sep)
			}
			for i, w := range words {
				words[i] = Capitalize(w)
			}
			return interp.Str(strings.Join(words, join)), nil
		},
	})
	return m, nil
}

// Capitalize is str.capitalize: first character upper (title) case, the
// rest lower case.
func Capitalize(w string) string {
	if w == "" {
		return w
	}
	r := []rune(w)
	head := strings.ToTitle(string(r[0]))
	return head + strings.ToLower(string(r[1:]))
}
