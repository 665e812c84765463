module example.com/hello

go 1.26

toolchain go1.26.8

// An unused require, so the example's locks carry a real module: the baseline records v0.24.0, the head upgrades it.
require golang.org/x/sync v0.25.0
