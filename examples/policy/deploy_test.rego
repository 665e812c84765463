# The team's tests of its policy (conftest verify, and the action's policy step with policy-verify: auto).
package main_test

import rego.v1

import data.main

deployment(image, replicas) := {
	"kind": "Deployment",
	"metadata": {"name": "web"},
	"spec": {"replicas": replicas, "template": {"spec": {"containers": [{"name": "web", "image": image}]}}},
}

test_latest_tag_denied if {
	main.deny["container web uses the latest tag: pin a version"] with input as deployment("nginx:latest", 2)
}

test_pinned_image_allowed if {
	count(main.deny) == 0 with input as deployment("nginx:1.27.3", 2)
}

test_single_replica_warned if {
	main.warn["deployment web runs a single replica"] with input as deployment("nginx:1.27.3", 1)
}
