// Package random implements the random module: CPython's Mersenne Twister
// with the same seeding (int seeds by 32-bit chunks, str seeds through
// sha512, float seeds through hash()) and the same integer derivation
// (_randbelow_with_getrandbits), so sequences after random.seed(n) equal
// CPython 3.11's.
//
// The module functions are bound to one hidden Random instance per VM, as
// in CPython; random.Random(x) makes independent generators.
package random

import (
	"math"
	"math/big"
	"math/rand/v2"

	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/stdlib/internal/native"
)

// Random is a generator instance.
type Random struct {
	MT        MT
	gaussNext interp.Value // nil or Float
	cls       *interp.Class
}

func (r *Random) Type() *interp.Class { return r.cls }

// newRandomClass makes random.Random for one VM: CPython writes it in
// Python, so a program may change it, and each VM has its own (Load).
func newRandomClass() *interp.Class {
	cls := native.NewPyClass("Random", "random", nil, nil)
	cls.New = func(f *interp.Fiber, cls *interp.Class, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
		var x interp.Value
		if err := interp.UnpackArgsPy("Random", args, kw, "x?", &x); err != nil {
			return nil, err
		}
		r := &Random{cls: cls}
		if err := r.Seed(f, x); err != nil {
			return nil, err
		}
		return r, nil
	}
	cls.Dict["__init__"] = native.Method(cls, "__init__", func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
		return interp.None, nil
	})
	for name, fn := range randomMethods() {
		cls.Dict[name] = native.Method(cls, name, func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			r, ok := args[0].(*Random)
			if !ok {
				return nil, interp.Errorf(interp.TypeError, "descriptor '%s' requires a 'Random' object", name)
			}
			return fn(r, f, args[1:], kw)
		})
	}
	return cls
}

// New makes a generator seeded with the integer seed, for Go callers (it
// has no class until a VM's Random gives it one).
func New(seed int64) *Random {
	r := &Random{}
	r.MT.SeedBig(big.NewInt(seed))
	return r
}

type method func(r *Random, f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception)

// randomMethods are Random's methods, which the module's functions also
// are (bound to the module's hidden instance).
func randomMethods() map[string]method {
	return map[string]method{
		"seed":          (*Random).mSeed,
		"random":        (*Random).mRandom,
		"getrandbits":   (*Random).mGetrandbits,
		"randrange":     (*Random).mRandrange,
		"randint":       (*Random).mRandint,
		"choice":        (*Random).mChoice,
		"choices":       (*Random).mChoices,
		"shuffle":       (*Random).mShuffle,
		"sample":        (*Random).mSample,
		"uniform":       (*Random).mUniform,
		"gauss":         (*Random).mGauss,
		"normalvariate": (*Random).mNormalvariate,
		"triangular":    (*Random).mTriangular,
		"expovariate":   (*Random).mExpovariate,
		"getstate":      (*Random).mGetstate,
		"setstate":      (*Random).mSetstate,
	}
}

// Load builds the random module for vm, with its own Random class.
func Load(vm *interp.VM) (*interp.Module, *interp.Exception) {
	m := interp.NewModule("random")
	cls := newRandomClass()
	inst := &Random{cls: cls}
	inst.seedFromEntropy()
	for name, fn := range randomMethods() {
		m.Set(name, interp.NewBuiltin(name, func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			return fn(inst, f, args, kw)
		}))
	}
	m.Set("Random", cls)
	return m, nil
}

func (r *Random) seedFromEntropy() {
	// math/rand/v2's global source is seeded by the Go runtime from the
	// operating system's entropy, as CPython seeds from os.urandom; using
	// it instead of crypto/rand keeps the crypto packages (and their init
	// work) out of the interpreter's start-up.
	key := make([]uint32, 624)
	for i := range key {
		key[i] = rand.Uint32()
	}
	r.MT.InitByArray(key)
}

