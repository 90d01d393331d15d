"""Real servers for the tests that run the portal as a host does: portal processes started with
``clientdesk-portal serve`` and nginx in front of them with the shipped site file, on loopback."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
SITE = ROOT / "deploy" / "nginx" / "clientdesk-portal.conf"
NGINX = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)
OPENSSL = shutil.which("openssl")
MISSING_TOOLS = (NGINX is None or OPENSSL is None) and os.environ.get("CI") != "true"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def wait_until_up(url: str, process: subprocess.Popen[bytes], verify: object = True) -> None:
    for _ in range(600):
        if process.poll() is not None:
            raise AssertionError(f"{url}: the process ended with {process.returncode}")
        try:
            if httpx.get(url, verify=verify, timeout=1.0).status_code == 200:  # type: ignore[arg-type]
                return
        except httpx.TransportError:
            pass
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(0.1)  # a condition wait: returns early if the process dies
    raise AssertionError(f"{url} did not answer")


def stop(*processes: subprocess.Popen[bytes]) -> None:
    for process in processes:
        process.terminate()
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)


def serve_portal(env: dict[str, str]) -> subprocess.Popen[bytes]:
    """``clientdesk-portal serve`` with ``env``, answering on CLIENTDESK_PORT."""
    process = subprocess.Popen(
        [sys.executable, "-m", "portal", "serve"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wait_until_up(f"http://127.0.0.1:{env['CLIENTDESK_PORT']}/api/v1/health", process)
    return process


def make_tls(folder: Path) -> tuple[Path, Path]:
    cert, key = folder / "fullchain.pem", folder / "privkey.pem"
    subprocess.run(
        [
            str(OPENSSL),
            *("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2"),
            *("-keyout", str(key), "-out", str(cert), "-subj", "/CN=127.0.0.1"),
            *("-addext", "subjectAltName=IP:127.0.0.1"),
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    return cert, key


def site_for_test(
    portal_ports: list[int], https_port: int, http_port: int, tls: tuple[Path, Path]
) -> str:
    """The shipped site file with this test's ports and certificate, changed line by line (each
    replacement must apply: the tests follow the file as it is shipped)."""
    text = SITE.read_text(encoding="utf-8")
    cert, key = tls
    upstreams = "\n    ".join(f"server 127.0.0.1:{port};" for port in portal_ports)
    for old, new in (
        ("server 127.0.0.1:8780;", upstreams),
        ("listen 443 ssl http2;", f"listen 127.0.0.1:{https_port} ssl http2;"),
        ("listen 80;", f"listen 127.0.0.1:{http_port};"),
        ("/etc/letsencrypt/live/clientes.example.com/fullchain.pem", str(cert)),
        ("/etc/letsencrypt/live/clientes.example.com/privkey.pem", str(key)),
    ):
        assert old in text, f"{SITE.name} no longer holds {old!r}: update the tests and the guide"
        text = text.replace(old, new)
    return text


def start_nginx(
    prefix: Path, site: str, https_port: int, tls: tuple[Path, Path]
) -> subprocess.Popen[bytes]:
    """nginx with ``site`` as its only site, its files under ``prefix``; returns once it answers."""
    prefix.mkdir()
    (prefix / "site.conf").write_text(site, encoding="utf-8")
    temp_paths = "\n".join(
        f"    {kind}_temp_path {prefix / kind};"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    as_root = "user root;\n" if os.geteuid() == 0 else ""
    (prefix / "nginx.conf").write_text(
        f"{as_root}daemon off;\npid {prefix / 'nginx.pid'};\nerror_log {prefix / 'error.log'} warn;\n"
        "events { worker_connections 256; }\n"
        f"http {{\n    access_log off;\n{temp_paths}\n    include {prefix / 'site.conf'};\n}}\n",
        encoding="utf-8",
    )
    command = [str(NGINX), "-p", str(prefix), "-c", str(prefix / "nginx.conf")]
    checked = subprocess.run([*command, "-t"], capture_output=True, text=True, timeout=30)
    assert checked.returncode == 0, checked.stderr
    nginx = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    import ssl

    context = ssl.create_default_context(cafile=str(tls[0]))
    wait_until_up(f"https://127.0.0.1:{https_port}/api/v1/health", nginx, context)
    return nginx
