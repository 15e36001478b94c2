// Browser test of the Ascribe web UI: drives Debian's chromium (playwright-core, no downloaded
// browsers) through the main path against a running `ascribe serve`, and checks the security
// properties a browser alone can show (no script from a document runs; CSRF; TLP).
//
// Environment: ASCRIBE_URL (http://127.0.0.1:PORT), ASCRIBE_ANALYST (analyst token, AMBER),
// ASCRIBE_VIEWER (viewer token, GREEN), ASCRIBE_ACTOR (an actor name to search for),
// SHOTS (folder for screenshots), CHROMIUM (default /usr/bin/chromium).
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const BASE = need('ASCRIBE_URL');
const ANALYST = need('ASCRIBE_ANALYST');
const VIEWER = need('ASCRIBE_VIEWER');
const ACTOR = process.env.ASCRIBE_ACTOR || 'APT29';
const SHOTS = process.env.SHOTS || 'target/screenshots';
mkdirSync(SHOTS, { recursive: true });

function need(name) {
  const v = process.env[name];
  if (!v) { console.error(`browser tests: ${name} is not set`); process.exit(2); }
  return v;
}

// An article that quotes hostile markup (escaped in its HTML, so it is part of the article's text)
// and also carries live script elements and handlers (dropped by extraction, never run).
const XSS_DOC = `<!DOCTYPE html><html><head><title>Intrusion at Example Water Utility</title>
<script>window.__xss = 'head';</script></head>
<body onload="window.__xss='body'"><article>
<h1>Intrusion at Example Water Utility</h1>
<p>The United States government attributed the intrusion to APT29 on 2024-03-05, according to a statement by the Department of Justice.</p>
<p>Russia denied any involvement in the attack.</p>
<p>The attackers used PowerShell (T1059.001) and spearphishing attachments (T1566.001) for initial access.</p>
<p>Command and control went to 203.0.113.77 and to evil-updates[.]com over HTTPS.</p>
<p>A lure contained this markup: &lt;script&gt;window.__xss=1&lt;/script&gt; and &lt;img src=x onerror="window.__xss=2;alert(1)"&gt; and a link &lt;a href="javascript:alert(3)"&gt;click&lt;/a&gt;.</p>
<script>window.__xss = 3; alert('live');</script><img src="x" onerror="window.__xss=4">
</article></body></html>`;

