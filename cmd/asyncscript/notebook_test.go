package main

// Tests of the notebook subcommands through the built command: exit
// statuses, the one-line error for a malformed notebook, run -o, port and
// run --cells.

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func buildCLI(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "asyncscript")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	return bin
}

func TestNotebookCommands(t *testing.T) {
	bin := buildCLI(t)
	dir := t.TempDir()
	run := func(args ...string) (string, string, int) {
		cmd := exec.Command(bin, args...)
		cmd.Dir = dir
		var out, errb strings.Builder
		cmd.Stdout, cmd.Stderr = &out, &errb
		err := cmd.Run()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		}
		return out.String(), errb.String(), code
	}
	os.WriteFile(filepath.Join(dir, "bad.ipynb"), []byte(`{"cells": [`), 0o644)
	os.WriteFile(filepath.Join(dir, "v3.ipynb"), []byte(`{"nbformat": 3, "worksheets": []}`), 0o644)
	for _, args := range [][]string{{"bad.ipynb"}, {"run", "v3.ipynb"}, {"check", "bad.ipynb"}, {"port", "v3.ipynb"}} {
		out, errs, code := run(args...)
		if code != 2 || out != "" || strings.Count(errs, "\n") != 1 || !strings.Contains(errs, args[len(args)-1]+": ") {
			t.Errorf("%q: status %d, stderr %q; want one line naming the file, status 2", args, code, errs)
		}
	}
	for _, cmd := range []string{"run", "check", "port"} {
		out, errs, code := run(cmd, "--help")
		if code != 0 || errs != "" || !strings.Contains(out, "usage: asyncscript run NB.ipynb") || !strings.Contains(out, "--tolerance F") {
			t.Errorf("%s --help: status %d, stdout %q, stderr %q", cmd, code, out, errs)
		}
	}
	nb := `{"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [
	 {"cell_type": "code", "id": "a", "metadata": {}, "source": "import asyncio\nt = asyncio.create_task(asyncio.sleep(0, 'x'))\n40 + 2", "execution_count": null, "outputs": []},
	 {"cell_type": "markdown", "id": "b", "metadata": {}, "source": "# title"},
	 {"cell_type": "code", "id": "c", "metadata": {}, "source": "print(await t)\n1/0", "execution_count": null, "outputs": []},
	 {"cell_type": "code", "id": "d", "metadata": {}, "source": "print('after')", "execution_count": null, "outputs": []}]}`
	os.WriteFile(filepath.Join(dir, "nb.ipynb"), []byte(nb), 0o644)
	out, errs, code := run("nb.ipynb")
	if code != 1 || !strings.Contains(out, "In [1]:\nOut[1]: 42\n") || !strings.Contains(out, "In [2]:\nx\n") ||
		strings.Contains(out, "after") || !strings.Contains(errs, "ZeroDivisionError: division by zero") {
		t.Errorf("run: status %d\n%s\n%s", code, out, errs)
	}
	out, _, code = run("run", "--allow-errors", "nb.ipynb", "-o", "out.ipynb")
	if code != 0 || !strings.Contains(out, "In [3]:\nafter\n") {
		t.Errorf("run --allow-errors: status %d\n%s", code, out)
	}
	if _, errs, code := run("check", "out.ipynb"); code != 0 {
		t.Errorf("check of run -o's notebook: status %d\n%s", code, errs)
	}
	if _, _, code := run("port", "out.ipynb", "-o", "nb.as"); code != 0 {
		t.Fatalf("port: status %d", code)
	}
	out, _, _ = run("run", "nb.as", "--cells", "--allow-errors")
	if !strings.Contains(out, "In [3]:\nafter\n") || !strings.Contains(out, "42") {
		t.Errorf("run --cells:\n%s", out)
	}
}
