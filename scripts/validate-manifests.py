#!/usr/bin/env python3
"""The project's own rules for deploy/kubernetes: that the pieces fit together and fit the image.

Schemas are checked by kubernetes-validate --strict and security settings by checkov (both run by
scripts/deploy-checks.sh); this script checks only what those tools cannot know:

- no YAML mapping gives a key twice;
- the kustomization lists exactly the manifests in the folder and transforms nothing, so the
  plain files the tools scan are exactly what `kubectl apply -k` applies;
- one Namespace, Deployment, Service, HorizontalPodAutoscaler, PodDisruptionBudget and
  NetworkPolicy, every namespaced one in that Namespace;
- every selector (Deployment, Service, PodDisruptionBudget, NetworkPolicy) selects the pods;
- liveness probes GET /healthz, readiness and startup probes GET /readyz, routes openapi.yaml has;
- the port agrees everywhere: Dockerfile EXPOSE, the port the server is told to listen on, the
  containerPort, the Prometheus annotation; probes, the Service and the NetworkPolicy name it;
- the pod runs as the Dockerfile's USER;
- terminationGracePeriodSeconds exceeds the preStop sleep plus RIGHTS_API_SHUTDOWN_GRACE;
- the autoscaler targets the Deployment, and the disruption budget leaves a pod to evict.

Usage: validate-manifests.py [--self-test]. --self-test breaks each rule in a copy of the
manifests and fails unless every break is reported.
"""
import copy
import glob
import os
import shlex
import sys

import yaml

MANIFESTS = "deploy/kubernetes"
REQUIRED_KINDS = ("Namespace", "Deployment", "Service", "HorizontalPodAutoscaler",
                  "PodDisruptionBudget", "NetworkPolicy")
PROBE_PATHS = {"livenessProbe": "/healthz", "readinessProbe": "/readyz", "startupProbe": "/readyz"}


class StrictLoader(yaml.SafeLoader):
    """A YAML loader that rejects a key given twice in one mapping (PyYAML keeps the last one
    silently; kubectl and kustomize refuse the file)."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(None, None, f"key {key!r} given twice", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep)


def dig(obj, *path):
    """obj[path[0]][path[1]]…, or None where the path does not exist."""
    for key in path:
        if isinstance(key, int):
            if not isinstance(obj, list) or len(obj) <= key:
                return None
        elif not isinstance(obj, dict) or key not in obj:
            return None
        obj = obj[key]
    return obj


def dockerfile_final_stage(text):
    """The final stage's EXPOSE ports, USER and ENV of a Dockerfile, continuation lines joined."""
    stage = {"expose": [], "user": None, "env": {}}
    for line in text.replace("\\\n", " ").splitlines():
        words = line.strip().split(None, 1)
        if not words or words[0].startswith("#"):
            continue
        instruction, rest = words[0].upper(), (words[1] if len(words) > 1 else "")
        if instruction == "FROM":
            stage = {"expose": [], "user": None, "env": {}}
        elif instruction == "EXPOSE":
            stage["expose"] += [int(port.split("/")[0]) for port in rest.split()]
        elif instruction == "USER":
            stage["user"] = rest.split(":")[0].strip()
        elif instruction == "ENV":
            for pair in shlex.split(rest):
                key, _, value = pair.partition("=")
                stage["env"][key] = value
    return stage


def load(root="."):
    """Every YAML document under deploy/kubernetes as (file name, document), plus the Dockerfile
    and the paths openapi.yaml documents."""
    docs = []
    for path in sorted(glob.glob(os.path.join(root, MANIFESTS, "*.yaml"))):
        with open(path, encoding="utf-8") as handle:
            docs += [(os.path.basename(path), doc) for doc in yaml.load_all(handle, Loader=StrictLoader) if doc is not None]
    with open(os.path.join(root, "Dockerfile"), encoding="utf-8") as handle:
        dockerfile = dockerfile_final_stage(handle.read())
    with open(os.path.join(root, "openapi.yaml"), encoding="utf-8") as handle:
        routes = set((yaml.safe_load(handle) or {}).get("paths", {}))
    return docs, dockerfile, routes


