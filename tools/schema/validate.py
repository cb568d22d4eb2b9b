"""A small JSON Schema (2020-12) checker for the keywords core/data/schema.json uses, stdlib only.

`closed=True` also flags an object key that the schema does not declare (where it gives
`properties` and says nothing of `additionalProperties`): an answer must carry no key its schema
leaves out, or the doors' generated types would miss it.
"""

import re

DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class Checker:
    def __init__(self, doc: dict, closed: bool):
        self.defs = doc.get("$defs", {})
        self.closed = closed

    def resolve(self, s):
        while isinstance(s, dict) and "$ref" in s:
            s = self.defs[s["$ref"].rsplit("/", 1)[1]]
        return s

    def errors(self, v, s, path="$"):
        """Every fault of `v` against `s`, as `path: what`."""
        s = self.resolve(s)
        if s is True or s == {}:
            return []
        if s is False:
            return [f"{path}: nothing is allowed here"]
        out = []
        for key in ("anyOf", "oneOf"):
            if key in s:
                fits = [b for b in s[key] if not self.errors(v, b, path)]
                if not fits:
                    best = min((self.errors(v, b, path) for b in s[key]), key=len)
                    out.append(f"{path}: fits no branch of {key} (nearest: {best[:2]})")
                elif key == "oneOf" and len(fits) > 1 and not all("const" in self.resolve(b) for b in fits):
                    out.append(f"{path}: fits {len(fits)} branches of oneOf")
        for b in s.get("allOf", []):
            out += self.errors(v, b, path)
        if "const" in s and v != s["const"]:
            out.append(f"{path}: {v!r} is not {s['const']!r}")
        if "enum" in s and v not in s["enum"]:
            out.append(f"{path}: {v!r} is not one of {s['enum'][:8]}")
        t = s.get("type")
        if t is not None and not any(self.is_type(v, x) for x in (t if isinstance(t, list) else [t])):
            return out + [f"{path}: {type(v).__name__} where {t} is expected"]
        if isinstance(v, str) and s.get("format") == "date" and not DATE.match(v):
            out.append(f"{path}: {v!r} is not a date")
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            if "minimum" in s and v < s["minimum"]:
                out.append(f"{path}: {v} < {s['minimum']}")
            if "maximum" in s and v > s["maximum"]:
                out.append(f"{path}: {v} > {s['maximum']}")
        if isinstance(v, list):
            if "items" in s:
                for i, x in enumerate(v):
                    out += self.errors(x, s["items"], f"{path}[{i}]")
            if len(v) < s.get("minItems", 0) or len(v) > s.get("maxItems", len(v)):
                out.append(f"{path}: {len(v)} items")
        if isinstance(v, dict):
            props = s.get("properties", {})
            for k in s.get("required", []):
                if k not in v:
                    out.append(f"{path}: {k!r} missing")
            extra = s.get("additionalProperties")
            for k, x in v.items():
                if k in props:
                    out += self.errors(x, props[k], f"{path}.{k}")
                elif extra is False:
                    out.append(f"{path}: {k!r} is not allowed")
                elif isinstance(extra, dict):
                    out += self.errors(x, extra, f"{path}.{k}")
                elif self.closed and props and extra is None and not self.branches(s):
                    out.append(f"{path}: {k!r} is not declared")
        return out

    @staticmethod
    def branches(s):
        return any(k in s for k in ("anyOf", "oneOf", "allOf"))

    @staticmethod
    def is_type(v, t):
        return {
            "null": v is None,
            "boolean": isinstance(v, bool),
            "integer": isinstance(v, int) and not isinstance(v, bool) or isinstance(v, float) and v.is_integer(),
            "number": isinstance(v, (int, float)) and not isinstance(v, bool),
            "string": isinstance(v, str),
            "array": isinstance(v, list),
            "object": isinstance(v, dict),
        }[t]
