"""Per-class builder functions: set up on a class's first build, then straight-line code
generated for the class once it is warm, with a fast path for the key set it learned it
is sent most often; and the list builders that run the same code over page items.
"""
from __future__ import annotations

import builtins
import typing
from types import FunctionType
from typing import TYPE_CHECKING, Any, Callable, Dict, List, Optional, Tuple, Type

from ._models_fields import _LOCK, _MISSING, Converter, _field_kind, _floats, _Plan, _prepare

if TYPE_CHECKING:
    from types import CodeType

    from ._models import BaseModel

_new = object.__new__
# BaseModel's __dict__ and state slot setters, set by ``_models`` once the class exists
# (it imports this module first).
_set_dict: Any
_set_state: Any

# Every class has two builder functions, created with the class: one for an object, one for
# a list of them (page items, ``List[Model]`` fields).  Both share one globals dict holding
# the class's constants (_cls, _defaults, the converters...).  Their code changes in place
# as the class warms up: _stub (set-up on first call) -> _tier1 (a loop over the fields
# that need converting; precompiled, costs nothing to adopt; it also counts the key sets
# it sees) -> after _TIER_UP builds, code generated for the class (straight-line, compiled
# once per shape: worth its ~100 us only for classes built many times).  Swapping the code
# of one function object means a parent's builder can hold a child's builders before the
# child has ever been built, and pays no indirection once it has.
#
# The generated code has a fast path for the key set the class was seen with most often
# while learning (its "shape"; the API sends the same keys again and again): one length
# test and a few membership tests prove a payload has exactly that key set, and then the
# object shares one state tuple ``(frozenset of fields set, None)`` with every object of
# that shape, and fields the shape lacks need no conversion step.  Anything else takes
# the general path; a class that keeps missing its shape learns again (see _relearn).
#
# Names below are those per-class globals, declared for type checkers; the templates
# never run with this module's own globals.
_cls: Any
_defaults: Dict[str, Any]
_count: int
_names: frozenset[str]
_plan: _Plan
_steps: Tuple[Tuple[str, int, Converter, bool], ...]
_factories: Tuple[Tuple[str, Callable[[], Any]], ...]
_calls: int
_shapes: Dict[frozenset[str], int]
_builder: Callable[[Any], Any]
_TIER_UP = 200  # builds of one class before its straight-line builder is generated
# Misses of the learned shape before the class learns again, and how often it may: a
# wrong guess costs only the general path, so relearning is rare and bounded.
_RELEARN_AFTER = 1000
_MAX_GENERATIONS = 4
_MAX_SHAPE_EXTRA = 3  # unknown keys a learned shape may carry
_MAX_UNROLLED = 6  # membership tests written out; beyond, one C-level set operation
# A small class whose shape lacks at most one field builds its dict as a display (one
# subscript per key: a missing key raises), which needs no membership test; past a few
# fields, copying the defaults and updating them in C costs less than the subscripts.
_MAX_DISPLAY_FIELDS = 6

# step kinds
_K_MODEL, _K_MODELS, _K_FLOAT, _K_FLOATS, _K_CALL = range(5)
_KIND_CODES = {"model": _K_MODEL, "models": _K_MODELS, "float": _K_FLOAT,
               "floats": _K_FLOATS, "call": _K_CALL}


def _stub(data: Any) -> Any:
    return _first_build(_cls, data)


def _list_loop(items: List[Any]) -> List[Any]:
    return [_builder(x) for x in items]


def _tier1(data: Any) -> Any:
    global _calls
    if type(data) is not dict:
        return data
    _calls += 1
    if _calls >= _TIER_UP:
        _tier_up(_cls)
    keys = frozenset(data)
    _shapes[keys] = _shapes.get(keys, 0) + 1
    values = _defaults.copy()
    for name, factory in _factories:
        values[name] = factory()
    values.update(data)
    if len(values) == _count:
        fields_set = keys
        extra = None
    else:
        extra = {}
        for key in data:
            if key not in _names:
                extra[key] = values.pop(key)
        fields_set = keys.difference(extra)
    for name, kind, conv, guarded in _steps:
        if guarded and name not in data:
            continue
        v = values[name]
        if kind == 0:  # _K_MODEL
            if type(v) is dict:
                values[name] = conv(v)  # type: ignore[misc]
        elif kind == 1:  # _K_MODELS: conv is the item class's list builder
            if type(v) is list:
                values[name] = conv(v)  # type: ignore[misc]
        elif kind == 2:  # _K_FLOAT
            if type(v) is int:
                values[name] = float(v)
        elif kind == 3:  # _K_FLOATS
            if type(v) is list:
                values[name] = _floats(v)
        elif v is not None:
            values[name] = conv(v)  # type: ignore[misc]
    obj = _new(_cls)
    _set_dict(obj, values)
    _set_state(obj, (fields_set, extra))
    return obj