def selects(selector, labels):
    return bool(selector) and all(labels.get(key) == value for key, value in selector.items())


def names_port(reference, ports):
    """Whether a port reference (name or number) names one of the container's ports."""
    return any(reference in (port.get("name"), port.get("containerPort")) for port in ports)


def check(docs, dockerfile, routes):
    """Every rule broken by these documents, as messages; empty when all hold."""
    errors = []

    def need(condition, message):
        if not condition:
            errors.append(message)

    by_kind = {}
    for name, doc in docs:
        by_kind.setdefault(doc.get("kind"), []).append((name, doc))

    # The kustomization applies exactly these files, unchanged.
    kustomizations = by_kind.pop("Kustomization", [])
    need(len(kustomizations) == 1, "exactly one kustomization.yaml expected")
    if kustomizations:
        name, kustomization = kustomizations[0]
        listed = kustomization.get("resources") or []
        files = sorted({file for file, doc in docs if doc.get("kind") != "Kustomization"})
        need(sorted(listed) == files, f"{name}: resources {sorted(listed)} must list exactly the manifests {files}")
        extra = sorted(set(kustomization) - {"apiVersion", "kind", "resources"})
        need(not extra, f"{name}: {extra} would make the applied objects differ from the scanned files")

    for kind in REQUIRED_KINDS:
        need(len(by_kind.get(kind, [])) == 1, f"exactly one {kind} manifest expected, found {len(by_kind.get(kind, []))}")
    if any(len(by_kind.get(kind, [])) != 1 for kind in REQUIRED_KINDS):
        return errors
    (_, namespace), = by_kind["Namespace"]
    (dep_file, deployment), = by_kind["Deployment"]
    (svc_file, service), = by_kind["Service"]
    (hpa_file, hpa), = by_kind["HorizontalPodAutoscaler"]
    (pdb_file, pdb), = by_kind["PodDisruptionBudget"]
    (np_file, policy), = by_kind["NetworkPolicy"]

    home = dig(namespace, "metadata", "name")
    for kind, entries in by_kind.items():
        for name, doc in entries:
            if kind != "Namespace":
                need(dig(doc, "metadata", "namespace") == home,
                     f"{name}: {kind} must be in namespace {home!r}, not {dig(doc, 'metadata', 'namespace')!r}")

    # Selectors.
    pod_labels = dig(deployment, "spec", "template", "metadata", "labels") or {}
    need(selects(dig(deployment, "spec", "selector", "matchLabels"), pod_labels),
         f"{dep_file}: spec.selector.matchLabels must match the pod template labels")
    need(selects(dig(service, "spec", "selector"), pod_labels), f"{svc_file}: selector does not select the Deployment's pods")
    need(selects(dig(pdb, "spec", "selector", "matchLabels"), pod_labels), f"{pdb_file}: selector does not select the Deployment's pods")
    need(selects(dig(policy, "spec", "podSelector", "matchLabels"), pod_labels),
         f"{np_file}: podSelector does not select the Deployment's pods")

    # Probes.
    containers = dig(deployment, "spec", "template", "spec", "containers") or []
    need(len(containers) == 1, f"{dep_file}: one container expected")
    container = containers[0] if containers else {}
    ports = container.get("ports") or []
    for probe, path in PROBE_PATHS.items():
        need(dig(container, probe, "httpGet", "path") == path, f"{dep_file}: {probe} must GET {path}")
        need(path in routes, f"openapi.yaml: no route {path} for the {probe}")
        need(names_port(dig(container, probe, "httpGet", "port"), ports), f"{dep_file}: {probe} port is not a container port")

    # Ports: the image, the server's setting, the container, the annotation, the Service, the policy.
    env = {item.get("name"): item.get("value") for item in container.get("env") or []}
    listen = env.get("RIGHTS_API_PORT", dockerfile["env"].get("RIGHTS_API_PORT"))
    container_ports = [port.get("containerPort") for port in ports]
    need(dockerfile["expose"] and container_ports == dockerfile["expose"],
         f"{dep_file}: containerPorts {container_ports} must equal the Dockerfile's EXPOSE {dockerfile['expose']}")
    need(listen is not None and [int(listen)] == container_ports,
         f"{dep_file}: the server listens on RIGHTS_API_PORT={listen}, the container declares {container_ports}")
    scrape = dig(deployment, "spec", "template", "metadata", "annotations", "prometheus.io/port")
    need(scrape is None or [int(scrape)] == container_ports, f"{dep_file}: prometheus.io/port {scrape} is not the container port")
    for port in dig(service, "spec", "ports") or []:
        need(names_port(port.get("targetPort"), ports), f"{svc_file}: targetPort {port.get('targetPort')!r} is not a container port")
    for rule in dig(policy, "spec", "ingress") or []:
        for port in rule.get("ports") or []:
            need(names_port(port.get("port"), ports), f"{np_file}: ingress port {port.get('port')!r} is not a container port")

    # The pod runs as the image's user (the files under /app are laid out for it).
    run_as = dig(deployment, "spec", "template", "spec", "securityContext", "runAsUser")
    need(dockerfile["user"] is not None and str(run_as) == dockerfile["user"],
         f"{dep_file}: runAsUser {run_as} must be the Dockerfile's USER {dockerfile['user']}")

    # Shutdown fits in the grace period: preStop sleep, then the server's own drain deadline.
    grace = dig(deployment, "spec", "template", "spec", "terminationGracePeriodSeconds")
    grace = 30 if grace is None else grace
    command = dig(container, "lifecycle", "preStop", "exec", "command") or []
    sleep = int(command[1]) if len(command) == 2 and command[0].endswith("sleep") else 0
    drain = int(env.get("RIGHTS_API_SHUTDOWN_GRACE", dockerfile["env"].get("RIGHTS_API_SHUTDOWN_GRACE", 10)))
    need(grace > sleep + drain,
         f"{dep_file}: terminationGracePeriodSeconds {grace} must exceed preStop sleep {sleep} + shutdown grace {drain}")

    # Autoscaling and disruptions.
    target = dig(hpa, "spec", "scaleTargetRef") or {}
    need((target.get("kind"), target.get("name")) == ("Deployment", dig(deployment, "metadata", "name")),
         f"{hpa_file}: scaleTargetRef must name the Deployment")
    floor = dig(hpa, "spec", "minReplicas") or 1
    need(floor <= (dig(hpa, "spec", "maxReplicas") or 0), f"{hpa_file}: minReplicas exceeds maxReplicas")
    min_available = dig(pdb, "spec", "minAvailable")
    need(not isinstance(min_available, int) or min_available < floor,
         f"{pdb_file}: minAvailable {min_available} must be below the autoscaler's minReplicas {floor}, or no pod can ever be evicted")
    return errors


