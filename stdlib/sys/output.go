package sys

// This file defines Output, the buffering behind sys.stdout and
// sys.stderr. CPython 3.11 builds each standard output stream as a
// TextIOWrapper over a BufferedWriter over the file descriptor, and what
// reaches the descriptor when is visible: with `prog > f 2>&1` it decides
// how stdout and stderr interleave, and with `prog | cat` when lines show.
// Output keeps the same two layers so that writes reach the descriptor at
// the same moments:
//
//   - the text layer collects written text (pending) and hands it on in
//     chunks of at most chunkSize bytes: before a write that would make
//     the pending text longer than chunkSize, and once it reaches
//     chunkSize; line buffering also hands it on (and flushes the buffer
//     layer) when the written text holds "\n" or "\r"; unbuffered mode
//     (-u, PYTHONUNBUFFERED) hands on every write at once;
//   - the buffer layer keeps up to bufSize bytes, the descriptor's
//     st_blksize as io.open chooses it (4096 for most pipes and files, so
//     that a full 8 KB text chunk goes straight through): a chunk that does
//     not fit first writes out what is kept, then a chunk larger than
//     bufSize is written directly, a smaller one kept. In unbuffered mode
//     there is no buffer layer (CPython opens the descriptor unbuffered).
//
// Errors (a closed pipe: EPIPE, BrokenPipeError) follow what CPython shows:
// data whose write fails while the program writes is dropped, so the next
// write starts afresh; data whose explicit flush fails stays buffered, so
// the flush at exit fails again and is reported as "Exception ignored in".

import (
	"io"
	"strings"
	"sync"
)

// Buffering is how a standard stream holds what is written to it.
type Buffering int

const (
	// BlockBuffered writes in chunks: stdout into a pipe or a file.
	BlockBuffered Buffering = iota
	// LineBuffered writes at each line end: stdout on a terminal, and
	// stderr always (CPython 3.9+).
	LineBuffered
	// Unbuffered writes every write at once: -u or PYTHONUNBUFFERED.
	Unbuffered
)

// chunkSize is TextIOWrapper's _CHUNK_SIZE, and io.DEFAULT_BUFFER_SIZE
// the buffer size when the descriptor has no st_blksize.
const (
	chunkSize         = 8192
	defaultBufferSize = 8192
)

// Output is a buffered standard output stream. It is safe for use by
// several goroutines (the interpreter, and the Ctrl-C handler flushing
// before the process ends).
type Output struct {
	mu      sync.Mutex
	raw     io.Writer
	name    string // "<stdout>" or "<stderr>"
	mode    Buffering
	bufSize int
	pending []byte // the text layer
	buf     []byte // the buffer layer
}

// NewOutput makes the stream called name ("<stdout>", "<stderr>") writing
// to raw with the given buffering; blockSize is raw's st_blksize (0 when
// unknown).
func NewOutput(raw io.Writer, name string, mode Buffering, blockSize int) *Output {
	if blockSize <= 1 {
		blockSize = defaultBufferSize
	}
	return &Output{raw: raw, name: name, mode: mode, bufSize: blockSize}
}

// Name is the stream's name, "<stdout>" or "<stderr>".
func (o *Output) Name() string { return o.name }

// Write is TextIOWrapper.write.
func (o *Output) Write(p []byte) (int, error) {
	return o.WriteString(string(p))
}

// WriteString is Write without the conversion.
func (o *Output) WriteString(s string) (int, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	lineEnd := o.mode == LineBuffered && strings.ContainsAny(s, "\n\r")
	if len(o.pending)+len(s) > chunkSize {
		if err := o.handOn(); err != nil {
			return 0, err
		}
	}
	o.pending = append(o.pending, s...)
	if len(o.pending) >= chunkSize || lineEnd || o.mode == Unbuffered {
		if err := o.handOn(); err != nil {
			return 0, err
		}
	}
	if lineEnd {
		if err := o.writeKept(); err != nil {
			o.buf = o.buf[:0]
			return 0, err
		}
	}
	return len(s), nil
}

// handOn passes the pending text to the buffer layer (TextIOWrapper's
// _textiowrapper_writeflush). On error the text is lost.
func (o *Output) handOn() error {
	if len(o.pending) == 0 {
		return nil
	}
	chunk := o.pending
	o.pending = o.pending[:0]
	if o.mode == Unbuffered {
		_, err := o.raw.Write(chunk)
		return err
	}
	if len(chunk) <= o.bufSize-len(o.buf) {
		o.buf = append(o.buf, chunk...)
		return nil
	}
	err := o.writeKept()
	o.buf = o.buf[:0]
	if err != nil {
		return err
	}
	if len(chunk) > o.bufSize {
		_, err = o.raw.Write(chunk)
		return err
	}
	o.buf = append(o.buf, chunk...)
	return nil
}

// writeKept writes out the buffer layer, keeping what was not written.
func (o *Output) writeKept() error {
	if len(o.buf) == 0 {
		return nil
	}
	n, err := o.raw.Write(o.buf)
	o.buf = o.buf[:copy(o.buf, o.buf[n:])]
	return err
}

// Flush writes out everything held (TextIOWrapper.flush). What could not
// be written stays held.
func (o *Output) Flush() error {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.mode == Unbuffered {
		return o.handOn()
	}
	if err := o.handOn(); err != nil {
		return err
	}
	return o.writeKept()
}

// StreamRepr is the repr of a standard stream, as "Exception ignored in"
// messages show it.
func StreamRepr(name, mode string) string {
	return "<_io.TextIOWrapper name='" + name + "' mode='" + mode + "' encoding='utf-8'>"
}
