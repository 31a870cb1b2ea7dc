#!/usr/bin/env python3
"""What the browser bundle is made of: code bytes per crate and the largest functions.

    scripts/wasm-sizes.py [WASM] [N]

WASM is a module that still has its name section: the one cargo builds, before
wasm-bindgen and wasm-opt (default: the newest app.wasm under target/). It reads the
code and name sections itself (the wasm binary format is small), so no tool is needed.
Sizes are before wasm-opt and compression, so use them to compare, not as the bundle's size.
"""
import collections
import re
import glob
import os
import sys


def leb(b, i):
    result = shift = 0
    while True:
        byte = b[i]
        i += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return result, i


def sections(b):
    assert b[:4] == b"\0asm", "not a wasm module"
    i = 8
    while i < len(b):
        sid = b[i]
        size, i = leb(b, i + 1)
        yield sid, b[i:i + size]
        i += size


def imported_functions(body):
    n, i = leb(body, 0)
    funcs = 0
    for _ in range(n):
        for _ in range(2):  # module and field names
            ln, i = leb(body, i)
            i += ln
        kind = body[i]
        i += 1
        if kind == 0:
            _, i = leb(body, i)
            funcs += 1
        elif kind == 1:  # table: reftype, limits
            i += 1
            flags, i = leb(body, i)
            _, i = leb(body, i)
            if flags & 1:
                _, i = leb(body, i)
        elif kind == 2:  # memory: limits
            flags, i = leb(body, i)
            _, i = leb(body, i)
            if flags & 1:
                _, i = leb(body, i)
        elif kind == 3:  # global: type, mutability
            i += 2
        else:
            _, i = leb(body, i)
    return funcs


def function_names(body):
    i = len(b"\x04name") if body.startswith(b"\x04name") else None
    names = {}
    if i is None:
        return names
    while i < len(body):
        sub = body[i]
        size, i = leb(body, i + 1)
        end = i + size
        if sub == 1:
            n, j = leb(body, i)
            for _ in range(n):
                idx, j = leb(body, j)
                ln, j = leb(body, j)
                names[idx] = body[j:j + ln].decode("utf-8", "replace")
                j += ln
        i = end
    return names


def crate_of(name):
    """The crate a Rust symbol belongs to: for `<T as Trait>` impls the trait's crate, else
    the first path segment (legacy `_ZN` or v0 `_R` mangling)."""
    if name.startswith("_R"):
        m = re.search(r"C(?:s[0-9A-Za-z]*_)?(\d+)", name)
        if m:
            n = int(m.group(1))
            return name[m.end():m.end() + n]
    if name.startswith("_ZN"):
        m = re.match(r"_ZN(\d+)", name)
        seg = name[m.end():m.end() + int(m.group(1))]
        if seg.startswith("_$LT$"):
            inner = seg[5:]
            if "$u20$as$u20$" in inner:
                inner = inner.split("$u20$as$u20$", 1)[1]
            inner = re.sub(r"^(\$RF\$|mut\$u20\$|\$BP\$|const\$u20\$|\$LP\$|\$LT\$)+", "", inner)
            return re.split(r"\.\.|\$", inner)[0] or seg
        return seg
    if "::" in name:
        return name.lstrip("<").split("::")[0]
    return "(other)"


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else max(glob.glob("target/**/app.wasm", recursive=True), key=os.path.getmtime)
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    b = open(path, "rb").read()
    imports, bodies, names, data = 0, [], {}, 0
    for sid, body in sections(b):
        if sid == 2:
            imports = imported_functions(body)
        elif sid == 10:
            n, i = leb(body, 0)
            for _ in range(n):
                size, i = leb(body, i)
                bodies.append(size)
                i += size
        elif sid == 11:
            data = len(body)
        elif sid == 0 and body.startswith(b"\x04name"):
            names = function_names(body)
    if not names:
        sys.exit(f"{path} has no name section: use the module cargo built, before wasm-opt")
    per_fn = [(size, names.get(imports + k, f"func[{imports + k}]")) for k, size in enumerate(bodies)]
    per_crate = collections.Counter()
    for size, name in per_fn:
        per_crate[crate_of(name)] += size
    code = sum(bodies)
    print(f"{path}: {len(b):,} bytes, code {code:,}, data {data:,}, {len(bodies):,} functions")
    print("\ncode per crate")
    for crate, size in per_crate.most_common(top):
        print(f"{size:>9,}  {100 * size / code:5.1f} %  {crate}")
    print(f"\nthe {top} largest functions")
    for size, name in sorted(per_fn, reverse=True)[:top]:
        print(f"{size:>9,}  {name[:150]}")


if __name__ == "__main__":
    main()
