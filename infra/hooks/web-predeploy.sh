#!/bin/sh
# azd's predeploy hook of the web console (run in src/Remediation.Web after `dotnet publish`):
# tells the console where the API is (appsettings.json) and completes its Content-Security-Policy
# (staticwebapp.config.json): connect-src narrowed from any Azure Functions host to exactly this API's origin, and the
# identity provider's origin (from REMEDIATION_IDENTITY_AUTHORITY, e.g. https://login.microsoftonline.com) put where the
# policy says 'identity-provider' (connect-src: discovery and token requests; frame-src: silent renewal's iframe).
# Without an authority the placeholder is removed (no sign-in). A policy without the placeholder gets the origin added
# to connect-src and frame-src ('self' and the origin when it has none: the silent-renewal iframe ends on the console).
# Usage: SERVICE_API_URI=https://func-....azurewebsites.net [REMEDIATION_IDENTITY_AUTHORITY=https://...]
#        web-predeploy.sh [publish wwwroot folder]
set -eu
root="${1:-bin/Release/net10.0/publish/wwwroot}"
api="${SERVICE_API_URI:?SERVICE_API_URI is not set: run azd provision first}"
case "$api" in
  https://*) ;;
  *) echo "SERVICE_API_URI must be an https origin, got: $api" >&2; exit 1 ;;
esac
origin="${api%/}"

authority="${REMEDIATION_IDENTITY_AUTHORITY:-}"
idp=""
if [ -n "$authority" ]; then
  host="${authority#https://}"
  host="${host%%/*}"
  case "$authority" in
    https://*) ;;
    *) echo "REMEDIATION_IDENTITY_AUTHORITY must be an https address, got: $authority" >&2; exit 1 ;;
  esac
  case "$host" in
    "" | *[!A-Za-z0-9.:-]*) echo "REMEDIATION_IDENTITY_AUTHORITY has no valid host: $authority" >&2; exit 1 ;;
  esac
  idp="https://$host"
fi

config="$root/staticwebapp.config.json"
printf '{ "ApiBaseUrl": "%s" }\n' "$origin" > "$root/appsettings.json"
sed -i "s#https://\*\.azurewebsites\.net#$origin#" "$config"
if grep -q "'identity-provider'" "$config"; then
  sed -i "s# *'identity-provider'#${idp:+ $idp}#g" "$config"
elif [ -n "$idp" ]; then
  sed -i "s#\(connect-src [^;\"]*\)#\1 $idp#" "$config"
  if grep -q "frame-src" "$config"; then
    sed -i "s#\(frame-src [^;\"]*\)#\1 $idp#" "$config"
  else
    sed -i "s#\(connect-src [^;\"]*\)#\1; frame-src 'self' $idp#" "$config"
  fi
fi
