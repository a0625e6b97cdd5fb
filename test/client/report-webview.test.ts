/**
 * The report webview's HTML (client/src/report-webview.ts, pure): strict CSP with one nonce, nothing
 * loaded from anywhere, every report string escaped, a row per finding carrying what the filters
 * need, and the message validation the extension applies to what the webview posts.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { allRules } from '../../rules/index';
import { contentSecurityPolicy, parseWebviewMessage, renderReportWebview } from '../../client/src/report-webview';
import { resolveConfig } from '../../server/src/engine/config';
import type { ComplianceReport } from '../../server/src/engine/report/model';
import { reportFromScan } from '../../server/src/workspace/report-inputs';
import { scanWorkspace } from '../../server/src/workspace/scan';

const DEMO = join(__dirname, '..', '..', 'examples', 'demo');
const CSP_SOURCE = 'https://file+.vscode-resource.vscode-cdn.net';
const NONCE = 'bm9uY2Utbm9uY2Utbm9uY2U=';

function demoReport(): ComplianceReport {
  const config = resolveConfig({ today: '2026-06-01' });
  const scan = scanWorkspace({ cwd: DEMO, paths: ['.'], config, excludes: [], maxFileSize: 1 << 20, fix: false });
  return reportFromScan(scan, { cwd: DEMO, workspaceFolders: ['.'], config, version: '0.0.0-test', rules: allRules, noTimestamp: true, git: false });
}

void describe('report webview HTML', () => {
  const report = demoReport();
  const html = renderReportWebview(report, { cspSource: CSP_SOURCE, nonce: NONCE, workspaceName: 'demo' });

  void it('declares the strict Content-Security-Policy, and every style and script carries the nonce', () => {
    const csp = contentSecurityPolicy(CSP_SOURCE, NONCE);
    assert.equal(csp, `default-src 'none'; style-src ${CSP_SOURCE} 'nonce-${NONCE}'; script-src 'nonce-${NONCE}'; img-src ${CSP_SOURCE} data:;`);
    assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="${csp.replace(/'/g, '&#39;')}">`), 'CSP meta tag');
    const tags = [...html.matchAll(/<(script|style)\b[^>]*>/g)].map((m) => m[0]);
    assert.equal(tags.length, 2, tags.join(' '));
    for (const tag of tags) assert.ok(tag.includes(`nonce="${NONCE}"`), tag);
    // CSP without 'unsafe-inline' blocks style attributes and inline handlers: the page must not need them.
    assert.doesNotMatch(html, /\sstyle="/);
    assert.doesNotMatch(html, /\son[a-z]+="/);
  });

  void it('loads nothing: no src, no external link, no @import or url()', () => {
    assert.doesNotMatch(html, /\ssrc=/);
    assert.doesNotMatch(html, /<link\b/);
    assert.doesNotMatch(html, /@import|url\(/);
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    assert.ok(hrefs.every((h) => h === '#'), hrefs.join(' '));
  });

  void it('follows the VS Code theme', () => {
    for (const v of ['--vscode-foreground', '--vscode-editor-background', '--vscode-font-family', '--vscode-button-background', '--vscode-dropdown-background']) assert.ok(html.includes(`var(${v}`), v);
  });

  void it('shows the summary per criterion with a chart, the exceptions register and a row per finding', () => {
    for (const c of report.criteria) assert.ok(html.includes(`<tr data-criterion="${c.id}">`), c.id);
    assert.equal((html.match(/<svg class="bar"/g) ?? []).length, report.criteria.length, 'one bar chart per criterion');
    assert.equal((html.match(/<tr class="finding"/g) ?? []).length, report.findings.length);
    assert.ok(report.exceptions.length > 0);
    assert.equal((html.match(/data-open="exceptions"/g) ?? []).length, report.exceptions.length);
    assert.ok(html.includes(report.exceptions[0]!.reason.replace(/'/g, '&#39;')), 'exception reason shown');
    for (const id of ['filter-criterion', 'filter-severity', 'filter-file']) assert.ok(html.includes(`<select id="${id}">`), id);
    for (const format of ['html', 'md', 'json', 'sarif']) assert.ok(html.includes(`data-save="${format}"`), format);
    const first = report.findings[0]!;
    assert.ok(html.includes(`data-severity="${first.severity}" data-file="${first.file}" data-criteria=" ${first.controls.join(' ')} "`));
  });

  void it('escapes every string that comes from the scanned files', () => {
    const hostile = structuredClone(report);
    const evil = '<img src=x onerror=alert(1)>"\'&';
    hostile.findings[0]!.message = evil;
    hostile.findings[0]!.file = `${evil}.yaml`;
    hostile.exceptions[0]!.reason = evil;
    const out = renderReportWebview(hostile, { cspSource: CSP_SOURCE, nonce: NONCE });
    assert.ok(!out.includes('<img'), 'no markup from the report');
    assert.ok(out.includes('&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;'));
  });

  void it('renders an empty report (nothing evaluated) without tables', () => {
    const empty: ComplianceReport = { ...structuredClone(report), findings: [], exceptions: [] };
    const out = renderReportWebview(empty, { cspSource: CSP_SOURCE, nonce: NONCE });
    assert.ok(out.includes('No open findings.'));
    assert.ok(out.includes('No findings were accepted as exceptions.'));
  });
});

void describe('report webview messages', () => {
  void it('accepts the three message shapes and rejects anything else', () => {
    assert.deepEqual(parseWebviewMessage({ type: 'open', list: 'findings', index: 3 }), { type: 'open', list: 'findings', index: 3 });
    assert.deepEqual(parseWebviewMessage({ type: 'open', list: 'exceptions', index: 0 }), { type: 'open', list: 'exceptions', index: 0 });
    assert.deepEqual(parseWebviewMessage({ type: 'save', format: 'sarif' }), { type: 'save', format: 'sarif' });
    assert.deepEqual(parseWebviewMessage({ type: 'refresh' }), { type: 'refresh' });
    for (const bad of [null, 'open', { type: 'open', list: 'files', index: 1 }, { type: 'open', list: 'findings', index: -1 }, { type: 'open', list: 'findings', index: 1.5 }, { type: 'save', format: 'pdf' }, { type: 'exec' }]) {
      assert.equal(parseWebviewMessage(bad), undefined, JSON.stringify(bad));
    }
  });
});
