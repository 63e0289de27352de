package interp

// This file defines Instance, an object of a user-defined class, and how
// it stores its attributes: as a shape (the sequence of its attribute
// names, shared by every instance that added the same names in the same
// order, as V8's hidden classes and CPython 3.11's shared-key instance
// dicts) plus a slice of values, one per name. The attribute caches of
// LOAD_ATTR, STORE_ATTR and LOAD_METHOD (attrcache.go) then find an
// attribute by comparing the shape pointer and indexing the slice.
//
// An instance leaves shapes for a real dict (its __dict__, which then IS
// the storage, so obj.__dict__['x'] = 1 is seen by obj.x) when the
// program asks for __dict__ or vars(), deletes an attribute, assigns
// __dict__, or adds more than maxShapeNames names; it never goes back.
// Instances of classes that may be shared by several VMs (BuiltinType or
// Immutable) keep a dict from the start: a shape tree is mutable state
// and belongs to one VM, through its class.

// Instance is an object of a user-defined class (one not deriving from a
// built-in type other than object or an exception).
type Instance struct {
	Class *Class
	// Exactly one of shape and rare.dict is set. With shape, vals[i] is
	// the value of shape.names[i] (len(vals) == len(shape.names)); with
	// a dict, the dict holds the attributes and vals is nil.
	shape *Shape
	vals  []Value
	// rare holds what few instances need (nil for most): the dict, and
	// the value of a subclass of a built-in type. Out of line, it keeps
	// the common instance at 48 bytes, which with two values fits Go's
	// 80-byte size class (a Vec(x, y) of a program).
	rare *instanceRare
}

// instanceRare is the part of an Instance most instances do without.
type instanceRare struct {
	dict *Dict
	// native is the built-in value an instance of a subclass of a
	// built-in type carries (a *List for class L(list), a Str for class
	// S(str)); nil for plain objects. Operations the class does not
	// override go to it (object_native.go).
	native Value
}

// rareFields returns i.rare, making it on first use.
func (i *Instance) rareFields() *instanceRare {
	if i.rare == nil {
		i.rare = &instanceRare{}
	}
	return i.rare
}

// Native returns the built-in value the instance carries, or nil.
func (i *Instance) Native() Value {
	if i.rare == nil {
		return nil
	}
	return i.rare.native
}

// SetNative makes the instance carry the built-in value v.
func (i *Instance) SetNative(v Value) { i.rareFields().native = v }

func (i *Instance) Type() *Class { return i.Class }

// Shape is one sequence of attribute names, in insertion order. Shapes
// form a tree per class: the root is the empty sequence and a child adds
// one name to its parent's. A shape never changes after it is made
// except for gaining children (and its root's size hint), so an
// attribute cache may keep (shape, index) pairs.
type Shape struct {
	names []string
	// next lists the transitions: adding next[i].name to an instance of
	// this shape gives next[i].child.
	next []shapeEdge
	root *Shape
	// hint, on a root, is the largest number of values an instance of the
	// class reached: new instances allocate that many slots at once.
	hint int
	// shapes, on a root, counts the shapes of its tree (at most
	// maxShapesPerClass).
	shapes int
}

type shapeEdge struct {
	name  string
	child *Shape
}

const (
	// maxShapeNames is the most attributes an instance keeps in a shape;
	// the linear scans of the generic paths stay short.
	maxShapeNames = 30
	// maxShapeFanout bounds the transitions out of one shape, and
	// maxShapesPerClass the shapes of one class: a program inventing
	// names or orders gets dicts past them rather than an ever-growing
	// tree.
	maxShapeFanout    = 32
	maxShapesPerClass = 1024
)

// index returns the position of name in the shape, or -1.
func (s *Shape) index(name string) int {
	for i, n := range s.names {
		if n == name {
			return i
		}
	}
	return -1
}

// child returns the shape of s plus name, making it when needed; nil when
// s may not grow (too many names or too many transitions).
func (s *Shape) child(name string) *Shape {
	for _, e := range s.next {
		if e.name == name {
			return e.child
		}
	}
	if len(s.names) >= maxShapeNames || len(s.next) >= maxShapeFanout || s.root.shapes >= maxShapesPerClass {
		return nil
	}
	s.root.shapes++
	names := make([]string, len(s.names)+1)
	copy(names, s.names)
	names[len(s.names)] = name
	c := &Shape{names: names, root: s.root}
	s.next = append(s.next, shapeEdge{name, c})
	return c
}

// The instanceN types put an instance and room for its first N values in
// one allocation (NewInstance): vals points into the same object, which
// the GC keeps alive as a whole while either is referenced.
type (
	instance1 struct {
		inst Instance
		v    [1]Value
	}
	instance2 struct {
		inst Instance
		v    [2]Value
	}
	instance3 struct {
		inst Instance
		v    [3]Value
	}
	instance4 struct {
		inst Instance
		v    [4]Value
	}
	instance6 struct {
		inst Instance
		v    [6]Value
	}
	instance8 struct {
		inst Instance
		v    [8]Value
	}
)

