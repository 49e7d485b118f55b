// Runs the editor's sign-in relay (editor-signin/worker.js) as Cloudflare would, for the tests:
// GET /auth, then GET /callback with the state cookie, a wrong state, and a relay missing a setting.
// Usage: node tests/tools/signin_relay.mjs ENV_JSON CODE   (prints the responses as JSON)
import worker from "../../editor-signin/worker.js";

const [envJson, code] = process.argv.slice(2);
const env = JSON.parse(envJson);
const relay = "https://relay.example";

async function call(path, headers = {}, settings = env) {
  const response = await worker.fetch(new Request(relay + path, { headers }), settings);
  return { status: response.status, location: response.headers.get("Location"),
           cookie: response.headers.get("Set-Cookie"), body: await response.text() };
}

const auth = await call("/auth?provider=github&site_id=site.example&scope=repo");
const state = new URL(auth.location).searchParams.get("state");
const cookie = auth.cookie.split(";")[0];
const callback = await call(`/callback?code=${code}&state=${state}`, { Cookie: cookie });
const forged = await call(`/callback?code=${code}&state=other`, { Cookie: cookie });
const { GITHUB_CLIENT_SECRET, ...unset } = env;
const missing = await call("/auth", {}, unset);
console.log(JSON.stringify({ auth, callback, forged, missing }));
