# The team's own policy, as conftest reads it (package main): images pinned to a version, more than one replica.
package main

import rego.v1

deny contains msg if {
	some c in input.spec.template.spec.containers
	endswith(c.image, ":latest")
	msg := sprintf("container %s uses the latest tag: pin a version", [c.name])
}

warn contains msg if {
	input.kind == "Deployment"
	input.spec.replicas < 2
	msg := sprintf("deployment %s runs a single replica", [input.metadata.name])
}