def _aliased(data: Any) -> Any:
    if type(data) is not dict:
        return data
    return _build_loop(_cls, _plan, data)


_STUB_CODE = _stub.__code__
_LIST_LOOP_CODE = _list_loop.__code__
_BUILTINS = builtins.__dict__


def _new_builders(cls: type) -> Tuple[Callable[[Any], Any], Callable[[List[Any]], List[Any]]]:
    g: Dict[str, Any] = {"__builtins__": _BUILTINS, "_cls": cls, "_first_build": _first_build}
    item = FunctionType(_STUB_CODE, g, f"build_{cls.__name__}")
    g["_builder"] = item
    return item, FunctionType(_LIST_LOOP_CODE, g, f"build_{cls.__name__}_list")


def _first_build(cls: Type[BaseModel], data: Any) -> Any:
    fn = cls._lite_builder
    _specialise(cls, typing.cast(FunctionType, fn))
    return fn(data)


def _specialise(cls: Type[BaseModel], func: FunctionType) -> None:
    """Set up the class's builder: its constants, and the first tier of code."""
    with _LOCK:
        if func.__code__ is not _STUB_CODE:
            return
        plan = _prepare(cls)
        g = func.__globals__
        g.update(_new=_new, _set_dict=_set_dict, _set_state=_set_state, _floats=_floats,
                 _build_loop=_build_loop, _tier_up=_tier_up, _relearn=_relearn,
                 _TIER_UP=_TIER_UP, _RELEARN_AFTER=_RELEARN_AFTER, _calls=0, _misses=0,
                 _generation=0, _shapes={}, _plan=plan, _defaults=plan.defaults,
                 _count=len(plan.defaults), _names=plan.names, _factories=plan.factories)
        if plan.has_alias:
            func.__code__ = _aliased.__code__
            return
        steps: List[Tuple[str, int, Converter, bool]] = []
        with_factory = {name for name, _ in plan.factories}
        for name, _api, default in plan.fields:
            kind, conv = _field_kind(plan.hints[name])
            if kind is not None:
                # a default other than None is kept as declared, never converted
                guarded = name in with_factory or not (default is _MISSING or default is None)
                steps.append((name, _KIND_CODES[kind], conv, guarded))
        g["_steps"] = tuple(steps)
        func.__code__ = _tier1.__code__


_SHAPE_CODE: Dict[Tuple[Any, ...], Tuple[CodeType, CodeType]] = {}
_KIND_NAMES = {code: name for name, code in _KIND_CODES.items()}


def _learned_shape(g: Dict[str, Any]) -> Optional[Tuple[frozenset[str], Tuple[str, ...]]]:
    """The key set seen most often while learning, as (fields, unknown keys); None when
    there is none worth a fast path."""
    shapes = dict(g["_shapes"])  # a copy: other threads may still be counting
    if not shapes:
        return None
    best = max(shapes, key=shapes.__getitem__)
    names: frozenset[str] = g["_names"]
    extra = tuple(sorted(k for k in best if k not in names))
    if len(extra) > _MAX_SHAPE_EXTRA:
        return None
    return best & names, extra