const results = [];
async function step(name, fn) {
  const t0 = Date.now();
  try {
    await fn();
    results.push({ name, ok: true, ms: Date.now() - t0 });
    console.log(`ok   ${name} (${Date.now() - t0} ms)`);
  } catch (e) {
    results.push({ name, ok: false, ms: Date.now() - t0 });
    console.log(`FAIL ${name}: ${e.stack || e}`);
    throw e;
  }
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const dialogs = [];
const cspViolations = [];
let failed = false;
try {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  page.on('dialog', d => { dialogs.push(d.message()); d.dismiss(); });
  page.on('console', m => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) cspViolations.push(page.url() + ': ' + m.text());
  });
  page.on('pageerror', e => console.log('page error:', e.message));
  let incidentUrl;
  let documentUrl;

  await step('an anonymous visit is sent to the login page', async () => {
    await page.goto(BASE + '/');
    assert.match(page.url(), /\/login/);
    await page.screenshot({ path: join(SHOTS, '01-login.png') });
  });

  await step('a wrong token is refused', async () => {
    await page.fill('#token', 'asc_not-a-token');
    await page.click('button[type=submit]');
    await page.waitForSelector('.error');
  });

  await step('signing in with a token sets an HttpOnly, SameSite=Strict session cookie', async () => {
    await page.fill('#token', ANALYST);
    await Promise.all([page.waitForURL(BASE + '/'), page.click('button[type=submit]')]);
    const cookies = await context.cookies();
    const session = cookies.find(c => c.name === 'ascribe_session');
    assert.ok(session, 'session cookie set');
    assert.equal(session.httpOnly, true);
    assert.equal(session.sameSite, 'Strict');
    assert.equal(await page.evaluate(() => document.cookie.includes('ascribe_session')), false);
    await page.screenshot({ path: join(SHOTS, '02-incidents.png') });
  });

  await step('search finds the actor and opens its page', async () => {
    await page.goto(BASE + '/search');
    await page.fill('form.search input[name=q]', ACTOR);
    await page.waitForSelector('#results table.results a');
    await page.screenshot({ path: join(SHOTS, '03-search.png') });
    await Promise.all([page.waitForURL(/\/actors\//), page.click('#results table.results tbody tr:first-child a')]);
    await page.waitForSelector('.matrix');
    await page.screenshot({ path: join(SHOTS, '04-actor.png'), fullPage: true });
  });

  await step('uploading a document with an XSS payload ingests it in the background', async () => {
    await page.goto(BASE + '/upload');
    await page.setInputFiles('#file', { name: 'xss-report.html', mimeType: 'text/html', buffer: Buffer.from(XSS_DOC) });
    await page.selectOption('select[name=tlp]', 'GREEN');
    await page.click('#upload-form button[type=submit]');
    await page.waitForSelector('.job', { timeout: 10_000 });
    await page.screenshot({ path: join(SHOTS, '05-upload-progress.png') });
    await page.waitForSelector('.job-done .doc-link, .job-failed', { timeout: 300_000 });
    assert.equal(await page.locator('.job-failed').count(), 0, await page.locator('.job').innerText());
    await page.screenshot({ path: join(SHOTS, '06-upload-done.png') });
    await Promise.all([page.waitForURL(/\/documents\//), page.click('.job-done .doc-link')]);
    documentUrl = page.url();
  });

  await step('the document page shows the payload as text and runs none of it', async () => {
    await page.waitForSelector('#doctext');
    const text = await page.locator('#doctext').innerText();
    assert.ok(text.includes('<script>window.__xss=1</script>'), 'script tag shown as text');
    assert.ok(text.includes('<img src=x onerror='), 'img tag shown as text');
    assert.equal(await page.locator('#doctext script, #doctext img, #doctext a').count(), 0);
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.__xss), undefined, 'no script from the document ran');
    assert.deepEqual(dialogs, [], 'no dialog opened');
    assert.ok(await page.locator('#doctext mark.hl-ind').count() > 0, 'indicators highlighted');
    await page.screenshot({ path: join(SHOTS, '07-document.png'), fullPage: true });
  });

  await step('an incident is created from the document', async () => {
    await page.fill('#doc-incident-title', 'Water utility intrusion');
    await page.selectOption('#new-incident select[name=tlp]', 'AMBER');
    await Promise.all([page.waitForURL(/\/incidents\/INC-/), page.click('#new-incident button[type=submit]')]);
    incidentUrl = page.url();
    await page.selectOption('#add-evidence select[name=kind]', 'technique');
    await page.fill('#add-evidence input[name=value]', 'T1566.001');
    await Promise.all([page.waitForURL(/#evidence/), page.click('#add-evidence button[type=submit]')]);
    assert.ok(await page.locator('#evidence table tbody tr').count() >= 1);
  });

  await step('one click on the document page adds an item to the incident (htmx)', async () => {
    await page.goto(documentUrl);
    const add = page.locator('button.add').first();
    if (await add.count() > 0) {
      await add.click();
      await page.waitForFunction(() => /Added/.test(document.querySelector('#add-result').textContent));
    }
  });

  await step('attribute ranks hypotheses with bars and an evidence matrix', async () => {
    await page.goto(incidentUrl);
    await Promise.all([page.waitForURL(/#assessment-/), page.click('#attribute')]);
    await page.waitForSelector('ol.hypotheses svg.bar');
    await page.waitForSelector('#matrix table.ach');
    await page.screenshot({ path: join(SHOTS, '08-incident.png'), fullPage: true });
  });

  await step('the incident names its document by title, not by hash', async () => {
    const names = await page.locator('#evidence a.doc-link, #audit a.doc-link').allTextContents();
    assert.ok(names.length >= 1, 'links to the document');
    assert.ok(names.every(n => n.includes('Example Water Utility')), names.join(' | '));
  });

  await step('the incident exports as a STIX 2.1 bundle', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-stix')]);
    const bundle = JSON.parse(readFileSync(await download.path(), 'utf8'));
    assert.equal(bundle.type, 'bundle');
    assert.ok(bundle.objects.some(o => o.type === 'incident'), 'bundle has the incident');
    const ranked = await page.locator('ol.hypotheses li:not(.unknown)').count();
    if (ranked > 0) {
      assert.ok(bundle.objects.some(o => o.type === 'relationship' && o.relationship_type === 'attributed-to'));
    }
  });

  await step('the graph view draws the incident with Cytoscape.js', async () => {
    await page.goto(incidentUrl + '/graph');
    await page.waitForSelector('#graph[data-ready]', { timeout: 20_000 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SHOTS, '09-graph.png') });
  });

  await step('several files and pasted text upload at once, each with its own progress ending in a titled link', async () => {
    await page.goto(BASE + '/upload');
    const html = t => `<!DOCTYPE html><html><head><title>${t}</title></head><body><article><h1>${t}</h1>`
      + '<p>The operators used PowerShell (T1059.001) and staged data at 198.51.100.23.</p></article></body></html>';
    await page.setInputFiles('#file', [
      { name: 'library-one.html', mimeType: 'text/html', buffer: Buffer.from(html('Library report one')) },
      { name: 'library-two.html', mimeType: 'text/html', buffer: Buffer.from(html('Library report two')) },
    ]);
    await page.fill('#text', 'Pasted library note. The group reused 198.51.100.24 for command and control.');
    await page.selectOption('select[name=tlp]', 'AMBER');
    await page.click('#upload-form button[type=submit]');
    await page.waitForFunction(() => document.querySelectorAll('#jobs .job').length === 3, null, { timeout: 10_000 });
    await page.waitForFunction(() => [...document.querySelectorAll('#jobs .job')]
      .every(j => j.classList.contains('job-done') || j.classList.contains('job-failed')), null, { timeout: 300_000 });
    assert.equal(await page.locator('#jobs .job-failed').count(), 0, await page.locator('#jobs').innerText());
    const links = await page.locator('#jobs .job-done .doc-link').allTextContents();
    assert.ok(links.includes('Library report one') && links.includes('Library report two'), links.join(' | '));
    assert.equal(links.length, 3);
    await page.screenshot({ path: join(SHOTS, '06b-upload-several.png') });
  });

  await step('a URL on a private address is refused at once, naming the reason', async () => {
    await page.goto(BASE + '/upload');
    await page.fill('#url', 'http://127.0.0.1:9/internal');
    await page.click('#upload-form button[type=submit]');
    await page.waitForFunction(() => /private or loopback/.test((document.getElementById('toast') || {}).textContent || ''));
    assert.equal(await page.locator('#jobs .job').count(), 0, 'no job started');
  });

  await step('the Documents page lists, filters and pages the library, linkable by its GET parameters', async () => {
    await page.goto(BASE + '/');
    await Promise.all([page.waitForURL(/\/documents$/), page.click('header nav a:has-text("Documents")')]);
    const total = Number((await page.locator('h1').innerText()).match(/\((\d+)\)/)[1]);
    assert.ok(total >= 4, `the uploads are listed (${total})`);
    assert.ok(await page.locator('table.library tbody tr').count() >= 4);
    assert.ok(await page.locator('table.library a.doc-link', { hasText: 'Library report one' }).count() === 1);
    assert.ok(await page.locator('table.library .badge.claims').count() >= 1, 'count badges');
    await page.screenshot({ path: join(SHOTS, '06c-documents.png'), fullPage: true });
    await page.selectOption('#library-filter select[name=tlp]', 'AMBER');
    await page.selectOption('#library-filter select[name=claims]', 'no');
    await Promise.all([page.waitForURL(/tlp=AMBER/), page.click('#library-filter button[type=submit]')]);
    assert.match(page.url(), /claims=no/);
    const amber = await page.locator('table.library tbody tr').count();
    assert.ok(amber >= 1, 'AMBER documents without claims');
    assert.equal(await page.locator('table.library .tlp:not(.tlp-amber)').count(), 0, 'only AMBER rows');
    await page.goto(BASE + '/documents?limit=1');
    assert.match(await page.locator('nav.pager').innerText(), new RegExp(`page 1 of ${total}`));
    await Promise.all([page.waitForURL(/offset=1/), page.click('nav.pager a[rel=next]')]);
    assert.match(await page.locator('nav.pager').innerText(), new RegExp(`page 2 of ${total}`));
    await Promise.all([page.waitForURL(/sort=title/), page.click('table.library th a:has-text("title")')]);
    assert.equal(await page.locator('table.library th[aria-sort=ascending]').count(), 1);
    await page.goto(BASE + '/documents?publisher=' + encodeURIComponent('No Such Publisher'));
    await page.waitForSelector('#library-empty');
    await Promise.all([page.waitForURL(/\/documents$/), page.click('#library-empty a')]);
  });

  await step('the claims ledger lists the extracted claims', async () => {
    await page.goto(BASE + '/claims');
    await page.screenshot({ path: join(SHOTS, '10-claims.png'), fullPage: true });
  });

  await step('the ledger pages, and the matrix links each count to the filtered ledger', async () => {
    await page.goto(BASE + '/claims?limit=1');
    const total = Number((await page.locator('h1').innerText()).match(/\((\d+)\)/)[1]);
    assert.ok(total >= 1, 'the uploaded document gave claims');
    assert.equal(await page.locator('table.ledger tbody tr').count(), 1);
    if (total > 1) {
      await Promise.all([page.waitForURL(/after=/), page.click('nav.pager a[rel=next]')]);
      assert.equal(await page.locator('nav.pager a[rel=prev]').count(), 1);
    }
    await page.goto(BASE + '/claims/matrix');
    await page.screenshot({ path: join(SHOTS, '10b-matrix.png'), fullPage: true });
    const counts = page.locator('table.accusations a.count');
    if (await counts.count() > 0) {
      const label = await counts.first().innerText();
      await Promise.all([page.waitForURL(/\/claims\?claimant=/), counts.first().click()]);
      const n = Number(label.split(' ')[0]);
      assert.match(await page.locator('h1').innerText(), new RegExp(`\\(${n}\\)`));
    } else {
      assert.equal(await page.locator('main p.muted').count() >= 1, true);
    }
    await page.goto(BASE + '/claims/matrix');
    await page.fill('#matrix-filter input[name=since]', '2999-01-01');
    await Promise.all([page.waitForURL(/since=2999-01-01/), page.click('#matrix-filter button[type=submit]')]);
    assert.equal(await page.locator('table.accusations').count(), 0, 'no claims after 2999');
  });

  await step('the disputes page shows the upload as a card with three columns of claims', async () => {
    await page.goto(BASE + '/disputes');
    await page.waitForSelector('section.dispute');
    await page.screenshot({ path: join(SHOTS, '10c-disputes.png'), fullPage: true });
    const card = page.locator('section.dispute', { hasText: 'Example Water Utility' }).first();
    assert.equal(await card.locator('.column').count(), 3, await page.locator('main').innerText());
    assert.deepEqual(await card.locator('.column h3').allTextContents().then(t => t.map(x => x.replace(/ \(\d+\)$/, ''))),
      ['Attributions', 'Denials', 'Counter-accusations']);
    assert.ok(await card.locator('li.claim').count() >= 1, 'a claim from the upload');
    assert.equal(await card.locator('li.claim script, li.claim img').count(), 0);
    assert.equal(await page.evaluate(() => window.__xss), undefined, 'no script from the document ran');
  });

  await step('a POST without the CSRF token is refused with 403', async () => {
    const none = await page.request.post(BASE + '/incidents', { form: { title: 'forged', tlp: 'GREEN' }, maxRedirects: 0 });
    assert.equal(none.status(), 403);
    const wrong = await page.request.post(BASE + '/incidents', {
      form: { title: 'forged', tlp: 'GREEN', _csrf: 'not-the-token' }, maxRedirects: 0 });
    assert.equal(wrong.status(), 403);
    const attr = await page.request.post(incidentUrl + '/attribute', { maxRedirects: 0 });
    assert.equal(attr.status(), 403);
  });

  await step('no page broke the Content-Security-Policy', async () => {
    assert.deepEqual(cspViolations, []);
  });

  await step('a GREEN viewer never sees the AMBER incident', async () => {
    const viewer = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const v = await viewer.newPage();
    await v.goto(BASE + '/login');
    await v.fill('#token', VIEWER);
    await Promise.all([v.waitForURL(BASE + '/'), v.click('button[type=submit]')]);
    await v.goto(BASE + '/documents');
    assert.equal(await v.locator('table.library a.doc-link', { hasText: 'Library report one' }).count(), 0,
      'AMBER uploads are not listed');
    assert.equal(await v.locator('#library-filter option[value=AMBER]').count(), 0, 'nor offered as a filter');
    await v.goto(BASE + '/');
    const id = incidentUrl.split('/').pop();
    assert.equal((await v.content()).includes(id), false, 'incident not listed');
    const r = await v.goto(incidentUrl);
    assert.equal(r.status(), 404);
    assert.equal(await v.locator('button.primary:has-text("Attribute")').count(), 0);
    await v.screenshot({ path: join(SHOTS, '11-viewer-404.png') });
    await viewer.close();
  });

  await step('signing out ends the session', async () => {
    await page.goto(BASE + '/');
    await Promise.all([page.waitForURL(/\/login/), page.click('header .who button')]);
    const r = await page.goto(incidentUrl);
    assert.match(page.url(), /\/login/);
    assert.ok(r.ok());
  });
} catch (e) {
  failed = true;
} finally {
  await browser.close();
}
const passed = results.filter(r => r.ok).length;
console.log(`browser tests: ${passed} passed, ${results.length - passed} failed; screenshots in ${SHOTS}`);
process.exit(failed ? 1 : 0);
