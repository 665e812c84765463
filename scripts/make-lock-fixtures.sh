#!/bin/sh
# Makes the lock fixtures of src/locks/testdata/ with the real tools, so the parsers are tested on what the tools
# write, not on what we think they write. Needs network (PyPI, the Go module proxy), Go, and a venv holding
# pip-tools, poetry, pipenv and uv:  python3 -m venv V && V/bin/pip install pip-tools poetry pipenv uv
# Usage: VENV=/path/to/venv sh scripts/make-lock-fixtures.sh   (rewrites src/locks/testdata/, except README.md)
set -eu
VENV=${VENV:?set VENV to the venv holding pip-tools, poetry, pipenv and uv}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=$ROOT/src/locks/testdata
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export PATH="$VENV/bin:$PATH" GOTOOLCHAIN=local GOFLAGS=-mod=mod PIPENV_VENV_IN_PROJECT=1 PIPENV_YES=1 POETRY_VIRTUALENVS_IN_PROJECT=true
# The Python resolutions see PyPI as it was on this day, so a rerun gives the same versions.
EXCLUDE_NEWER=2025-06-01T00:00:00Z
mkdir -p "$OUT/go/base" "$OUT/go/head" "$OUT/go/work" "$OUT/pip/base" "$OUT/pip/head" "$OUT/large/base" "$OUT/large/head"

# --- Go: a module with real dependencies, at two revisions (upgrade, downgrade, removal, addition, pseudo-versions).
gomod() { # dir, import path, a use of it, then `go get` arguments
  d=$WORK/go-$1 imp=$2 use=$3; shift 3
  mkdir -p "$d/localdep"
  (cd "$d/localdep" && go mod init example.com/localdep 2>/dev/null && go mod edit -go=1.22 && printf 'package localdep\n\nconst Name = "local"\n' >localdep.go)
  cd "$d"
  go mod init example.com/lockdemo >/dev/null 2>&1
  cat >main.go <<EOF
package main

import (
	"fmt"

	"example.com/localdep"
	"github.com/google/uuid"
	"golang.org/x/exp/constraints"
	"golang.org/x/text/language"
	"$imp"
)

func max[T constraints.Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	fmt.Println(localdep.Name, uuid.NewString(), language.English, max(1, 2), $use)
}
EOF
  go mod edit -go=1.23 -toolchain=go1.26.8 -godebug=panicnil=1 -require=example.com/localdep@v0.0.0 -replace=example.com/localdep=./localdep
  go mod edit -exclude=golang.org/x/text@v0.3.7 -retract=v0.1.0 -retract='[v0.2.0,v0.2.5]'
  go get "$@"
}
gomod base gopkg.in/yaml.v3 'yaml.Node{}' github.com/google/uuid@v1.6.0 golang.org/x/text@v0.14.0 gopkg.in/yaml.v3@v3.0.1 golang.org/x/exp@v0.0.0-20240506185415-9bf2ced13842
go mod tidy
cp go.mod go.sum "$OUT/go/base/"
gomod head github.com/golang-jwt/jwt jwt.SigningMethodHS256 github.com/google/uuid@v1.5.0 golang.org/x/text@v0.21.0 github.com/golang-jwt/jwt@v3.2.2+incompatible golang.org/x/exp@v0.0.0-20241009180824-f66d83c29e7c
go mod tidy
cp go.mod go.sum "$OUT/go/head/"
go work init . ./localdep
cp go.work "$OUT/go/work/"

# --- pip: pip-compile --generate-hashes at two revisions, then one lock per other tool on the base's requirements.
cd "$WORK" && mkdir pip && cd pip
printf 'requests==2.31.0\nclick==8.1.7\nsix==1.16.0\nrich[jupyter]==13.7.1 ; python_version >= "3.8"\n' >base.in
printf 'requests==2.32.3\nclick==8.1.3\npackaging==24.1\nrich[jupyter]==13.7.1 ; python_version >= "3.8"\ntomli==2.0.1 ; python_version < "3.11"\n' >head.in
pip-compile --quiet --generate-hashes --no-strip-extras --no-emit-find-links --output-file requirements.txt base.in
cp requirements.txt "$OUT/pip/base/requirements.txt"
pip-compile --quiet --generate-hashes --no-strip-extras --no-emit-find-links --output-file requirements.txt head.in
cp requirements.txt "$OUT/pip/head/requirements.txt"

pyproject() { # dir, dependencies as TOML array items
  mkdir -p "$WORK/$1" && cd "$WORK/$1"
  cat >pyproject.toml <<EOF
[project]
name = "lockdemo"
version = "0.1.0"
requires-python = ">=3.11"
dependencies = [$2]

[dependency-groups]
dev = ["pytest==8.2.0"]
EOF
}
BASE_DEPS='"requests==2.31.0", "click==8.1.7", "six==1.16.0", "rich[jupyter]==13.7.1"'
HEAD_DEPS='"requests==2.32.3", "click==8.1.3", "packaging==24.1", "rich[jupyter]==13.7.1", "tomli==2.0.1 ; python_version < \"3.12\""'
pyproject uv-base "$BASE_DEPS"
uv lock --quiet --exclude-newer $EXCLUDE_NEWER
cp uv.lock "$OUT/pip/base/"
uv export --quiet --frozen --format pylock.toml -o pylock.toml
cp pylock.toml "$OUT/pip/base/pylock.toml"
pyproject uv-head "$HEAD_DEPS"
uv lock --quiet --exclude-newer $EXCLUDE_NEWER
cp uv.lock "$OUT/pip/head/"

