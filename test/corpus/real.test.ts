/**
 * The real-world corpus (../shared/corpus/real: kubernetes/examples, Bitnami charts, Docker Official
 * Images): a full workspace scan must not crash, no rule may throw, every file is either linted or
 * skipped with a reason, and no output contains a raw secret-looking token from the files.
 * Skips with a note when the shared corpus is absent (a user's clone).
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { resolveConfig } from '../../server/src/engine/config';
import { scanWorkspace } from '../../server/src/workspace/scan';

const root = join(__dirname, '..', '..', '..', 'shared', 'corpus', 'real');
const present = existsSync(root);

void describe('real-world corpus', { skip: present ? false : `no corpus at ${root}: it ships with the team's shared folder, not the repository` }, () => {
  void it('scans every file without a crash or a throwing rule', () => {
    const result = scanWorkspace({ cwd: root, paths: ['.'], config: resolveConfig({ today: '2026-06-01' }), excludes: [], maxFileSize: 4 * 1024 * 1024, fix: false });
    assert.deepEqual(result.ruleErrors, [], 'no rule may throw on real files');
    const kinds: Record<string, number> = {};
    for (const f of result.files) kinds[f.result.kind] = (kinds[f.result.kind] ?? 0) + 1;
    // The corpus README counts: 80 Dockerfiles, 43 values files, ~250 manifests, 1,256 templates.
    assert.ok((kinds.dockerfile ?? 0) >= 80, `dockerfiles: ${kinds.dockerfile}`);
    assert.ok((kinds['helm-values'] ?? 0) >= 43, `helm values: ${kinds['helm-values']}`);
    assert.ok((kinds.kubernetes ?? 0) >= 240, `manifests: ${kinds.kubernetes}`);
    assert.ok((kinds['helm-template'] ?? 0) >= 1200, `templates: ${kinds['helm-template']}`);
    for (const s of result.skipped) assert.ok(s.reason && s.detail, `skipped without a reason: ${s.displayPath}`);
    const findings = result.files.flatMap((f) => f.result.findings);
    assert.ok(findings.length > 0);
    for (const f of findings) assert.doesNotMatch(f.message, /AKIA[0-9A-Z]{16}|-----BEGIN [A-Z ]*PRIVATE KEY-----|gh[pousr]_[A-Za-z0-9]{30,}/, 'messages never carry a credential');
  });
});
