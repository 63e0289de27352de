// Package notebook runs, checks and ports Jupyter notebooks (.ipynb,
// nbformat 4) as an IPython kernel driven by nbclient would run them:
//
//	nbformat.go  reading (with one-line errors for malformed files),
//	             writing in nbformat's own JSON layout, and validation of
//	             the required keys of nbformat 4's schema
//	kernel.go    the cell executor on a stdlib.Session: one session and
//	             one event loop for all cells, output captured per cell as
//	             nbclient records it (streams flushed as ipykernel's are,
//	             execute_result, display_data, error)
//	cell.go      IPython's displayhook rule (only a cell's last
//	             expression is echoed; a trailing ';' silences it) and the
//	             Jupyter-style traceback of an error output
//	exec.go      the gap between cells, when the kernel's loop runs
//	magics.go    %time, %%time, %timeit, !cmd and the magics that are
//	             only noted (IPython's input transformers, simplified)
//	ipython.go   display() with rich formats, IPython.display,
//	             clear_output, get_ipython()
//	run.go       running a whole notebook, the terminal rendering
//	check.go     comparison of fresh outputs with recorded ones
//	port.go      the "percent" script format (Jupytext, VS Code, Spyder)
//
// The counterparts are nbformat (nbformat/v4/nbjson.py, nbformat.v4.schema
// .json), nbclient (client.py: how outputs of one cell are collected) and
// IPython (core/interactiveshell.py run_cell, core/magics/execution.py).
package notebook