cd "$WORK/pip"
pip lock --quiet -r base.in -o pylock.pip.toml
cp pylock.pip.toml "$OUT/pip/base/pylock.pip.toml"

pyproject poetry-base "$BASE_DEPS"
poetry lock --quiet
cp poetry.lock "$OUT/pip/base/"

mkdir -p "$WORK/pipenv" && cd "$WORK/pipenv"
printf '[[source]]\nurl = "https://pypi.org/simple"\nverify_ssl = true\nname = "pypi"\n\n[packages]\nrequests = "==2.31.0"\nclick = "==8.1.7"\nsix = "==1.16.0"\nrich = {version = "==13.7.1", extras = ["jupyter"]}\n\n[dev-packages]\npytest = "==8.2.0"\n\n[requires]\npython_version = "3.11"\n' >Pipfile
pipenv lock >/dev/null 2>&1
cp Pipfile.lock "$OUT/pip/base/"

# --- Large locks for bench/locks.bench.ts: a few hundred Python packages, a large Go module graph, two revisions each.
LARGE_DEPS='"jupyterlab", "pandas", "scikit-learn", "matplotlib", "boto3", "fastapi[all]", "django", "celery[redis]", "sqlalchemy", "apache-airflow-core"'
largeuv() { # revision, --exclude-newer date: the uv.lock, its pylock.toml and a requirements.txt resolved on that day
  pyproject "large-$1" "$LARGE_DEPS"
  uv lock --quiet --exclude-newer "$2"
  uv export --quiet --frozen --format pylock.toml -o pylock.toml
  echo "$LARGE_DEPS" | tr -d '"' | tr ',' '\n' | sed 's/^ *//' >large.in
  uv pip compile --quiet --generate-hashes --python-version 3.11 --exclude-newer "$2" large.in -o requirements.txt
  cp uv.lock pylock.toml requirements.txt "$OUT/large/$1/"
}
largeuv base 2025-05-01T00:00:00Z
largeuv head 2025-10-01T00:00:00Z
# poetry has no --exclude-newer: its two revisions differ in the project instead (pandas pinned older, django dropped).
pyproject large-poetry-base '"jupyterlab", "pandas==2.2.0", "scikit-learn", "matplotlib", "boto3", "fastapi[all]", "celery[redis]", "sqlalchemy", "apache-airflow-core"'
poetry lock --quiet
cp poetry.lock "$OUT/large/base/"
pyproject large-poetry-head "$LARGE_DEPS"
poetry lock --quiet
cp poetry.lock "$OUT/large/head/"
# pipenv neither: the same two projects as Pipfiles (kept beside their locks: pipenv reads both).
largepipenv() { # revision, the pandas pin, the django line
  mkdir -p "$WORK/large-pipenv-$1" && cd "$WORK/large-pipenv-$1"
  printf '[[source]]\nurl = "https://pypi.org/simple"\nverify_ssl = true\nname = "pypi"\n\n[packages]\njupyterlab = "*"\npandas = "%s"\nscikit-learn = "*"\nmatplotlib = "*"\nboto3 = "*"\nfastapi = {version = "*", extras = ["all"]}\n%bcelery = {version = "*", extras = ["redis"]}\nsqlalchemy = "*"\napache-airflow-core = "*"\n\n[dev-packages]\npytest = "==8.2.0"\n\n[requires]\npython_version = "3.11"\n' "$2" "$3" >Pipfile
  pipenv lock >/dev/null 2>&1
  cp Pipfile Pipfile.lock "$OUT/large/$1/"
}
largepipenv base '==2.2.0' ''
largepipenv head '*' 'django = "*"\n'
golarge() { # revision, then `go get` arguments
  rev=$1; shift
  mkdir -p "$WORK/golarge-$rev" && cd "$WORK/golarge-$rev"
  go mod init example.com/large >/dev/null 2>&1
  printf 'package main\n\nimport (\n\t_ "github.com/gin-gonic/gin"\n\t_ "google.golang.org/grpc"\n\t_ "github.com/spf13/cobra"\n\t_ "github.com/prometheus/client_golang/prometheus"\n\t_ "go.opentelemetry.io/otel/sdk/trace"\n\t_ "k8s.io/client-go/kubernetes"\n\t_ "github.com/docker/docker/client"\n\t_ "cloud.google.com/go/storage"\n)\n\nfunc main() {}\n' >main.go
  go get "$@"
  go mod tidy
  cp go.mod go.sum "$OUT/large/$rev/"
}
golarge base github.com/gin-gonic/gin@v1.9.1 google.golang.org/grpc@v1.62.0 github.com/spf13/cobra@v1.8.0 github.com/prometheus/client_golang@v1.19.0 go.opentelemetry.io/otel/sdk@v1.24.0 k8s.io/client-go@v0.29.2 github.com/docker/docker@v25.0.5+incompatible cloud.google.com/go/storage@v1.38.0
golarge head github.com/gin-gonic/gin@v1.10.0 google.golang.org/grpc@v1.68.0 github.com/spf13/cobra@v1.8.1 github.com/prometheus/client_golang@v1.20.5 go.opentelemetry.io/otel/sdk@v1.31.0 k8s.io/client-go@v0.31.2 github.com/docker/docker@v27.3.1+incompatible cloud.google.com/go/storage@v1.43.0
echo "fixtures written to $OUT"
