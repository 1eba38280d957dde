#!/usr/bin/env bash
# Makes the TEST-ONLY certificates used by TLSVerificationTests (committed; valid for 100 years):
#   ca.pem             a private test CA (its key is thrown away)
#   server.pem         a server certificate for DNS name localhost only (no IP address), signed by that CA
#   server-key.pem     its private key — a test key with no value anywhere but this repository
#   other-ca.pem       an unrelated CA, to prove a wrong bundle does not help
set -euo pipefail
cd "$(dirname "$0")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/ca-key.pem" -out ca.pem -days 36500 \
  -subj "/CN=switchyard test CA" -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign"
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/other-key.pem" -out other-ca.pem -days 36500 \
  -subj "/CN=unrelated test CA" -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign"
openssl req -newkey rsa:2048 -nodes -keyout server-key.pem -out "$work/server.csr" -subj "/CN=localhost"
printf 'subjectAltName=DNS:localhost\nextendedKeyUsage=serverAuth\nbasicConstraints=CA:FALSE\n' > "$work/ext"
openssl x509 -req -in "$work/server.csr" -CA ca.pem -CAkey "$work/ca-key.pem" -CAcreateserial -CAserial "$work/ca.srl" -days 36500 \
  -extfile "$work/ext" -out server.pem