// NewInstance makes a bare instance of a user class, with room for as many
// attributes as the class's instances last needed.
func NewInstance(cls *Class) *Instance {
	root := cls.rootShape()
	if root == nil {
		return &Instance{Class: cls, rare: &instanceRare{dict: NewDict()}}
	}
	var x *Instance
	switch n := root.hint; {
	case n == 0:
		x = &Instance{}
	case n == 1:
		b := &instance1{}
		x = &b.inst
		x.vals = b.v[:0]
	case n == 2:
		b := &instance2{}
		x = &b.inst
		x.vals = b.v[:0]
	case n == 3:
		b := &instance3{}
		x = &b.inst
		x.vals = b.v[:0]
	case n == 4:
		b := &instance4{}
		x = &b.inst
		x.vals = b.v[:0]
	case n <= 6:
		b := &instance6{}
		x = &b.inst
		x.vals = b.v[:0]
	case n <= 8:
		b := &instance8{}
		x = &b.inst
		x.vals = b.v[:0]
	default:
		x = &Instance{vals: make([]Value, 0, n)}
	}
	x.Class, x.shape = cls, root
	return x
}

// rootShape returns the empty shape of cls's instances, making it on first
// use; nil for a class whose instances keep a dict.
func (cls *Class) rootShape() *Shape {
	if cls.shapeRoot == nil && !cls.BuiltinType && !cls.Immutable {
		root := &Shape{}
		root.root = root
		cls.shapeRoot = root
	}
	return cls.shapeRoot
}

// setClass makes c the instance's class (obj.__class__ = c). Its values
// move to the shape of the same names in c's tree: a shape belongs to one
// class, as exec's attribute cache hits, which compare shapes alone,
// assume. Without such a shape the instance takes a dict.
func (i *Instance) setClass(c *Class) {
	if i.shape != nil {
		s := c.rootShape()
		for _, n := range i.shape.names {
			if s == nil {
				break
			}
			s = s.child(n)
		}
		if s != nil {
			i.shape = s
		} else {
			i.AttrDict()
		}
	}
	i.Class = c
}

// OwnAttr returns the attribute name stored on the instance itself (its
// __dict__ entry), without looking at the class.
func (i *Instance) OwnAttr(name string) (Value, bool) {
	if i.shape != nil {
		if k := i.shape.index(name); k >= 0 {
			return i.vals[k], true
		}
		return nil, false
	}
	return i.AttrDict().GetStr(name)
}

// hasOwnAttr reports whether name is stored on the instance itself.
func (i *Instance) hasOwnAttr(name string) bool {
	if i.shape != nil {
		return i.shape.index(name) >= 0
	}
	_, ok := i.AttrDict().strFind(name)
	return ok
}

// SetOwnAttr stores the attribute name on the instance itself (its
// __dict__ entry), with no descriptor or __setattr__ involved.
func (i *Instance) SetOwnAttr(name string, v Value) {
	if s := i.shape; s != nil {
		if k := s.index(name); k >= 0 {
			i.vals[k] = v
			return
		}
		if c := s.child(name); c != nil {
			i.grow(c, v)
			return
		}
	}
	i.AttrDict().SetStr(name, v)
}

// grow adds the value of the last name of next, a child of the instance's
// shape, and records the new size on the root for later instances.
func (i *Instance) grow(next *Shape, v Value) {
	i.vals = append(i.vals, v)
	i.shape = next
	if r := next.root; len(i.vals) > r.hint {
		r.hint = len(i.vals)
	}
}

// DelOwnAttr deletes the attribute name stored on the instance itself,
// reporting whether it was there. The instance keeps a dict from then on.
func (i *Instance) DelOwnAttr(name string) bool {
	if i.shape != nil && i.shape.index(name) < 0 {
		return false
	}
	return i.AttrDict().DelStr(name)
}

// AttrDict returns the instance's __dict__, moving its attributes from
// the shape into a dict on first use: from then on the dict is the
// storage. (A zero Instance, made outside NewInstance, gets an empty one.)
func (i *Instance) AttrDict() *Dict {
	if i.rare == nil || i.rare.dict == nil {
		d := NewDict()
		if i.shape != nil {
			for k, n := range i.shape.names {
				d.SetStr(n, i.vals[k])
			}
		}
		i.SetAttrDict(d)
	}
	return i.rare.dict
}

// SetAttrDict makes d the instance's __dict__ (obj.__dict__ = d).
func (i *Instance) SetAttrDict(d *Dict) { i.rareFields().dict, i.shape, i.vals = d, nil, nil }

// OwnAttrNames returns the names stored on the instance, in insertion
// order.
func (i *Instance) OwnAttrNames() []Value {
	if i.shape == nil {
		return i.AttrDict().Keys()
	}
	r := make([]Value, len(i.shape.names))
	for k, n := range i.shape.names {
		r[k] = Str(n)
	}
	return r
}

// EachOwnAttr calls fn with each attribute stored on the instance, in
// insertion order, until fn returns false.
func (i *Instance) EachOwnAttr(fn func(name string, v Value) bool) {
	if i.shape == nil {
		i.AttrDict().Items(func(k, v Value) bool {
			s, _ := k.(Str) // a program may put other keys in __dict__
			return fn(string(s), v)
		})
		return
	}
	for k, n := range i.shape.names {
		if !fn(n, i.vals[k]) {
			return
		}
	}
}
