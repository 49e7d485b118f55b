// The last script: every text and widget of ours is registered (hold_start.js kept Decap waiting for them).
window.CMS.init();
