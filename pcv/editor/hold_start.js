// Loaded before decap-cms.js: Decap waits to be started (start.js, the last script), so that it reads its French
// texts (french.js) and our widgets once they are all registered. Started on its own, it could load its configuration
// between two scripts and draw the editor with its own French (« ＋ Page », « select field »).
window.CMS_MANUAL_INIT = true;
