#!/bin/sh
# azd's predeploy hook of the web console (run in src/Remediation.Web after `dotnet publish`):
# tells the console where the API is (appsettings.json) and narrows its Content-Security-Policy's connect-src from
# any Azure Functions host to exactly this API's origin (staticwebapp.config.json).
# Usage: SERVICE_API_URI=https://func-....azurewebsites.net web-predeploy.sh [publish wwwroot folder]
set -eu
root="${1:-bin/Release/net10.0/publish/wwwroot}"
api="${SERVICE_API_URI:?SERVICE_API_URI is not set: run azd provision first}"
case "$api" in
  https://*) ;;
  *) echo "SERVICE_API_URI must be an https origin, got: $api" >&2; exit 1 ;;
esac
origin="${api%/}"
printf '{ "ApiBaseUrl": "%s" }\n' "$origin" > "$root/appsettings.json"
sed -i "s#https://\*\.azurewebsites\.net#$origin#" "$root/staticwebapp.config.json"
