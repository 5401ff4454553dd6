#!/usr/bin/env bash
# Checks deploy/nginx-nodi.conf with nginx's own parser (nginx -t) where no Docker runs (CI, README "Più nodi").
# Uses the nginx of the PATH, or else Debian's package unpacked into a temporary directory (apt-get download:
# nothing installed, no service started). nginx resolves the upstream's host names when it loads the file, and
# Compose's service name "app" exists only on Compose's network: here it stands for 127.0.0.1. Usage:
# deploy/verifica-nginx.sh
set -euo pipefail
cd "$(dirname "$0")/.."
lavoro="$(mktemp -d)"
trap 'rm -rf "$lavoro"' EXIT
if command -v nginx >/dev/null; then
    nginx=nginx
else
    (cd "$lavoro" && apt-get download nginx >/dev/null 2>&1) \
        || { echo "nginx non trovato e apt-get download nginx non riuscito (serve apt-get update)" >&2; exit 1; }
    dpkg -x "$lavoro"/nginx_*.deb "$lavoro/pacchetto"
    nginx="$lavoro/pacchetto/usr/sbin/nginx"
fi
sed 's/\bserver app:8080\b/server 127.0.0.1:8080/' deploy/nginx-nodi.conf > "$lavoro/default.conf"
grep -q 'server 127.0.0.1:8080' "$lavoro/default.conf" || { echo "upstream app:8080 non trovato" >&2; exit 1; }
# The image's nginx.conf around it (conf.d/default.conf is included in its http block), with paths of its own.
cat > "$lavoro/nginx.conf" <<CONF
pid $lavoro/nginx.pid;
events {}
http {
    access_log $lavoro/access.log;
    client_body_temp_path $lavoro/body;
    proxy_temp_path $lavoro/proxy;
    fastcgi_temp_path $lavoro/fastcgi;
    uwsgi_temp_path $lavoro/uwsgi;
    scgi_temp_path $lavoro/scgi;
    include $lavoro/default.conf;
}
CONF
"$nginx" -t -q -p "$lavoro" -e stderr -c "$lavoro/nginx.conf"
echo "deploy/nginx-nodi.conf: sintassi verificata da $("$nginx" -v 2>&1)"
