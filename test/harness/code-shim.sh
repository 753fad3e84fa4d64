#!/bin/sh
# A stand-in "VS Code executable": give it to @vscode/test-electron runTests({ vscodeExecutablePath })
# or to @vscode/test-cli useInstallation: { fromPath }. They spawn it with --extensionDevelopmentPath /
# --extensionTestsPath (+ a folder); it runs those tests inside code-server's real extension host.
exec node "$(dirname "$(readlink -f "$0")")/run-host-tests.mjs" "$@"
