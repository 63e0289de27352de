package main

// This file reads the options that come before the program, in any order
// (asyncscript -u --clock=virtual --trace prog.as):
//
//	-u, -E, -q, -i (grouped too: -uE, -iq, -uc CODE)  as python3 takes them
//	-W ARG (or -WARG)                           a warning filter, as python3's (sys.warnoptions)
//	-m MODULE                                   ends the options, as -c does
//	--                                          ends the options: a program follows
//	--clock=virtual|real, --no-deadlock-check   the session's loop
//	--trace, --trace-file F, --timeline F       tracing (trace.go)
//
// -c, -h, -V, "-" and the program itself end the options; run decides
// what they mean.

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

// options are the command-line options that shape a run.
type options struct {
	unbuffered      bool // -u, or PYTHONUNBUFFERED unless -E
	quiet           bool // -q: no banner at the prompt
	inspect         bool // -i: the prompt after the program
	warnings        []string
	virtualClock    bool
	noDeadlockCheck bool
	trace           traceOpts
}

// parseOptions takes the options off the front of args. An error is a
// usage error (status 2), its message printed before the usage line.
func parseOptions(args []string) (o options, rest []string, err error) {
	ignoreEnv := false
	defer func() {
		if !ignoreEnv && os.Getenv("PYTHONUNBUFFERED") != "" {
			o.unbuffered = true
		}
	}()
	for len(args) > 0 {
		a := args[0]
		if len(a) < 2 || a[0] != '-' {
			return o, args, nil // the program or "-"
		}
		if a == "--" {
			return o, args[1:], nil // the program, even if it starts with "-"
		}
		if a[1] != '-' { // short options, possibly grouped
			next := args[1:] // what follows this word
			before, ignoreBefore := o, ignoreEnv
		group:
			for i := 1; i < len(a); i++ {
				switch c := a[i]; c {
				case 'u':
					o.unbuffered = true
				case 'E':
					ignoreEnv = true
				case 'q':
					o.quiet = true
				case 'i':
					o.inspect = true
				case 'c', 'm', 'W':
					if a == "-c" {
						return o, args, nil // run checks -c's argument
					}
					value := a[i+1:] // -Wignore, -mjson, -uc CODE
					if value == "" {
						if len(next) == 0 {
							return o, nil, fmt.Errorf("Argument expected for the -%c option", c)
						}
						value, next = next[0], next[1:]
					}
					if c != 'W' {
						return o, append([]string{"-" + string(c), value}, next...), nil
					}
					o.warnings = append(o.warnings, value)
					break group
				default: // -h, -V or an unknown option: run decides
					ignoreEnv = ignoreBefore
					return before, args, nil
				}
			}
			args = next
			continue
		}
		name, value, hasValue := strings.Cut(a, "=")
		// value takes an option's argument: after '=' or the next word
		needValue := func() error {
			if hasValue {
				return nil
			}
			if len(args) < 2 {
				return fmt.Errorf("Argument expected for the %s option", name)
			}
			args = args[1:]
			value = args[0]
			return nil
		}
		switch name {
		case "--no-deadlock-check":
			o.noDeadlockCheck = true
		case "--trace":
			if hasValue {
				return o, nil, errors.New("asyncscript: option --trace takes no value")
			}
			o.trace.live = true
		case "--clock":
			if err := needValue(); err != nil {
				return o, nil, err
			}
			switch value {
			case "virtual", "real":
				o.virtualClock = value == "virtual"
			default:
				return o, nil, fmt.Errorf("--clock must be real or virtual, not %q", value)
			}
		case "--trace-file":
			if err := needValue(); err != nil {
				return o, nil, err
			}
			o.trace.chrome = value
		case "--timeline":
			if err := needValue(); err != nil {
				return o, nil, err
			}
			if !strings.HasSuffix(value, ".svg") && !strings.HasSuffix(value, ".html") {
				return o, nil, errors.New("asyncscript: --timeline needs a .svg or .html file name")
			}
			o.trace.timeline = value
		default:
			return o, args, nil // --help, --version or an unknown option
		}
		args = args[1:]
	}
	return o, args, nil
}
