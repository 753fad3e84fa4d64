#!/usr/bin/env bash
# One-off check (root only, not part of CI): the extension reaches a private-CA host when the CA is
# in the operating system's store, through VS Code's own system certificates (http.systemCertificates
# on, NODE_EXTRA_CA_CERTS unset). The store is changed only inside a private mount namespace:
# /etc/ssl/certs/ca-certificates.crt + the test CA is bind-mounted over the real one for this
# process tree; nothing outside it sees the change. Runs test/host/suite/72-private-ca alone.
#   sudo bash test/harness/run-host-system-ca.sh      (after npm run build)
set -euo pipefail
cd "$(dirname "$0")/../.."
BUNDLE=/etc/ssl/certs/ca-certificates.crt
[ "$(id -u)" = 0 ] || { echo "needs root (a mount namespace)"; exit 2; }
[ -f "$BUNDLE" ] || { echo "no $BUNDLE"; exit 2; }
D=$(mktemp -d /tmp/elig-system-ca.XXXXXX)
trap 'rm -rf "$D"' EXIT
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout "$D/ca.key" -out "$D/ca.pem" -days 2 \
  -subj '/CN=Eligibility Explorer System Store Test CA' -addext basicConstraints=critical,CA:TRUE \
  -addext keyUsage=critical,keyCertSign,cRLSign 2>/dev/null
cat "$BUNDLE" "$D/ca.pem" > "$D/bundle.crt"
node test/harness/build-tests.mjs >/dev/null
mkdir -p out/test/host/system-ca
cp out/test/host/suite/index.js out/test/host/suite/72-private-ca.test.js out/test/host/system-ca/
unshare -m --propagation private bash -c "mount --bind '$D/bundle.crt' '$BUNDLE' && \
  ELIG_TEST_CA_SYSTEM_STORE=1 ELIG_TEST_CA_DIR='$D' NODE_EXTRA_CA_CERTS= \
  node test/harness/run-host-tests.mjs --extensionDevelopmentPath=. --extensionTestsPath=out/test/host/system-ca --disable-workspace-trust"
