// Command envdump is test data: what code a pull request builds could see of the runner. It prints the credential
// variables it finds and writes its whole environment to <env-dir>/env-<GOARCH>.txt; with -hostile it prints text
// meant to break out of the job summary and fails, so that text lands in the failure message.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
)

var version = "dev"

const hostile = "<img src=x onerror=alert(1)> <details open> @octocat | ``` [click](https://evil.example/x) ![i](https://evil.example/i.png) ::warning::injected"

func main() {
	envDir := flag.String("env-dir", "", "directory to write env-<GOARCH>.txt into")
	bad := flag.Bool("hostile", false, "print hostile text and fail")
	flag.Parse()
	if *bad {
		fmt.Println(hostile)
		fmt.Println("second line\n::error::also injected")
		os.Exit(1)
	}
	fmt.Printf("envdump %s %s/%s\n", version, runtime.GOOS, runtime.GOARCH)
	for _, k := range []string{"INPUT_TOKEN", "GITHUB_TOKEN", "ACTIONS_RUNTIME_TOKEN", "ACTIONS_ID_TOKEN_REQUEST_TOKEN", "ACTIONS_ID_TOKEN_REQUEST_URL", "GOXENV_VISIBLE"} {
		fmt.Printf("%s=%s\n", k, os.Getenv(k))
	}
	if *envDir != "" {
		file := filepath.Join(*envDir, "env-"+runtime.GOARCH+".txt")
		if err := os.WriteFile(file, []byte(strings.Join(os.Environ(), "\n")+"\n"), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
	}
}
