package go_xenv.k8s_test

import data.go_xenv.k8s

pod(spec) := {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "web"}, "spec": spec}

deployment(spec) := {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web"}, "spec": {"template": {"spec": spec}}}

cronjob(spec) := {"apiVersion": "batch/v1", "kind": "CronJob", "metadata": {"name": "job"}, "spec": {"jobTemplate": {"spec": {"template": {"spec": spec}}}}}

plain := {"containers": [{"name": "app", "image": "example/app:1.0"}]}

privileged := {"containers": [{"name": "app", "securityContext": {"privileged": true}}]}

host(path) := {"containers": [{"name": "app"}], "volumes": [{"name": "logs", "hostPath": {"path": path}}]}

rules(results) := {r.rule | some r in results}

test_plain_pod_passes if {
	count(k8s.deny) == 0 with input as pod(plain) with data.go_xenv_pack.hostpath_allowlist as []
}

test_privileged_pod_denied if {
	"k8s/privileged" in rules(k8s.deny) with input as pod(privileged)
}

test_privileged_template_and_init_container_denied if {
	"k8s/privileged" in rules(k8s.deny) with input as deployment(privileged)
	"k8s/privileged" in rules(k8s.deny) with input as cronjob(privileged)
	init := {"containers": [{"name": "app"}], "initContainers": [{"name": "init", "securityContext": {"privileged": true}}]}
	"k8s/privileged" in rules(k8s.deny) with input as pod(init)
}

test_unprivileged_passes if {
	spec := {"containers": [{"name": "app", "securityContext": {"privileged": false}}]}
	not "k8s/privileged" in rules(k8s.deny) with input as deployment(spec)
}

test_host_path_denied_without_allow_list if {
	"k8s/host-path" in rules(k8s.deny) with input as pod(host("/var/log")) with data.go_xenv_pack.hostpath_allowlist as []
	"k8s/host-path" in rules(k8s.deny) with input as deployment(host("/etc")) with data.go_xenv_pack.hostpath_allowlist as ["/var/log"]
}

test_host_path_in_allow_list_passes if {
	not "k8s/host-path" in rules(k8s.deny) with input as pod(host("/var/log")) with data.go_xenv_pack.hostpath_allowlist as ["/var/log"]
	not "k8s/host-path" in rules(k8s.deny) with input as pod(host("/var/log/app")) with data.go_xenv_pack.hostpath_allowlist as ["/var/log/"]
	"k8s/host-path" in rules(k8s.deny) with input as pod(host("/var/logs")) with data.go_xenv_pack.hostpath_allowlist as ["/var/log"]
}

test_not_a_manifest if {
	count(k8s.deny) == 0 with input as {"kind": "Pod", "spec": privileged}
}
