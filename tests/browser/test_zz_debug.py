from tests.browser.test_editor import editor_context, local_editor  # noqa

def test_debug(local_editor, browser):
    for width in (1280, 390):
        context = editor_context(browser, height=800, width=width)
        page = context.new_page()
        page.goto(local_editor.site_url + "admin/")
        page.get_by_role("button", name="Se connecter").wait_for()
        page.wait_for_timeout(800)
        page.screenshot(path=f"/tmp/staffshots/login-{width}.png", full_page=True)
        print(page.evaluate("""() => { const b = [...document.querySelectorAll('button')].find(x => /Se connecter/.test(x.textContent));
           let p = b; const c = []; for (let i=0;i<6&&p;i++){ c.push(p.tagName + '.' + p.className.toString().slice(0,60) + ' ' + getComputedStyle(p).position + ' ' + JSON.stringify(p.getBoundingClientRect())); p=p.parentElement;} return c.join('\\n'); }"""))
        context.close()
