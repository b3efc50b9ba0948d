#!/usr/bin/env bash
# Makes sure the system services and packages the tests and the demo need are here:
# a Redis answering on 127.0.0.1:6379 and, with --browser, Debian's Chromium.
set -euo pipefail

apt_updated=0
apt_install() {
  if [ "$(id -u)" != 0 ]; then echo "ensure-system: need root to install $*; install it and run again" >&2; exit 1; fi
  if [ "$apt_updated" = 0 ]; then apt-get update -qq >/dev/null; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

redis_up() { (exec 3<>/dev/tcp/127.0.0.1/6379 && printf 'PING\r\n' >&3 && timeout 2 head -c 5 <&3 | grep -q PONG) 2>/dev/null; }

if ! redis_up; then
  command -v redis-server >/dev/null || { echo "ensure-system: installing redis-server" >&2; apt_install redis-server; }
  mkdir -p /var/lib/redis /var/log/redis 2>/dev/null || true
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no \
    --dir /tmp --logfile /tmp/contact-plan-redis.log >/dev/null
  for _ in $(seq 1 50); do redis_up && break; sleep 0.1; done
  redis_up || { echo "ensure-system: Redis did not start on 127.0.0.1:6379 (see /tmp/contact-plan-redis.log)" >&2; exit 1; }
fi

if [ "${1:-}" = "--browser" ] && [ ! -x /usr/bin/chromium ]; then
  echo "ensure-system: installing chromium" >&2
  apt_install chromium
fi
