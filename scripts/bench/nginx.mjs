// nginx in front of the portal, three ways: serving the promise page's HTML as a file (the
// ceiling), as a one-second micro-cache for one instance, and as a plain proxy over two
// instances, which shows whether a publication reaches the other instance.
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";

const proxyHeaders = `
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;`;

export function startNginx(work, { staticPort, microCachePort, twoInstancesPort, instancePorts }) {
  const conf = `
worker_processes 2;
pid ${work}/nginx.pid;
error_log ${work}/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  include /etc/nginx/mime.types;
  client_body_temp_path ${work}/body;
  proxy_temp_path ${work}/proxy;
  proxy_cache_path ${work}/cache levels=1:2 keys_zone=portal:10m max_size=100m inactive=10m use_temp_path=off;
  upstream instances {
    # To the instance with fewer requests in flight: a page's cost varies tenfold, and round
    # robin queued requests behind a slow one while the other instance idled (p97.5 of the
    # official's /loften 346–477 ms round robin, 199–242 ms this way, on the same servers).
    # With none in flight, as when one request is sent at a time, it alternates.
    least_conn;
    ${instancePorts.map((p) => `server 127.0.0.1:${p};`).join("\n    ")}
    keepalive 16;
  }
  server {
    listen 127.0.0.1:${staticPort};
    root ${work};
  }
  server {
    listen 127.0.0.1:${microCachePort};
    location / {
      proxy_pass http://127.0.0.1:${instancePorts[0]};${proxyHeaders}
      proxy_cache portal;
      proxy_cache_valid 200 1s;
      proxy_cache_use_stale updating error timeout;
      proxy_cache_background_update on;
      proxy_cache_lock on;
      proxy_ignore_headers Cache-Control Set-Cookie;
      proxy_cache_bypass $cookie_next_auth_session_token $cookie___Secure_next_auth_session_token;
      proxy_no_cache $cookie_next_auth_session_token $cookie___Secure_next_auth_session_token;
    }
  }
  server {
    listen 127.0.0.1:${twoInstancesPort};
    location / {
      proxy_pass http://instances;${proxyHeaders}
    }
  }
}`;
  writeFileSync(join(work, "nginx.conf"), conf);
  return spawn("nginx", ["-c", join(work, "nginx.conf"), "-g", "daemon off;"], { stdio: "inherit" });
}
