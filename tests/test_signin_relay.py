"""The web editor's sign-in relay (editor-signin/worker.js, a Cloudflare Worker CECI deploys without
writing code) against a stand-in of GitHub's OAuth endpoints: it sends the person to GitHub with a state
it checks on return, trades the code for a key with the secret, and hands the key to the site's origin
only, with Decap's handshake; every refusal is in French."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest

from pcv.inspection.builds import ROOT

SITE = "https://site.example"
SECRET = "secret-of-the-oauth-app"


class _GitHub(BaseHTTPRequestHandler):
    """GitHub's token endpoint: a key for the right app, secret and code."""

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        good = (self.path == "/login/oauth/access_token" and self.headers["Accept"] == "application/json"
                and body == {"client_id": "app-id", "client_secret": SECRET, "code": "good-code"})
        answer = json.dumps({"access_token": "gho_key"} if good else {"error": "bad_verification_code"}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def github() -> str:
    server = HTTPServer(("127.0.0.1", 0), _GitHub)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


def _relay(github: str, code: str) -> dict:
    if shutil.which("node") is None:
        pytest.fail("Node.js is needed to run the relay (make setup)")
    env = {"GITHUB_CLIENT_ID": "app-id", "GITHUB_CLIENT_SECRET": SECRET, "SITE_ORIGIN": SITE, "GITHUB_URL": github}
    completed = subprocess.run(["node", str(Path("tests/tools/signin_relay.mjs")), json.dumps(env), code], cwd=ROOT,
                               capture_output=True, text=True, timeout=60, check=True)
    return json.loads(completed.stdout)


def _handed(body: str) -> tuple[str, str]:
    """What the callback page posts to the editor's window, and to which origin."""
    message = re.search(r'window\.opener\.postMessage\(("authorization:[^\n]*"), origin\)', body).group(1)
    origin = re.search(r"var origin = (\"[^\"]*\");", body).group(1)
    return json.loads(message), json.loads(origin)


def test_a_person_is_sent_to_github_and_back_with_a_key_for_the_site_only(github: str) -> None:
    result = _relay(github, "good-code")
    auth = result["auth"]
    assert auth["status"] == 302 and auth["location"].startswith(f"{github}/login/oauth/authorize?")
    query = dict(re.findall(r"[?&]([^=]+)=([^&]*)", auth["location"]))
    assert query["client_id"] == "app-id" and query["scope"] == "public_repo"
    assert query["redirect_uri"] == "https%3A%2F%2Frelay.example%2Fcallback"
    assert f"pcv_signin_state={query['state']};" in auth["cookie"] and "HttpOnly" in auth["cookie"]
    callback = result["callback"]
    assert callback["status"] == 200 and SECRET not in callback["body"]
    message, origin = _handed(callback["body"])
    assert message == 'authorization:github:success:{"token":"gho_key","provider":"github"}' and origin == SITE
    assert 'postMessage("authorizing:github", origin)' in callback["body"] and '"*"' not in callback["body"]


def test_every_refusal_says_in_french_what_to_do(github: str) -> None:
    result = _relay(github, "wrong-code")
    refused, _ = _handed(result["callback"]["body"])
    assert refused.startswith("authorization:github:error:") and "GitHub a refusé la connexion" in refused
    forged, _ = _handed(result["forged"]["body"])
    assert "La connexion a expiré" in forged and "gho_" not in result["forged"]["body"]
    assert result["missing"]["status"] == 500
    assert "la variable GITHUB_CLIENT_SECRET du relais n’est pas réglée" in result["missing"]["body"]