def first(docs, kind):
    return next(doc for _, doc in docs if doc.get("kind") == kind)


def container_of(docs):
    return first(docs, "Deployment")["spec"]["template"]["spec"]["containers"][0]


# Each mutation breaks one rule; the self-test requires a report containing the given words.
MUTATIONS = [
    ("kustomization misses a file", "must list exactly",
     lambda d, f: first(d, "Kustomization")["resources"].pop()),
    ("kustomization transforms", "would make the applied objects differ",
     lambda d, f: first(d, "Kustomization").update(namePrefix="x-")),
    ("no NetworkPolicy", "exactly one NetworkPolicy",
     lambda d, f: d.remove(next(e for e in d if e[1].get("kind") == "NetworkPolicy"))),
    ("Service in another namespace", "must be in namespace",
     lambda d, f: first(d, "Service")["metadata"].update(namespace="default")),
    ("Deployment selector", "spec.selector.matchLabels",
     lambda d, f: first(d, "Deployment")["spec"]["selector"]["matchLabels"].update(tier="x")),
    ("Service selector", "selector does not select",
     lambda d, f: first(d, "Service")["spec"]["selector"].update(tier="x")),
    ("PodDisruptionBudget selector", "selector does not select",
     lambda d, f: first(d, "PodDisruptionBudget")["spec"]["selector"]["matchLabels"].update(tier="x")),
    ("NetworkPolicy selector", "podSelector",
     lambda d, f: first(d, "NetworkPolicy")["spec"]["podSelector"]["matchLabels"].update(tier="x")),
    ("liveness path", "livenessProbe must GET /healthz",
     lambda d, f: container_of(d)["livenessProbe"]["httpGet"].update(path="/readyz")),
    ("readiness path", "readinessProbe must GET /readyz",
     lambda d, f: container_of(d)["readinessProbe"]["httpGet"].update(path="/healthz")),
    ("probe port", "startupProbe port is not a container port",
     lambda d, f: container_of(d)["startupProbe"]["httpGet"].update(port="web")),
    ("containerPort", "must equal the Dockerfile's EXPOSE",
     lambda d, f: container_of(d)["ports"][0].update(containerPort=9090)),
    ("listen port", "the server listens on",
     lambda d, f: next(e for e in container_of(d)["env"] if e["name"] == "RIGHTS_API_PORT").update(value="9090")),
    ("EXPOSE", "must equal the Dockerfile's EXPOSE",
     lambda d, f: f.update(expose=[9090])),
    ("Service targetPort", "targetPort",
     lambda d, f: first(d, "Service")["spec"]["ports"][0].update(targetPort=9090)),
    ("NetworkPolicy port", "ingress port",
     lambda d, f: first(d, "NetworkPolicy")["spec"]["ingress"][0]["ports"][0].update(port=9090)),
    ("runAsUser", "runAsUser",
     lambda d, f: first(d, "Deployment")["spec"]["template"]["spec"]["securityContext"].update(runAsUser=0)),
    ("grace period", "terminationGracePeriodSeconds",
     lambda d, f: first(d, "Deployment")["spec"]["template"]["spec"].update(terminationGracePeriodSeconds=12)),
    ("autoscaler target", "scaleTargetRef",
     lambda d, f: first(d, "HorizontalPodAutoscaler")["spec"]["scaleTargetRef"].update(name="other")),
    ("disruption budget", "no pod can ever be evicted",
     lambda d, f: first(d, "PodDisruptionBudget")["spec"].update(minAvailable=2)),
]