// Seed is Random.seed(a) with version 2.
func (r *Random) Seed(f *interp.Fiber, a interp.Value) *interp.Exception {
	r.gaussNext = nil
	if a == nil || a == interp.None {
		r.seedFromEntropy()
		return nil
	}
	if n, ok := native.BigOf(a); ok {
		r.MT.SeedBig(n)
		return nil
	}
	switch x := a.(type) {
	case interp.Str:
		b := []byte(string(x))
		sum := sha512Sum(b)
		n := new(big.Int).SetBytes(append(b, sum[:]...))
		r.MT.SeedBig(n)
		return nil
	case interp.Float:
		// CPython seeds with hash(a) cast to size_t: a negative hash
		// becomes 2**64 + hash
		h, err := interp.Hash(nil, x)
		if err != nil {
			return err
		}
		r.MT.SeedBig(new(big.Int).SetUint64(uint64(h)))
		return nil
	}
	return interp.Errorf(interp.TypeError, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
}

func (r *Random) mSeed(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	var a, version interp.Value
	if err := interp.UnpackArgsPy("Random.seed", args, kw, "a?", &a, "version?", &version); err != nil {
		return nil, err
	}
	if version != nil {
		if v, ok := version.(interp.Int); ok && v == 1 {
			if s, ok := a.(interp.Str); ok {
				a = seedV1(string(s))
			}
		}
	}
	if err := r.Seed(f, a); err != nil {
		return nil, err
	}
	return interp.None, nil
}

func seedV1(s string) interp.Value {
	rs := []rune(s)
	var x uint64
	if len(rs) > 0 {
		x = uint64(rs[0]) << 7
	}
	for _, c := range rs {
		x = (1000003 * x) ^ uint64(c)
	}
	x ^= uint64(len(rs))
	return interp.MakeInt(new(big.Int).SetUint64(x))
}

func (r *Random) mRandom(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	if err := interp.ExactArgs("random", args, kw, 0); err != nil {
		return nil, err
	}
	return interp.Float(r.MT.Random()), nil
}

func (r *Random) mGetrandbits(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	if err := interp.ExactArgs("getrandbits", args, kw, 1); err != nil {
		return nil, err
	}
	k, err := native.Index(f, args[0])
	if err != nil {
		return nil, err
	}
	if k < 0 {
		return nil, interp.Errorf(interp.ValueError, "number of bits must be non-negative")
	}
	if k <= 63 {
		return interp.Int(r.MT.Bits64(int(k))), nil
	}
	return interp.MakeInt(r.MT.BitsBig(int(k))), nil
}

// below is _randbelow(n) for an int value n > 0.
func (r *Random) below(n *big.Int) *big.Int { return r.MT.BelowBig(n) }

// belowInt is _randbelow(n) for 0 < n.
func (r *Random) belowInt(n int) int { return int(r.MT.Below(int64(n))) }

func rangeArg(v interp.Value, what string) (*big.Int, *interp.Exception) {
	if n, ok := native.BigOf(v); ok {
		return n, nil
	}
	if fl, ok := v.(interp.Float); ok {
		if float64(fl) != math.Trunc(float64(fl)) || math.IsInf(float64(fl), 0) || math.IsNaN(float64(fl)) {
			if math.IsInf(float64(fl), 0) {
				return nil, interp.Errorf(interp.OverflowError, "cannot convert float infinity to integer")
			}
			if math.IsNaN(float64(fl)) {
				return nil, interp.Errorf(interp.ValueError, "cannot convert float NaN to integer")
			}
			return nil, interp.Errorf(interp.ValueError, "non-integer %s for randrange()", what)
		}
		n, _ := big.NewFloat(float64(fl)).Int(nil)
		return n, nil
	}
	return nil, interp.Errorf(interp.TypeError, "'%s' object cannot be interpreted as an integer", interp.TypeName(v))
}

func (r *Random) randrange(start, stop, step interp.Value) (interp.Value, *interp.Exception) {
	istart, err := rangeArg(start, "arg 1")
	if err != nil {
		return nil, err
	}
	if stop == nil || stop == interp.None {
		if step != nil {
			return nil, interp.Errorf(interp.TypeError, "Missing a non-None stop argument")
		}
		if istart.Sign() > 0 {
			return interp.MakeInt(r.below(istart)), nil
		}
		return nil, interp.Errorf(interp.ValueError, "empty range for randrange()")
	}
	istop, err := rangeArg(stop, "stop")
	if err != nil {
		return nil, err
	}
	width := new(big.Int).Sub(istop, istart)
	istep := big.NewInt(1)
	if step != nil {
		if istep, err = rangeArg(step, "step"); err != nil {
			return nil, err
		}
	}
	if istep.IsInt64() && istep.Int64() == 1 {
		if width.Sign() > 0 {
			return interp.MakeInt(new(big.Int).Add(istart, r.below(width))), nil
		}
		return nil, interp.Errorf(interp.ValueError, "empty range for randrange() (%s, %s, %s)", istart, istop, width)
	}
	var n *big.Int
	switch istep.Sign() {
	case 1:
		n = new(big.Int).Add(width, istep)
		n.Sub(n, big.NewInt(1))
		n = floorDiv(n, istep)
	case -1:
		n = new(big.Int).Add(width, istep)
		n.Add(n, big.NewInt(1))
		n = floorDiv(n, istep)
	default:
		return nil, interp.Errorf(interp.ValueError, "zero step for randrange()")
	}
	if n.Sign() <= 0 {
		return nil, interp.Errorf(interp.ValueError, "empty range for randrange()")
	}
	res := new(big.Int).Mul(istep, r.below(n))
	return interp.MakeInt(res.Add(res, istart)), nil
}

func floorDiv(a, b *big.Int) *big.Int {
	q, m := new(big.Int).QuoRem(a, b, new(big.Int))
	if m.Sign() != 0 && (m.Sign() < 0) != (b.Sign() < 0) {
		q.Sub(q, big.NewInt(1))
	}
	return q
}

func (r *Random) mRandrange(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	var start, stop, step interp.Value
	if err := interp.UnpackArgsPy("Random.randrange", args, kw, "start", &start, "stop?", &stop, "step?", &step); err != nil {
		return nil, err
	}
	return r.randrange(start, stop, step)
}

func (r *Random) mRandint(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	var a, b interp.Value
	if err := interp.UnpackArgsPy("Random.randint", args, kw, "a", &a, "b", &b); err != nil {
		return nil, err
	}
	if x, ok := a.(interp.Int); ok {
		if y, ok := b.(interp.Int); ok && y < math.MaxInt64 && int64(y)-int64(x) >= 0 && int64(y)-int64(x) < math.MaxInt64 {
			return x + interp.Int(r.MT.Below(int64(y-x)+1)), nil
		}
	}
	var b1 interp.Value
	if n, ok := native.BigOf(b); ok {
		b1 = interp.MakeInt(n.Add(n, big.NewInt(1)))
	} else if fl, ok := b.(interp.Float); ok {
		b1 = fl + 1
	} else {
		return nil, interp.Errorf(interp.TypeError, "can only concatenate str (not \"int\") to str")
	}
	return r.randrange(a, b1, nil)
}

func (r *Random) mChoice(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	var seq interp.Value
	if err := interp.UnpackArgsPy("Random.choice", args, kw, "seq", &seq); err != nil {
		return nil, err
	}
	s, err := native.AsSeq(f, seq)
	if err != nil {
		return nil, err
	}
	if s.Len() == 0 {
		return nil, interp.Errorf(interp.IndexError, "Cannot choose from an empty sequence")
	}
	return s.At(r.belowInt(s.Len()))
}

func (r *Random) mShuffle(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	var x interp.Value
	if err := interp.UnpackArgsPy("Random.shuffle", args, kw, "x", &x); err != nil {
		return nil, err
	}
	if l, ok := x.(*interp.List); ok {
		for i := len(l.Items) - 1; i >= 1; i-- {
			j := r.belowInt(i + 1)
			l.Items[i], l.Items[j] = l.Items[j], l.Items[i]
		}
		return interp.None, nil
	}
	n, err := interp.Len(f, x)
	if err != nil {
		return nil, err
	}
	for i := n - 1; i >= 1; i-- {
		j := r.belowInt(i + 1)
		xi, err := interp.GetItem(f, x, interp.Int(i))
		if err != nil {
			return nil, err
		}
		xj, err := interp.GetItem(f, x, interp.Int(j))
		if err != nil {
			return nil, err
		}
		if err := interp.SetItem(f, x, interp.Int(i), xj); err != nil {
			return nil, err
		}
		if err := interp.SetItem(f, x, interp.Int(j), xi); err != nil {
			return nil, err
		}
	}
	return interp.None, nil
}

func isSequence(v interp.Value) bool {
	switch v.(type) {
	case *interp.List, interp.Tuple, interp.Str:
		return true
	}
	return interp.IsInstance(v, interp.RangeClass) || interp.IsInstance(v, interp.TupleClass) || interp.IsInstance(v, interp.ListClass) || interp.IsInstance(v, interp.StrClass)
}

func (r *Random) mSample(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	var pop, kv, counts interp.Value
	if err := interp.UnpackArgsPy("Random.sample", args, kw, "population", &pop, "k", &kv, "*", "counts?", &counts); err != nil {
		return nil, err
	}
	if !isSequence(pop) {
		return nil, interp.Errorf(interp.TypeError, "Population must be a sequence.  For dicts or sets, use sorted(d).")
	}
	s, err := native.AsSeq(f, pop)
	if err != nil {
		return nil, err
	}
	n := s.Len()
	k64, err := native.Index(f, kv)
	if err != nil {
		return nil, err
	}
	k := int(k64)
	if counts != nil && counts != interp.None {
		cs, err := interp.ToList(f, counts)
		if err != nil {
			return nil, err
		}
		cum := make([]int64, 0, len(cs))
		var total int64
		for _, c := range cs {
			ci, ok := c.(interp.Int)
			if !ok {
				return nil, interp.Errorf(interp.TypeError, "Counts must be integers")
			}
			total += int64(ci)
			cum = append(cum, total)
		}
		if len(cum) != n {
			return nil, interp.Errorf(interp.ValueError, "The number of counts does not match the population")
		}
		cum = cum[:len(cum)-1]
		if total <= 0 {
			return nil, interp.Errorf(interp.ValueError, "Total of counts must be greater than zero")
		}
		sel, err := r.sampleIdx(int(total), k)
		if err != nil {
			return nil, err
		}
		out := make([]interp.Value, len(sel))
		for i, sIdx := range sel {
			// bisect_right(cum, sIdx)
			lo, hi := 0, len(cum)
			for lo < hi {
				mid := (lo + hi) / 2
				if int64(sIdx) < cum[mid] {
					hi = mid
				} else {
					lo = mid + 1
				}
			}
			v, err := s.At(lo)
			if err != nil {
				return nil, err
			}
			out[i] = v
		}
		return &interp.List{Items: out}, nil
	}
	idx, err := r.sampleIdx(n, k)
	if err != nil {
		return nil, err
	}
	out := make([]interp.Value, len(idx))
	for i, j := range idx {
		v, err := s.At(j)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return &interp.List{Items: out}, nil
}

// sampleIdx is sample(range(n), k): the chosen indexes in order.
func (r *Random) sampleIdx(n, k int) ([]int, *interp.Exception) {
	if k < 0 || k > n {
		return nil, interp.Errorf(interp.ValueError, "Sample larger than population or is negative")
	}
	result := make([]int, k)
	setsize := 21
	if k > 5 {
		setsize += int(math.Pow(4, math.Ceil(math.Log(float64(k*3))/math.Log(4))))
	}
	if n <= setsize {
		pool := make([]int, n)
		for i := range pool {
			pool[i] = i
		}
		for i := 0; i < k; i++ {
			j := r.belowInt(n - i)
			result[i] = pool[j]
			pool[j] = pool[n-i-1]
		}
		return result, nil
	}
	selected := make(map[int]bool, k)
	for i := 0; i < k; i++ {
		j := r.belowInt(n)
		for selected[j] {
			j = r.belowInt(n)
		}
		selected[j] = true
		result[i] = j
	}
	return result, nil
}

func (r *Random) mChoices(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	var pop, weights, cumW, kv interp.Value
	if err := interp.UnpackArgsPy("Random.choices", args, kw, "population", &pop, "weights?", &weights, "*", "cum_weights?", &cumW, "k?", &kv); err != nil {
		return nil, err
	}
	s, err := native.AsSeq(f, pop)
	if err != nil {
		return nil, err
	}
	n := s.Len()
	k := 1
	if kv != nil {
		k64, err := native.Index(f, kv)
		if err != nil {
			return nil, err
		}
		k = int(k64)
	}
	out := make([]interp.Value, 0, max(k, 0))
	if cumW == nil || cumW == interp.None {
		if weights == nil || weights == interp.None {
			fn := float64(n)
			for i := 0; i < k; i++ {
				v, err := s.At(int(math.Floor(r.MT.Random() * fn)))
				if err != nil {
					return nil, err
				}
				out = append(out, v)
			}
			return &interp.List{Items: out}, nil
		}
		if native.IsInt(weights) {
			return nil, interp.Errorf(interp.TypeError, "The number of choices must be a keyword argument: k=%s", mustRepr(f, weights))
		}
		ws, err := interp.ToList(f, weights)
		if err != nil {
			return nil, err
		}
		cum := make([]float64, len(ws))
		total := 0.0
		for i, w := range ws {
			x, err := native.Float(w)
			if err != nil {
				return nil, interp.Errorf(interp.TypeError, "unsupported operand type(s) for +: '%s' and '%s'", typeNameOfSum(ws[:i]), interp.TypeName(w))
			}
			total += x
			cum[i] = total
		}
		return r.choicesCum(s, n, cum, k, out)
	} else if weights != nil && weights != interp.None {
		return nil, interp.Errorf(interp.TypeError, "Cannot specify both weights and cumulative weights")
	}
	cs, err := interp.ToList(f, cumW)
	if err != nil {
		return nil, err
	}
	cum := make([]float64, len(cs))
	for i, c := range cs {
		x, err := native.Float(c)
		if err != nil {
			return nil, err
		}
		cum[i] = x
	}
	return r.choicesCum(s, n, cum, k, out)
}

func typeNameOfSum(prev []interp.Value) string {
	if len(prev) == 0 {
		return "int"
	}
	for _, p := range prev {
		if _, ok := p.(interp.Float); ok {
			return "float"
		}
	}
	return "int"
}

func mustRepr(f *interp.Fiber, v interp.Value) string {
	s, err := interp.Repr(f, v)
	if err != nil || s == "" {
		if i, ok := v.(interp.Int); ok {
			return big.NewInt(int64(i)).String()
		}
	}
	return s
}

func (r *Random) choicesCum(s *native.Seq, n int, cum []float64, k int, out []interp.Value) (interp.Value, *interp.Exception) {
	if len(cum) != n {
		return nil, interp.Errorf(interp.ValueError, "The number of weights does not match the population")
	}
	if n == 0 {
		return nil, interp.Errorf(interp.IndexError, "list index out of range")
	}
	total := cum[n-1]
	if total <= 0 {
		return nil, interp.Errorf(interp.ValueError, "Total of weights must be greater than zero")
	}
	if math.IsInf(total, 0) || math.IsNaN(total) {
		return nil, interp.Errorf(interp.ValueError, "Total of weights must be finite")
	}
	hi := n - 1
	for i := 0; i < k; i++ {
		x := r.MT.Random() * total
		lo, h := 0, hi
		for lo < h {
			mid := (lo + h) / 2
			if x < cum[mid] {
				h = mid
			} else {
				lo = mid + 1
			}
		}
		v, err := s.At(lo)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return &interp.List{Items: out}, nil
}

func floatArgs(fname string, args []interp.Value, kw []interp.KV, names []string, defaults []float64, nreq int) ([]float64, *interp.Exception) {
	vals := make([]interp.Value, len(names))
	if err := interp.UnpackArgsPy(fname, args, kw, interp.ArgPairs(names, nreq, vals)...); err != nil {
		return nil, err
	}
	out := make([]float64, len(names))
	for i, v := range vals {
		if v == nil {
			out[i] = defaults[i]
			continue
		}
		x, err := native.Float(v)
		if err != nil {
			return nil, interp.Errorf(interp.TypeError, "unsupported operand type(s) for -: '%s' and '%s'", interp.TypeName(v), interp.TypeName(v))
		}
		out[i] = x
	}
	return out, nil
}

func (r *Random) mUniform(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	var a, b interp.Value
	if err := interp.UnpackArgsPy("Random.uniform", args, kw, "a", &a, "b", &b); err != nil {
		return nil, err
	}
	var diff float64
	ai, aok := a.(interp.Int)
	bi, bok := b.(interp.Int)
	if aok && bok {
		diff = float64(bi - ai)
	} else {
		af, err := native.Float(a)
		if err != nil {
			return nil, interp.Errorf(interp.TypeError, "unsupported operand type(s) for -: '%s' and '%s'", interp.TypeName(b), interp.TypeName(a))
		}
		bf, err := native.Float(b)
		if err != nil {
			return nil, interp.Errorf(interp.TypeError, "unsupported operand type(s) for -: '%s' and '%s'", interp.TypeName(b), interp.TypeName(a))
		}
		diff = bf - af
	}
	af, _ := native.Float(a)
	return interp.Float(af + diff*r.MT.Random()), nil
}

func (r *Random) mGauss(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	p, err := floatArgs("Random.gauss", args, kw, []string{"mu", "sigma"}, []float64{0, 1}, 0)
	if err != nil {
		return nil, err
	}
	var z float64
	if g, ok := r.gaussNext.(interp.Float); ok {
		z = float64(g)
		r.gaussNext = nil
	} else {
		x2pi := r.MT.Random() * 2 * math.Pi
		g2rad := math.Sqrt(-2.0 * math.Log(1.0-r.MT.Random()))
		z = math.Cos(x2pi) * g2rad
		r.gaussNext = interp.Float(math.Sin(x2pi) * g2rad)
	}
	return interp.Float(p[0] + z*p[1]), nil
}

func (r *Random) mNormalvariate(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	p, err := floatArgs("Random.normalvariate", args, kw, []string{"mu", "sigma"}, []float64{0, 1}, 0)
	if err != nil {
		return nil, err
	}
	nv := 4 * math.Exp(-0.5) / math.Sqrt(2.0)
	var z float64
	for {
		u1 := r.MT.Random()
		u2 := 1.0 - r.MT.Random()
		z = nv * (u1 - 0.5) / u2
		zz := z * z / 4.0
		if zz <= -math.Log(u2) {
			break
		}
	}
	return interp.Float(p[0] + z*p[1]), nil
}

func (r *Random) mTriangular(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	var lowV, highV, modeV interp.Value
	if err := interp.UnpackArgsPy("Random.triangular", args, kw, "low?", &lowV, "high?", &highV, "mode?", &modeV); err != nil {
		return nil, err
	}
	low, high := 0.0, 1.0
	var err *interp.Exception
	if lowV != nil {
		if low, err = native.Float(lowV); err != nil {
			return nil, err
		}
	}
	if highV != nil {
		if high, err = native.Float(highV); err != nil {
			return nil, err
		}
	}
	u := r.MT.Random()
	c := 0.5
	if modeV != nil && modeV != interp.None {
		mode, err := native.Float(modeV)
		if err != nil {
			return nil, err
		}
		if high-low == 0 {
			if lowV == nil {
				return interp.Float(low), nil
			}
			return lowV, nil
		}
		c = (mode - low) / (high - low)
	}
	if u > c {
		u = 1.0 - u
		c = 1.0 - c
		low, high = high, low
	}
	return interp.Float(low + (high-low)*math.Sqrt(u*c)), nil
}

func (r *Random) mExpovariate(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	p, err := floatArgs("Random.expovariate", args, kw, []string{"lambd"}, []float64{1}, 1)
	if err != nil {
		return nil, err
	}
	if p[0] == 0 {
		return nil, interp.Errorf(interp.ZeroDivisionError, "float division by zero")
	}
	return interp.Float(-math.Log(1.0-r.MT.Random()) / p[0]), nil
}

func (r *Random) mGetstate(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	if err := interp.ExactArgs("getstate", args, kw, 0); err != nil {
		return nil, err
	}
	st := make(interp.Tuple, mtN+1)
	for i, w := range r.MT.state {
		st[i] = interp.Int(w)
	}
	st[mtN] = interp.Int(r.MT.index)
	g := r.gaussNext
	if g == nil {
		g = interp.None
	}
	return interp.Tuple{interp.Int(3), st, g}, nil
}

func (r *Random) mSetstate(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	if err := interp.ExactArgs("setstate", args, kw, 1); err != nil {
		return nil, err
	}
	t, ok := args[0].(interp.Tuple)
	if !ok || len(t) != 3 {
		return nil, interp.Errorf(interp.TypeError, "state vector must be a tuple")
	}
	st, ok := t[1].(interp.Tuple)
	if !ok || len(st) != mtN+1 {
		return nil, interp.Errorf(interp.ValueError, "state vector is the wrong size")
	}
	for i := 0; i < mtN; i++ {
		w, ok := st[i].(interp.Int)
		if !ok {
			return nil, interp.Errorf(interp.TypeError, "state vector items must be integers")
		}
		r.MT.state[i] = uint32(w)
	}
	idx, ok := st[mtN].(interp.Int)
	if !ok || idx < 0 || idx > mtN {
		return nil, interp.Errorf(interp.ValueError, "invalid state")
	}
	r.MT.index = int(idx)
	if t[2] == interp.None {
		r.gaussNext = nil
	} else {
		r.gaussNext = t[2]
	}
	return interp.None, nil
}
