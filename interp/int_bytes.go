package interp

// This file defines int.to_bytes and the classmethod int.from_bytes
// (CPython's int_to_bytes_impl and int_from_bytes_impl over
// _PyLong_AsByteArray/_PyLong_FromByteArray): two's complement of a fixed
// length, big- or little-endian.

import "math/big"

// setupIntBytes installs int.to_bytes and int.from_bytes.
func setupIntBytes() {
	IntClass.AddMethods(map[string]NativeFunc{"to_bytes": intToBytes})
	IntClass.Dict["from_bytes"] = &ClassMethod{Func: &Builtin{Name: "from_bytes", Fn: intFromBytes, Of: IntClass}}
}

// byteOrder checks the byteorder argument: true for little-endian.
func byteOrder(v Value) (bool, *Exception) {
	s, ok := v.(Str)
	if !ok {
		return false, Errorf(TypeError, "to_bytes() argument 'byteorder' must be str, not %s", TypeName(v))
	}
	switch s {
	case "little":
		return true, nil
	case "big":
		return false, nil
	}
	return false, Errorf(ValueError, "byteorder must be either 'little' or 'big'")
}

// intToBytes is int.to_bytes(length=1, byteorder='big', *, signed=False).
func intToBytes(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	length := 1
	var order Value = Str("big")
	var signedV Value = False
	if err := UnpackArgs("to_bytes", args[1:], kw, "length?", &length, "byteorder?", &order, "*", "signed?", &signedV); err != nil {
		return nil, err
	}
	little, err := byteOrder(order)
	if err != nil {
		return nil, err
	}
	signed, err := Truth(f, signedV)
	if err != nil {
		return nil, err
	}
	if length < 0 {
		return nil, Errorf(ValueError, "length argument must be non-negative")
	}
	self := args[0]
	if !isInt(self) {
		if !IsInstance(self, IntClass) {
			return nil, Errorf(TypeError, "descriptor 'to_bytes' for 'int' objects doesn't apply to a '%s' object", TypeName(self))
		}
		if self, err = Index(f, self); err != nil {
			return nil, err
		}
	}
	n := toBig(self)
	if n.Sign() < 0 && !signed {
		return nil, Errorf(OverflowError, "can't convert negative int to unsigned")
	}
	if err := f.CheckAlloc(int64(length)); err != nil {
		return nil, err
	}
	bits := n.BitLen()
	if signed && n.Sign() != 0 {
		// the sign bit needs room too; -2**(8L-1) fits exactly
		neg := new(big.Int).Neg(n)
		if n.Sign() < 0 && neg.BitLen() == bits && new(big.Int).Sub(neg, big.NewInt(1)).BitLen() < bits {
			bits-- // a power of two: -2**k needs k+1 bits, not k+2
		}
		bits++
	}
	if bits > 8*length && !(length == 0 && signed && n.IsInt64() && n.Int64() == -1) {
		// (CPython's _PyLong_AsByteArray lets -1 through into no bytes)
		return nil, Errorf(OverflowError, "int too big to convert")
	}
	v := new(big.Int).Set(n)
	if v.Sign() < 0 {
		v.Add(v, new(big.Int).Lsh(big.NewInt(1), uint(8*length)))
	}
	out := make([]byte, length)
	v.FillBytes(out)
	if little {
		for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
			out[i], out[j] = out[j], out[i]
		}
	}
	return Bytes(out), nil
}

// intFromBytes is the classmethod int.from_bytes(bytes, byteorder='big',
// *, signed=False).
func intFromBytes(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	cls := args[0].(*Class)
	var src Value
	var order Value = Str("big")
	var signedV Value = False
	if err := UnpackArgs("from_bytes", args[1:], kw, "bytes", &src, "byteorder?", &order, "*", "signed?", &signedV); err != nil {
		return nil, err
	}
	little, err := byteOrder(order)
	if err != nil {
		return nil, err
	}
	signed, err := Truth(f, signedV)
	if err != nil {
		return nil, err
	}
	if _, isStr := src.(Str); isStr {
		return nil, Errorf(TypeError, "cannot convert 'str' object to bytes")
	}
	s, err := bytesFromObject(f, "bytes", src)
	if err != nil {
		return nil, err
	}
	b := []byte(s)
	if little {
		for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
			b[i], b[j] = b[j], b[i]
		}
	}
	v := new(big.Int).SetBytes(b)
	if signed && len(b) > 0 && b[0]&0x80 != 0 {
		v.Sub(v, new(big.Int).Lsh(big.NewInt(1), uint(8*len(b))))
	}
	r := MakeInt(v)
	if cls != IntClass {
		return f.Call(cls, []Value{r}, nil)
	}
	return r, nil
}

// intFromBytesLiteral is int(b) and int(b, base) for a bytes-like b: its
// ASCII text parsed as a str would be, the error showing the bytes.
func intFromBytesLiteral(s string, base int) (Value, *Exception) {
	if isASCII(s) {
		v, err := IntFromString(s, base)
		if err == nil || !err.Matches(ValueError) || base != 0 && (base < 2 || base > 36) {
			return v, err
		}
	}
	return nil, Errorf(ValueError, "invalid literal for int() with base %d: %s", base, bytesRepr(s))
}
