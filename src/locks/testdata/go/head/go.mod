module example.com/lockdemo

go 1.23

toolchain go1.26.8

godebug panicnil=1

require (
	example.com/localdep v0.0.0
	github.com/golang-jwt/jwt v3.2.2+incompatible
	github.com/google/uuid v1.5.0
	golang.org/x/exp v0.0.0-20241009180824-f66d83c29e7c
	golang.org/x/text v0.21.0
)

replace example.com/localdep => ./localdep

exclude golang.org/x/text v0.3.7

retract (
	[v0.2.0, v0.2.5]
	v0.1.0
)
