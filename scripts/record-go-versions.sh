#!/bin/sh
# Records the go command's own answers on module versions, for src/locks/versions.test.ts: which strings are
# canonical module versions (golang.org/x/mod/module.CanonicalVersion(v) == v, what a go.mod or go.sum must hold) and
# the order of the canonical ones (golang.org/x/mod/semver.Compare, as a rank: equal ranks compare equal). The
# versions are generated from pools of numbers and identifiers chosen for the corners of semver 2.0 (numeric against
# alphanumeric identifiers, leading zeros, lengths, hyphens, build metadata) and the three pseudo-version forms.
# Needs Go and the Go module proxy. Usage: sh scripts/record-go-versions.sh  (rewrites src/locks/testdata/go-versions.json)
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"
export GOTOOLCHAIN=local GOFLAGS=-mod=mod
go mod init example.com/record >/dev/null 2>&1
go get golang.org/x/mod@v0.29.0 >/dev/null 2>&1
cat >main.go <<'EOF'
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"

	"golang.org/x/mod/module"
	"golang.org/x/mod/semver"
)

func main() {
	nums := []string{"0", "1", "2", "9", "10", "11", "01", "99999999999999999999"}
	ids := []string{"0", "1", "2", "10", "01", "alpha", "beta", "rc", "a1", "1a", "-", "a-b", "0a", "A", "Z", "zz",
		"20240101000000-abcdef123456", "20190101000000-aaaaaaaaaaaa"}
	builds := []string{"", "+incompatible", "+meta", "+incompatible.1"}
	seen := map[string]bool{}
	var all []string
	add := func(v string) {
		if !seen[v] {
			seen[v] = true
			all = append(all, v)
		}
	}
	// A small linear congruential generator: the same versions on every run.
	state := uint32(12)
	pick := func(n int) int {
		state = state*1664525 + 1013904223
		return int(state>>8) % n
	}
	for i := 0; i < 600; i++ {
		v := "v" + nums[pick(len(nums))] + "." + nums[pick(len(nums))] + "." + nums[pick(len(nums))]
		if pick(3) > 0 {
			v += "-" + ids[pick(len(ids))]
			for pick(2) == 0 {
				v += "." + ids[pick(len(ids))]
			}
		}
		add(v + builds[pick(len(builds))])
	}
	for _, v := range []string{"v1.2", "v1", "1.2.3", "v1.2.3-", "v1.2.3+", "v1.2.3-a..b", "v1.2.3-a.", "latest", "master",
		"v1.2.3 ", "V1.2.3", "v1.2.3-ä", "v0.0.0-20240101000000-abcdef123456", "v1.2.4-0.20240101000000-abcdef123456",
		"v1.2.3-pre.0.20240101000000-abcdef123456", "v2.0.1-0.20240101000000-abcdef123456+incompatible"} {
		add(v)
	}
	type out struct {
		Valid []string       `json:"valid"`
		Rank  map[string]int `json:"rank"`
		Not   []string       `json:"invalid"`
	}
	o := out{Rank: map[string]int{}}
	for _, v := range all {
		if module.CanonicalVersion(v) == v && semver.IsValid(v) {
			o.Valid = append(o.Valid, v)
		} else {
			o.Not = append(o.Not, v)
		}
	}
	sort.SliceStable(o.Valid, func(i, j int) bool { return semver.Compare(o.Valid[i], o.Valid[j]) < 0 })
	rank := 0
	for i, v := range o.Valid {
		if i > 0 && semver.Compare(o.Valid[i-1], v) != 0 {
			rank++
		}
		o.Rank[v] = rank
	}
	sort.Strings(o.Valid)
	b, err := json.MarshalIndent(o, "", " ")
	if err != nil {
		panic(err)
	}
	fmt.Fprintln(os.Stdout, string(b))
}
EOF
go run . >"$ROOT/src/locks/testdata/go-versions.json"
echo "wrote src/locks/testdata/go-versions.json ($(go version))"
