// Sign-in relay of the site's web editor (Decap CMS at /admin/) with GitHub, for Cloudflare Workers
// (free plan). GitHub gives the editor a key only in exchange for a secret that a public page cannot
// keep: this relay keeps it. The organisation pastes this file into a Worker and sets four variables; nothing
// else to write or run (CONTRIBUTING.md, « La connexion en ligne »).
//
// Variables of the Worker (Settings → Variables and Secrets):
//   GITHUB_CLIENT_ID       the Client ID of the organisation's GitHub OAuth App
//   GITHUB_CLIENT_SECRET   its Client secret (type "Secret")
//   SITE_ORIGIN            the site's origin, e.g. https://example.github.io (only it receives the key)
//   GITHUB_SCOPE           optional: "public_repo" (public repository, default) or "repo" (private)
// GITHUB_URL (optional, https://github.com by default) exists for the tests' stand-in of GitHub.
//
// Protocol: Decap's "external OAuth client" (base_url in config.yml): /auth sends the person to
// GitHub; GitHub sends them back to /callback with a code; the relay trades it for a key and hands
// the key to the editor's window by postMessage, to the site's origin only.

const STATE_COOKIE = "pcv_signin_state";

export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    const problem = settingsProblem(env);
    if (problem) return page(`Connexion impossible : ${problem}`, 500);
    if (url.pathname === "/auth") return start(url, env);
    if (url.pathname === "/callback") return finish(request, url, env);
    return page("Relais de connexion de l’éditeur du site. Ouvrez l’éditeur à l’adresse du site suivie de /admin/.", 404);
  },
};

function settingsProblem(env) {
  const missing = ["GITHUB_CLIENT_ID", "GITHUB_CLIENT_SECRET", "SITE_ORIGIN"].filter((name) => !env[name]);
  if (missing.length) return `la variable ${missing.join(", ")} du relais n’est pas réglée.`;
  if (!/^https:\/\/[^/]+$/.test(env.SITE_ORIGIN)) {
    return "SITE_ORIGIN doit être l’origine du site, sans chemin : https://nom-du-compte.github.io.";
  }
  return null;
}

function github(env) {
  return (env.GITHUB_URL || "https://github.com").replace(/\/$/, "");
}

function start(url, env) {
  const state = crypto.randomUUID();
  const target = new URL(`${github(env)}/login/oauth/authorize`);
  target.searchParams.set("client_id", env.GITHUB_CLIENT_ID);
  target.searchParams.set("redirect_uri", `${url.origin}/callback`);
  target.searchParams.set("scope", env.GITHUB_SCOPE || "public_repo");
  target.searchParams.set("state", state);
  return new Response(null, {
    status: 302,
    headers: {
      Location: target.toString(),
      "Set-Cookie": `${STATE_COOKIE}=${state}; Path=/callback; HttpOnly; Secure; SameSite=Lax; Max-Age=600`,
      "Cache-Control": "no-store",
    },
  });
}

async function finish(request, url, env) {
  const cookie = (request.headers.get("Cookie") || "").split(/;\s*/).find((c) => c.startsWith(`${STATE_COOKIE}=`));
  const state = url.searchParams.get("state");
  if (!state || !cookie || cookie.slice(STATE_COOKIE.length + 1) !== state) {
    return handOver(env, "error", { message: "La connexion a expiré ou ne vient pas de l’éditeur. Fermez cette fenêtre et cliquez de nouveau sur « Se connecter avec GitHub »." });
  }
  const response = await fetch(`${github(env)}/login/oauth/access_token`, {
    method: "POST",
    headers: { Accept: "application/json", "Content-Type": "application/json" },
    body: JSON.stringify({ client_id: env.GITHUB_CLIENT_ID, client_secret: env.GITHUB_CLIENT_SECRET,
                           code: url.searchParams.get("code") || "" }),
  });
  const answer = response.ok ? await response.json() : {};
  if (!answer.access_token) {
    return handOver(env, "error", { message: "GitHub a refusé la connexion (" + (answer.error || response.status) + "). Réessayez ; si cela se répète, prévenez l’équipe technique." });
  }
  return handOver(env, "success", { token: answer.access_token, provider: "github" });
}

// The editor's window asks "authorizing:github"; the answer goes to the site's origin only.
function handOver(env, outcome, content) {
  const message = JSON.stringify(`authorization:github:${outcome}:${JSON.stringify(content)}`);
  const origin = JSON.stringify(env.SITE_ORIGIN);
  const script = `(function () {
  var origin = ${origin};
  function receive(event) {
    if (event.origin !== origin) return;
    window.removeEventListener("message", receive);
    window.opener.postMessage(${message}, origin);
  }
  window.addEventListener("message", receive);
  if (window.opener) window.opener.postMessage("authorizing:github", origin);
})();`;
  const text = outcome === "success" ? "Connexion réussie : retour à l’éditeur…" : content.message;
  return page(text, outcome === "success" ? 200 : 400, script);
}

function page(text, status, script = "") {
  const escaped = text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
  const body = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Éditeur du site : connexion</title></head>` +
    `<body><p>${escaped}</p>${script ? `<script>${script}</script>` : ""}</body></html>`;
  return new Response(body, {
    status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store",
               "Content-Security-Policy": "default-src 'none'; script-src 'unsafe-inline'", "X-Frame-Options": "DENY" },
  });
}
