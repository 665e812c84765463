// Generated from src/pipeline/registry.ts by `npm run build` (scripts/gen-meta.ts); a test checks it is current.
export const COMMAND_LIST: readonly { name: string; summary: string }[] = [
  { name: "check", summary: "Run every configured capability in order (toolchain, emulation, matrix, policy, baseline, canary, report)" },
  { name: "setup", summary: "Install the requested Go (SHA-256 verified), put it on PATH, restore the module/build cache" },
  { name: "doctor", summary: "Check the Go environment: which go PATH runs, GOROOT, GO111MODULE, GOFLAGS, go.mod, cache locations" },
  { name: "emulation", summary: "QEMU emulation: `status` reports binfmt_misc per platform; `register` registers and verifies (needs root)" },
  { name: "plan", summary: "Plan the cross-compile matrix: JSON for strategy.matrix (one entry per target, with a runner suggestion)" },
  { name: "build", summary: "Build the matrix in parallel, check every binary against its target, smoke-run linux binaries, write SHA256SUMS and manifest.json" },
  { name: "policy", summary: "Test config files against Rego policies as conftest does (`policy test <files...>`, the same flags and output); `policy verify` runs their test_ rules (conftest verify)" },
  { name: "audit", summary: "Evaluate the whole repository against the policies and the committed baseline (nightly): drift, violations, OpenMetrics figures" },
  { name: "baseline-update", summary: "Write the baseline snapshot from the current state (configs, policy verdicts, dependency sets, toolchain, binaries)" },
  { name: "baseline", summary: "Write the baseline snapshot (`baseline update`), or diff the current state against the base branch's baseline (`baseline diff`)" },
  { name: "canary", summary: "Judge canary vs stable metrics (Prometheus or a JSON file) and decide: promote, hold or rollback" },
  { name: "rego", summary: "Evaluate a Rego query with the built-in engine and print the result set as JSON (like `opa eval -f json`)" },
  { name: "parse", summary: "Print the documents policies see for config and lock files, as JSON (like `conftest parse`)" },
  { name: "locks", summary: "Diff the dependency locks (Go and pip) between two revisions of the repository: Markdown, or JSON with --json" },
  { name: "report", summary: "Run what check runs and print the Markdown report the pull-request comment would carry (posts nothing)" },
];