def self_test(docs, dockerfile, routes):
    """Fails unless the real manifests pass and every mutation is reported."""
    failures = [f"the manifests themselves fail: {error}" for error in check(docs, dockerfile, routes)]
    for label, expected, mutate in MUTATIONS:
        broken_docs, broken_dockerfile = copy.deepcopy(docs), copy.deepcopy(dockerfile)
        mutate(broken_docs, broken_dockerfile)
        errors = check(broken_docs, broken_dockerfile, routes)
        if not any(expected in error for error in errors):
            failures.append(f"{label}: no error containing {expected!r} (got {errors})")
    try:
        yaml.load("spec:\n  replicas: 2\n  replicas: 3\n", Loader=StrictLoader)
        failures.append("duplicate key: a key given twice was accepted")
    except yaml.constructor.ConstructorError:
        pass
    return failures


def main():
    try:
        docs, dockerfile, routes = load()
    except yaml.YAMLError as error:
        print(f"project rules: FAIL\n  - {error}")
        return 1
    if sys.argv[1:] == ["--self-test"]:
        failures = self_test(docs, dockerfile, routes)
        if failures:
            print("project rules self-test: FAIL")
            for failure in failures:
                print("  -", failure)
            return 1
        print(f"project rules self-test: OK (each of {len(MUTATIONS) + 1} broken rules reported)")
        return 0
    errors = check(docs, dockerfile, routes)
    if errors:
        print("project rules: FAIL")
        for error in errors:
            print("  -", error)
        return 1
    print(f"project rules: OK ({len(docs)} documents, Dockerfile, openapi.yaml)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
