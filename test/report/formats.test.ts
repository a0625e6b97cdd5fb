/**
 * What the human formats promise beyond the golden files: everything escaped, charts that stay
 * consistent, the Markdown findings cap for job summaries.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mdText } from '../../server/src/engine/report/format-markdown';
import { esc, stackedBar } from '../../server/src/engine/report/html-parts';
import { formatReportHtml, formatReportMarkdown, type ComplianceReport } from '../../server/src/engine/report/index';
import { reportOfFiles, rulesById } from './helpers';

const HOSTILE = '<img src=x onerror=alert(1)> | [link](https://evil.example) **bold** `code` & done';

function hostileReport(): ComplianceReport {
  const r = reportOfFiles({
    'app.yaml': `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
    - name: c
      image: registry.example.com/c:1.0.0
      securityContext:
        # soc2lint-ignore K8S002: ${HOSTILE}
        privileged: true
`,
  }, { rules: rulesById(['K8S002']) });
  assert.equal(r.exceptions.length, 1);
  return r;
}

void describe('report formats', () => {
  void it('HTML escapes every piece of report text', () => {
    const html = formatReportHtml(hostileReport());
    assert.ok(!html.includes('<img'), 'no raw tag');
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt; | [link](https://evil.example) **bold** `code` &amp; done'));
    assert.equal(esc(`"'<>&`), '&quot;&#39;&lt;&gt;&amp;');
  });

  void it('Markdown escapes markup, links and table pipes', () => {
    const md = formatReportMarkdown(hostileReport());
    assert.doesNotMatch(md, /(^|[^\\])<img/, 'every < is backslash-escaped');
    assert.doesNotMatch(md, /(^|[^\\])\]\(https:\/\/evil/, 'no link can form: every ] is escaped');
    assert.ok(md.includes('\\| \\[link\\]'));
    assert.equal(mdText('a|b\nc'), 'a\\|b c');
    assert.equal(mdText('# not a heading'), '\\# not a heading');
  });

  void it('Markdown lists the first N findings per criterion and says how many more exist', () => {
    const pods = Array.from({ length: 5 }, (_, i) => `---\napiVersion: v1\nkind: Pod\nmetadata: {name: p${i}}\nspec:\n  containers:\n    - {name: c, image: "r.example.com/c:1", securityContext: {privileged: true}}\n`).join('');
    const r = reportOfFiles({ 'pods.yaml': pods }, { rules: rulesById(['K8S002']) });
    assert.equal(r.findings.length, 5);
    const capped = formatReportMarkdown(r, { maxFindingsPerCriterion: 2 });
    assert.match(capped, /_First 2 of 5 open findings; the HTML and JSON reports list all of them\._/);
    assert.doesNotMatch(formatReportMarkdown(r, { maxFindingsPerCriterion: 0 }), /_First/);
    assert.doesNotMatch(formatReportMarkdown(r), /_First/);
  });

  void it('the stacked bar never draws past its width and is grey when nothing was evaluated', () => {
    const bar = stackedBar({ evaluated: 3, passed: 1, failed: 1, excepted: 1 });
    const widths = [...bar.matchAll(/class="(?:passed|excepted|failed)" x="([\d.]+)" y="0" width="([\d.]+)"/g)].map((m) => Number(m[1]) + Number(m[2]));
    assert.equal(widths.length, 3);
    assert.ok(Math.max(...widths) <= 120.01);
    assert.doesNotMatch(stackedBar({ evaluated: 0, passed: 0, failed: 0, excepted: 0 }), /class="passed"/);
  });
});
