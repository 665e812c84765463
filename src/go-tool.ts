// The Go toolchain as plain parameters, for the capabilities that run `go` (emulation, matrix): the binary and the
// environment to run it with. The pipeline fills it from the toolchain step's result.
export interface GoTool {
  /** Path of the go binary (or "go" to use PATH). */
  go: string;
  /** Environment for every go invocation (PATH, GOROOT, GOCACHE, ...). */
  env: NodeJS.ProcessEnv;
}
