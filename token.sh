#!/usr/bin/env bash
# Prints an access token from the identity server of ./run.sh, for curl and other command-line clients.
#
#   ./token.sh kl-admin           KL staff (role KL_ADMIN)
#   ./token.sh koordinator-630    a municipality's coordinator (role MUNICIPALITY, municipality 630)
#   ./token.sh finance            finance's system (role FINANCE), by client credentials
#
# People sign in as a browser would: the authorization-code flow with PKCE through the public client
# partnerships-web, with the demo password. Needs curl and openssl. IDENTITY_URL, PASSWORD, CLIENT_ID
# and REDIRECT_URI override the defaults.
set -euo pipefail

user=${1:-}
[ -n "$user" ] || { sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
issuer=${IDENTITY_URL:-http://127.0.0.1:9000}
password=${PASSWORD:-demo}
client=${CLIENT_ID:-partnerships-web}
redirect=${REDIRECT_URI:-http://127.0.0.1:3000/callback}

access_token() { sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'; }

if [ "$user" = finance ]; then
  curl -fsS -u "${FINANCE_CLIENT:-finance-system}:${FINANCE_SECRET:-finance-secret}" \
    -d grant_type=client_credentials -d scope=partnerships "$issuer/oauth2/token" | access_token
  exit
fi

cookies=$(mktemp); trap 'rm -f "$cookies"' EXIT
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
verifier=$(openssl rand 32 | b64url)
challenge=$(printf '%s' "$verifier" | openssl dgst -sha256 -binary | b64url)
state=$(openssl rand 12 | b64url)
location() { sed -n 's/^[Ll]ocation: *\([^[:space:]]*\).*/\1/p'; }

authorize="$issuer/oauth2/authorize?response_type=code&client_id=$client&scope=openid%20partnerships&state=$state"
authorize="$authorize&redirect_uri=$redirect&code_challenge=$challenge&code_challenge_method=S256"
curl -fsS -o /dev/null -c "$cookies" -b "$cookies" "$authorize"
csrf=$(curl -fsS -c "$cookies" -b "$cookies" "$issuer/login" | sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p' | head -1)
next=$(curl -sS -o /dev/null -D - -c "$cookies" -b "$cookies" --data-urlencode "username=$user" \
  --data-urlencode "password=$password" --data-urlencode "_csrf=$csrf" "$issuer/login" | location)
case "$next" in *error*) echo "Sign-in refused for $user" >&2; exit 1 ;; esac
case "$next" in http*) ;; *) next="$issuer$next" ;; esac
callback=$(curl -sS -o /dev/null -D - -c "$cookies" -b "$cookies" "$next" | location)
code=$(printf '%s' "$callback" | sed -n 's/.*[?&]code=\([^&]*\).*/\1/p')
[ -n "$code" ] || { echo "No authorization code for $user: $callback" >&2; exit 1; }
curl -fsS -d grant_type=authorization_code --data-urlencode "code=$code" --data-urlencode "redirect_uri=$redirect" \
  -d "client_id=$client" -d "code_verifier=$verifier" "$issuer/oauth2/token" | access_token
