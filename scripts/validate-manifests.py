#!/usr/bin/env python3
"""Validates deploy/kubernetes/*.yaml: parses, required fields, and that the pieces fit together.

No cluster is needed: this checks what `kubectl apply --dry-run=client` would need plus the
project's own rules (probes on /healthz and /readyz, resource requests, matching selectors).
"""
import glob
import sys

import yaml

errors = []


def need(condition, message):
    if not condition:
        errors.append(message)


def dig(obj, *path):
    for key in path:
        if isinstance(key, int):
            if not isinstance(obj, list) or len(obj) <= key:
                return None
        elif not isinstance(obj, dict) or key not in obj:
            return None
        obj = obj[key]
    return obj


docs = {}
for path in sorted(glob.glob("deploy/kubernetes/*.yaml")):
    with open(path, encoding="utf-8") as handle:
        for doc in yaml.safe_load_all(handle):
            if doc is None:
                continue
            for field in ("apiVersion", "kind"):
                need(field in doc, f"{path}: missing {field}")
            if doc.get("kind") != "Kustomization":
                need(dig(doc, "metadata", "name"), f"{path}: missing metadata.name")
            docs.setdefault(doc.get("kind"), []).append((path, doc))

for kind in ("Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget"):
    need(kind in docs, f"no {kind} manifest")

if "Deployment" in docs:
    path, dep = docs["Deployment"][0]
    labels = dig(dep, "spec", "template", "metadata", "labels") or {}
    selector = dig(dep, "spec", "selector", "matchLabels") or {}
    need(selector and all(labels.get(k) == v for k, v in selector.items()),
         f"{path}: spec.selector.matchLabels must match the pod template labels")
    container = dig(dep, "spec", "template", "spec", "containers", 0) or {}
    need(container.get("image"), f"{path}: container image missing")
    need(dig(container, "livenessProbe", "httpGet", "path") == "/healthz", f"{path}: livenessProbe must GET /healthz")
    need(dig(container, "readinessProbe", "httpGet", "path") == "/readyz", f"{path}: readinessProbe must GET /readyz")
    need(dig(container, "resources", "requests", "cpu") and dig(container, "resources", "requests", "memory"),
         f"{path}: resources.requests.cpu and .memory are required")
    need(any(p.get("containerPort") == 8080 for p in container.get("ports", [])), f"{path}: containerPort 8080 missing")
    grace = dig(dep, "spec", "template", "spec", "terminationGracePeriodSeconds") or 30
    need(grace > 15, f"{path}: terminationGracePeriodSeconds must exceed preStop sleep + shutdown grace")
    for kind in ("Service", "PodDisruptionBudget"):
        for p, doc in docs.get(kind, []):
            sel = dig(doc, "spec", "selector") if kind == "Service" else dig(doc, "spec", "selector", "matchLabels")
            need(sel and all(labels.get(k) == v for k, v in sel.items()), f"{p}: selector does not match the Deployment's pods")
    for p, hpa in docs.get("HorizontalPodAutoscaler", []):
        need(dig(hpa, "spec", "scaleTargetRef", "name") == dig(dep, "metadata", "name"), f"{p}: scaleTargetRef must name the Deployment")
        need((dig(hpa, "spec", "minReplicas") or 1) <= dig(hpa, "spec", "maxReplicas"), f"{p}: minReplicas > maxReplicas")

if errors:
    print("manifests: FAIL")
    for error in errors:
        print("  -", error)
    sys.exit(1)
print(f"manifests: OK ({sum(len(v) for v in docs.values())} documents)")
