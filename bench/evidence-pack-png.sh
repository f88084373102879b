#!/usr/bin/env bash
# Renders page 1 of a supplier's evidence pack (GET /api/v1/suppliers/{id}/evidence-pack, caseworkers) as a PNG for the
# docs: bench/evidence-pack-png.sh <base URL, e.g. http://127.0.0.1:5080> <caseworker API key> [supplier id] [output PNG]
# Needs curl and pdftoppm (poppler-utils); without pdftoppm it keeps the PDF and says so.
set -euo pipefail

if [[ $# -lt 2 ]]; then
  echo "usage: $0 <base URL> <caseworker API key> [supplier id (SUP-CALCOMP)] [output PNG (docs/screenshots/evidence-pack-page-1.png)]" >&2
  exit 2
fi

base="${1%/}"
key="$2"
supplier="${3:-SUP-CALCOMP}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
png="${4:-$root/docs/screenshots/evidence-pack-page-1.png}"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
pdf="$work/evidence-pack.pdf"

# The key goes in a header read from standard input, not on the command line (where ps would show it).
status="$(printf 'Authorization: Bearer %s\n' "$key" | curl --silent --show-error --header @- --header 'Accept: application/pdf' \
  --output "$pdf" --write-out '%{http_code}' "$base/api/v1/suppliers/$supplier/evidence-pack")"
if [[ "$status" != 200 ]]; then
  echo "GET /api/v1/suppliers/$supplier/evidence-pack answered $status:" >&2
  cat "$pdf" >&2
  exit 1
fi

if ! command -v pdftoppm >/dev/null; then
  kept="$(mktemp --suffix=.pdf)"
  cp "$pdf" "$kept"
  echo "pdftoppm is not installed (poppler-utils): the evidence pack is at $kept, no PNG written." >&2
  exit 1
fi

mkdir -p "$(dirname "$png")"
# -singlefile: page 1 only, written as <prefix>.png.
pdftoppm -png -r 110 -f 1 -l 1 -singlefile "$pdf" "${png%.png}"
echo "$png"
