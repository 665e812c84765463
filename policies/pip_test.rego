package go_xenv.pip_test

import data.go_xenv.pip

hex64(c) := concat("", [c | some _ in numbers.range(1, 64)])

h := concat("", ["sha256:", hex64("a")])

req(over) := object.union(
	{"name": "requests", "version": "2.31.0", "specifier": "==2.31.0", "url": null, "hashes": [h], "source": null, "line": 3},
	over,
)

reqs(packages, options) := {"ecosystem": "pip", "format": "requirements.txt", "file": "requirements.txt", "packages": packages, "options": options}

rules(results) := {r.rule | some r in results}

test_range_denied if {
	"pip/pinned" in rules(pip.deny) with input as reqs([req({"version": null, "specifier": ">=2"})], [])
}

test_unversioned_denied if {
	"pip/pinned" in rules(pip.deny) with input as reqs([req({"version": null, "specifier": ""})], [])
}

test_arbitrary_equality_denied if {
	"pip/pinned" in rules(pip.deny) with input as reqs([req({"specifier": "===2.31.0"})], [])
}

test_pinned_passes if {
	not "pip/pinned" in rules(pip.deny) with input as reqs([req({})], [])
}

test_no_hash_denied if {
	"pip/hashed" in rules(pip.deny) with input as reqs([req({"hashes": []})], [])
}

test_md5_only_denied if {
	"pip/hashed" in rules(pip.deny) with input as reqs([req({"hashes": [concat("", ["md5:", substring(hex64("b"), 0, 32)])]})], [])
}

test_sha256_passes if {
	not "pip/hashed" in rules(pip.deny) with input as reqs([req({})], [])
}

test_plain_http_index_denied if {
	o := {"name": "extra-index-url", "value": "http://mirror.example/simple", "file": "requirements.txt", "line": 1}
	"pip/https-index" in rules(pip.deny) with input as reqs([req({})], [o])
}

test_https_index_passes if {
	o := {"name": "index-url", "value": "https://pypi.example/simple", "file": "requirements.txt", "line": 1}
	not "pip/https-index" in rules(pip.deny) with input as reqs([req({})], [o])
}

test_plain_http_pipfile_source_denied if {
	lock := {"ecosystem": "pip", "format": "Pipfile.lock", "file": "Pipfile.lock", "packages": [], "sources": [{"name": "pypi", "url": "http://pypi.org/simple", "verifySsl": false}]}
	"pip/https-index" in rules(pip.deny) with input as lock
}

test_plain_http_lock_package_denied if {
	lock := {"ecosystem": "pip", "format": "uv.lock", "file": "uv.lock", "packages": [req({"source": "http://mirror.example/simple"})]}
	"pip/https-index" in rules(pip.deny) with input as lock
}

test_https_lock_passes if {
	lock := {"ecosystem": "pip", "format": "uv.lock", "file": "uv.lock", "packages": [req({"source": "https://pypi.org/simple"})]}
	not "pip/https-index" in rules(pip.deny) with input as lock
}

test_vcs_tag_denied if {
	p := req({"name": "b", "version": null, "specifier": "", "url": "git+https://github.com/a/b@v1.0#egg=b", "hashes": []})
	"pip/url-pinned" in rules(pip.deny) with input as reqs([p], [])
}

test_vcs_commit_passes if {
	p := req({"name": "b", "version": null, "specifier": "", "url": "git+https://github.com/a/b@0123456789abcdef0123456789abcdef01234567#egg=b", "hashes": []})
	not "pip/url-pinned" in rules(pip.deny) with input as reqs([p], [])
}

test_archive_url_without_hash_denied if {
	p := req({"name": "pkg", "version": null, "specifier": "", "url": "https://x.example/pkg-1.0.tar.gz", "hashes": []})
	"pip/url-pinned" in rules(pip.deny) with input as reqs([p], [])
}

test_archive_url_with_hash_passes if {
	frag := req({"name": "pkg", "version": null, "specifier": "", "url": concat("", ["https://x.example/pkg-1.0.tar.gz#sha256=", hex64("c")]), "hashes": []})
	not "pip/url-pinned" in rules(pip.deny) with input as reqs([frag], [])
	opt := req({"name": "pkg", "version": null, "specifier": "", "url": "https://x.example/pkg-1.0.tar.gz"})
	not "pip/url-pinned" in rules(pip.deny) with input as reqs([opt], [])
}

test_local_path_not_a_url if {
	p := req({"name": ".", "version": null, "specifier": "", "url": ".", "hashes": []})
	count(pip.deny) == 0 with input as reqs([p], [])
}
