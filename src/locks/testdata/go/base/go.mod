module example.com/lockdemo

go 1.23

toolchain go1.26.8

godebug panicnil=1

require (
	example.com/localdep v0.0.0
	github.com/google/uuid v1.6.0
	golang.org/x/exp v0.0.0-20240506185415-9bf2ced13842
	golang.org/x/text v0.14.0
	gopkg.in/yaml.v3 v3.0.1
)

replace example.com/localdep => ./localdep

exclude golang.org/x/text v0.3.7

retract (
	[v0.2.0, v0.2.5]
	v0.1.0
)
