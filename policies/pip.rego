# METADATA
# title: Python requirements and locks
# description: >-
#   requirements*.txt, Pipfile.lock, poetry.lock, uv.lock and pylock.toml as the lock documents of src/locks. The pin
#   and hash rules read requirements files (the lock formats pin and hash by construction); the index rule reads them
#   all.
package go_xenv.pip

import data.go_xenv.lib

requirements contains d.contents if {
	some d in lib.documents
	d.contents.ecosystem == "pip"
	d.contents.format == "requirements.txt"
}

pip_locks contains d.contents if {
	some d in lib.documents
	d.contents.ecosystem == "pip"
}

# A requirement fetched from a URL, a VCS or a path rather than by name from an index.
by_url(p) if p.url != null

# METADATA
# title: every requirement pinned with ==
# custom:
#   id: pip/pinned
#   severity: high
#   rationale: A range lets each install resolve another version, so what CI tested is not what ships.
#   fix: Pin every requirement to one version with == (pip-compile writes a fully pinned file).
deny contains lib.result(rego.metadata.rule(), msg, ["packages", i]) if {
	some doc in requirements
	some i, p in doc.packages
	not by_url(p)
	not pinned(p)
	msg := sprintf("%s:%d: %s is not pinned with == (%s)", [object.get(p, "file", doc.file), p.line, p.name, spec(p)])
}

pinned(p) if {
	p.version != null
	startswith(p.specifier, "==")
	not startswith(p.specifier, "===")
}

spec(p) := p.specifier if p.specifier != ""

else := "no version given"

# METADATA
# title: every requirement carries a sha256 hash
# custom:
#   id: pip/hashed
#   severity: high
#   rationale: Without --hash pip installs whatever the index serves for that version; with hashes it refuses anything else.
#   fix: Add --hash=sha256:<digest> to each requirement (pip-compile --generate-hashes writes them).
deny contains lib.result(rego.metadata.rule(), msg, ["packages", i]) if {
	some doc in requirements
	some i, p in doc.packages
	not by_url(p)
	not sha256_hashed(p)
	msg := sprintf("%s:%d: %s has no --hash=sha256:", [object.get(p, "file", doc.file), p.line, p.name])
}

sha256_hashed(p) if {
	some h in p.hashes
	startswith(h, "sha256:")
}

# METADATA
# title: no plain-http index
# custom:
#   id: pip/https-index
#   severity: high
#   rationale: Packages fetched over plain http can be swapped by anyone on the path.
#   fix: Use the index's https URL (--index-url https://...), or a mirror that serves https.
deny contains lib.result(rego.metadata.rule(), x.msg, x.path) if some x in plain_http

index_options := {"index-url", "extra-index-url", "find-links", "i", "f"}

plain_http contains {"msg": msg, "path": ["options", i]} if {
	some doc in requirements
	some i, o in doc.options
	o.name in index_options
	startswith(lower(o.value), "http://")
	msg := sprintf("%s:%d: --%s %s is plain http", [o.file, o.line, o.name, o.value])
}

plain_http contains {"msg": msg, "path": ["sources", i]} if {
	some doc in pip_locks
	doc.format == "Pipfile.lock"
	some i, s in doc.sources
	startswith(lower(s.url), "http://")
	msg := sprintf("%s: source %s is plain http (%s)", [doc.file, s.name, s.url])
}

plain_http contains {"msg": msg, "path": ["packages", i]} if {
	some doc in pip_locks
	some i, p in doc.packages
	is_string(p.source)
	startswith(lower(p.source), "http://")
	msg := sprintf("%s:%d: %s comes from %s, plain http", [object.get(p, "file", doc.file), p.line, p.name, p.source])
}

# METADATA
# title: VCS and URL requirements pinned to a commit or hash
# custom:
#   id: pip/url-pinned
#   severity: high
#   rationale: A branch, a tag or an archive URL can change under the same name; a full commit id or a sha256 cannot.
#   fix: Pin a VCS requirement to its full commit id (git+https://...@<40-hex commit>) and an archive URL with #sha256=<digest> or --hash=sha256:.
deny contains lib.result(rego.metadata.rule(), msg, ["packages", i]) if {
	some doc in requirements
	some i, p in doc.packages
	by_url(p)
	not local_path(p.url)
	not url_pinned(p)
	msg := sprintf("%s:%d: %s is fetched from %s without a commit id or sha256", [object.get(p, "file", doc.file), p.line, p.name, p.url])
}

# A path on disk is the project's own code, not something fetched.
local_path(url) if not regex.match(`^[A-Za-z][A-Za-z0-9+.-]*:`, url)

local_path(url) if startswith(url, "file:")

vcs(url) if regex.match(`^(git|hg|svn|bzr)\+`, url)

url_pinned(p) if {
	vcs(p.url)
	regex.match(`@([0-9a-f]{40}|[0-9a-f]{64})(#|$)`, p.url)
}

url_pinned(p) if {
	not vcs(p.url)
	regex.match(`#(.*&)?sha256=[0-9a-fA-F]{64}(&|$)`, p.url)
}

url_pinned(p) if {
	not vcs(p.url)
	sha256_hashed(p)
}
