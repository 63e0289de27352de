// Package lang turns asyncscript source text (a Python 3.11 subset, see
// TARGET.md) into the AST of ast.go, with CPython-exact syntax errors.
//
// Pipeline (one file per step):
//
//	lexer.go     text -> tokens (Name, Keyword, Number, String, FString, Op,
//	             Newline, Indent, Dedent, EOF); a participle lexer.Definition.
//	grammar.go   participle struct-tag grammar: the statement union, blocks,
//	             the clauses of compound statements.
//	exprparse.go expressions,
//	simpleparse.go  simple-statement lines and
//	headparse.go    compound-statement headers: hand-written, plugged into
//	             the grammar as participle.Parseable productions (see below).
//	lower.go     CST -> AST: precedence folding, literal decoding, the checks
//	             CPython makes after parsing ('return' outside function, ...).
//	strlit.go    string literal decoding and concatenation.
//	fstring.go   f-string fields, parsed with the expression sub-parser.
//	parse.go     Parse, error selection and the token-level diagnosis that
//	             reproduces CPython's specific messages.
//	errors.go    SyntaxError and its CPython rendering; Incomplete for the REPL.
//	dump.go      a compact S-expression dump of the AST for tests.
//
// Invariants:
//   - Parse never panics and returns either a *Module or a *SyntaxError.
//   - When several errors exist, the one CPython 3.11 would report is
//     returned: tokenizer errors anywhere in the file beat parser errors
//     (except "unexpected indent"); parser errors beat symbol-table errors,
//     which beat compiler errors; within a class, the first in source order.
//   - Every AST node has a Span: 1-based line, 1-based code-point column,
//     end exclusive, as CPython's ast positions (end = end of last token).
//   - Adjacent literals are concatenated; an f-string anywhere makes the
//     result a JoinedStr. Int literals are int64 when they fit, else
//     *big.Int. Bytes literals are Constants holding []byte.
//   - The participle parser is built once, lazily, on first Parse.
//
// Limits (CPython 3.11's, so that deep input fails as it does there and
// Go's recursion here stays bounded far below its 1 GB stack):
//   - 200 nested brackets: "SyntaxError: too many nested parentheses"
//     (tokenizer MAXLEVEL; an f-string field counts its own);
//   - 100 indentation levels, level 0 included: "IndentationError: too
//     many levels of indentation" (MAXINDENT);
//   - the PEG parser's stack of 6000 rule calls (MAXSTACK): a bare
//     "MemoryError" (SyntaxError with Kind "MemoryError", printed without
//     location). The depth is modelled (exprparse.go, pegMaxStack) from
//     costs measured on python3: exact for chains of unary operators,
//     lambdas, conditional expressions and powers, approximate (a few
//     dozen levels) around brackets and inside nested blocks. Chains
//     CPython parses iteratively (a.b.c..., f()()..., 1+1+..., long
//     lists) have no parse limit: its compiler fails on them
//     ("RecursionError: maximum recursion depth exceeded during
//     compilation"), which is interp's job.
//   - a NUL byte or invalid UTF-8 is an error of the tokenizer at the
//     line that holds it: errors on earlier lines win.
//
// Go recursion in this package follows only those bounded nestings
// (brackets, blocks, the modelled parser depth; f-string fields nest at
// most two deep); the lowering folds flat operator chains iteratively,
// and Dump stops at depth 10000 ("...").
//
// Memory: a token is 64 bytes (participle's lexer.Token), and the token
// slice is shared with participle's PeekingLexer (peek.go) rather than
// copied. The hand-written CST nodes record positions as token indexes
// (tpos, 4 bytes) rather than lexer.Position (40 bytes). Consecutive
// simple-statement lines are one cstSimpleRun, which keeps the trees of
// its first 64 lines only; the lowering parses the others again one line
// at a time, lowering each before the next. So a flat file holds its
// tokens and its AST, never its whole CST (TestFlatFileMemory). Peak RSS
// of the command on such files: 1 MB of `x = 1` lines 125-145 MB (was
// 680), 1+1+... with 333,000 terms 170 MB (was 245), a 1 MB list 105 MB
// (was 170); Parse of the first takes about half the CPU it did
// (BenchmarkParseFlatAssign).
//
// Speed: participle's reflective matching cost ~19 ms for a 300-line file
// with a struct-tag expression grammar; expressions and simple statements
// are therefore parsed by hand (participle's Parseable escape hatch), while
// statement structure stays in the struct-tag grammar. Building that grammar
// costs about 10 µs and 8 KB per tagged field and sits on the start-up
// path, so headers are hand-written too, statements and headers are
// participle unions, and if/elif/while share one clause type: 24 tagged
// fields, 190 KB and ~0.2 ms per build, from 62 fields, 620 KB and ~0.6 ms.
package lang
