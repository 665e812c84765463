// Evaluates Rego cases with OPA itself, for differential testing of the TypeScript engine (src/rego).
// stdin: a JSON array of {"modules": {file: source}, "query", "input"?, "data"?, "v0"?, "lax"?};
// stdout: a JSON array with, per case, {"rows": [bindings...]} or {"error": "..."}.
package main

import (
	"context"
	"encoding/json"
	"os"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/storage/inmem"
)

type regoCase struct {
	Modules map[string]string      `json:"modules"`
	Query   string                 `json:"query"`
	Input   *interface{}           `json:"input"`
	Data    map[string]interface{} `json:"data"`
	V0      bool                   `json:"v0"`
	Lax     bool                   `json:"lax"`
}

type outcome struct {
	Rows  []map[string]interface{} `json:"rows,omitempty"`
	Error string                   `json:"error,omitempty"`
}

func eval(c regoCase) outcome {
	opts := []func(*rego.Rego){rego.Query(c.Query), rego.StrictBuiltinErrors(!c.Lax)}
	for name, src := range c.Modules {
		opts = append(opts, rego.Module(name, src))
	}
	if c.V0 {
		opts = append(opts, rego.SetRegoVersion(ast.RegoV0))
	}
	if c.Input != nil {
		opts = append(opts, rego.Input(*c.Input))
	}
	if c.Data != nil {
		opts = append(opts, rego.Store(inmem.NewFromObject(c.Data)))
	}
	rs, err := rego.New(opts...).Eval(context.Background())
	if err != nil {
		return outcome{Error: err.Error()}
	}
	rows := []map[string]interface{}{}
	for _, r := range rs {
		rows = append(rows, r.Bindings)
	}
	return outcome{Rows: rows}
}

func main() {
	var cases []regoCase
	dec := json.NewDecoder(os.Stdin)
	dec.UseNumber()
	if err := dec.Decode(&cases); err != nil {
		panic(err)
	}
	out := make([]outcome, len(cases))
	for i, c := range cases {
		out[i] = eval(c)
	}
	enc := json.NewEncoder(os.Stdout)
	if err := enc.Encode(out); err != nil {
		panic(err)
	}
}
