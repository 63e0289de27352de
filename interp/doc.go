// Package interp runs compiled asyncscript programs.
//
// The pieces, in the order a program meets them:
//
//   - Package compile turns a *lang.Module into a *compile.Code: bytecode
//     (declared in compile/opcode.go), static exception table,
//     per-instruction spans and constants as plain Go values. NewCode
//     (code.go) makes it a runtime *Code once: constants become objects,
//     and the inline caches and frame facts the VM uses are added.
//   - A Fiber owns a stack of Frames; exec.go's exec is the dispatch
//     loop, and run.go holds what it shares with Go (run, resumeFrame,
//     finishEntry). An interpreted call pushes a frame and the same loop
//     continues, so deep recursion is a frame count (RecursionError at
//     VM.RecursionLimit), never a Go stack overflow.
//   - A coroutine is a resumable frame: AWAIT on a pending awaitable leaves
//     the pc on the AWAIT and returns from the loop with the frame saved;
//     Fiber.Resume continues it. No goroutine is parked per coroutine.
//   - The object model (value.go, class.go, dict.go, the per-type files) and
//     the operations shared by the VM and builtins (ops.go).
//   - Limits: Go-level recursion (a native call, a nested container, a
//     generator resumed by next) counts against the recursion limit where
//     CPython counts it and is bounded by maxGoDepth (fiber.go); memory.go
//     turns allocations past the memory budget into MemoryError.
//
// Where things are. A built-in type's behaviour is in its file, as
// methods: its Python methods, len, in, v[k] (get, set, del), iteration
// (its iterator types too), repr, comparison, hash and operators:
//
//	list        list.go
//	tuple       tuple.go
//	str         str.go (len, s[k], in, iteration, repr), str_methods.go
//	dict        dict.go (d[k], in, len, iter, ==, |), dict_methods.go
//	            (methods, the keys/values/items views)
//	set         set.go (set and frozenset)
//	range       range.go
//	bytes       object_bytes.go, bytearray: object_bytearray.go (methods
//	            of both: bytes_methods.go)
//	slice       slice.go
//	int, float  int.go, float.go (their operators are ops_core.go's
//	            numeric fast paths)
//	function, class, module, object: function.go, class.go, module.go,
//	            object.go (their own attributes: HasAttrs)
//
// The operations on every value are declared in ops.go; iter.go (len, in,
// v[k], iter, Iterate) and ops_core.go (truth, ==, hash, comparison,
// operators, repr, str) reach a built-in type through the slot interfaces
// of slots.go (lenSlot, containsSlot, getItemSlot, setItemSlot,
// delItemSlot, iterSlot, reprSlot, operatorSlot, inplaceSlot) or the
// exported hooks RichComparer, Hasher, Reprer, then follow the dunder
// protocol. A type switch on the hottest types stays ahead of the
// interface check where the dispatch loop is hot (list[i], d[k],
// len(list), iter of a list or range; see slots.go for why), and for
// the scalars (int, float, str, bool, None) in truth, hash, comparison,
// the operators and repr. The numeric fast paths are inline in
// ops_core.go. Exceptions: exception.go (type, hierarchy),
// exception_methods.go, exception_group.go, exception_handling.go (raise,
// except, except*), traceback.go. Builtins: builtins.go (the table),
// builtin_iterators.go (enumerate, zip, map, filter, reversed), format.go,
// percent.go, fileobj.go (text files), fileobj_binary.go (binary files),
// fileobj_gil.go (file I/O releases the GIL on worker threads). bytes and
// bytearray: object_bytes.go, object_bytearray.go, bytes_methods.go, the
// codecs of str.encode/bytes.decode in codecs.go, int.to_bytes/from_bytes
// in int_bytes.go. Names: names.go (LOAD_GLOBAL, name errors),
// attr.go and attrcache.go (attributes), exec_construct.go (calling a
// class), contextmanager.go (with). exec.go's cases that are rare or
// bulky live beside it: exec_calls.go (CALL_FUNCTION_EX, MAKE_FUNCTION),
// exec_names.go (LOAD_NAME, LOAD_CLASSDEREF, DELETE_NAME/GLOBAL),
// exec_intops.go (the int paths of BINARY_OP and the superinstructions
// compile.fuseIntOps writes), exec_callglobal.go (CALL_GLOBAL_1, `g(x)`
// of a global function), exec_callnative.go (CALL's shortcut for len and
// list.append), call_builtin.go (built-in functions and methods called on
// the operand stack's window); RAISE_VARARGS's operands are turned into
// the exception in exception_handling.go.
//
// State: everything a program can change lives on its VM (or a Fiber of
// it), so VMs in one process share no mutable state and run in parallel:
// modules, builtins dict, the class-version counter (attrcache.go), the
// repr recursion guard (per fiber; a nil fiber gets one for the call,
// reprFiber), the frame free list, and the state
// packages built on interp keep per VM (VM.Local: asyncio's Runtime).
// What is global is immutable once set up: the builtin classes and their
// methods (types.go; installed once by setupUniverse from NewVM, with no
// init function; SetAttr and DelAttr refuse to change them, as CPython's
// static types do), the exception classes, classes other packages mark
// Immutable (the stdlib's C types), and constant tables. The one
// process-wide cache, of facts about long strings (str.go), holds only
// what a string's immutable bytes determine. A *Code's inline caches
// belong to whichever VM runs it: run one Code on one VM at a time.
// Nothing global refers to a VM, so a dropped VM is garbage collected.
//
// Frames (frame.go, run.go, exec.go). Every frame, whatever enters it,
// goes on the fiber through Fiber.pushFrame, the one place that enforces
// the recursion limit (its RecursionError is raised where the call was
// made; CALL's fast path spells pushFrame out, as Go inlines nothing
// into exec), and is recorded with an Entry that decides what its
// return, yield, suspension or escaping exception does. Every frame
// leaves the fiber at the one pop at the end of exec, which hands the
// outcome to the frame below (EntryCall inline, the other kinds through
// finishEntry) or, for the frame a run started with (its floor), back to
// the Go code that called run. RETURN_VALUE of an EntryCall frame spells
// that same pop out, for the commonest return, as CALL spells out
// pushFrame. exec runs every frame above the floor in one loop; Go code
// enters interpreted code only through run, so a
// nested run (a Go builtin calling back) is the only Go recursion.
// Ordinary call frames come from and go back to the VM's free list
// (callFrame, takeFrame, reuse, releaseFrame); generator and coroutine
// frames are never pooled.
//
//	entry      pushed by                         return               exception              yield / suspend
//	Base       NewFiber (a task; run by Resume)  ends the run         ends the run           AWAIT suspends the fiber
//	Call       CALL, CALL_FUNCTION_EX of a       push value on caller raise in caller        cannot yield
//	           Python function
//	Init       CALL of a class (__init__)        push instance (None  raise in caller        cannot yield
//	                                             checked)
//	Await      AWAIT of a coroutine              caller's AWAIT value raise at caller's      suspends with the fiber
//	                                                                  AWAIT
//	AsyncGen   AWAIT of asend/anext/athrow/      StopAsyncIteration   raise in caller (Stop* yield: caller's AWAIT
//	           aclose                            in caller (aclose:   -> RuntimeError;       value (aclose:
//	                                             None)                aclose: GeneratorExit  RuntimeError)
//	                                                                  -> None)
//	Native     runNative: Fiber.Call from Go,    return to Go         return to Go           RuntimeError
//	           a class body, a module
//	Resume     next/send/throw from Go           return to Go         return to Go (Stop*    yield to Go; an await
//	           (generators, coroutines)                               -> RuntimeError)       detaches into the coroutine
//
// A frame resumed by a send or throw (Fiber.Resume, a generator's or
// coroutine's send/throw, asend/athrow) gets the value or exception at
// the AWAIT or YIELD_FROM it is suspended at (resumeFrame); one at
// YIELD_FROM hands it to its delegate (PEP 380, see yieldFromSend and
// yieldFromThrow in generator.go). A coroutine driven by send() that
// suspends takes the frames above it off the fiber (Coroutine.saved) and
// pushes them back, each through pushFrame, on the next send.
//
// A generator's frame is owned by the generator while suspended and pushed
// again (Resume) by next/send/throw.
//
// Invariants: interpreted code runs only on the goroutine holding VM.GIL;
// interp imports lang and compile and nothing else of ours (no loop, no
// stdlib); compile does not import interp.
package interp
