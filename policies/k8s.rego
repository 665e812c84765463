# METADATA
# title: Kubernetes workloads
# description: >-
#   The pod specs of Kubernetes manifests (Pod, and the templates of Deployment, StatefulSet, DaemonSet, ReplicaSet,
#   Job and CronJob): no privileged containers, no hostPath volume outside the allow-list in
#   data.go_xenv_pack.hostpath_allowlist (policies/data/k8s.json; empty: none allowed).
package go_xenv.k8s

import data.go_xenv.lib

templated := {"Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "ReplicationController"}

pods contains [d.contents, ["spec"], d.contents.spec] if {
	some d in lib.documents
	d.contents.kind == "Pod"
	d.contents.apiVersion
}

pods contains [d.contents, ["spec", "template", "spec"], d.contents.spec.template.spec] if {
	some d in lib.documents
	d.contents.kind in templated
	d.contents.apiVersion
}

pods contains [d.contents, ["spec", "jobTemplate", "spec", "template", "spec"], d.contents.spec.jobTemplate.spec.template.spec] if {
	some d in lib.documents
	d.contents.kind == "CronJob"
	d.contents.apiVersion
}

containers contains [doc, array.concat(at, [kind, i]), c] if {
	some [doc, at, spec] in pods
	some kind in ["containers", "initContainers", "ephemeralContainers"]
	some i, c in spec[kind]
}

name(doc) := object.get(doc, ["metadata", "name"], "(unnamed)")

# METADATA
# title: containers not privileged
# custom:
#   id: k8s/privileged
#   severity: high
#   rationale: A privileged container has the node's devices and every capability; escaping it is owning the node.
#   fix: Remove securityContext.privileged (or set it false) and grant only the capabilities needed.
deny contains lib.result(rego.metadata.rule(), msg, array.concat(at, ["securityContext", "privileged"])) if {
	some [doc, at, c] in containers
	c.securityContext.privileged == true
	msg := sprintf("%s %s: container %s is privileged", [doc.kind, name(doc), c.name])
}

# METADATA
# title: no hostPath volume outside the allow-list
# custom:
#   id: k8s/host-path
#   severity: high
#   rationale: A hostPath volume exposes the node's file system to the pod, and with it other pods' data and the kubelet.
#   fix: Use a PersistentVolumeClaim, configMap, secret or emptyDir; or add the path to data.go_xenv_pack.hostpath_allowlist if it is meant.
deny contains lib.result(rego.metadata.rule(), msg, array.concat(at, ["volumes", i, "hostPath"])) if {
	some [doc, at, spec] in pods
	some i, v in spec.volumes
	path := v.hostPath.path
	not allowed(path)
	msg := sprintf("%s %s: volume %s mounts hostPath %s, which is not in the allow-list", [doc.kind, name(doc), v.name, path])
}

allowed(path) if {
	some a in data.go_xenv_pack.hostpath_allowlist
	path == a
}

allowed(path) if {
	some a in data.go_xenv_pack.hostpath_allowlist
	startswith(path, concat("", [trim_suffix(a, "/"), "/"]))
}
