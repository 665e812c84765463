package main

deny contains msg if {
	input.kind == "Deployment"
	msg := sprintf("deployment %s has no owner", [input.metadata.name])
	not input.metadata.labels.owner
}

deny_privileged contains {"msg": "privileged container", "path": ["spec", "privileged"], "severity": "high"} if {
	input.spec.privileged
}

warn contains "latest tag <img> & more" if endswith(input.spec.image, ":latest")

warn_replicas contains msg if {
	input.spec.replicas < 2
	msg := sprintf("only %d replica", [input.spec.replicas])
}

violation contains {"msg": "port 22 exposed", "details": {"port": 22}} if {
	some p in input.spec.ports
	p == 22
}

exception contains rules if {
	input.metadata.name == "legacy"
	rules := ["privileged"]
}
