package native

// This file defines ThreadInfo, how a goroutine running interpreted code
// says which of the program's threads it is (threading.get_ident,
// current_thread().name): its fiber carries one as Fiber.Thread.

import "github.com/asyncscript/asyncscript/interp"

// ThreadInfo identifies one thread of the program: a to_thread worker
// ("asyncio_0") or a thread started by the threading module.
type ThreadInfo = interp.ThreadInfo

// MainThreadIdent is the main thread's threading.get_ident().
const MainThreadIdent = 140000000000000

// WorkerThreadIdent is the ident of the executor worker numbered i.
func WorkerThreadIdent(i int) int64 { return MainThreadIdent + 4096*int64(i+1) }

// ThreadOf returns the thread a fiber runs on, nil for the main thread.
func ThreadOf(f *interp.Fiber) *ThreadInfo {
	if f == nil {
		return nil
	}
	return f.Thread
}