def _tier_up(cls: Type[BaseModel]) -> None:
    """Give a much-built class straight-line code for its shape (see _builder_source)."""
    with _LOCK:
        func = typing.cast(FunctionType, cls._lite_builder)
        if func.__code__ is not _tier1.__code__:
            return
        g = func.__globals__
        shape_steps = []
        for i, (name, kind, conv, guarded) in enumerate(g["_steps"]):
            g[f"_n{i}"] = name
            g[f"_c{i}"] = conv
            shape_steps.append((_KIND_NAMES[kind], guarded))
        for i, (name, factory) in enumerate(g["_factories"]):
            g[f"_fn{i}"] = name
            g[f"_ff{i}"] = factory
        fast: Optional[Tuple[Any, ...]] = None
        learned = _learned_shape(g)
        if learned is not None:
            # Each generation has its own names, never rebound: a thread still running the
            # code of an earlier generation keeps reading that generation's constants.
            gen = g["_generation"]
            g["_generation"] = gen + 1
            fields, extra = learned
            names: frozenset[str] = g["_names"]
            absent = names - fields
            p = f"_h{gen}"
            g[p + "n"] = len(fields) + len(extra)
            g[p + "c"] = len(names) + len(extra)
            if extra:
                g[p + "f"] = fields
            else:
                g[p + "s"] = (fields, None)
            present = tuple(i for i, (name, _k, _c, _g) in enumerate(g["_steps"])
                            if name in fields)
            if not extra and len(names) <= _MAX_DISPLAY_FIELDS and len(absent) <= 1:
                plan: _Plan = g["_plan"]
                by_factory = {name: j for j, (name, _f) in enumerate(g["_factories"])}
                layout: List[Tuple[str, str, int]] = []
                for i, (name, _api, _default) in enumerate(plan.fields):
                    if name in fields:
                        layout.append(("data", name, i))
                    elif name in by_factory:
                        layout.append(("factory", name, by_factory[name]))
                    elif plan.defaults[name] is None:
                        layout.append(("none", name, i))
                    else:
                        g[f"_d{i}"] = plan.defaults[name]
                        layout.append(("default", name, i))
                fast = (gen, "display", tuple(layout), present)
            else:
                for i, key in enumerate(extra):
                    g[f"{p}e{i}"] = key
                # Given the two lengths, the key set is the shape when the fields it lacks
                # are all absent, or the fields it has all present: test the shorter list.
                if len(absent) <= len(fields):
                    check, tested = "absent", sorted(absent)
                else:
                    check, tested = "present", sorted(fields)
                if len(tested) > _MAX_UNROLLED:
                    check, tested = "disjoint", []
                    g[p + "A"] = absent
                for i, key in enumerate(tested):
                    g[f"{p}q{i}"] = key
                fast = (gen, "keys", (len(extra), check, len(tested)), present)
        shape = (len(g["_factories"]), tuple(shape_steps), fast)
        codes = _SHAPE_CODE.get(shape)
        if codes is None:
            item_src, list_src = _builder_source(shape)
            namespace: Dict[str, Any] = {}
            exec(compile(item_src + list_src, "<openai_lite model builder>", "exec"),
                 namespace)
            codes = (namespace["build"].__code__, namespace["build_list"].__code__)
            _SHAPE_CODE[shape] = codes
        g["_misses"] = 0
        g["_shapes"] = {}
        func.__code__ = codes[0]
        typing.cast(FunctionType, cls._lite_list_builder).__code__ = codes[1]


def _relearn(cls: Type[BaseModel]) -> None:
    """The class keeps missing its learned shape: learn again from the next _TIER_UP
    builds (at most _MAX_GENERATIONS shapes in all)."""
    with _LOCK:
        func = typing.cast(FunctionType, cls._lite_builder)
        g = func.__globals__
        g["_misses"] = 0
        code = func.__code__
        if (code is _tier1.__code__ or code is _STUB_CODE or code is _aliased.__code__
                or g["_generation"] >= _MAX_GENERATIONS):
            return
        g["_calls"] = 0
        g["_shapes"] = {}
        typing.cast(FunctionType, cls._lite_list_builder).__code__ = _LIST_LOOP_CODE
        func.__code__ = _tier1.__code__


def _step_lines(i: int, kind: str, pad: str) -> List[str]:
    out = [f"{pad}v = values[_n{i}]"]
    if kind == "float":
        out += [f"{pad}if type(v) is int:", f"{pad}    values[_n{i}] = float(v)"]
    elif kind == "model":
        out += [f"{pad}if type(v) is dict:", f"{pad}    values[_n{i}] = _c{i}(v)"]
    elif kind == "models":
        # (an empty list is common, e.g. a message's annotations: no call for it)
        out += [f"{pad}if type(v) is list:", f"{pad}    values[_n{i}] = _c{i}(v) if v else []"]
    elif kind == "floats":
        out += [f"{pad}if type(v) is list:", f"{pad}    values[_n{i}] = _floats(v)"]
    else:
        out += [f"{pad}if v is not None:", f"{pad}    values[_n{i}] = _c{i}(v)"]
    return out


