#!/usr/bin/env bash
# Makes a self-signed certificate and key for local wss:// (valid for localhost and 127.0.0.1).
# Usage: scripts/dev-cert.sh [DIR]   -> DIR/socketscope-cert.pem, DIR/socketscope-key.pem
set -euo pipefail
dir=${1:-.}
mkdir -p "$dir"
openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 365 \
  -subj "/CN=localhost" -addext "subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1" \
  -keyout "$dir/socketscope-key.pem" -out "$dir/socketscope-cert.pem" 2>/dev/null
chmod 600 "$dir/socketscope-key.pem"
echo "$dir/socketscope-cert.pem"
echo "$dir/socketscope-key.pem"
echo "Start with: socketscope --tls-cert $dir/socketscope-cert.pem --tls-key $dir/socketscope-key.pem" >&2
