#!/usr/bin/env python3
"""Checks that every path the Dockerfile COPYs from the build context exists and is not excluded
by .dockerignore (either would fail `docker build`, which cannot run on the build machines).

.dockerignore semantics as Docker applies them: patterns are relative to the context root, in Go
filepath.Match syntax plus `**`; a `!` pattern re-includes; the last pattern that matches a path or
one of its parent folders decides.
"""
import os
import re
import sys


def matcher(pattern):
    """A .dockerignore pattern as a regex on a context-relative path."""
    out, i = "", 0
    while i < len(pattern):
        if pattern.startswith("**", i):
            out, i = out + ".*", i + 2
        else:
            out += {"*": "[^/]*", "?": "[^/]"}.get(pattern[i], re.escape(pattern[i]))
            i += 1
    return re.compile(out + "$")


def load_rules(path=".dockerignore"):
    rules = []
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            line = line.strip()
            if line and not line.startswith("#"):
                include = line.startswith("!")
                rules.append((include, matcher(os.path.normpath(line.lstrip("!").strip()).lstrip("/"))))
    return rules


def excluded(path, rules):
    """Whether the context path, or a folder above it, is left out of the build context."""
    parts = os.path.normpath(path).split("/")
    for depth in range(1, len(parts) + 1):
        prefix = "/".join(parts[:depth])
        verdict = False
        for include, regex in rules:
            if regex.match(prefix):
                verdict = not include
        if verdict:
            return True
    return False


def copy_sources(dockerfile="Dockerfile"):
    """Context paths of every COPY/ADD without --from (the last word is the destination)."""
    for line in open(dockerfile, encoding="utf-8"):
        words = line.split()
        if len(words) >= 3 and words[0].upper() in ("COPY", "ADD"):
            if any(word.startswith("--from") for word in words[1:]):
                continue
            yield from (word for word in words[1:-1] if not word.startswith("--"))


def main():
    rules = load_rules()
    problems = []
    for source in copy_sources():
        if not os.path.exists(source):
            problems.append(f"Dockerfile copies missing path {source}")
        elif excluded(source, rules):
            problems.append(f"Dockerfile copies {source}, which .dockerignore excludes")
    for problem in problems:
        print(f"docker context: {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