def _builder_source(shape: Tuple[Any, ...]) -> Tuple[str, str]:
    """The straight-line builders (object, list) for a shape: (number of factories,
    ((kind, guarded)...), fast path or None), with names and converters in globals
    _n<i>/_c<i>, factories in _fn<i>/_ff<i>, the fast path's constants in _h<gen>*.

    The fast path is (generation, "keys" or "display", its layout, the steps of the fields
    present): "keys" builds the dict as the general path does and tests the key set by
    lengths and membership; "display" writes the dict out, field by field in declared
    order ('name': data['name'] for a field of the shape, else its default, _d<i> or a
    factory's value), after one length test; the keys are written as constants (a
    constant-key display is the cheapest dict CPython builds), so that code is the
    class's own unless another class has the same fields."""
    n_factories, steps, fast = shape

    def values_lines(pad: str) -> List[str]:
        return ([f"{pad}values = _defaults.copy()"]
                + [f"{pad}values[_fn{i}] = _ff{i}()" for i in range(n_factories)]
                + [f"{pad}values.update(data)"])

    def finish(inner: str, state: str, done: str) -> List[str]:
        out: List[str] = []
        for i in fast[3]:
            out += _step_lines(i, steps[i][0], inner)
        return out + [f"{inner}obj = _new(_cls)", f"{inner}_set_dict(obj, values)",
                      f"{inner}_set_state(obj, {state})", f"{inner}{done}"]

    def keys_lines(pad: str, done: str) -> List[str]:
        gen, _mode, (n_extra, check, n_tested), _present = fast
        p = f"_h{gen}"
        tests = [f"len(values) == {p}c", f"len(data) == {p}n"]
        tests += [f"{p}e{i} in data" for i in range(n_extra)]
        if check == "absent":
            tests += [f"{p}q{i} not in data" for i in range(n_tested)]
        elif check == "present":
            tests += [f"{p}q{i} in data" for i in range(n_tested)]
        else:
            tests.append(f"{p}A.isdisjoint(data)")
        out = [f"{pad}if {' and '.join(tests)}:"]
        inner = pad + "    "
        if n_extra == 1:
            out.append(f"{inner}extra = {{{p}e0: values.pop({p}e0)}}")
        elif n_extra:  # in the payload's order, as the general path keeps them
            out += [f"{inner}extra = {{}}", f"{inner}for key in data:",
                    f"{inner}    if key not in _names:",
                    f"{inner}        extra[key] = values.pop(key)"]
        return out + finish(inner, f"({p}f, extra)" if n_extra else p + "s", done)

    def display_lines(pad: str, done: str) -> List[str]:
        gen, _mode, layout, _present = fast
        items = []
        for source, name, i in layout:
            key = repr(name)
            value = {"data": f"data[{key}]", "none": "None", "default": f"_d{i}",
                     "factory": f"_ff{i}()"}[source]
            items.append(f"{key}: {value}")
        return [f"{pad}try:",
                f"{pad}    values = {{{', '.join(items)}}}",
                f"{pad}except KeyError:",  # a field of the shape is missing
                f"{pad}    pass",
                f"{pad}else:"] + finish(pad + "    ", f"_h{gen}s", done)

    item = ["def build(data):",
            "    global _misses",
            "    if type(data) is not dict:",
            "        return data"]
    if fast is not None and fast[1] == "display":
        item += [f"    if len(data) == _h{fast[0]}n:"] + display_lines("        ", "return obj")
        item += values_lines("    ")
    else:
        item += values_lines("    ")
        if fast is not None:
            item += keys_lines("    ", "return obj")
    if fast is not None:
        item += ["    _misses += 1",
                 "    if _misses >= _RELEARN_AFTER:",
                 "        _relearn(_cls)"]
    item += ["    if len(values) == _count:",
             "        fields_set = _names if len(data) == _count else set(data)",
             "        extra = None",
             "    else:",
             "        extra = {}",
             "        for key in data:",
             "            if key not in _names:",
             "                extra[key] = values.pop(key)",
             "        fields_set = set(data)",
             "        fields_set.difference_update(extra)"]
    for i, (kind, guarded) in enumerate(steps):
        if guarded:
            item.append(f"    if _n{i} in data:")
            item += _step_lines(i, kind, "        ")
        else:
            item += _step_lines(i, kind, "    ")
    item += ["    obj = _new(_cls)",
             "    _set_dict(obj, values)",
             "    _set_state(obj, (fields_set, extra))",
             "    return obj", "", ""]
    if fast is None:
        lst = ["def build_list(items):",
               "    return [_builder(x) for x in items]", ""]
    else:
        # the fast path inline, saving a call per item; the rest goes to the item builder
        lst = ["def build_list(items):",
               "    out = []",
               "    for data in items:"]
        if fast[1] == "display":
            lst += [f"        if type(data) is dict and len(data) == _h{fast[0]}n:"]
            lst += display_lines("            ", "out.append(obj)")
        else:
            lst += ["        if type(data) is dict:"]
            lst += values_lines("            ")
            lst += keys_lines("            ", "out.append(obj)")
        lst += ["                continue",
                "        out.append(_builder(data))",
                "    return out", ""]
    return "\n".join(item), "\n".join(lst)


def _build_loop(cls: Type[BaseModel], plan: _Plan, data: Dict[str, Any]) -> Any:
    """The general builder, for classes with aliased fields."""
    values = plan.defaults.copy()
    for name, factory in plan.factories:
        values[name] = factory()
    by_api = plan.by_api
    assert by_api is not None
    extra: Optional[Dict[str, Any]] = None
    for key, value in data.items():
        spec = by_api.get(key)
        if spec is None:
            if extra is None:
                extra = {}
            extra[key] = value
        else:
            conv = spec[1]
            values[spec[0]] = value if conv is None or value is None else conv(value)
    obj = _new(cls)
    _set_dict(obj, values)
    _set_state(obj, ({by_api[k][0] for k in data if k in by_api}, extra))
    return obj
